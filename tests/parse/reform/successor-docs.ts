/**
 * Documents written for lineage and coverage across the 1 July 2025 reform (issue 14), in the style
 * of real ones: a 2026 plan of the UBND of the new phường Hòa Khánh (which took in part of phường
 * Hòa Minh, seed 002's ward), and a May 2025 letter of Quận ủy Liên Chiểu answered in June by the
 * Đảng ủy of phường Hòa Khánh Bắc (old map) and in August by that of the new phường Hải Vân, which
 * took in phường Hòa Hiệp Bắc and Hòa Hiệp Nam.
 */

/** Not an answer to anything of Liên Chiểu: reached from 180-CV/QU only across the reform. */
export const successorPlan2026 = `ỦY BAN NHÂN DÂN
PHƯỜNG HÒA KHÁNH
-------
Số: 52/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hòa Khánh, ngày 09 tháng 02 năm 2026

KẾ HOẠCH
Phòng, chống bệnh sốt xuất huyết trên địa bàn phường Hòa Khánh năm 2026

Thực hiện Công văn số 215/UBND-VX ngày 02/02/2026 của UBND thành phố Đà Nẵng về chủ động phòng, chống sốt xuất huyết mùa mưa, UBND phường Hòa Khánh xây dựng kế hoạch như sau:

1. Trạm Y tế phường giám sát ca bệnh tại các khu dân cư, tổ chức phun hóa chất diệt muỗi khi có ổ dịch, báo cáo UBND phường trước ngày 30/6/2026.

2. Công an phường phối hợp với các tổ dân phố vận động người dân diệt lăng quăng hằng tuần.

Nơi nhận:
- UBND thành phố (để b/c);
- Thường trực Đảng ủy phường;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Ngô Văn Tài
`;

export const districtLetter2025 = `ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG
QUẬN ỦY LIÊN CHIỂU
*
Số 512-CV/QU

ĐẢNG CỘNG SẢN VIỆT NAM
Liên Chiểu, ngày 20 tháng 5 năm 2025

V/v rà soát hồ sơ đảng viên trước khi sắp xếp đơn vị hành chính

Để chuẩn bị cho việc sắp xếp đơn vị hành chính cấp xã, Ban Thường vụ Quận ủy yêu cầu:

1. Đảng ủy các phường rà soát, hoàn thiện hồ sơ đảng viên, danh sách chi bộ trực thuộc, báo cáo Quận ủy trước ngày 25/6/2025.

2. Đảng ủy các phường tiếp tục theo dõi việc chuyển sinh hoạt đảng của đảng viên sau khi sắp xếp.

Nơi nhận:
- Đảng ủy các phường;
- Lưu Văn phòng Quận ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Hồ Văn Thịnh
`;

/** Before the reform: an old ward answers for itself. */
export const wardAnswer2025 = `ĐẢNG BỘ QUẬN LIÊN CHIỂU
ĐẢNG ỦY PHƯỜNG HÒA KHÁNH BẮC
*
Số 61-CV/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Khánh Bắc, ngày 05 tháng 6 năm 2025

V/v thực hiện Công văn số 512-CV/QU của Quận ủy

Thực hiện Công văn số 512-CV/QU ngày 20/5/2025 của Ban Thường vụ Quận ủy Liên Chiểu về rà soát hồ sơ đảng viên trước khi sắp xếp đơn vị hành chính, Ban Thường vụ Đảng ủy phường yêu cầu:

1. Các chi bộ trực thuộc lập danh sách đảng viên, gửi Văn phòng Đảng ủy trước ngày 15/6/2025.

Nơi nhận:
- Ban Thường vụ Quận ủy (để b/c);
- Lưu VP.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Võ Thị Lan
`;

/** After the reform: the new commune answers for the wards it absorbed. */
export const successorAnswer2025 = `ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG
ĐẢNG ỦY PHƯỜNG HẢI VÂN
*
Số 08-CV/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Hải Vân, ngày 12 tháng 8 năm 2025

V/v tiếp tục rà soát hồ sơ đảng viên sau sắp xếp

Thực hiện Công văn số 512-CV/QU ngày 20/5/2025 của Ban Thường vụ Quận ủy Liên Chiểu (trước khi sắp xếp) về rà soát hồ sơ đảng viên, Ban Thường vụ Đảng ủy phường yêu cầu:

1. Các chi bộ khu dân cư thuộc địa bàn các phường Hòa Hiệp Bắc, Hòa Hiệp Nam (cũ) hoàn thành việc chuyển sinh hoạt đảng trước ngày 30/9/2025.

Nơi nhận:
- Thường trực Thành ủy (để b/c);
- Lưu VP.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Lương Văn Hùng
`;

/** After the reform, by the new phường Hòa Khánh, which carries 20200, the old phường Hòa Minh's code. */
export const reusedCodeAnswer2025 = `ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG
ĐẢNG ỦY PHƯỜNG HÒA KHÁNH
*
Số 14-CV/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Khánh, ngày 03 tháng 9 năm 2025

V/v hoàn thiện hồ sơ đảng viên sau hợp nhất

Thực hiện Công văn số 512-CV/QU ngày 20/5/2025 của Ban Thường vụ Quận ủy Liên Chiểu (trước khi sắp xếp), Ban Thường vụ Đảng ủy phường yêu cầu:

1. Văn phòng Đảng ủy tổng hợp hồ sơ đảng viên của các chi bộ chuyển về, báo cáo trước ngày 30/9/2025.

Nơi nhận:
- Thường trực Thành ủy (để b/c);
- Lưu VP.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Đỗ Thị Mai
`;
