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

  it('reads a police team\'s whole name, lower case and "về" included, keeps its roles, and names it with the police department that writes', () => {
    expect(unitsOf(congAnHuyen(`III. PHÂN CÔNG NHIỆM VỤ

1. Đội Cảnh sát điều tra tội phạm về trật tự xã hội là đơn vị thường trực, chủ trì, phối hợp với Đội Cảnh sát kinh tế lập chuyên án đấu tranh với các ổ nhóm trộm cắp.

2. Đội Cảnh sát quản lý hành chính về trật tự xã hội kiểm tra các cơ sở cầm đồ, mua bán đồ cũ trên địa bàn.

3. Đề nghị Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh hướng dẫn kiểm tra an toàn cháy tại các chợ.`))).toEqual([
      ['Đội Cảnh sát điều tra tội phạm về trật tự xã hội Công an huyện Nga Sơn [lead]', 'Đội Cảnh sát kinh tế Công an huyện Nga Sơn [support]'],
      ['Đội Cảnh sát quản lý hành chính về trật tự xã hội Công an huyện Nga Sơn [assigned]'],
      ['Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Thanh Hóa [assigned]'],
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

  it('reads "Giám đốc các Sở: A, B, C" as one unit per department, and the execution article as one task', () => {
    const doc = tinh(`QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển văn hóa đọc năm 2024.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Thông tin và Truyền thông, Giáo dục và Đào tạo, Tài chính; Chủ tịch UBND các huyện Hải Lăng, Gio Linh chịu trách nhiệm thi hành Quyết định này./.`);
    expect(unitsOf(doc)).toEqual([[
      'Văn phòng UBND tỉnh Quảng Trị [assigned]', 'Sở Thông tin và Truyền thông tỉnh Quảng Trị [assigned]', 'Sở Giáo dục và Đào tạo tỉnh Quảng Trị [assigned]',
      'Sở Tài chính tỉnh Quảng Trị [assigned]', 'UBND huyện Hải Lăng [assigned]', 'UBND huyện Gio Linh [assigned]',
    ]]);
  });

  it('reads a department\'s name in capitals with a comma in it whole ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")', () => {
    const r = parse(`UBND TỈNH QUẢNG TRỊ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH | Độc lập - Tự do - Hạnh phúc
Số: 31/KH-SVHTTDL | Quảng Trị, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Tổ chức Ngày Sách và Văn hóa đọc năm 2024

1. Phòng Quản lý văn hóa hướng dẫn các thư viện tổ chức trưng bày sách.
`);
    expect([r.issuer?.name, r.assignments.map((a) => a.units.map((u) => u.name))]).toEqual([
      'Sở Văn hóa, thể thao và du lịch tỉnh Quảng Trị', [['Phòng Quản lý văn hóa Sở Văn hóa, thể thao và du lịch tỉnh Quảng Trị']],
    ]);
  });

  it('reads whom a standing committee "cũng đề nghị" as the unit, not the committee that asks', () => {
    const r = parse(`Gia Lai: Giám sát chính sách hỗ trợ học sinh bán trú

(GL) - Thường trực HĐND tỉnh Gia Lai vừa ban hành Kế hoạch số 40/KH-HĐND ngày 06/5/2024 về giám sát chính sách hỗ trợ học sinh bán trú.

Theo kế hoạch, Ban Văn hóa - Xã hội HĐND tỉnh xây dựng đề cương báo cáo, gửi các đơn vị chịu sự giám sát trước ngày 20/5/2024.

Thường trực HĐND tỉnh cũng đề nghị Ủy ban MTTQ Việt Nam tỉnh cử đại diện tham gia Đoàn giám sát.
`);
    expect(r.assignments.map((a) => a.units.map((u) => u.name))).toEqual([
      ['Ban Văn hóa - Xã hội HĐND tỉnh Gia Lai'],
      ['Ủy ban MTTQ tỉnh Gia Lai'],
    ]);
  });

  it('reads "Các xóm trưởng" as the hamlets\' unit, printed with their heads', () => {
    const doc = xa(`1. Các xóm trưởng thống kê số chó, mèo của từng hộ, gửi về UBND xã trước ngày 05/4/2024.`);
    expect(parse(doc).assignments.map((a) => a.units.map((u) => [u.name, u.surface]))).toEqual([[['Các xóm xã Cẩm Duệ', 'Các xóm trưởng']]]);
  });

  it('reads the State motto of a header read cell by cell (after the number) as no unit and no task', () => {
    const r = parse(`SỞ Y TẾ NGHỆ AN
TRUNG TÂM Y TẾ HUYỆN ANH SƠN
-------
Số: 95/KH-TTYT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Anh Sơn, ngày 20 tháng 8 năm 2024

KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2024

1. Khoa Kiểm soát bệnh tật giám sát ca bệnh tại các xã.
`);
    expect(r.assignments.map((a) => a.units.map((u) => u.name))).toEqual([['Khoa Kiểm soát bệnh tật Trung tâm Y tế huyện Anh Sơn']]);
  });

  it('reads "X lãnh đạo Y <verb>" as X leading Y to do it: X the unit, Y directed by it, not an office over Y', () => {
    const r = parse(`ĐẢNG BỘ TỈNH NAM ĐỊNH
HUYỆN ỦY GIAO THỦY
*
Số 152-CV/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Giao Thủy, ngày 09 tháng 7 năm 2024

CÔNG VĂN
về việc tiêu thụ nông sản vụ hè

Ban Thường vụ Huyện ủy yêu cầu:

1. Các đảng ủy xã, thị trấn lãnh đạo chính quyền cơ sở giúp hợp tác xã tìm đầu ra cho lúa, ngao.

2. Đảng ủy xã Giao Thiện lãnh đạo UBND xã Giao Thiện rà soát diện tích nuôi ngao bị thiệt hại.
`);
    expect(r.assignments.map((a) => a.units.map((u) => `${u.name}${u.directedBy ? ' (directed)' : ''}`))).toEqual([
      ['Đảng ủy các xã, thị trấn huyện Giao Thủy', 'Chính quyền các xã huyện Giao Thủy (directed)'],
      ['Đảng ủy xã Giao Thiện', 'UBND xã Giao Thiện (directed)'],
    ]);
  });

  it('reads the cell of one named or numbered village as that unit, and "Chi bộ" in a cell\'s own resolution as the cell itself', () => {
    const r = parse(`ĐẢNG BỘ XÃ CẨM DUỆ                           ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN 3
*
Số 04-NQ/CB                                    Cẩm Duệ, ngày 12 tháng 5 năm 2024

NGHỊ QUYẾT
về phát triển vùng chè năm 2024

Chi bộ thống nhất

QUYẾT NGHỊ:

1. Chi hội Nông dân thôn 3 vận động các hộ trồng mới 2 ha chè.

2. Đồng chí Bí thư Chi bộ đôn đốc việc thực hiện Nghị quyết, hằng quý báo cáo Đảng ủy xã.
`);
    expect([r.issuer?.name, r.assignments.map((a) => a.units.map((u) => [u.name, u.surface]))]).toEqual([
      'Chi bộ thôn 3',
      [[['Chi hội Nông dân thôn 3', 'Chi hội Nông dân thôn 3']], [['Chi bộ thôn 3', 'Đồng chí Bí thư Chi bộ']]],
    ]);
  });

  it('reads the cells of a company\'s production teams ("Các chi bộ đội sản xuất") as one unit, printed whole', () => {
    const r = parse(`ĐẢNG BỘ HUYỆN HƯƠNG KHÊ
ĐẢNG ỦY CÔNG TY TNHH MTV CAO SU HƯƠNG KHÊ
*
Số 12-TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hương Khê, ngày 03 tháng 6 năm 2024

THÔNG BÁO
về việc học tập chuyên đề năm 2024

1. Các chi bộ đội sản xuất tổ chức cho đảng viên học tập chuyên đề trong kỳ sinh hoạt tháng 6.
`);
    expect(r.assignments.map((a) => a.units.map((u) => u.surface))).toEqual([['Các chi bộ đội sản xuất']]);
  });
});

