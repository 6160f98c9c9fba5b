import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import app from '../../src/api/app.js';
import { QueryError } from '../../src/errors.js';
import { createDriver, type Driver } from '../../src/graph/driver.js';
import { createReadRunner, type ReadRunner } from '../../src/graph/read/runner.js';
import { buildTestApp, gql } from '../api/helpers.js';
import { keyOf, loadFixtureGraph } from '../api/fixture-graph.js';
import { testNeo4j, useGraph } from '../helpers/graph.js';
import { CuttableProxy } from '../helpers/proxy.js';

/**
 * The API's life around Neo4j and its own shutdown, against the real Neo4j: Neo4j going away is
 * a TCP proxy in front of it being closed (the server itself is shared by every test file and
 * stays up), coming back is the proxy listening again on the same port.
 */
const graph = useGraph();

describe('Neo4j going away and coming back', () => {
  let proxy: CuttableProxy;
  let driver: Driver;
  let api: Awaited<ReturnType<typeof buildTestApp>>;

  beforeAll(async () => {
    await loadFixtureGraph(graph.driver, graph.target.NEO4J_DATABASE);
    const uri = new URL(testNeo4j().uri.replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, 'http:'));
    proxy = new CuttableProxy({ host: uri.hostname, port: Number(uri.port || 7687) });
    await proxy.open();
    const n = testNeo4j();
    driver = createDriver({ NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_EMBEDDED_PORT: 7687 }, { connectionTimeoutMs: 2_000 });
    api = await buildTestApp({ runner: createReadRunner(driver, { database: n.database, timeoutMs: 10_000 }), limits: { readyTimeoutMs: 5_000 } });
  });

  afterAll(async () => {
    await api?.close();
    await driver?.close();
    await proxy?.cut();
  });

  const query = () => gql(api, 'query($k: ID) { directive(key: $k) { number } }', { k: keyOf('ct17') });

  it('is ready and answers while Neo4j is there', async () => {
    expect((await api.inject('/ready')).statusCode).toBe(200);
    expect((await query()).data).toEqual({ directive: { number: '17/CT-UBND' } });
  });

  it('says 503 on /ready and DB_UNAVAILABLE on queries while it is gone, /health still 200', async () => {
    await proxy.cut();
    const ready = await api.inject('/ready');
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ status: 'unavailable', code: 'DB_UNAVAILABLE' });
    expect((await api.inject('/health')).statusCode).toBe(200);
    const res = await query();
    expect(res.data).toEqual({ directive: null });
    expect(res.errors?.[0]?.extensions.code).toBe('DB_UNAVAILABLE');
    expect(res.errors?.[0]?.message).toContain('Neo4j cannot be reached');
  });

  it('recovers by itself when it is back', async () => {
    await proxy.open(); // same port as before
    expect((await api.inject('/ready')).statusCode).toBe(200);
    expect((await query()).data).toEqual({ directive: { number: '17/CT-UBND' } });
  });
});

describe('the Neo4j transaction timeout', () => {
  it('stops a query that runs too long and says which limit it hit', async () => {
    const runner = createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 50 });
    // 200 million rows would take many seconds; Neo4j checks the timeout between batches of rows,
    // so the query is stopped well before its end, though not at exactly 50 ms.
    const err = await runner.run({ cypher: 'UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n', params: {} }, 'summing').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryError);
    expect((err as QueryError).code).toBe('DG_LIMIT_EXCEEDED');
    expect((err as QueryError).message).toContain('Neo4j transaction timeout of 50 ms');
    expect((err as QueryError).details).toMatchObject({ limit: 'transactionTimeout', max: 50 });
  });
});

describe('graceful shutdown', () => {
  it('lets an in-flight request finish, then closes the connection to Neo4j', async () => {
    const n = testNeo4j();
    const driver = createDriver({ NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_EMBEDDED_PORT: 7687 });
    const inner = createReadRunner(driver, { database: n.database, timeoutMs: 10_000 });
    const events: string[] = [];
    // The request's query waits at a gate, so that close() is called while it is in flight.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inFlight = new Promise<void>((r) => (entered = r));
    const runner: ReadRunner = {
      async run<T>(q: Parameters<ReadRunner['run']>[0], what: string): Promise<T[]> {
        entered();
        await gate;
        const rows = await inner.run<T>(q, what);
        events.push('query done');
        return rows;
      },
      ping: () => inner.ping(),
    };
    const server = Fastify({ logger: false, forceCloseConnections: 'idle' });
    await server.register(app, { runner, onClose: async () => { events.push('driver closed'); await driver.close(); } });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as AddressInfo;

    const response = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($k: ID) { directive(key: $k) { number } }', variables: { k: keyOf('ct17') } }),
    }).then(async (r) => ({ status: r.status, body: await r.json() }));
    await inFlight;
    const closed = server.close().then(() => events.push('closed'));
    release();
    const res = await response;
    await closed;
    expect(res).toEqual({ status: 200, body: { data: { directive: { number: '17/CT-UBND' } } } });
    // the query ran to the end before the driver was closed, and the app closed after the driver
    expect(events).toEqual(['query done', 'driver closed', 'closed']);
    // After shutdown the port no longer accepts connections.
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });
});
