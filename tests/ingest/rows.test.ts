import { describe, expect, it } from 'vitest';
import { documentRows } from '../../src/ingest/rows.js';
import { parseDocument } from '../../src/parse/index.js';
import type { DocumentRecord } from '../../src/model/record.js';
import { ORGS, asIssuer, citation, recipient, record, task, unit } from './factories.js';

/** Rows of one record, with citations resolved to their raw keys (identity is tested apart). */
const rowsOf = (r: DocumentRecord) => documentRows(r, { key: r.key, resolvedBy: null }, (raw) => ({ key: raw, resolvedBy: null }));
const lines = (rows: ReturnType<typeof rowsOf>) =>
  (['IMPLEMENTS', 'BASED_ON', 'CITES'] as const).flatMap((t) => rows.citations[t].map((e) => `${e.from} -${t}-> ${e.to} (${e.props.mentions})`));

const QU = 'org:quan-uy@d007';

describe('citations', () => {
  it('a nested citation hangs from the document that cites it, stated by the citing record', () => {
    const r = record({ number: '308-TB/QU', issuer: asIssuer(ORGS.quanUyHBT()), citations: [
      citation({ number: '500-CV/QU', issuedOn: '2021-07-24', issuer: ORGS.quanUyHBT() }),
      citation({ number: '177-CV/TU', issuedOn: '2021-07-23', issuer: ORGS.thanhUyHanoi(), citedBy: '500-CV/QU' }),
    ] });
    const rows = rowsOf(r);
    expect(lines(rows)).toEqual([
      `doc:308-TB/QU|${QU} -IMPLEMENTS-> doc:500-CV/QU|${QU}|2021 (1)`,
      `doc:500-CV/QU|${QU}|2021 -IMPLEMENTS-> doc:177-CV/TU|org:thanh-uy@p01|2021 (1)`,
    ]);
    expect(rows.citations.IMPLEMENTS.every((e) => e.props.statedIn === r.key)).toBe(true);
    expect(rows.referenced.map((d) => [d.key, d.issuerKey, d.issuedOn])).toEqual([
      [`doc:500-CV/QU|${QU}|2021`, QU, '2021-07-24'],
      ['doc:177-CV/TU|org:thanh-uy@p01|2021', 'org:thanh-uy@p01', '2021-07-23'],
    ]);
    // The cited documents' issuers come with them.
    expect(rows.issuedBy.map((e) => `${e.from} -> ${e.to}`)).toEqual([
      `doc:308-TB/QU|${QU} -> ${QU}`, `doc:500-CV/QU|${QU}|2021 -> ${QU}`, 'doc:177-CV/TU|org:thanh-uy@p01|2021 -> org:thanh-uy@p01',
    ]);
  });

  it('keeps IMPLEMENTS and BASED_ON side by side, drops CITES under either, counts mentions', () => {
    const c = (number: string, relation: 'implements' | 'basis' | 'cites') => citation({ number, relation, issuedOn: '2021-01-01', issuer: ORGS.ubndHanoi(), docType: 'Quyết định' });
    const rows = rowsOf(record({ number: '1/KH-UBND', issuer: asIssuer(ORGS.ubndHBT()), citations: [
      c('9/QĐ-UBND', 'basis'), c('9/QĐ-UBND', 'implements'), c('9/QĐ-UBND', 'cites'), c('9/QĐ-UBND', 'implements'), c('8/QĐ-UBND', 'cites'), c('8/QĐ-UBND', 'cites'),
    ] }));
    expect(lines(rows)).toEqual([
      'doc:1/KH-UBND|org:ubnd@d007 -IMPLEMENTS-> doc:9/QDD-UBND|org:ubnd@p01|2021 (2)',
      'doc:1/KH-UBND|org:ubnd@d007 -BASED_ON-> doc:9/QDD-UBND|org:ubnd@p01|2021 (1)',
      'doc:1/KH-UBND|org:ubnd@d007 -CITES-> doc:8/QDD-UBND|org:ubnd@p01|2021 (2)',
    ]);
  });

  it('points the edge at the mention in its evidence sentence when a later mention decides the relation', () => {
    // The order is named first as the measure a report followed ("theo": cites), then as the one
    // the district carries out ("thực hiện": implements); the IMPLEMENTS edge must show the second.
    const text = `QUẬN ỦY ĐỐNG ĐA
Số 215-TB/QU

Hà Nội, ngày 12 tháng 8 năm 2021

THÔNG BÁO
Kết luận của Ban Thường vụ Quận ủy

Ngày 10/8/2021, Ban Thường vụ Quận ủy nghe UBND Quận báo cáo việc giãn cách xã hội theo Chỉ thị số 19/CT-UBND, ngày 05/8/2021 của UBND Thành phố Hà Nội.

Ban Thường vụ Quận ủy cơ bản thống nhất với báo cáo, nhất là việc triển khai tổ chức thực hiện Chỉ thị 19/CT-UBND, ngày 05/8/2021 của UBND Thành phố Hà Nội trên địa bàn quận.
`;
    const r = { ...parseDocument(text), text };
    const rows = documentRows(r, { key: r.key, resolvedBy: null }, (raw) => ({ key: raw, resolvedBy: null }));
    const edge = rows.citations.IMPLEMENTS.find((e) => e.to.startsWith('doc:19/CT-UBND'));
    expect(edge?.props.evidence).toContain('triển khai tổ chức thực hiện Chỉ thị 19/CT-UBND');
    const [start, end] = edge!.props.span!;
    expect(text.slice(start, end)).toContain('19/CT-UBND');
    expect(start).toBeGreaterThan(text.indexOf('cơ bản thống nhất'));
    expect(edge!.props.evidence).toContain(text.slice(start, end));
  });

  it('says why a citation could not be linked', () => {
    const rows = rowsOf(record({ number: '308-TB/QU', issuer: asIssuer(ORGS.quanUyHBT()), citations: [
      citation({ number: null, docType: 'Quy chế', evidence: 'Thực hiện “Quy chế làm việc của Ban Chấp hành Đảng bộ”' }),
      citation({ number: '177-CV/TU', issuer: ORGS.thanhUyHanoi(), citedBy: '999-CV/QU' }),
      citation({ number: '308-TB/QU', issuer: ORGS.quanUyHBT(), relation: 'cites' }),
    ] }));
    expect(rows.notes.map((n) => n.code)).toEqual(['CITATION_UNNUMBERED', 'NESTED_CITATION_ORPHAN', 'CITATION_SELF']);
    expect(lines(rows)).toEqual([]);
    expect(rows.referenced).toEqual([]);
  });
});

describe('organisations, tasks, recipients, signer', () => {
  it('names the issuer node by its body and the edge by who signs', () => {
    const rows = rowsOf(record({ number: '924-CV/QU', issuer: asIssuer(ORGS.quanUyHBT(), 'Thường trực Quận ủy Hai Bà Trưng') }));
    expect(rows.organizations).toEqual([expect.objectContaining({ key: QU, name: 'Quận ủy Hai Bà Trưng', issuer: true, unit: false, parentKey: 'org:thanh-uy@p01' })]);
    expect(rows.issuedBy[0]!.props.name).toBe('Thường trực Quận ủy Hai Bà Trưng');
    expect(rows.directive).toMatchObject({ issuerKey: QU, level: 'district', series: `doc:924-CV/QU|${QU}`, numberKey: '924-CV/QU' });
  });

  it('gives one ASSIGNS per unit of a task, under one taskId, and one SENT_TO per unit and list', () => {
    const r = record({
      number: '100-CV/ĐU', issuer: asIssuer(ORGS.dangUyHoaMinh()), issuedOn: '2021-07-19',
      assignments: [task('t3', '3', [unit(ORGS.congAnHoaMinh(), 'assigned'), unit(ORGS.ubndHoaMinh(), 'assigned'), unit(ORGS.congAnHoaMinh(), 'assigned')], 'Đề nghị Công an phường ...')],
      recipients: [recipient(ORGS.ubndHoaMinh(), 'kinhGui'), recipient(ORGS.ubndHoaMinh(), 'kinhGui'), recipient(ORGS.ubndHoaMinh(), 'noiNhan', 't/hiện')],
      signer: { name: 'Đặng Công Chúng', capacity: null, position: null, span: [2000, 2015] },
    });
    const rows = rowsOf(r);
    expect(rows.assigns.map((a) => [a.to, a.props.taskId, a.props.clause])).toEqual([
      ['org:cong-an@w20200', `${r.key}#t3`, '3'],
      ['org:ubnd@w20200', `${r.key}#t3`, '3'],
    ]);
    expect(rows.sentTo.map((s) => [s.to, s.props.list, s.props.purpose])).toEqual([
      ['org:ubnd@w20200', 'kinhGui', null],
      ['org:ubnd@w20200', 'noiNhan', 't/hiện'],
    ]);
    expect(rows.organizations.map((o) => [o.key, o.issuer, o.unit])).toEqual([
      ['org:dang-uy@w20200', true, false], ['org:cong-an@w20200', false, true], ['org:ubnd@w20200', false, true],
    ]);
    expect(rows.persons).toEqual([{ key: 'person:dang-cong-chung', name: 'Đặng Công Chúng' }]);
  });
});
