import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations and cited issuers, fourth round (issue 9): wordings met in the tune documents
 * c80–c82, f80–f81, w80 and n80 written for this round, each read here on a short document of its
 * own, written for this test in the style of real ones. Every expected value is read from the text
 * by hand.
 */
type Row = [number: string, relation: string, issuer: string | null];
const rows = (doc: string): Row[] => parseDocument(doc).citations.filter((c) => c.citedBy === null)
  .map((c): Row => [c.number ?? `named:${c.name!}`, c.relation, c.issuer?.name ?? null]);

describe('a document the sender itself replaces, named after "và"', () => {
  it('ends the subject of the carried-out conclusion before "và thay thế", so the replaced Chỉ thị is cited', () => {
    const doc = `Huyện ủy Can Lộc ban hành Chỉ thị về công tác phòng cháy rừng

(Báo Hà Tĩnh) - Ban Thường vụ Huyện ủy Can Lộc vừa ban hành Chỉ thị số 14-CT/HU ngày 02/4/2024 về tăng cường lãnh đạo công tác phòng cháy, chữa cháy rừng.

Chỉ thị được ban hành nhằm cụ thể hóa Kết luận số 31-KL/TU ngày 15/3/2024 của Ban Thường vụ Tỉnh ủy về bảo vệ rừng và thay thế Chỉ thị số 03-CT/HU ngày 10/02/2020 của Ban Thường vụ Huyện ủy.
`;
    const r = parseDocument(doc);
    expect([r.number, r.issuer?.name]).toEqual(['14-CT/HU', 'Ban Thường vụ Huyện ủy Can Lộc']);
    expect(rows(doc)).toEqual([
      ['31-KL/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Hà Tĩnh'],
      ['03-CT/HU', 'cites', 'Ban Thường vụ Huyện ủy Can Lộc'],
    ]);
  });

  it('does the same with a comma: ", bãi bỏ Kế hoạch số …"', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN CAN LỘC
-------
Số: 230/KH-UBND

Can Lộc, ngày 12 tháng 6 năm 2024

KẾ HOẠCH
Phòng, chống hạn hán năm 2024

Thực hiện Kế hoạch số 98/KH-UBND ngày 20/5/2024 của UBND tỉnh Hà Tĩnh về phòng, chống hạn hán, bãi bỏ Kế hoạch số 145/KH-UBND ngày 02/4/2023 của UBND huyện, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
`;
    expect(rows(doc)).toEqual([
      ['98/KH-UBND', 'implements', 'UBND tỉnh Hà Tĩnh'],
      ['145/KH-UBND', 'cites', 'UBND huyện Can Lộc'],
    ]);
  });
});

describe('a longer heading that announces the documents listed under it', () => {
  it('implements every item under "Thực hiện các văn bản chỉ đạo của …, cụ thể:", the items spaced by blank lines', () => {
    const doc = `UBND TỈNH HÀ TĨNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN | Độc lập - Tự do - Hạnh phúc
Số: 845/KH-SNN | Hà Tĩnh, ngày 03 tháng 6 năm 2024

KẾ HOẠCH
Phòng, chống dịch bệnh động vật năm 2024

Thực hiện các văn bản chỉ đạo của Bộ Nông nghiệp và Phát triển nông thôn và Ủy ban nhân dân tỉnh về phòng, chống dịch bệnh năm 2024, cụ thể:

- Quyết định số 1520/QĐ-BNN-TY ngày 10/4/2024 của Bộ Nông nghiệp và Phát triển nông thôn về kế hoạch quốc gia phòng, chống dịch tả lợn châu Phi;

- Công văn số 2780/UBND-NL ngày 22/5/2024 của Ủy ban nhân dân tỉnh về tăng cường phòng, chống dịch bệnh.

Căn cứ tình hình thực tế, Sở Nông nghiệp và Phát triển nông thôn xây dựng Kế hoạch như sau:
1. Chi cục Chăn nuôi và Thú y tỉnh giám sát dịch theo Thông tư số 07/2016/TT-BNNPTNT của Bộ Nông nghiệp và Phát triển nông thôn.
`;
    expect(rows(doc)).toEqual([
      ['1520/QĐ-BNN-TY', 'implements', 'Bộ Nông nghiệp và Phát triển nông thôn'],
      ['2780/UBND-NL', 'implements', 'UBND tỉnh Hà Tĩnh'],
      ['07/2016/TT-BNNPTNT', 'cites', 'Bộ Nông nghiệp và Phát triển nông thôn'],
    ]);
  });

  it('takes no such line for a heading when it hands the items to others or names a number of its own', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN CAN LỘC
-------
Số: 1120/UBND-NN

Can Lộc, ngày 12 tháng 6 năm 2024

Thực hiện các văn bản chỉ đạo của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện yêu cầu Ủy ban nhân dân các xã thực hiện các nội dung sau:

- Rà soát diện tích lúa theo Hướng dẫn số 45/HD-SNN ngày 02/6/2024 của Sở Nông nghiệp và Phát triển nông thôn;

- Báo cáo kết quả về Phòng Nông nghiệp và Phát triển nông thôn trước ngày 30/6/2024.
`;
    expect(rows(doc)).toEqual([['45/HD-SNN', 'cites', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh']]);
  });
});

describe('a headless fragment that opens with the letter it received', () => {
  const fragment = `Ngày 15/5/2024, Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An có Công văn số 1245/SVHTTDL-QLVH về việc tổ chức các hoạt động kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh (có văn bản gửi kèm).

Để triển khai thực hiện văn bản trên, đồng thời căn cứ Kế hoạch số 88/KH-UBND ngày 02/4/2024 của UBND huyện về công tác tuyên truyền năm 2024, UBND huyện Nam Đàn đề nghị:

1. Phòng Văn hóa và Thông tin huyện hướng dẫn các xã trang trí cổ động trực quan.
`;

  it('is the district\'s: the enclosed letter is neither its number nor its issuer', () => {
    const r = parseDocument(fragment);
    expect([r.number, r.issuedOn, r.issuer?.name]).toEqual([null, null, 'UBND huyện Nam Đàn']);
  });

  it('implements the letter "văn bản trên" points back to, issued by the Sở that "có" it, and stands on the plan after "căn cứ"', () => {
    expect(rows(fragment)).toEqual([
      ['1245/SVHTTDL-QLVH', 'implements', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An'],
      ['88/KH-UBND', 'basis', 'UBND huyện Nam Đàn'],
    ]);
  });

  it('reads the same without the enclosure mark, when the next sentence carries the plan out by "Kế hoạch trên" and another body acts', () => {
    const doc = `Ngày 05/3/2024, UBND tỉnh Thanh Hóa ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số năm 2024; để triển khai Kế hoạch trên, UBND huyện Thọ Xuân xây dựng Kế hoạch thực hiện như sau:
1. Phòng Văn hóa và Thông tin huyện tham mưu triển khai các nội dung.
`;
    const r = parseDocument(doc);
    expect([r.number, r.issuer?.name]).toEqual([null, 'UBND huyện Thọ Xuân']);
    expect(rows(doc)).toEqual([['45/KH-UBND', 'implements', 'UBND tỉnh Thanh Hóa']]);
  });

  it('keeps a news article\'s announced plan as the document when the same body goes on with it', () => {
    const doc = `(Báo Thanh Hóa) - Ngày 05/3/2024, UBND tỉnh Thanh Hóa ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số năm 2024. Để triển khai Kế hoạch trên, UBND tỉnh Thanh Hóa yêu cầu các sở, ngành xây dựng kế hoạch cụ thể.
`;
    const r = parseDocument(doc);
    expect([r.number, r.issuer?.name]).toEqual(['45/KH-UBND', 'UBND tỉnh Thanh Hóa']);
    expect(rows(doc)).toEqual([]);
  });
});

describe('issuers of documents that a subject issues', () => {
  it('gives the documents listed after "UBND huyện đã ban hành Kế hoạch số …" the same issuer', () => {
    const doc = `UBND HUYỆN THỌ XUÂN
PHÒNG NỘI VỤ
-------
Số: 56/BC-PNV

Thọ Xuân, ngày 12 tháng 6 năm 2024

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024

Thực hiện Công văn số 1567/SNV-CCHC ngày 01/6/2024 của Sở Nội vụ tỉnh Thanh Hóa về việc báo cáo công tác cải cách hành chính, Phòng Nội vụ huyện báo cáo như sau:

Ủy ban nhân dân huyện đã ban hành Kế hoạch số 12/KH-UBND ngày 10/01/2024 về cải cách hành chính năm 2024 và Quyết định số 88/QĐ-UBND ngày 15/01/2024 về kiện toàn Ban Chỉ đạo.
`;
    expect(rows(doc)).toEqual([
      ['1567/SNV-CCHC', 'implements', 'Sở Nội vụ tỉnh Thanh Hóa'],
      ['12/KH-UBND', 'cites', 'UBND huyện Thọ Xuân'],
      ['88/QĐ-UBND', 'cites', 'UBND huyện Thọ Xuân'],
    ]);
  });

  it('reads a council that "đã thông qua" a resolution, its term between name and verb, as its issuer', () => {
    const doc = `(Báo Quảng Nam) - Tại kỳ họp thứ 20, Hội đồng nhân dân tỉnh Quảng Nam khóa X đã thông qua Nghị quyết số 15/2024/NQ-HĐND quy định mức hỗ trợ phát triển sản xuất nông nghiệp. Nghị quyết thay thế Nghị quyết số 08/2021/NQ-HĐND ngày 20/4/2021 của HĐND tỉnh.
`;
    const r = parseDocument(doc);
    expect([r.number, r.docType, r.issuer?.name]).toEqual(['15/2024/NQ-HĐND', 'Nghị quyết', 'HĐND tỉnh Quảng Nam']);
    expect(rows(doc)).toEqual([['08/2021/NQ-HĐND', 'cites', 'HĐND tỉnh Quảng Nam']]);
  });

  it('reads a council\'s resolution cited in a report as issued by it, after "khóa X, kỳ họp thứ 12 đã thông qua"', () => {
    const doc = `ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
-------
Số: 310/BC-UBND

Quảng Nam, ngày 02 tháng 8 năm 2024

BÁO CÁO
Tình hình thực hiện chính sách hỗ trợ sản xuất

Hội đồng nhân dân tỉnh khóa X, kỳ họp thứ 12 đã thông qua Nghị quyết số 08/2021/NQ-HĐND ngày 20/4/2021 quy định mức hỗ trợ; đến nay các huyện đã giải ngân 85% kinh phí.
`;
    expect(rows(doc)).toEqual([['08/2021/NQ-HĐND', 'cites', 'HĐND tỉnh Quảng Nam']]);
  });
});

describe('more words that say what a document does with another', () => {
  // "bám sát" read implements until blind batch 13: every tune label after it (eight) reads cites.
  it('"Chấp hành Chỉ thị …" carries it out, "bám sát Kế hoạch …" keeps in line with it (cites); "Ban Chấp hành" before a number is a name, no trigger', () => {
    const doc = `Chấp hành Chỉ thị số 08/CT-UBND ngày 02/3/2024 của Chủ tịch UBND tỉnh Nghệ An về tăng cường kỷ luật, kỷ cương hành chính; bám sát Kế hoạch số 45/KH-UBND ngày 10/3/2024 của UBND tỉnh, Ủy ban nhân dân huyện Quỳnh Lưu yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:
1. Phòng Nội vụ kiểm tra công vụ.

Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15 đã thảo luận Nghị quyết số 15-NQ/HU ngày 10/4/2024 về phát triển du lịch.
`;
    expect(rows(doc)).toEqual([
      ['08/CT-UBND', 'implements', 'UBND tỉnh Nghệ An'],
      ['45/KH-UBND', 'cites', 'UBND tỉnh Nghệ An'],
      ['15-NQ/HU', 'cites', 'Huyện ủy Quỳnh Lưu'],
    ]);
  });

  it('"Dựa trên kết quả thực hiện năm 2023 và Nghị quyết số …" stands on the resolution', () => {
    const doc = `Dựa trên kết quả thực hiện năm 2023 và Nghị quyết số 20/NQ-HĐND ngày 15/12/2023 của HĐND huyện về nhiệm vụ năm 2024, Ủy ban nhân dân huyện Quỳnh Lưu ban hành Kế hoạch như sau:
1. Phòng Tài chính - Kế hoạch tham mưu phân bổ vốn.
`;
    expect(rows(doc)).toEqual([['20/NQ-HĐND', 'basis', 'HĐND huyện Quỳnh Lưu']]);
  });

  it('"theo quy định tại Nghị định số …" measures against the decree and cites it; under "Căn cứ" it stays a basis', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN QUỲNH LƯU
-------
Số: 456/UBND-TNMT
V/v lập hồ sơ giao đất tái định cư

Quỳnh Lưu, ngày 10 tháng 5 năm 2024

Kính gửi: UBND các xã Quỳnh Thạch, Quỳnh Văn.

Căn cứ tiêu chí quy định tại Quyết định số 23/2024/QĐ-UBND ngày 02/4/2024 của UBND tỉnh Nghệ An, Ủy ban nhân dân huyện có ý kiến như sau:
Ủy ban nhân dân huyện sẽ tổ chức thẩm định hồ sơ theo quy định tại Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ.
Việc lập hồ sơ thực hiện theo quy định tại Thông tư số 09/2021/TT-BTNMT ngày 30/6/2021 của Bộ Tài nguyên và Môi trường.
`;
    expect(rows(doc)).toEqual([
      ['23/2024/QĐ-UBND', 'basis', 'UBND tỉnh Nghệ An'],
      ['88/2024/NĐ-CP', 'cites', 'Chính phủ'],
      ['09/2021/TT-BTNMT', 'cites', 'Bộ Tài nguyên và Môi trường'],
    ]);
  });
});

describe('joint documents and qualified type words in a Thực hiện list', () => {
  it('reads every issuer code of a joint number, and "Nghị quyết liên tịch số …" goes on with the list', () => {
    const doc = `Thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2024 của UBND tỉnh Nghệ An; Nghị quyết liên tịch số 01/2024/NQLT-CP-ĐCTUBTWMTTQVN ngày 15/3/2024; Hướng dẫn liên tịch số 05-HDLT/BTGTW-BDVTW ngày 20/3/2024; Quyết định số 1234/QĐ-BCĐ ngày 22/3/2024 của Ban Chỉ đạo tỉnh, Ủy ban nhân dân xã Quỳnh Thạch xây dựng kế hoạch như sau:
1. Công chức Văn hóa - Xã hội tham mưu tổ chức hội nghị.
`;
    expect(rows(doc).map(([n, r]) => [n, r])).toEqual([
      ['45/KH-UBND', 'implements'],
      ['01/2024/NQLT-CP-ĐCTUBTWMTTQVN', 'implements'],
      ['05-HDLT/BTGTW-BDVTW', 'implements'],
      ['1234/QĐ-BCĐ', 'implements'],
    ]);
    expect(parseDocument(doc).citations.find((c) => c.number === '05-HDLT/BTGTW-BDVTW')?.issuer?.name).toBe('Ban Tuyên giáo Trung ương');
  });

  it('cites a Pháp lệnh by name as a basis', () => {
    const doc = `ỦY BAN NHÂN DÂN
XÃ QUỲNH THẠCH
-------
Số: 30/QĐ-UBND

Quỳnh Thạch, ngày 02 tháng 4 năm 2024

QUYẾT ĐỊNH
Về việc hỗ trợ người có công với cách mạng

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ QUỲNH THẠCH

Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;
Căn cứ Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ;
`;
    expect(rows(doc)).toEqual([
      ['131/2021/NĐ-CP', 'basis', 'Chính phủ'],
      ['named:Pháp lệnh Ưu đãi người có công với cách mạng', 'basis', null],
    ]);
  });
});

describe("a council's committee as the issuer of a cited report", () => {
  it('names "Ban Kinh tế - Xã hội Hội đồng nhân dân huyện" and "Ban Pháp chế HĐND tỉnh Quảng Nam" with their council', () => {
    const doc = `HỘI ĐỒNG NHÂN DÂN
HUYỆN THỌ XUÂN
-------
Số: 25/NQ-HĐND

Thọ Xuân, ngày 20 tháng 7 năm 2024

NGHỊ QUYẾT
Phê duyệt chủ trương đầu tư dự án đường giao thông liên xã

HỘI ĐỒNG NHÂN DÂN HUYỆN THỌ XUÂN
KHÓA XX, KỲ HỌP THỨ 15

Căn cứ Nghị định số 40/2020/NĐ-CP ngày 06/4/2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đầu tư công;
Căn cứ Báo cáo số 18/BC-PC ngày 02/7/2024 của Ban Pháp chế HĐND tỉnh Thanh Hóa;
Xét Tờ trình số 145/TTr-UBND ngày 05/7/2024 của Ủy ban nhân dân huyện về việc đề nghị phê duyệt chủ trương đầu tư; Báo cáo thẩm tra số 32/BC-KTXH ngày 15/7/2024 của Ban Kinh tế - Xã hội Hội đồng nhân dân huyện và ý kiến thảo luận của đại biểu Hội đồng nhân dân huyện tại kỳ họp.
`;
    expect(rows(doc)).toEqual([
      ['40/2020/NĐ-CP', 'basis', 'Chính phủ'],
      ['18/BC-PC', 'basis', 'Ban Pháp chế HĐND tỉnh Thanh Hóa'],
      ['145/TTr-UBND', 'cites', 'UBND huyện Thọ Xuân'],
      ['32/BC-KTXH', 'cites', 'Ban Kinh tế - Xã hội HĐND huyện Thọ Xuân'],
    ]);
  });
});

describe('a minister who signs for the ministry', () => {
  it('reads "của Bộ trưởng Bộ Y tế" and "của Thứ trưởng Bộ Nội vụ" as the ministries', () => {
    const doc = `Căn cứ Quyết định số 1520/QĐ-BYT ngày 10/5/2024 của Bộ trưởng Bộ Y tế về hướng dẫn chẩn đoán, điều trị sốt xuất huyết;
Căn cứ Công văn số 2345/BNV-CCVC ngày 12/5/2024 của Thứ trưởng Bộ Nội vụ,
Sở Y tế tỉnh Nghệ An hướng dẫn như sau:
`;
    expect(rows(doc)).toEqual([
      ['1520/QĐ-BYT', 'basis', 'Bộ Y tế'],
      ['2345/BNV-CCVC', 'basis', 'Bộ Nội vụ'],
    ]);
  });
});

describe('documents cited by name, a few words after their trigger', () => {
  const doc = `ĐẢNG BỘ HUYỆN ĐỨC THỌ
ĐẢNG ỦY XÃ TÙNG ẢNH
*
Số 30-KH/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Tùng Ảnh, ngày 10 tháng 3 năm 2024

KẾ HOẠCH
phát triển kinh tế năm 2024

Nhằm cụ thể hóa và tổ chức thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ xã lần thứ XXVI, nhiệm kỳ 2020 - 2025; quán triệt sâu sắc Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXV, Ban Chấp hành Đảng bộ xã xây dựng Kế hoạch như sau:
1. Thực hiện nghiêm túc Điều lệ Đảng và các quy định của Trung ương về công tác đảng viên.
2. Ban Chấp hành Đảng bộ xã lãnh đạo thực hiện theo tinh thần Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII.
3. Ban hành kèm theo Kế hoạch này Quy chế phối hợp giữa các chi bộ.
`;

  it('cites "thực hiện thắng lợi Nghị quyết Đại hội …", "quán triệt sâu sắc …", "theo tinh thần …"; "Điều lệ Đảng" ends before "và các quy định"', () => {
    expect(rows(doc)).toEqual([
      ['named:Nghị quyết Đại hội Đảng bộ xã lần thứ XXVI', 'implements', 'Đảng bộ xã Tùng Ảnh'],
      ['named:Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXV', 'implements', 'Đảng bộ huyện Đức Thọ'],
      // "Thực hiện nghiêm túc Điều lệ Đảng": carried out, the relation of its trigger (a basis until blind batch 13)
      ['named:Điều lệ Đảng', 'implements', null],
      ['named:Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII', 'implements', null],
    ]);
  });

  it('keeps a name with "và" before a capital whole: "Luật Khoa học và Công nghệ"', () => {
    const law = `Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;
Căn cứ Nghị định số 08/2014/NĐ-CP ngày 27/01/2014 của Chính phủ;
Ủy ban nhân dân tỉnh Hà Tĩnh quyết định:
`;
    expect(rows(law)).toEqual([
      ['08/2014/NĐ-CP', 'basis', 'Chính phủ'],
      ['named:Luật Khoa học và Công nghệ', 'basis', null],
    ]);
  });
});

describe('a conclusion named by who drew it', () => {
  it('cites "Kết luận của Ban Thường vụ Tỉnh ủy tại Hội nghị …" by name; "Kết luận của Chủ tịch UBND tỉnh tại Thông báo số …" is that notice\'s issuer, no second document', () => {
    const doc = `Thực hiện Kết luận của Ban Thường vụ Tỉnh ủy tại Hội nghị ngày 15/3/2024 về công tác cán bộ; thực hiện Kết luận của Chủ tịch UBND tỉnh tại Thông báo số 45/TB-UBND ngày 20/3/2024, Ủy ban nhân dân huyện Đức Thọ yêu cầu:
1. Phòng Nội vụ tham mưu rà soát.

Kết luận Hội nghị, đồng chí Chủ tịch yêu cầu các phòng khẩn trương triển khai.
`;
    expect(rows(doc)).toEqual([
      ['45/TB-UBND', 'implements', 'UBND tỉnh Hà Tĩnh'],
      ['named:Kết luận của Ban Thường vụ Tỉnh ủy', 'implements', 'Ban Thường vụ Tỉnh ủy Hà Tĩnh'],
    ]);
  });
});
