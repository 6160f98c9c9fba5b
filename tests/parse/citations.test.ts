import { describe, expect, it } from 'vitest';
import { districtDoc, parse } from './docs.js';

/** Citations in a Hai Bà Trưng district document: relation, issuer in context, nesting, repeats. */
interface Row {
  number: string;
  relation: string;
  issuer: string | null;
  issuedOn: string | null;
  citedBy: string | null;
  mentions: number;
}

const cites = (body: string) => parse(districtDoc(body)).citations.map((c): Row => ({
  number: c.number ?? c.name!, relation: c.relation, issuer: c.issuer?.name ?? null, issuedOn: c.issuedOn, citedBy: c.citedBy, mentions: c.spans.length,
}));

const row = (number: string, relation: string, issuer: string | null, issuedOn: string | null, extra: Partial<Row> = {}): Row =>
  ({ number, relation, issuer, issuedOn, citedBy: null, mentions: 1, ...extra });

describe('citations', () => {
  it.each<[string, Row[]]>([
    // "Thực hiện" carries out; "UBND Thành phố" is the document's city
    ['Thực hiện Chỉ thị số 17/CT-UBND ngày 23/7/2021 của UBND Thành phố về thực hiện giãn cách xã hội.',
      [row('17/CT-UBND', 'implements', 'UBND Thành phố Hà Nội', '2021-07-23')]],
    // "Căn cứ" is a legal ground; a legal text's year is in its number
    ['Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;',
      [row('30/2020/NĐ-CP', 'basis', 'Chính phủ', '2020-03-05')]],
    // "theo" a report only cites it
    ['Ban Thường vụ thống nhất các nhiệm vụ theo Báo cáo số 361/BC-UBND ngày 12/8/2020 của UBND quận.',
      [row('361/BC-UBND', 'cites', 'UBND quận Hai Bà Trưng', '2020-08-12')]],
    // "theo" an order carries it out
    ['Thực hiện nghiêm giãn cách xã hội theo Chỉ thị 17/CT-UBND của UBND Thành phố.',
      [row('17/CT-UBND', 'implements', 'UBND Thành phố Hà Nội', null)]],
    // a follow-up refers without carrying out
    ['Tiếp theo Công văn số 500-CV/QU ngày 24/7/2021 của Quận ủy, Quận ủy đề nghị các đơn vị báo cáo.',
      [row('500-CV/QU', 'cites', 'Quận ủy Hai Bà Trưng', '2021-07-24')]],
    // a citation in another's quoted title is carried out by that one; the citing document refers to it (labels38)
    ['Thực hiện Công văn số 12-CV/TU ngày 01/8/2021 của Thành ủy “thực hiện Kết luận số 5-KL/TW ngày 02/7/2021 của Bộ Chính trị”.', [
      row('12-CV/TU', 'implements', 'Thành ủy Hà Nội', '2021-08-01'),
      row('5-KL/TW', 'cites', 'Bộ Chính trị', '2021-07-02'),
      row('5-KL/TW', 'implements', 'Bộ Chính trị', '2021-07-02', { citedBy: '12-CV/TU' }),
    ]],
    // ... and in an unquoted subject that carries it out
    ['Triển khai Kế hoạch số 45/KH-UBND ngày 02/8/2021 của UBND quận về thực hiện Chỉ thị số 17/CT-UBND ngày 23/7/2021 của UBND Thành phố.', [
      row('45/KH-UBND', 'implements', 'UBND quận Hai Bà Trưng', '2021-08-02'),
      row('17/CT-UBND', 'cites', 'UBND Thành phố Hà Nội', '2021-07-23'),
      row('17/CT-UBND', 'implements', 'UBND Thành phố Hà Nội', '2021-07-23', { citedBy: '45/KH-UBND' }),
    ]],
    // a short form after the full first mention is the same document
    ['Thực hiện Chỉ thị số 17/CT-UBND ngày 23/7/2021 của UBND Thành phố. Các đơn vị triển khai Chỉ thị 17 nghiêm túc.',
      [row('17/CT-UBND', 'implements', 'UBND Thành phố Hà Nội', '2021-07-23', { mentions: 2 })]],
    // a back-reference, and the document itself ("Kế hoạch này") is none
    ['Thực hiện Kế hoạch số 45/KH-UBND ngày 02/8/2021 của UBND quận. Các đơn vị thực hiện nghiêm Kế hoạch nói trên và Kế hoạch này.',
      [row('45/KH-UBND', 'implements', 'UBND quận Hai Bà Trưng', '2021-08-02', { mentions: 2 })]],
    // one trigger and one issuer for a list
    ['Quận ủy đã triển khai thực hiện Thông báo số 1-TB/TU ngày 01/7/2021, Công văn số 2-CV/TU ngày 02/7/2021 của Ban Thường vụ Thành ủy.', [
      row('1-TB/TU', 'implements', 'Ban Thường vụ Thành ủy Hà Nội', '2021-07-01'),
      row('2-CV/TU', 'implements', 'Ban Thường vụ Thành ủy Hà Nội', '2021-07-02'),
    ]],
    // no issuer written: the symbol read in context (TU in a Hà Nội document)
    ['Thực hiện Công văn số 180-CV/TU ngày 16/7/2021.', [row('180-CV/TU', 'implements', 'Thành ủy Hà Nội', '2021-07-16')]],
    // the same number from two issuers is two documents
    ['Thực hiện Công văn số 7-CV/QU ngày 01/7/2021 của Quận ủy Hoàn Kiếm và Công văn số 7-CV/QU ngày 01/7/2021 của Quận ủy.', [
      row('7-CV/QU', 'implements', 'Quận ủy Hoàn Kiếm', '2021-07-01'),
      row('7-CV/QU', 'implements', 'Quận ủy Hai Bà Trưng', '2021-07-01'),
    ]],
    // the quoted "Quy chế" has no number: a citation of kind named, carried out after "Thực hiện" (design.md)
    ['Thực hiện “Quy chế làm việc của Ban Chấp hành Đảng bộ”, ngày 28/7/2021, Ban Thường vụ đã họp.',
      [row('Quy chế làm việc của Ban Chấp hành Đảng bộ', 'implements', null, null)]],
  ])('%s', (body, expected) => {
    expect(cites(body)).toEqual(expected);
  });

  it('keys a citation as an ingested document would be keyed', () => {
    const [c] = parse(districtDoc('Thực hiện Chỉ thị số 17/CT-UBND ngày 23/7/2021 của UBND Thành phố.')).citations;
    expect(c!.key).toBe('doc:17/CT-UBND|org:ubnd@p01|2021');
    expect(c!.rule).toBe('trigger:thực hiện');
    expect(c!.evidence).toBe('Thực hiện Chỉ thị số 17/CT-UBND ngày 23/7/2021 của UBND Thành phố.');
  });

  it('warns about an issuer it cannot know and a date it cannot read', () => {
    const r = parse(districtDoc('Thực hiện Quyết định số 99/QĐ-UBND ngày 31/2/2021 về việc thành lập tổ công tác.'));
    expect(r.citations[0]).toMatchObject({ number: '99/QĐ-UBND', issuer: null, issuedOn: null });
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['CITATION_ISSUER_UNKNOWN', 'DATE_UNREADABLE']));
  });
});
