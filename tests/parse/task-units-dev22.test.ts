import { describe, expect, it } from 'vitest';
import { headed, parse, PLAN_SECTION } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units, twenty-second round (issue 9): the mechanisms behind the units lost in batch 29's documents moved to tune,
 * each tested on documents written for the test in other provinces and bodies than the first.
 */

const surfaces = (text: string) => parse(text).assignments.map((a) => a.units.map((u) => u.surface));

const disasterBoard = headed({ issuer: 'UBND TỈNH BẠC LIÊU\nBAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI\nVÀ TÌM KIẾM CỨU NẠN', number: '58/BCH-PCTT', placeDate: 'Bạc Liêu, ngày 11 tháng 3 năm 2025', kind: 'CÔNG VĂN', title: 'V/v ứng phó xâm nhập mặn cao điểm mùa khô' });

const districtHealthPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN TIÊN LÃNG', number: '77/KH-UBND', placeDate: 'Tiên Lãng, ngày 02 tháng 6 năm 2025', kind: 'KẾ HOẠCH', title: 'Phòng, chống dịch sốt xuất huyết năm 2025', section: PLAN_SECTION });

describe('task units, twenty-second round: a table cell saying each role after its units', () => {
  it('reads "X chủ trì; Y phối hợp" in the one unit column as a lead and its partner, in a disaster board\'s letter', () => {
    const doc = disasterBoard(`TT | Nội dung | Đơn vị thực hiện | Thời gian
1 | Đóng cống ngăn mặn, trữ nước ngọt trong kênh nội đồng | Sở Nông nghiệp và Môi trường chủ trì; Chi cục Thủy lợi phối hợp | Từ 15/3/2025
2 | Chở nước sinh hoạt cho hộ dân thiếu nước | Ủy ban nhân dân huyện Phước Long | Trong đợt mặn`);
    expect(unitsOf(doc)).toEqual([
      ['Sở Nông nghiệp và Môi trường tỉnh Bạc Liêu [lead]', 'Chi cục Thủy lợi tỉnh Bạc Liêu [support]'],
      ['UBND huyện Phước Long [assigned]'],
    ]);
  });

  it('does so with two partners before the support word, in a district\'s plan; a lone "chủ trì" splits nothing', () => {
    const doc = districtHealthPlan(`TT | Nội dung | Đơn vị thực hiện
1 | Phun hóa chất diệt muỗi tại các ổ dịch | Trung tâm Y tế huyện chủ trì, Phòng Y tế, Ủy ban nhân dân các xã phối hợp
2 | Tuyên truyền diệt bọ gậy trên loa truyền thanh | Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì`);
    expect(unitsOf(doc)).toEqual([
      ['Trung tâm Y tế huyện Tiên Lãng [lead]', 'Phòng Y tế huyện Tiên Lãng [support]', 'UBND các xã huyện Tiên Lãng [support]'],
      ['Trung tâm Văn hóa, Thông tin và Thể thao huyện Tiên Lãng [assigned]'],
    ]);
  });
});

const educationLetter = headed({ issuer: 'UBND TỈNH LAI CHÂU\nSỞ GIÁO DỤC VÀ ĐÀO TẠO', number: '845/SGDĐT-GDTrH', placeDate: 'Lai Châu, ngày 12 tháng 8 năm 2025', kind: 'CÔNG VĂN', title: 'V/v bảo đảm an toàn cho học sinh trong mùa mưa lũ' });

const borderGuardPlan = headed({ issuer: 'BỘ CHỈ HUY QUÂN SỰ TỈNH CÀ MAU\nBỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG', number: '312/KH-BĐBP', placeDate: 'Cà Mau, ngày 20 tháng 4 năm 2025', kind: 'KẾ HOẠCH', title: 'Cao điểm đấu tranh phòng, chống tội phạm ma túy trên tuyến biển', section: PLAN_SECTION });

describe('task units, twenty-second round: names of continuing education and of the drug fighters', () => {
  it('keeps "Giáo dục thường xuyên" after a dash in a centre\'s and an office\'s name, in a department\'s letter', () => {
    const doc = educationLetter(`1. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện kiểm tra phòng học xuống cấp.
2. Phòng Giáo dục Trung học - Giáo dục thường xuyên tổng hợp tình hình, báo cáo Giám đốc Sở.`);
    expect(surfaces(doc)).toEqual([
      ['Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện'],
      ['Phòng Giáo dục Trung học - Giáo dục thường xuyên'],
    ]);
  });

  it('keeps "phòng, chống ma túy và tội phạm" in a team\'s and an office\'s name, in a border guard\'s plan', () => {
    const doc = borderGuardPlan(`1. Đội Đặc nhiệm phòng, chống ma túy và tội phạm làm nòng cốt đấu tranh các đường dây vận chuyển trái phép.
2. Phòng Phòng chống ma túy và tội phạm chủ trì, phối hợp với Đồn Biên phòng Sông Đốc xác minh các đối tượng.`);
    expect(surfaces(doc)).toEqual([
      ['Đội Đặc nhiệm phòng, chống ma túy và tội phạm'],
      ['Phòng Phòng chống ma túy và tội phạm', 'Đồn Biên phòng Sông Đốc'],
    ]);
  });
});

const wardPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẨM PHẢ\nỦY BAN NHÂN DÂN PHƯỜNG CẨM THỦY', number: '19/KH-UBND', placeDate: 'Cẩm Thủy, ngày 08 tháng 3 năm 2025', kind: 'KẾ HOẠCH', title: 'Xây dựng tuyến phố sáng, xanh, sạch năm 2025', section: PLAN_SECTION });

const communePlan = headed({ issuer: 'ỦY BAN NHÂN DÂN HUYỆN NAM ĐÀN\nỦY BAN NHÂN DÂN XÃ NAM ANH', number: '33/KH-UBND', placeDate: 'Nam Anh, ngày 14 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Ra quân làm đường giao thông nông thôn năm 2025', section: PLAN_SECTION });

describe('task units, twenty-second round: one village named by its number', () => {
  it('reads "Khu phố 2, khu phố 6" in the column of partners as two villages, so the lead keeps its role, in a ward\'s plan', () => {
    const doc = wardPlan(`TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp
1 | Trồng cây bóng mát trên tuyến đường Lý Thường Kiệt | Công ty Cổ phần Môi trường đô thị Cẩm Phả | Khu phố 2, khu phố 6`);
    expect(unitsOf(doc)).toEqual([
      ['Công ty Cổ phần Môi trường đô thị Cẩm Phả phường Cẩm Thủy [lead]', 'Khu phố 2 phường Cẩm Thủy [support]', 'Khu phố 6 phường Cẩm Thủy [support]'],
    ]);
  });

  it('reads "Xóm 3" and "xóm số 7" as subjects in a commune\'s plan; a village word with a date after it names none', () => {
    const doc = communePlan(`1. Xóm 3 và xóm số 7 huy động nhân dân hiến đất mở rộng đường.
2. Ban Công tác Mặt trận xã vận động nhân dân xóm 5/2025 đóng góp ngày công.`);
    expect(unitsOf(doc)).toEqual([
      ['Xóm 3 xã Nam Anh [assigned]', 'Xóm số 7 xã Nam Anh [assigned]'],
      ['Các Ban Công tác Mặt trận khu dân cư xã Nam Anh [assigned]'],
    ]);
  });
});


const communeResolution = headed({ issuer: 'ĐẢNG BỘ HUYỆN HƯỚNG HÓA\nĐẢNG ỦY XÃ TÂN LIÊN', number: '21-NQ/ĐU', placeDate: 'Tân Liên, ngày 16 tháng 7 năm 2024', kind: 'NGHỊ QUYẾT', title: 'Về giáo dục truyền thống lịch sử địa phương', rule: '*' });

const citySchools = headed({ issuer: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BUÔN MA THUỘT', number: '215/KH-UBND', placeDate: 'Buôn Ma Thuột, ngày 22 tháng 8 năm 2024', kind: 'KẾ HOẠCH', title: 'Phòng, chống bạo lực học đường năm học 2024 - 2025', section: PLAN_SECTION });

describe('task units, twenty-second round: one school of two grades', () => {
  it('reads "Trường Tiểu học và Trung học cơ sở Tân Liên" as one school, in a commune\'s resolution', () => {
    const doc = communeResolution(`1. Trường Tiểu học và Trung học cơ sở Tân Liên đưa lịch sử Đảng bộ xã vào giờ sinh hoạt dưới cờ.`);
    expect(surfaces(doc)).toEqual([['Trường Tiểu học và Trung học cơ sở Tân Liên']]);
  });

  it('does so for "Trường THCS và THPT" in a city\'s plan; two schools each with its head stay two', () => {
    const doc = citySchools(`1. Trường THCS và THPT Đông Du tổ chức chuyên đề kỹ năng sống.
2. Trường Tiểu học Hòa Thắng và Trường Mầm non Họa Mi rà soát camera an ninh.`);
    expect(surfaces(doc)).toEqual([
      ['Trường THCS và THPT Đông Du'],
      ['Trường Tiểu học Hòa Thắng', 'Trường Mầm non Họa Mi'],
    ]);
  });
});

const provinceYouth = headed({ issuer: 'BCH ĐOÀN TỈNH TRÀ VINH', number: '88-KH/TĐTN-PT', placeDate: 'Trà Vinh, ngày 06 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Chiến dịch Thanh niên tình nguyện hè năm 2025', section: PLAN_SECTION, rule: '***' });

const districtPartySchools = headed({ issuer: 'ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ\nHUYỆN ỦY PHÚ VANG', number: '64-CV/HU', placeDate: 'Phú Vang, ngày 19 tháng 9 năm 2024', kind: 'CÔNG VĂN', title: 'V/v sinh hoạt chính trị đầu năm học', rule: '*' });

describe('task units, twenty-second round: a school\'s Union after another\'s, joined by "và"', () => {
  it('reads "Đoàn trường Cao đẳng … và Đoàn trường Đại học …" as two units, in a provincial Youth Union\'s plan', () => {
    const doc = provinceYouth(`1. Đoàn trường Cao đẳng Y tế Trà Vinh và Đoàn trường Đại học Trà Vinh thành lập đội hình tình nguyện khám bệnh.`);
    expect(surfaces(doc)).toEqual([['Đoàn trường Cao đẳng Y tế Trà Vinh', 'Đoàn trường Đại học Trà Vinh']]);
  });

  it('does so for a university\'s trade union and its Youth Union, in a district Party committee\'s letter', () => {
    const doc = districtPartySchools(`1. Công đoàn trường Đại học Phú Xuân và Đoàn trường Đại học Phú Xuân tổ chức gặp mặt tân sinh viên.`);
    expect(surfaces(doc)).toEqual([['Công đoàn trường Đại học Phú Xuân', 'Đoàn trường Đại học Phú Xuân']]);
  });
});

const provinceYouthPlan = headed({ issuer: 'BCH ĐOÀN TỈNH AN GIANG', number: '102-KH/TĐTN-PT', placeDate: 'An Giang, ngày 14 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Hoạt động tình nguyện tại các xã biên giới', section: PLAN_SECTION, rule: '***' });

const districtDrill = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC HÒA', number: '140/KH-UBND', placeDate: 'Đức Hòa, ngày 03 tháng 6 năm 2025', kind: 'KẾ HOẠCH', title: 'Diễn tập chiến đấu phòng thủ xã năm 2025', section: PLAN_SECTION });

describe('task units, twenty-second round: a military command by its everyday name', () => {
  it('reads "Tỉnh đội An Giang" as the province\'s military command, in a Youth Union\'s plan', () => {
    const doc = provinceYouthPlan(`1. Đề nghị Tỉnh đội An Giang hỗ trợ tổ chức hoạt động "Hành quân xanh" tại các xã biên giới.`);
    expect(unitsOf(doc)).toEqual([['Bộ Chỉ huy Quân sự tỉnh An Giang [assigned]']]);
  });

  it('reads "Huyện đội" as the district\'s command in a district\'s plan; "toàn tỉnh đội ngũ" names none', () => {
    const doc = districtDrill(`1. Huyện đội chủ trì, phối hợp với Công an huyện xây dựng kịch bản diễn tập.
2. Phòng Nội vụ bồi dưỡng cho toàn tỉnh đội ngũ cán bộ quân sự cơ sở.`);
    expect(unitsOf(doc)).toEqual([
      ['Ban Chỉ huy Quân sự huyện Đức Hòa [lead]', 'Công an huyện Đức Hòa [support]'],
      ['Phòng Nội vụ huyện Đức Hòa [assigned]'],
    ]);
  });
});

const provinceFloods = headed({ issuer: 'ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN', number: '09/CT-UBND', placeDate: 'Phú Yên, ngày 25 tháng 9 năm 2024', kind: 'CHỈ THỊ', title: 'Về chủ động ứng phó mưa lũ cuối năm 2024' });

const districtBorder = headed({ issuer: 'ĐẢNG BỘ TỈNH LẠNG SƠN\nHUYỆN ỦY CAO LỘC', number: '77-CV/HU', placeDate: 'Cao Lộc, ngày 10 tháng 1 năm 2025', kind: 'CÔNG VĂN', title: 'V/v bảo đảm an ninh trật tự dịp Tết', rule: '*' });

describe('task units, twenty-second round: two qualifiers of the same places joined by "và"', () => {
  it('keeps "ven biển và vùng trũng thấp" in the communes\' name, in a province\'s directive', () => {
    const doc = provinceFloods(`1. Chủ tịch UBND các xã, phường ven biển và vùng trũng thấp rà soát, lập danh sách hộ dân cần sơ tán.`);
    expect(surfaces(doc)).toEqual([['Chủ tịch UBND các xã, phường ven biển và vùng trũng thấp']]);
  });

  it('does so for "biên giới và miền núi" in a district Party committee\'s letter; a unit after "và" stays its own', () => {
    const doc = districtBorder(`1. Đảng ủy các xã biên giới và miền núi lãnh đạo tuần tra đường mòn, lối mở.
2. Đảng ủy các xã biên giới và Đảng ủy Quân sự huyện chỉ đạo trực sẵn sàng chiến đấu.`);
    expect(surfaces(doc)).toEqual([
      ['Đảng ủy các xã biên giới và miền núi'],
      ['Đảng ủy các xã biên giới', 'Đảng ủy Quân sự huyện'],
    ]);
  });
});

const cityYouth = headed({ issuer: 'ĐOÀN TNCS HỒ CHÍ MINH\nTHÀNH ĐOÀN CẦN THƠ', number: '215-KH/TĐTN-PT', placeDate: 'Cần Thơ, ngày 20 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Chiến dịch Thanh niên tình nguyện hè năm 2025', section: PLAN_SECTION, rule: '***' });

const districtTourism = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN CÔN ĐẢO', number: '66/KH-UBND', placeDate: 'Côn Đảo, ngày 12 tháng 4 năm 2025', kind: 'KẾ HOẠCH', title: 'Bảo đảm an toàn mùa du lịch năm 2025', section: PLAN_SECTION });

describe('task units, twenty-second round: what a unit is, said after the colon under its name', () => {
  it('reads "X: là thường trực Chiến dịch, chủ trì phối hợp Y …" as X leading and Y supporting, in a city Youth Union\'s plan', () => {
    const doc = cityYouth(`1. Ban Phong trào Thành Đoàn: là thường trực Chiến dịch, chủ trì phối hợp Hội Sinh viên Việt Nam thành phố tổ chức lễ ra quân.`);
    expect(unitsOf(doc)).toEqual([['Ban Phong trào Thành đoàn Cần Thơ [lead]', 'Hội Sinh viên Việt Nam Thành phố Cần Thơ [support]']]);
  });

  it('does so for "là cơ quan thường trực, chủ trì, phối hợp với Y" in a district\'s plan', () => {
    const doc = districtTourism(`1. Phòng Văn hóa và Thông tin: là cơ quan thường trực, chủ trì, phối hợp với Công an huyện kiểm tra các cơ sở lưu trú.`);
    expect(unitsOf(doc)).toEqual([['Phòng Văn hóa và Thông tin huyện Côn Đảo [lead]', 'Công an huyện Côn Đảo [support]']]);
  });
});

const provinceDigital = headed({ issuer: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ', number: '118/KH-UBND', placeDate: 'Quảng Trị, ngày 02 tháng 7 năm 2025', kind: 'KẾ HOẠCH', title: 'Chuyển đổi số cấp xã năm 2025', section: PLAN_SECTION });

const districtFood = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN TAM NÔNG', number: '51/KH-UBND', placeDate: 'Tam Nông, ngày 08 tháng 1 năm 2025', kind: 'KẾ HOẠCH', title: 'Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán', section: PLAN_SECTION });

describe('task units, twenty-second round: the lead said as what the unit is', () => {
  it('reads "X là cơ quan chủ trì, phối hợp với Y" as X leading, in a province\'s plan', () => {
    const doc = provinceDigital(`1. Sở Nội vụ là cơ quan chủ trì, phối hợp với Công an tỉnh rà soát dữ liệu cán bộ, công chức cấp xã.`);
    expect(unitsOf(doc)).toEqual([['Sở Nội vụ tỉnh Quảng Trị [lead]', 'Công an tỉnh Quảng Trị [support]']]);
  });

  it('does so for "là đơn vị chủ trì" in a district\'s plan; with no partner the unit stays assigned', () => {
    const doc = districtFood(`1. Phòng Y tế là đơn vị chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng kiểm tra các cơ sở sản xuất bánh mứt.
2. Trung tâm Y tế huyện là đơn vị chủ trì lấy mẫu xét nghiệm nhanh.`);
    expect(unitsOf(doc)).toEqual([
      ['Phòng Y tế huyện Tam Nông [lead]', 'Phòng Kinh tế và Hạ tầng huyện Tam Nông [support]'],
      ['Trung tâm Y tế huyện Tam Nông [assigned]'],
    ]);
  });
});

const communeDigital = headed({ issuer: 'ỦY BAN NHÂN DÂN HUYỆN PHÚ TÂN\nỦY BAN NHÂN DÂN XÃ PHÚ THẠNH', number: '27/KH-UBND', placeDate: 'Phú Thạnh, ngày 16 tháng 6 năm 2025', kind: 'KẾ HOẠCH', title: 'Phổ cập thanh toán không dùng tiền mặt', section: PLAN_SECTION });

describe('task units, twenty-second round: two brands\' branches after "phối hợp với", joined by "và"', () => {
  it('reads "Viettel Quảng Trị và VNPT Quảng Trị" as two partners, in a province\'s plan', () => {
    const doc = provinceDigital(`1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Viettel Quảng Trị và VNPT Quảng Trị phủ sóng 4G các thôn vùng sâu.`);
    expect(surfaces(doc)).toEqual([['Sở Khoa học và Công nghệ', 'Viettel Quảng Trị', 'VNPT Quảng Trị']]);
  });

  it('does so for a bank\'s branch and a telecom\'s in a commune\'s plan', () => {
    const doc = communeDigital(`1. Công an xã phối hợp với Agribank Phú Tân và VNPT Phú Tân hướng dẫn người dân mở tài khoản.`);
    expect(surfaces(doc)).toEqual([['Công an xã', 'Agribank Phú Tân', 'VNPT Phú Tân']]);
  });
});

const ministryLetter = headed({ issuer: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', number: '2210/BNNMT-TL', placeDate: 'Hà Nội, ngày 14 tháng 3 năm 2025', kind: 'CÔNG VĂN', title: 'V/v vận hành hệ thống thủy lợi phục vụ gieo cấy vụ Xuân' });

describe('task units, twenty-second round: a ministry\'s department of irrigation works', () => {
  it('keeps "công trình thủy lợi" in the department\'s name, with a partner after it, in a ministry\'s letter', () => {
    const doc = ministryLetter(`1. Cục Quản lý và Xây dựng công trình thủy lợi phối hợp với Viện Quy hoạch Thủy lợi theo dõi mực nước các hồ chứa.
2. Cục Quản lý xây dựng công trình thủy lợi kiểm tra an toàn đập.`);
    expect(surfaces(doc)).toEqual([
      ['Cục Quản lý và Xây dựng công trình thủy lợi', 'Viện Quy hoạch Thủy lợi'],
      ['Cục Quản lý xây dựng công trình thủy lợi'],
    ]);
  });
});
