import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations and cited issuers from the misses of blind batch 13 (24 documents moved whole to
 * tune; docs/extraction-rounds.md, "Citation relations: what the misses are", ninth round). Each case
 * is one structure of the text, on short documents written for this test in their own words and read
 * by hand; `rows` lists the citations a document makes itself, with relation.
 */
type Row = [cited: string, relation: string];
const rows = (doc: string): Row[] => parseDocument(doc).citations.filter((c) => c.citedBy === null)
  .map((c): Row => [c.number ?? `named:${c.name!}`, c.relation]);

describe('"bám sát" keeps the work in line with a text; it does not carry the text out', () => {
  it('an opening "Để …, bám sát Nghị quyết Đại hội … và định hướng tại Kế hoạch số …, <issuer> giao:": both cited', () => {
    expect(rows(`III. TỔ CHỨC THỰC HIỆN
Để Nghị quyết sớm đi vào cuộc sống, bám sát Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025 và định hướng tại Kế hoạch số 88-KH/HU ngày 02/4/2024 của Ban Thường vụ Huyện ủy Tư Nghĩa, Đảng ủy xã Nghĩa Hà giao:
1. Ủy ban nhân dân xã xây dựng kế hoạch phát triển nghề muối.

T/M ĐẢNG ỦY
BÍ THƯ
`)).toEqual([['88-KH/HU', 'cites'], ['named:Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025', 'cites']]);
  });

  it('"bám sát tinh thần Nghị quyết số …" in a quoted remark of a news report: cited', () => {
    expect(rows(`(QNg) - Đảng ủy xã Bình Hải vừa ban hành Nghị quyết chuyên đề về phát triển du lịch biển.

Đồng chí Bí thư Đảng ủy xã cho biết: "Xã xác định đây là nhiệm vụ lâu dài, bám sát tinh thần Nghị quyết số 36-NQ/TW của Ban Chấp hành Trung ương về phát triển bền vững kinh tế biển".
`)).toEqual([['36-NQ/TW', 'cites']]);
  });

  it('a "Thực hiện" before in the same opening still carries its own document out', () => {
    expect(rows(`Thực hiện Chỉ thị số 05/CT-UBND ngày 10/3/2024 của Chủ tịch UBND tỉnh Bắc Kạn; bám sát Kế hoạch số 21/KH-UBND ngày 15/3/2024 của UBND tỉnh, Ủy ban nhân dân huyện Chợ Đồn yêu cầu:
1. Phòng Nội vụ kiểm tra công vụ.
`)).toEqual([['05/CT-UBND', 'implements'], ['21/KH-UBND', 'cites']]);
  });
});

describe('"trên cơ sở" names grounds: a report or results looked back on are cited, an act is a basis', () => {
  it('"trên cơ sở kết quả 5 năm thực hiện Chương trình số …": cited', () => {
    expect(rows(`Để đưa Nghị quyết vào cuộc sống, trên cơ sở kết quả 5 năm thực hiện Chương trình hành động số 07-CTr/HU ngày 11/5/2019 của Huyện ủy, Ban Chấp hành Đảng bộ huyện ban hành Chương trình hành động như sau:
1. Ban Tuyên giáo Huyện ủy tổ chức quán triệt.
`)).toEqual([['07-CTr/HU', 'cites']]);
  });

  it('"…; trên cơ sở kết quả sơ kết 6 tháng thực hiện Chỉ thị số …": the months looked back on, cited; the plan before carried out', () => {
    expect(rows(`Thực hiện Kế hoạch số 115/KH-CAT ngày 02/9/2024 của Công an tỉnh Lào Cai về bảo đảm trật tự dịp cuối năm; trên cơ sở kết quả sơ kết 6 tháng thực hiện Chỉ thị số 02/CT-BCA ngày 15/3/2024 của Bộ trưởng Bộ Công an, Công an huyện yêu cầu các đội thực hiện một số nội dung sau:
1. Đội Tham mưu tổng hợp tình hình.
`)).toEqual([['115/KH-CAT', 'implements'], ['02/CT-BCA', 'cites']]);
  });

  it('"Trên cơ sở Báo cáo số … của …, <issuer> yêu cầu …": the report cited', () => {
    expect(rows(`Trên cơ sở Báo cáo số 27-BC/ĐU ngày 12/8/2024 của Đảng ủy xã Hải Hòa, Ban Thường vụ Huyện ủy yêu cầu Đảng ủy xã chỉ đạo xử lý dứt điểm các vụ lấn chiếm.
`)).toEqual([['27-BC/ĐU', 'cites']]);
  });

  it('"Kế hoạch được xây dựng trên cơ sở Chỉ thị số …" and "Căn cứ kết quả thực hiện Kế hoạch số …": still a basis', () => {
    expect(rows(`Kế hoạch được xây dựng trên cơ sở Chỉ thị số 12/CT-UBND ngày 04/3/2024 của Chủ tịch UBND tỉnh về phòng cháy rừng.
`)).toEqual([['12/CT-UBND', 'basis']]);
    expect(rows(`Căn cứ kết quả thực hiện Kế hoạch số 31/KH-UBND ngày 20/2/2023 của UBND huyện, Ủy ban nhân dân huyện ban hành Kế hoạch năm 2024 như sau:
1. Phòng Y tế hướng dẫn các xã.
`)).toEqual([['31/KH-UBND', 'basis']]);
  });
});

describe('"phù hợp với" measures conformity', () => {
  it('a subject that runs up to "…, phù hợp với Quyết định số …": the decision is cited, not a second item carried out', () => {
    expect(rows(`(HG) - UBND tỉnh Hà Giang vừa ban hành Đề án phát triển chè Shan tuyết. Đề án nhằm cụ thể hóa Nghị quyết số 11-NQ/TU ngày 02/3/2022 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp hàng hóa, phù hợp với Quyết định số 150/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ về chiến lược phát triển nông nghiệp.
`)).toEqual([['11-NQ/TU', 'implements'], ['150/QĐ-TTg', 'cites']]);
  });

  it('a task "…, bảo đảm phù hợp với Kế hoạch số …": cited', () => {
    expect(rows(`1. Phòng Văn hóa và Thông tin huyện xây dựng lịch tuyên truyền, bảo đảm phù hợp với Kế hoạch số 40/KH-UBND ngày 01/3/2024 của UBND tỉnh.
`)).toEqual([['40/KH-UBND', 'cites']]);
  });
});

describe('a named Quy chế after "Thực hiện" is carried out, as the convention reads any trigger', () => {
  it('"Thực hiện Quy chế làm việc của …, ngày …, Ban Thường vụ họp …": implements; "theo Quy chế …" stays the rules acted under', () => {
    expect(rows(`Thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XX, nhiệm kỳ 2020 - 2025, ngày 12/9/2024, Ban Thường vụ Huyện ủy họp nghe báo cáo tình hình thu ngân sách. Ban Thường vụ Huyện ủy kết luận như sau:
1. Ủy ban nhân dân huyện tập trung chỉ đạo thu ngân sách.
`)).toEqual([['named:Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XX', 'implements']]);
  });
});

describe('a basis stated under "Căn cứ" is not raised by the document named again in a body\'s name', () => {
  it('"Căn cứ Quyết định số 06/QĐ-TTg …" then "Tổ công tác triển khai Đề án 06": basis', () => {
    expect(rows(`Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư;
Xét đề nghị của Trưởng Công an xã.

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN THẠNH
QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ công tác triển khai Đề án 06 xã An Thạnh, gồm các ông (bà) có tên trong danh sách kèm theo.
`)).toEqual([['06/QĐ-TTg', 'basis']]);
  });

  it('a document first named with no trigger and then carried out still reads as carried out', () => {
    expect(rows(`ỦY BAN NHÂN DÂN
HUYỆN TAM NÔNG
Số: 310/UBND-VP

Ngày 02/02/2024, UBND tỉnh ban hành Kế hoạch số 25/KH-UBND về chuyển đổi số. Thực hiện Kế hoạch 25, Ủy ban nhân dân huyện Tam Nông yêu cầu:
1. Phòng Văn hóa và Thông tin hướng dẫn các xã.
`)).toEqual([['25/KH-UBND', 'implements']]);
  });
});

describe('congress resolutions joined by "và"', () => {
  it('"Kết quả thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII": two citations', () => {
    expect(rows(`II. NỘI DUNG TUYÊN TRUYỀN
1. Kết quả thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII; những thành tựu nổi bật của tỉnh.
`)).toEqual([['named:Nghị quyết Đại hội XIII của Đảng', 'cites'], ['named:Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII', 'cites']]);
  });

  it('"Tổ chức thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025, Nghị quyết Đại hội Đảng bộ xã lần thứ XX": two', () => {
    expect(rows(`Để tổ chức thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025, Nghị quyết Đại hội Đảng bộ xã lần thứ XX, Ban Chấp hành Đảng bộ xã xây dựng Chương trình như sau:
1. Các chi bộ quán triệt đến đảng viên.
`)).toEqual([['named:Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025', 'implements'], ['named:Nghị quyết Đại hội Đảng bộ xã lần thứ XX', 'implements']]);
  });

  it('a congress resolution joined by "và" to the end of a numbered resolution\'s subject shares its trigger', () => {
    expect(rows(`(PY) - Đảng ủy phường Xuân Thành vừa ban hành Chương trình hành động về phát triển nuôi biển. Chương trình nhằm cụ thể hóa Nghị quyết số 07-NQ/TU ngày 10/3/2023 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế biển đến năm 2030 và Nghị quyết Đại hội Đảng bộ thị xã Sông Cầu lần thứ XV.
`)).toEqual([['07-NQ/TU', 'implements'], ['named:Nghị quyết Đại hội Đảng bộ thị xã Sông Cầu lần thứ XV', 'implements']]);
  });

  it('a Law so joined under "Căn cứ" shares the basis', () => {
    expect(rows(`Căn cứ Nghị quyết số 15/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh về chính sách hỗ trợ và Luật Đất đai năm 2024, Ủy ban nhân dân huyện Tuy An ban hành Kế hoạch như sau:
1. Phòng Tài nguyên và Môi trường hướng dẫn các xã.
`)).toEqual([['15/NQ-HĐND', 'basis'], ['named:Luật Đất đai năm 2024', 'basis']]);
  });
});
