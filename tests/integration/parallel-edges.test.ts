import { describe, expect, it } from 'vitest';
import { fetchDerivedTasks, fetchLineage, fetchPaths } from '../../src/graph/read/index.js';
import { batch, pages } from '../../src/graph/read/batch.js';
import { fetchTreeCaveats } from '../../src/graph/read/tree-caveats.js';
import { createReadRunner, type ReadRunner } from '../../src/graph/read/runner.js';
import type { DocumentRecord } from '../../src/model/record.js';
import { ingestRecords } from '../../src/ingest/pipeline.js';
import { cleanDatabase, useGraph } from '../helpers/graph.js';
import { asIssuer, citation, ORGS, record, task, unit } from '../ingest/factories.js';

/**
 * Two documents stating the same link give two parallel IMPLEMENTS edges. Which one's evidence the
 * answers show first must not depend on the order Neo4j stores them in: the same four documents are
 * ingested one per transaction in two orders, into an emptied graph each time, and every answer that
 * carries evidence must come back the same, with the preferred statement first (the surer one, then
 * the citing document's own).
 *
 * - 500-CV/QU implements 177-CV/TU in its own words (0.9); 308-TB/QU says so too (0.9): 500's own first.
 * - 12-CV/ĐU (a ward letter) implements 500-CV/QU in its own words (0.7); 308-TB/QU says so at 0.95:
 *   308's statement first, it is the surer reading.
 */
const graph = useGraph();

const KEY_177 = 'doc:177-CV/TU|org:thanh-uy@p01|2021';
const KEY_500 = 'doc:500-CV/QU|org:quan-uy@d007|2021';
const KEY_308 = 'doc:308-TB/QU|org:quan-uy@d007|2021';
const KEY_12 = 'doc:12-CV/DDU|org:dang-uy@w20200|2021';

const OWN_500 = 'Thực hiện Công văn số 177-CV/TU ngày 20/7/2021 của Ban Thường vụ Thành ủy';
const BY_308_ON_500 = 'Công văn số 500-CV/QU triển khai Công văn số 177-CV/TU của Thành ủy';
const ON_500 = 'Thực hiện Công văn số 500-CV/QU của Quận ủy';
const OWN_12 = 'Thực hiện Công văn số 500-CV/QU của Quận ủy (theo tinh thần chỉ đạo)';
const BY_308_ON_12 = 'Đảng ủy phường đã có Công văn số 12-CV/ĐU thực hiện Công văn số 500-CV/QU';

function documents(): Record<'tu177' | 'qu500' | 'tb308' | 'du12', DocumentRecord> {
  const tu = ORGS.thanhUyHanoi();
  const qu = ORGS.quanUyHBT();
  const ward = ORGS.dangUyHoaMinh();
  return {
    tu177: record({ number: '177-CV/TU', issuer: asIssuer(tu), issuedOn: '2021-07-20', title: 'về tăng cường phòng, chống dịch' }),
    qu500: record({
      number: '500-CV/QU', issuer: asIssuer(qu), issuedOn: '2021-07-24',
      citations: [citation({ number: '177-CV/TU', issuedOn: '2021-07-20', issuer: tu, evidence: OWN_500, confidence: 0.9 })],
      assignments: [task('t1', '1', [unit(ward, 'lead')], 'Các đảng ủy phường rà soát người về từ vùng dịch')],
    }),
    tb308: record({
      number: '308-TB/QU', docType: 'Thông báo kết luận', issuer: asIssuer(qu), issuedOn: '2021-08-10',
      citations: [
        citation({ number: '500-CV/QU', issuedOn: '2021-07-24', issuer: qu, evidence: ON_500 }),
        citation({ number: '177-CV/TU', issuedOn: '2021-07-20', issuer: tu, citedBy: '500-CV/QU', evidence: BY_308_ON_500, confidence: 0.9 }),
        citation({ number: '12-CV/ĐU', issuedOn: '2021-08-02', issuer: ward, relation: 'cites', evidence: 'Căn cứ Công văn số 12-CV/ĐU' }),
        citation({ number: '500-CV/QU', issuedOn: '2021-07-24', issuer: qu, citedBy: '12-CV/ĐU', evidence: BY_308_ON_12, confidence: 0.95 }),
      ],
    }),
    du12: record({
      number: '12-CV/ĐU', issuer: asIssuer(ward), issuedOn: '2021-08-02',
      citations: [citation({ number: '500-CV/QU', issuedOn: '2021-07-24', issuer: qu, evidence: OWN_12, confidence: 0.7 })],
      assignments: [task('t1', '2', [unit(ORGS.congAnHoaMinh(), 'lead')], 'Công an phường kiểm tra việc cách ly tại nhà')],
    }),
  };
}

/** Everything the API shows of the two parallel pairs, as (statedIn, sentence) in the order given. */
async function answers(runner: ReadRunner) {
  const said = (e: { evidence: { statedIn: string | null; sentence: string | null } }) => `${e.evidence.statedIn} ${e.evidence.sentence}`;
  const lineage = await fetchLineage(runner, { key: KEY_177, direction: 'DOWN', maxDepth: 3, relations: ['IMPLEMENTS'] });
  const derived = await fetchDerivedTasks(runner, { order: KEY_177, maxDepth: 3, relations: ['IMPLEMENTS'], first: 10 });
  const paths = await fetchPaths(runner, { from: KEY_12, to: KEY_177, relations: ['IMPLEMENTS'] });
  const out500 = (await batch.citations(runner, [KEY_500], 'out', ['IMPLEMENTS'], 10)).get(KEY_500) ?? [];
  const in500 = (await batch.citations(runner, [KEY_500], 'in', ['IMPLEMENTS'], 10)).get(KEY_500) ?? [];
  const page500 = (await pages.citations(runner, [KEY_500], 'out', ['IMPLEMENTS'], 0, 1)).get(KEY_500);
  const caveats = await fetchTreeCaveats(runner, [KEY_177, KEY_500, KEY_308, KEY_12]);
  return {
    lineage: lineage?.edges.map((e) => `${e.from} -> ${e.to}: ${said(e)}`),
    derived: derived.items.map((t) => `${t.node.task.directive?.key} ${t.node.task.id}: ${t.node.links.map(said).join(' | ')}`),
    paths: paths.map((p) => p.edges.map(said).join(' | ')),
    out500: out500.map(said),
    in500: in500.map(said),
    firstOfPage: page500?.items.map(said),
    inferredLinks: caveats.inferredLinks.items.map((l) => `${l.from.key} -> ${l.to.key}: ${l.evidence.statedIn}`),
  };
}

async function ingestInOrder(order: DocumentRecord[]) {
  await cleanDatabase(graph.driver);
  // One document per batch: each one's edges are created in its own transaction, in this order.
  const summary = await ingestRecords(order, { target: { driver: graph.driver, database: graph.target.NEO4J_DATABASE }, batchSize: 1 });
  expect(summary.counts.failed).toBe(0);
  return answers(createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 30_000 }));
}

describe('parallel edges: the same link stated by two documents', () => {
  it('show the same evidence, preferred first, whichever document was stored first', async () => {
    const d = documents();
    const ownFirst = await ingestInOrder([d.tu177, d.qu500, d.du12, d.tb308]);
    const reportFirst = await ingestInOrder([d.tu177, d.tb308, d.du12, d.qu500]);
    expect(reportFirst).toEqual(ownFirst);

    const at500 = [`${KEY_500} ${OWN_500}`, `${KEY_308} ${BY_308_ON_500}`];
    const at12 = [`${KEY_308} ${BY_308_ON_12}`, `${KEY_12} ${OWN_12}`];
    expect(ownFirst.lineage).toEqual([
      `${KEY_500} -> ${KEY_177}: ${at500[0]}`, `${KEY_500} -> ${KEY_177}: ${at500[1]}`,
      `${KEY_12} -> ${KEY_500}: ${at12[0]}`, `${KEY_12} -> ${KEY_500}: ${at12[1]}`,
      `${KEY_308} -> ${KEY_500}: ${KEY_308} ${ON_500}`,
    ]);
    // A trace shows one link per step of its chain, from the order down: the preferred statement of each.
    expect(ownFirst.derived).toEqual([`${KEY_500} ${KEY_500}#t1: ${at500[0]}`, `${KEY_12} ${KEY_12}#t1: ${at500[0]} | ${at12[0]}`]);
    // Two links with two statements each: four paths through the same directives, the preferred first.
    expect(ownFirst.paths).toEqual([
      `${at12[0]} | ${at500[0]}`, `${at12[0]} | ${at500[1]}`, `${at12[1]} | ${at500[0]}`, `${at12[1]} | ${at500[1]}`,
    ]);
    expect(ownFirst.out500).toEqual(at500);
    expect(ownFirst.in500).toEqual([`${KEY_308} ${ON_500}`, ...at12]);
    expect(ownFirst.firstOfPage).toEqual([at500[0]]);
    // 12-CV/ĐU's own statement is below the caveat threshold (0.8); the caveat names it, not the surer one.
    expect(ownFirst.inferredLinks).toEqual([`${KEY_12} -> ${KEY_500}: ${KEY_12}`]);
  });
});
