import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The document's own issuer and type from the tune split's misses of 2026-12-06 evening
 * (docs/extraction-quality.md, "Round of 2026-12-06 evening (own issuer and type, tune)"): each case one
 * structure of the header or the title, on short documents written for this test in their own words,
 * with a variant in another province or another kind of body, and a guard where the rule has an edge.
 */
const doc = (header: string, number: string, place: string, type = 'KẾ HOẠCH') => `${header}
Số: ${number}                    ${place}, ngày 12 tháng 3 năm 2024

${type}
Tổ chức đợt ra quân năm 2024

Căn cứ tình hình thực tế của địa phương, ban hành ${type === 'KẾ HOẠCH' ? 'Kế hoạch' : 'văn bản'} như sau:

1. Các thành viên kiểm tra theo lĩnh vực được phân công.
`;
const issuer = (text: string) => parseDocument(text).issuer?.name ?? null;

describe('a board\'s or council\'s name in capitals in the issuer cell, under its superior\'s line', () => {
  it('"UBND HUYỆN X / BAN CHỈ ĐẠO LIÊN NGÀNH / VỀ …": the topic wrapped onto the next line is the board\'s, the place its superior\'s', () => {
    expect(issuer(doc('UBND HUYỆN ĐẮK GLONG\nBAN CHỈ ĐẠO LIÊN NGÀNH\nVỀ VỆ SINH MÔI TRƯỜNG', '14/KH-BCĐ', 'Đắk Glong')))
      .toBe('Ban Chỉ đạo liên ngành về vệ sinh môi trường huyện Đăk Glong');
  });

  it('the same on one line, the topic with a comma ("… VỀ PHÒNG, CHỐNG MA TÚY"), in another province', () => {
    expect(issuer(doc('UBND HUYỆN QUẢNG XƯƠNG\nBAN CHỈ ĐẠO LIÊN NGÀNH VỀ PHÒNG, CHỐNG MA TÚY', '31/KH-BCĐ', 'Quảng Xương')))
      .toBe('Ban Chỉ đạo liên ngành về phòng, chống ma túy huyện Quảng Xương');
  });

  it('a council whose name wraps after its comma ("HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, / GIÁO DỤC PHÁP LUẬT")', () => {
    expect(issuer(doc('UBND HUYỆN KRÔNG NĂNG\nHỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT', '05/KH-HĐPH', 'Krông Năng')))
      .toBe('Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện Krông Năng');
  });

  it('a town\'s board whose topic holds "nông thôn" ("thôn" is also a village), wrapped over a motto line', () => {
    const text = `UBND THỊ XÃ NGHI SƠN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ ĐẠO XÂY DỰNG           Độc lập - Tự do - Hạnh phúc
NÔNG THÔN MỚI
Số: 22/TB-BCĐ                    Nghi Sơn, ngày 05 tháng 02 năm 2025

THÔNG BÁO
Phân công thành viên phụ trách tiêu chí

Ban Chỉ đạo phân công nhiệm vụ như sau:

1. Phòng Kinh tế thị xã phụ trách tiêu chí thu nhập.
`;
    expect(issuer(text)).toBe('Ban Chỉ đạo xây dựng nông thôn mới thị xã Nghi Sơn');
  });

  it('the civil-defence command ("BAN CHỈ HUY PHÒNG THỦ DÂN SỰ") of a commune and of a district: one name, not "Ban" and a Phòng', () => {
    expect(issuer(doc('UBND XÃ HOÀNG ĐỒNG\nBAN CHỈ HUY PHÒNG THỦ DÂN SỰ', '07/PA-BCH', 'Hoàng Đồng', 'PHƯƠNG ÁN'))).toBe('Ban Chỉ huy Phòng thủ dân sự xã Hoàng Đồng');
    expect(issuer(doc('UBND HUYỆN THẠCH HÀ\nBAN CHỈ HUY PHÒNG THỦ DÂN SỰ', '12/PA-BCH', 'Thạch Hà', 'PHƯƠNG ÁN'))).toBe('Ban Chỉ huy Phòng thủ dân sự huyện Thạch Hà');
  });

  it('guard: a department with a level of its own, and a body the sentence-case reading does not fill, read as before', () => {
    expect(issuer(doc('UBND HUYỆN ĐẮK GLONG\nPHÒNG Y TẾ', '14/KH-PYT', 'Đắk Glong'))).toBe('Phòng Y tế huyện Đăk Glong');
    expect(issuer(doc('UBND HUYỆN ĐẮK GLONG\nBAN QUẢN LÝ DỰ ÁN\nĐẦU TƯ XÂY DỰNG', '14/KH-BQLDA', 'Đắk Glong'))).toBe('Ban Quản lý dự án huyện Đăk Glong');
  });
});

describe('a board under a Party committee\'s line is the committee\'s', () => {
  it('"HUYỆN ỦY X / BAN CHỈ ĐẠO 35": Ban Chỉ đạo 35 Huyện ủy X', () => {
    expect(issuer(doc('HUYỆN ỦY THẠCH HÀ\nBAN CHỈ ĐẠO 35\n*', '09-KH/BCĐ', 'Thạch Hà'))).toBe('Ban Chỉ đạo 35 Huyện ủy Thạch Hà');
  });

  it('under a city committee, below the province\'s Party organisation', () => {
    expect(issuer(doc('ĐẢNG BỘ TỈNH NINH BÌNH\nTHÀNH ỦY TAM ĐIỆP\nBAN CHỈ ĐẠO 35\n*', '04-KH/BCĐ', 'Tam Điệp'))).toBe('Ban Chỉ đạo 35 Thành ủy Tam Điệp');
  });

  it('guard: under a people\'s committee the board is the area\'s ("Ban Chỉ đạo 389 tỉnh X"); an organ of the committee reads as before', () => {
    expect(issuer(doc('UBND TỈNH HÀ TĨNH\nBAN CHỈ ĐẠO 389', '17/KH-BCĐ389', 'Hà Tĩnh'))).toBe('Ban Chỉ đạo 389 tỉnh Hà Tĩnh');
    expect(issuer(doc('HUYỆN ỦY THẠCH HÀ\nBAN TUYÊN GIÁO\n*', '09-KH/BTGHU', 'Thạch Hà'))).toBe('Ban Tuyên giáo Huyện ủy Thạch Hà');
  });
});

describe('"BAN CHẤP HÀNH TRUNG ƯƠNG" beside a mass organisation\'s name is that organisation\'s central committee', () => {
  it('the organisation\'s line above: Trung ương Hội Nông dân Việt Nam', () => {
    expect(issuer(doc('HỘI NÔNG DÂN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\n***', '112-HD/HNDTW', 'Hà Nội', 'HƯỚNG DẪN'))).toBe('Trung ương Hội Nông dân Việt Nam');
  });

  it('the Youth Union\'s name where the State prints the motto: Trung ương Đoàn', () => {
    expect(issuer(doc('BAN CHẤP HÀNH TRUNG ƯƠNG                ĐOÀN TNCS HỒ CHÍ MINH\n***', '88-HD/TWĐTN-BTN', 'Hà Nội', 'HƯỚNG DẪN'))).toBe('Trung ương Đoàn');
  });

  it('guard: alone, or over a province\'s association, it reads as before', () => {
    expect(issuer(doc('BAN CHẤP HÀNH TRUNG ƯƠNG\n*', '50-HD/TW', 'Hà Nội', 'HƯỚNG DẪN'))).toBe('Ban Chấp hành Trung ương');
    expect(issuer(doc('HỘI NÔNG DÂN TỈNH NAM ĐỊNH\nBAN CHẤP HÀNH', '12-HD/HNDT', 'Nam Định', 'HƯỚNG DẪN'))).toBe('Ban Chấp hành Hội Nông dân tỉnh Nam Định');
  });
});
