import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { issuerIs } from './helpers/own-identity.js';

/**
 * Where the text offers several bodies, which one issued this document, and where it is: one short document per
 * structure real documents use (a parent over its organ or office, a header line wrapped in two, a board or a Party
 * group under its parent, the number's code naming the organ, the signature's `TM.`/`KT.`/`TL.`/`TUQ.` and whom the
 * signer speaks for, the place from the place-date line or another province's namesake, and bodies the text names more
 * often than its issuer). Written for this test before any tune note was read: real places, made-up numbers. The
 * issuer is compared as the scorer does (scripts/eval/score.ts): its name, surface or body, folded, is one of the
 * expected names; where a place name is shared, the province is asserted too.
 */

const MOTTO_PARTY = 'ĐẢNG CỘNG SẢN VIỆT NAM';
const MOTTO_STATE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';

describe('the own issuer where the text offers several bodies', () => {
  it('a Party parent over its organ, the body citing the parent\'s plan', () => issuerIs(`TỈNH ỦY QUẢNG NAM
BAN TUYÊN GIÁO
*
Số 145-HD/BTGTU
${MOTTO_PARTY}
Tam Kỳ, ngày 12 tháng 3 năm 2024

HƯỚNG DẪN
tuyên truyền kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh

Thực hiện Kế hoạch số 210-KH/TU ngày 02/3/2024 của Ban Thường vụ Tỉnh ủy Quảng Nam, Ban Tuyên giáo Tỉnh ủy hướng dẫn tuyên truyền như sau:

1. Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy chỉ đạo tuyên truyền trên hệ thống loa truyền thanh cơ sở.
2. Tỉnh đoàn phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức các hoạt động văn hóa, văn nghệ.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Nguyễn Văn Hải

Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Lưu Văn phòng Ban.
`, 'Ban Tuyên giáo Tỉnh ủy Quảng Nam'));

  it('a district committee over its office (Phòng), tasks for the committee\'s other offices', () => issuerIs(`UBND HUYỆN THĂNG BÌNH
PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG
-------
Số: 88/TNMT-MT
V/v thu gom rác thải sau mưa lũ
${MOTTO_STATE}
Thăng Bình, ngày 05 tháng 11 năm 2024

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Thực hiện chỉ đạo của Ủy ban nhân dân huyện Thăng Bình tại Công văn số 1520/UBND-KT ngày 01/11/2024, Phòng Tài nguyên và Môi trường đề nghị Ủy ban nhân dân các xã, thị trấn huy động lực lượng thu gom rác thải tại các khu dân cư; Ban Quản lý dịch vụ công ích huyện bố trí phương tiện vận chuyển.

TRƯỞNG PHÒNG

Trần Minh Tâm

Nơi nhận:
- Như trên;
- UBND huyện (b/c);
- Lưu: VT.
`, 'Phòng Tài nguyên và Môi trường huyện Thăng Bình'));

  it('a joint "HĐND - UBND XÃ" header, signed for the committee', () => issuerIs(`HĐND - UBND XÃ DIỄN HOÀNG
-------
Số: 25/TB-UBND
${MOTTO_STATE}
Diễn Hoàng, ngày 18 tháng 4 năm 2024

THÔNG BÁO
Lịch tiếp công dân tháng 5 năm 2024

Ủy ban nhân dân xã thông báo lịch tiếp công dân như sau: Chủ tịch Ủy ban nhân dân xã tiếp công dân vào ngày 15 hằng tháng tại trụ sở; Thường trực Hội đồng nhân dân xã phối hợp tiếp công dân định kỳ.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Hồ Văn Bình
`, 'UBND xã Diễn Hoàng'));

  it('a provincial Party committee over its bloc committee (Đảng ủy Khối)', () => issuerIs(`ĐẢNG BỘ TỈNH BÌNH ĐỊNH
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
*
Số 320-CV/ĐUK
${MOTTO_PARTY}
Quy Nhơn, ngày 09 tháng 8 năm 2024

Kính gửi: Các tổ chức cơ sở đảng trực thuộc.

Thực hiện Công văn số 1450-CV/TU ngày 02/8/2024 của Tỉnh ủy Bình Định về tổ chức đại hội chi bộ, Ban Thường vụ Đảng ủy Khối đề nghị các tổ chức cơ sở đảng xây dựng kế hoạch đại hội, báo cáo về Ban Tổ chức Đảng ủy Khối trước ngày 30/8/2024.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Lê Thị Hoa
`, 'Đảng ủy Khối các cơ quan tỉnh Bình Định', 'Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Bình Định'));

  it('an office line wrapped in two under its province', () => issuerIs(`UBND TỈNH THANH HÓA
SỞ NÔNG NGHIỆP VÀ PHÁT
TRIỂN NÔNG THÔN
-------
Số: 2310/SNN&PTNT-TL
V/v vận hành hồ chứa mùa mưa bão
${MOTTO_STATE}
Thanh Hóa, ngày 10 tháng 9 năm 2024

Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.

Thực hiện Công điện số 12/CĐ-UBND ngày 08/9/2024 của Chủ tịch UBND tỉnh, Sở Nông nghiệp và Phát triển nông thôn đề nghị Ủy ban nhân dân các huyện kiểm tra an toàn hồ chứa; Công ty TNHH MTV Sông Chu vận hành hồ theo quy trình.

GIÁM ĐỐC

Lê Văn Thắng
`, 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Thanh Hóa', 'Sở Nông nghiệp và Phát triển nông thôn Thanh Hóa'));

  it('a board (Ban Chỉ đạo) under its district committee, signed for the board by the committee\'s vice-chairman', () => issuerIs(`ỦY BAN NHÂN DÂN
HUYỆN THỌ XUÂN
BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH BỆNH
-------
Số: 12/KH-BCĐ
${MOTTO_STATE}
Thọ Xuân, ngày 20 tháng 5 năm 2024

KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2024

Thực hiện Kế hoạch số 95/KH-UBND ngày 10/5/2024 của UBND huyện Thọ Xuân, Ban Chỉ đạo xây dựng Kế hoạch như sau:

1. Trung tâm Y tế huyện chủ trì giám sát ổ dịch.
2. Ủy ban nhân dân các xã, thị trấn tổ chức chiến dịch diệt lăng quăng.

TM. BAN CHỈ ĐẠO
TRƯỞNG BAN
PHÓ CHỦ TỊCH UBND HUYỆN

Lê Đình Sơn
`, 'Ban Chỉ đạo phòng, chống dịch bệnh huyện Thọ Xuân'));

  it('a Party group (Ban cán sự đảng) of the provincial committee, under the provincial Party header', () => issuerIs(`ĐẢNG BỘ TỈNH NGHỆ AN
BAN CÁN SỰ ĐẢNG UBND TỈNH
*
Số 45-KH/BCSĐ
${MOTTO_PARTY}
Vinh, ngày 03 tháng 6 năm 2024

KẾ HOẠCH
thực hiện Kết luận số 70-KL/TW của Bộ Chính trị

Ban cán sự đảng UBND tỉnh giao Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành xây dựng kế hoạch thực hiện; Sở Nội vụ chủ trì tham mưu sắp xếp tổ chức bộ máy.

T/M BAN CÁN SỰ ĐẢNG
BÍ THƯ

Nguyễn Đức Trung
`, 'Ban cán sự đảng UBND tỉnh Nghệ An'));

  it('a Party group (Đảng đoàn) of a mass organisation', () => issuerIs(`ĐẢNG BỘ TỈNH GIA LAI
ĐẢNG ĐOÀN HỘI NÔNG DÂN TỈNH
*
Số 18-CV/ĐĐ
${MOTTO_PARTY}
Pleiku, ngày 14 tháng 10 năm 2024

Kính gửi: Ban Thường vụ Hội Nông dân các huyện, thị xã, thành phố.

Đảng đoàn Hội Nông dân tỉnh đề nghị Ban Thường vụ Hội Nông dân các huyện rà soát hội viên nòng cốt, báo cáo về Đảng đoàn trước ngày 30/10/2024.

T/M ĐẢNG ĐOÀN
BÍ THƯ

Rơ Mah Thuyên
`, 'Đảng đoàn Hội Nông dân tỉnh Gia Lai'));

  it('the Front\'s standing board under its district committee, its header in three lines', () => issuerIs(`ỦY BAN MTTQ VIỆT NAM
HUYỆN DIỄN CHÂU
BAN THƯỜNG TRỰC
-------
Số: 56/KH-MTTQ-BTT
${MOTTO_STATE}
Diễn Châu, ngày 02 tháng 10 năm 2024

KẾ HOẠCH
tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024

Ban Thường trực Ủy ban MTTQ Việt Nam huyện chỉ đạo Ban Công tác Mặt trận các khu dân cư tổ chức Ngày hội; Ủy ban MTTQ các xã, thị trấn báo cáo kết quả trước ngày 25/11/2024.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH

Phan Văn Quý
`, 'Ủy ban MTTQ Việt Nam huyện Diễn Châu', 'Ban Thường trực Ủy ban MTTQ Việt Nam huyện Diễn Châu'));

  it('a union under its provincial federation', () => issuerIs(`LĐLĐ TỈNH BẾN TRE
CÔNG ĐOÀN NGÀNH GIÁO DỤC
-------
Số: 77/CĐN-TC
${MOTTO_STATE}
Bến Tre, ngày 11 tháng 3 năm 2024

Kính gửi: Công đoàn cơ sở các trường trực thuộc.

Thực hiện Kế hoạch số 30/KH-LĐLĐ của Liên đoàn Lao động tỉnh, Ban Thường vụ Công đoàn ngành Giáo dục đề nghị công đoàn cơ sở các trường tổ chức phát triển đoàn viên.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH

Võ Thị Lan
`, 'Công đoàn ngành Giáo dục tỉnh Bến Tre'));

  it('the number\'s code names the organ (-CV/BDVHU) where the header kept only its parent', () => issuerIs(`HUYỆN ỦY YÊN THÀNH
*
Số 56-CV/BDVHU
${MOTTO_PARTY}
Yên Thành, ngày 21 tháng 5 năm 2024

Kính gửi: Các đảng ủy trực thuộc.

Thực hiện chỉ đạo của Thường trực Huyện ủy, đề nghị các đảng ủy chỉ đạo khối dân vận cơ sở nắm tình hình nhân dân, báo cáo về Ban Dân vận Huyện ủy trước ngày 30/5/2024.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Hoàng Thị Mai
`, 'Ban Dân vận Huyện ủy Yên Thành'));

  it('a web copy, the header glued on one line, the organ named by the code', () => issuerIs(`TỈNH ỦY GIA LAI BAN DÂN VẬN * Số 88-CV/BDVTU ĐẢNG CỘNG SẢN VIỆT NAM Pleiku, ngày 15 tháng 7 năm 2024

Kính gửi: Ban Dân vận các huyện ủy, thị ủy, thành ủy.

Thực hiện Công văn số 600-CV/TU của Ban Thường vụ Tỉnh ủy, Ban Dân vận Tỉnh ủy đề nghị Ban Dân vận các huyện ủy phối hợp với Ủy ban MTTQ cùng cấp vận động nhân dân hiến đất làm đường.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
`, 'Ban Dân vận Tỉnh ủy Gia Lai'));

  it('the committee\'s office head signing "TL. CHỦ TỊCH": the committee\'s document', () => issuerIs(`ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
-------
Số: 4567/UBND-NL2
V/v chủ động ứng phó bão số 4
${MOTTO_STATE}
Hà Tĩnh, ngày 17 tháng 9 năm 2024

Kính gửi: Ủy ban nhân dân các huyện, thành phố, thị xã.

Thực hiện Công điện số 95/CĐ-TTg của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh yêu cầu Ủy ban nhân dân các huyện triển khai phương án sơ tán dân; Văn phòng UBND tỉnh theo dõi, tổng hợp.

TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Nguyễn Văn Long

Nơi nhận:
- Như trên;
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, NL2.
`, 'UBND tỉnh Hà Tĩnh'));

  it('the committee\'s office on its own account, code /TB-VPUBND, over the chairman\'s conclusion', () => issuerIs(`UBND TỈNH HÀ TĨNH
VĂN PHÒNG
-------
Số: 301/TB-VPUBND
${MOTTO_STATE}
Hà Tĩnh, ngày 22 tháng 8 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với huyện Kỳ Anh

Ngày 20/8/2024, Chủ tịch UBND tỉnh làm việc với Ủy ban nhân dân huyện Kỳ Anh. Văn phòng UBND tỉnh thông báo kết luận như sau: Ủy ban nhân dân huyện Kỳ Anh đẩy nhanh giải phóng mặt bằng; Sở Tài nguyên và Môi trường hướng dẫn thủ tục đất đai.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Trần Thị Thủy
`, 'Văn phòng UBND tỉnh Hà Tĩnh'));

  it('a board named only in its signature, under its commune committee\'s header', () => issuerIs(`ỦY BAN NHÂN DÂN
XÃ XUÂN HÒA
-------
Số: 05/KH-BCĐ
${MOTTO_STATE}
Xuân Hòa, ngày 08 tháng 1 năm 2024

KẾ HOẠCH
Tổng vệ sinh môi trường dịp Tết Nguyên đán

Công an xã, Ban Chỉ huy Quân sự xã và các thôn tổ chức ra quân dọn vệ sinh vào ngày 20/01/2024.

TM. BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM
TRƯỞNG BAN
CHỦ TỊCH UBND XÃ

Lê Văn Hùng
`, 'Ban Chỉ đạo phòng, chống tội phạm xã Xuân Hòa'));

  it('a body written without its place in the header, the place from the place-date line', () => issuerIs(`BAN CHỈ HUY QUÂN SỰ XÃ
-------
Số: 14/KH-BCH
${MOTTO_STATE}
Tam Hiệp, ngày 06 tháng 2 năm 2024

KẾ HOẠCH
Huấn luyện dân quân năm 2024

Ban Chỉ huy Quân sự huyện Núi Thành giao chỉ tiêu huấn luyện; Ban Chỉ huy Quân sự xã tổ chức huấn luyện cho trung đội dân quân cơ động, các thôn đội trưởng bảo đảm quân số.

CHỈ HUY TRƯỞNG

Nguyễn Văn Tín
`, 'Ban Chỉ huy Quân sự xã Tam Hiệp'));

  it('a district named in two provinces (Châu Thành), the province from the cited provincial committee', () => {
    const text = `ỦY BAN NHÂN DÂN
HUYỆN CHÂU THÀNH
-------
Số: 210/UBND-VP
${MOTTO_STATE}
Châu Thành, ngày 04 tháng 3 năm 2024

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Thực hiện Công văn số 880/UBND-KT ngày 28/02/2024 của Ủy ban nhân dân tỉnh Bến Tre về phòng, chống xâm nhập mặn, Ủy ban nhân dân huyện yêu cầu Ủy ban nhân dân các xã trữ nước ngọt; Phòng Nông nghiệp và Phát triển nông thôn theo dõi độ mặn.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Ba
`;
    issuerIs(text, 'UBND huyện Châu Thành');
    expect(parse(text).issuer?.area?.province).toBe('Bến Tre');
  });

  it('a commune after the 2025 reform, the old district named in the body', () => issuerIs(`ĐẢNG BỘ TỈNH NGHỆ AN
ĐẢNG ỦY XÃ QUỲNH LƯU
*
Số 12-KH/ĐU
${MOTTO_PARTY}
Quỳnh Lưu, ngày 15 tháng 9 năm 2025

KẾ HOẠCH
tổ chức Đại hội Đảng bộ xã lần thứ I

Ban Thường vụ Đảng ủy xã chỉ đạo các chi bộ (trước đây thuộc Đảng bộ huyện Quỳnh Lưu) chuẩn bị văn kiện; Ủy ban nhân dân xã bảo đảm kinh phí.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Hồ Sỹ Hùng
`, 'Đảng ủy xã Quỳnh Lưu', 'Ban Thường vụ Đảng ủy xã Quỳnh Lưu'));

  it('a web copy whose header kept only "UBND", the province\'s committee named three times in the body', () => issuerIs(`ỦY BAN NHÂN DÂN
Số: 88/UBND-VP
Đại Lộc, ngày 02 tháng 12 năm 2024

Kính gửi: Các cơ quan, đơn vị; Ủy ban nhân dân các xã, thị trấn.

Thực hiện Kế hoạch số 300/KH-UBND ngày 20/11/2024 của UBND tỉnh Quảng Nam và Công văn số 6021/UBND-KTN của UBND tỉnh Quảng Nam, Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị báo cáo về UBND tỉnh Quảng Nam qua Sở Kế hoạch và Đầu tư trước ngày 10/12/2024.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Võ Thanh Trung
`, 'UBND huyện Đại Lộc'));

  it('a web copy with the header glued on one line, reporting to the district committee it names first', () => issuerIs(`ĐẢNG BỘ HUYỆN HIỆP ĐỨC ĐẢNG ỦY XÃ QUẾ THỌ * Số 45-BC/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Quế Thọ, ngày 28 tháng 6 năm 2024

BÁO CÁO
kết quả lãnh đạo 6 tháng đầu năm 2024

Kính gửi: Ban Thường vụ Huyện ủy Hiệp Đức.

Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ huyện Hiệp Đức, Đảng ủy xã lãnh đạo hoàn thành các chỉ tiêu; Ủy ban nhân dân xã thu ngân sách đạt 60% dự toán.

T/M ĐẢNG ỦY
BÍ THƯ

Đinh Văn Lực
`, 'Đảng ủy xã Quế Thọ'));

  it('a department signing "TUQ. GIÁM ĐỐC" over a task\'s lead unit named in every item', () => issuerIs(`UBND TỈNH BÌNH ĐỊNH
SỞ Y TẾ
-------
Số: 1980/SYT-NVY
${MOTTO_STATE}
Bình Định, ngày 16 tháng 7 năm 2024

Kính gửi: Các đơn vị y tế trực thuộc.

1. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì giám sát bệnh sởi.
2. Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với Trung tâm Y tế các huyện tổ chức tiêm vắc xin.
3. Bệnh viện Đa khoa tỉnh báo cáo ca bệnh về Trung tâm Kiểm soát bệnh tật tỉnh.

TUQ. GIÁM ĐỐC
TRƯỞNG PHÒNG NGHIỆP VỤ Y

Đặng Văn Sơn
`, 'Sở Y tế tỉnh Bình Định', 'Sở Y tế Bình Định'));

  // A second probe of twelve headless fragments, written after the commit of the first twenty-one and before reading any
  // tune note (7 of 12 right on d0ade202): these three now pass, with a guard; a report's opening ("Đảng ủy xã … báo cáo
  // kết quả như sau:") is left (read as an issuer's verb it took task items and meetings' "nghe … báo cáo" on tune).
  it('a bare "TM. ỦY BAN NHÂN DÂN" under a date line whose place is one district', () => issuerIs(`Thực hiện Công văn số 2345/UBND-NN ngày 10/4/2024 của UBND tỉnh Hà Tĩnh, yêu cầu các xã, thị trấn:

1. Tổ chức ra quân diệt chuột bảo vệ lúa.
2. Báo cáo kết quả về Phòng Nông nghiệp và Phát triển nông thôn trước ngày 25/4/2024.

Can Lộc, ngày 15 tháng 4 năm 2024
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Hòa
`, 'UBND huyện Can Lộc'));

  it('null under a date line whose place is both a district and its town (Diễn Châu)', () => issuerIs(`Thực hiện Công văn số 2345/UBND-NN ngày 10/4/2024 của UBND tỉnh Nghệ An, yêu cầu các đơn vị:

1. Tổ chức ra quân diệt chuột bảo vệ lúa.

Diễn Châu, ngày 15 tháng 4 năm 2024
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Hòa
`));

  it('"TM. BAN CHỈ ĐẠO" placed by the chairman\'s post, the board\'s topic from the body\'s sentence', () => issuerIs(`Ban Chỉ đạo phòng, chống thiên tai huyện xây dựng Kế hoạch ứng phó mùa mưa bão năm 2024 như sau:

1. Ủy ban nhân dân các xã rà soát hộ dân vùng trũng.
2. Ban Chỉ huy Quân sự huyện bố trí lực lượng cơ động.

TM. BAN CHỈ ĐẠO
TRƯỞNG BAN
CHỦ TỊCH UBND HUYỆN KỲ ANH

Phạm Văn Hùng
`, 'Ban Chỉ đạo phòng, chống thiên tai huyện Kỳ Anh'));

  it('"T/M ĐẢNG ĐOÀN" named in the body with the organisation it leads, over a cited Tỉnh ủy', () => issuerIs(`Thực hiện Kết luận số 50-KL/TU của Ban Thường vụ Tỉnh ủy Gia Lai, Đảng đoàn Hội Nông dân tỉnh lãnh đạo:

1. Ban Thường vụ Hội Nông dân tỉnh chỉ đạo Hội Nông dân các huyện vận động hội viên.
2. Hội Nông dân các huyện báo cáo kết quả.

T/M ĐẢNG ĐOÀN
BÍ THƯ
`, 'Đảng đoàn Hội Nông dân tỉnh Gia Lai'));

  // A third probe of eight web copies whose header lost its line breaks (5 of 8 right on dd01ba93): these three now pass.
  const MOTTO_GLUED = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  const LETTER = '\n\nKính gửi: Các đơn vị trực thuộc.\n\nĐề nghị các đơn vị triển khai thực hiện nghiêm túc nội dung công văn này.\n\nTRƯỞNG BAN\n';
  it('three header lines glued on one, a Party organ under its district committee under its province', () => issuerIs(
    `ĐẢNG BỘ TỈNH THANH HÓA HUYỆN ỦY THỌ XUÂN BAN TỔ CHỨC ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 56-HD/BTCHU Thọ Xuân, ngày 08 tháng 7 năm 2024${LETTER}`,
    'Ban Tổ chức Huyện ủy Thọ Xuân'));

  it('a board\'s name in capitals glued after its committee\'s line', () => issuerIs(
    `UBND HUYỆN THỌ XUÂN BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH BỆNH ${MOTTO_GLUED}\nSố: 12/KH-BCĐ Độc lập - Tự do - Hạnh phúc\nThọ Xuân, ngày 20 tháng 5 năm 2024${LETTER}`,
    'Ban Chỉ đạo phòng, chống dịch bệnh huyện Thọ Xuân'));

  it('a joint "HĐND - UBND XÃ" header over a council\'s resolution: the council\'s', () => issuerIs(
    `HĐND - UBND XÃ DIỄN HOÀNG ${MOTTO_GLUED}\nSố: 05/NQ-HĐND Độc lập - Tự do - Hạnh phúc\nDiễn Hoàng, ngày 20 tháng 12 năm 2024\n\nNGHỊ QUYẾT\nvề dự toán ngân sách năm 2025\n\nĐiều 1. Thông qua dự toán ngân sách xã năm 2025.\n\nTM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\n`,
    'HĐND xã Diễn Hoàng'));

  // A fourth probe of six on the place (3 of 6 right on 1cdc3ff9): a partner or a neighbour named with its place is
  // another body, not where the issuer is.
  it('a province\'s committee named without its place, a neighbour province\'s department its partner', () => issuerIs(`Ủy ban nhân dân tỉnh yêu cầu:

1. Sở Nông nghiệp và Phát triển nông thôn phối hợp với Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Bình kiểm soát vận chuyển gia súc qua địa bàn.
2. Ủy ban nhân dân các huyện giáp ranh tỉnh Nghệ An lập chốt kiểm dịch trên địa bàn tỉnh Hà Tĩnh.
`, 'UBND tỉnh Hà Tĩnh'));

  it('a district\'s committee named without its place, placed by the commune it hands work to', () => issuerIs(`Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị thực hiện:

1. Phòng Tài nguyên và Môi trường đo đạc lại ranh giới.
2. Ủy ban nhân dân xã Hưng Tây hoàn thành cắm mốc trước ngày 30/6/2024.
`, 'UBND huyện Hưng Nguyên'));
});
