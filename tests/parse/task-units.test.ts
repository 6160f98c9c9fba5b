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
});
