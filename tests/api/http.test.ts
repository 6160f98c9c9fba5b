import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { DatabaseError } from '../../src/errors.js';
import type { ReadRunner } from '../../src/graph/read/runner.js';
import { buildTestApp, gql } from './helpers.js';

/**
 * HTTP-only concerns of the app (routes, body limit, GraphiQL, status codes), with a runner that
 * never reaches a database: these requests are refused or answered before any query, and the
 * runner fails the test if it is called. What the queries return is tested against the real Neo4j
 * in tests/integration/api-*.test.ts.
 */
const unreachable: ReadRunner = {
  run: async () => { throw new Error('no query should run in these tests'); },
  ping: async () => { throw new DatabaseError('DG_DB_UNAVAILABLE', 'Neo4j at bolt://127.0.0.1:1 cannot be reached'); },
};

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ runner: unreachable, graphiql: true, limits: { bodyLimit: 2048 } });
});
afterAll(async () => {
  await app.close();
});

describe('routes', () => {
  it('/health answers without Neo4j; /ready says 503 with the reason', async () => {
    const health = await app.inject('/health');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok' });
    const ready = await app.inject('/ready');
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: 'unavailable', neo4j: 'down', code: 'DB_UNAVAILABLE', reason: 'Neo4j at bolt://127.0.0.1:1 cannot be reached' });
  });

  it('serves GraphiQL when enabled, not when disabled (production)', async () => {
    expect((await app.inject('/graphiql')).statusCode).toBe(200);
    const prod = await buildTestApp({ runner: unreachable, graphiql: false });
    try {
      expect((await prod.inject('/graphiql')).statusCode).toBe(404);
    } finally {
      await prod.close();
    }
  });
});

describe('refusals before any query', () => {
  it('refuses a body over the limit with 413 LIMIT_EXCEEDED naming bodyLimit', async () => {
    const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query: `{ stats { labels { name } } }${' '.repeat(4000)}` } });
    expect(res.statusCode).toBe(413);
    expect(res.json().errors[0]).toMatchObject({ message: 'request body is over the limit of 2048 bytes (bodyLimit)', extensions: { code: 'LIMIT_EXCEEDED', limit: 'bodyLimit' } });
  });

  it.each([
    // [query, code]
    ['{ stats { labels { name } ', 'GRAPHQL_PARSE_FAILED'],
    ['{ nope }', 'GRAPHQL_VALIDATION_FAILED'],
    ['{ directives(level: TOWN) { totalCount } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['{ directives(issuedFrom: "23/7/2021") { totalCount } }', 'BAD_USER_INPUT'],
    ['{ directives(first: 1000) { totalCount } }', 'LIMIT_EXCEEDED'],
    ['{ lineage(key: "k", maxDepth: 21) { truncated } }', 'LIMIT_EXCEEDED'],
  ])('%s -> %s', async (query, code) => {
    const res = await gql(app, query);
    expect(res.errors?.[0]?.extensions.code).toBe(code);
  });

  it('refuses a mutation over GET', async () => {
    const res = await app.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent('mutation { ingest(documents: []) { written } }')}` });
    expect(res.statusCode).toBe(405);
    expect(res.json().errors[0]).toMatchObject({ message: 'a mutation must be sent with POST, not GET', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
