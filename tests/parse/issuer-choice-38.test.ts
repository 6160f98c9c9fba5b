import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { issuerIs } from './helpers/own-identity.js';

/**
 * Where the text offers several bodies, which one issued this document, and where it is: a second set of short
 * documents, written for this test before any tune note or miss was read, in forms issuer-choice-35 did not use: OCR'd
 * headers (a letter confused, a line split inside a place name), web copies whose two header columns interleave (the
 * motto or the place-date line between the issuer's lines), a province's body over its district body, bodies renamed
 * or merged in 2025, the parent and the organ on one line, a signature whose post names another body than the header.
 * Real places, made-up numbers. Compared as the scorer does (scripts/eval/score.ts): the issuer's name, surface or
 * body, folded, is one of the expected names; where a place name is shared, the province is asserted too.
 */

const MOTTO_PARTY = 'ĐẢNG CỘNG SẢN VIỆT NAM';
const MOTTO_STATE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';

describe('the own issuer where the text offers several bodies (second set)', () => {
  it('an OCR\'d district header, "l" read for "I" in the place name', () => issuerIs(`UỶ BAN NHÂN DÂN
HUYỆN TIỀN HẢl
Số: 412 /UBND-NN
CỘNG HOÀ XÃ HỘl CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tiền Hải, ngày 03 tháng 6 năm 2024
V/v chủ động phòng, chống rét cho cây vụ chiêm xuân

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Thực hiện Công văn số 1720/UBND-NN ngày 28/5/2024 của Ủy ban nhân dân tỉnh Thái Bình, Ủy ban nhân dân huyện yêu cầu Ủy ban nhân dân xã Đông Trà, xã Đông Long và các xã ven biển kiểm tra hệ thống tiêu úng.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Phạm Văn Khoa
`, 'UBND huyện Tiền Hải'));

  it('an OCR\'d Party header whose place name is split over two lines', () => issuerIs(`ĐẢNG BỘ TỈNH THÁI BÌNH
HUYỆN ỦY KIẾN
XƯƠNG
*
Số 215-CV/HU
${MOTTO_PARTY}
Kiến Xương, ngày 20 tháng 9 năm 2024

Kính gửi: Các chi bộ, đảng bộ trực thuộc.

Thực hiện Hướng dẫn số 33-HD/BTCTU ngày 10/9/2024 của Ban Tổ chức Tỉnh ủy Thái Bình, Ban Thường vụ Huyện ủy đề nghị các đảng ủy xã, thị trấn rà soát đảng viên miễn sinh hoạt.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Đỗ Thị Hằng
`, 'Huyện ủy Kiến Xương', 'Ban Thường vụ Huyện ủy Kiến Xương'));

  it('an OCR\'d parent over its organ, the organ\'s code in the number', () => issuerIs(`TỈNH ỦY BẮC GlANG
BAN DÂN VẬN
*
Số 96-CV/BDVTU
${MOTTO_PARTY}
Bắc Giang, ngày 14 tháng 10 năm 2024

Kính gửi: Ban Dân vận các huyện ủy, thành ủy.

Thực hiện Kế hoạch số 301-KH/TU của Ban Thường vụ Tỉnh ủy Bắc Giang, Ban Dân vận Tỉnh ủy đề nghị Ban Dân vận các huyện ủy nắm tình hình nhân dân vùng giải phóng mặt bằng, báo cáo Tỉnh ủy trước ngày 30/10/2024.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Lê Văn Tùng
`, 'Ban Dân vận Tỉnh ủy Bắc Giang'));

  it('a web copy whose columns interleave: the motto between the parent and the department', () => issuerIs(`UBND TỈNH PHÚ YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Độc lập - Tự do - Hạnh phúc
Số: 1234/SNN-TTBVTV
Phú Yên, ngày 10 tháng 5 năm 2024
V/v phòng trừ rầy nâu hại lúa vụ Hè Thu

Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.

Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh Phú Yên tại Công văn số 2210/UBND-KT, Sở Nông nghiệp và Phát triển nông thôn đề nghị Ủy ban nhân dân huyện Tuy An, huyện Phú Hòa chỉ đạo các xã thăm đồng; Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn thuốc phòng trừ.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Hữu Phước
`, 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Yên'));

  it('a web copy whose columns interleave: the place-date line between the Party parent and its organ', () => issuerIs(`HUYỆN ỦY ĐẮK HÀ
ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO
Đắk Hà, ngày 12 tháng 8 năm 2024
*
Số 56-HD/BTGHU

HƯỚNG DẪN
tuyên truyền kỷ niệm Ngày Quốc khánh 2/9

Thực hiện Hướng dẫn số 140-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy Kon Tum, Ban Tuyên giáo Huyện ủy hướng dẫn:
1. Các chi bộ, đảng bộ cơ sở tổ chức tuyên truyền trong đảng viên.
2. Trung tâm Văn hóa - Thể thao huyện treo băng rôn, khẩu hiệu.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Y Thị Hoa
`, 'Ban Tuyên giáo Huyện ủy Đắk Hà'));

  it('a province\'s police over its district police', () => issuerIs(`CÔNG AN TỈNH SÓC TRĂNG
CÔNG AN HUYỆN MỸ TÚ
-------
Số: 318/KH-CAH
${MOTTO_STATE}
Mỹ Tú, ngày 02 tháng 4 năm 2024

KẾ HOẠCH
Tuyên truyền phòng, chống tội phạm ma túy năm 2024

Thực hiện Kế hoạch số 95/KH-CAT của Công an tỉnh Sóc Trăng, Công an huyện xây dựng kế hoạch như sau:
1. Công an các xã, thị trấn phối hợp Ủy ban Mặt trận Tổ quốc xã tổ chức tuyên truyền tại ấp.
2. Đội Cảnh sát điều tra tội phạm về ma túy chủ trì rà soát người nghiện.

TRƯỞNG CÔNG AN HUYỆN

Thạch Sô Phol
`, 'Công an huyện Mỹ Tú'));

  it('a department renamed by the 2025 merger, under its province', () => issuerIs(`UBND TỈNH BẮC GIANG
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
-------
Số: 455/SNNMT-CCTL
${MOTTO_STATE}
Bắc Giang, ngày 18 tháng 4 năm 2025
V/v bảo đảm nước tưới vụ Mùa năm 2025

Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.

Sở Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các huyện Lục Ngạn, Sơn Động kiểm tra hồ chứa; Công ty TNHH một thành viên Khai thác công trình thủy lợi Bắc Giang vận hành trạm bơm.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Hoàng Văn Thái
`, 'Sở Nông nghiệp và Môi trường tỉnh Bắc Giang'));

  it('a Party organ merged in 2025 (Ban Tuyên giáo và Dân vận) under its provincial committee', () => issuerIs(`TỈNH ỦY THÁI BÌNH
BAN TUYÊN GIÁO VÀ DÂN VẬN
*
Số 12-HD/BTGDVTU
${MOTTO_PARTY}
Thái Bình, ngày 25 tháng 3 năm 2025

HƯỚNG DẪN
tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam

Thực hiện Kế hoạch số 330-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn các huyện ủy, thành ủy tổ chức tuyên truyền.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Vũ Thị Lan
`, 'Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Bình'));

  it('the parent and the office on one header line, joined by a dash', () => issuerIs(`UBND THỊ XÃ SÔNG CẦU – PHÒNG VĂN HÓA VÀ THÔNG TIN
-------
Số: 77/VHTT
${MOTTO_STATE}
Sông Cầu, ngày 06 tháng 6 năm 2024
V/v tổ chức Ngày hội văn hóa các dân tộc

Kính gửi: Ủy ban nhân dân các xã, phường.

Thực hiện Kế hoạch số 112/KH-UBND của Ủy ban nhân dân thị xã Sông Cầu, Phòng Văn hóa và Thông tin đề nghị Ủy ban nhân dân phường Xuân Phú, xã Xuân Lâm cử đội văn nghệ tham gia.

TRƯỞNG PHÒNG

Trần Thị Mỹ
`, 'Phòng Văn hóa và Thông tin thị xã Sông Cầu'));

  it('a board under its district committee, signed by a vice-chairman whose post names the committee', () => issuerIs(`UBND HUYỆN LỤC NGẠN
BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM
-------
Số: 21/KH-BCĐ
${MOTTO_STATE}
Lục Ngạn, ngày 09 tháng 2 năm 2024

KẾ HOẠCH
Bảo đảm an ninh trật tự dịp Tết Nguyên đán

1. Công an huyện chủ trì, phối hợp Ban Chỉ huy Quân sự huyện tuần tra.
2. Ủy ban nhân dân thị trấn Chũ, xã Phong Minh bố trí lực lượng dân quân.

TM. BAN CHỈ ĐẠO
TRƯỞNG BAN
PHÓ CHỦ TỊCH UBND HUYỆN

Ngô Văn Bình
`, 'Ban Chỉ đạo phòng, chống tội phạm huyện Lục Ngạn'));

  it('a committee\'s letter signed by a vice-chairman who also heads the commune police', () => issuerIs(`ỦY BAN NHÂN DÂN
XÃ ĐÔNG TRÀ
-------
Số: 40/UBND
${MOTTO_STATE}
Đông Trà, ngày 15 tháng 7 năm 2024
V/v ra quân giải tỏa hành lang an toàn giao thông

Kính gửi: Trưởng các thôn.

Thực hiện Kế hoạch số 88/KH-UBND của Ủy ban nhân dân huyện Tiền Hải, Ủy ban nhân dân xã đề nghị trưởng các thôn vận động hộ dân tự tháo dỡ lều quán; Công an xã Đông Trà lập biên bản các trường hợp vi phạm.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
kiêm Trưởng Công an xã

Bùi Văn Hiệp
`, 'UBND xã Đông Trà'));

  it('"TL. BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG" under a district Party header: the committee\'s', () => issuerIs(`ĐẢNG BỘ TỈNH HÀ GIANG
HUYỆN ỦY YÊN MINH
*
Số 402-TB/HU
${MOTTO_PARTY}
Yên Minh, ngày 11 tháng 11 năm 2024

THÔNG BÁO
lịch làm việc của Thường trực Huyện ủy tháng 12

Văn phòng Huyện ủy thông báo lịch làm việc của Thường trực Huyện ủy; Ủy ban nhân dân huyện bố trí phương tiện.

TL. BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG

Sùng Mí Chá
`, 'Huyện ủy Yên Minh', 'Ban Thường vụ Huyện ủy Yên Minh'));

  it('a Party commune committee in "|" columns, the district committee cited three times', () => issuerIs(`ĐẢNG BỘ HUYỆN LẠNG GIANG | ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY THỊ TRẤN VÔI | Vôi, ngày 05 tháng 3 năm 2024
* |
Số 34-KH/ĐU |

KẾ HOẠCH
thực hiện Chỉ thị số 20-CT/HU của Ban Thường vụ Huyện ủy Lạng Giang

Thực hiện Chỉ thị số 20-CT/HU ngày 20/02/2024 của Ban Thường vụ Huyện ủy Lạng Giang, Kế hoạch số 61-KH/HU của Huyện ủy, Đảng ủy thị trấn xây dựng kế hoạch:
1. Các chi bộ tổ dân phố quán triệt Chỉ thị, báo cáo kết quả về Huyện ủy Lạng Giang.
2. Ủy ban nhân dân thị trấn chỉ đạo các ngành triển khai.

T/M ĐẢNG ỦY
BÍ THƯ

Nguyễn Đức Thắng
`, 'Đảng ủy thị trấn Vôi'));

  it('a district header in tab columns over a commune committee that reports to the district', () => issuerIs(`UBND HUYỆN QUỲNH PHỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
UBND XÃ AN KHÊ\tĐộc lập - Tự do - Hạnh phúc
Số: 52/BC-UBND\tAn Khê, ngày 28 tháng 6 năm 2024

BÁO CÁO
Kết quả thu ngân sách 6 tháng đầu năm 2024

Kính gửi: Ủy ban nhân dân huyện Quỳnh Phụ.

Thực hiện Công văn số 610/UBND-TCKH của Ủy ban nhân dân huyện Quỳnh Phụ, Ủy ban nhân dân xã An Khê báo cáo như sau: tổng thu đạt 58% dự toán huyện giao.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đào Văn Nam
`, 'UBND xã An Khê'));

  it('a Youth Union district committee under its provincial one, tasks for the commune unions', () => issuerIs(`TỈNH ĐOÀN KON TUM
BCH ĐOÀN HUYỆN NGỌC HỒI
***
Số: 45-KH/HĐTN
ĐOÀN TNCS HỒ CHÍ MINH
Ngọc Hồi, ngày 07 tháng 5 năm 2024

KẾ HOẠCH
Chiến dịch Thanh niên tình nguyện hè năm 2024

Thực hiện Kế hoạch số 120-KH/TĐTN của Ban Thường vụ Tỉnh đoàn Kon Tum, Ban Thường vụ Huyện đoàn xây dựng kế hoạch:
1. Đoàn xã Đắk Dục, Đoàn xã Đắk Nông ra quân làm đường giao thông nông thôn.
2. Đoàn thị trấn Plei Kần tổ chức sinh hoạt hè cho thiếu nhi.

TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN
BÍ THƯ

A Phương
`, 'Huyện đoàn Ngọc Hồi', 'Ban Chấp hành Đoàn huyện Ngọc Hồi', 'Ban Thường vụ Huyện đoàn Ngọc Hồi'));

  it('the organ\'s code in the number (/PGDĐT) where the web copy kept only the parent', () => issuerIs(`UBND HUYỆN ĐÔNG HƯNG
Số: 312/PGDĐT-TH
${MOTTO_STATE}
Đông Hưng, ngày 16 tháng 9 năm 2024
V/v tổ chức Tết Trung thu cho học sinh

Kính gửi: Hiệu trưởng các trường tiểu học.

Thực hiện Công văn số 1450/SGDĐT-GDTH của Sở Giáo dục và Đào tạo Thái Bình, Phòng Giáo dục và Đào tạo đề nghị hiệu trưởng các trường tổ chức vui Tết Trung thu an toàn, tiết kiệm.

TRƯỞNG PHÒNG

Lại Thị Thu
`, 'Phòng Giáo dục và Đào tạo huyện Đông Hưng'));

  it('a district named in two provinces (Bảo Lâm), placed by the communes it names', () => {
    const text = `ỦY BAN NHÂN DÂN
HUYỆN BẢO LÂM
-------
Số: 530/UBND-NN
${MOTTO_STATE}
Bảo Lâm, ngày 22 tháng 8 năm 2024
V/v phòng, chống cháy rừng

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Ủy ban nhân dân huyện yêu cầu Ủy ban nhân dân xã Lộc Bảo, xã Lộc Lâm tăng cường tuần tra rừng; Hạt Kiểm lâm huyện phối hợp kiểm tra.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

K' Brơi
`;
    issuerIs(text, 'UBND huyện Bảo Lâm');
    expect(parse(text).issuer?.area?.province).toBe('Lâm Đồng');
  });

  it('a district merged on 1 January 2025, a former district\'s commune named in the body', () => {
    const text = `ỦY BAN NHÂN DÂN
HUYỆN ĐẠ HUOAI
-------
Số: 88/UBND-VP
${MOTTO_STATE}
Đạ Huoai, ngày 14 tháng 2 năm 2025
V/v bàn giao hồ sơ lưu trữ sau sắp xếp

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Thực hiện Nghị quyết số 1252/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội, Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân xã Quốc Oai, xã Mỹ Đức (huyện Đạ Tẻh cũ) bàn giao hồ sơ về Văn phòng HĐND và UBND huyện.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Sơn
`;
    issuerIs(text, 'UBND huyện Đạ Huoai');
    expect(parse(text).issuer?.area?.province).toBe('Lâm Đồng');
  });

  it('a commune named in two provinces (Xuân Hòa), the header alone, the district in the body', () => {
    const text = `ỦY BAN NHÂN DÂN
XÃ XUÂN HÒA
-------
Số: 19/TB-UBND
${MOTTO_STATE}
Xuân Hòa, ngày 03 tháng 10 năm 2024

THÔNG BÁO
Lịch tiêm vắc xin cho trẻ em

Thực hiện Kế hoạch số 201/KH-UBND của Ủy ban nhân dân huyện Kế Sách, Ủy ban nhân dân xã thông báo: Trạm Y tế xã tổ chức tiêm vào ngày 10/10/2024; trưởng các ấp vận động người dân.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Út
`;
    issuerIs(text, 'UBND xã Xuân Hòa');
    expect(parse(text).issuer?.area?.province).toBe('Sóc Trăng');
  });
});
