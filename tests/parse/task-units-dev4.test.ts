import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units from the misses of the eleven blind documents of 2026-12-05 night (issue 9): the names of
 * the units and their resolution, each mechanism in a document written for the test in the same
 * pattern, not in the words of the one that missed.
 */
const surfaces = (text: string): string[][] => parse(text).assignments.map((a) => a.units.map((u) => u.surface ?? ''));

const matTranTinh = (body: string) => `ỦY BAN MTTQ VIỆT NAM                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẠC LIÊU                          Độc lập - Tự do - Hạnh phúc
BAN THƯỜNG TRỰC
Số: 21/KH-MTTQ-BTT                     Bạc Liêu, ngày 12 tháng 3 năm 2024

KẾ HOẠCH
Giám sát việc thực hiện chính sách đối với người cao tuổi năm 2024

${body}

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Trần Văn Ba
`;

const tinh = (body: string) => `ỦY BAN NHÂN DÂN
TỈNH SÓC TRĂNG
-------
Số: 88/UBND-KT
V/v ứng phó hạn hán mùa khô năm 2024
Sóc Trăng, ngày 04 tháng 3 năm 2024

${body}

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lâm Văn Tư
`;

const huyenUy = (body: string) => `ĐẢNG BỘ TỈNH TRÀ VINH
HUYỆN ỦY CẦU NGANG
*
Số 40-CV/HU
Cầu Ngang, ngày 09 tháng 4 năm 2024

V/v tổ chức thăm hỏi dịp Tết cổ truyền

${body}

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Thạch Sô Phal
`;

const dangUyXa = (body: string) => `ĐẢNG BỘ HUYỆN ĐỨC CƠ
ĐẢNG ỦY XÃ IA DƠK
*
Số 12-NQ/ĐU
Ia Dơk, ngày 20 tháng 5 năm 2024

NGHỊ QUYẾT
Về phát triển cây cà phê giai đoạn 2024 - 2026

${body}

T/M ĐẢNG ỦY
BÍ THƯ
Rơ Châm Hiếu
`;

describe('task units from the misses of the eleven blind documents of 2026-12-05 night', () => {
  it('reads "Ban <name> Ủy ban MTTQ tỉnh" as one board of the Front\'s committee, not the province\'s board and the committee', () => {
    const doc = matTranTinh(`III. TỔ CHỨC THỰC HIỆN
1. Ban Phong trào Ủy ban MTTQ tỉnh chủ trì, phối hợp với Hội Cựu chiến binh tỉnh giám sát việc chi trả trợ cấp tại các xã.`);
    expect(unitsOf(doc)).toEqual([['Ban Phong trào Ủy ban MTTQ tỉnh Bạc Liêu [lead]', 'Hội Cựu chiến binh tỉnh Bạc Liêu [support]']]);
    expect(parse(doc).assignments[0]!.units[0]!.kind).toBe('front');
  });

  it('keeps "nông thôn" in a centre\'s name after three lower-case words, not reading "thôn" as a village', () => {
    const doc = tinh(`2. Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh bảo đảm nước uống cho các điểm dân cư vùng hạn.`);
    expect(unitsOf(doc)).toEqual([['Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh Sóc Trăng [assigned]']]);
  });

  it('reads the bank\'s district office, a trade association and a cooperative by their own heads', () => {
    const doc = tinh(`3. Đề nghị Phòng giao dịch Ngân hàng Chính sách xã hội huyện phối hợp với Hội Nông dân huyện rà soát các khoản vay.
4. Đề nghị Hiệp hội Lúa gạo Việt Nam phổ biến văn bản này đến các hội viên.`);
    expect(unitsOf(doc)).toEqual([
      ['Phòng giao dịch Ngân hàng Chính sách xã hội huyện [lead]', 'Hội Nông dân huyện [support]'],
      ['Hiệp hội Lúa gạo Việt Nam [assigned]'],
    ]);
    expect(unitsOf(dangUyXa(`2. Hội Nông dân xã chủ trì, phối hợp với Hợp tác xã Cà phê Ia Dơk hướng dẫn các hộ tái canh.`))).toEqual([
      ['Hội Nông dân xã Ia Dơk [lead]', 'Hợp tác xã Cà phê Ia Dơk [support]'],
    ]);
  });

  it('reads "các đồng chí Huyện ủy viên phụ trách xã, thị trấn" as the members in charge, not the Huyện ủy', () => {
    const doc = huyenUy(`Ban Thường vụ Huyện ủy yêu cầu các đồng chí Huyện ủy viên phụ trách xã, thị trấn trực tiếp thăm hỏi các gia đình chính sách.`);
    expect(unitsOf(doc)).toEqual([['Các Huyện ủy viên phụ trách xã, thị trấn Huyện ủy Cầu Ngang [assigned]']]);
    expect(surfaces(doc)).toEqual([['các đồng chí Huyện ủy viên phụ trách xã, thị trấn']]);
  });
});
