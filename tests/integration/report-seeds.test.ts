import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadRunner, type ReadRunner } from '../../src/graph/read/runner.js';
import { ingest, ingestTexts } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { walkDocuments } from '../../src/read/index.js';
import { coverageReport, derivedTasksReport } from '../../src/report/fetch.js';
import { renderCoverage, renderDerivedTasks } from '../../src/report/render/index.js';
import type { CoverageReport, DerivedTasksReport } from '../../src/report/schema.js';
import { buildTestApp, ok, type Json } from '../api/helpers.js';
import { runCli } from '../helpers/cli.js';
import { useGraph } from '../helpers/graph.js';

/**
 * The reports of issue 11 on the five seed documents, as the real pipeline ingested them, against
 * the real Neo4j: through src/report (what the CLI and the routes call), over HTTP, and as the CLI
 * a user runs. Expected values are read by hand from corpus/seeds:
 * - 001 (308-TB/QU, Quận ủy Hai Bà Trưng, meeting of 28/7/2021) carries out Chỉ thị 17/CT-UBND of
 *   23/7/2021; its items 1, 2, the first 3 and the "- Ủy ban MTTQ ... các phường" line of 4 give
 *   work to the wards ("các phường", "UBND phường"); the second 3, 4 and 5 stay in the district.
 * - 002 (100-CV/ĐU, Đảng ủy phường Hòa Minh, 19/7/2021) carries out 180-CV/QU of 16/7/2021 of the
 *   Quận ủy of Liên Chiểu (printed "Liên Chiêu"), in six numbered items: 3 days later.
 * - Liên Chiểu had five wards (Hòa Hiệp Bắc, Hòa Hiệp Nam, Hòa Khánh Bắc, Hòa Khánh Nam, Hòa
 *   Minh), Hai Bà Trưng eighteen.
 */
const graph = useGraph();
const KEY_17 = 'doc:17/CT-UBND|org:ubnd@p01|2021';
const KEY_180 = 'doc:180-CV/QU|org:quan-uy@d490|2021';
let runner: ReadRunner;
let app: FastifyInstance;
let dir: string;
let ct17: DerivedTasksReport;
let cv180: DerivedTasksReport;
let cov180: CoverageReport;

beforeAll(async () => {
  const target = { driver: graph.driver, database: graph.target.NEO4J_DATABASE };
  const summary = await ingest(walkDocuments(['corpus/seeds']), { target, stages: await defaultStages() });
  expect(summary.counts).toMatchObject({ ingested: 5, failed: 0 });
  runner = createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 30_000 });
  app = await buildTestApp({ runner });
  ct17 = await derivedTasksReport(runner, { order: '17/CT-UBND', level: 'ward', maxDepth: 10 });
  cv180 = await derivedTasksReport(runner, { order: '180-CV/QU', level: 'all', maxDepth: 10 });
  cov180 = await coverageReport(runner, { order: '180-CV/QU', maxDepth: 10 });
  dir = mkdtempSync(join(tmpdir(), 'dg-report-'));
});

afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const unitNames = (t: DerivedTasksReport['tasks']['items'][number], level: string) => t.units.filter((u) => u.level === level).map((u) => u.name ?? u.key).sort((a, b) => a.localeCompare(b, 'vi'));

describe('derived-tasks report of 17/CT-UBND at ward level', () => {
  it('names the order and contains the ward tasks of 308-TB/QU with the chain 17/CT-UBND ← 308-TB/QU', () => {
    expect(ct17.order).toMatchObject({ key: KEY_17, number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', issuer: { name: 'UBND Thành phố Hà Nội' } });
    const of308 = ct17.tasks.items.filter((t) => t.directive.number === '308-TB/QU');
    expect(of308.map((t) => t.clause)).toEqual(['1', '2', '3', '4.-1']);
    for (const t of of308) expect(t.chain).toEqual(['17/CT-UBND', '308-TB/QU']);
    expect(of308.map((t) => unitNames(t, 'ward'))).toEqual([
      ['Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 các phường quận Hai Bà Trưng'],
      ['Công an các phường quận Hai Bà Trưng'],
      ['Đảng ủy các phường quận Hai Bà Trưng', 'UBND các phường quận Hai Bà Trưng'],
      ['Các tổ chức chính trị - xã hội các phường quận Hai Bà Trưng', 'Ủy ban MTTQ các phường quận Hai Bà Trưng'],
    ]);
    expect(of308[2]!.text).toContain('Đồng chí Bí thư Đảng ủy, Chủ tịch UBND phường phải bám sát địa bàn');
    // Every task listed has a ward unit; the second item 3 (vaccination, UBND Quận only) is not among them.
    for (const t of ct17.tasks.items) expect(unitNames(t, 'ward').length, t.text).toBeGreaterThan(0);
    expect(ct17.tasks.items.some((t) => t.text.includes('chiến dịch tiêm vắc xin'))).toBe(false);
    expect(ct17.tasks.total).toBe(ct17.tasks.items.length);
  });

  it('has nothing of Liên Chiểu', () => {
    expect(JSON.stringify(ct17)).not.toMatch(/Liên Chi|Hòa Minh|Đà Nẵng|180-CV\/QU|100-CV/);
  });

  it('summarises the tree: 308-TB/QU 5 days after the order (meeting of 28/7/2021), 500-CV/QU 1 day (24/7/2021)', () => {
    const tree = ct17.tree.nodes.map((n) => [n.directive.number, n.depth, n.lagDays]);
    expect(tree).toContainEqual(['17/CT-UBND', 0, 0]);
    expect(tree).toContainEqual(['308-TB/QU', 1, 5]);
    expect(tree).toContainEqual(['500-CV/QU', 1, 1]);
    const district = ct17.summary.byLevel.find((l) => l.level === 'district')!;
    expect(district).toMatchObject({ earliest: '2021-07-24', latest: '2021-07-28', lagDaysEarliest: 1, lagDaysLatest: 5 });
    const n308 = ct17.tree.nodes.find((n) => n.directive.number === '308-TB/QU')!;
    expect(n308.parent).toBe(KEY_17);
    expect(n308.links.find((l) => l.to === KEY_17)!.sentence).toContain('triển khai tổ chức thực hiện Chỉ thị 17/CT-UBND, ngày 23/7/2021 của UBND Thành phố Hà Nội');
  });

  it('lists the caveats of this tree: the inferred 500-CV/QU link and the Quận ủy of unknown area (seed 003)', () => {
    const inferred = ct17.caveats.inferredLinks.items.find((l) => l.from.number === '500-CV/QU')!;
    expect(inferred).toMatchObject({ to: { number: '17/CT-UBND' }, rule: 'collective-statement', confidence: 0.6 });
    expect(ct17.caveats.issuersUnknownArea.items.map((o) => o.name)).toEqual(['Quận ủy']);
  });

  it('renders the chain in HTML and Markdown', () => {
    expect(renderDerivedTasks(ct17, 'html')).toContain('<td class="chain">17/CT-UBND ← 308-TB/QU</td>');
    expect(renderDerivedTasks(ct17, 'md')).toContain('| 17/CT-UBND ← 308-TB/QU |');
  });
});

describe('derived-tasks report of 180-CV/QU of Quận ủy Liên Chiểu', () => {
  it('contains the tasks of 100-CV/ĐU, six numbered items, each with the chain 180-CV/QU ← 100-CV/ĐU', () => {
    expect(cv180.order).toMatchObject({ key: KEY_180, issuedOn: '2021-07-16', issuer: { name: 'Quận ủy Liên Chiểu' } });
    expect(new Set(cv180.tasks.items.map((t) => t.directive.number))).toEqual(new Set(['100-CV/ĐU']));
    expect([...new Set(cv180.tasks.items.map((t) => t.clause))]).toEqual(['1', '2', '3', '4', '5', '6']);
    for (const t of cv180.tasks.items) expect(t.chain).toEqual(['180-CV/QU', '100-CV/ĐU']);
    expect(cv180.tasks.items.find((t) => t.clause === '2')!.text).toMatch(/^UBND phường chỉ đạo cho Trạm y tế phường/);
    expect(cv180.summary.byLevel).toEqual([{ level: 'ward', documents: 1, tasks: 6, earliest: '2021-07-19', latest: '2021-07-19', lagDaysEarliest: 3, lagDaysLatest: 3 }]);
  });

  it('says whom UBND phường is to direct in item 2, in every format', () => {
    const item2 = cv180.tasks.items.find((t) => t.clause === '2' && t.units.some((u) => u.name === 'Trạm y tế phường Hòa Minh'))!;
    expect(item2.units.map((u) => [u.name, u.directedBy])).toEqual([
      ['Các lực lượng chức năng phường Hòa Minh', 'UBND phường Hòa Minh'],
      ['Trạm y tế phường Hòa Minh', 'UBND phường Hòa Minh'],
      ['UBND phường Hòa Minh', null],
    ]);
    expect(renderDerivedTasks(cv180, 'md')).toContain('Trạm y tế phường Hòa Minh (ward/commune, directed by UBND phường Hòa Minh)');
    expect(renderDerivedTasks(cv180, 'html')).toContain('Trạm y tế phường Hòa Minh <span class="muted">(ward/commune, directed by UBND phường Hòa Minh)</span>');
    const rows = parse(renderDerivedTasks(cv180, 'csv'), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.find((r) => r.units?.includes('Trạm y tế'))!.directed_by).toBe('UBND phường Hòa Minh; UBND phường Hòa Minh; ');
  });

  it('has nothing of Hà Nội', () => {
    expect(JSON.stringify(cv180)).not.toMatch(/Hà Nội|Hai Bà Trưng|Thanh Xuân|17\/CT-UBND|308-TB/);
  });
});

describe('coverage of 180-CV/QU', () => {
  const wards = () => cov180.units.filter((u) => u.kind === 'ward');

  it('lists phường Hòa Minh as answered by 100-CV/ĐU 3 days later, and the other four wards of Liên Chiểu as not answered', () => {
    expect(cov180.districts).toEqual([{ code: '490', name: 'quận Liên Chiểu, Đà Nẵng', wardCount: 5, answeredWards: 1 }]);
    expect(wards().map((w) => [w.name, w.answered])).toEqual([
      ['phường Hòa Hiệp Bắc', false], ['phường Hòa Hiệp Nam', false], ['phường Hòa Khánh Bắc', false], ['phường Hòa Khánh Nam', false],
      ['phường Hòa Minh', true],
    ]);
    const hoaMinh = wards().find((w) => w.name === 'phường Hòa Minh')!;
    expect(hoaMinh.answers.map((a) => [a.directive.number, a.directive.issuedOn, a.directive.issuer?.name, a.lagDays]))
      .toEqual([['100-CV/ĐU', '2021-07-19', 'Đảng ủy phường Hòa Minh', 3]]);
  });

  it('puts every unit that has not answered before every one that has', () => {
    const firstAnswered = cov180.units.findIndex((u) => u.answered);
    expect(firstAnswered).toBeGreaterThan(0);
    expect(cov180.units.slice(firstAnswered).every((u) => u.answered)).toBe(true);
    expect(cov180.summary).toMatchObject({ answered: 1, notAnswered: cov180.units.length - 1, documents: 1 });
    // the units 100-CV/ĐU gave work to are there, not answered (none issued a document of its own)
    expect(cov180.units.find((u) => u.name === 'UBND phường Hòa Minh')).toMatchObject({ kind: 'assigned', answered: false, level: 'ward' });
  });

  it('of 17/CT-UBND covers the 18 wards of Hai Bà Trưng, none answered', async () => {
    const cov = await coverageReport(runner, { order: KEY_17, maxDepth: 10 });
    expect(cov.districts).toEqual([{ code: '007', name: 'quận Hai Bà Trưng, Hà Nội', wardCount: 18, answeredWards: 0 }]);
    expect(cov.units.filter((u) => u.kind === 'ward' && !u.answered)).toHaveLength(18);
  });

  it('is a GraphQL field too, from the same query', async () => {
    const data = await ok(app, `query($k: ID!) { coverage(order: $k) {
      districts { code wardCount answeredWards }
      units { kind name wardCode answered answers { directive { number } lagDays } }
    } }`, { k: KEY_180 });
    expect(data.coverage.districts).toEqual([{ code: '490', wardCount: 5, answeredWards: 1 }]);
    const hoaMinh = data.coverage.units.find((u: Json) => u.name === 'phường Hòa Minh');
    expect(hoaMinh).toEqual({ kind: 'WARD', name: 'phường Hòa Minh', wardCode: '20200', answered: true, answers: [{ directive: { number: '100-CV/ĐU' }, lagDays: 3 }] });
    expect(data.coverage.units.filter((u: Json) => u.kind === 'WARD' && !u.answered).map((u: Json) => u.name)).toHaveLength(4);
  });
});

describe('formats on the seeds', () => {
  it('the tasks CSV parses back, BOM included, to one row per task with the report\'s values', () => {
    const csv = renderDerivedTasks(ct17, 'csv');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const guard = (s: string) => (/^[=+\-@]/.test(s) ? `'${s}` : s);
    expect(rows.map((r) => [r.assigning_number, r.clause, r.task, r.chain, r.units])).toEqual(ct17.tasks.items.map((t) => [
      t.directive.number ?? `${t.directive.docType} (no number)`, t.clause, guard(t.text), t.chain.join(' ← '), t.units.map((u) => u.name).join('; '),
    ]));
    expect(rows.filter((r) => r.assigning_number === '308-TB/QU').map((r) => r.chain)).toEqual(Array(4).fill('17/CT-UBND ← 308-TB/QU'));
  });

  it('the coverage CSV has phường Hòa Minh answered by 100-CV/ĐU on 2021-07-19, lag 3', () => {
    const rows = parse(renderCoverage(cov180, 'csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(cov180.units.length);
    expect(rows.find((r) => r.unit === 'phường Hòa Minh')).toMatchObject({ status: 'answered', kind: 'ward', answered_by: '100-CV/ĐU', answered_on: '2021-07-19', lag_days: '3', ward_code: '20200' });
    expect(rows.filter((r) => r.kind === 'ward' && r.status === 'not answered').map((r) => r.unit))
      .toEqual(['phường Hòa Hiệp Bắc', 'phường Hòa Hiệp Nam', 'phường Hòa Khánh Bắc', 'phường Hòa Khánh Nam']);
  });

  it('the JSON of both reports validates against the published schemas', () => {
    const ajv = new Ajv2020({ strict: false });
    const derived = ajv.compile(JSON.parse(readFileSync('schema/report-derived-tasks.schema.json', 'utf8')));
    const coverage = ajv.compile(JSON.parse(readFileSync('schema/report-coverage.schema.json', 'utf8')));
    for (const r of [ct17, cv180]) expect(derived(JSON.parse(renderDerivedTasks(r, 'json'))), JSON.stringify(derived.errors)).toBe(true);
    expect(coverage(JSON.parse(renderCoverage(cov180, 'json'))), JSON.stringify(coverage.errors)).toBe(true);
  });
});

describe('HTTP /reports', () => {
  it('answers the explorer\'s link /reports/derived-tasks?order=<key>&level=ward&format=html with the self-contained page', async () => {
    const res = await app.inject({ method: 'GET', url: `/reports/derived-tasks?order=${encodeURIComponent(KEY_17)}&level=ward&format=html` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.body).toContain('<td class="chain">17/CT-UBND ← 308-TB/QU</td>');
    expect(res.body).not.toMatch(/Liên Chi/);
  });

  it('serves coverage as CSV to download and as JSON', async () => {
    const csv = await app.inject({ method: 'GET', url: `/reports/coverage?order=180-CV/QU&format=csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="coverage-180-CV-QU.csv"');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const json = await app.inject({ method: 'GET', url: `/reports/coverage?order=${encodeURIComponent(KEY_180)}&format=json` });
    expect(json.json().units.find((u: Json) => u.name === 'phường Hòa Minh').answers[0].lagDays).toBe(3);
  });

  it('an unknown order is 404 with near matches; a bad level is 400', async () => {
    const res = await app.inject({ method: 'GET', url: '/reports/derived-tasks?order=18/CT-UBND&format=json' });
    expect(res.statusCode).toBe(404);
    const body = res.json();
    expect(body.code).toBe('DG_NOT_FOUND');
    expect(body.details.nearMatches[0]).toMatchObject({ key: KEY_17, number: '17/CT-UBND', issuer: 'UBND Thành phố Hà Nội' });
    const html = await app.inject({ method: 'GET', url: '/reports/derived-tasks?order=%3Cscript%3E&format=html' });
    expect(html.statusCode).toBe(404);
    expect(html.body).toContain('&lt;script&gt;');
    expect(html.body).not.toContain('<script>');
    const bad = await app.inject({ method: 'GET', url: `/reports/derived-tasks?order=17/CT-UBND&level=city` });
    expect(bad.statusCode).toBe(400);
  });
});

const cli = (args: string[]) => runCli('report', args);

describe('directive-graph report (the CLI)', () => {
  it('writes the ward report of 17/CT-UBND to a file, the format taken from its extension', async () => {
    const out = join(dir, 'ct17.md');
    const r = await cli(['derived-tasks', '--order', '17/CT-UBND', '--level', 'ward', '--out', out]);
    expect(r.stderr).toMatch(/report: wrote .*ct17\.md \(md, \d+ bytes\)/);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('| 17/CT-UBND ← 308-TB/QU |');
  });

  it('an unknown order exits 2 and lists near matches, diacritics ignored', async () => {
    const r = await cli(['coverage', '--order', 'chi thi 17 ubnd']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no directive matches order "chi thi 17 ubnd"; near matches: 17/CT-UBND of UBND Thành phố Hà Nội');
    expect(r.stderr).toContain('[DG_NOT_FOUND]');
  });

  it('a usage error exits 2 with the usage', async () => {
    const r = await cli(['derived-tasks', '--order', '17/CT-UBND', '--level', 'city']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--level expects ward, district or all, got "city"');
    expect(r.stderr).toContain('Usage: directive-graph report derived-tasks');
  });

  // Last: it adds a document of its own to the graph.
  it('a number two issuers used is ambiguous (exit 2, both listed) until --issuer chooses', async () => {
    const target = { driver: graph.driver, database: graph.target.NEO4J_DATABASE };
    const { parse: parseStage } = await defaultStages();
    const { results } = await ingestTexts([{ text: SAME_NUMBER_HBT, path: 'test-180-hai-ba-trung.txt' }], { target, parse: parseStage });
    expect(results[0]!.record?.number).toBe('180-CV/QU');
    const r = await cli(['coverage', '--order', '180-CV/QU', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[DG_AMBIGUOUS]');
    expect(r.stderr).toContain('180-CV/QU of Quận ủy Liên Chiểu, 2021-07-16');
    expect(r.stderr).toContain('180-CV/QU of Quận ủy Hai Bà Trưng, 2021-03-03');
    const chosen = await cli(['coverage', '--order', '180-CV/QU', '--issuer', 'Liên Chiểu', '--format', 'json']);
    expect(chosen.code).toBe(0);
    expect(JSON.parse(chosen.stdout).order.key).toBe(KEY_180);
  });
});

/** A letter of Quận ủy Hai Bà Trưng that happens to carry the number of Liên Chiểu's (written for this test). */
const SAME_NUMBER_HBT = `ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY HAI BÀ TRƯNG
*
Số 180-CV/QU

ĐẢNG CỘNG SẢN VIỆT NAM

Q. Hai Bà Trưng, ngày 03 tháng 3 năm 2021

V/v tổ chức Tết trồng cây năm 2021

Kính gửi: Đảng ủy, UBND 18 phường.

Thường trực Quận ủy đề nghị các đơn vị thực hiện một số nội dung sau:

1. UBND Quận chủ trì tổ chức lễ phát động Tết trồng cây tại công viên Thống Nhất.

2. Đảng ủy, UBND các phường rà soát quỹ đất công, đăng ký số cây trồng mới và báo cáo kết quả về Văn phòng Quận ủy.

Nơi nhận:
- Như kính gửi,
- Lưu VPQU.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG

Trần Văn Bình
`;
