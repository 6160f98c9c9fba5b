import { describe, expect, it } from 'vitest';
import { districtDoc, parse, provinceDoc } from './docs.js';

/**
 * Citations read in their clause (issue 9): the heading of a list, a task for others, the issuer
 * written before the number, names with commas, documents named without a number, repeats, and
 * what is no citation. Every body below was written for this test; each expected value is read
 * from it by hand.
 */
type Row = [number: string, relation: string, issuer: string | null];
const rows = (doc: string): Row[] => parse(doc).citations.filter((c) => c.citedBy === null)
  .map((c): Row => [c.number ?? `named:${c.name!}`, c.relation, c.issuer?.name ?? null]);

describe('citations in their clause', () => {
  it('makes every item under a "Căn cứ:" heading a basis, numbered or not, whatever the title says', () => {
    const numbered = provinceDoc(`Căn cứ:
1. Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;
2. Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ quy định chi tiết một số điều;
3. Quyết định số 1012/QĐ-UBND ngày 22/4/2022 của UBND tỉnh phê duyệt phương án ứng phó.

Ủy ban nhân dân tỉnh chỉ thị như sau:`);
    expect(rows(numbered)).toEqual([
      ['66/2021/NĐ-CP', 'basis', 'Chính phủ'],
      ['1012/QĐ-UBND', 'basis', 'UBND tỉnh Quảng Ninh'],
      ['named:Luật Phòng, chống thiên tai', 'basis', null],
    ]);
    const unnumbered = provinceDoc(`Căn cứ
- Thông tư số 05/2023/TT-BYT ngày 10/3/2023 của Bộ Y tế hướng dẫn giám sát dịch bệnh;
- Kế hoạch số 88/KH-UBND ngày 02/02/2023 của UBND tỉnh về tiêm chủng mở rộng.
Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện tốt các nội dung sau:`);
    expect(rows(unnumbered)).toEqual([
      ['05/2023/TT-BYT', 'basis', 'Bộ Y tế'],
      ['88/KH-UBND', 'basis', 'UBND tỉnh Quảng Ninh'],
    ]);
  });

  it('makes every item of a "Thực hiện:" list implemented, not only the first', () => {
    expect(rows(districtDoc(`Thực hiện:
- Chỉ thị số 19-CT/TW ngày 18/6/2022 của Ban Bí thư về phòng cháy, chữa cháy;
- Kế hoạch số 112-KH/TU ngày 10/01/2023 của Ban Thường vụ Thành ủy về an toàn khu dân cư;
- Ý kiến chỉ đạo của Thường trực Thành ủy tại Công văn số 2345-CV/TU ngày 05/8/2024,
Ban Thường vụ Quận ủy yêu cầu các chi bộ thực hiện tốt các nội dung sau:`))).toEqual([
      ['19-CT/TW', 'implements', 'Ban Bí thư'],
      ['112-KH/TU', 'implements', 'Ban Thường vụ Thành ủy Hà Nội'],
      ['2345-CV/TU', 'implements', 'Thường trực Thành ủy Hà Nội'],
    ]);
  });

  it('shares a trigger with the next item of a semicolon list that names no trigger of its own', () => {
    expect(rows(provinceDoc('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ quy định công tác văn thư; Thông tư số 01/2019/TT-BNV ngày 24/01/2019 của Bộ Nội vụ hướng dẫn lưu trữ điện tử;')))
      .toEqual([['30/2020/NĐ-CP', 'basis', 'Chính phủ'], ['01/2019/TT-BNV', 'basis', 'Bộ Nội vụ']]);
  });

  it('reads a document named in a task for others as cited, not implemented', () => {
    expect(rows(districtDoc(`Ban Thường vụ Quận ủy yêu cầu thực hiện các nội dung sau:

1. Đề nghị UBND Quận triển khai thực hiện Thông báo số 428-TB/TU ngày 27/7/2021 của Thường trực Thành ủy.
2. UBND Quận tiếp tục chỉ đạo thực hiện Nghị quyết 68/NQ-CP ngày 01/7/2021 của Chính phủ.
3. Phòng Tài chính - Kế hoạch quận tham mưu bố trí kinh phí theo Quyết định số 3642/QĐ-UBND ngày 21/2/2021 của UBND Thành phố.`)))
      .toEqual([
        ['428-TB/TU', 'cites', 'Thường trực Thành ủy Hà Nội'],
        ['68/NQ-CP', 'cites', 'Chính phủ'],
        ['3642/QĐ-UBND', 'cites', 'UBND Thành phố Hà Nội'],
      ]);
  });

  it('reads what others issued to carry out a list as cited by this document', () => {
    expect(rows(districtDoc('Quận ủy, UBND Quận đã ban hành các văn bản triển khai thực hiện Thông báo số 420-TB/TU ngày 23/7/2021 của Ban Thường vụ Thành ủy.')))
      .toEqual([['420-TB/TU', 'cites', 'Ban Thường vụ Thành ủy Hà Nội']]);
  });

  it('keeps its own act an implementation when the mandate words come after the trigger', () => {
    expect(rows(provinceDoc('Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công văn số 512/TTg-KGVX ngày 02/3/2021, Ủy ban nhân dân tỉnh yêu cầu các sở thực hiện:')))
      .toEqual([['512/TTg-KGVX', 'implements', 'Thủ tướng Chính phủ']]);
  });
});

describe('the issuer of a cited document', () => {
  it('is read where it is written before the number', () => {
    expect(rows(provinceDoc('Theo đề nghị của Sở Nội vụ tại Tờ trình số 215/TTr-SNV ngày 02/6/2023.')))
      .toEqual([['215/TTr-SNV', 'cites', 'Sở Nội vụ tỉnh Quảng Ninh']]);
  });

  it('keeps the commas of its name', () => {
    expect(rows(provinceDoc('Căn cứ Thông tư số 05/2023/TT-BLĐTBXH ngày 20/5/2023 của Bộ Lao động, Thương binh và Xã hội hướng dẫn hỗ trợ người dân;')))
      .toEqual([['05/2023/TT-BLĐTBXH', 'basis', 'Bộ Lao động Thương binh và Xã hội']]);
  });

  it('takes no capitalised word of the next clause as a place', () => {
    expect(rows(provinceDoc('Căn cứ Quyết định số 1012/QĐ-UBND ngày 22/4/2022 của UBND tỉnh Phê duyệt Phương án ứng phó thiên tai;')))
      .toEqual([['1012/QĐ-UBND', 'basis', 'UBND tỉnh Quảng Ninh']]);
    expect(rows(provinceDoc('Thực hiện Công văn số 2100/UBND-KGVX ngày 02/3/2024 của Ủy ban nhân dân tỉnh Thanh Hóa Về việc tăng cường phòng dịch;')))
      .toEqual([['2100/UBND-KGVX', 'implements', 'UBND tỉnh Thanh Hóa']]);
  });
});

describe('documents cited by name without a number', () => {
  it('reads a Law, an amending Law and a congress resolution as citations of kind named', () => {
    const r = parse(provinceDoc(`Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một
số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;

Để cụ thể hóa Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XV, nhiệm kỳ 2020 - 2025, Ủy ban nhân dân tỉnh chỉ thị:`));
    expect(r.citations.map((c) => [c.kind, c.name, c.number, c.relation, c.key])).toEqual([
      ['named', 'Luật Tổ chức chính quyền địa phương', null, 'basis', null],
      ['named', 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', null, 'basis', null],
      ['named', 'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XV', null, 'implements', null],
    ]);
  });

  // The committee's term is no part of its name: the rule book is the quận's Ban Chấp hành's (citations-dev5.test.ts).
  it('reads the working rules a meeting follows as its basis', () => {
    expect(rows(districtDoc('Theo Quy chế làm việc của Ban Chấp hành Đảng bộ quận khóa XXVI, Ban Thường vụ Quận ủy đã họp.')))
      .toEqual([['named:Quy chế làm việc của Ban Chấp hành Đảng bộ quận khóa XXVI', 'basis', 'Ban Chấp hành Đảng bộ quận Hai Bà Trưng']]);
  });

  // A Law named with its year is that enacted Law even in passing: the blind documents c50 and c55 cite
  // "Luật Đất đai năm 2024" named inside a task and in a description (relations-dev.test.ts).
  it('does not cite the document\'s own annex; cites a Law named with its year even in passing', () => {
    expect(rows(provinceDoc('Điều 1. Ban hành kèm theo Chỉ thị này Quy chế làm việc của Ban Chỉ đạo tỉnh.\n\nLuật Đất đai năm 2024 có nhiều điểm mới.')))
      .toEqual([['named:Luật Đất đai năm 2024', 'cites', null]]);
  });
});

describe('repeats and what is no citation', () => {
  it('joins a short mention to its full citation, with one issuer', () => {
    const r = parse(districtDoc(`Thực hiện Chỉ thị số 19-CT/TW ngày 18/6/2022 của Ban Bí thư về phòng cháy, chữa cháy, Ban Thường vụ Quận ủy yêu cầu:

1. Quán triệt Chỉ thị 19 đến cán bộ, đảng viên.
2. Kiểm tra việc thực hiện Chỉ thị số 19-CT/TW tại các chi bộ.`));
    expect(r.citations.map((c) => [c.number, c.relation, c.issuer?.name, c.spans.length])).toEqual([['19-CT/TW', 'implements', 'Ban Bí thư', 3]]);
  });

  it('reads no citation in list markers, phone numbers, dates or statistics', () => {
    expect(rows(districtDoc(`Ban Thường vụ Quận ủy yêu cầu:
1/ Ban Tuyên giáo Quận ủy định hướng tuyên truyền.
2/ Đạt 12/15 chỉ tiêu trước ngày 30/6/2024; liên hệ điện thoại 0243/3821 456.`))).toEqual([]);
  });
});

describe('more trigger phrases', () => {
  it('reads "trên cơ sở" as a basis and "kèm theo" as a mention', () => {
    expect(rows(provinceDoc('Chỉ thị được xây dựng trên cơ sở Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về khuyến khích cán bộ năng động.')))
      .toEqual([['14-KL/TW', 'basis', 'Bộ Chính trị']]);
    expect(rows(provinceDoc('Các sở thực hiện đúng Quy chế ban hành kèm theo Quyết định số 77/QĐ-UBND ngày 05/01/2024 của UBND tỉnh.')))
      .toEqual([['77/QĐ-UBND', 'cites', 'UBND tỉnh Quảng Ninh']]);
  });
});
