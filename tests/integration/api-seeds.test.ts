import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestService } from '../../src/api/ingest.js';
import { createReadRunner } from '../../src/graph/read/runner.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { walkDocuments } from '../../src/read/index.js';
import { buildTestApp, countingRunner, gql, ok, type CountingRunner, type Json } from '../api/helpers.js';
import { useGraph } from '../helpers/graph.js';

/**
 * The "Done when", over HTTP (inject) against the real Neo4j holding the five seed documents
 * as the real pipeline (read -> parse -> write) ingested them. Expected values are read by hand from
 * corpus/seeds; where the parser's wording of a field is not the point, the test looks for the
 * words of the document (the number, the phrase) rather than the whole string.
 */
const graph = useGraph();
const TOKEN = 'seeds-test-token-0123456789abcdef';
let app: FastifyInstance;
let runner: CountingRunner;

const SEED = (name: string) => readFileSync(new URL(`../../corpus/seeds/${name}`, import.meta.url), 'utf8');
const SEED_308 = SEED('001_6e391b9519626a64.txt');

beforeAll(async () => {
  const target = { driver: graph.driver, database: graph.target.NEO4J_DATABASE };
  const summary = await ingest(walkDocuments(['corpus/seeds']), { target, stages: await defaultStages() });
  expect(summary.counts).toMatchObject({ ingested: 5, failed: 0 });
  runner = countingRunner(createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 10_000 }));
  app = await buildTestApp({ runner, apiToken: TOKEN, ingest: ingestService(target) });
});

afterAll(async () => {
  await app?.close();
});

const KEY_17 = 'doc:17/CT-UBND|org:ubnd@p01|2021';

describe('directive(number:)', () => {
  it('finds 17/CT-UBND of UBND Thành phố Hà Nội by its number alone', async () => {
    const data = await ok(app, '{ directive(number: "17/CT-UBND") { key number docType issuedOn status issuer { name level } } }');
    expect(data.directive).toEqual({
      key: KEY_17, number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', status: 'REFERENCED',
      issuer: { name: 'UBND Thành phố Hà Nội', level: 'PROVINCE' },
    });
  });
});

describe('assignments', () => {
  // 100-CV/ĐU item 2: "UBND phường chỉ đạo cho Trạm y tế phường và các lực lượng chức năng khẩn trương
  // tổ chức truy vết …": the letter assigns the UBND; the Trạm y tế and the forces are who it directs.
  it('of 100-CV/ĐU item 2: the units UBND phường is to direct name it', async () => {
    const data = await ok(app, '{ directive(number: "100-CV/ĐU") { assignments { clause units { unit { name } role directedBy { name } } } } }');
    const item2 = data.directive.assignments.filter((t: Json) => t.clause === '2' && t.units.some((u: Json) => /^Trạm y tế/.test(u.unit.name)));
    expect(item2).toHaveLength(1);
    expect(item2[0].units).toEqual([
      { unit: { name: 'Các lực lượng chức năng phường Hòa Minh' }, role: 'ASSIGNED', directedBy: { name: 'UBND phường Hòa Minh' } },
      { unit: { name: 'Trạm y tế phường Hòa Minh' }, role: 'ASSIGNED', directedBy: { name: 'UBND phường Hòa Minh' } },
      { unit: { name: 'UBND phường Hòa Minh' }, role: 'ASSIGNED', directedBy: null },
    ]);
  });
});

describe('lineage', () => {
  it('DOWN from 17/CT-UBND returns 308-TB/QU, 500-CV/QU (and the unnumbered Thông báo of seed 003) with depths and evidence', async () => {
    const data = await ok(app, `query($k: ID!) { lineage(key: $k, direction: DOWN) {
      depths { directive { number title } depth direction }
      edges { from { number } to { number } type depth evidence { sentence span statedIn rule confidence } }
      context { from { number } to { number } type depth evidence { sentence } }
    } }`, { k: KEY_17 });
    const l = data.lineage;
    const depths = l.depths.map((d: Json) => [d.directive.number, d.depth]);
    expect(depths).toContainEqual(['17/CT-UBND', 0]);
    expect(depths).toContainEqual(['308-TB/QU', 1]);
    // seed 003: "THÔNG BÁO KẾT LUẬN CỦA THƯỜNG TRỰC QUẬN ỦY / Về việc thực hiện Chỉ thị số 17/CT-UBND ..." has no number
    const unnumbered = l.depths.find((d: Json) => d.directive.number === null);
    expect(unnumbered.depth).toBe(1);
    expect(unnumbered.directive.title).toContain('Chỉ thị số 17/CT-UBND');
    expect(depths).toContainEqual(['500-CV/QU', 1]);
    expect(l.depths).toHaveLength(4);

    const e308 = l.edges.find((e: Json) => e.from.number === '308-TB/QU');
    expect(e308).toMatchObject({ to: { number: '17/CT-UBND' }, type: 'IMPLEMENTS', depth: 1 });
    expect(e308.evidence.sentence).toContain('triển khai tổ chức thực hiện Chỉ thị 17/CT-UBND, ngày 23/7/2021 của UBND Thành phố Hà Nội');
    // the span points into the stating document's text, at the citation inside that sentence
    const cited = SEED_308.slice(e308.evidence.span[0], e308.evidence.span[1]);
    expect(cited).toContain('17/CT-UBND');
    expect(e308.evidence.sentence).toContain(cited);

    // 500-CV/QU carries out 17/CT-UBND by seed 001's collective sentence ("Quận ủy, UBND Quận đã ...
    // ban hành các văn bản triển khai thực hiện ... Chỉ thị số 17/CT-UBND"): an inference, and it says so.
    const e500 = l.edges.find((e: Json) => e.from.number === '500-CV/QU' && e.to.number === '17/CT-UBND');
    expect(e500).toMatchObject({ type: 'IMPLEMENTS', depth: 1, evidence: { rule: 'collective-statement' } });
    expect(e500.evidence.confidence).toBeLessThan(e308.evidence.confidence);
    expect(e500.evidence.sentence).toContain('ban hành các văn bản triển khai thực hiện');
    // 308-TB/QU implements Công văn 500-CV/QU too ("... và Công văn số 500-CV/QU, ngày 24/7/2021 của Quận ủy")
    const e308to500 = l.edges.find((e: Json) => e.from.number === '308-TB/QU' && e.to.number === '500-CV/QU');
    expect(e308to500).toMatchObject({ type: 'IMPLEMENTS', depth: 1 });
    expect(e308to500.evidence.sentence).toContain('Công văn số 500-CV/QU, ngày 24/7/2021 của Quận ủy');
  });

  it('UP from 100-CV/ĐU returns 180-CV/QU of Quận ủy Liên Chiểu and nothing of Hà Nội', async () => {
    const key = (await ok(app, '{ directive(number: "100-CV/ĐU") { key } }')).directive.key;
    const data = await ok(app, `query($k: ID!) { lineage(key: $k, direction: UP) {
      depths { directive { number issuer { name area } } depth }
      edges { from { number } to { number } depth evidence { sentence } }
      context { to { number } }
    } }`, { k: key });
    const l = data.lineage;
    expect(l.depths.map((d: Json) => [d.directive.number, d.depth])).toEqual([['100-CV/ĐU', 0], ['180-CV/QU', 1]]);
    expect(l.depths[1].directive.issuer.name).toBe('Quận ủy Liên Chiểu');
    expect(l.depths[1].directive.issuer.area).toContain('Đà Nẵng');
    expect(l.edges).toHaveLength(1);
    // printed "Quận ủy Liên Chiêu" in the seed; resolved to Liên Chiểu, Đà Nẵng all the same
    expect(l.edges[0].evidence.sentence).toContain('Công văn số 180-CV/QU ngày 16/7/2021 của Quận ủy Liên Chiêu');
    expect(JSON.stringify(l)).not.toMatch(/Hà Nội|Hai Bà Trưng/);
  });
});

describe('derivedTasks', () => {
  const DERIVED = `query($k: ID!, $after: String, $first: Int) { derivedTasks(order: $k, level: WARD, first: $first, after: $after) {
    totalCount
    edges { cursor node { task { id text units { unit { name level } } } directive { number } depth chain { number } links { from { number } to { number } evidence { sentence } } } }
    pageInfo { hasNextPage endCursor }
  } }`;

  it('(order: 17/CT-UBND, level: WARD) returns the ward tasks of 308-TB/QU with their chain', async () => {
    const t = (await ok(app, DERIVED, { k: KEY_17, first: 100 })).derivedTasks;
    const nodes: Json[] = t.edges.map((e: Json) => e.node);
    expect(t.totalCount).toBe(nodes.length);
    for (const n of nodes) expect(n.task.units.some((u: Json) => u.unit.level === 'WARD'), n.task.text).toBe(true);
    const of308 = nodes.filter((n) => n.directive.number === '308-TB/QU');
    // "Đồng chí Bí thư Đảng ủy, Chủ tịch UBND phường phải bám sát địa bàn ..." (item 3) is a ward task;
    // "UBND Quận chỉ đạo tổ chức thực hiện tốt chiến dịch tiêm vắc xin ..." (the second item 3) is not.
    expect(of308.some((n) => n.task.text.startsWith('Đồng chí Bí thư Đảng ủy, Chủ tịch UBND phường phải bám sát địa bàn'))).toBe(true);
    expect(of308.some((n) => n.task.text.startsWith('Công an Quận và các phường'))).toBe(true);
    expect(nodes.some((n) => n.task.text.startsWith('UBND Quận chỉ đạo tổ chức thực hiện tốt chiến dịch tiêm vắc xin'))).toBe(false);
    for (const n of of308) {
      expect(n.depth).toBe(1);
      expect(n.chain.map((c: Json) => c.number)).toEqual(['17/CT-UBND', '308-TB/QU']);
      expect(n.links).toHaveLength(1);
      expect(n.links[0]).toMatchObject({ from: { number: '308-TB/QU' }, to: { number: '17/CT-UBND' } });
      expect(n.links[0].evidence.sentence).toContain('17/CT-UBND');
    }
  });

  it('walks its pages without gaps or repeats', async () => {
    const all = (await ok(app, DERIVED, { k: KEY_17, first: 100 })).derivedTasks.edges.map((e: Json) => e.node.task.id);
    expect(all.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Json = (await ok(app, DERIVED, { k: KEY_17, first: 2, after })).derivedTasks;
      seen.push(...page.edges.map((e: Json) => e.node.task.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('directives', () => {
  it('pagination walks every directive without gaps or repeats', async () => {
    const Q = 'query($a: String) { directives(first: 4, after: $a) { totalCount nodes { key } pageInfo { hasNextPage endCursor } } }';
    const total = (await ok(app, '{ directives(first: 0) { totalCount } }')).directives.totalCount;
    expect(total).toBeGreaterThanOrEqual(15); // 5 ingested + the documents they cite
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Json = (await ok(app, Q, { a: after })).directives;
      expect(page.totalCount).toBe(total);
      seen.push(...page.nodes.map((n: Json) => n.key));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('search ignores diacritics', async () => {
    const a = await ok(app, '{ directives(search: "gian cach xa hoi", first: 50) { nodes { number } } }');
    const b = await ok(app, '{ directives(search: "giãn cách xã hội", first: 50) { nodes { number } } }');
    expect(a).toEqual(b);
    expect(a.directives.nodes.map((n: Json) => n.number)).toContain('17/CT-UBND');
  });
});

describe('organizations', () => {
  it('search "phuong hoa minh" (no diacritics) finds the 21 bodies of phường Hòa Minh that seed 002 names, by folded name', async () => {
    // The list the fold over every organisation gave before the full-text index (same order).
    const data = await ok(app, '{ organizations(search: "phuong hoa minh", first: 100) { totalCount nodes { key } } }');
    expect(data.organizations.totalCount).toBe(21);
    expect(data.organizations.nodes.map((n: Json) => n.key)).toEqual([
      'org:ban-chap-hanh-dang-uy@w20200',
      'org:ban-chi-huy-quan-su@w20200',
      'org:ban-thuong-vu-dang-uy@w20200',
      'org:ban-tuyen-giao-va-dan-van-dang-uy@w20200',
      'org:cac-ban-cong-tac-mat-tran-khu-dan-cu@w20200',
      'org:cac-cap-uy-chi-bo-truc-thuoc-dang-uy@w20200',
      'org:cac-chi-bo-truc-thuoc-dang-uy@w20200',
      'org:cac-co-quan-don-vi@w20200',
      'org:cac-doan-the-khu-dan-cu@w20200',
      'org:cac-doan-the@w20200',
      'org:cac-luc-luong-chuc-nang@w20200',
      'org:cac-nganh-doan-the@w20200',
      'org:cac-to-chuc-chinh-tri-xa-hoi@w20200',
      'org:cac-to-dan-pho@w20200',
      'org:cong-an@w20200',
      'org:dang-uy@w20200',
      'org:hdnd@w20200',
      'org:tram-y-te@w20200',
      'org:ubnd@w20200',
      'org:uy-ban-kiem-tra-dang-uy@w20200',
      'org:uy-ban-mttq@w20200',
    ]);
  });
});

describe('dataQuality', () => {
  it('reports the issuer whose area seed 003 does not say (its header names no district)', async () => {
    runner.reset();
    const dq = (await ok(app, '{ dataQuality { issuersUnknownArea { truncated items { name level directives } } datesInverted { items { implementing { number } } } } }')).dataQuality;
    expect(runner.runs).toEqual(['building the data-quality report']);
    expect(dq.issuersUnknownArea.items).toEqual([expect.objectContaining({ name: 'Quận ủy', level: 'DISTRICT' })]);
    // every implementing seed is dated on or after what it implements (308-TB/QU by its meeting, 28/7/2021)
    expect(dq.datesInverted.items).toEqual([]);
  });
});

describe('limits and auth', () => {
  it('refuses a too-deep query with LIMIT_EXCEEDED (queryDepth)', async () => {
    const deep = '{ directive(number: "308-TB/QU") { implements { directive { implements { directive { implements { directive { implements { directive { implements { directive { number } } } } } } } } } } } }';
    const res = await gql(app, deep);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'queryDepth' });
  });

  it('refuses a too-large maxDepth with LIMIT_EXCEEDED (maxDepth)', async () => {
    const res = await gql(app, 'query($k: ID!) { lineage(key: $k, maxDepth: 100) { truncated } }', { k: KEY_17 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'maxDepth', max: 20, got: 100 });
    expect(res.errors?.[0]?.message).toBe('maxDepth 100 is over the limit of 20 (maxDepth)');
  });

  it('refuses an unauthenticated ingest with UNAUTHENTICATED and writes nothing', async () => {
    const before = (await ok(app, '{ directives(first: 0) { totalCount } }')).directives.totalCount;
    const res = await gql(app, 'mutation { ingest(documents: [{ text: "Số 1-CV/QU", name: "x.txt" }]) { written } }');
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await ok(app, '{ directives(first: 0) { totalCount } }')).directives.totalCount).toBe(before);
  });
});

describe('queries per request', () => {
  it('lineage and derivedTasks with nested fields: one query per root field and per nested list level', async () => {
    runner.reset();
    await ok(app, `query($k: ID!) {
      lineage(key: $k) { nodes { number issuer { name } implements { directive { number } } } edges { evidence { sentence } } }
      derivedTasks(order: $k, level: WARD) { nodes { task { units { unit { name partOf { name } } } } chain { number } } }
    }`, { k: KEY_17 });
    expect([...runner.runs].sort()).toEqual(['reading PART_OF', 'reading citations', 'tracing derived tasks', 'walking a lineage']);
  });
});

// Last: it adds a document to the graph.
describe('mutation ingest', () => {
  const DOC_180_HBT = `ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY HAI BÀ TRƯNG
*
Số 180-CV/QU

ĐẢNG CỘNG SẢN VIỆT NAM
Q. Hai Bà Trưng, ngày 02 tháng 8 năm 2021

V/v tiếp tục thực hiện giãn cách xã hội

Kính gửi: Đảng ủy, UBND 18 phường

Thực hiện Thông báo số 428-TB/TU, ngày 27/7/2021 của Thường trực Thành ủy về công tác phòng, chống dịch bệnh Covid-19 trên địa bàn Thành phố, Thường trực Quận ủy yêu cầu:

1. Đảng ủy, UBND các phường tiếp tục kiểm tra việc thực hiện giãn cách xã hội trên địa bàn.

Nơi nhận:
- Như kính gửi,
- Lưu VPQU.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG

Trịnh Xuân Cường`;

  it('with the token writes the good documents, reports the bad one, and a shared number becomes ambiguous', async () => {
    const res = await gql(app, `mutation($docs: [DocumentInput!]!) { ingest(documents: $docs) {
      written failed documents { name key number error { code message } directive { number issuer { name } } } } }`,
    { docs: [{ text: DOC_180_HBT, name: '180-hbt.txt' }, { text: '   \n  ', name: 'empty.txt' }] },
    { authorization: `Bearer ${TOKEN}` });
    expect(res.errors).toBeUndefined();
    const r = res.data!.ingest;
    expect(r).toMatchObject({ written: 1, failed: 1 });
    expect(r.documents[0]).toMatchObject({
      name: '180-hbt.txt', key: 'doc:180-CV/QU|org:quan-uy@d007|2021', number: '180-CV/QU', error: null,
      directive: { number: '180-CV/QU', issuer: { name: 'Quận ủy Hai Bà Trưng' } },
    });
    expect(r.documents[1]).toMatchObject({ name: 'empty.txt', key: null, directive: null });
    expect(r.documents[1].error.code).toMatch(/^DG_/);

    const amb = await gql(app, '{ directive(number: "180-CV/QU") { key } }');
    expect(amb.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(amb.errors?.[0]?.message).toContain('matches 2 directives');
    expect((amb.errors?.[0]?.extensions.candidates as Json[]).map((c) => c.issuer).sort()).toEqual(['Quận ủy Hai Bà Trưng', 'Quận ủy Liên Chiểu']);
    const picked = await ok(app, '{ directive(number: "180-CV/QU", issuer: "Liên Chiểu") { key } }');
    expect(picked.directive.key).toBe('doc:180-CV/QU|org:quan-uy@d490|2021');
  });
});
