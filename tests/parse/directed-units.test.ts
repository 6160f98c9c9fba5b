import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';

/**
 * "X chỉ đạo Y …": the task is the document's assignment to X, and Y is who X is to have do it. Both
 * are units of the task (a ward reader looks for Y); Y's unit records X's key. When X is the issuer
 * speaking of itself, the document assigns Y directly. Documents written for the test.
 */
const units = (text: string) => parse(text).assignments.map((a) => a.units.map((u) => [u.name, u.role, u.directedBy ?? null]));

const HUYEN_UY = `ĐẢNG BỘ TỈNH NGHỆ AN
HUYỆN ỦY QUỲNH LƯU
*
Số 412-CV/HU

ĐẢNG CỘNG SẢN VIỆT NAM

Quỳnh Lưu, ngày 3 tháng 11 năm 2023

V/v chủ động ứng phó mưa lớn cuối năm

Kính gửi: Các tổ chức cơ sở đảng trực thuộc Huyện ủy.

Ban Thường vụ Huyện ủy yêu cầu:

1. Ban cán sự đảng UBND huyện chỉ đạo Phòng Nông nghiệp và Phát triển nông thôn huyện kiểm tra hệ thống đê bao, cống tiêu úng trước ngày 15/11/2023.

2. Đảng ủy các xã, thị trấn chỉ đạo Ủy ban nhân dân xã, thị trấn rà soát các hộ dân sống ven sông, lập phương án di dời khi có lũ.

3. Ban Tuyên giáo Huyện ủy định hướng tuyên truyền trên đài truyền thanh các xã.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
`;

const DANG_UY_XA = `ĐẢNG BỘ HUYỆN QUỲNH LƯU
ĐẢNG ỦY XÃ QUỲNH BẢNG
*
Số 57-CV/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Quỳnh Bảng, ngày 6 tháng 11 năm 2023

V/v triển khai ứng phó mưa lớn

Kính gửi: Các chi bộ trực thuộc.

Thực hiện Công văn số 412-CV/HU ngày 3/11/2023 của Huyện ủy Quỳnh Lưu, Ban Thường vụ Đảng ủy xã yêu cầu:

1. Đảng ủy chỉ đạo Ủy ban nhân dân xã lập danh sách các hộ ven sông và bố trí điểm sơ tán tại trường tiểu học.

2. Các chi bộ thôn vận động người dân chằng chống nhà cửa.

T/M BAN THƯỜNG VỤ
BÍ THƯ
`;

describe('X chỉ đạo Y: who is assigned and who is directed', () => {
  it('a district committee assigns X to direct Y: Y records X', () => {
    expect(units(HUYEN_UY)).toEqual([
      [
        ['Ban cán sự đảng UBND huyện Quỳnh Lưu', 'assigned', null],
        ['Phòng Nông nghiệp và Phát triển nông thôn huyện Quỳnh Lưu', 'assigned', 'org:ban-can-su-dang-ubnd@d421'],
      ],
      [
        ['Đảng ủy các xã, thị trấn huyện Quỳnh Lưu', 'assigned', null],
        ['UBND các xã, thị trấn huyện Quỳnh Lưu', 'assigned', 'org:dang-uy-cac-xa-thi-tran@d421'],
      ],
      [['Ban Tuyên giáo Huyện ủy Quỳnh Lưu', 'assigned', null]],
    ]);
  });

  it('the issuer speaking of itself ("Đảng ủy chỉ đạo UBND xã" in the Đảng ủy\'s letter) assigns Y directly', () => {
    const tasks = units(DANG_UY_XA);
    expect(tasks[0]).toContainEqual(['UBND xã Quỳnh Bảng', 'assigned', null]);
    expect(tasks.flat().filter((u) => u[2] !== null)).toEqual([]);
  });
});
