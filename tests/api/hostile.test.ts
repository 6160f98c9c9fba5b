import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenMatches } from '../../src/api/graphql/resolvers.js';
import type { ReadRunner } from '../../src/graph/read/runner.js';
import { buildTestApp, gql } from './helpers.js';

/**
 * Hostile GraphQL requests that must be refused before any database query runs: the runner here
 * fails the test if it is called. Each refusal has its code. (Injection strings, which do reach
 * Neo4j as parameters, are in tests/integration/api-hostile.test.ts.)
 */
const unreachable: ReadRunner = {
  run: async () => { throw new Error('no query should run in these tests'); },
  ping: async () => undefined,
};

const TOKEN = 'a-test-token-of-32-characters-xx';
let app: FastifyInstance;
let prod: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ runner: unreachable, apiToken: TOKEN });
  prod = await buildTestApp({ runner: unreachable, introspection: false, graphiql: false });
});
afterAll(async () => {
  await app.close();
  await prod.close();
});

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('many queries in one operation', () => {
  it('1,000 aliases of directives(first: 100) { totalCount } are refused while parsing: LIMIT_EXCEEDED queryTokens', async () => {
    const res = await gql(app, aliases(1000, 'directives(first: 100) { totalCount }'));
    expect(res.status).toBe(400);
    expect(res.data).toBeNull();
    expect(res.errors?.map((e) => [e.message, e.extensions])).toEqual([
      ['the query has more than 4000 tokens (queryTokens): parsing stopped there', { code: 'LIMIT_EXCEEDED', limit: 'queryTokens', max: 4000 }],
    ]);
  });

  it('300 aliases (fewer tokens than the limit) are refused before validation: LIMIT_EXCEEDED queryFields', async () => {
    const res = await gql(app, aliases(300, 'directives(first: 100) { totalCount }'));
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'queryFields', max: 40, got: 300 });
    expect(res.errors?.[0]?.message).toBe('the operation runs 300 database queries (root fields and nested lists, each alias counted), over the limit of 40 (queryFields)');
  });

  it('aliases of a nested list count too, also through fragments', async () => {
    const nested = `fragment F on Directive { ${Array.from({ length: 50 }, (_, i) => `c${i}: implementedByConnection(first: ${i + 1}) { totalCount }`).join(' ')} }
      { directive(key: "k") { ...F } }`;
    const res = await gql(app, nested);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'queryFields', got: 51 });
  });

  it('a batched array of operations is refused with 400', async () => {
    const res = await app.inject({ method: 'POST', url: '/graphql', payload: Array.from({ length: 100 }, () => ({ query: '{ stats { directives } }' })) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('shapes meant to explode', () => {
  it('nesting 30 levels deep is refused: LIMIT_EXCEEDED queryDepth', async () => {
    const nest = (n: number): string => (n === 0 ? 'number' : `implementedBy { directive { ${nest(n - 1)} } }`);
    const res = await gql(app, `{ directive(key: "k") { ${nest(15)} } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'queryDepth' });
  });

  it('fragments that spread each other are refused: GRAPHQL_VALIDATION_FAILED', async () => {
    const res = await gql(app, `fragment A on Directive { number implementedBy { directive { ...B } } }
      fragment B on Directive { title implements { directive { ...A } } }
      { directive(key: "k") { ...A } }`);
    expect(res.errors?.map((e) => e.extensions.code)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.map((e) => e.message).join(' ')).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it.each([
    ['{ directives(first: 1000000) { totalCount } }', 'LIMIT_EXCEEDED'],
    ['{ directives(first: 99999999999) { totalCount } }', 'GRAPHQL_VALIDATION_FAILED'], // not a 32-bit Int
    ['{ directives(first: -1) { totalCount } }', 'BAD_USER_INPUT'],
    ['{ lineage(key: "k", maxDepth: 1000000) { truncated } }', 'LIMIT_EXCEEDED'],
    ['{ derivedTasks(order: "k", maxDepth: 21) { totalCount } }', 'LIMIT_EXCEEDED'],
    ['{ organization(key: "k") { issued(first: 100000) { number } } }', 'LIMIT_EXCEEDED'],
  ])('%s -> %s', async (query, code) => {
    const res = await gql(app, query);
    expect(res.errors?.[0]?.extensions.code).toBe(code);
  });

  it('a body of 10 MB is refused with 413 before it is parsed', async () => {
    const res = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: `{"query":"{ stats { directives } }","x":"${'a'.repeat(10 * 1024 * 1024)}"}` });
    expect(res.statusCode).toBe(413);
    expect(res.json().errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
  });
});

describe('introspection', () => {
  it('is refused in production mode, with GRAPHQL_VALIDATION_FAILED', async () => {
    for (const q of ['{ __schema { types { name } } }', '{ __type(name: "Directive") { fields { name } } }']) {
      const res = await gql(prod, q);
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0]?.message).toMatch(/introspection/i);
    }
  });

  it('answers in development', async () => {
    const res = await gql(app, '{ __type(name: "CitationConnection") { fields { name } } }');
    expect(res.data?.__type.fields.map((f: { name: string }) => f.name)).toEqual(['totalCount', 'edges', 'nodes', 'pageInfo']);
  });
});

describe('the API token', () => {
  const ingest = 'mutation { ingest(documents: [{ text: "x" }]) { written } }';
  it.each([
    ['no header', {}],
    ['a wrong token of the same length', { authorization: `Bearer ${'b'.repeat(TOKEN.length)}` }],
    ['a prefix of the token', { authorization: `Bearer ${TOKEN.slice(0, 10)}` }],
    ['the token and more', { authorization: `Bearer ${TOKEN}x` }],
    ['another scheme', { authorization: `Basic ${TOKEN}` }],
  ])('%s is UNAUTHENTICATED', async (_what, headers) => {
    const res = await gql(app, ingest, undefined, headers);
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('is compared through fixed-length digests, so every length compares the same way', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    for (const wrong of ['', 'a', TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.toUpperCase(), 'x'.repeat(10_000)]) {
      expect(tokenMatches(wrong, TOKEN)).toBe(false);
    }
  });
});
