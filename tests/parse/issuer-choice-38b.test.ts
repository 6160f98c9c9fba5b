import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { issuerIs } from './helpers/own-identity.js';

/**
 * More headers of the forms of issuer-choice-38 (a second probe, written before any tune note was read): a State
 * name broken inside its head, two header columns read across one line, a province's command or department over a
 * district unit, a province renamed by the 2025 merger whose seat lies in the old one, the parent and the organ on
 * one line, a `TUQ.` post of an office under the committee's header, a council the law sets up named in the header
 * or only in the `TM.` line, a namesake commune, a Front's name wrapped mid-name, a union of a sector, the joint
 * office, a department's code under a province-only header, a number glued to the header line. Real places,
 * made-up numbers, compared as the scorer does.
 */
const MOTTO_PARTY = 'ĐẢNG CỘNG SẢN VIỆT NAM';
const MOTTO_STATE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';
const BODY = `\nKính gửi: Các cơ quan, đơn vị.\n\nĐề nghị các cơ quan, đơn vị triển khai thực hiện nghiêm túc.\n`;

describe('the own issuer where the text offers several bodies (second probe)', () => {
  it('p2 OCR broken inside the head', () => issuerIs(`ỦY BAN NHÂN
DÂN XÃ ĐÔNG LONG
Số: 15/UBND
${MOTTO_STATE}
Đông Long, ngày 10 tháng 3 năm 2024
${BODY}
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Ngô Văn Lực
`, 'UBND xã Đông Long'));
  it('p4 interleaved on same lines', () => issuerIs(`TỈNH ỦY SÓC TRĂNG ĐẢNG CỘNG SẢN VIỆT NAM
BAN TỔ CHỨC Sóc Trăng, ngày 04 tháng 6 năm 2024
*
Số 210-HD/BTCTU
${BODY}
K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Lâm Văn Mẫn
`, 'Ban Tổ chức Tỉnh ủy Sóc Trăng'));
  it('p5 one cell per line interleaved State', () => issuerIs(`ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN SƠN ĐỘNG
Độc lập - Tự do - Hạnh phúc
Số: 120/UBND-VP
Sơn Động, ngày 10 tháng 3 năm 2024
${BODY}
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Ngô Văn Lực
`, 'UBND huyện Sơn Động'));
  it('p6 provincial military command over district', () => issuerIs(`BỘ CHQS TỈNH HÀ GIANG
BAN CHQS HUYỆN VỊ XUYÊN
Số: 88/KH-BCH
${MOTTO_STATE}
Vị Xuyên, ngày 10 tháng 3 năm 2024
${BODY}
CHỈ HUY TRƯỞNG

Hoàng Văn Sinh
`, 'Ban Chỉ huy Quân sự huyện Vị Xuyên', 'Ban CHQS huyện Vị Xuyên'));
  it('p7 provincial health department over district centre', () => issuerIs(`SỞ Y TẾ LÂM ĐỒNG
TRUNG TÂM Y TẾ HUYỆN DI LINH
Số: 301/KH-TTYT
${MOTTO_STATE}
Di Linh, ngày 10 tháng 3 năm 2024
${BODY}
GIÁM ĐỐC

K' Tiêu
`, 'Trung tâm Y tế huyện Di Linh'));
  it('p8 new province after July 2025, capital in the old province', () => issuerIs(`UBND TỈNH BẮC NINH
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 1201/SNNMT-TL
${MOTTO_STATE}
Bắc Giang, ngày 20 tháng 8 năm 2025
${BODY}
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Đặng Văn Lợi
`, 'Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh'));
  it('p9 party parent and organ on one line with a dash', () => issuerIs(`HUYỆN ỦY TÂN YÊN - BAN TUYÊN GIÁO
*
Số 40-HD/BTGHU
${MOTTO_PARTY}
Tân Yên, ngày 10 tháng 3 năm 2024
${BODY}
K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Trần Văn Tú
`, 'Ban Tuyên giáo Huyện ủy Tân Yên'));
  it('p10 TUQ. CHỦ TỊCH / TRƯỞNG PHÒNG NỘI VỤ', () => issuerIs(`ỦY BAN NHÂN DÂN
HUYỆN MỸ XUYÊN
Số: 230/UBND-NV
${MOTTO_STATE}
Mỹ Xuyên, ngày 10 tháng 3 năm 2024
${BODY}
TUQ. CHỦ TỊCH
TRƯỞNG PHÒNG NỘI VỤ

Lý Văn Sóc
`, 'UBND huyện Mỹ Xuyên'));
  it('p11 Hội đồng NVQS under a commune committee header', () => issuerIs(`UBND XÃ HỒ ĐẮC KIỆN
HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ
Số: 05/KH-HĐNVQS
${MOTTO_STATE}
Hồ Đắc Kiện, ngày 10 tháng 10 năm 2024
${BODY}
TM. HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ
CHỦ TỊCH
CHỦ TỊCH UBND XÃ

Lý Văn Sóc
`, 'Hội đồng Nghĩa vụ quân sự xã Hồ Đắc Kiện'));
  it('p11b Hội đồng NVQS named only in the TM. line', () => issuerIs(`ỦY BAN NHÂN DÂN
XÃ HỒ ĐẮC KIỆN
Số: 05/KH-HĐNVQS
${MOTTO_STATE}
Hồ Đắc Kiện, ngày 10 tháng 10 năm 2024
${BODY}
TM. HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ
CHỦ TỊCH
CHỦ TỊCH UBND XÃ

Lý Văn Sóc
`, 'Hội đồng Nghĩa vụ quân sự xã Hồ Đắc Kiện'));
  it('p13 commune of a shared name, the district from the cited committee', () => {
    const t = `ĐẢNG ỦY XÃ TAM TIẾN
*
Số 22-KH/ĐU
${MOTTO_PARTY}
Tam Tiến, ngày 10 tháng 3 năm 2024

Thực hiện Kế hoạch số 90-KH/HU của Ban Thường vụ Huyện ủy Yên Thế, Đảng ủy xã xây dựng kế hoạch như sau.

T/M ĐẢNG ỦY
BÍ THƯ

Trần Văn Tú
`;
    issuerIs(t, 'Đảng ủy xã Tam Tiến');
    expect(parse(t).issuer?.area?.province).toBe('Bắc Giang');
  });
  it('p15 header without place, code names organ, place from date line', () => issuerIs(`HUYỆN ỦY
BAN DÂN VẬN
*
Số 31-CV/BDVHU
${MOTTO_PARTY}
Đắk Tô, ngày 10 tháng 3 năm 2024
${BODY}
K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

A Tú
`, 'Ban Dân vận Huyện ủy Đắk Tô'));
  it('p16 Front name wrapped mid-name', () => issuerIs(`ỦY BAN MẶT TRẬN TỔ QUỐC
VIỆT NAM HUYỆN ĐỒNG VĂN
Số: 45/KH-MTTQ-BTT
${MOTTO_STATE}
Đồng Văn, ngày 10 tháng 3 năm 2024
${BODY}
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH

Vàng Mí Lử
`, 'Ủy ban MTTQ Việt Nam huyện Đồng Văn', 'Ban Thường trực Ủy ban MTTQ Việt Nam huyện Đồng Văn'));
  it('p17 trade union of a sector under its provincial federation', () => issuerIs(`LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ YÊN
CÔNG ĐOÀN NGÀNH GIÁO DỤC
Số: 45/KH-CĐN
${MOTTO_STATE}
Tuy Hòa, ngày 10 tháng 3 năm 2024
${BODY}
TM. BAN THƯỜNG VỤ
CHỦ TỊCH

Lê Thị Hạnh
`, 'Công đoàn ngành Giáo dục tỉnh Phú Yên', 'Công đoàn ngành Giáo dục Phú Yên'));
  it('p19 joint office wrapped', () => issuerIs(`VĂN PHÒNG HĐND VÀ UBND
HUYỆN TÂN YÊN
Số: 45/TB-VP
${MOTTO_STATE}
Tân Yên, ngày 10 tháng 3 năm 2024
${BODY}
CHÁNH VĂN PHÒNG

Lê Thị Hạnh
`, 'Văn phòng HĐND và UBND huyện Tân Yên'));
  it('p20 Sở code under a province-only header', () => issuerIs(`UBND TỈNH PHÚ YÊN
Số: 1234/SNN-TTBVTV
${MOTTO_STATE}
Phú Yên, ngày 10 tháng 5 năm 2024
${BODY}
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Hữu Phước
`, 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Yên'));
  it('p21 number merged into the header line', () => issuerIs(`UBND HUYỆN HIỆP HÒA Số: 77/UBND-TNMT
${MOTTO_STATE}
Hiệp Hòa, ngày 10 tháng 5 năm 2024
${BODY}
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Hữu Phước
`, 'UBND huyện Hiệp Hòa'));
  it('a committee of a provincial council under the council\'s line', () => issuerIs(`HĐND TỈNH KON TUM
BAN KINH TẾ - NGÂN SÁCH
Số: 12/BC-KTNS
${MOTTO_STATE}
Kon Tum, ngày 02 tháng 12 năm 2024

BÁO CÁO
Thẩm tra dự thảo Nghị quyết về dự toán ngân sách năm 2025

Thực hiện sự phân công của Thường trực HĐND tỉnh, Ban Kinh tế - Ngân sách thẩm tra dự thảo Nghị quyết do Ủy ban nhân dân tỉnh trình như sau.

TM. BAN KINH TẾ - NGÂN SÁCH
TRƯỞNG BAN

Lê Văn Hòa
`, 'Ban Kinh tế - Ngân sách HĐND tỉnh Kon Tum'));
  it('a committee of a district council, the header in "|" columns', () => issuerIs(`HĐND HUYỆN ĐẮK HÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN PHÁP CHẾ | Độc lập - Tự do - Hạnh phúc
Số: 05/KH-BPC | Đắk Hà, ngày 15 tháng 4 năm 2024

KẾ HOẠCH
Giám sát công tác tiếp công dân năm 2024

Ban Pháp chế HĐND huyện giám sát tại Ủy ban nhân dân huyện và Ủy ban nhân dân các xã Đắk Mar, Hà Mòn.

TM. BAN PHÁP CHẾ
TRƯỞNG BAN

A Thuyên
`, 'Ban Pháp chế HĐND huyện Đắk Hà'));
});
