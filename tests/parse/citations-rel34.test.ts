import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations from the misses of batch 33's web copies and news reports moved to tune (rel34,
 * 2026-12-07): each case one structure of the text, on a short document written for this test.
 */
const relationOf = (text: string, key: string) =>
  parseDocument(text).citations.find((c) => c.number === key || c.name === key)?.relation ?? null;

describe('a "Thực hiện" line under "Căn cứ" lines is a paragraph of the preamble, not a clause sharing a subject', () => {
  // The superior office over the issuer in the header ("UBND HUYỆN TAM NÔNG") is no unit handed the work.
  const plan = (preamble: string) => `UBND HUYỆN TAM NÔNG
ỦY BAN NHÂN DÂN
XÃ HƯƠNG NỘN
Số: 17/KH-UBND
Hương Nộn, ngày 14 tháng 3 năm 2024
KẾ HOẠCH
Thu gom rác thải sinh hoạt năm 2024
${preamble}
I. MỤC ĐÍCH, YÊU CẦU
Nâng tỷ lệ thu gom rác thải lên 95%.
`;

  it('"Căn cứ Luật …;" then "Thực hiện Kế hoạch số … của UBND huyện …, UBND xã xây dựng Kế hoạch" implements', () => {
    expect(relationOf(plan(`Căn cứ Luật Bảo vệ môi trường năm 2020;
Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số điều của
Luật Bảo vệ môi trường;
Thực hiện Kế hoạch số 52/KH-UBND ngày 02/3/2024 của UBND huyện Tam Nông về thu gom rác thải,
UBND xã Hương Nộn xây dựng Kế hoạch như sau:`), '52/KH-UBND')).toBe('implements');
  });

  it('a clause after a semicolon in small letters on the next line still shares the subject that was handed the work', () => {
    expect(relationOf(plan(`Thực hiện Kế hoạch số 52/KH-UBND ngày 02/3/2024 của UBND huyện Tam Nông, UBND xã xây dựng Kế hoạch như sau:
II. NHIỆM VỤ
1. Các thôn, khu dân cư rà soát điểm tập kết rác;
triển khai Quyết định số 301/QĐ-UBND ngày 05/02/2024 của UBND huyện Tam Nông về điểm tập kết.`), '301/QĐ-UBND')).toBe('cites');
  });
});

describe('a title line with no stop runs into the sentence under it; the trigger opening that line still heads its list', () => {
  it('"Thực hiện Chương trình … của Trung ương Hội; Kế hoạch số … và Công văn số …, Ban Thường vụ …" implements each', () => {
    const text = `HỘI LIÊN HIỆP PHỤ NỮ TỈNH THÁI BÌNH
Số: 09-KH/HPN
Thái Bình, ngày 20 tháng 02 năm 2025
KẾ HOẠCH
Tổ chức Tháng hành động vì bình đẳng giới năm 2025
Thực hiện Chương trình công tác Hội năm 2025 của Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ
Việt Nam; Kế hoạch số 15/KH-ĐCT ngày 10/01/2025 của Đoàn Chủ tịch Trung ương Hội về công tác
bình đẳng giới và Công văn số 412-CV/TU ngày 05/02/2025 của Tỉnh ủy Thái Bình, Ban Thường vụ
Hội Liên hiệp Phụ nữ tỉnh xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức về bình đẳng giới.
`;
    expect(relationOf(text, '15/KH-ĐCT')).toBe('implements');
    expect(relationOf(text, '412-CV/TU')).toBe('implements');
  });
});

describe('a list whose first document\'s subject nothing ends runs on to the next document with its glue', () => {
  it('"… để thực hiện Quyết định số … phê duyệt Chương trình …, cùng Nghị quyết số … của HĐND tỉnh …" implements both', () => {
    const text = `Theo UBND huyện Mường Lát, kế hoạch được ban hành để thực hiện Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025, cùng Nghị quyết số 07/2022/NQ-HĐND của HĐND tỉnh Thanh Hóa về hỗ trợ sinh kế cho hộ nghèo.
`;
    expect(relationOf(text, '90/QĐ-TTg')).toBe('implements');
    expect(relationOf(text, '07/2022/NQ-HĐND')).toBe('implements');
  });

  it('"… nhằm cụ thể hóa Quyết định số … phê duyệt Đề án … và chỉ đạo của UBND tỉnh … tại Công văn số …" implements both', () => {
    const text = `Kế hoạch nhằm cụ thể hóa Quyết định số 1397/QĐ-TTg ngày 25/9/2012 của Thủ tướng Chính phủ phê duyệt Quy hoạch thủy lợi vùng đồng bằng sông Cửu Long đến năm 2030 và chỉ đạo của UBND tỉnh Bến Tre tại Công văn số 3310/UBND-KT ngày 12/6/2024.
`;
    expect(relationOf(text, '1397/QĐ-TTg')).toBe('implements');
    expect(relationOf(text, '3310/UBND-KT')).toBe('implements');
  });

  it('a sentence break in the run still ends the list: the next document after a full stop has no trigger of its own', () => {
    const text = `Kế hoạch được ban hành để thực hiện Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình giảm nghèo. Năm 2023, huyện đã nhận hỗ trợ, cùng Nghị quyết số 07/2022/NQ-HĐND của HĐND tỉnh Thanh Hóa.
`;
    expect(relationOf(text, '07/2022/NQ-HĐND')).toBe('cites');
  });
});

describe('"… và căn cứ Luật …" after a cited document\'s subject is the citing document\'s own second ground', () => {
  it('the Law is found, as a basis, and ends the subject before it', () => {
    const text = `Thực hiện Chỉ thị số 12-CT/TU ngày 04/4/2023 của Ban Thường vụ Tỉnh ủy Lai Châu về quản lý đất rừng
phòng hộ và căn cứ Luật Lâm nghiệp, Ban Thường vụ Huyện ủy Sìn Hồ đề nghị các cấp ủy thực hiện tốt các nội dung sau:
1. Rà soát diện tích rừng phòng hộ.
`;
    expect(relationOf(text, '12-CT/TU')).toBe('implements');
    expect(relationOf(text, 'Luật Lâm nghiệp')).toBe('basis');
  });

  it('a web copy may wrap the line inside the words ("và căn" / "cứ Luật …")', () => {
    const text = `Thực hiện Chỉ thị số 12-CT/TU ngày 04/4/2023 của Ban Thường vụ Tỉnh ủy Lai Châu về quản lý đất rừng phòng hộ và căn
cứ Luật Lâm nghiệp, Ban Thường vụ Huyện ủy Sìn Hồ đề nghị các cấp ủy thực hiện tốt các nội dung sau:
1. Rà soát diện tích rừng phòng hộ.
`;
    expect(relationOf(text, 'Luật Lâm nghiệp')).toBe('basis');
  });
});

describe('a document two bodies made together names them after "giữa": the first is its issuer', () => {
  const issuerOf = (text: string, key: string) => parseDocument(text).citations.find((c) => c.number === key)?.issuer?.name ?? null;

  it('"Quy chế phối hợp số … giữa Công an tỉnh Hà Giang và Hội Liên hiệp Phụ nữ tỉnh …"', () => {
    expect(issuerOf(`Thực hiện Quy chế phối hợp số 07/QCPH-CAT-HPN ngày 15/3/2022 giữa Công an tỉnh Hà Giang và Hội Liên hiệp Phụ nữ tỉnh Hà Giang về phòng, chống mua bán người, Công an huyện Mèo Vạc xây dựng Kế hoạch như sau:
`, '07/QCPH-CAT-HPN')).toBe('Công an tỉnh Hà Giang');
  });

  it('"Chương trình số … giữa UBND tỉnh Kon Tum và UBND tỉnh Gia Lai" in a news report', () => {
    expect(issuerOf(`Văn bản kế thừa các nội dung đã ký trong Chương trình số 12/CTr-UBND ngày 03/3/2023 giữa UBND tỉnh Kon Tum và UBND tỉnh Gia Lai về hợp tác phát triển du lịch.
`, '12/CTr-UBND')).toBe('UBND tỉnh Kon Tum');
  });
});

describe('a document named by the year it is for, wrapped inside its name', () => {
  it('"… Chương trình công tác Hội và phong trào phụ nữ" / "năm 2024 của Ban Thường vụ Hội LHPN tỉnh …" is found', () => {
    const found = parseDocument(`HỘI LHPN TỈNH SƠN LA		HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM
***
Số: 21-KH/HPN		Mộc Châu, ngày 12 tháng 3 năm 2024
KẾ HOẠCH
Tổ chức Tháng hành động vì phụ nữ năm 2024
Thực hiện Kế hoạch số 11-KH/ĐCT ngày 02/02/2024 của Đoàn Chủ tịch Trung ương Hội về tổ chức các
hoạt động năm 2024; Chương trình công tác Hội và phong trào phụ nữ các dân tộc trên địa bàn huyện
năm 2024 của Ban Thường vụ Hội LHPN tỉnh Sơn La, Ban Thường vụ Hội LHPN huyện xây dựng Kế hoạch
tổ chức Tháng hành động vì phụ nữ năm 2024 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng hoạt động Hội, phát huy vai trò của hội viên trong xây dựng nông thôn mới, giữ
gìn bản sắc văn hóa các dân tộc.
`).citations.find((c) => c.name?.startsWith('Chương trình công tác Hội'));
    expect(found?.name).toBe('Chương trình công tác Hội và phong trào phụ nữ các dân tộc trên địa bàn huyện năm 2024');
    expect(found?.relation).toBe('implements');
  });
});

describe('a Law named inside a quoted title ends with the quote', () => {
  const names = (text: string) => parseDocument(text).citations.map((c) => c.name).filter((n) => n !== null);

  it('"phát động cuộc thi "Tìm hiểu Luật Phòng, chống ma túy" trên mạng xã hội" names the Law, not the words after the quote', () => {
    expect(names(`2. Đoàn Thanh niên xã phát động cuộc thi "Tìm hiểu Luật Phòng, chống ma túy" trên mạng xã hội, hoàn thành trước ngày 30/6/2024.
`)).toEqual(['Luật Phòng, chống ma túy']);
  });

  it('a quote the name opens itself stays in it: "Quy chế quản lý, sử dụng Quỹ "Vì người nghèo" của Ủy ban MTTQ phường …"', () => {
    expect(names(`Thực hiện Quy chế quản lý, sử dụng Quỹ "Vì người nghèo" của Ủy ban MTTQ phường Tân Mai, Ban Thường trực xây dựng Kế hoạch như sau:
`)[0]).toMatch(/^Quy chế quản lý, sử dụng Quỹ "Vì người nghèo"/u);
  });
});
