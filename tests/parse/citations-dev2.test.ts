import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citations, their relations and issuers from the misses of sixteen blind documents (issue 9, second
 * round; see docs/extraction-rounds.md, "Citation relations: what the misses are"). Each document
 * below is written for this test in the pattern of one class of miss, in its own words, and read by
 * hand: `rows` lists the citations the document makes itself, numbered or named, with relation and issuer.
 */
type Row = [cited: string, relation: string, issuer: string | null];
const rows = (doc: string): Row[] => parseDocument(doc).citations.filter((c) => c.citedBy === null)
  .map((c): Row => [c.number ?? `named:${c.name!}`, c.relation, c.issuer?.name ?? null]);

const district = (body: string) => `ỦY BAN NHÂN DÂN
HUYỆN CẨM XUYÊN
-------
Số: 214/KH-UBND

Cẩm Xuyên, ngày 18 tháng 9 năm 2024

KẾ HOẠCH
Phát triển sản xuất vụ Đông năm 2024

${body}
`;

describe('results looked back on: the document refers to the one they came under', () => {
  it('"họp đánh giá kết quả thực hiện Kế hoạch số …" with no trigger before cites; "Căn cứ kết quả thực hiện …" stays a basis', () => {
    const doc = `UBND HUYỆN CẨM XUYÊN
VĂN PHÒNG HĐND VÀ UBND
-------
Số: 61/TB-VP

Cẩm Xuyên, ngày 20 tháng 8 năm 2024

THÔNG BÁO
Ý kiến kết luận của Chủ tịch UBND huyện tại cuộc họp về chuyển đổi số

Ngày 15/8/2024, Chủ tịch UBND huyện chủ trì cuộc họp đánh giá kết quả thực hiện Kế hoạch số 40/KH-UBND ngày 02/02/2024 của UBND huyện về chuyển đổi số năm 2024. Căn cứ kết quả thực hiện Nghị quyết số 11/NQ-HĐND ngày 20/12/2023 của HĐND huyện, Chủ tịch UBND huyện kết luận như sau:

1. Phòng Văn hóa và Thông tin hoàn thành cổng dịch vụ công trước ngày 30/9/2024.
`;
    expect(rows(doc)).toEqual([
      ['40/KH-UBND', 'cites', 'UBND huyện Cẩm Xuyên'],
      ['11/NQ-HĐND', 'basis', 'HĐND huyện Cẩm Xuyên'],
    ]);
  });

  it('"Sau hơn 7 năm thực hiện Chỉ thị số …, …" looks back on it; the Chỉ thị that replaces it cites it too', () => {
    const doc = `TỈNH ỦY HÀ TĨNH
*
Số 09-CT/TU

ĐẢNG CỘNG SẢN VIỆT NAM
Hà Tĩnh, ngày 12 tháng 3 năm 2024

CHỈ THỊ
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về công tác bảo vệ rừng trong tình hình mới

Sau hơn 7 năm thực hiện Chỉ thị số 21-CT/TU ngày 10/5/2016 của Ban Thường vụ Tỉnh ủy, diện tích rừng bị cháy giảm rõ rệt; tuy nhiên tình trạng lấn chiếm đất rừng còn xảy ra ở một số huyện miền núi.

Chỉ thị này thay thế Chỉ thị số 21-CT/TU.
`;
    expect(rows(doc)).toEqual([
      ['21-CT/TU', 'cites', 'Ban Thường vụ Tỉnh ủy Hà Tĩnh'],
    ]);
  });
});

describe('relation words the first round did not know', () => {
  it('"Để hoàn thành mục tiêu Nghị quyết số …" carries it out; "được phê duyệt tại Quyết định số …" refers to the act that approved what is done', () => {
    expect(rows(district(`Để hoàn thành mục tiêu Nghị quyết số 06-NQ/HU ngày 15/11/2021 của Ban Chấp hành Đảng bộ huyện về phát triển nông nghiệp hàng hóa, UBND huyện ban hành Kế hoạch như sau:

1. Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn các xã thực hiện Đề án cánh đồng mẫu lớn, được phê duyệt tại Quyết định số 1520/QĐ-UBND ngày 04/6/2022 của UBND tỉnh Hà Tĩnh.`))).toEqual([
      ['06-NQ/HU', 'implements', 'Ban Chấp hành Đảng bộ huyện Cẩm Xuyên'],
      ['1520/QĐ-UBND', 'cites', 'UBND tỉnh Hà Tĩnh'],
    ]);
  });

  it('"Thực hiện Hướng dẫn số … và theo chỉ đạo của X tại Công văn số …": the type word "Hướng dẫn" asks nothing of anyone', () => {
    const doc = `TỈNH ỦY NAM ĐỊNH
BAN TUYÊN GIÁO
*
Số 31-HD/BTGTU

ĐẢNG CỘNG SẢN VIỆT NAM
Nam Định, ngày 05 tháng 11 năm 2024

HƯỚNG DẪN
tuyên truyền kỷ niệm ngày thành lập Đảng

Thực hiện Hướng dẫn số 160-HD/BTGTW, ngày 20/10/2024 của Ban Tuyên giáo Trung ương và theo chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 845-CV/TU, ngày 28/10/2024, Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:
`;
    expect(rows(doc)).toEqual([
      ['160-HD/BTGTW', 'implements', 'Ban Tuyên giáo Trung ương'],
      ['845-CV/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Nam Định'],
    ]);
  });
});

describe('Laws named in the text', () => {
  it('a Law named in a task, with no trigger before it, is cited; its name holds commas and "và" ("Luật Khiếu nại, tố cáo và tiếp công dân")', () => {
    expect(rows(district(`Thực hiện Kế hoạch số 77/KH-UBND ngày 01/9/2024 của UBND tỉnh Hà Tĩnh, UBND huyện ban hành Kế hoạch như sau:

1. Thanh tra huyện chủ trì giám sát việc thi hành Luật Khiếu nại, tố cáo và tiếp công dân.

2. Phòng Tư pháp bảo đảm các pa nô tuyên truyền đúng quy định của Luật Quảng cáo; tháo dỡ biển quảng cáo sai phép.`))).toEqual([
      ['77/KH-UBND', 'implements', 'UBND tỉnh Hà Tĩnh'],
      ['named:Luật Khiếu nại, tố cáo và tiếp công dân', 'cites', null],
      ['named:Luật Quảng cáo', 'cites', null],
    ]);
  });

  it('"theo quy định của Luật" wrapped before the name, then "…, công chức và Luật Viên chức": two Laws', () => {
    expect(rows(district(`Việc đánh giá, xếp loại cán bộ, công chức, viên chức thực hiện theo quy định của Luật
Cán bộ, công chức và Luật Viên chức.`))).toEqual([
      ['named:Luật Cán bộ, công chức', 'cites', null],
      ['named:Luật Viên chức', 'cites', null],
    ]);
  });

  it('"Căn cứ Luật A ngày …, và Luật sửa đổi, bổ sung … của Luật A và Luật B ngày …": the second shares the basis over the first one\'s date', () => {
    expect(rows(district(`Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017 và Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi và Luật Đê điều ngày 17 tháng 6 năm 2020;
Căn cứ Kế hoạch số 66/KH-UBND ngày 11/7/2024 của UBND tỉnh Hà Tĩnh, UBND huyện ban hành Kế hoạch như sau:`))).toEqual([
      ['66/KH-UBND', 'basis', 'UBND tỉnh Hà Tĩnh'],
      ['named:Luật Thủy lợi', 'basis', null],
      ['named:Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi và Luật Đê điều', 'basis', null],
    ]);
  });
});
