import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations and cited issuers, sixth round (issue 9): how a relation is carried by the
 * clause a citation sits in (a clause after ";" that shares the subject before it, a basis handed to
 * others, an inline list numbered in brackets, a heading above the purpose line), how a document
 * just announced is repeated by its type word alone, and how issuers are written (between the type
 * word and the number, through a plenary session, left out because they are the citing body's own or
 * the previous item's). Each document is written for this test in the style of real ones (own words,
 * real place names) and was labelled by hand before the parser was run on it. `rows` lists the
 * citations the document makes itself.
 */
type Row = [number: string, relation: string, issuer: string | null];
const rows = (doc: string): Row[] => parseDocument(doc).citations.filter((c) => c.citedBy === null)
  .map((c): Row => [c.number ?? `named:${c.name!}`, c.relation, c.issuer?.name ?? null]);

describe('relation wordings, sixth round: the clause a citation sits in', () => {
  it('a clause after ";" without a subject of its own shares the subject of the item: "…; bám sát Nghị quyết số …" is handed to the cấp ủy too', () => {
    const doc = `TỈNH ỦY QUẢNG NGÃI
*
Số 310-CTr/TU

ĐẢNG CỘNG SẢN VIỆT NAM
Quảng Ngãi, ngày 20 tháng 02 năm 2025

CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia

Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Để triển khai thực hiện Nghị quyết, Ban Thường vụ Tỉnh ủy xây dựng Chương trình hành động như sau:

I. NHIỆM VỤ, GIẢI PHÁP
1. Các cấp ủy, tổ chức đảng tiếp tục thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư; bám sát Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ.
2. Ban cán sự đảng UBND tỉnh lãnh đạo xây dựng cơ sở dữ liệu dùng chung của tỉnh.
`;
    expect(rows(doc)).toEqual([
      ['57-NQ/TW', 'implements', 'Bộ Chính trị'],
      ['52-NQ/TW', 'cites', 'Bộ Chính trị'],
      ['03/NQ-CP', 'cites', 'Chính phủ'],
    ]);
  });

  it('an inline list numbered in brackets ("tại các văn bản: (1) …; (2) …; (3) …"): every item implements', () => {
    const doc = `THÀNH ỦY QUY NHƠN
*
Số 410-KH/TU

ĐẢNG CỘNG SẢN VIỆT NAM
Quy Nhơn, ngày 30 tháng 8 năm 2024

KẾ HOẠCH
tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030

Thực hiện chỉ đạo của cấp trên tại các văn bản: (1) Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp; (2) Kế hoạch số 190-KH/TU, ngày 02/8/2024 của Tỉnh ủy Bình Định về đại hội đảng bộ các cấp; (3) Hướng dẫn số 14-HD/BTCTU, ngày 10/8/2024 của Ban Tổ chức Tỉnh ủy, Ban Thường vụ Thành ủy xây dựng kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tổ chức thành công đại hội.
`;
    expect(rows(doc)).toEqual([
      ['35-CT/TW', 'implements', 'Bộ Chính trị'],
      ['190-KH/TU', 'implements', 'Tỉnh ủy Bình Định'],
      ['14-HD/BTCTU', 'implements', 'Ban Tổ chức Tỉnh ủy Bình Định'],
    ]);
  });

  it('"UBND các xã, thị trấn căn cứ … Hướng dẫn số … xây dựng kế hoạch": a basis handed to the communes is cited', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN CẨM XUYÊN
Số: 1920/UBND-GD

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Cẩm Xuyên, ngày 20 tháng 8 năm 2024

V/v chuẩn bị năm học mới 2024 - 2025

Kính gửi: Ủy ban nhân dân các xã, thị trấn; các trường mầm non, tiểu học, trung học cơ sở.

Thực hiện Chỉ thị số 12/CT-UBND ngày 10/8/2024 của UBND tỉnh Hà Tĩnh về nhiệm vụ năm học 2024 - 2025, UBND huyện đề nghị:
1. UBND các xã, thị trấn căn cứ Kế hoạch này và Hướng dẫn số 1680/SGDĐT-GDMN ngày 12/8/2024 của Sở Giáo dục và Đào tạo, xây dựng kế hoạch của địa phương.
2. Các trường rà soát cơ sở vật chất theo Thông tư số 13/2020/TT-BGDĐT ngày 26/5/2020 của Bộ Giáo dục và Đào tạo.
`;
    expect(rows(doc)).toEqual([
      ['12/CT-UBND', 'implements', 'UBND tỉnh Hà Tĩnh'],
      ['1680/SGDĐT-GDMN', 'cites', 'Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh'],
      ['13/2020/TT-BGDĐT', 'cites', 'Bộ Giáo dục và Đào tạo'],
    ]);
  });

  it('"… thẩm định, trình UBND huyện phê duyệt dự toán trên cơ sở Nghị quyết số …" in an item given to a department: the ground of the approval, further on in the clause, stays a basis', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN ĐÔ LƯƠNG
Số: 77/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Đô Lương, ngày 04 tháng 4 năm 2024

KẾ HOẠCH
Sửa chữa trường học năm 2024

Thực hiện Kế hoạch số 120/KH-UBND ngày 01/3/2024 của UBND tỉnh Nghệ An về kiên cố hóa trường lớp học, UBND huyện xây dựng Kế hoạch như sau:
1. Phòng Giáo dục và Đào tạo rà soát các phòng học xuống cấp.
2. Phòng Tài chính - Kế hoạch thẩm định, trình UBND huyện phê duyệt dự toán trên cơ sở Nghị quyết số 30/NQ-HĐND ngày 20/12/2023 của HĐND huyện về kế hoạch đầu tư công năm 2024.
`;
    expect(rows(doc)).toEqual([
      ['120/KH-UBND', 'implements', 'UBND tỉnh Nghệ An'],
      ['30/NQ-HĐND', 'basis', 'HĐND huyện Đô Lương'],
    ]);
  });

  it('"I. MỤC ĐÍCH, YÊU CẦU" over "Quán triệt sâu rộng …": the heading asks nothing of anyone, the purpose line carries the trigger', () => {
    const doc = `I. MỤC ĐÍCH, YÊU CẦU
1. Triển khai thực hiện có hiệu quả Chỉ thị số 31-CT/TW ngày 19/3/2024 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên; Kế hoạch số 220-KH/TU ngày 06/5/2024 của Ban Thường vụ Tỉnh ủy Hà Tĩnh.
2. Nâng cao nhận thức của cấp ủy, chính quyền về vai trò của thanh niên.
II. NHIỆM VỤ
1. Huyện đoàn chủ trì tham mưu tổ chức hội nghị quán triệt Chỉ thị 31-CT/TW.
`;
    expect(rows(doc)).toEqual([
      ['31-CT/TW', 'implements', 'Ban Bí thư'],
      ['220-KH/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Hà Tĩnh'],
    ]);
  });

});

describe('relation wordings, sixth round: a document repeated by its type word alone', () => {
  it('"Ngày …, X ban hành Chỉ thị số …. Để triển khai thực hiện Chỉ thị, Y yêu cầu …" in a fragment: the Chỉ thị is cited and carried out, not the fragment\'s own', () => {
    const doc = `Ngày 10/5/2024, Ban Thường vụ Tỉnh ủy Hà Tĩnh ban hành Chỉ thị số 30-CT/TU về tăng cường công tác phòng, chống tham nhũng, tiêu cực. Để triển khai thực hiện Chỉ thị, Ban Thường vụ Huyện ủy Can Lộc yêu cầu các cấp ủy, tổ chức đảng tập trung làm tốt một số nội dung sau:
1. Tổ chức quán triệt Chỉ thị đến cán bộ, đảng viên.
2. Ủy ban Kiểm tra Huyện ủy tăng cường kiểm tra, giám sát.
`;
    expect(rows(doc)).toEqual([
      ['30-CT/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Hà Tĩnh'],
    ]);
  });

  it('"Theo Chỉ thị, …" in a report on a Chỉ thị names the reported Chỉ thị, not the one it replaces', () => {
    const doc = `Huyện ủy Nghi Xuân ban hành Chỉ thị về phòng, chống thiên tai

(Báo Hà Tĩnh) - Ban Thường vụ Huyện ủy Nghi Xuân vừa ban hành Chỉ thị số 30-CT/HU ngày 02/8/2024 về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác phòng, chống thiên tai.

Chỉ thị được ban hành thay thế Chỉ thị số 12-CT/HU ngày 10/5/2020 của Ban Thường vụ Huyện ủy.

Theo Chỉ thị, các chi bộ, đảng bộ cơ sở rà soát phương án sơ tán dân ở vùng trũng thấp.
`;
    expect(rows(doc)).toEqual([
      ['12-CT/HU', 'cites', 'Ban Thường vụ Huyện ủy Nghi Xuân'],
    ]);
  });

});

describe('cited issuers, sixth round: how they are written', () => {
  it('"Công văn của Sở Y tế số …", "Kế hoạch của UBND tỉnh số …": the issuer between the type word and the number', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN NGHI LỘC
Số: 100/UBND-VP

Nghi Lộc, ngày 05 tháng 3 năm 2024

Kính gửi: Ủy ban nhân dân các xã.

Thực hiện Công văn của Sở Y tế số 1234/SYT-NVY ngày 01/3/2024 về phòng, chống sốt xuất huyết; Kế hoạch của UBND tỉnh số 45/KH-UBND ngày 28/02/2024 về vệ sinh môi trường, Ủy ban nhân dân huyện yêu cầu các xã tổ chức ra quân diệt lăng quăng.
`;
    expect(rows(doc)).toEqual([
      ['1234/SYT-NVY', 'implements', 'Sở Y tế tỉnh Nghệ An'],
      ['45/KH-UBND', 'implements', 'UBND tỉnh Nghệ An'],
    ]);
  });

  it('"của Hội nghị Trung ương 4 khóa XIII": the Central Committee, named as it signs', () => {
    const doc = `ĐẢNG BỘ TỈNH HÀ TĨNH
HUYỆN ỦY NGHI XUÂN
*
Số 520-CV/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Nghi Xuân, ngày 11 tháng 10 năm 2024

Kính gửi: Các tổ chức cơ sở đảng trực thuộc.

Thực hiện Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên và Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng, Ban Thường vụ Huyện ủy yêu cầu các tổ chức cơ sở đảng:
1. Tổ chức quán triệt đến toàn thể đảng viên.
2. Đưa nội dung vào sinh hoạt chi bộ thường kỳ.
`;
    expect(rows(doc)).toEqual([
      ['144-QĐ/TW', 'implements', 'Bộ Chính trị'],
      ['21-KL/TW', 'implements', 'Ban Chấp hành Trung ương'],
    ]);
  });

  it('"Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII" without "của", and "của Trung ương": both the Central Committee', () => {
    const doc = `ĐẢNG BỘ TỈNH THANH HÓA
HUYỆN ỦY THỌ XUÂN
*
Số 210-CV/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Thọ Xuân, ngày 12 tháng 3 năm 2024

Kính gửi: Các tổ chức cơ sở đảng.

Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII và Kết luận số 12-KL/TW của Trung ương, Ban Thường vụ Huyện ủy yêu cầu các tổ chức cơ sở đảng rà soát, sắp xếp tổ chức bộ máy.
`;
    expect(rows(doc)).toEqual([
      ['18-NQ/TW', 'implements', 'Ban Chấp hành Trung ương'],
      ['12-KL/TW', 'implements', 'Ban Chấp hành Trung ương'],
    ]);
  });

  it('"… theo Kế hoạch số … của Sở" after "Sở Tài nguyên và Môi trường chủ trì …": the head word alone is the body named just before (the news reports the Chỉ thị itself)', () => {
    const doc = `Bình Định: Tăng cường quản lý hoạt động khai thác cát
Chủ tịch UBND tỉnh Bình Định vừa có Chỉ thị số 09/CT-UBND về tăng cường quản lý khai thác khoáng sản cát, sỏi lòng sông. Chỉ thị được ban hành trên cơ sở Luật Khoáng sản năm 2010 và Nghị định số 23/2020/NĐ-CP ngày 24/02/2020 của Chính phủ về quản lý cát, sỏi lòng sông.
Chủ tịch UBND tỉnh yêu cầu Sở Tài nguyên và Môi trường chủ trì kiểm tra các mỏ cát theo Kế hoạch số 45/KH-STNMT ngày 05/3/2024 của Sở.
`;
    expect(rows(doc)).toEqual([
      ['23/2020/NĐ-CP', 'basis', 'Chính phủ'],
      ['45/KH-STNMT', 'cites', 'Sở Tài nguyên và Môi trường tỉnh Bình Định'],
      // the Law is named without a number: a `named` citation under the same "trên cơ sở"
      ['named:Luật Khoáng sản năm 2010', 'basis', null],
    ]);
  });

  it('"Căn cứ Quyết định số 210/QĐ-UBND … về việc thành lập …" without an issuer in a district People\'s Committee\'s plan: the district\'s own', () => {
    const doc = `KẾ HOẠCH
Tổ chức Hội khỏe Phù Đổng huyện Thạch Thành năm 2024

Căn cứ Kế hoạch số 35/KH-UBND ngày 20/01/2024 của UBND huyện Thạch Thành về phát triển thể dục, thể thao năm 2024;
Căn cứ Quyết định số 210/QĐ-UBND ngày 25/01/2024 về việc thành lập Ban Tổ chức Hội khỏe Phù Đổng huyện,
Ủy ban nhân dân huyện Thạch Thành ban hành Kế hoạch tổ chức Hội khỏe Phù Đổng huyện năm 2024 như sau:
I. MỤC ĐÍCH
Phát triển phong trào thể dục thể thao trong trường học.
`;
    expect(rows(doc)).toEqual([
      ['35/KH-UBND', 'basis', 'UBND huyện Thạch Thành'],
      ['210/QĐ-UBND', 'basis', 'UBND huyện Thạch Thành'],
    ]);
  });

  it('an item after ";" without an issuer, of the same code as the item before that names one, is that issuer\'s; a code neither the table nor the document knows gets none', () => {
    const doc = `UBND QUẬN HAI BÀ TRƯNG
UBND PHƯỜNG BẠCH MAI
Số: 110/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Bạch Mai, ngày 22 tháng 8 năm 2024

KẾ HOẠCH
Phòng cháy, chữa cháy tại khu dân cư năm 2024

Thực hiện Kế hoạch số 215/KH-UBND ngày 30/7/2024 của UBND thành phố Hà Nội về phòng cháy, chữa cháy; Kế hoạch số 230/KH-UBND ngày 05/8/2024 về kiểm tra an toàn nhà ở nhiều tầng; Công văn số 2450/SNV-XDCQ ngày 06/8/2024 về rà soát tổ dân phố, UBND phường Bạch Mai xây dựng kế hoạch như sau:
1. Công an phường chủ trì kiểm tra các hộ kinh doanh.
`;
    expect(rows(doc)).toEqual([
      ['215/KH-UBND', 'implements', 'UBND Thành phố Hà Nội'],
      ['230/KH-UBND', 'implements', 'UBND Thành phố Hà Nội'],
      ['2450/SNV-XDCQ', 'implements', null],
    ]);
  });

  it("a Party committee's plan citing a State decision without its issuer names none: the decision is not in the committee's own series", () => {
    const doc = `ĐẢNG BỘ TỈNH NGHỆ AN
HUYỆN ỦY ANH SƠN
*
Số 95-KH/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Anh Sơn, ngày 15 tháng 4 năm 2024

KẾ HOẠCH
tổ chức Tết trồng cây

Căn cứ Quyết định số 560/QĐ-UBND ngày 01/3/2024 về trồng rừng năm 2024; Kế hoạch số 40-KH/HU ngày 10/01/2024 của Ban Thường vụ Huyện ủy về nhiệm vụ năm 2024, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:
`;
    expect(rows(doc)).toEqual([
      ['560/QĐ-UBND', 'basis', null],
      ['40-KH/HU', 'basis', 'Ban Thường vụ Huyện ủy Anh Sơn'],
    ]);
  });

});
