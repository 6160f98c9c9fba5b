import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataQuality } from '../../src/graph/read/quality.js';
import { ingest, type DocumentOutcome, type IngestSummary } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { walkDocuments } from '../../src/read/index.js';
import { cleanDatabase, useGraph } from '../helpers/graph.js';
import { graphTools } from '../ingest/graph-helpers.js';

/**
 * The five seed documents through the real pipeline (reader, parser, writer) into the real Neo4j.
 * Every expected value below was read by hand from corpus/seeds/*.txt, not taken from a run.
 *
 * Directives (15 nodes; 5 ingested, 10 only cited):
 *   000  01-TB/QU     Ban Thường vụ Quận ủy Thanh Xuân, 14/8/2020; cites 361/BC-UBND (UBND quận Thanh Xuân, 12/8/2020)
 *   001  308-TB/QU    Ban Thường vụ Quận ủy Hai Bà Trưng, no date; cites 17/CT-UBND (UBND TP Hà Nội, 23/7/2021),
 *                     500-CV/QU (Quận ủy Hai Bà Trưng, 24/7/2021) which itself implements 177-CV/TU (Ban Thường vụ
 *                     Thành ủy Hà Nội, 23/7/2021; also cited directly), 420-TB/TU (Thành ủy, 23/7/2021), 428-TB/TU
 *                     (Thường trực Thành ủy, 27/7/2021), 68/NQ-CP (Chính phủ, 1/7/2021), 3642/QĐ-UBND (UBND TP Hà Nội,
 *                     21/2/2021); the quoted "Quy chế làm việc ..." has no number and is not a node
 *   002  100-CV/ĐU    Đảng ủy phường Hòa Minh (quận Liên Chiểu, Đà Nẵng), 19/7/2021; implements 180-CV/QU (Quận ủy
 *                     Liên Chiểu — printed "Liên Chiêu" — 16/7/2021)
 *   003  (no number)  Thường trực Quận ủy of a Hà Nội district the text does not name, no date; implements 17/CT-UBND
 *   004  924-CV/QU    Quận ủy Hai Bà Trưng (header "HAI BÀ TRUNG"), 25/4/2022; implements 739-TB/TU (Thường trực
 *                     Thành ủy Hà Nội, 20/4/2022)
 *   => 2 + 8 + 2 + 1 + 2 = 15; 17/CT-UBND is one node for 001 and 003.
 *
 * Citation edges, one per (citing, cited, stating document) (src/ingest/rows.ts): 000: 01->361; 001: 308->17,
 *   308->500, 500->177 (nested, stated in 308), 308->177, 308->420, 308->428, 308->68, 308->3642, and 500->17,
 *   500->420 (stated in 308 collectively: "Quận ủy, UBND Quận đã ... ban hành các văn bản triển khai thực hiện
 *   Thông báo kết luận số 420-TB/TU, ..., Công văn số 177-CV/TU, ..., Chỉ thị số 17/CT-UBND" — 500-CV/QU is such a
 *   document of the Quận ủy); 002: 100->180; 003: 003->17; 004: 924->739  => 14, of which IMPLEMENTS at least
 *   308->17, 308->500, 500->177, 500->17, 100->180, 003->17, 924->739 ("Thực hiện", "triển khai thực hiện",
 *   "V/v thực hiện"); 308->420, 308->177, 308->428, 308->68, 308->3642 are CITES: tasks for others ("Đề nghị UBND
 *   Quận ... triển khai thực hiện", "UBND Quận tiếp tục chỉ đạo thực hiện") and what others issued.
 *
 * ISSUED_BY: one per directive whose issuer is known: all 15.
 * Issuers (9 organisations): Quận ủy Thanh Xuân, UBND quận Thanh Xuân, Quận ủy Hai Bà Trưng, UBND TP Hà Nội,
 *   Thành ủy Hà Nội, Chính phủ, Đảng ủy phường Hòa Minh, Quận ủy Liên Chiểu, and seed 003's Quận ủy of unknown area.
 * Persons (4) and SIGNED_BY (5): Nguyễn Sỹ Đoàn (000), Trịnh Xuân Cường (001 and 004), Đặng Công Chúng (002),
 *   Lê Đức Toàn (003).
 *
 * Units, by the parser's naming convention (an organ such as "Thường trực Quận ủy" is its own unit; a plural
 * such as "UBND 11 phường" is one collective unit; "quận"/"phường" mean the document's own area), read by hand:
 *   000 ASSIGNS 10: II.1 bullets: UBND quận (the bullet with no unit); Trung tâm Y tế quận + các đơn vị chuyên môn;
 *       Phòng VH-TT; Phòng GD-ĐT; Hội đồng Thi đua – Khen thưởng; UBND 11 phường; II.2 Văn phòng Quận ủy;
 *       II.3 Công an quận; II.4 các cơ quan, đơn vị thuộc Quận.
 *     SENT_TO 14 (Nơi nhận): Thường trực Quận ủy; Thường trực HĐND; UBND quận; Ban Thường vụ Quận ủy; các ban xây
 *       dựng Đảng; Văn phòng Quận ủy; các phòng, ban, ngành; các đoàn thể; Công an; Ban CHQS; Đảng ủy, HĐND, UBND,
 *       UB MTTQ of the 11 phường (4 collectives).  Organisations of 000: 21 (both lists, and the issuers
 *       Quận ủy Thanh Xuân and UBND quận Thanh Xuân, the latter also a unit).
 *   001 ASSIGNS 27: 1. UBND Quận, Ban Chỉ đạo quận, Ban Chỉ đạo các phường ("Ban Chỉ đạo ... quận và các phường"),
 *       UB MTTQ, các tổ chức CT-XH, các cơ quan, đơn vị (6); 2. the lead-in's cấp ủy đảng, chính quyền, MTTQ,
 *       tổ chức CT-XH (4) + các lực lượng chức năng (1) + Công an Quận and Công an các phường (2); 3. cấp ủy đảng,
 *       chính quyền, phòng ban ngành, UB MTTQ, tổ chức CT-XH (5) + Đảng ủy and UBND of the phường ("Đồng chí Bí thư
 *       Đảng ủy, Chủ tịch UBND phường") (2); the second 3. UBND Quận (1); 4. UBND Quận (1) and its bullet UB MTTQ
 *       and tổ chức CT-XH of the quận and of the phường (4); 5. Ban Thường vụ Quận ủy (1).
 *     SENT_TO 5: Thường trực Quận ủy, Ban Thường vụ Quận ủy, UBND quận, Đảng ủy and UBND of the 18 phường.
 *     Organisations new with 001: 22 (Quận ủy HBT, UBND TP, Thành ủy, Chính phủ + 17 units + Thường trực Quận ủy).
 *   002 ASSIGNS 24: 1. the lead-in's UBND, UBMTTQVN, tổ chức CT-XH, chi bộ trực thuộc (4) + Ban Thường vụ and BCH
 *       Đảng ủy, UBND phường, các cơ quan đơn vị, chi bộ ("Các đồng chí Ủy viên Ban Thường vụ Đảng ủy, Ủy viên BCH
 *       ...") (5); 2. UBND phường, Trạm y tế, lực lượng chức năng (3); 3. Công an, Ban CHQS, các ngành đoàn thể (3);
 *       4. Ban Tuyên giáo và Dân vận, UBND, UBMTTQVN, tổ chức CT-XH (4); 5. Ủy ban Kiểm tra (1); 6. chi bộ, Ban Công
 *       tác Mặt trận, tổ dân phố, đoàn thể khu dân cư (4).
 *     SENT_TO 5 (Kính gửi; "Như kính gửi" adds none): HĐND, UBND, UBMTTQVN, các Hội đoàn thể, cấp ủy chi bộ.
 *     Organisations of 002: 22 (Đảng ủy Hòa Minh, Quận ủy Liên Chiểu, 17 units, 3 more recipients).
 *   003 ASSIGNS 22: 1. cấp ủy đảng trực thuộc, UBND Quận, MTTQ, đoàn thể CT-XH Quận, UBND phường (5) + chính quyền
 *       Quận and phường (2) + Ban Tuyên giáo Quận ủy (1); 2. UBND Quận (1) + "Ủy ban nhân dân Quận, phường tiếp tục
 *       thông báo công khai ..." (2); 3. Ban Thường vụ Quận ủy, đoàn kiểm tra, Đảng ủy and UBND các phường (4);
 *       4. cơ quan đơn vị thuộc Quận, Đảng ủy, UBND, MTTQ, đoàn thể of the 14 phường (5; "Người đứng đầu đơn vị chịu
 *       trách nhiệm ..." is the same item, not a task); 5. UB MTTQ and đoàn thể CT-XH Quận (2).
 *     SENT_TO 7: Ban Thường vụ Quận ủy; TT HĐND; UBND Quận; phòng, ban, ngành; ĐU and UBND 14 phường; chi, đảng bộ.
 *     Organisations of 003: 18, all scoped to the document (area unknown).
 *   004 ASSIGNS 7: 1. the lead-in's cấp ủy, tổ chức đảng, chính quyền, MTTQ, tổ chức CT-XH (5); 2. Ban Chỉ đạo (1);
 *       3. UBND Quận (1).
 *     SENT_TO 14: Kính gửi 10 (TT HĐND; UBND; UB MTTQ; tổ chức CT-XH; ban xây dựng Đảng; Văn phòng Quận ủy; Trung
 *       tâm Chính trị; Đảng ủy and UBND 18 phường; TCCS đảng) + Nơi nhận 4 (TT Thành ủy, Văn phòng Thành ủy,
 *       TT Quận ủy, Ban Thường vụ Quận ủy).  Organisations new with 004: 8.
 *   => Organization 21 + 22 + 22 + 18 + 8 = 91, of which Issuer 9 and Unit 83 (all but the 8 that only issue);
 *      ASSIGNS 10 + 27 + 24 + 22 + 7 = 90; SENT_TO 14 + 5 + 5 + 7 + 14 = 45.
 * PART_OF: the owner a unit's name states ("Văn phòng Quận ủy", "Ban Tuyên giáo Quận ủy", "chi bộ trực thuộc Đảng
 *   ủy"), else the gazetteer's levels (src/ingest/vocabulary/hierarchy.ts), drawn when both ends are in the graph:
 *   Thanh Xuân 12 (UBND and Quận ủy to the city's; Trung tâm Y tế, 2 Phòng, Hội đồng Thi đua, UBND 11 phường to UBND
 *   quận; Văn phòng, Thường trực, Ban Thường vụ, ban xây dựng Đảng, Đảng ủy 11 phường to the Quận ủy);
 *   Hai Bà Trưng 12 (UBND and Quận ủy to the city's; Công an, UB MTTQ and UBND các phường to their quận bodies;
 *   Đảng ủy các phường, Ban Thường vụ, Thường trực, ban xây dựng Đảng, Văn phòng, Trung tâm Chính trị, TCCS đảng to
 *   the Quận ủy); Hà Nội 2 (Thường trực and Văn phòng Thành ủy); Hòa Minh 8 (Đảng ủy to Quận ủy Liên Chiểu; Trạm y
 *   tế to UBND; chi bộ, Ban Thường vụ, BCH, Ban Tuyên giáo và Dân vận, Ủy ban Kiểm tra, cấp ủy chi bộ to the Đảng ủy);
 *   seed 003's own Quận ủy (area unknown, so by name only) 5 (Ban Thường vụ, Ban Tuyên giáo, cấp ủy đảng trực thuộc,
 *   đoàn kiểm tra, chi/đảng bộ trực thuộc)  => 39.
 * Totals: nodes 15 + 91 + 4 = 110; edges 15 ISSUED_BY + 14 citations + 5 SIGNED_BY + 90 + 45 + 39 = 208.
 */
const graph = useGraph();
const { target, q, counts, edgeLines } = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));
const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'corpus/seeds');

let summary: IngestSummary;
beforeAll(async () => {
  await cleanDatabase(graph.driver);
  summary = await ingest(walkDocuments([SEEDS]), { target: target(), stages: await defaultStages() });
});

describe('the five seeds, ingested', () => {
  it('all go in', () => {
    expect(summary.failures.map((f) => f.error.toString())).toEqual([]);
    expect(summary.counts).toEqual({ ingested: 5, updated: 0, unchanged: 0, failed: 0 });
  });

  it('give 15 directives, 5 of them ingested', async () => {
    const rows = await q<{ number: string | null; status: string }>(`MATCH (d:Directive) RETURN d.number AS number, d.status AS status ORDER BY number`);
    expect(rows).toEqual([
      { number: '01-TB/QU', status: 'ingested' },
      { number: '100-CV/ĐU', status: 'ingested' },
      { number: '17/CT-UBND', status: 'referenced' },
      { number: '177-CV/TU', status: 'referenced' },
      { number: '180-CV/QU', status: 'referenced' },
      { number: '308-TB/QU', status: 'ingested' },
      { number: '361/BC-UBND', status: 'referenced' },
      { number: '3642/QĐ-UBND', status: 'referenced' },
      { number: '420-TB/TU', status: 'referenced' },
      { number: '428-TB/TU', status: 'referenced' },
      { number: '500-CV/QU', status: 'referenced' },
      { number: '68/NQ-CP', status: 'referenced' },
      { number: '739-TB/TU', status: 'referenced' },
      { number: '924-CV/QU', status: 'ingested' },
      { number: null, status: 'ingested' },
    ]);
  });

  it('link the lineage the documents state', async () => {
    const implementsLines = await edgeLines('IMPLEMENTS');
    const seed003 = (await q<{ key: string }>(`MATCH (d:Directive {status: 'ingested'}) WHERE d.number IS NULL RETURN d.key AS key`))[0]!.key;
    for (const line of [
      '308-TB/QU -IMPLEMENTS-> 17/CT-UBND', '308-TB/QU -IMPLEMENTS-> 500-CV/QU', '500-CV/QU -IMPLEMENTS-> 177-CV/TU',
      '500-CV/QU -IMPLEMENTS-> 17/CT-UBND',
      '924-CV/QU -IMPLEMENTS-> 739-TB/TU', '100-CV/ĐU -IMPLEMENTS-> 180-CV/QU', `${seed003} -IMPLEMENTS-> 17/CT-UBND`,
    ]) expect(implementsLines).toContain(line);
    const all = [...implementsLines, ...await edgeLines('BASED_ON'), ...await edgeLines('CITES')].map((l) => l.replace(/ -[A-Z_]+-> /, ' -> ')).sort();
    expect(all).toEqual([
      '01-TB/QU -> 361/BC-UBND',
      '100-CV/ĐU -> 180-CV/QU',
      '308-TB/QU -> 17/CT-UBND', '308-TB/QU -> 177-CV/TU', '308-TB/QU -> 3642/QĐ-UBND', '308-TB/QU -> 420-TB/TU',
      '308-TB/QU -> 428-TB/TU', '308-TB/QU -> 500-CV/QU', '308-TB/QU -> 68/NQ-CP',
      // 500-CV/QU -> 177-CV/TU by its own title; -> 17/CT-UBND and -> 420-TB/TU by seed 001's
      // collective sentence ("Quận ủy, UBND Quận đã ... ban hành các văn bản triển khai thực hiện ...").
      '500-CV/QU -> 17/CT-UBND', '500-CV/QU -> 177-CV/TU', '500-CV/QU -> 420-TB/TU',
      '924-CV/QU -> 739-TB/TU',
      `${seed003} -> 17/CT-UBND`,
    ].sort());
    // 308-TB/QU carries out only 17/CT-UBND and 500-CV/QU; the documents it tells others to carry out,
    // or says others carried out, it cites (issue 9).
    const of308 = await q<{ type: string; number: string }>(`MATCH (:Directive {number: '308-TB/QU'})-[r]->(d:Directive)
      WHERE type(r) IN ['IMPLEMENTS', 'BASED_ON', 'CITES'] RETURN type(r) AS type, d.number AS number ORDER BY type, number`);
    expect(of308).toEqual([
      { type: 'CITES', number: '177-CV/TU' }, { type: 'CITES', number: '3642/QĐ-UBND' }, { type: 'CITES', number: '420-TB/TU' },
      { type: 'CITES', number: '428-TB/TU' }, { type: 'CITES', number: '68/NQ-CP' },
      { type: 'IMPLEMENTS', number: '17/CT-UBND' }, { type: 'IMPLEMENTS', number: '500-CV/QU' },
    ]);
    const nested = await q(`MATCH (:Directive {number: '500-CV/QU'})-[r:IMPLEMENTS]->(:Directive {number: '177-CV/TU'}) MATCH (s:Directive {key: r.statedIn}) RETURN s.number AS statedIn`);
    expect(nested).toEqual([{ statedIn: '308-TB/QU' }]);
  });

  it('keep 180-CV/QU with Quận ủy Liên Chiểu of Đà Nẵng, not with Hai Bà Trưng', async () => {
    const rows = await q(`MATCH (:Directive {number: '100-CV/ĐU'})-[:IMPLEMENTS]->(d:Directive)-[:ISSUED_BY]->(o)
      RETURN d.number AS number, o.name AS issuer, o.districtCode AS district, o.provinceCode AS province`);
    expect(rows).toEqual([{ number: '180-CV/QU', issuer: 'Quận ủy Liên Chiểu', district: '490', province: '48' }]);
  });

  it('put 308-TB/QU, 500-CV/QU and 924-CV/QU under one Quận ủy Hai Bà Trưng node', async () => {
    const rows = await q(`MATCH (d:Directive)-[:ISSUED_BY]->(o) WHERE d.number IN ['308-TB/QU', '500-CV/QU', '924-CV/QU']
      RETURN collect(DISTINCT o.key) AS keys, collect(DISTINCT o.name) AS names, collect(DISTINCT o.districtCode) AS districts, count(d) AS n`);
    expect(rows).toEqual([{ keys: [expect.any(String)], names: ['Quận ủy Hai Bà Trưng'], districts: ['007'], n: 3 }]);
  });

  it('give 100-CV/ĐU its ward-level tasks in Hòa Minh, and none outside', async () => {
    const rows = await q<{ name: string; level: string; ward: string | null; clause: string }>(`MATCH (:Directive {number: '100-CV/ĐU'})-[r:ASSIGNS]->(u)
      RETURN u.name AS name, u.level AS level, u.wardCode AS ward, r.clause AS clause ORDER BY clause, name`);
    const named = (re: RegExp, clause: string) => expect(rows).toContainEqual(expect.objectContaining({ name: expect.stringMatching(re), ward: '20200', clause }));
    named(/^UBND phường/, '2');
    named(/^Trạm y tế phường/i, '2');
    named(/^Công an phường/, '3');
    named(/^Ban Chỉ huy Quân sự phường/, '3');
    named(/^Ủy ban Kiểm tra Đảng ủy/, '5');
    // Everything it assigns is in Hòa Minh (20200): no unit of Hà Nội or of another ward.
    expect(rows.filter((r) => r.ward !== null && r.ward !== '20200')).toEqual([]);
    expect(await q(`MATCH (:Directive {number: '100-CV/ĐU'})-[:ASSIGNS]->(u) WHERE u.provinceCode IS NOT NULL AND u.provinceCode <> '48' RETURN u.name`)).toEqual([]);
  });

  it('have exactly the issuers, people and signatures read by hand', async () => {
    const c = await counts();
    expect(c.nodes.Directive).toBe(15);
    expect(c.nodes.Issuer).toBe(9);
    expect(c.nodes.Person).toBe(4);
    expect(c.edges.ISSUED_BY).toBe(15);
    expect(c.edges.SIGNED_BY).toBe(5);
    const people = await q(`MATCH (d:Directive)-[:SIGNED_BY]->(p:Person) RETURN p.name AS name, count(d) AS n ORDER BY name`);
    // Neo4j orders by code point: Đ (U+0110) after T.
    expect(people).toEqual([
      { name: 'Lê Đức Toàn', n: 1 }, { name: 'Nguyễn Sỹ Đoàn', n: 1 }, { name: 'Trịnh Xuân Cường', n: 2 }, { name: 'Đặng Công Chúng', n: 1 },
    ]);
  });

  it('have exactly the tasks and recipients read by hand, per document', async () => {
    const rows = await q<{ n: string | null; assigns: number; sentTo: number }>(`MATCH (d:Directive {status: 'ingested'})
      RETURN d.number AS n, COUNT { (d)-[:ASSIGNS]->() } AS assigns, COUNT { (d)-[:SENT_TO]->() } AS sentTo ORDER BY n`);
    expect(rows).toEqual([
      { n: '01-TB/QU', assigns: 10, sentTo: 14 },
      { n: '100-CV/ĐU', assigns: 24, sentTo: 5 },
      { n: '308-TB/QU', assigns: 27, sentTo: 5 },
      { n: '924-CV/QU', assigns: 7, sentTo: 14 },
      { n: null, assigns: 22, sentTo: 7 },
    ]);
  });

  it('have exactly the nodes and edges counted by hand', async () => {
    const c = await counts();
    // 91 named by the seeds + the 4 successors of seed 002's Đảng ủy and UBND phường Hòa Minh at the 2025
    // reform (of phường Hòa Khánh and phường Thanh Khê), which no document names: neither Issuer nor Unit.
    expect(c.nodes).toEqual({ Directive: 15, Organization: 95, Issuer: 9, Unit: 83, Person: 4 });
    expect(c.edges.SUCCEEDED_BY).toBe(4);
    expect((c.edges.IMPLEMENTS ?? 0) + (c.edges.BASED_ON ?? 0) + (c.edges.CITES ?? 0)).toBe(14);
    expect(c.edges.PART_OF).toBe(39);
    expect(c.edges.ASSIGNS).toBe(90);
    expect(c.edges.SENT_TO).toBe(45);
    expect([c.totalNodes, c.totalEdges]).toEqual([114, 212]);
  });

  it('a second ingest of the seeds changes nothing', async () => {
    const before = await counts();
    const again = await ingest(walkDocuments([SEEDS]), { target: target(), stages: await defaultStages() });
    expect(again.counts).toEqual({ ingested: 0, updated: 0, unchanged: 5, failed: 0 });
    expect(await counts()).toEqual(before);
    const forced = await ingest(walkDocuments([SEEDS]), { target: target(), stages: await defaultStages(), force: true });
    expect(forced.counts).toEqual({ ingested: 0, updated: 5, unchanged: 0, failed: 0 });
    expect(await counts()).toEqual(before);
  });

  it('report seed 003 as an issuer of unknown area, and no implementing document dated before its source', async () => {
    const report = await dataQuality(target());
    expect(report.datesInverted.items).toEqual([]);
    expect(report.issuersUnknownArea.items).toEqual([expect.objectContaining({ level: 'district', directives: [expect.stringMatching(/^doc:/)] })]);
  });

  it('the .docx and .pdf of seed 001 and the TCVN3 copy of seed 002 are the same documents: nothing new', async () => {
    const before = await counts();
    const files = ['tests/fixtures/files/001.docx', 'tests/fixtures/files/001.pdf', 'tests/fixtures/encodings/002.tcvn3.txt'].map((f) => join(ROOT, f));
    const documents: DocumentOutcome[] = [];
    const again = await ingest(files, { target: target(), stages: await defaultStages(), onDocument: (d) => documents.push(d) });
    expect(again.failures).toEqual([]);
    // The .pdf waits for a transaction of its own (the .docx gives the same document in the same batch): the later file wins.
    expect(documents.map((d) => [d.path.slice(ROOT.length + 1), d.outcome])).toEqual([
      ['tests/fixtures/files/001.docx', 'updated'], ['tests/fixtures/encodings/002.tcvn3.txt', 'updated'], ['tests/fixtures/files/001.pdf', 'updated'],
    ]);
    expect(await counts()).toEqual(before);
    const sources = await q(`MATCH (d:Directive) WHERE d.number IN ['308-TB/QU', '100-CV/ĐU'] RETURN d.number AS n, d.encoding AS encoding, d.sourcePath AS path ORDER BY n`);
    expect(sources).toEqual([
      { n: '100-CV/ĐU', encoding: 'tcvn3', path: files[2] },
      { n: '308-TB/QU', encoding: 'pdf', path: files[1] },
    ]);
  });
});
