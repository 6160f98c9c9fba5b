import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';

/**
 * Units of tasks as the document names them: collective where the text is collective, one unit per
 * place where it lists places, resolved against the issuer's area. Documents written for the test.
 */
const huyenUy = (body: string) => `ĐẢNG BỘ TỈNH THANH HÓA
HUYỆN ỦY NGA SƠN
*
Số 231-CV/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Nga Sơn, ngày 09 tháng 01 năm 2024

CÔNG VĂN
về việc chủ động phòng, chống đói, rét cho cây trồng, vật nuôi

Ban Thường vụ Huyện ủy yêu cầu:

${body}

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
`;

const quanUy = (body: string) => `ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY BA ĐÌNH
*
Số 88-TB/QU
ĐẢNG CỘNG SẢN VIỆT NAM
Ba Đình, ngày 12 tháng 3 năm 2024

THÔNG BÁO
kết luận về công tác giải phóng mặt bằng

${body}

T/M BAN THƯỜNG VỤ
BÍ THƯ
`;

const xa = (body: string) => `ỦY BAN NHÂN DÂN
XÃ HOẰNG GIANG
Số: 45/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hoằng Giang, ngày 02 tháng 4 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác chuyển đổi số

${body}

CHỦ TỊCH
`;

const units = (text: string) => parse(text).assignments.map((a) => a.units.map((u) => `${u.name} [${u.role}]`));

describe('units of tasks', () => {
  it('keeps "các đảng ủy xã, thị trấn" one collective of communes and towns, not "các xã" alone', () => {
    expect(units(huyenUy('1. Các đảng ủy xã, thị trấn rà soát, che chắn chuồng trại cho trâu, bò.'))).toEqual([
      ['Đảng ủy các xã, thị trấn huyện Nga Sơn [assigned]'],
    ]);
  });

  it('reads "xã" in a district of communes as its communes, as printed', () => {
    expect(units(huyenUy('1. UBND các xã, thị trấn hướng dẫn nhân dân gieo cấy đúng khung thời vụ.'))).toEqual([
      ['UBND các xã, thị trấn huyện Nga Sơn [assigned]'],
    ]);
  });

  it('gives one unit per place when a plural type word lists them', () => {
    expect(units(quanUy('1. Đảng ủy các phường Ngọc Hà, Giảng Võ lãnh đạo vận động nhân dân đồng thuận di dời.'))).toEqual([
      ['Đảng ủy phường Ngọc Hà [assigned]', 'Đảng ủy phường Giảng Võ [assigned]'],
    ]);
  });

  it('keeps "các ban, ngành, đoàn thể xã" one collective of the commune', () => {
    expect(units(xa('Điều 3. Văn phòng UBND xã, các ban, ngành, đoàn thể xã chịu trách nhiệm thi hành Quyết định này.'))).toEqual([
      ['Văn phòng UBND xã Hoằng Giang [assigned]', 'Các ban, ngành, đoàn thể xã Hoằng Giang [assigned]'],
    ]);
  });

  it('names schools by grade and the industrial parks board', () => {
    expect(units(huyenUy('1. Các trường trung học cơ sở tổ chức tuyên truyền cho học sinh.\n\n2. Ban Quản lý các khu công nghiệp tỉnh hướng dẫn doanh nghiệp.'))).toEqual([
      ['Các trường trung học cơ sở huyện Nga Sơn [assigned]'],
      ['Ban Quản lý các khu công nghiệp tỉnh Thanh Hóa [assigned]'],
    ]);
  });

  it('keeps a collective out of the communes of the unit after it, and reads "Trạm …" as a unit', () => {
    expect(units(huyenUy('1. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Trạm Chăn nuôi và Thú y huyện kiểm tra các cơ sở chăn nuôi.\n\n2. Thủ trưởng các cơ quan, đơn vị liên quan và Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thực hiện.'))).toEqual([
      ['Phòng Nông nghiệp và Phát triển nông thôn huyện Nga Sơn [lead]', 'Trạm Chăn nuôi và Thú y huyện Nga Sơn [support]'],
      ['Các cơ quan, đơn vị liên quan huyện Nga Sơn [assigned]', 'UBND các xã, thị trấn huyện Nga Sơn [assigned]'],
    ]);
  });

  it('reads units of a headless document by its issuer\'s kind of area, not a guessed urban district', () => {
    const text = 'Ủy ban nhân dân huyện yêu cầu:\n\n1. Công an chủ trì, phối hợp với Phòng Y tế kiểm tra các cơ sở kinh doanh.\n\n2. UBND các xã và các đoàn thể tuyên truyền.\n';
    expect(units(text)).toEqual([['Công an huyện [lead]', 'Phòng Y tế huyện [support]'], ['UBND các xã [assigned]', 'Các đoàn thể huyện [assigned]']]);
  });

  it('names the provinces, ministries and levels of a central or province document as printed', () => {
    const ttg = `THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/CT-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 10 tháng 4 năm 2024\n\nCHỈ THỊ\nVề phòng, chống thiên tai\n\nThủ tướng Chính phủ yêu cầu:\n\n1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ đạo sơ tán dân.\n\n2. Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Bộ Công an theo dõi thời tiết.\n\n3. Các bộ, ngành, địa phương báo cáo kết quả.\n\nTHỦ TƯỚNG\n\nPhạm Minh Chính\n`;
    expect(units(ttg)).toEqual([
      ['UBND các tỉnh, thành phố [assigned]'],
      ['Bộ Nông nghiệp và Phát triển nông thôn [lead]', 'Bộ Công an [support]'],
      ['Các bộ, ngành [assigned]'],
    ]);
    const tinh = `ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 250/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNghệ An, ngày 02 tháng 4 năm 2024\n\nKẾ HOẠCH\nCải cách hành chính năm 2024\n\n1. UBND cấp huyện, cấp xã tổ chức đối thoại với người dân.\n\n2. Thủ trưởng các ban, ngành cấp tỉnh quán triệt kế hoạch.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Đức Trung\n`;
    expect(units(tinh)).toEqual([
      ['UBND cấp huyện tỉnh Nghệ An [assigned]', 'UBND cấp xã tỉnh Nghệ An [assigned]'],
      ['Các phòng, ban, ngành tỉnh Nghệ An [assigned]'],
    ]);
  });

  it('reads several places after one type word, with or without "các" and a colon', () => {
    const text = quanUy('1. UBND phường Trúc Bạch, Quán Thánh ra quân dọn vệ sinh.\n\n2. UBND các phường: Ngọc Hà, Giảng Võ kiểm tra việc đổ rác.\n\n3. Đội Kiểm tra quy tắc quận xử phạt vi phạm.');
    expect(units(text)).toEqual([
      ['UBND phường Trúc Bạch [assigned]', 'UBND phường Quán Thánh [assigned]'],
      ['UBND phường Ngọc Hà [assigned]', 'UBND phường Giảng Võ [assigned]'],
      ['Đội Kiểm tra quy tắc quận Ba Đình [assigned]'],
    ]);
  });

  it('reads a long lower-case name when an area word or a list comma closes it', () => {
    const text = huyenUy('1. Phòng Nội vụ chủ trì, phối hợp với Trung tâm Phục vụ hành chính công huyện, Công an huyện tổng hợp kết quả.');
    expect(units(text)).toEqual([
      ['Phòng Nội vụ huyện Nga Sơn [lead]', 'Trung tâm Phục vụ hành chính công huyện Nga Sơn [support]', 'Công an huyện Nga Sơn [support]'],
    ]);
  });
});
