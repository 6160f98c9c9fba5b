import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testEnv, useGraph } from '../helpers/graph.js';

/**
 * `directive-graph start` (what `npm start` runs) as a user runs it, with the test Neo4j given as
 * NEO4J_URI (so no embedded server is started here): on an empty graph it loads corpus/seeds,
 * serves, prints the URLs; a second start keeps the graph as it is; SIGTERM shuts it down cleanly.
 */
useGraph(); // an empty database
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

interface Started {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Starts the command and resolves once it prints that it is serving (or rejects when it exits first). */
async function start(port: number): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], {
    cwd: ROOT, env: testEnv({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }),
  });
  let err = '';
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (b: Buffer) => {
      err += b.toString();
      if (err.includes('directive-graph is serving at')) resolve();
    });
    child.stdout!.resume();
    void exited.then((code) => reject(new Error(`start exited with ${code} before serving:\n${err}`)));
  });
  return { child, stderr: () => err, exited };
}

async function stats(port: number) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { directivesByStatus { name count } } }' }),
  });
  return (await res.json()) as { data: { stats: { directivesByStatus: { name: string; count: number }[] } } };
}

describe('directive-graph start', () => {
  it('loads the sample corpus into an empty graph, serves, prints the URLs, and stops on SIGTERM', async () => {
    const port = await freePort();
    const first = await start(port);
    try {
      const out = first.stderr();
      expect(out).toContain('the graph is empty: loading the sample corpus');
      expect(out).toContain(`GraphQL   http://127.0.0.1:${port}/graphql`);
      expect(out).toContain(`GraphiQL  http://127.0.0.1:${port}/graphiql`);
      const ready = await fetch(`http://127.0.0.1:${port}/ready`);
      expect(ready.status).toBe(200);
      const s = await stats(port);
      expect(s.data.stats.directivesByStatus.find((c) => c.name === 'ingested')?.count).toBe(5);
    } finally {
      first.child.kill('SIGTERM');
    }
    expect(await first.exited).toBe(0);

    const second = await start(port);
    try {
      expect(second.stderr()).toMatch(/the graph already holds \d+ directives: not loading/);
      const s = await stats(port);
      expect(s.data.stats.directivesByStatus.find((c) => c.name === 'ingested')?.count).toBe(5);
    } finally {
      second.child.kill('SIGTERM');
    }
    expect(await second.exited).toBe(0);
  });
});
