import { beforeEach, describe, expect, it } from 'vitest';
import { dataQuality } from '../../src/graph/read/quality.js';
import type { OrganizationRow } from '../../src/graph/write/rows.js';
import { mergeOrganizations } from '../../src/graph/write/nodes.js';
import { ingestRecords } from '../../src/ingest/pipeline.js';
import { RESOLVED_BY } from '../../src/ingest/resolve.js';
import { cleanDatabase, useGraph } from '../helpers/graph.js';
import { graphTools } from '../ingest/graph-helpers.js';
import { ORGS, asIssuer, citation, org, recipient, record, task, unit } from '../ingest/factories.js';

/**
 * The writer's identity and update rules on the real Neo4j, with hand-made records (no parser):
 * each test starts from an empty graph.
 */
const graph = useGraph();
const { target, q, counts, edgeLines } = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));
const write = (...records: Parameters<typeof record>[0][]) => ingestRecords(records.map(record), { target: target() });

beforeEach(async () => {
  await cleanDatabase(graph.driver);
});

/** 308-TB/QU as a writer test sees it: three implemented documents, one of them nested, one task. */
function notice308(extra: Partial<Parameters<typeof record>[0]> = {}) {
  return {
    number: '308-TB/QU',
    issuer: asIssuer(ORGS.quanUyHBT(), 'Ban Thường vụ Quận ủy Hai Bà Trưng'),
    docType: 'Thông báo kết luận' as const,
    title: 'Kết luận của Ban Thường vụ Quận ủy về công tác phòng, chống dịch Covid-19',
    path: '/virtual/308.txt',
    citations: [
      citation({ number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', issuer: ORGS.ubndHanoi() }),
      citation({ number: '500-CV/QU', issuedOn: '2021-07-24', issuer: ORGS.quanUyHBT() }),
      citation({ number: '177-CV/TU', issuedOn: '2021-07-23', issuer: ORGS.thanhUyHanoi(), citedBy: '500-CV/QU' }),
    ],
    assignments: [task('t1', '3', [unit(ORGS.ubndHBT(), 'lead'), unit(ORGS.phongYTeHBT(), 'support')], 'UBND Quận chỉ đạo tổ chức tiêm vắc xin')],
    recipients: [recipient(ORGS.ubndHBT())],
    signer: { name: 'Trịnh Xuân Cường', capacity: 'T/L BAN THƯỜNG VỤ', position: 'CHÁNH VĂN PHÒNG', span: [5000, 5016] as [number, number] },
    ...extra,
  };
}

describe('writing one document', () => {
  it('creates the directive, what it cites, its issuers, units, signer and hierarchy', async () => {
    const summary = await write(notice308());
    expect(summary.counts).toEqual({ ingested: 1, updated: 0, unchanged: 0, failed: 0 });
    // Directives: 308, 17, 500, 177. Organisations: Quận ủy HBT, UBND HN, Thành ủy HN, UBND HBT,
    // Phòng Y tế HBT. One person.
    const c = await counts();
    expect(c.nodes).toEqual({ Directive: 4, Organization: 5, Issuer: 3, Unit: 2, Person: 1 });
    // ISSUED_BY 4 (308 and 500 -> Quận ủy, 17 -> UBND HN, 177 -> Thành ủy), IMPLEMENTS 3, ASSIGNS 2,
    // SENT_TO 1, SIGNED_BY 1, PART_OF 3 (Phòng Y tế -> UBND quận -> UBND TP; Quận ủy -> Thành ủy).
    expect(c.edges).toEqual({ ISSUED_BY: 4, IMPLEMENTS: 3, ASSIGNS: 2, SENT_TO: 1, SIGNED_BY: 1, PART_OF: 3 });
    expect(summary.stats.nodesCreated).toBe(c.totalNodes);
    expect(summary.stats.relationshipsCreated).toBe(c.totalEdges);

    expect(await edgeLines('IMPLEMENTS')).toEqual(['308-TB/QU -IMPLEMENTS-> 17/CT-UBND', '308-TB/QU -IMPLEMENTS-> 500-CV/QU', '500-CV/QU -IMPLEMENTS-> 177-CV/TU']);
    const nested = await q<{ statedIn: string }>(`MATCH (:Directive {number: '500-CV/QU'})-[r:IMPLEMENTS]->() RETURN r.statedIn AS statedIn`);
    expect(nested).toEqual([{ statedIn: 'doc:308-TB/QU|org:quan-uy@d007' }]);
    const statuses = await q<{ n: string; s: string }>(`MATCH (d:Directive) RETURN d.number AS n, d.status AS s ORDER BY n`);
    expect(statuses).toEqual([
      { n: '17/CT-UBND', s: 'referenced' }, { n: '177-CV/TU', s: 'referenced' }, { n: '308-TB/QU', s: 'ingested' }, { n: '500-CV/QU', s: 'referenced' },
    ]);
    const issued = await q(`MATCH (:Directive {number: '308-TB/QU'})-[r:ISSUED_BY]->(o) RETURN o.key AS key, o.name AS name, r.name AS signsAs`);
    expect(issued).toEqual([{ key: 'org:quan-uy@d007', name: 'Quận ủy Hai Bà Trưng', signsAs: 'Ban Thường vụ Quận ủy Hai Bà Trưng' }]);
    const parts = await edgeLines('PART_OF');
    expect(parts).toEqual(['org:phong-y-te@d007 -PART_OF-> org:ubnd@d007', 'org:quan-uy@d007 -PART_OF-> org:thanh-uy@p01', 'org:ubnd@d007 -PART_OF-> org:ubnd@p01']);
    const task1 = await q(`MATCH (:Directive {number: '308-TB/QU'})-[r:ASSIGNS]->(u) RETURN u.key AS unit, r.role AS role, r.taskId AS taskId, r.clause AS clause, r.span AS span ORDER BY unit`);
    expect(task1).toEqual([
      { unit: 'org:phong-y-te@d007', role: 'support', taskId: 'doc:308-TB/QU|org:quan-uy@d007#t1', clause: '3', span: [100, 138] },
      { unit: 'org:ubnd@d007', role: 'lead', taskId: 'doc:308-TB/QU|org:quan-uy@d007#t1', clause: '3', span: [100, 138] },
    ]);
  });

  it('states a link once per document, however often it is mentioned, and drops CITES under IMPLEMENTS', async () => {
    const cite17 = (relation: 'implements' | 'cites', confidence: number, evidence: string) =>
      citation({ number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', issuer: ORGS.ubndHanoi(), relation, confidence, evidence });
    await write(notice308({
      citations: [cite17('cites', 0.6, 'theo Chỉ thị số 17'), cite17('implements', 0.7, 'triển khai Chỉ thị 17'), cite17('implements', 0.95, 'Thực hiện Chỉ thị số 17'), cite17('cites', 0.6, 'theo Chỉ thị 17 của UBND Thành phố')],
    }));
    const rows = await q(`MATCH (:Directive {number: '308-TB/QU'})-[r]->(:Directive {number: '17/CT-UBND'}) RETURN type(r) AS type, r.mentions AS mentions, r.evidence AS evidence`);
    expect(rows).toEqual([{ type: 'IMPLEMENTS', mentions: 2, evidence: 'Thực hiện Chỉ thị số 17' }]);
  });
});

describe('idempotence and updates', () => {
  it('writing the same record twice changes no count', async () => {
    await write(notice308());
    const first = await counts();
    const again = await write(notice308());
    expect(again.counts.updated).toBe(1);
    expect(await counts()).toEqual(first);
  });

  it('an organisation named again as its node holds it is not written; a row that adds a label or a value is', async () => {
    const row: OrganizationRow = {
      key: 'org:ubnd@p01', name: 'UBND Thành phố Hà Nội', nameKey: 'ubnd-thanh-pho-ha-noi', kind: 'ubnd', level: 'province',
      area: 'Thành phố Hà Nội', provinceCode: '01', districtCode: null, wardCode: null, collective: false, resolvedBy: null,
      parentKey: null, parentRule: null, issuer: true, unit: false,
    };
    const written = async (rows: OrganizationRow[]) => {
      const { cypher, params } = mergeOrganizations(rows);
      const r = await graph.driver.executeQuery(cypher, params, { database: graph.target.NEO4J_DATABASE });
      return { keys: r.records.map((x) => x.get('key') as string), set: r.summary.counters.updates().propertiesSet };
    };
    expect((await written([row])).keys).toEqual([row.key]);
    expect(await written([row])).toEqual({ keys: [], set: 0 });
    expect((await written([{ ...row, unit: true }])).keys).toEqual([row.key]);
    expect(await written([{ ...row, unit: true }])).toEqual({ keys: [], set: 0 });
    // a value the node lacks is taken; one it holds is kept (the merge rule, not the last row, decides)
    expect((await written([{ ...row, unit: true, districtCode: '001', level: 'district' }])).keys).toEqual([row.key]);
    const nodes = await q<{ d: string; level: string; labels: string[] }>("MATCH (o:Organization {key: 'org:ubnd@p01'}) RETURN o.districtCode AS d, o.level AS level, labels(o) AS labels");
    expect(nodes.map((n) => ({ ...n, labels: [...n.labels].sort() }))).toEqual([{ d: '001', level: 'province', labels: ['Issuer', 'Organization', 'Unit'] }]);
  });

  it('a changed document loses its old statements, keeps incoming edges, and leaves no orphan', async () => {
    // 924-CV/QU implements 308-TB/QU: an incoming edge that must survive 308's update.
    const doc924 = {
      number: '924-CV/QU', issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2022-04-25', path: '/virtual/924.txt',
      citations: [citation({ number: '308-TB/QU', docType: 'Thông báo kết luận', issuer: ORGS.quanUyHBT() })],
    };
    await write(notice308(), doc924);
    // The new 308 implements only 17/CT-UBND and assigns nothing: 500, 177 and Thành ủy HN, Phòng Y tế
    // were there only because the old version named them.
    await write(notice308({
      sha256: 'sha-308-v2',
      citations: [citation({ number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', issuer: ORGS.ubndHanoi() })],
      assignments: [],
    }));
    expect(await edgeLines('IMPLEMENTS')).toEqual(['308-TB/QU -IMPLEMENTS-> 17/CT-UBND', '924-CV/QU -IMPLEMENTS-> 308-TB/QU']);
    expect(await edgeLines('ASSIGNS')).toEqual([]);
    const c = await counts();
    // Directives 308, 924, 17; organisations Quận ủy HBT, UBND HN, UBND HBT (still a recipient).
    expect(c.nodes).toEqual({ Directive: 3, Organization: 3, Issuer: 2, Unit: 1, Person: 1 });
    // ISSUED_BY 3, IMPLEMENTS 2, SENT_TO 1, SIGNED_BY 1, PART_OF 1 (UBND quận -> UBND TP).
    expect(c.edges).toEqual({ ISSUED_BY: 3, IMPLEMENTS: 2, SENT_TO: 1, SIGNED_BY: 1, PART_OF: 1 });
    const sha = await q(`MATCH (d:Directive {number: '308-TB/QU'}) RETURN d.sourceSha256 AS sha, d.status AS status`);
    expect(sha).toEqual([{ sha: 'sha-308-v2', status: 'ingested' }]);
  });

  it('the graph after an update equals the graph built from the new versions alone', async () => {
    const v2 = notice308({ sha256: 'sha-308-v2', citations: [citation({ number: '420-TB/TU', docType: 'Thông báo kết luận', issuedOn: '2021-07-23', issuer: ORGS.thanhUyHanoi() })] });
    await write(notice308());
    await write(v2);
    const updated = await counts();
    const lines = [...await edgeLines('IMPLEMENTS'), ...await edgeLines('ISSUED_BY')];
    await cleanDatabase(graph.driver);
    await write(v2);
    expect(await counts()).toEqual(updated);
    expect([...await edgeLines('IMPLEMENTS'), ...await edgeLines('ISSUED_BY')]).toEqual(lines);
  });

  it('a file that now yields another document withdraws the old one', async () => {
    await write({ number: '12-CV/QU', issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2021-08-01', path: '/virtual/f.txt', citations: [citation({ number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', issuer: ORGS.ubndHanoi() })] });
    const s = await write({ number: '13-CV/QU', issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2021-08-01', path: '/virtual/f.txt', sha256: 'sha-fixed', citations: [citation({ number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', issuer: ORGS.ubndHanoi() })] });
    expect(s.counts.updated).toBe(1);
    const nodes = await q(`MATCH (d:Directive) RETURN d.number AS n, d.status AS s ORDER BY n`);
    expect(nodes).toEqual([{ n: '13-CV/QU', s: 'ingested' }, { n: '17/CT-UBND', s: 'referenced' }]);
  });
});

describe('identity', () => {
  it('a cited document ingested later is the same node, now ingested, with its incoming edges', async () => {
    await write(notice308());
    await write({
      number: '500-CV/QU', issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2021-07-24', path: '/virtual/500.txt',
      citations: [citation({ number: '177-CV/TU', issuedOn: '2021-07-23', issuer: ORGS.thanhUyHanoi() })],
    });
    const rows = await q(`MATCH (d:Directive {number: '500-CV/QU'}) RETURN d.key AS key, d.status AS status, d.sourcePath AS path`);
    expect(rows).toEqual([{ key: 'doc:500-CV/QU|org:quan-uy@d007|2021', status: 'ingested', path: '/virtual/500.txt' }]);
    // 308 -> 500 kept; 500 -> 177 now stated twice: by 308 (nested) and by 500 itself.
    const incoming = await q(`MATCH (a)-[r:IMPLEMENTS]->(:Directive {number: '500-CV/QU'}) RETURN a.number AS a, r.statedIn AS statedIn`);
    expect(incoming).toEqual([{ a: '308-TB/QU', statedIn: 'doc:308-TB/QU|org:quan-uy@d007' }]);
    const out = await q(`MATCH (:Directive {number: '500-CV/QU'})-[r:IMPLEMENTS]->(b) RETURN b.number AS b, r.statedIn AS statedIn ORDER BY statedIn`);
    expect(out).toEqual([
      { b: '177-CV/TU', statedIn: 'doc:308-TB/QU|org:quan-uy@d007' },
      { b: '177-CV/TU', statedIn: 'doc:500-CV/QU|org:quan-uy@d007|2021' },
    ]);
    expect((await counts()).nodes.Directive).toBe(4);
  });

  it('documents with the same number from different issuers stay two nodes', async () => {
    await write(
      { number: '180-CV/QU', issuer: asIssuer(ORGS.quanUyLienChieu()), issuedOn: '2021-07-16', path: '/virtual/180-lc.txt' },
      { number: '180-CV/QU', issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2021-07-16', path: '/virtual/180-hbt.txt' },
    );
    const rows = await q(`MATCH (d:Directive {number: '180-CV/QU'})-[:ISSUED_BY]->(o) RETURN o.name AS issuer ORDER BY issuer`);
    expect(rows).toEqual([{ issuer: 'Quận ủy Hai Bà Trưng' }, { issuer: 'Quận ủy Liên Chiểu' }]);
  });

  it('a citation without date goes to the one dated document of that number and issuer, recorded', async () => {
    await write({ number: '17/CT-UBND', docType: 'Chỉ thị', issuer: asIssuer(ORGS.ubndHanoi()), issuedOn: '2021-07-23', path: '/virtual/17.txt' });
    await write({ number: '55-KH/QU', issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2021-08-02', citations: [citation({ number: '17/CT-UBND', docType: 'Chỉ thị', issuer: ORGS.ubndHanoi() })] });
    const rows = await q(`MATCH (:Directive {number: '55-KH/QU'})-[r:IMPLEMENTS]->(d) RETURN d.key AS key, r.resolvedBy AS resolvedBy`);
    expect(rows).toEqual([{ key: 'doc:17/CT-UBND|org:ubnd@p01|2021', resolvedBy: RESOLVED_BY.citationWithoutDate }]);
    expect((await counts()).nodes.Directive).toBe(2);
  });

  it('a node cited without date takes the full key when the dated document arrives', async () => {
    await write({ number: '55-KH/QU', issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2021-08-02', citations: [citation({ number: '17/CT-UBND', docType: 'Chỉ thị', issuer: ORGS.ubndHanoi() })] });
    expect(await q(`MATCH (d:Directive {number: '17/CT-UBND'}) RETURN d.key AS key`)).toEqual([{ key: 'doc:17/CT-UBND|org:ubnd@p01' }]);
    await write({ number: '17/CT-UBND', docType: 'Chỉ thị', issuer: asIssuer(ORGS.ubndHanoi()), issuedOn: '2021-07-23', path: '/virtual/17.txt' });
    // The edge says what it would have said had the dated document come first; the node says nothing.
    const rows = await q(`MATCH (a)-[r:IMPLEMENTS]->(d:Directive {number: '17/CT-UBND'}) RETURN a.number AS a, r.resolvedBy AS edge, d.key AS key, d.status AS status, d.resolvedBy AS resolvedBy`);
    expect(rows).toEqual([{ a: '55-KH/QU', edge: RESOLVED_BY.citationWithoutDate, key: 'doc:17/CT-UBND|org:ubnd@p01|2021', status: 'ingested', resolvedBy: null }]);
    expect((await counts()).nodes.Directive).toBe(2);
  });

  it('a citation without date is not guessed when two dated documents share number and issuer, neither of the citer\'s year', async () => {
    await write(
      { number: '01-TB/QU', docType: 'Thông báo', issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2020-08-14', path: '/virtual/01-2020.txt' },
      { number: '01-TB/QU', docType: 'Thông báo', issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2025-10-02', path: '/virtual/01-2025.txt' },
    );
    // Of the citer's own year (2025) it would mean the 2025 one: tests/integration/ingest-recurring-number.test.ts.
    await write({ number: '77-CV/ĐU', issuer: asIssuer(ORGS.dangUyHoaMinh()), issuedOn: '2023-10-10', citations: [citation({ number: '01-TB/QU', docType: 'Thông báo', issuer: ORGS.quanUyHBT() })] });
    const rows = await q(`MATCH (:Directive {number: '77-CV/ĐU'})-[:IMPLEMENTS]->(d) RETURN d.key AS key, d.status AS status`);
    expect(rows).toEqual([{ key: 'doc:01-TB/QU|org:quan-uy@d007', status: 'referenced' }]);
    const report = await dataQuality(target());
    expect(report.citationTargets.items).toEqual([expect.objectContaining({
      reason: 'ambiguous', target: { key: 'doc:01-TB/QU|org:quan-uy@d007', number: '01-TB/QU' },
      candidates: expect.arrayContaining(['doc:01-TB/QU|org:quan-uy@d007|2020', 'doc:01-TB/QU|org:quan-uy@d007|2025']),
    })]);
  });

  it('a unit and its parent are linked whichever comes first', async () => {
    await write({ number: '100-CV/ĐU', issuer: asIssuer(ORGS.dangUyHoaMinh()), issuedOn: '2021-07-19', assignments: [task('t1', '2', [unit(ORGS.ubndHoaMinh())], 'UBND phường chỉ đạo')] });
    expect(await edgeLines('PART_OF')).toEqual([]);
    await write({ number: '180-CV/QU', issuer: asIssuer(ORGS.quanUyLienChieu()), issuedOn: '2021-07-16', assignments: [task('t1', '1', [unit(ORGS.ubndLienChieu())], 'UBND quận chỉ đạo')] });
    expect(await edgeLines('PART_OF')).toEqual([
      'org:dang-uy@w20200 -PART_OF-> org:quan-uy@d490',
      'org:ubnd@w20200 -PART_OF-> org:ubnd@d490',
    ]);
  });
});

describe('failures and the report', () => {
  it('a record Neo4j refuses fails alone; the rest of its batch is written', async () => {
    const huge = 'X'.repeat(40_000);
    const summary = await ingestRecords([
      record({ number: '1-CV/QU', issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2021-01-01', path: '/virtual/1.txt' }),
      record({ number: `2-${huge}/QU`, issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2021-01-01', path: '/virtual/bad.txt', unchecked: true }),
      record({ number: '3-CV/QU', issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2021-01-01', path: '/virtual/3.txt' }),
    ], { target: target(), batchSize: 10 });
    expect(summary.counts).toEqual({ ingested: 2, updated: 0, unchanged: 0, failed: 1 });
    expect(summary.failures.map((f) => [f.path, f.error.code])).toEqual([['/virtual/bad.txt', 'DG_DB_QUERY_FAILED']]);
    expect(summary.failures[0]!.error.toString()).toMatch(/^\/virtual\/bad\.txt: Neo4j failed while writing/);
    expect(await q(`MATCH (d:Directive) RETURN d.number AS n ORDER BY n`)).toEqual([{ n: '1-CV/QU' }, { n: '3-CV/QU' }]);
  });

  it('reports unknown citation issuers, inverted dates and issuers of unknown area', async () => {
    const unknownArea = org({ kind: 'quận ủy', name: 'Thường trực Quận ủy', area: null, level: 'district', scope: 'seed-003' });
    await write(
      { number: '9-CV/QU', issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2021-07-01', path: '/virtual/9.txt', citations: [
        citation({ number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', issuer: ORGS.ubndHanoi() }),
        citation({ number: '428-TB/TU', docType: 'Thông báo', issuedOn: '2021-07-27', relation: 'cites' }),
      ] },
      { number: null, fallbackKey: 'seed-003', docType: 'Thông báo kết luận', issuer: asIssuer(unknownArea), path: '/virtual/003.txt' },
    );
    const report = await dataQuality(target());
    expect(report.citationTargets.items).toEqual([{
      reason: 'issuer-unknown', citing: { key: 'doc:9-CV/QU|org:quan-uy@d007|2021', number: '9-CV/QU' },
      target: { key: 'doc:428-TB/TU|org:?|2021', number: '428-TB/TU' }, relation: 'CITES', evidence: 'Thực hiện Thông báo số 428-TB/TU', candidates: [],
    }]);
    expect(report.datesInverted.items).toEqual([{
      implementing: { key: 'doc:9-CV/QU|org:quan-uy@d007|2021', number: '9-CV/QU', date: '2021-07-01' },
      implemented: { key: 'doc:17/CT-UBND|org:ubnd@p01|2021', number: '17/CT-UBND', date: '2021-07-23' },
      evidence: 'Thực hiện Chỉ thị số 17/CT-UBND', statedIn: 'doc:9-CV/QU|org:quan-uy@d007|2021',
    }]);
    expect(report.issuersUnknownArea.items).toEqual([{ key: 'org:quan-uy@?seed-003', name: 'Thường trực Quận ủy', level: 'district', directives: ['doc:seed-003'] }]);
    expect(report.citationTargets.truncated).toBe(false);
  });

  it('full-text search over titles ignores diacritics', async () => {
    await write(notice308());
    const titles = await q(`CALL db.index.fulltext.queryNodes('directive_search', $s) YIELD node RETURN node.number AS n`, { s: 'phong chong dich' });
    expect(titles).toEqual([{ n: '308-TB/QU' }]);
  });
});
