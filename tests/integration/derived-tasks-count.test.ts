import { beforeAll, describe, expect, it } from 'vitest';
import { fetchDerivedTasks } from '../../src/graph/read/derived-tasks.js';
import { createReadRunner, type ReadRunner } from '../../src/graph/read/runner.js';
import { ingestRecords } from '../../src/ingest/pipeline.js';
import { useGraph } from '../helpers/graph.js';
import { asIssuer, citation, ORGS, record, task, unit } from '../ingest/factories.js';

/**
 * derivedTasks walks once and counts its visits on the traces' rows; with no trace at all (no task
 * below the order, or none at the level asked) the count comes from a walk of its own. Both paths
 * must answer an empty page, not "no such order". A district letter carries out the city's order and
 * gives the Công an phường one task; a ward letter carries out the district's letter and assigns nothing.
 */
const graph = useGraph();
let runner: ReadRunner;

let ORDER_KEY = '';
let DISTRICT_KEY = '';
let WARD_KEY = '';
const walk = { maxDepth: 5, relations: ['IMPLEMENTS' as const] };

beforeAll(async () => {
  const ubnd = ORGS.ubndHanoi();
  const quanUy = ORGS.quanUyLienChieu();
  const ward = ORGS.dangUyHoaMinh();
  const order = record({ number: '41/CT-UBND', docType: 'Chỉ thị', issuer: asIssuer(ubnd), issuedOn: '2023-03-02', title: 'về phòng, chống cháy nổ mùa khô' });
  const district = record({
    number: '212-CV/QU', issuer: asIssuer(quanUy), issuedOn: '2023-03-10',
    citations: [citation({ number: '41/CT-UBND', docType: 'Chỉ thị', issuedOn: '2023-03-02', issuer: ubnd, evidence: 'Thực hiện Chỉ thị số 41/CT-UBND của UBND Thành phố' })],
    assignments: [task('t1', '1', [unit(ORGS.congAnHoaMinh(), 'lead')], 'Công an phường kiểm tra các cơ sở kinh doanh xăng dầu trên địa bàn.')],
  });
  const wardLetter = record({
    number: '9-CV/ĐU', issuer: asIssuer(ward), issuedOn: '2023-03-20',
    citations: [citation({ number: '212-CV/QU', issuedOn: '2023-03-10', issuer: quanUy, evidence: 'Thực hiện Công văn số 212-CV/QU của Quận ủy' })],
  });
  [ORDER_KEY, DISTRICT_KEY, WARD_KEY] = [order.key, district.key, wardLetter.key];
  const summary = await ingestRecords([order, district, wardLetter], { target: { driver: graph.driver, database: graph.target.NEO4J_DATABASE }, batchSize: 50 });
  expect(summary.counts.failed).toBe(0);
  runner = createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 30_000 });
});

describe('derivedTasks count of visits', () => {
  it('a tree with a ward task: the task, not truncated', async () => {
    const page = await fetchDerivedTasks(runner, { order: ORDER_KEY, level: 'ward', first: 20, ...walk });
    expect(page.totalCount).toBe(1);
    expect(page.truncated).toBe(false);
    expect(page.items.map((i) => [i.node.task.directive?.key, i.node.depth, i.node.chain.map((d) => d.key)]))
      .toEqual([[DISTRICT_KEY, 1, [ORDER_KEY, DISTRICT_KEY]]]);
  });

  it('no task at the level asked: an empty page, not truncated', async () => {
    const page = await fetchDerivedTasks(runner, { order: ORDER_KEY, level: 'district', first: 20, ...walk });
    expect(page).toMatchObject({ totalCount: 0, truncated: false, items: [], hasNextPage: false });
  });

  it('no task below the order at all: an empty page, not truncated', async () => {
    const page = await fetchDerivedTasks(runner, { order: WARD_KEY, first: 20, ...walk });
    expect(page).toMatchObject({ totalCount: 0, truncated: false, items: [], hasNextPage: false });
  });

  it('an order no directive has: DG_NOT_FOUND', async () => {
    await expect(fetchDerivedTasks(runner, { order: 'doc:0/XX|org:none|2023', first: 20, ...walk })).rejects.toMatchObject({ code: 'DG_NOT_FOUND' });
  });
});
