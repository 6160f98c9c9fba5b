import { describe, expect, it } from 'vitest';
import { fetchLineage, type Direction } from '../../src/graph/read/lineage.js';
import { READ_LIMITS } from '../../src/graph/read/limits.js';
import { createReadRunner, type ReadRunner } from '../../src/graph/read/runner.js';
import type { DocumentRecord } from '../../src/model/record.js';
import { ingestRecords } from '../../src/ingest/pipeline.js';
import { cleanDatabase, useGraph } from '../helpers/graph.js';
import { asIssuer, citation, ORGS, record } from '../ingest/factories.js';

/**
 * Which edges a lineage cut at its edge cap keeps must not depend on the order Neo4j stores the
 * relationships in. A city order carried out by six ward letters, each also citing the Thành ủy's
 * 177-CV/TU; the sixth letter cites the first and reports that it carried out the order, a surer
 * reading (0.95) than the first letter's own (0.9): two parallel IMPLEMENTS from letter 1. The same
 * documents are ingested one per transaction in two orders, into an emptied graph each time, and
 * every cut must come back the same: edges out of the directives nearer the root first (the walk's
 * order of depth and key), parallel edges in the order every answer shows them (the surer first).
 */
const graph = useGraph();

const ORDER_KEY = 'doc:17/CT-UBND|org:ubnd@p01|2021';
const TU_177 = 'doc:177-CV/TU|org:thanh-uy@p01|2021';
const LETTERS = 6;
const letterKey = (i: number) => `doc:${i}-CV/DDU|org:dang-uy@w20200|2021`;
const BY_6_ON_1 = 'Đảng ủy phường đã có Công văn số 1-CV/ĐU triển khai Chỉ thị số 17/CT-UBND';

function documents(): DocumentRecord[] {
  const ubnd = ORGS.ubndHanoi();
  const tu = ORGS.thanhUyHanoi();
  const ward = ORGS.dangUyHoaMinh();
  const order = record({ number: '17/CT-UBND', docType: 'Chỉ thị', issuer: asIssuer(ubnd), issuedOn: '2021-07-23', title: 'về tăng cường phòng, chống dịch' });
  const letters = Array.from({ length: LETTERS }, (_, i) => record({
    number: `${i + 1}-CV/ĐU`, issuer: asIssuer(ward), issuedOn: `2021-08-0${i + 1}`,
    citations: [
      citation({ number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', issuer: ubnd, evidence: `Thực hiện Chỉ thị số 17/CT-UBND (công văn ${i + 1})` }),
      citation({ number: '177-CV/TU', issuedOn: '2021-07-20', issuer: tu, relation: 'cites', evidence: 'Căn cứ Công văn số 177-CV/TU của Thành ủy' }),
      ...(i === LETTERS - 1 ? [citation({
        number: '1-CV/ĐU', issuedOn: '2021-08-01', issuer: ward, relation: 'cites', evidence: 'Căn cứ Công văn số 1-CV/ĐU của Đảng ủy phường',
      }), citation({
        number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', issuer: ubnd, citedBy: '1-CV/ĐU', evidence: BY_6_ON_1, confidence: 0.95,
      })] : []),
    ],
  }));
  return [order, ...letters];
}

/** An edge as `from -> to (stated in)`, with the letters and keys shortened. */
const short = (key: string | null) => key === ORDER_KEY ? '17' : key === TU_177 ? '177' : /^doc:(\d)-CV/.exec(key ?? '')?.[1] ?? String(key);
const edge = (e: { from: string; to: string; type: string; evidence: { statedIn: string | null } }) =>
  `${short(e.from)} ${e.type} ${short(e.to)} (${short(e.evidence.statedIn)})`;

async function cuts(runner: ReadRunner) {
  const at = async (key: string, direction: Direction, relations: ('IMPLEMENTS' | 'CITES')[], cap: number) => {
    const l = await fetchLineage(runner, { key, direction, maxDepth: 1, relations, caps: { lineageNodeCap: READ_LIMITS.lineageNodeCap, lineageEdgeCap: cap } });
    if (!l) throw new Error(`no lineage for ${key}`);
    return { truncated: l.truncated, edges: l.edges.map(edge), context: l.context.map(edge), contextNodes: l.contextNodes.map((n) => short(n.key)) };
  };
  return {
    down1: await at(ORDER_KEY, 'DOWN', ['IMPLEMENTS'], 1),
    down2: await at(ORDER_KEY, 'DOWN', ['IMPLEMENTS'], 2),
    down3: await at(ORDER_KEY, 'DOWN', ['IMPLEMENTS'], 3),
    down4WithContext: await at(ORDER_KEY, 'DOWN', ['IMPLEMENTS', 'CITES'], 4),
    up1: await at(letterKey(1), 'UP', ['IMPLEMENTS'], 1),
  };
}

async function ingestInOrder(order: DocumentRecord[]) {
  await cleanDatabase(graph.driver);
  // One document per batch: each one's edges are created in its own transaction, in this order.
  const summary = await ingestRecords(order, { target: { driver: graph.driver, database: graph.target.NEO4J_DATABASE }, batchSize: 1 });
  expect(summary.counts.failed).toBe(0);
  return cuts(createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 30_000 }));
}

describe('lineage cut at its edge cap', () => {
  it('keeps the same edges whichever order the documents were stored in: nearest first, the surer of parallel edges first', async () => {
    const docs = documents();
    const forward = await ingestInOrder(docs);
    const backward = await ingestInOrder([docs[0]!, ...docs.slice(1).reverse()]);
    expect(backward).toEqual(forward);

    // Cut between letter 1's two statements: the sixth letter's surer report is the one kept.
    expect(forward.down1).toEqual({ truncated: true, edges: ['1 IMPLEMENTS 17 (6)'], context: [], contextNodes: [] });
    expect(forward.down2).toEqual({ truncated: true, edges: ['1 IMPLEMENTS 17 (6)', '1 IMPLEMENTS 17 (1)'], context: [], contextNodes: [] });
    expect(forward.down3).toEqual({ truncated: true, edges: ['1 IMPLEMENTS 17 (6)', '1 IMPLEMENTS 17 (1)', '2 IMPLEMENTS 17 (2)'], context: [], contextNodes: [] });
    // Edges and context edges taken together, member by member: letters 1 to 4 give the first ten.
    expect(forward.down4WithContext).toEqual({
      truncated: true,
      edges: ['1 IMPLEMENTS 17 (6)', '1 IMPLEMENTS 17 (1)', '2 IMPLEMENTS 17 (2)', '3 IMPLEMENTS 17 (3)'],
      context: ['1 CITES 177 (1)', '2 CITES 177 (2)', '3 CITES 177 (3)', '4 CITES 177 (4)'],
      contextNodes: ['177'],
    });
    // Up from letter 1: its surer link to the order, and of the five other letters the first by key.
    expect(forward.up1).toEqual({ truncated: true, edges: ['1 IMPLEMENTS 17 (6)'], context: ['2 IMPLEMENTS 17 (2)'], contextNodes: ['2'] });
  });
});
