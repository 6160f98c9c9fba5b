import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations and cited issuers, fifth round (issue 9): wordings the tune split did not have,
 * weighted to clean documents and headless fragments, and the positional rules a real wording would
 * break. Each document is written for this test in the style of real ones (own words, real place
 * names) and was labelled by hand before the parser was run on it; the tune document c60 holds several
 * of them in one plan. `rows` lists the citations the document makes itself (none nested here).
 */
type Row = [number: string, relation: string, issuer: string | null];
const rows = (doc: string): Row[] => parseDocument(doc).citations.filter((c) => c.citedBy === null)
  .map((c): Row => [c.number ?? `named:${c.name!}`, c.relation, c.issuer?.name ?? null]);

describe('relation wordings, fifth round', () => {
  it('"Nhằm cụ thể hóa … , đồng thời căn cứ Quyết định số …": the basis inside a prose sentence after an implementation', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN YÊN THÀNH
-------
Số: 318/KH-UBND

Yên Thành, ngày 14 tháng 8 năm 2024

KẾ HOẠCH
Chuyển đổi số trong cơ quan hành chính huyện năm 2024 - 2025

Nhằm cụ thể hóa các nhiệm vụ mà Nghị quyết số 06-NQ/HU ngày 20/3/2023 của Ban Chấp hành Đảng bộ huyện Yên Thành về chuyển đổi số đã đề ra, đồng thời căn cứ Quyết định số 1120/QĐ-UBND ngày 05/5/2023 của Ủy ban nhân dân tỉnh Nghệ An phê duyệt Đề án chuyển đổi số tỉnh, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
`;
    expect(rows(doc)).toEqual([
      ['06-NQ/HU', 'implements', 'Ban Chấp hành Đảng bộ huyện Yên Thành'],
      ['1120/QĐ-UBND', 'basis', 'UBND tỉnh Nghệ An'],
    ]);
  });

  it('"Tiếp theo Công văn số …" cites its own series, and its repeat in the closing "Trong quá trình thực hiện, … theo Công văn số … nêu trên" stays cited', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN YÊN THÀNH
-------
Số: 1675/UBND-VHTT

Yên Thành, ngày 02 tháng 9 năm 2024

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Tiếp theo Công văn số 1520/UBND-VHTT ngày 10/6/2024 về rà soát thủ tục hành chính, Ủy ban nhân dân huyện tiếp tục triển khai Kế hoạch số 79/KH-UBND ngày 01/3/2024 của Ủy ban nhân dân tỉnh Nghệ An về cải cách hành chính năm 2024.

Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các xã, thị trấn phản ánh về Phòng Văn hóa và Thông tin huyện để tổng hợp theo Công văn số 1520/UBND-VHTT nêu trên.
`;
    expect(rows(doc)).toEqual([
      ['1520/UBND-VHTT', 'cites', 'UBND huyện Yên Thành'],
      ['79/KH-UBND', 'implements', 'UBND tỉnh Nghệ An'],
    ]);
  });

  it('a "Thực hiện" list spread over paragraphs, each item on its own after a blank line', () => {
    const doc = `ĐẢNG BỘ TỈNH QUẢNG TRỊ
HUYỆN ỦY GIO LINH
*
Số 145-KH/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Gio Linh, ngày 20 tháng 5 năm 2024

KẾ HOẠCH
triển khai công tác phòng, chống ma túy năm 2024

Thực hiện Kế hoạch số 85-KH/TU ngày 03/4/2024 của Ban Thường vụ Tỉnh ủy về phòng, chống ma túy;

Công văn số 1450-CV/TU ngày 20/4/2024 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác cai nghiện;

Hướng dẫn số 12-HD/BTGTU ngày 25/4/2024 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền phòng, chống ma túy,

Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:
`;
    expect(rows(doc)).toEqual([
      ['85-KH/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Quảng Trị'],
      ['1450-CV/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Quảng Trị'],
      ['12-HD/BTGTU', 'implements', 'Ban Tuyên giáo Tỉnh ủy Quảng Trị'],
    ]);
  });

  it('"Thực hiện:" over numbered sub-headings ("1. Các văn bản của Trung ương:") with dash items under each', () => {
    const doc = `ĐẢNG BỘ HUYỆN GIO LINH
ĐẢNG ỦY XÃ GIO MỸ
*
Số 32-KH/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Gio Mỹ, ngày 10 tháng 6 năm 2024

KẾ HOẠCH
phòng, chống ma túy trên địa bàn xã

Thực hiện:
1. Các văn bản của Trung ương:
- Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị về tăng cường công tác phòng, chống ma túy;
- Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục đẩy mạnh công tác phòng, chống ma túy.
2. Các văn bản của cấp trên:
- Kế hoạch số 145-KH/HU ngày 20/5/2024 của Ban Thường vụ Huyện ủy Gio Linh về phòng, chống ma túy năm 2024.
Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
`;
    expect(rows(doc)).toEqual([
      ['36-CT/TW', 'implements', 'Bộ Chính trị'],
      ['01-KL/TW', 'implements', 'Bộ Chính trị'],
      ['145-KH/HU', 'implements', 'Ban Thường vụ Huyện ủy Gio Linh'],
    ]);
  });

  it('a headless fragment whose first word is the rest of a cut "Thực hiện" ("hiện Kế hoạch số …")', () => {
    const doc = `hiện Kế hoạch số 56/KH-UBND ngày 08/02/2024 của Ủy ban nhân dân huyện Diễn Châu về bảo đảm an toàn giao thông năm 2024, Ủy ban nhân dân xã Diễn Kim yêu cầu các xóm thực hiện các nội dung sau:
1. Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ đến từng hộ gia đình.
`;
    // The Law propagated is cited too (the blind writers of 2026-12-05 label every Law a text names).
    expect(rows(doc)).toEqual([
      ['56/KH-UBND', 'implements', 'UBND huyện Diễn Châu'],
      ['named:Luật Trật tự, an toàn giao thông đường bộ', 'cites', null],
    ]);
  });

  it('"quán triệt Chỉ thị số 35-CT/TW" in the title (issuer from the symbol) joins "Bộ Chính trị ban hành Chỉ thị số 35-CT/TW", and "các nội dung của Chỉ thị nói trên" carries it out', () => {
    const doc = `ĐẢNG BỘ TỈNH NGHỆ AN
HUYỆN ỦY DIỄN CHÂU
*
Số 210-KH/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Diễn Châu, ngày 05 tháng 7 năm 2024

KẾ HOẠCH
học tập, quán triệt Chỉ thị số 35-CT/TW

Ngày 14/6/2024, Bộ Chính trị ban hành Chỉ thị số 35-CT/TW về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Để quán triệt và triển khai thực hiện nghiêm túc, có hiệu quả các nội dung của Chỉ thị nói trên, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:
`;
    expect(rows(doc)).toEqual([
      ['35-CT/TW', 'implements', 'Bộ Chính trị'],
    ]);
  });

  it('"Phúc đáp Công văn số … về việc …, sau khi xem xét, căn cứ Quyết định số …": the reply\'s subject ends before ", căn cứ"', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN DIỄN CHÂU
-------
Số: 2210/UBND-TCKH

Diễn Châu, ngày 12 tháng 8 năm 2024

Kính gửi: Ủy ban nhân dân xã Diễn Kim.

Phúc đáp Công văn số 88/UBND ngày 30/7/2024 của Ủy ban nhân dân xã Diễn Kim về việc đề nghị hỗ trợ kinh phí khắc phục hậu quả mưa lũ, sau khi xem xét, căn cứ Quyết định số 35/2021/QĐ-UBND ngày 20/8/2021 của Ủy ban nhân dân tỉnh Nghệ An về chính sách hỗ trợ khắc phục thiên tai, Ủy ban nhân dân huyện có ý kiến như sau:
`;
    expect(rows(doc)).toEqual([
      ['88/UBND', 'cites', 'UBND xã Diễn Kim'],
      ['35/2021/QĐ-UBND', 'basis', 'UBND tỉnh Nghệ An'],
    ]);
  });

  // A basis until blind batch 13, whose writers (f106, h101) cite a document whose results are the grounds.
  it('"Trên cơ sở kết quả sơ kết 03 năm thực hiện Nghị quyết số …" cites it; "căn cứ vào Kế hoạch số …" in the main clause is a basis', () => {
    const doc = `ỦY BAN NHÂN DÂN
XÃ DIỄN KIM
-------
Số: 45/KH-UBND

Diễn Kim, ngày 15 tháng 9 năm 2024

KẾ HOẠCH
Xây dựng xã nông thôn mới kiểu mẫu năm 2025

Trên cơ sở kết quả sơ kết 03 năm thực hiện Nghị quyết số 05-NQ/ĐU ngày 12/10/2021 của Đảng ủy xã Diễn Kim về xây dựng nông thôn mới, Ủy ban nhân dân xã xây dựng Kế hoạch căn cứ vào Kế hoạch số 156/KH-UBND ngày 20/8/2024 của Ủy ban nhân dân huyện Diễn Châu như sau:
`;
    expect(rows(doc)).toEqual([
      ['05-NQ/ĐU', 'cites', 'Đảng ủy xã Diễn Kim'],
      ['156/KH-UBND', 'basis', 'UBND huyện Diễn Châu'],
    ]);
  });

  it('"Thực hiện ý kiến chỉ đạo của đồng chí Chủ tịch UBND tỉnh tại Văn bản số …" implements; "Xét đề nghị của Trưởng phòng … tại Tờ trình số …" cites', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN DIỄN CHÂU
-------
Số: 2388/QĐ-UBND

Diễn Châu, ngày 02 tháng 10 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác chuyển đổi số huyện

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN DIỄN CHÂU

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Thực hiện ý kiến chỉ đạo của đồng chí Chủ tịch Ủy ban nhân dân tỉnh tại Văn bản số 5120/UBND-KGVX ngày 10/7/2024 về thành lập tổ công nghệ số cộng đồng;
Xét đề nghị của Trưởng phòng Văn hóa và Thông tin huyện tại Tờ trình số 45/TTr-VHTT ngày 25/9/2024.
`;
    expect(rows(doc)).toEqual([
      ['5120/UBND-KGVX', 'implements', 'UBND tỉnh Nghệ An'],
      ['45/TTr-VHTT', 'cites', 'Phòng Văn hóa và Thông tin huyện Diễn Châu'],
      ['named:Luật Tổ chức chính quyền địa phương', 'basis', null],
    ]);
  });

  it('a plan carried out "… ban hành kèm theo Quyết định số …": the decision named in its subject is cited, not carried out', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN DIỄN CHÂU
-------
Số: 240/KH-UBND

Diễn Châu, ngày 18 tháng 10 năm 2024

KẾ HOẠCH
Triển khai Đề án phát triển du lịch cộng đồng

Thực hiện Kế hoạch số 95/KH-UBND ngày 10/5/2024 của Ủy ban nhân dân tỉnh Nghệ An về triển khai Đề án phát triển du lịch cộng đồng ban hành kèm theo Quyết định số 1312/QĐ-UBND ngày 02/4/2024 của Ủy ban nhân dân tỉnh Nghệ An, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
`;
    expect(rows(doc)).toEqual([
      ['95/KH-UBND', 'implements', 'UBND tỉnh Nghệ An'],
      ['1312/QĐ-UBND', 'cites', 'UBND tỉnh Nghệ An'],
    ]);
  });

  it('a headless fragment opening "Triển khai Công văn số … của Sở …, Trung tâm … đề nghị …"', () => {
    const doc = `Triển khai Công văn số 1208/SYT-NVY ngày 15/8/2024 của Sở Y tế tỉnh Quảng Bình về phòng, chống sốt xuất huyết, Trung tâm Y tế huyện Bố Trạch đề nghị Ủy ban nhân dân các xã, thị trấn chỉ đạo thực hiện tốt các nội dung sau:
1. Tổ chức ra quân diệt lăng quăng tại các thôn, bản trước ngày 30/8/2024.
`;
    expect(rows(doc)).toEqual([
      ['1208/SYT-NVY', 'implements', 'Sở Y tế tỉnh Quảng Bình'],
    ]);
  });

  it('a headless "V/v" letter: "Thực hiện ý kiến chỉ đạo của đồng chí Phó Chủ tịch UBND huyện tại Thông báo số …"', () => {
    const doc = `V/v tổ chức tập huấn kỹ năng chuyển đổi số

Thực hiện ý kiến chỉ đạo của đồng chí Phó Chủ tịch Ủy ban nhân dân huyện Bố Trạch tại Thông báo số 320/TB-UBND ngày 20/8/2024, Phòng Văn hóa và Thông tin huyện đề nghị Ủy ban nhân dân các xã, thị trấn cử cán bộ tham gia tập huấn.
`;
    expect(rows(doc)).toEqual([
      ['320/TB-UBND', 'implements', 'UBND huyện Bố Trạch'],
    ]);
  });

  it('a received letter carried out by "Thực hiện chỉ đạo của UBND tỉnh tại văn bản nêu trên": cited, and not the fragment\'s own number', () => {
    const doc = `Ngày 05/9/2024, Ủy ban nhân dân tỉnh Quảng Bình có Công văn số 4520/UBND-NC về tăng cường công tác tuyển quân năm 2025. Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh tại văn bản nêu trên, Ban Chỉ huy Quân sự huyện Bố Trạch đề nghị Ủy ban nhân dân các xã, thị trấn:
1. Rà soát nguồn công dân trong độ tuổi nhập ngũ.
`;
    expect(rows(doc)).toEqual([
      ['4520/UBND-NC', 'implements', 'UBND tỉnh Quảng Bình'],
    ]);
    expect(parseDocument(doc).number).toBeNull();
  });

  it('a news lead "Quán triệt Nghị quyết số …, Ban Thường vụ … vừa ban hành Kế hoạch số …"', () => {
    const doc = `Huyện ủy Bố Trạch triển khai Nghị quyết về khoa học, công nghệ

Quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Ban Thường vụ Huyện ủy Bố Trạch vừa ban hành Kế hoạch số 145-KH/HU ngày 10/01/2025 để tổ chức thực hiện trên địa bàn huyện.

Theo Kế hoạch, các cấp ủy, tổ chức đảng tổ chức học tập chuyên đề trước ngày 28/02/2025.
`;
    expect(rows(doc)).toEqual([
      ['57-NQ/TW', 'implements', 'Bộ Chính trị'],
    ]);
  });

  it('"Ngày …, UBND tỉnh ban hành Kế hoạch số …" then "Để triển khai có hiệu quả các nhiệm vụ tại Kế hoạch nêu trên"', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN BỐ TRẠCH
-------
Số: 198/KH-UBND

Bố Trạch, ngày 26 tháng 8 năm 2024

KẾ HOẠCH
Cải thiện chỉ số năng lực cạnh tranh cấp huyện năm 2024

Ngày 12/8/2024, Ủy ban nhân dân tỉnh Quảng Bình ban hành Kế hoạch số 301/KH-UBND về nâng cao chỉ số năng lực cạnh tranh cấp tỉnh năm 2024.

Để triển khai có hiệu quả các nhiệm vụ tại Kế hoạch nêu trên, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
`;
    expect(rows(doc)).toEqual([
      ['301/KH-UBND', 'implements', 'UBND tỉnh Quảng Bình'],
    ]);
  });

  it('"Trả lời Văn bản số …" cites; a closing "Quá trình triển khai thực hiện, … theo quy định tại Thông tư số …" cites', () => {
    const doc = `V/v góp ý hồ sơ điều chỉnh quy hoạch

Trả lời Văn bản số 56/UBND-VP ngày 10/9/2024 của Ủy ban nhân dân xã Hòa Trạch về việc đề nghị góp ý hồ sơ điều chỉnh quy hoạch chung xã, Phòng Kinh tế và Hạ tầng huyện Bố Trạch có ý kiến như sau:
1. Hồ sơ cơ bản phù hợp với quy định.

Quá trình triển khai thực hiện, nếu có phát sinh vướng mắc, đề nghị Ủy ban nhân dân xã phản ánh về Phòng Kinh tế và Hạ tầng để được hướng dẫn theo quy định tại Thông tư số 04/2022/TT-BXD ngày 24/10/2022 của Bộ Xây dựng.
`;
    expect(rows(doc)).toEqual([
      ['56/UBND-VP', 'cites', 'UBND xã Hòa Trạch'],
      ['04/2022/TT-BXD', 'cites', 'Bộ Xây dựng'],
    ]);
  });

  it('a headless "Thực hiện các văn bản của cấp trên:" over a) b) items, the last ending with a comma', () => {
    const doc = `Thực hiện các văn bản của cấp trên:
a) Kế hoạch số 40-KH/HU ngày 02/3/2024 của Ban Thường vụ Huyện ủy Bố Trạch về công tác dân vận năm 2024;
b) Hướng dẫn số 15-HD/BDVHU ngày 10/3/2024 của Ban Dân vận Huyện ủy Bố Trạch về xây dựng mô hình dân vận khéo,
Chi ủy Chi bộ thôn Đông Trạch xây dựng kế hoạch thực hiện như sau:
`;
    expect(rows(doc)).toEqual([
      ['40-KH/HU', 'implements', 'Ban Thường vụ Huyện ủy Bố Trạch'],
      ['15-HD/BDVHU', 'implements', 'Ban Dân vận Huyện ủy Bố Trạch'],
    ]);
  });

  it('"Căn cứ Kế hoạch số … và ý kiến thống nhất của Thường trực Đảng ủy xã tại Thông báo số …": both bases', () => {
    const doc = `ĐẢNG BỘ HUYỆN BỐ TRẠCH
ĐẢNG ỦY XÃ HÒA TRẠCH
*
Số 56-TB/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Trạch, ngày 02 tháng 10 năm 2024

THÔNG BÁO
kết luận của Ban Thường vụ Đảng ủy xã

Căn cứ Kế hoạch số 12/KH-UBND ngày 15/01/2024 của Ủy ban nhân dân xã Hòa Trạch và ý kiến thống nhất của Thường trực Đảng ủy xã tại Thông báo số 48-TB/ĐU ngày 20/9/2024, Ban Thường vụ Đảng ủy xã kết luận như sau:
`;
    expect(rows(doc)).toEqual([
      ['12/KH-UBND', 'basis', 'UBND xã Hòa Trạch'],
      ['48-TB/ĐU', 'basis', 'Thường trực Đảng ủy xã Hòa Trạch'],
    ]);
  });

  it('"Thực hiện nội dung chỉ đạo tại Công văn số … của Sở …"', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN BỐ TRẠCH
-------
Số: 2401/UBND-NV

Bố Trạch, ngày 08 tháng 10 năm 2024

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Thực hiện nội dung chỉ đạo tại Công văn số 2230/SNV-CCVC ngày 01/10/2024 của Sở Nội vụ tỉnh Quảng Bình về rà soát vị trí việc làm, Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân các xã, thị trấn rà soát, báo cáo trước ngày 20/10/2024.
`;
    expect(rows(doc)).toEqual([
      ['2230/SNV-CCVC', 'implements', 'Sở Nội vụ tỉnh Quảng Bình'],
    ]);
  });

  it('"Tiếp theo Thông báo số … của Ban Thường vụ Huyện ủy" in a Party Thông báo', () => {
    const doc = `ĐẢNG BỘ TỈNH QUẢNG BÌNH
HUYỆN ỦY BỐ TRẠCH
*
Số 61-TB/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Bố Trạch, ngày 15 tháng 5 năm 2024

THÔNG BÁO
bổ sung nội dung hội nghị Ban Chấp hành Đảng bộ huyện

Tiếp theo Thông báo số 45-TB/HU ngày 02/5/2024 của Ban Thường vụ Huyện ủy về tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18, Ban Thường vụ Huyện ủy thông báo bổ sung nội dung hội nghị như sau:
`;
    expect(rows(doc)).toEqual([
      ['45-TB/HU', 'cites', 'Ban Thường vụ Huyện ủy Bố Trạch'],
    ]);
  });

  it('"Trong quá trình thực hiện Kế hoạch số …" speaks of carrying it out; "Trong quá trình thực hiện Kế hoạch này, … theo Công văn số …" is the closing formula', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN DIỄN CHÂU
-------
Số: 260/KH-UBND

Diễn Châu, ngày 28 tháng 10 năm 2024

KẾ HOẠCH
Quản lý, sử dụng kinh phí sự nghiệp môi trường năm 2025

Trong quá trình thực hiện Kế hoạch số 45/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh Nghệ An, Ủy ban nhân dân huyện đã chỉ đạo các xã rà soát các điểm tập kết rác thải.

Trong quá trình thực hiện Kế hoạch này, nếu có vướng mắc, các đơn vị phản ánh về Phòng Tài chính - Kế hoạch huyện theo Công văn số 1880/UBND-TCKH ngày 02/8/2024 của Ủy ban nhân dân huyện.
`;
    expect(rows(doc)).toEqual([
      ['45/KH-UBND', 'implements', 'UBND tỉnh Nghệ An'],
      ['1880/UBND-TCKH', 'cites', 'UBND huyện Diễn Châu'],
    ]);
  });

  it('a headless fragment cut inside "Căn cứ" ("cứ Quyết định số …")', () => {
    const doc = `cứ Quyết định số 35/2021/QĐ-UBND ngày 20/8/2021 của Ủy ban nhân dân tỉnh Nghệ An về chính sách hỗ trợ khắc phục thiên tai, Ủy ban nhân dân huyện Diễn Châu phân bổ kinh phí như sau:
1. Xã Diễn Kim: 200 triệu đồng.
`;
    expect(rows(doc)).toEqual([
      ['35/2021/QĐ-UBND', 'basis', 'UBND tỉnh Nghệ An'],
    ]);
  });

  it('"Thực hiện:" over spaced sub-headings with "+" items', () => {
    const doc = `ĐẢNG BỘ TỈNH NGHỆ AN
HUYỆN ỦY DIỄN CHÂU
*
Số 230-KH/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Diễn Châu, ngày 12 tháng 8 năm 2024

KẾ HOẠCH
tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027

Thực hiện:

1. Văn bản của Trung ương:

+ Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp;

+ Hướng dẫn số 26-HD/BTCTW ngày 06/8/2024 của Ban Tổ chức Trung ương về nghiệp vụ công tác đảng viên.

2. Văn bản của tỉnh:

+ Kế hoạch số 301-KH/TU ngày 01/7/2024 của Ban Thường vụ Tỉnh ủy Nghệ An về đại hội đảng bộ các cấp.

Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:
`;
    expect(rows(doc)).toEqual([
      ['35-CT/TW', 'implements', 'Bộ Chính trị'],
      ['26-HD/BTCTW', 'implements', 'Ban Tổ chức Trung ương'],
      ['301-KH/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Nghệ An'],
    ]);
  });

  it('"Trên cơ sở kết quả tổng kết 10 năm thực hiện Chỉ thị số …" in a news lead: cited (results looked back on)', () => {
    const doc = `Huyện ủy Diễn Châu kết luận về công tác quốc phòng

Trên cơ sở kết quả tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TU ngày 12/3/2014 của Ban Thường vụ Tỉnh ủy Nghệ An về xây dựng lực lượng dân quân tự vệ, Ban Thường vụ Huyện ủy Diễn Châu vừa ban hành Kết luận số 88-KL/HU ngày 15/10/2024 về tiếp tục tăng cường công tác quốc phòng địa phương.
`;
    expect(rows(doc)).toEqual([
      ['05-CT/TU', 'cites', 'Ban Thường vụ Tỉnh ủy Nghệ An'],
    ]);
  });

  // labels38 (docs/extraction-quality.md): the commune refers to the plan named in the letter's subject (cites); the
  // letter's own act on it stays a nested entry, left out of these rows.
  it('"Thực hiện Văn bản số … về việc triển khai Kế hoạch số …": the plan in the letter\'s subject is the letter\'s to carry out; the commune cites it', () => {
    const doc = `ỦY BAN NHÂN DÂN
XÃ SƠN KIM 1
-------
Số: 52/KH-UBND

Sơn Kim 1, ngày 12 tháng 6 năm 2024

KẾ HOẠCH
Phòng, chống đuối nước trẻ em năm 2024

Thực hiện Văn bản số 1502/UBND-VX ngày 10/6/2024 của Ủy ban nhân dân huyện Hương Sơn về việc triển khai Kế hoạch số 88/KH-UBND ngày 02/6/2024 của Ủy ban nhân dân tỉnh Hà Tĩnh, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:
`;
    expect(rows(doc)).toEqual([
      ['1502/UBND-VX', 'implements', 'UBND huyện Hương Sơn'],
      ['88/KH-UBND', 'cites', 'UBND tỉnh Hà Tĩnh'],
    ]);
  });

  it('"Căn cứ Nghị quyết số … của HĐND xã … khóa XXI, kỳ họp thứ 8 về …;" then "Căn cứ vào Quyết định số …"', () => {
    const doc = `ỦY BAN NHÂN DÂN
XÃ SƠN KIM 1
-------
Số: 60/QĐ-UBND

Sơn Kim 1, ngày 01 tháng 7 năm 2024

QUYẾT ĐỊNH
Về việc phân bổ kinh phí sự nghiệp giáo dục năm 2024

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ SƠN KIM 1

Căn cứ Nghị quyết số 15/NQ-HĐND ngày 20/12/2023 của Hội đồng nhân dân xã Sơn Kim 1 khóa XXI, kỳ họp thứ 8 về dự toán ngân sách năm 2024;
Căn cứ vào Quyết định số 1250/QĐ-UBND ngày 25/12/2023 của Ủy ban nhân dân huyện Hương Sơn về giao dự toán ngân sách năm 2024.
`;
    expect(rows(doc)).toEqual([
      ['15/NQ-HĐND', 'basis', 'HĐND xã Sơn Kim 1'],
      ['1250/QĐ-UBND', 'basis', 'UBND huyện Hương Sơn'],
    ]);
  });

  it('a headless "V/v triển khai thực hiện Công văn số …" whose body says "nhận được Công văn số …"', () => {
    const doc = `V/v triển khai thực hiện Công văn số 88/SNN-TL của Sở Nông nghiệp và Phát triển nông thôn

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Ủy ban nhân dân huyện Hương Sơn nhận được Công văn số 88/SNN-TL ngày 10/5/2024 của Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh về chủ động phòng, chống hạn. Ủy ban nhân dân huyện đề nghị các xã, thị trấn tổ chức thực hiện.
`;
    expect(rows(doc)).toEqual([
      ['88/SNN-TL', 'implements', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh'],
    ]);
  });

  it('"Để thực hiện tốt Chỉ thị số …, UBND huyện yêu cầu" and "Nhằm thực hiện có hiệu quả Chương trình số …"', () => {
    const doc = `Để thực hiện tốt Chỉ thị số 12/CT-UBND ngày 03/4/2024 của Ủy ban nhân dân tỉnh Hà Tĩnh về tăng cường quản lý đất đai, Ủy ban nhân dân huyện Hương Sơn yêu cầu Ủy ban nhân dân các xã, thị trấn:
1. Rà soát hiện trạng sử dụng đất công ích.

Nhằm thực hiện có hiệu quả Chương trình số 15-CTr/HU ngày 20/01/2024 của Ban Thường vụ Huyện ủy Hương Sơn, các xã báo cáo kết quả về Phòng Tài nguyên và Môi trường trước ngày 30/6/2024.
`;
    expect(rows(doc)).toEqual([
      ['12/CT-UBND', 'implements', 'UBND tỉnh Hà Tĩnh'],
      ['15-CTr/HU', 'implements', 'Ban Thường vụ Huyện ủy Hương Sơn'],
    ]);
  });

  it('"Hưởng ứng Kế hoạch số … của Ban Chỉ đạo cuộc vận động tỉnh, tiếp tục thực hiện Chỉ thị số …": the Ban Chỉ đạo is a name, not an order to others', () => {
    const doc = `ĐẢNG BỘ TỈNH HÀ TĨNH
HUYỆN ỦY HƯƠNG SƠN
*
Số 215-KH/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Hương Sơn, ngày 25 tháng 9 năm 2024

KẾ HOẠCH
tổ chức cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"

Hưởng ứng Kế hoạch số 45-KH/BCĐ ngày 05/9/2024 của Ban Chỉ đạo cuộc vận động tỉnh, tiếp tục thực hiện Chỉ thị số 03-CT/TU ngày 10/01/2022 của Ban Thường vụ Tỉnh ủy Hà Tĩnh, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:
`;
    expect(rows(doc)).toEqual([
      ['45-KH/BCĐ', 'implements', 'Ban Chỉ đạo cuộc vận động tỉnh Hà Tĩnh'],
      ['03-CT/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Hà Tĩnh'],
    ]);
  });

  it('"Thực hiện Kết luận của đồng chí Bí thư Huyện ủy tại buổi làm việc … (Thông báo số … của Huyện ủy …)"', () => {
    const doc = `ĐẢNG BỘ HUYỆN HƯƠNG SƠN
ĐẢNG ỦY XÃ SƠN KIM 1
*
Số 88-KH/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Sơn Kim 1, ngày 25 tháng 9 năm 2024

KẾ HOẠCH
phát triển kinh tế vùng biên giới

Thực hiện Kết luận của đồng chí Bí thư Huyện ủy tại buổi làm việc với Ban Thường vụ Đảng ủy xã ngày 10/9/2024 (Thông báo số 215-TB/HU ngày 15/9/2024 của Huyện ủy Hương Sơn), Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:
`;
    expect(rows(doc)).toEqual([
      ['215-TB/HU', 'implements', 'Huyện ủy Hương Sơn'],
    ]);
  });

  it('"Được sự đồng ý của UBND huyện tại Công văn số …" is the approval the fragment stands on', () => {
    const doc = `Được sự đồng ý của Ủy ban nhân dân huyện Hương Sơn tại Công văn số 1120/UBND-VP ngày 02/8/2024, Phòng Giáo dục và Đào tạo huyện tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2024 - 2025 như sau:
1. Thời gian: từ ngày 15/10/2024.
`;
    expect(rows(doc)).toEqual([
      ['1120/UBND-VP', 'basis', 'UBND huyện Hương Sơn'],
    ]);
  });

  it('"Trên tinh thần chỉ đạo tại Công văn số …" carries the instruction out', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN HƯƠNG SƠN
-------
Số: 1710/UBND-NN

Hương Sơn, ngày 14 tháng 8 năm 2024

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Trên tinh thần chỉ đạo tại Công văn số 3312/UBND-NL1 ngày 08/8/2024 của Ủy ban nhân dân tỉnh Hà Tĩnh về chủ động ứng phó với bão, Ủy ban nhân dân huyện đề nghị các xã, thị trấn triển khai ngay các biện pháp sau:
`;
    expect(rows(doc)).toEqual([
      ['3312/UBND-NL1', 'implements', 'UBND tỉnh Hà Tĩnh'],
    ]);
  });
  it('a headless "Thực hiện văn bản chỉ đạo của UBND tỉnh tại Công văn số …" with its issuer before the number', () => {
    const doc = `Thực hiện văn bản chỉ đạo của Ủy ban nhân dân tỉnh Hà Tĩnh tại Công văn số 2870/UBND-KT ngày 20/8/2024 về tăng cường quản lý giá, Ủy ban nhân dân huyện Can Lộc đề nghị các cơ quan, đơn vị thực hiện tốt các nội dung sau:
1. Phòng Tài chính - Kế hoạch kiểm tra việc niêm yết giá.
`;
    expect(rows(doc)).toEqual([
      ['2870/UBND-KT', 'implements', 'UBND tỉnh Hà Tĩnh'],
    ]);
  });

  it('"Thực hiện Điều 5 Quyết định số …" implements; "; căn cứ khoản 2 Điều 3 Nghị định số …" after a semicolon is a basis', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN CAN LỘC
-------
Số: 305/KH-UBND

Can Lộc, ngày 02 tháng 10 năm 2024

KẾ HOẠCH
Kiểm tra công tác cải cách hành chính năm 2024

Thực hiện Điều 5 Quyết định số 88/QĐ-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh Hà Tĩnh ban hành Kế hoạch cải cách hành chính năm 2024; căn cứ khoản 2 Điều 3 Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
`;
    expect(rows(doc)).toEqual([
      ['88/QĐ-UBND', 'implements', 'UBND tỉnh Hà Tĩnh'],
      ['30/2020/NĐ-CP', 'basis', 'Chính phủ'],
    ]);
  });

  it('"đồng chí Chủ tịch … chủ trì cuộc họp nghe báo cáo tình hình triển khai Kế hoạch số …": chairing is no mandate, the meeting reviews work done under the plan and cites it', () => {
    const doc = `Ngày 10/9/2024, đồng chí Chủ tịch Ủy ban nhân dân huyện Can Lộc chủ trì cuộc họp nghe báo cáo tình hình triển khai Kế hoạch số 30/KH-UBND ngày 15/02/2024 của Ủy ban nhân dân huyện Can Lộc về xây dựng nông thôn mới nâng cao. Sau khi nghe các ý kiến, đồng chí Chủ tịch kết luận như sau:
1. Phòng Nông nghiệp và Phát triển nông thôn đôn đốc các xã hoàn thiện hồ sơ trước ngày 30/9/2024.
`;
    expect(rows(doc)).toEqual([
      ['30/KH-UBND', 'cites', 'UBND huyện Can Lộc'],
    ]);
  });

  it('a Party letter: "Thực hiện Thông báo số … kết luận của Thường trực Tỉnh ủy" implements, the items under "yêu cầu các chi bộ …:" cite', () => {
    const doc = `ĐẢNG BỘ TỈNH HÀ TĨNH
HUYỆN ỦY CAN LỘC
*
Số 312-CV/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Can Lộc, ngày 20 tháng 9 năm 2024

Kính gửi: Các chi bộ, đảng bộ trực thuộc.

Thực hiện Thông báo số 1180-TB/TU ngày 12/9/2024 kết luận của Thường trực Tỉnh ủy về công tác chuẩn bị đại hội đảng bộ các cấp, Ban Thường vụ Huyện ủy yêu cầu các chi bộ, đảng bộ trực thuộc:
1. Quán triệt, thực hiện nghiêm Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị.
2. Rà soát công tác nhân sự theo Hướng dẫn số 26-HD/BTCTW ngày 06/8/2024 của Ban Tổ chức Trung ương.
`;
    expect(rows(doc)).toEqual([
      ['1180-TB/TU', 'implements', 'Thường trực Tỉnh ủy Hà Tĩnh'],
      ['35-CT/TW', 'cites', 'Bộ Chính trị'],
      ['26-HD/BTCTW', 'cites', 'Ban Tổ chức Trung ương'],
    ]);
  });
  it('a closing "Quá trình thực hiện có gì vướng mắc, … theo Công văn số …" cites', () => {
    const doc = `ĐẢNG BỘ HUYỆN TRIỆU PHONG
ĐẢNG ỦY XÃ TRIỆU ĐỘ
*
Số 41-CV/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Triệu Độ, ngày 20 tháng 8 năm 2024

Kính gửi: Các chi bộ trực thuộc.

Thực hiện Kế hoạch số 230-KH/HU ngày 12/8/2024 của Ban Thường vụ Huyện ủy Triệu Phong về đại hội chi bộ, Ban Thường vụ Đảng ủy xã đề nghị các chi bộ chuẩn bị văn kiện đại hội.

Quá trình thực hiện có gì vướng mắc, các chi bộ báo cáo về Văn phòng Đảng ủy theo Hướng dẫn số 12-HD/BTCHU ngày 20/8/2024 của Ban Tổ chức Huyện ủy Triệu Phong.
`;
    expect(rows(doc)).toEqual([
      ['230-KH/HU', 'implements', 'Ban Thường vụ Huyện ủy Triệu Phong'],
      ['12-HD/BTCHU', 'cites', 'Ban Tổ chức Huyện ủy Triệu Phong'],
    ]);
  });

  it('"Tiếp theo Công văn số … (own), để triển khai văn bản nêu trên của Sở, …": the Sở\'s letter received before is carried out, not the fragment\'s own number', () => {
    const doc = `Ngày 03/10/2024, Sở Y tế tỉnh Quảng Trị có Công văn số 1820/SYT-NVY về tăng cường phòng, chống bệnh tay chân miệng.

Tiếp theo Công văn số 1655/UBND-VX ngày 12/9/2024 của Ủy ban nhân dân huyện về phòng, chống dịch bệnh mùa mưa, để triển khai văn bản nêu trên của Sở, Ủy ban nhân dân huyện Triệu Phong yêu cầu Ủy ban nhân dân các xã, thị trấn:
- Giám sát chặt chẽ các trường mầm non.
`;
    const r = parseDocument(doc);
    expect([r.number, r.issuer?.name]).toEqual([null, 'UBND huyện Triệu Phong']);
    expect(rows(doc)).toEqual([
      ['1820/SYT-NVY', 'implements', 'Sở Y tế tỉnh Quảng Trị'],
      ['1655/UBND-VX', 'cites', 'UBND huyện Triệu Phong'],
    ]);
  });
});
