import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations from the misses of the 46 documents moved to tune on 2026-12-06 evening (issue 9;
 * docs/extraction-rounds.md, "Citation relations: what the misses are", round of 2026-12-06 evening):
 * each case one structure of the text, on a short document written for this test.
 */
const parsed = (text: string) => parseDocument(text).citations;
const cited = (text: string) => parsed(text).map((c) => [c.number ?? c.name, c.relation]);
const relationOf = (text: string, key: string) => parsed(text).find((c) => c.number === key || c.name === key)?.relation ?? null;

describe('a congress\'s resolution after a trigger inside a clause about other work is the aim it is tied to', () => {
  it('"…, gắn với thi đua thực hiện Nghị quyết Đại hội V của Hội" cites', () => {
    expect(relationOf(`I. MỤC ĐÍCH, YÊU CẦU
Các hoạt động chào mừng ngày thành lập Hội tổ chức thiết thực, tiết kiệm, gắn với thi đua thực hiện Nghị quyết Đại hội V của Hội.
`, 'Nghị quyết Đại hội V của Hội')).toBe('cites');
  });

  it('"… vai trò của phụ nữ trong xây dựng quê hương theo tinh thần Nghị quyết Đại hội … lần thứ XVII" cites', () => {
    expect(relationOf(`1. Tuyên truyền, khẳng định vai trò của phụ nữ trong xây dựng quê hương theo tinh thần Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Quảng Bình lần thứ XVII.
`, 'Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Quảng Bình lần thứ XVII')).toBe('cites');
  });

  it('the document\'s own purpose still carries it out: "Để thực hiện thắng lợi …", "Hội nghị nhằm cụ thể hóa …"', () => {
    expect(relationOf(`Để thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025, Ban Thường vụ Huyện ủy yêu cầu:
`, 'Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XX')).toBe('implements');
    expect(relationOf(`Hội nghị nhằm cụ thể hóa Nghị quyết Đại hội Đảng bộ xã Tân Hòa lần thứ XV về phát triển du lịch cộng đồng.
`, 'Nghị quyết Đại hội Đảng bộ xã Tân Hòa lần thứ XV')).toBe('implements');
  });
});

describe('results looked back on, with the line wrapped inside their words ("kết" / "quả 7 năm thực hiện …")', () => {
  it('a Party conclusion: "báo cáo kết" / "quả 5 năm thực hiện Chỉ thị số …" cites', () => {
    expect(cited(`KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY
về công tác phòng cháy, chữa cháy rừng
-----
Ngày 05/9/2024, Ban Thường vụ Huyện ủy họp nghe Ban cán sự đảng UBND huyện báo cáo kết
quả 5 năm thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh
đạo của Đảng đối với công tác bảo vệ rừng. Sau khi thảo luận, Ban Thường
vụ Huyện ủy kết luận như sau:
`)).toEqual([['13-CT/TW', 'cites']]);
  });

  it('a district committee: "tổ chức sơ" / "kết 3 năm thực hiện Kế hoạch số …" cites', () => {
    expect(cited(`UBND huyện tổ chức sơ
kết 3 năm thực hiện Kế hoạch số 88/KH-UBND ngày 02/4/2021 của UBND tỉnh Hà Giang về phát triển cây dược liệu.
`)).toEqual([['88/KH-UBND', 'cites']]);
  });
});

describe('a document\'s figures reached are the document carried out ("Để hoàn thành các chỉ tiêu Nghị quyết số …")', () => {
  it('a commune Party committee\'s resolution: implements', () => {
    expect(cited(`Để hoàn thành các chỉ tiêu Nghị quyết số 03-NQ/ĐU ngày 08/01/2024 của Đảng ủy xã về nhiệm vụ năm 2024, Ban Thường vụ Đảng ủy xã yêu cầu:
`)).toEqual([['03-NQ/ĐU', 'implements']]);
  });

  it('a province\'s plan in a district letter ("Để đạt các chỉ tiêu Kế hoạch số …"): implements', () => {
    expect(cited(`Để đạt các chỉ tiêu Kế hoạch số 45/KH-UBND ngày 20/02/2024 của UBND tỉnh Sơn La về giảm nghèo, UBND huyện Mai Sơn đề nghị các xã thực hiện tốt các nội dung sau:
`)).toEqual([['45/KH-UBND', 'implements']]);
  });

  it('a congress\'s figures are the wider aim: "góp phần hoàn thành chỉ tiêu Nghị quyết Đại hội …" cites', () => {
    expect(relationOf(`- Tỷ lệ hộ nghèo giảm còn dưới 5%, góp phần hoàn thành chỉ tiêu Nghị quyết Đại hội Đảng bộ xã lần thứ XIV đề ra.
`, 'Nghị quyết Đại hội Đảng bộ xã lần thứ XIV')).toBe('cites');
  });
});

describe('a passive carrying out: its object is its subject ("Kế hoạch này được thực hiện cùng Kế hoạch số …")', () => {
  it('a district police plan: "được thực hiện cùng Kế hoạch số …" cites', () => {
    expect(cited(`Kế hoạch này được thực hiện cùng Kế hoạch số 210/KH-UBND ngày 05/12/2024 của UBND huyện Định Hóa.
`)).toEqual([['210/KH-UBND', 'cites']]);
  });

  it('a provincial Youth Union: "Các nhiệm vụ trên được triển khai theo tinh thần Kết luận số …" cites', () => {
    expect(cited(`Các nhiệm vụ trên được triển khai theo tinh thần Kết luận số 21-KL/TU ngày 14/5/2024 của Ban Thường vụ Tỉnh ủy Bến Tre về công tác thanh niên.
`)).toEqual([['21-KL/TU', 'cites']]);
  });
});

describe('the spirit work is done in, after other words of its sentence ("…, theo tinh thần Chỉ thị số …")', () => {
  it('a ward Women\'s Union item: cites', () => {
    expect(cited(`2. Các hoạt động tổ chức thiết thực, phù hợp với điều kiện của từng chi hội, theo tinh thần Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư.
`)).toEqual([['21-CT/TW', 'cites']]);
  });

  it('a news report\'s opening, after "và": the second document cites, the first is carried out', () => {
    expect(cited(`Triển khai Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ và theo tinh thần Chỉ thị số 04/CT-TTg ngày 11/02/2024 của Thủ tướng Chính phủ, kế hoạch của tỉnh Sóc Trăng giao Công an tỉnh chủ trì làm sạch dữ liệu dân cư.
`)).toEqual([['06/QĐ-TTg', 'implements'], ['04/CT-TTg', 'cites']]);
  });

  it('opening its sentence, or right after the issuer\'s own "thực hiện", it is carried out', () => {
    expect(cited(`Theo tinh thần Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị, Ban Thường vụ Thị ủy yêu cầu các chi bộ thực hiện tốt các nội dung sau:
`)).toEqual([['35-CT/TW', 'implements']]);
    expect(cited(`Ban Chấp hành Đảng bộ phường lãnh đạo thực hiện theo tinh thần Nghị quyết số 09-NQ/TU ngày 10/3/2023 của Tỉnh ủy.
`)).toEqual([['09-NQ/TU', 'implements']]);
  });
});

describe('a document the work is tied to ("…, gắn với Quy định số …") is cited', () => {
  it('an opening task without a subject: "Quán triệt Chương trình …, gắn với Quy định số …" cites', () => {
    expect(cited(`1. Quán triệt Chương trình này đến toàn thể cán bộ, đảng viên, gắn với Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị.
`)).toEqual([['144-QĐ/TW', 'cites']]);
  });

  it('a State body: "…, gắn với Kế hoạch số … của UBND tỉnh" cites; "gắn với tiếp tục thực hiện Nghị quyết số …" carries it out', () => {
    expect(cited(`Triển khai đồng bộ các giải pháp chuyển đổi số, gắn với Kế hoạch số 77/KH-UBND ngày 02/3/2024 của UBND tỉnh Nghệ An.
`)).toEqual([['77/KH-UBND', 'cites']]);
    expect(cited(`Quán triệt sâu sắc Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; gắn với tiếp tục thực hiện Nghị quyết số 09-NQ/HU ngày 20/10/2021 của Ban Chấp hành Đảng bộ huyện.
`)).toEqual([['57-NQ/TW', 'implements'], ['09-NQ/HU', 'implements']]);
  });
});

describe('a "Thực hiện" line after a "Căn cứ" line whose last clause opens on a document\'s type ("…; Hướng dẫn số …;")', () => {
  it('a ward Party committee\'s guidance: the plan on the "Thực hiện" line is carried out', () => {
    expect(cited(`Căn cứ Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị về kiểm điểm, đánh giá, xếp loại chất lượng; Hướng dẫn số 25-HD/BTCTW ngày 25/9/2024 của Ban Tổ chức Trung ương về kiểm điểm năm 2024;
Thực hiện Kế hoạch số 301-KH/TU ngày 15/10/2024 của Ban Thường vụ Tỉnh ủy Bắc Ninh về kiểm điểm tổ chức đảng năm 2024,
Ban Thường vụ Đảng ủy phường hướng dẫn các chi bộ trực thuộc thực hiện như sau:
`)).toEqual([['124-QĐ/TW', 'basis'], ['25-HD/BTCTW', 'basis'], ['301-KH/TU', 'implements']]);
  });

  it('a district committee\'s plan after a Sở\'s "Hướng dẫn số …": the province\'s plan is carried out', () => {
    expect(cited(`Căn cứ Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ; Hướng dẫn số 40/HD-STTTT ngày 02/3/2024 của Sở Thông tin và Truyền thông tỉnh Bình Phước;
Thực hiện Kế hoạch số 55/KH-UBND ngày 10/3/2024 của UBND tỉnh Bình Phước, UBND huyện Lộc Ninh ban hành Kế hoạch như sau:
`)).toEqual([['13/2023/NĐ-CP', 'basis'], ['40/HD-STTTT', 'basis'], ['55/KH-UBND', 'implements']]);
  });
});

describe('a rule book of a body named with its term of office ("Quy chế làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2020 - 2025")', () => {
  const named = (text: string) => parsed(text).map((c) => [c.name, c.relation, c.issuer?.name ?? null]);

  it('a commune Party committee\'s plan: the commune\'s executive committee', () => {
    expect(named(`ĐẢNG BỘ HUYỆN CHÂU THÀNH
ĐẢNG ỦY XÃ AN HIỆP
*
Số 41-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
An Hiệp, ngày 02 tháng 12 năm 2024

KẾ HOẠCH
tổng kết công tác xây dựng Đảng năm 2024

1. Văn phòng Đảng ủy chuẩn bị nội dung hội nghị tổng kết theo Quy chế làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2020 - 2025.
`)).toEqual([['Quy chế làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2020 - 2025', 'cites', 'Ban Chấp hành Đảng bộ xã An Hiệp']]);
  });

  it('a district Party committee\'s plan, under "Căn cứ": the district\'s', () => {
    expect(named(`ĐẢNG BỘ TỈNH NINH BÌNH
HUYỆN ỦY YÊN MÔ
*
Số 120-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Yên Mô, ngày 02 tháng 12 năm 2024

KẾ HOẠCH
kiểm tra, giám sát năm 2025

Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020 - 2025;
`)).toEqual([['Quy chế làm việc của Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020 - 2025', 'basis', 'Ban Chấp hành Đảng bộ huyện Yên Mô']]);
  });
});
