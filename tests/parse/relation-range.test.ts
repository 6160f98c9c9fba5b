import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The range of ways a Vietnamese administrative document says what it does with another (issue 9,
 * citation relation and cited issuer on unseen documents): implements (Thực hiện, Triển khai, Quán
 * triệt, Để thi hành, theo chỉ đạo của … tại, V/v triển khai), basis (Căn cứ, Trên cơ sở, a Căn cứ
 * heading), cites (Theo đề nghị … tại Tờ trình, Tiếp theo, Phúc đáp, a document named in a task for
 * others). Every document below was written for this test in the style of real ones; each expected
 * value is read from it by hand.
 */
type Row = [number: string, relation: string, issuer: string | null];
const rows = (doc: string): Row[] => parseDocument(doc).citations.filter((c) => c.citedBy === null)
  .map((c): Row => [c.number ?? `named:${c.name!}`, c.relation, c.issuer?.name ?? null]);

const docs: Record<string, string> = {
  // 1 clean district KH: unnumbered Căn cứ lines wrapped, then a Thực hiện sentence with two items and the issuer acting
  clean_kh: `ỦY BAN NHÂN DÂN
HUYỆN THANH CHƯƠNG
-------
Số: 145/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Thanh Chương, ngày 12 tháng 5 năm 2024

KẾ HOẠCH
Thực hiện Chỉ thị số 09-CT/TU ngày 20/3/2024 của Ban Thường vụ Tỉnh ủy về công tác
bảo vệ rừng

Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;
Căn cứ Nghị định số 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ quy định chi tiết
thi hành một số điều của Luật Lâm nghiệp;
Thực hiện Chỉ thị số 09-CT/TU ngày 20/3/2024 của Ban Thường vụ Tỉnh ủy, Kế hoạch số 210/KH-UBND ngày 02/4/2024 của UBND tỉnh Nghệ An, Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Các xã, thị trấn tổ chức tuyên truyền theo Hướng dẫn số 12-HD/BTGTU ngày 01/4/2024 của Ban Tuyên giáo Tỉnh ủy.
2. Phòng Nông nghiệp và Phát triển nông thôn tham mưu thực hiện theo Kế hoạch này.
`,
  // 2 headless Căn cứ heading after a title; unnumbered items
  headless_cancu: `KẾ HOẠCH
Tổ chức Tháng hành động vì an toàn thực phẩm năm 2024

Căn cứ:
Kế hoạch số 88/KH-UBND ngày 10/4/2024 của UBND tỉnh Phú Thọ về Tháng hành động vì an toàn thực phẩm;
Công văn số 455/SYT-NVY ngày 15/4/2024 của Sở Y tế tỉnh Phú Thọ;
Ủy ban nhân dân xã Tiên Kiên xây dựng Kế hoạch như sau:
1. Trạm Y tế xã chủ trì kiểm tra các cơ sở.
`,
  // 3 Thực hiện ý kiến chỉ đạo của … tại …
  chi_dao_tai: `ỦY BAN NHÂN DÂN
QUẬN NGŨ HÀNH SƠN
-------
Số: 1520/UBND-VP
V/v triển khai Nghị quyết số 05/NQ-HĐND ngày 10/4/2024 của HĐND thành phố

Ngũ Hành Sơn, ngày 20 tháng 5 năm 2024

Kính gửi: UBND các phường.

Thực hiện ý kiến chỉ đạo của Chủ tịch UBND thành phố Đà Nẵng tại Công văn số 2201/UBND-KT ngày 15/5/2024, UBND quận đề nghị UBND các phường triển khai các nội dung sau:
1. Rà soát theo Kế hoạch số 44/KH-UBND ngày 02/4/2024 của UBND quận.
`,
  // 4 Để triển khai thực hiện / Quán triệt và triển khai / Trên cơ sở
  party_de_trien_khai: `ĐẢNG BỘ HUYỆN ĐÔNG ANH
ĐẢNG ỦY XÃ VÂN HÀ
*
Số 45-KH/ĐU

Vân Hà, ngày 10 tháng 6 năm 2024

KẾ HOẠCH
học tập, quán triệt Nghị quyết của Huyện ủy

Để triển khai thực hiện Nghị quyết số 15-NQ/HU ngày 20/5/2024 của Ban Chấp hành Đảng bộ huyện về phát triển nông nghiệp, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
Quán triệt và triển khai Chỉ thị số 21-CT/TU ngày 02/5/2024 của Thành ủy đến toàn thể cán bộ, đảng viên.
Trên cơ sở Kết luận số 30-KL/HU ngày 12/4/2024 của Ban Thường vụ Huyện ủy, Đảng ủy xã đề ra các nhiệm vụ sau:
1. Các chi bộ tổ chức học tập.
`,
  // 5 Tiếp theo Công văn (own series, issuer omitted) and Phúc đáp
  tiep_theo: `ỦY BAN NHÂN DÂN
HUYỆN GIA LÂM
-------
Số: 980/UBND-TNMT
V/v bổ sung hồ sơ đất đai

Gia Lâm, ngày 14 tháng 6 năm 2024

Kính gửi: Sở Tài nguyên và Môi trường Hà Nội.

Tiếp theo Công văn số 870/UBND-TNMT ngày 20/5/2024, phúc đáp Công văn số 3310/STNMT-QLĐĐ ngày 05/6/2024 của Sở Tài nguyên và Môi trường, UBND huyện Gia Lâm báo cáo như sau.
`,
  // 6 Quyết định preamble with Theo đề nghị … tại Tờ trình
  qd_preamble: `ỦY BAN NHÂN DÂN
THỊ XÃ HOÀNG MAI
-------
Số: 2215/QĐ-UBND

Hoàng Mai, ngày 02 tháng 7 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo chuyển đổi số thị xã

ỦY BAN NHÂN DÂN THỊ XÃ HOÀNG MAI

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Quyết định số 1810/QĐ-UBND ngày 05/6/2024 của UBND tỉnh Nghệ An về chuyển đổi số;
Theo đề nghị của Trưởng phòng Nội vụ thị xã tại Tờ trình số 95/TTr-NV ngày 25/6/2024.

QUYẾT ĐỊNH:
Điều 1. Thành lập Ban Chỉ đạo.
`,
  // 7 news: Thực hiện Chỉ thị …, UBND huyện đã ban hành Kế hoạch
  news: `Đan Phượng: Ra quân làm sạch môi trường

(Tin tức) - Thực hiện Chỉ thị số 04/CT-UBND ngày 12/3/2024 của UBND Thành phố Hà Nội, UBND huyện Đan Phượng đã ban hành Kế hoạch số 120/KH-UBND ngày 20/3/2024 về tổng vệ sinh môi trường.

Theo kế hoạch, các xã, thị trấn ra quân vào sáng Chủ nhật hằng tuần.
`,
  // 8 V/v triển khai Nghị quyết in cv heading; Party
  vv_trien_khai: `ĐẢNG BỘ TỈNH THANH HÓA
HUYỆN ỦY NÔNG CỐNG
*
Số 310-CV/HU
V/v triển khai Nghị quyết số 08-NQ/TU ngày 05/3/2024 của Ban Chấp hành Đảng bộ tỉnh

Nông Cống, ngày 20 tháng 3 năm 2024

Kính gửi: Các chi bộ, đảng bộ trực thuộc.

Ban Thường vụ Huyện ủy yêu cầu các chi bộ, đảng bộ trực thuộc tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên.
`,
  // 9 of Thành ủy in area, issuer before number in body
  thanh_uy: `ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG
QUẬN ỦY SƠN TRÀ
*
Số 210-CV/QU

Sơn Trà, ngày 10 tháng 5 năm 2024

Kính gửi: Các đảng ủy phường.

Thực hiện Kết luận số 40-KL/TU ngày 02/5/2024 của Thành ủy về công tác cán bộ; theo chỉ đạo của Ban Thường vụ Thành ủy tại Công văn số 1255-CV/TU ngày 06/5/2024, Ban Thường vụ Quận ủy yêu cầu các đảng ủy phường thực hiện tốt các nội dung sau.
`,

  thi_hanh: `ỦY BAN NHÂN DÂN
XÃ PHÚ CƯỜNG
-------
Số: 35/KH-UBND

Phú Cường, ngày 12 tháng 5 năm 2024

KẾ HOẠCH
Thi hành Quyết định số 820/QĐ-UBND ngày 02/5/2024 của UBND huyện Sóc Sơn

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;
Căn cứ Thông tư số 01/2021/TT-BNV ngày 11/01/2021 của Bộ Nội vụ hướng dẫn thực hiện Nghị định số 30/2020/NĐ-CP;
Để thi hành Quyết định số 820/QĐ-UBND ngày 02/5/2024 của UBND huyện Sóc Sơn, UBND xã xây dựng Kế hoạch như sau:
1. Công an xã chủ trì.
`,
  central: `TỈNH ỦY HÀ TĨNH
*
Số 150-KH/TU

Hà Tĩnh, ngày 10 tháng 3 năm 2025

KẾ HOẠCH
Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ

Căn cứ Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra;
Thực hiện Kết luận số 123-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng, Hướng dẫn số 25-HD/BTGTW ngày 12/01/2025 của Ban Tuyên giáo Trung ương, Công điện số 05/CĐ-TTg ngày 14/01/2025 của Thủ tướng Chính phủ,
Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH
1. Các huyện ủy, thành ủy, thị ủy xây dựng kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.
`,
  cv_bao_cao: `ĐẢNG BỘ HUYỆN YÊN THÀNH
ĐẢNG ỦY XÃ HỢP THÀNH
*
Số 88-BC/ĐU

Hợp Thành, ngày 10 tháng 6 năm 2024

BÁO CÁO
kết quả 6 tháng đầu năm 2024

Thực hiện Công văn số 512-CV/HU ngày 01/6/2024 của Ban Thường vụ Huyện ủy về việc báo cáo sơ kết công tác 6 tháng đầu năm, Đảng ủy xã báo cáo như sau:
I. KẾT QUẢ
Đảng ủy đã triển khai Chỉ thị số 10-CT/HU ngày 02/01/2024 của Ban Thường vụ Huyện ủy tới 100% chi bộ.
`,
  colon_list: `ỦY BAN NHÂN DÂN
PHƯỜNG BẾN THÀNH
-------
Số: 77/KH-UBND

Bến Thành, ngày 01 tháng 4 năm 2024

KẾ HOẠCH
Cải cách hành chính năm 2024

Thực hiện các văn bản chỉ đạo của cấp trên: Kế hoạch số 512/KH-UBND ngày 10/02/2024 của UBND Thành phố Hồ Chí Minh; Kế hoạch số 60/KH-UBND ngày 01/3/2024 của UBND Quận 1,
Ủy ban nhân dân phường Bến Thành xây dựng Kế hoạch như sau:
1. Bộ phận Một cửa phối hợp với Công an phường thực hiện.
`,
  nested_cancu: `ỦY BAN NHÂN DÂN
HUYỆN KỲ ANH
-------
Số: 400/KH-UBND

Kỳ Anh, ngày 01 tháng 4 năm 2024

KẾ HOẠCH
Phát triển du lịch

Căn cứ Kế hoạch số 150/KH-UBND ngày 01/3/2024 của UBND tỉnh về thực hiện Nghị quyết số 10-NQ/TU ngày 02/01/2024 của Ban Chấp hành Đảng bộ tỉnh;
Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:
1. Phòng Văn hóa và Thông tin chủ trì.
`,

  leadin: `ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG
QUẬN ỦY SƠN TRÀ
*
Số 215-CV/QU

Sơn Trà, ngày 10 tháng 5 năm 2024

Kính gửi: Các đảng ủy phường.

Ban Thường vụ Quận ủy yêu cầu các đảng ủy phường thực hiện tốt các nội dung sau:
1. Tiếp tục quán triệt Chỉ thị số 05-CT/TU ngày 02/3/2024 của Ban Thường vụ Thành ủy.
2. Tổ chức kiểm tra theo Kế hoạch số 60-KH/QU ngày 01/4/2024 của Quận ủy.
`,
  issuers: `ỦY BAN NHÂN DÂN
XÃ TÂN LẬP
-------
Số: 56/UBND

Tân Lập, ngày 10 tháng 5 năm 2024

V/v hỗ trợ người có công

Kính gửi: Các thôn.

Ngày 02/5/2024, Sở Lao động - Thương binh và Xã hội tỉnh Phú Thọ đã có Công văn số 820/SLĐTBXH-NCC về rà soát hồ sơ. Thực hiện Công văn số 1450/UBND-LĐTBXH ngày 06/5/2024 của UBND huyện Đan Phượng, Hướng dẫn số 12/HD-MTTQ ngày 03/5/2024 của Ủy ban Mặt trận Tổ quốc Việt Nam huyện, UBND xã đề nghị các thôn rà soát.
`,
};

describe('citation relation and cited issuer, by the way a document says it', () => {
  it('a Căn cứ line wrapped onto the next line is a basis; every document of one Thực hiện sentence is implemented; a "theo Hướng dẫn" in an item for the communes is cited', () => {
    expect(rows(docs.clean_kh!)).toEqual([
      ['09-CT/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Nghệ An'],
      ['156/2018/NĐ-CP', 'basis', 'Chính phủ'],
      ['210/KH-UBND', 'implements', 'UBND tỉnh Nghệ An'],
      ['12-HD/BTGTU', 'cites', 'Ban Tuyên giáo Tỉnh ủy Nghệ An'],
      ['named:Luật Lâm nghiệp', 'basis', null],
    ]);
  });
  it('items without numbers under a "Căn cứ:" heading of a headless plan are bases', () => {
    expect(rows(docs.headless_cancu!)).toEqual([
      ['88/KH-UBND', 'basis', 'UBND tỉnh Phú Thọ'],
      ['455/SYT-NVY', 'basis', 'Sở Y tế tỉnh Phú Thọ'],
    ]);
  });
  it('"Thực hiện ý kiến chỉ đạo của X tại Công văn số …" and "V/v triển khai Nghị quyết …" are implemented; a "theo Kế hoạch" in an item under "đề nghị UBND các phường … sau:" is cited', () => {
    expect(rows(docs.chi_dao_tai!)).toEqual([
      ['05/NQ-HĐND', 'implements', 'HĐND Thành phố Đà Nẵng'],
      ['2201/UBND-KT', 'implements', 'UBND Thành phố Đà Nẵng'],
      ['44/KH-UBND', 'cites', 'UBND quận Ngũ Hành Sơn'],
    ]);
  });
  it('"Để triển khai thực hiện", "Quán triệt và triển khai" implement; "Trên cơ sở Kết luận" is a basis', () => {
    expect(rows(docs.party_de_trien_khai!)).toEqual([
      ['15-NQ/HU', 'implements', 'Ban Chấp hành Đảng bộ huyện Đông Anh'],
      ['21-CT/TU', 'implements', 'Thành ủy Hà Nội'],
      ['30-KL/HU', 'basis', 'Ban Thường vụ Huyện ủy Đông Anh'],
    ]);
  });
  it('"Tiếp theo Công văn số …" without an issuer is the sender\'s own letter, cited; "phúc đáp" cites', () => {
    expect(rows(docs.tiep_theo!)).toEqual([
      ['870/UBND-TNMT', 'cites', 'UBND huyện Gia Lâm'],
      ['3310/STNMT-QLĐĐ', 'cites', 'Sở Tài nguyên và Môi trường Thành phố Hà Nội'],
    ]);
  });
  it('a Quyết định\'s preamble: the Căn cứ lines are bases, "Theo đề nghị của … tại Tờ trình số …" is cited with the proposing office as issuer', () => {
    expect(rows(docs.qd_preamble!)).toEqual([
      ['1810/QĐ-UBND', 'basis', 'UBND tỉnh Nghệ An'],
      ['95/TTr-NV', 'cites', 'Phòng Nội vụ thị xã Hoàng Mai'],
      ['named:Luật Tổ chức chính quyền địa phương', 'basis', null],
    ]);
  });
  it('a news lead "Thực hiện Chỉ thị …, UBND huyện đã ban hành Kế hoạch số …" implements the Chỉ thị, and the announced plan is the document itself', () => {
    expect(rows(docs.news!)).toEqual([
      ['04/CT-UBND', 'implements', 'UBND Thành phố Hà Nội'],
    ]);
  });
  it('the trích yếu "V/v triển khai Nghị quyết số …" of a Party letter implements it', () => {
    expect(rows(docs.vv_trien_khai!)).toEqual([
      ['08-NQ/TU', 'implements', 'Ban Chấp hành Đảng bộ tỉnh Thanh Hóa'],
    ]);
  });
  it('"theo chỉ đạo của Ban Thường vụ Thành ủy tại Công văn số …" implements it; "của Thành ủy" is the city of the document', () => {
    expect(rows(docs.thanh_uy!)).toEqual([
      ['40-KL/TU', 'implements', 'Thành ủy Đà Nẵng'],
      ['1255-CV/TU', 'implements', 'Ban Thường vụ Thành ủy Đà Nẵng'],
    ]);
  });
  it('"Để thi hành Quyết định số …" implements it; "hướng dẫn thực hiện Nghị định …" inside a Căn cứ line leaves that Nghị định a basis', () => {
    expect(rows(docs.thi_hanh!)).toEqual([
      ['820/QĐ-UBND', 'implements', 'UBND huyện Sóc Sơn'],
      ['30/2020/NĐ-CP', 'basis', 'Chính phủ'],
      ['01/2021/TT-BNV', 'basis', 'Bộ Nội vụ'],
    ]);
  });
  it('a provincial plan: central Party and State issuers, a Thực hiện list over commas wrapped onto the next line', () => {
    expect(rows(docs.central!)).toEqual([
      ['57-NQ/TW', 'implements', 'Bộ Chính trị'],
      ['22-QĐ/TW', 'basis', 'Ban Chấp hành Trung ương'],
      ['123-KL/TW', 'implements', 'Ban Chấp hành Trung ương'],
      ['25-HD/BTGTW', 'implements', 'Ban Tuyên giáo Trung ương'],
      ['05/CĐ-TTg', 'implements', 'Thủ tướng Chính phủ'],
    ]);
  });
  it('a Báo cáo that answers a request ("Thực hiện Công văn số … về việc báo cáo …") implements it', () => {
    expect(rows(docs.cv_bao_cao!)).toEqual([
      ['512-CV/HU', 'implements', 'Ban Thường vụ Huyện ủy Yên Thành'],
      ['10-CT/HU', 'implements', 'Ban Thường vụ Huyện ủy Yên Thành'],
    ]);
  });
  it('"Thực hiện các văn bản chỉ đạo của cấp trên: Kế hoạch …; Kế hoạch …" implements every item after the colon', () => {
    expect(rows(docs.colon_list!)).toEqual([
      ['512/KH-UBND', 'implements', 'UBND Thành phố Hồ Chí Minh'],
      ['60/KH-UBND', 'implements', 'UBND quận 1'],
    ]);
  });
  // The resolution's carrying out is the plan's (a nested entry, left out of these rows); the district cites it (labels38).
  it("a basis whose subject carries out another order keeps the basis; the nested one is the cited plan's act, and the district cites it", () => {
    expect(rows(docs.nested_cancu!)).toEqual([
      ['150/KH-UBND', 'basis', 'UBND tỉnh Hà Tĩnh'],
      ['10-NQ/TU', 'cites', 'Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh'],
    ]);
  });
  it('items without a subject under "Ban Thường vụ … yêu cầu các đảng ủy phường … sau:" are tasks for others: what they name is cited', () => {
    expect(rows(docs.leadin!)).toEqual([
      ['05-CT/TU', 'cites', 'Ban Thường vụ Thành ủy Đà Nẵng'],
      ['60-KH/QU', 'cites', 'Quận ủy Sơn Trà'],
    ]);
  });
  it('issuers written before the number ("Sở … đã có Công văn số …"), names with a dash and "và", the Front of the district', () => {
    expect(rows(docs.issuers!)).toEqual([
      ['820/SLĐTBXH-NCC', 'cites', 'Sở Lao động - Thương binh và Xã hội tỉnh Phú Thọ'],
      ['1450/UBND-LĐTBXH', 'implements', 'UBND huyện Đan Phượng'],
      ['12/HD-MTTQ', 'implements', 'Ủy ban MTTQ huyện Đan Phượng'],
    ]);
  });
});

const headed: Record<string, string> = {
  section_heading: `ỦY BAN NHÂN DÂN
XÃ QUỲNH HẬU
-------
Số: 41/KH-UBND

Quỳnh Hậu, ngày 02 tháng 4 năm 2024

KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia súc năm 2024

I. CĂN CỨ XÂY DỰNG KẾ HOẠCH
- Luật Thú y ngày 19 tháng 6 năm 2015;
- Quyết định số 972/QĐ-TTg ngày 07/7/2020 của Thủ tướng Chính phủ phê duyệt Kế hoạch quốc gia phòng, chống bệnh Dịch tả lợn châu Phi;
- Kế hoạch số 102/KH-UBND ngày 15/3/2024 của UBND huyện Quỳnh Lưu.
II. MỤC ĐÍCH, YÊU CẦU
1. Chủ động phòng, chống dịch theo Hướng dẫn số 05/HD-CNTY ngày 01/3/2024 của Chi cục Chăn nuôi và Thú y.
`,
  heading_words: `ĐẢNG BỘ HUYỆN CHƯƠNG MỸ
ĐẢNG ỦY XÃ ĐẠI YÊN
*
Số 30-KH/ĐU

Đại Yên, ngày 02 tháng 4 năm 2024

KẾ HOẠCH
tuyên truyền kỷ niệm ngày thành lập Đảng

Thực hiện các văn bản chỉ đạo của cấp trên:
- Hướng dẫn số 120-HD/BTGTU ngày 10/01/2024 của Ban Tuyên giáo Thành ủy;
- Kế hoạch số 215-KH/HU ngày 12/01/2024 của Ban Thường vụ Huyện ủy,
Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH
`,
  wrapped_issuer: `ỦY BAN NHÂN DÂN
HUYỆN THỌ XUÂN
-------
Số: 77/KH-UBND

Thọ Xuân, ngày 02 tháng 4 năm 2024

KẾ HOẠCH
Phát triển cây ăn quả

Căn cứ Nghị quyết số 15/NQ-HĐND ngày 10/12/2023 của Hội đồng nhân dân
huyện về phát triển nông nghiệp;
Căn cứ Quyết định số 480/QĐ-UBND ngày 05/02/2024 của Ủy ban nhân dân tỉnh
Thanh Hóa về cơ chế hỗ trợ;
Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
`,
  can_cu_heading_items: `KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024

1. Căn cứ pháp lý
- Hướng dẫn số 18/HD-MTTW-BTT ngày 10/8/2024 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam;
- Kế hoạch số 45/KH-MTTQ-BTT ngày 02/9/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Yên Mỹ.
2. Mục đích
Ban Công tác Mặt trận thôn Tân Hưng tổ chức ngày hội.
`,
  neg_tasks: `ĐẢNG BỘ HUYỆN NGHI LỘC
ĐẢNG ỦY XÃ NGHI THUẬN
*
Số 12-CV/ĐU

Nghi Thuận, ngày 02 tháng 4 năm 2024

Kính gửi: Các chi bộ trực thuộc.

Ban Thường vụ Đảng ủy đề nghị các chi bộ:
Thực hiện tốt các nội dung sau:
- Tuyên truyền theo Hướng dẫn số 40-HD/BTGHU ngày 20/3/2024 của Ban Tuyên giáo Huyện ủy;
- Báo cáo kết quả về Văn phòng Đảng ủy.
`,
  title_thuc_hien: `ỦY BAN NHÂN DÂN
HUYỆN YÊN DŨNG
-------
Số: 90/KH-UBND

Yên Dũng, ngày 02 tháng 4 năm 2024

KẾ HOẠCH
Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII
về xây dựng nông thôn mới

Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;
Căn cứ Kế hoạch số 66/KH-UBND ngày 01/3/2024 của UBND tỉnh Bắc Giang;
Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
`,
};

describe('headings that govern a list of cited documents', () => {
  it('reads a section heading "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" over dash items as bases, a named Law among them', () => {
    // The Chi cục's issuer is left out: the unit grammar places a Chi cục without its area in the
    // document's commune, where it belongs to the province (a units matter, not a relation one).
    expect(rows(headed.section_heading!).map(([n, r, i]) => [n, r, n === '05/HD-CNTY' ? '(not checked)' : i])).toEqual([
      ['972/QĐ-TTg', 'basis', 'Thủ tướng Chính phủ'],
      ['102/KH-UBND', 'basis', 'UBND huyện Quỳnh Lưu'],
      // "Chủ động phòng, chống dịch theo Hướng dẫn số …": work done by the guide's measure; the blind
      // writers of the tune documents label a "theo" inside its clause cites (docs/extraction-quality.md).
      ['05/HD-CNTY', 'cites', '(not checked)'],
      ['named:Luật Thú y', 'basis', null],
    ]);
  });

  it('reads "Thực hiện các văn bản chỉ đạo của cấp trên:" as a heading whose items are all implemented', () => {
    expect(rows(headed.heading_words!)).toEqual([
      ['120-HD/BTGTU', 'implements', 'Ban Tuyên giáo Thành ủy Hà Nội'],
      ['215-KH/HU', 'implements', 'Ban Thường vụ Huyện ủy Chương Mỹ'],
    ]);
  });

  it('keeps an issuer wrapped onto the next line of a Căn cứ item', () => {
    expect(rows(headed.wrapped_issuer!)).toEqual([
      ['15/NQ-HĐND', 'basis', 'HĐND huyện Thọ Xuân'],
      ['480/QĐ-UBND', 'basis', 'UBND tỉnh Thanh Hóa'],
    ]);
  });

  it('reads "1. Căn cứ pháp lý" in a headless plan as a heading of bases', () => {
    expect(rows(headed.can_cu_heading_items!).map(([n, r]) => [n, r])).toEqual([
      ['18/HD-MTTW-BTT', 'basis'],
      ['45/KH-MTTQ-BTT', 'basis'],
    ]);
  });

  it('takes "Thực hiện tốt các nội dung sau:" for the tasks it opens, under the lead-in above it, not for a heading of documents', () => {
    expect(rows(headed.neg_tasks!)).toEqual([['40-HD/BTGHU', 'cites', 'Ban Tuyên giáo Huyện ủy Nghi Lộc']]);
  });

  it('leaves the Căn cứ lines under a title that opens with "Thực hiện" bases', () => {
    expect(rows(headed.title_thuc_hien!)).toEqual([
      ['318/QĐ-TTg', 'basis', 'Thủ tướng Chính phủ'],
      ['66/KH-UBND', 'basis', 'UBND tỉnh Bắc Giang'],
      ['named:Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII', 'implements', 'Đảng bộ huyện Yên Dũng'],
    ]);
  });
});

const headless: Record<string, string> = {
  headless_area_later: `Thực hiện Chỉ thị số 15-CT/TU ngày 02/4/2024 của Tỉnh ủy và Kế hoạch số 120/KH-UBND ngày 10/4/2024 của UBND huyện về phòng, chống đuối nước, Ủy ban nhân dân xã Cẩm Quang, huyện Cẩm Xuyên yêu cầu các thôn thực hiện tốt các nội dung sau:
1. Tuyên truyền đến từng hộ gia đình.
`,
  headless_issuer_first: `Ban Thường vụ Đảng ủy phường Vĩnh Hải (thành phố Nha Trang) vừa ban hành Kế hoạch số 45-KH/ĐU triển khai Nghị quyết số 09-NQ/TU ngày 05/3/2024 của Thành ủy về phát triển du lịch biển.
`,
  headless_cancu_mid: `Căn cứ Nghị quyết số 20/NQ-HĐND ngày 10/12/2023 của HĐND xã về nhiệm vụ năm 2024;
Căn cứ Kế hoạch số 30/KH-UBND ngày 15/01/2024 của UBND huyện Quế Sơn,
UBND xã Quế Xuân 1 xây dựng kế hoạch thu ngân sách như sau:
1. Bộ phận Tài chính - Kế toán tham mưu.
`,
};

describe('cited issuers read in a headless fragment', () => {
  it('places "của Tỉnh ủy" and "của UBND huyện" in the area the issuer\'s own sentence names later', () => {
    expect(rows(headless.headless_area_later!)).toEqual([
      ['15-CT/TU', 'implements', 'Tỉnh ủy Hà Tĩnh'],
      ['120/KH-UBND', 'implements', 'UBND huyện Cẩm Xuyên'],
    ]);
  });

  it('reads "của Thành ủy" in a ward of a city inside a province as that city\'s Thành ủy', () => {
    expect(rows(headless.headless_issuer_first!)).toEqual([['09-NQ/TU', 'implements', 'Thành ủy Nha Trang']]);
  });

  it('reads Căn cứ lines that open a fragment as bases, "của HĐND xã" as the commune\'s council', () => {
    expect(rows(headless.headless_cancu_mid!)).toEqual([
      ['20/NQ-HĐND', 'basis', 'HĐND xã Quế Xuân 1'],
      ['30/KH-UBND', 'basis', 'UBND huyện Quế Sơn'],
    ]);
  });
});

describe('a bare "trên" that points back to a document named before', () => {
  const docs: Record<string, string> = {
  tren: `ỦY BAN NHÂN DÂN
HUYỆN HƯƠNG KHÊ
-------
Số: 812/UBND-NN

Hương Khê, ngày 10 tháng 5 năm 2024

V/v phòng chống dịch tả lợn

Kính gửi: UBND các xã, thị trấn.

Ngày 02/5/2024, UBND tỉnh ban hành Kế hoạch số 160/KH-UBND về phòng, chống bệnh Dịch tả lợn châu Phi. Để triển khai thực hiện có hiệu quả Kế hoạch trên, UBND huyện đề nghị UBND các xã, thị trấn tổ chức thực hiện tốt các nội dung sau trên địa bàn.
`,
  };

  it('lets "Để triển khai thực hiện có hiệu quả Kế hoạch trên" say that the plan named before is implemented', () => {
    expect(rows(docs.tren!)).toEqual([['160/KH-UBND', 'implements', 'UBND tỉnh Hà Tĩnh']]);
  });

  it('takes no "kế hoạch trên địa bàn", "trên cơ sở", "văn bản trên mạng" for a back-reference', () => {
    const r = parseDocument(`ỦY BAN NHÂN DÂN
XÃ KỲ BẮC
-------
Số: 20/KH-UBND

Kỳ Bắc, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Tuyên truyền

Thực hiện Kế hoạch số 160/KH-UBND ngày 02/5/2024 của UBND huyện Kỳ Anh, UBND xã xây dựng kế hoạch trên địa bàn xã như sau; kế hoạch trên cơ sở các văn bản trên mạng.
`);
    expect(r.citations.map((c) => [c.number, c.relation, c.spans.length])).toEqual([['160/KH-UBND', 'implements', 1]]);
  });
});

describe('a title in capitals', () => {
  it('ends the issuer of "THỰC HIỆN CHỈ THỊ SỐ … CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ …" before the subject', () => {
    expect(rows(`ĐẢNG BỘ TỈNH NGHỆ AN
HUYỆN ỦY QUỲNH LƯU
*
Số 120-KH/HU

Quỳnh Lưu, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
THỰC HIỆN CHỈ THỊ SỐ 25-CT/TU NGÀY 02/4/2024 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ TĂNG CƯỜNG CÔNG TÁC DÂN VẬN

Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH
`)).toEqual([['25-CT/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Nghệ An']]);
  });
});

describe('a web copy and a Party letter', () => {
  const docs: Record<string, string> = {
  web_wrap: `UỶ BAN NHÂN DÂN | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG TÂN PHONG | Độc lập - Tự do - Hạnh phúc
Số: 56 /KH-UBND | Tân Phong, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Tổng vệ sinh môi trường

Thực hiện
Kế hoạch số 230/KH-UBND ngày 02/5/2024 của Ủy ban nhân dân thành phố
Biên Hòa về tổng vệ sinh môi trường; Công văn số 1180/UBND-TNMT ngày 05/5/2024 của UBND
thành phố, Ủy ban nhân dân phường Tân Phong xây dựng Kế hoạch như sau:
1. Các khu phố tổ chức ra quân.
`,
  party_thuc_hien_thong_bao: `ĐẢNG BỘ TỈNH BẮC NINH
HUYỆN ỦY TIÊN DU
*
Số 300-CV/HU
V/v thực hiện Thông báo kết luận số 1520-TB/TU

Tiên Du, ngày 10 tháng 5 năm 2024

Kính gửi: Các tổ chức cơ sở đảng.

Thực hiện Thông báo kết luận số 1520-TB/TU ngày 02/5/2024 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy yêu cầu:
1. Các tổ chức cơ sở đảng quán triệt nội dung Thông báo kết luận.
2. Đảng ủy các xã, thị trấn chỉ đạo thực hiện Kế hoạch số 40-KH/HU ngày 01/3/2024 của Huyện ủy.
`,
  };

  it('reads "Thực hiện" alone on its line over wrapped items, and "UBND thành phố" in a ward of Biên Hòa as that city', () => {
    expect(rows(docs.web_wrap!)).toEqual([
      ['230/KH-UBND', 'implements', 'UBND thành phố Biên Hòa'],
      ['1180/UBND-TNMT', 'implements', 'UBND thành phố Biên Hòa'],
    ]);
  });

  it("implements the Thông báo kết luận it carries out and cites the plan it tells the communes' Party committees to carry out", () => {
    expect(rows(docs.party_thuc_hien_thong_bao!)).toEqual([
      ['1520-TB/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Bắc Ninh'],
      ['40-KH/HU', 'cites', 'Huyện ủy Tiên Du'],
    ]);
  });
});
