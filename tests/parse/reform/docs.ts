/**
 * Documents written for the administrative map through time (issue 14), in the style of real ones:
 * a 2026 Chỉ thị of the merged Thành ủy Đà Nẵng carried out by the Đảng ủy and UBND of two new
 * phường (An Khê, Hòa Khánh), their own 2026 documents, and the same names on documents of 2021,
 * when phường An Khê was a ward of quận Thanh Khê and phường Hòa Minh one of quận Liên Chiểu.
 */
export const cityOrder2026 = `ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG
THÀNH ỦY ĐÀ NẴNG
*
Số 12-CT/TU

ĐẢNG CỘNG SẢN VIỆT NAM
Đà Nẵng, ngày 16 tháng 3 năm 2026

CHỈ THỊ
về tăng cường phòng, chống thiên tai mùa mưa bão năm 2026

Sau khi sắp xếp đơn vị hành chính, địa bàn các phường, xã rộng hơn, lực lượng tại chỗ phải được tổ chức lại. Ban Thường vụ Thành ủy yêu cầu:

1. Đảng ủy phường An Khê, Đảng ủy phường Hòa Khánh lãnh đạo rà soát các khu dân cư ven sông, hoàn thành trước ngày 30/4/2026.

2. UBND phường Hòa Khánh chủ trì, phối hợp với Công an phường Hòa Khánh di dời các hộ dân ở vùng sạt lở.

3. UBND các xã, phường xây dựng phương án ứng phó thiên tai theo địa bàn mới, báo cáo Thành ủy trước ngày 15/5/2026.

Nơi nhận:
- Các đảng ủy phường, xã;
- Lưu Văn phòng Thành ủy.

T/M THÀNH ỦY
BÍ THƯ

Nguyễn Văn Quảng
`;

export const wardLetter2026 = `ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG
ĐẢNG ỦY PHƯỜNG HÒA KHÁNH
*
Số 45-CV/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Khánh, ngày 25 tháng 3 năm 2026

V/v triển khai thực hiện Chỉ thị số 12-CT/TU của Thành ủy

Thực hiện Chỉ thị số 12-CT/TU ngày 16/3/2026 của Thành ủy Đà Nẵng về tăng cường phòng, chống thiên tai mùa mưa bão năm 2026, Ban Thường vụ Đảng ủy phường yêu cầu:

1. UBND phường lập danh sách hộ dân cần di dời, xong trước ngày 10/4/2026.

2. Các chi bộ khu dân cư phân công đảng viên theo dõi từng hộ.

Nơi nhận:
- Thường trực Thành ủy (để b/c);
- Lưu VP.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Trần Thị Hạnh
`;

export const wardPlan2026 = `ỦY BAN NHÂN DÂN
PHƯỜNG AN KHÊ
-------
Số: 30/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
An Khê, ngày 28 tháng 3 năm 2026

KẾ HOẠCH
Phòng, chống thiên tai năm 2026 trên địa bàn phường An Khê

Thực hiện Chỉ thị số 12-CT/TU ngày 16/3/2026 của Thành ủy Đà Nẵng, UBND phường An Khê ban hành kế hoạch như sau:

1. Công an phường chủ trì bảo đảm an ninh tại các điểm sơ tán.

2. Trạm Y tế phường chuẩn bị cơ số thuốc.

Nơi nhận:
- Thường trực Đảng ủy phường;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Bình
`;

/** The same names five years earlier: phường An Khê of quận Thanh Khê. */
export const wardLetter2021 = `ĐẢNG BỘ QUẬN THANH KHÊ
ĐẢNG ỦY PHƯỜNG AN KHÊ
*
Số 18-CV/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
An Khê, ngày 12 tháng 4 năm 2021

V/v phòng, chống thiên tai năm 2021

Ban Thường vụ Đảng ủy phường yêu cầu:

1. UBND phường An Khê rà soát các hộ dân ở khu vực trũng thấp.

Nơi nhận:
- Lưu VP.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Phạm Văn Long
`;

/** No date line: the map is chosen from the names. */
export const undatedWardLetter = wardLetter2026.replace('Hòa Khánh, ngày 25 tháng 3 năm 2026\n', '');

/** A Quận ủy still writing after the reform (or a citation of an older one copied as a header). */
export const districtAfterReform = `ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG
QUẬN ỦY LIÊN CHIỂU
*
Số 7-CV/QU

Liên Chiểu, ngày 02 tháng 9 năm 2025

V/v thử nghiệm

Nội dung.
`;
