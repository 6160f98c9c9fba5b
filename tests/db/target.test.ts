import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { boltUri, describeTarget } from '../../src/graph/driver.js';
import { dockerAnswers } from '../setup/neo4j.js';

describe('which Neo4j', () => {
  it.each([
    // [environment, URI used, description]
    [{}, 'bolt://127.0.0.1:7687', 'embedded Neo4j at bolt://127.0.0.1:7687, data in'],
    [{ NEO4J_EMBEDDED_PORT: '7688', DATA_DIR: '.data/test' }, 'bolt://127.0.0.1:7688', 'embedded Neo4j at bolt://127.0.0.1:7688, data in'],
    [{ NEO4J_URI: 'bolt://neo4j:7687' }, 'bolt://neo4j:7687', 'Neo4j at bolt://neo4j:7687 (NEO4J_URI)'],
    [{ NEO4J_URI: 'neo4j+s://db.example:7687', NEO4J_DATABASE: 'dg' }, 'neo4j+s://db.example:7687', 'Neo4j at neo4j+s://db.example:7687 (NEO4J_URI), database dg'],
  ])('%j', (env, uri, says) => {
    const config = loadConfig(env);
    expect(boltUri(config)).toBe(uri);
    expect(describeTarget(config)).toContain(says);
  });
});

describe('dockerAnswers (the harness probe)', () => {
  let server: Server | undefined;
  const saved = process.env.DOCKER_HOST;
  afterEach(async () => {
    process.env.DOCKER_HOST = saved;
    if (saved === undefined) delete process.env.DOCKER_HOST;
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    server = undefined;
  });

  async function listen(handler: Parameters<typeof createServer>[1]): Promise<number> {
    server = createServer(handler);
    return new Promise((done) => server!.listen(0, '127.0.0.1', () => done((server!.address() as { port: number }).port)));
  }

  it('is true when the engine answers /_ping with 200', async () => {
    const port = await listen((req, res) => { res.statusCode = req.url === '/_ping' ? 200 : 404; res.end('OK'); });
    process.env.DOCKER_HOST = `tcp://127.0.0.1:${port}`;
    expect(await dockerAnswers(1_000)).toBe(true);
  });

  it('is false, without hanging, when the socket accepts but never answers', async () => {
    const port = await listen(() => { /* never responds */ });
    process.env.DOCKER_HOST = `tcp://127.0.0.1:${port}`;
    expect(await dockerAnswers(300)).toBe(false);
    server?.closeAllConnections();
  });

  it('is false when nothing listens at DOCKER_HOST', async () => {
    process.env.DOCKER_HOST = 'unix:///nonexistent/docker.sock';
    expect(await dockerAnswers(300)).toBe(false);
  });
});
