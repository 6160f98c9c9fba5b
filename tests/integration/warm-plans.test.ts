import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Query } from '../../src/graph/query.js';
import { parameterSignature, planKey } from '../../src/graph/plan-key.js';
import { createReadRunner, type ReadRunner } from '../../src/graph/read/runner.js';
import { sampleOrder, warmUpQueries } from '../../src/graph/read/warm.js';
import { warmRequests } from '../../src/api/warm-requests.js';
import { keyOf, loadFixtureGraph } from '../api/fixture-graph.js';
import { buildTestApp, ok, type Json } from '../api/helpers.js';
import { useGraph } from '../helpers/graph.js';

/**
 * The warm-up plans what requests run: Neo4j reuses a plan only for the same text AND the same
 * parameter signature (src/graph/plan-key.ts), so every query the API sends for the requests below
 * (the bench's, the explorer's, the reports') must have the plan key of a warm-up query. Checked
 * on the keys, not on time: a missing one is named with its signature.
 */
const graph = useGraph();
let app: FastifyInstance;
const sent: { what: string; query: Query }[] = [];

function recording(inner: ReadRunner): ReadRunner {
  return {
    run(query, what) {
      sent.push({ what, query });
      return inner.run(query, what);
    },
    ping: () => inner.ping(),
  };
}

beforeAll(async () => {
  await loadFixtureGraph(graph.driver, graph.target.NEO4J_DATABASE);
  const runner = createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 10_000 });
  app = await buildTestApp({ runner: recording(runner) });
});

afterAll(async () => {
  await app?.close();
});

const DIRECTIVE = 'key number title docType issuedOn status';
const EVIDENCE = 'sentence span statedIn';
const TASK = 'id clause text units { unit { name level } role }';

/** Requests as the bench (scripts/bench), the explorer (src/explorer/api.ts) and the reports send them. */
async function typicalRequests(): Promise<void> {
  const ct17 = keyOf('ct17');
  await ok(app, `query($n: String) { directive(number: $n) { ${DIRECTIVE} } }`, { n: '17/CT-UBND' });
  await ok(app, `query($n: String) { directive(number: $n) { ${DIRECTIVE} } }`, { n: '3642/QĐ-UBND' });
  await ok(app, 'query($s: String) { directives(search: $s, first: 20) { totalCount nodes { key number title issuer { name } } } }', { s: 'chi thi 17' });
  await ok(app, '{ directives(search: "covid", first: 20) { totalCount nodes { key } } }');
  await ok(app, `query($k: ID!) { derivedTasks(order: $k, level: WARD, first: 20) { totalCount truncated nodes {
    depth task { ${TASK} } directive { number } chain { number } links { evidence { sentence } } } } }`, { k: ct17 });
  await ok(app, `query($k: ID!) { lineage(key: $k) { nodes { ${DIRECTIVE} } edges { type evidence { ${EVIDENCE} } } } }`, { k: ct17 });
  const walks = [['DOWN', ct17, ['IMPLEMENTS', 'BASED_ON', 'CITES']], ['BOTH', ct17, ['IMPLEMENTS']], ['UP', keyOf('tb308'), ['IMPLEMENTS', 'CITES']]] as const;
  for (const [d, k, r] of walks) {
    const lineage = await ok(app, `query($k: ID!, $d: Direction!, $m: Int!, $r: [Relation!]!) { lineage(key: $k, direction: $d, maxDepth: $m, relations: $r) {
      root { ${DIRECTIVE} } truncated nodes { ${DIRECTIVE} assignmentsConnection(first: 30) { totalCount nodes { units { role unit { name } } } } }
      edges { type } context { from { key } to { key } type depth evidence { ${EVIDENCE} } } } }`, { k, d, m: 10, r });
    expect(lineage.lineage.nodes.length).toBeGreaterThan(0);
  }
  const cite = `directive { ${DIRECTIVE} } relation evidence { ${EVIDENCE} }`;
  await ok(app, `query($k: ID!) { directive(key: $k) { ${DIRECTIVE} text implements { ${cite} } basedOn { ${cite} } cites { ${cite} }
    implementedBy { ${cite} } citedBy { ${cite} } assignments { ${TASK} } } }`, { k: keyOf('tb308') });
  // The explorer pages through derivedTasks: the second page carries a cursor.
  const tasks = async (after: string | null): Promise<Json> => (await ok(app, `query($o: ID!, $l: Level, $r: [Relation!]!, $after: String) {
    derivedTasks(order: $o, level: $l, relations: $r, first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor }
      nodes { depth task { ${TASK} } directive { key } chain { key } mandate { ${TASK} directive { key } } } } }`,
  { o: ct17, l: 'WARD', r: ['IMPLEMENTS'], after })).derivedTasks;
  const page1 = await tasks(null);
  expect(page1.pageInfo.hasNextPage).toBe(true);
  await tasks(page1.pageInfo.endCursor);
  await ok(app, `query($k: ID!) { coverage(order: $k) { order { key } } }`, { k: ct17 });
  await ok(app, `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length } }`, { a: keyOf('tb308'), b: ct17 });
  for (const path of ['/reports/derived-tasks?level=ward&format=json', '/reports/coverage?format=csv']) {
    const res = await app.inject({ method: 'GET', url: `${path}&order=${encodeURIComponent(ct17)}` });
    expect(res.statusCode).toBe(200);
  }
}

describe('warming the query plans', () => {
  it('warms the plan key (text and parameter signature) of every query the typical requests send', async () => {
    await typicalRequests();
    const warmed = new Set(warmUpQueries().map(planKey));
    const missing = sent.filter((s) => !warmed.has(planKey(s.query))).map((s) => `${s.what}: ${parameterSignature(s.query.params)}`);
    expect(sent.length).toBeGreaterThan(20);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('then answers its warm-up requests on a directive that something implements', async () => {
    const runner = createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 10_000 });
    const order = await sampleOrder(runner);
    const implementedBy = await ok(app, 'query($k: ID) { directive(key: $k) { implementedBy { directive { key } } } }', { k: order });
    expect(implementedBy.directive.implementedBy.length).toBeGreaterThan(0);
    expect(await warmRequests(app, order!)).toBe(5);
  });
});
