import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadRunner } from '../../src/graph/read/runner.js';
import { ingestRecords } from '../../src/ingest/pipeline.js';
import { buildTestApp, gql, ok, type Json } from '../api/helpers.js';
import { useGraph } from '../helpers/graph.js';
import { asIssuer, citation, ORGS, record, task, unit } from '../ingest/factories.js';

/**
 * No list is cut silently: a city order implemented by 500 ward documents, one of them assigning
 * 250 tasks. The plain lists refuse to cut (an error naming the connection field), the connections
 * count everything and page through all of it.
 */
const graph = useGraph();
let app: FastifyInstance;

const ORDER_KEY = 'doc:17/CT-UBND|org:ubnd@p01|2021';
const IMPLEMENTING = 500;
const TASKS = 250;

beforeAll(async () => {
  const ubnd = ORGS.ubndHanoi();
  const ward = ORGS.dangUyHoaMinh();
  const order = record({ number: '17/CT-UBND', docType: 'Chỉ thị', issuer: asIssuer(ubnd), issuedOn: '2021-07-23', title: 'về giãn cách xã hội' });
  const implementing = Array.from({ length: IMPLEMENTING }, (_, i) => record({
    number: `${i + 1}-CV/ĐU`, issuer: asIssuer(ward), issuedOn: '2021-08-01',
    citations: [citation({ number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', issuer: ubnd, evidence: `Thực hiện Chỉ thị số 17/CT-UBND (văn bản ${i + 1})` })],
    assignments: i === 0
      ? Array.from({ length: TASKS }, (_, t) => task(`t${String(t + 1).padStart(3, '0')}`, String(t + 1), [unit(ORGS.ubndHoaMinh())], `Nhiệm vụ thứ ${t + 1} của phường.`))
      : [],
  }));
  const summary = await ingestRecords([order, ...implementing], { target: { driver: graph.driver, database: graph.target.NEO4J_DATABASE }, batchSize: 100 });
  expect(summary.counts.failed).toBe(0);
  app = await buildTestApp({ runner: createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 30_000 }) });
});

afterAll(async () => {
  await app?.close();
});

describe('a list longer than a plain list returns', () => {
  it('implementedBy is an error naming implementedByConnection, never 200 of 500', async () => {
    const res = await gql(app, 'query($k: ID) { directive(key: $k) { number implementedBy { directive { number } } } }', { k: ORDER_KEY });
    expect(res.errors?.map((e) => [e.path, e.extensions.code, e.message])).toEqual([[
      ['directive', 'implementedBy'], 'LIMIT_EXCEEDED',
      'implementedBy has more than 200 items, the most a plain list returns; page through all of them with implementedByConnection(first, after), whose totalCount counts them',
    ]]);
  });

  it('implementedByConnection counts all 500 and its pages give each of them once', async () => {
    const numbers: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: Json = await ok(app, `query($k: ID, $after: String) { directive(key: $k) {
        implementedByConnection(first: 100, after: $after) { totalCount nodes { relation directive { number } evidence { rule } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`,
      { k: ORDER_KEY, after });
      const c = data.directive.implementedByConnection;
      expect(c.totalCount).toBe(IMPLEMENTING);
      expect(c.pageInfo.hasPreviousPage).toBe(pages > 0);
      numbers.push(...c.nodes.map((n: Json) => n.directive.number as string));
      expect(c.nodes.every((n: Json) => n.relation === 'IMPLEMENTS')).toBe(true);
      pages += 1;
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(numbers).toHaveLength(IMPLEMENTING);
    expect(new Set(numbers)).toEqual(new Set(Array.from({ length: IMPLEMENTING }, (_, i) => `${i + 1}-CV/ĐU`)));
  });

  it('assignments over 200 is an error too; assignmentsConnection gives all 250 in reading order', async () => {
    const key = 'doc:1-CV/DDU|org:dang-uy@w20200|2021';
    const refused = await gql(app, 'query($k: ID) { directive(key: $k) { assignments { clause } } }', { k: key });
    expect(refused.errors?.[0]?.extensions.code).toBe('LIMIT_EXCEEDED');
    expect(refused.errors?.[0]?.message).toContain('assignmentsConnection(first, after)');
    const first: Json = await ok(app, 'query($k: ID) { directive(key: $k) { assignmentsConnection(first: 100) { totalCount nodes { clause } pageInfo { endCursor hasNextPage } } } }', { k: key });
    const c1 = first.directive.assignmentsConnection;
    expect([c1.totalCount, c1.nodes.length, c1.pageInfo.hasNextPage]).toEqual([TASKS, 100, true]);
    const rest: Json = await ok(app, 'query($k: ID, $a: String) { directive(key: $k) { assignmentsConnection(first: 100, after: $a) { nodes { clause } pageInfo { endCursor hasNextPage } } } }', { k: key, a: c1.pageInfo.endCursor });
    const c2 = rest.directive.assignmentsConnection;
    const last: Json = await ok(app, 'query($k: ID, $a: String) { directive(key: $k) { assignmentsConnection(first: 100, after: $a) { nodes { clause } pageInfo { hasNextPage } } } }', { k: key, a: c2.pageInfo.endCursor });
    const clauses = [...c1.nodes, ...c2.nodes, ...last.directive.assignmentsConnection.nodes].map((n: Json) => n.clause);
    expect(clauses).toEqual(Array.from({ length: TASKS }, (_, t) => String(t + 1)));
    expect(last.directive.assignmentsConnection.pageInfo.hasNextPage).toBe(false);
  });

  it("an organisation's issued directives and assigned tasks: connections count and page through all", async () => {
    const walk = async (key: string, field: string, pick: (n: Json) => string) => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (;;) {
        const data: Json = await ok(app, `query($k: ID!, $a: String) { organization(key: $k) { ${field}(first: 100, after: $a) { totalCount nodes { ${field === 'issuedConnection' ? 'number' : 'clause directive { number }'} } pageInfo { hasNextPage endCursor } } } }`, { k: key, a: after });
        const c = data.organization[field];
        total = c.totalCount;
        seen.push(...c.nodes.map(pick));
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor;
      }
      return { total, seen };
    };
    const issued = await walk('org:dang-uy@w20200', 'issuedConnection', (n) => n.number);
    expect(issued.total).toBe(IMPLEMENTING);
    expect(new Set(issued.seen).size).toBe(IMPLEMENTING);
    const tasks = await walk('org:ubnd@w20200', 'assignedTasksConnection', (n) => `${n.directive.number} ${n.clause}`);
    expect(tasks.total).toBe(TASKS);
    expect(new Set(tasks.seen).size).toBe(TASKS);
  });

  it('a list within the limit stays a plain list, and its connection counts the same', async () => {
    const data: Json = await ok(app, 'query($k: ID) { directive(key: $k) { implements { directive { number } } implementsConnection { totalCount } } }', { k: 'doc:2-CV/DDU|org:dang-uy@w20200|2021' });
    expect(data.directive).toEqual({ implements: [{ directive: { number: '17/CT-UBND' } }], implementsConnection: { totalCount: 1 } });
  });

  it('a cursor of another field, or a made-up one, is BAD_USER_INPUT; first over 100 is LIMIT_EXCEEDED', async () => {
    const page: Json = await ok(app, 'query($k: ID) { directive(key: $k) { implementedByConnection(first: 1) { pageInfo { endCursor } } } }', { k: ORDER_KEY });
    const cursor = page.directive.implementedByConnection.pageInfo.endCursor as string;
    for (const after of [cursor, 'bm90LWEtY3Vyc29y']) {
      const res = await gql(app, 'query($k: ID, $a: String) { directive(key: $k) { citedByConnection(after: $a) { totalCount } } }', { k: ORDER_KEY, a: after });
      expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    const big = await gql(app, 'query($k: ID) { directive(key: $k) { implementedByConnection(first: 101) { totalCount } } }', { k: ORDER_KEY });
    expect(big.errors?.[0]?.extensions.code).toBe('LIMIT_EXCEEDED');
  });
});
