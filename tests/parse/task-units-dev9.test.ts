import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/** Each task's units as printed in the text (not whom they direct): what a reader checks of a unit the resolver names by its kind. */
const printedUnits = (text: string): string[][] => parse(text).assignments.map((a) => a.units.filter((u) => !u.directedBy).map((u) => u.surface ?? ''));

/**
 * Task units, ninth round (issue 9): the unit names and roles of the headless fragments, news reports and scans of
 * blind batch 13 that the parser read wrong, each mechanism in a document written for the test in the same pattern.
 */

// A commune Front's announcement as a scan reads it: header, items, signature.
const frontNotice = (place: string, items: string) => `ỦY BAN MTTQ VIỆT NAM
HUYỆN TIỀN HẢI
BAN THƯỜNG TRỰC
ỦY BAN MTTQ VIỆT NAM XÃ ${place.toUpperCase()}

Số: 21/TB-MTTQ-BTT

${place}, ngày 12 tháng 8 năm 2024

THÔNG BÁO
Phân công nhiệm vụ vận động Quỹ "Vì người nghèo" năm 2024

Ban Thường trực Ủy ban MTTQ Việt Nam xã thông báo phân công nhiệm vụ như sau:

${items}

Nơi nhận:
- BTT UBMTTQ huyện (b/c);
- Lưu VT.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH

Phạm Văn Duy
`;

// A provincial paper's report of a plan in prose.
const provinceNews = (body: string) => `Kon Tum: Phát triển sâm Ngọc Linh thành ngành hàng chủ lực

Thứ Năm, 11/07/2024 - 09:20

(BKT) - UBND tỉnh Kon Tum vừa ban hành Kế hoạch số 210/KH-UBND ngày 08/7/2024 về phát triển cây dược liệu giai đoạn 2024 - 2030.

${body}

Thanh Hương
`;

// A district Party committee's conclusion reported by a district portal.
const districtNews = (body: string) => `Tân Phú: Siết chặt bảo vệ rừng đặc dụng

Cập nhật: 09:40 - 14/10/2024

Ban Thường vụ Huyện ủy Tân Phú vừa có Kết luận số 98-KL/HU ngày 10/10/2024 về công tác quản lý, bảo vệ rừng trên địa bàn huyện.

${body}

Quốc Bảo
`;

// The execution section of a commune Party resolution, headless.
const partyFragment = (items: string) => `IV. TỔ CHỨC THỰC HIỆN
${items}

Nơi nhận:
- Ban Thường vụ Huyện ủy (b/c);
- Các chi bộ trực thuộc;
- Lưu VP.
T/M ĐẢNG ỦY XÃ BÌNH HẢI
BÍ THƯ

Nguyễn Văn Tư
`;

describe('task units, ninth round', () => {
  it('reads "Trưởng thôn", "Trưởng ấp" (the head of each village, no "các") as the villages, in their role', () => {
    expect(unitsOf(frontNotice('Tây Lương', `1. Ban Công tác Mặt trận các thôn phối hợp với Trưởng thôn rà soát hộ khó khăn về nhà ở, gửi danh sách về Ban Thường trực trước ngày 30/8/2024.

2. Hội Nông dân xã phối hợp với Trưởng ấp vận động hội viên ủng hộ ngày công.`))).toEqual([
      ['Các Ban Công tác Mặt trận khu dân cư xã Tây Lương [lead]', 'Các thôn xã Tây Lương [support]'],
      ['Hội Nông dân xã Tây Lương [lead]', 'Các ấp xã Tây Lương [support]'],
    ]);
  });

  it('reads no unit in a board\'s members named by their villages after a colon ("Trưởng thôn: A, B - Ủy viên")', () => {
    expect(unitsOf(`ỦY BAN NHÂN DÂN XÃ AN ĐỒNG
Số: 41/QĐ-UBND
An Đồng, ngày 03 tháng 4 năm 2024

QUYẾT ĐỊNH
Về việc kiện toàn Ban Chỉ đạo xây dựng nông thôn mới xã

Điều 1. Kiện toàn Ban Chỉ đạo xây dựng nông thôn mới xã An Đồng, gồm các ông (bà) có tên sau:
1. Ông Vũ Văn Hòa, Chủ tịch UBND xã - Trưởng ban;
2. Các ông (bà) Trưởng thôn: Đông Hải, Tây Hải, Nam Sơn - Ủy viên.

Điều 2. Văn phòng - Thống kê xã và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.
`)).toEqual([['Văn phòng - Thống kê xã An Đồng [assigned]', 'Các thành viên có tên tại Điều 1 xã An Đồng [assigned]']]);
  });

  it('reads the State Bank\'s provincial branch as a unit, however its branch is written', () => {
    expect(unitsOf(provinceNews(`Theo Kế hoạch, Sở Nông nghiệp và Phát triển nông thôn chủ trì xây dựng vùng trồng tập trung. Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo các tổ chức tín dụng trên địa bàn ưu tiên cho vay đối với hộ trồng dược liệu.

Chi nhánh Ngân hàng Nhà nước tỉnh Kon Tum hướng dẫn các hợp tác xã lập phương án vay vốn.`))).toEqual([
      ['Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum [lead]'],
      ['Ngân hàng Nhà nước chi nhánh tỉnh Kon Tum [assigned]'],
      ['Ngân hàng Nhà nước chi nhánh tỉnh Kon Tum [assigned]'],
    ]);
  });

  it('reads a body named with a lower-case kind after its first word (Vườn quốc gia, cửa khẩu) whole, with the organ before it', () => {
    expect(unitsOf(districtNews(`Ban Thường vụ Huyện ủy yêu cầu Đảng ủy Vườn quốc gia Cát Tiên lãnh đạo đơn vị rà soát ranh giới rừng đặc dụng trước tháng 3/2025.

Công an huyện phối hợp với Đồn Biên phòng cửa khẩu Hoàng Diệu kiểm tra phương tiện vận chuyển lâm sản.

Hạt Kiểm lâm huyện chủ trì, phối hợp với Ban Quản lý Vườn quốc gia Cát Tiên tuần tra các tiểu khu giáp ranh.`))).toEqual([
      // Named bodies carry the area of the document, as every named body does ("Đồn Biên phòng Giao Thiện huyện …").
      ['Đảng ủy Vườn quốc gia Cát Tiên huyện Tân Phú [assigned]'],
      ['Công an huyện Tân Phú [lead]', 'Đồn Biên phòng cửa khẩu Hoàng Diệu huyện Tân Phú [support]'],
      ['Hạt Kiểm lâm huyện Tân Phú [lead]', 'Ban Quản lý Vườn quốc gia Cát Tiên huyện Tân Phú [support]'],
    ]);
  });

  it('keeps the words that say which villages (ven biển, ven sông …) in the name of their cells', () => {
    expect(printedUnits(partyFragment(`1. Các chi bộ thôn ven biển đưa nội dung Nghị quyết vào sinh hoạt chi bộ hằng tháng.
2. Các chi bộ ấp ven sông Trà Bồng phân công đảng viên theo dõi các hộ nuôi cá lồng.
3. Chi bộ thôn Tân Hy vận động Nhân dân hiến đất làm đường.`))).toEqual([
      ['Các chi bộ thôn ven biển'],
      ['Các chi bộ ấp ven sông Trà Bồng'],
      ['Chi bộ thôn Tân Hy'],
    ]);
  });

  it('reads "phụ trách" before a verb of work as the predicate, so the deputy stands for the Front', () => {
    expect(printedUnits(frontNotice('Nam Hà', `1. Đồng chí Phó Chủ tịch Ủy ban MTTQ xã phụ trách tiếp nhận, quản lý tiền ủng hộ, tổng hợp danh sách gửi Ban Thường trực hằng tuần.

2. Đồng chí Phó Chủ tịch Ủy ban MTTQ xã phụ trách văn hóa - xã hội hướng dẫn các thôn lập danh sách hộ nghèo.`))).toEqual([
      ['Đồng chí Phó Chủ tịch Ủy ban MTTQ xã'],
      ['Đồng chí Phó Chủ tịch Ủy ban MTTQ xã phụ trách văn hóa - xã hội'],
    ]);
  });

  it('reads a committee member by the bloc in his charge (khối chính quyền, khối dân vận) as that post', () => {
    expect(printedUnits(partyFragment(`1. Đảng ủy viên phụ trách khối chính quyền lãnh đạo Ủy ban nhân dân xã xây dựng kế hoạch thực hiện trước ngày 30/9/2024.
2. Đồng chí Đảng ủy viên phụ trách khối dân vận chỉ đạo Mặt trận và các đoàn thể vận động Nhân dân hiến đất.`))).toEqual([
      ['Đảng ủy viên phụ trách khối chính quyền'],
      ['Đồng chí Đảng ủy viên phụ trách khối dân vận'],
    ]);
  });

  it('reads the staff of a body with no office (Bộ phận tham mưu, giúp việc …) as its organ', () => {
    expect(printedUnits(frontNotice('Hồng Phong', `1. Bộ phận tham mưu, giúp việc Ủy ban MTTQ xã tiếp nhận tiền ủng hộ, lập sổ theo dõi và công khai hằng tháng.

2. Bộ phận giúp việc Ban Chỉ đạo xã tổng hợp kết quả, báo cáo Ban Thường trực trước ngày 25 hằng tháng.`))).toEqual([
      ['Bộ phận tham mưu, giúp việc Ủy ban MTTQ xã'],
      ['Bộ phận giúp việc Ban Chỉ đạo xã'],
    ]);
  });

  it('reads a board\'s post named with its holder\'s office in brackets as that office', () => {
    expect(printedUnits(`ỦY BAN NHÂN DÂN XÃ HÒA BÌNH
Số: 56/QĐ-UBND
Hòa Bình, ngày 10 tháng 5 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo chuyển đổi số xã

Điều 2. Nhiệm vụ của các thành viên Ban Chỉ đạo
1. Trưởng ban (Chủ tịch UBND xã) phụ trách chung, chỉ đạo các thành viên thực hiện Kế hoạch chuyển đổi số năm 2024.
2. Phó Trưởng ban (Trưởng Công an xã) chủ trì thu nhận hồ sơ định danh điện tử cho người dân.
`)).toEqual([['Chủ tịch UBND xã'], ['Trưởng Công an xã']]);
  });
});
