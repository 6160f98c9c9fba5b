import { beforeAll, describe, expect, it } from 'vitest';
import { fetchLineage, type LineageArgs } from '../../src/graph/read/lineage.js';
import { READ_LIMITS } from '../../src/graph/read/limits.js';
import { createReadRunner, type ReadRunner } from '../../src/graph/read/runner.js';
import { ingestRecords } from '../../src/ingest/pipeline.js';
import { useGraph } from '../helpers/graph.js';
import { asIssuer, citation, ORGS, record } from '../ingest/factories.js';

/**
 * A lineage cut at its edge cap says so. A city order carried out by six ward letters (six
 * IMPLEMENTS edges among the lineage's nodes); each letter also cites the Thành ủy's 177-CV/TU and
 * the first two its 15-KH/TU (eight CITES edges out of the walk: the context). The caps are lowered
 * through the query's `caps` argument, the way the API passes READ_LIMITS, on the real Neo4j.
 */
const graph = useGraph();
let runner: ReadRunner;

const ORDER_KEY = 'doc:17/CT-UBND|org:ubnd@p01|2021';
const LETTERS = 6;
const letterKey = (i: number) => `doc:${i}-CV/DDU|org:dang-uy@w20200|2021`;
const ALL_EDGES = Array.from({ length: LETTERS }, (_, i) => `${letterKey(i + 1)} IMPLEMENTS ${ORDER_KEY}`).sort();
const TU_177 = 'doc:177-CV/TU|org:thanh-uy@p01|2021';
const TU_15 = 'doc:15-KH/TU|org:thanh-uy@p01|2021';
const ALL_CONTEXT = [
  ...Array.from({ length: LETTERS }, (_, i) => `${letterKey(i + 1)} CITES ${TU_177}`),
  `${letterKey(1)} CITES ${TU_15}`, `${letterKey(2)} CITES ${TU_15}`,
].sort();

beforeAll(async () => {
  const ubnd = ORGS.ubndHanoi();
  const tu = ORGS.thanhUyHanoi();
  const ward = ORGS.dangUyHoaMinh();
  const order = record({ number: '17/CT-UBND', docType: 'Chỉ thị', issuer: asIssuer(ubnd), issuedOn: '2021-07-23', title: 'về tăng cường phòng, chống dịch' });
  const letters = Array.from({ length: LETTERS }, (_, i) => record({
    number: `${i + 1}-CV/ĐU`, issuer: asIssuer(ward), issuedOn: '2021-08-02',
    citations: [
      citation({ number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', issuer: ubnd, evidence: `Thực hiện Chỉ thị số 17/CT-UBND (công văn ${i + 1})` }),
      citation({ number: '177-CV/TU', issuedOn: '2021-07-20', issuer: tu, relation: 'cites', evidence: 'Căn cứ Công văn số 177-CV/TU của Thành ủy' }),
      ...(i < 2 ? [citation({ number: '15-KH/TU', docType: 'Kế hoạch', issuedOn: '2021-03-01', issuer: tu, relation: 'cites', evidence: 'Căn cứ Kế hoạch số 15-KH/TU' })] : []),
    ],
  }));
  const summary = await ingestRecords([order, ...letters], { target: { driver: graph.driver, database: graph.target.NEO4J_DATABASE }, batchSize: 50 });
  expect(summary.counts.failed).toBe(0);
  runner = createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 30_000 });
});

const edgeIds = (edges: { from: string; type: string; to: string }[]) => edges.map((e) => `${e.from} ${e.type} ${e.to}`).sort();

async function lineage(relations: LineageArgs['relations'], edgeCap: number) {
  const result = await fetchLineage(runner, {
    key: ORDER_KEY, direction: 'DOWN', maxDepth: 1, relations, caps: { lineageNodeCap: READ_LIMITS.lineageNodeCap, lineageEdgeCap: edgeCap },
  });
  if (!result) throw new Error(`no lineage for ${ORDER_KEY}`);
  return result;
}

describe('lineage edges at the edge cap', () => {
  it('with the defaults: every edge and context edge, not truncated', async () => {
    const l = await lineage(['IMPLEMENTS', 'CITES'], READ_LIMITS.lineageEdgeCap);
    expect(l.nodes.map((n) => n.directive.key).sort()).toEqual([ORDER_KEY, ...Array.from({ length: LETTERS }, (_, i) => letterKey(i + 1))].sort());
    expect(edgeIds(l.edges)).toEqual(ALL_EDGES);
    expect(edgeIds(l.context)).toEqual(ALL_CONTEXT);
    expect(l.contextNodes.map((n) => n.key).sort()).toEqual([TU_15, TU_177]);
    expect(l.truncated).toBe(false);
  });

  it('six edges under a cap of exactly six: all six, not truncated', async () => {
    const l = await lineage(['IMPLEMENTS'], LETTERS);
    expect(edgeIds(l.edges)).toEqual(ALL_EDGES);
    expect(l.context).toEqual([]);
    expect(l.truncated).toBe(false);
  });

  it('six edges under a cap of five: five of them and truncated', async () => {
    const l = await lineage(['IMPLEMENTS'], 5);
    expect(l.truncated).toBe(true);
    expect(l.edges).toHaveLength(5);
    expect(edgeIds(l.edges).every((e) => ALL_EDGES.includes(e))).toBe(true);
    // The nodes are not cut: only the edges are.
    expect(l.nodes).toHaveLength(LETTERS + 1);
  });

  it('eight context edges under a cap of exactly eight: all of them, not truncated', async () => {
    const l = await lineage(['IMPLEMENTS', 'CITES'], 8);
    expect(edgeIds(l.edges)).toEqual(ALL_EDGES);
    expect(edgeIds(l.context)).toEqual(ALL_CONTEXT);
    expect(l.truncated).toBe(false);
  });

  it('eight context edges under a cap of seven: seven of them, their outside ends only, and truncated', async () => {
    const l = await lineage(['IMPLEMENTS', 'CITES'], 7);
    expect(l.truncated).toBe(true);
    expect(edgeIds(l.edges)).toEqual(ALL_EDGES);
    const context = edgeIds(l.context);
    expect(context).toHaveLength(7);
    expect(context.every((e) => ALL_CONTEXT.includes(e))).toBe(true);
    const ends = new Set(l.context.map((e) => e.to));
    expect(l.contextNodes.map((n) => n.key).sort()).toEqual([...ends].sort());
  });
});
