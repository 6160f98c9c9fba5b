import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units from the misses of the sixteen blind documents of 2026-12-05 evening (issue 9): the
 * mechanisms behind them, each in a document written for the test in the same pattern, not in the
 * words of the one that missed.
 */
const trungUong = (body: string) => `BAN CHẤP HÀNH TRUNG ƯƠNG                       ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 41-CT/TW                                    Hà Nội, ngày 02 tháng 8 năm 2024

CHỈ THỊ
CỦA BAN BÍ THƯ
về công tác bảo vệ môi trường trong tình hình mới

${body}

T/M BAN BÍ THƯ
Lê Văn Thành
`;

const congAnHuyen = (body: string) => `CÔNG AN TỈNH THANH HÓA
CÔNG AN HUYỆN NGA SƠN
-------
Số: 88/KH-CAH
Nga Sơn, ngày 04 tháng 6 năm 2024

KẾ HOẠCH
Tấn công, trấn áp tội phạm trộm cắp tài sản dịp hè năm 2024

${body}

TRƯỞNG CÔNG AN HUYỆN
Phạm Văn Tùng
`;

const boCongThuong = (body: string) => `BỘ CÔNG THƯƠNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 5120/BCT-TTTN
V/v bảo đảm nguồn cung xăng dầu
Hà Nội, ngày 12 tháng 7 năm 2024

${body}

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn Hùng
`;

const ttYTe = (body: string) => `SỞ Y TẾ NGHỆ AN
TRUNG TÂM Y TẾ HUYỆN ANH SƠN
-------
Số: 95/KH-TTYT
Anh Sơn, ngày 20 tháng 8 năm 2024

KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2024

${body}

GIÁM ĐỐC
Nguyễn Thị Lan
`;

const xa = (body: string) => `ỦY BAN NHÂN DÂN
XÃ CẨM DUỆ
-------
Số: 61/KH-UBND
Cẩm Duệ, ngày 02 tháng 4 năm 2024

KẾ HOẠCH
Tiêm phòng dại cho chó, mèo năm 2024

${body}

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Võ Văn Lợi
`;

const tinh = (body: string) => `ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
-------
Số: 275/QĐ-UBND
Quảng Trị, ngày 15 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch phát triển văn hóa đọc năm 2024

${body}
`;

const hdndTinh = (body: string) => `HỘI ĐỒNG NHÂN DÂN
TỈNH GIA LAI
THƯỜNG TRỰC
-------
Số: 40/KH-HĐND
Gia Lai, ngày 06 tháng 5 năm 2024

KẾ HOẠCH
Giám sát việc thực hiện chính sách hỗ trợ học sinh bán trú

${body}

TM. THƯỜNG TRỰC HĐND
CHỦ TỊCH
Hồ Văn Điềng
`;

describe('task units from the misses of the sixteen blind documents of 2026-12-05 evening', () => {
  it('reads "Trung ương" after a name as that body\'s level, not as a unit of its own', () => {
    expect(unitsOf(trungUong(`TỔ CHỨC THỰC HIỆN

1. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương quán triệt Chỉ thị, xây dựng kế hoạch thực hiện.

2. Đảng ủy Khối các cơ quan Trung ương chủ trì, phối hợp với Ban Tuyên giáo Trung ương theo dõi, sơ kết việc thực hiện Chỉ thị.

3. Đề nghị các tổ chức chính trị - xã hội Trung ương vận động hội viên tham gia phân loại rác tại nguồn.`))).toEqual([
      ['Các Tỉnh ủy [assigned]', 'Các Thành ủy [assigned]', 'Các đảng ủy trực thuộc Trung ương [assigned]'],
      ['Đảng ủy Khối các cơ quan Trung ương [lead]', 'Ban Tuyên giáo Trung ương [support]'],
      ['Các tổ chức chính trị - xã hội Trung ương [assigned]'],
    ]);
  });

  it('reads the Party committee of a State body with "Trung ương" as one unit', () => {
    const doc = trungUong(`TỔ CHỨC THỰC HIỆN

1. Đảng ủy Công an Trung ương chủ trì, phối hợp với Ban Tổ chức Trung ương hướng dẫn thực hiện Chỉ thị.`);
    expect(parse(doc).assignments[0]!.units.map((u) => [u.name, u.surface, u.role])).toEqual([
      ['Đảng ủy Công an Trung ương', 'Đảng ủy Công an Trung ương', 'lead'],
      ['Ban Tổ chức Trung ương', 'Ban Tổ chức Trung ương', 'support'],
    ]);
  });

  it('reads a police team\'s whole name, lower case and "về" included, and keeps its roles', () => {
    expect(unitsOf(congAnHuyen(`III. PHÂN CÔNG NHIỆM VỤ

1. Đội Cảnh sát điều tra tội phạm về trật tự xã hội là đơn vị thường trực, chủ trì, phối hợp với Đội Cảnh sát kinh tế lập chuyên án đấu tranh với các ổ nhóm trộm cắp.

2. Đội Cảnh sát quản lý hành chính về trật tự xã hội kiểm tra các cơ sở cầm đồ, mua bán đồ cũ trên địa bàn.`))).toEqual([
      ['Đội Cảnh sát điều tra tội phạm về trật tự xã hội huyện Nga Sơn [lead]', 'Đội Cảnh sát kinh tế huyện Nga Sơn [support]'],
      ['Đội Cảnh sát quản lý hành chính về trật tự xã hội huyện Nga Sơn [assigned]'],
    ]);
  });

  it('reads "trong nước" as a word of a ministry department\'s name, so the roles after it hold', () => {
    expect(unitsOf(boCongThuong(`Bộ Công Thương giao Vụ Thị trường trong nước chủ trì, phối hợp với Cục Xúc tiến thương mại theo dõi nguồn cung, báo cáo Lãnh đạo Bộ hằng tuần.`))).toEqual([
      ['Vụ Thị trường trong nước [lead]', 'Cục Xúc tiến thương mại [support]'],
    ]);
  });

  it('reads the wards of a health centre ("Khoa …") and its village health workers in a task table, a dash-joined name and a lower-case one', () => {
    const doc = ttYTe(`II. PHÂN CÔNG THỰC HIỆN

TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp
1 | Cấp phát hóa chất diệt muỗi cho các xã | Khoa Dược - Trang thiết bị - Vật tư y tế | Khoa Kiểm soát bệnh tật
2 | Thu dung, điều trị bệnh nhân nặng | Khoa Hồi sức cấp cứu | Khoa Truyền nhiễm
3 | Lập danh sách hộ có dụng cụ chứa nước | Trạm Y tế các xã, thị trấn | Nhân viên y tế thôn, bản`);
    const tasks = parse(doc).assignments;
    expect(tasks.map((a) => a.units.map((u) => `${u.surface} [${u.role}]`))).toEqual([
      ['Khoa Dược - Trang thiết bị - Vật tư y tế [lead]', 'Khoa Kiểm soát bệnh tật [support]'],
      ['Khoa Hồi sức cấp cứu [lead]', 'Khoa Truyền nhiễm [support]'],
      ['Trạm Y tế các xã, thị trấn [lead]', 'Nhân viên y tế thôn, bản [support]'],
    ]);
  });

  it('reads a commune\'s veterinary worker as the unit that leads, and a province\'s library as one that supports', () => {
    expect(unitsOf(xa(`1. Thú y viên xã chủ trì, phối hợp với Trưởng các thôn tiêm phòng dại cho chó, mèo từ ngày 10/4 đến ngày 20/4/2024.

2. Công chức Văn hóa - Xã hội phối hợp với Thư viện tỉnh Hà Tĩnh tổ chức tủ sách tuyên truyền về phòng bệnh dại tại nhà văn hóa các thôn.`))).toEqual([
      ['Thú y viên xã Cẩm Duệ [lead]', 'Các thôn xã Cẩm Duệ [support]'],
      ['Công chức Văn hóa - Xã hội xã Cẩm Duệ [lead]', 'Thư viện tỉnh Hà Tĩnh [support]'],
    ]);
  });

  it('keeps "liên quan" in the name of a collective, and reads "và Thủ trưởng …" after a list of districts as no district', () => {
    const doc = tinh(`QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển văn hóa đọc năm 2024.

Điều 2. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn, kiểm tra việc thực hiện Kế hoạch.

Điều 3. Chánh Văn phòng UBND tỉnh, Chủ tịch UBND các huyện Hải Lăng, Gio Linh và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`);
    expect(parse(doc).assignments.map((a) => a.units.map((u) => `${u.name} | ${u.surface} [${u.role}]`))).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị | Sở Văn hóa, Thể thao và Du lịch [lead]', 'Các sở, ban, ngành liên quan tỉnh Quảng Trị | các sở, ngành liên quan [support]'],
      [
        'Văn phòng UBND tỉnh Quảng Trị | Chánh Văn phòng UBND tỉnh [assigned]',
        'UBND huyện Hải Lăng | Chủ tịch UBND các huyện Hải Lăng, Gio Linh [assigned]',
        'UBND huyện Gio Linh | Chủ tịch UBND các huyện Hải Lăng, Gio Linh [assigned]',
        'Các cơ quan, đơn vị có liên quan tỉnh Quảng Trị | Thủ trưởng các cơ quan, đơn vị có liên quan [assigned]',
      ],
    ]);
  });

  it('reads a committee of the council and the office of the delegation and council as one unit each', () => {
    expect(unitsOf(hdndTinh(`III. TỔ CHỨC THỰC HIỆN

1. Ban Văn hóa - Xã hội HĐND tỉnh là cơ quan thường trực của Đoàn giám sát, xây dựng đề cương báo cáo gửi các đơn vị chịu sự giám sát.

2. Văn phòng Đoàn ĐBQH và HĐND tỉnh bảo đảm kinh phí, phương tiện phục vụ Đoàn giám sát.`))).toEqual([
      ['Ban Văn hóa - Xã hội HĐND tỉnh Gia Lai [assigned]'],
      ['Văn phòng Đoàn ĐBQH và HĐND tỉnh Gia Lai [assigned]'],
    ]);
  });
});
