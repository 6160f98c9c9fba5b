import { describe, expect, it } from 'vitest';
import { headed, parse, PLAN_SECTION } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units of batches 28–29's headless fragments and news reports moved to tune (units31, issue 9): the mechanisms
 * behind the units they lost, each tested on documents written for the test in other provinces and bodies.
 */

const surfaces = (text: string) => parse(text).assignments.map((a) => a.units.map((u) => u.surface));

const propagandaGuide = headed({ issuer: 'ĐẢNG BỘ TỈNH THANH HÓA\nBAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY', number: '41-HD/BTGDVTU', placeDate: 'Thanh Hóa, ngày 12 tháng 8 năm 2025', kind: 'HƯỚNG DẪN', title: 'Tuyên truyền kỷ niệm 80 năm Cách mạng tháng Tám', section: PLAN_SECTION });

const inspectionPlan = headed({ issuer: 'ĐẢNG BỘ TỈNH QUẢNG TRỊ\nỦY BAN KIỂM TRA TỈNH ỦY', number: '33-KH/UBKTTU', placeDate: 'Quảng Trị, ngày 02 tháng 6 năm 2025', kind: 'KẾ HOẠCH', title: 'Giám sát chuyên đề năm 2025', section: PLAN_SECTION });

const forestPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', number: '88/KH-UBND', placeDate: 'Bắc Giang, ngày 20 tháng 3 năm 2025', kind: 'KẾ HOẠCH', title: 'Phòng cháy, chữa cháy rừng mùa khô năm 2025', section: PLAN_SECTION });

describe('units31: known department names that hold a comma or a dash', () => {
  it('keeps "Phòng Tuyên truyền, báo chí, xuất bản" whole, lead and partner, in a provincial propaganda board\'s guide', () => {
    const doc = propagandaGuide(`1. Phòng Tuyên truyền, báo chí, xuất bản chủ trì, phối hợp với Phòng Dân vận định hướng thông tin trên báo chí.
2. Phòng Tuyên truyền, báo chí, xuất bản nắm tình hình dư luận xã hội, báo cáo hằng tuần.`);
    expect(surfaces(doc)).toEqual([
      ['Phòng Tuyên truyền, báo chí, xuất bản', 'Phòng Dân vận'],
      ['Phòng Tuyên truyền, báo chí, xuất bản'],
    ]);
    expect(parse(doc).assignments[0]!.units.map((u) => u.role)).toEqual(['lead', 'support']);
  });

  it('keeps "Phòng Kiểm tra, giám sát địa bàn số 2" with its number, in a provincial inspection committee\'s plan', () => {
    const doc = inspectionPlan(`1. Phòng Kiểm tra, giám sát địa bàn số 2 chủ trì, phối hợp với Phòng Kiểm tra, giám sát địa bàn số 4 xây dựng đề cương giám sát.`);
    expect(surfaces(doc)).toEqual([['Phòng Kiểm tra, giám sát địa bàn số 2', 'Phòng Kiểm tra, giám sát địa bàn số 4']]);
    expect(parse(doc).assignments[0]!.units.map((u) => u.role)).toEqual(['lead', 'support']);
  });

  it('keeps a forest board "rừng phòng hộ - đặc dụng" whole before its place\'s name or its area, in a province\'s plan', () => {
    const doc = forestPlan(`1. Ban Quản lý rừng phòng hộ - đặc dụng Tây Yên Tử bố trí lực lượng trực lửa 24/24 giờ.
2. Ban Quản lý rừng phòng hộ - đặc dụng tỉnh phối hợp với Hạt Kiểm lâm huyện Sơn Động tuần tra các tiểu khu giáp ranh.`);
    expect(surfaces(doc)).toEqual([
      ['Ban Quản lý rừng phòng hộ - đặc dụng Tây Yên Tử'],
      ['Ban Quản lý rừng phòng hộ - đặc dụng tỉnh', 'Hạt Kiểm lâm huyện Sơn Động'],
    ]);
  });
});

const coldDispatch = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN HOA LƯ', number: '15/CĐ-UBND', placeDate: 'Hoa Lư, ngày 08 tháng 1 năm 2025', kind: 'CÔNG ĐIỆN', title: 'Về việc bảo đảm an toàn cho du khách dịp Tết' });

const marketPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nQUẬN BÌNH TÂN', number: '210/KH-UBND', placeDate: 'Bình Tân, ngày 05 tháng 12 năm 2024', kind: 'KẾ HOẠCH', title: 'Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán', section: PLAN_SECTION });

describe('units31: what a lower-case board runs, a name\'s common noun with a capital, its kind, then its own name', () => {
  it('reads "Ban quản lý Khu du lịch Tràng An" whole and its partner after it, in a district\'s dispatch', () => {
    const doc = coldDispatch(`1. Ban quản lý Khu du lịch Tràng An phối hợp với Công an huyện hướng dẫn du khách không đi thuyền khi có sương mù dày.`);
    expect(surfaces(doc)).toEqual([['Ban quản lý Khu du lịch Tràng An', 'Công an huyện']]);
    expect(parse(doc).assignments[0]!.units.map((u) => u.role)).toEqual(['lead', 'support']);
  });

  it('does so for a market\'s board in a city district\'s plan; a lower-case board before an area word is read as before', () => {
    const doc = marketPlan(`1. Ban quản lý Chợ đầu mối Bình Điền chủ trì, phối hợp với Đội Quản lý thị trường số 5 kiểm tra nguồn gốc hàng hóa.
2. Tổ quản lý trật tự đô thị phường kiểm tra các điểm kinh doanh lấn chiếm lòng đường.`);
    expect(surfaces(doc)).toEqual([
      ['Ban quản lý Chợ đầu mối Bình Điền', 'Đội Quản lý thị trường số 5'],
      ['Tổ quản lý trật tự đô thị phường'],
    ]);
  });
});

const youthPlan = headed({ issuer: 'BCH ĐOÀN TP. CẦN THƠ', number: '77-KH/TĐTN-PT', placeDate: 'Cần Thơ, ngày 20 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Chiến dịch Thanh niên tình nguyện hè năm 2025', section: PLAN_SECTION, rule: '***' });

const farmersPlan = headed({ issuer: 'HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH TIỀN GIANG', number: '64-KH/HNDT', placeDate: 'Tiền Giang, ngày 03 tháng 4 năm 2025', kind: 'KẾ HOẠCH', title: 'Hỗ trợ nông dân chuyển đổi số năm 2025', section: PLAN_SECTION, rule: '***' });

describe('units31: a board said the standing part of its committee before its role words', () => {
  it('reads over "là bộ phận thường trực," so that "chủ trì, phối hợp với" gives both roles, in a city Youth Union\'s plan', () => {
    const doc = youthPlan(`1. Ban Phong trào Thành đoàn là bộ phận thường trực, chủ trì, phối hợp với Ban Tổ chức Thành đoàn tổ chức lễ ra quân cấp thành phố.`);
    expect(surfaces(doc)).toEqual([['Ban Phong trào Thành đoàn', 'Ban Tổ chức Thành đoàn']]);
    expect(parse(doc).assignments[0]!.units.map((u) => u.role)).toEqual(['lead', 'support']);
  });

  it('does so without the comma before the role, in a provincial farmers\' association\'s plan', () => {
    const doc = farmersPlan(`1. Ban Kinh tế - Xã hội là bộ phận thường trực chủ trì, phối hợp với Văn phòng Hội Nông dân tỉnh hướng dẫn cơ sở hội lập kế hoạch.`);
    expect(surfaces(doc)).toEqual([['Ban Kinh tế - Xã hội', 'Văn phòng Hội Nông dân tỉnh']]);
    expect(parse(doc).assignments[0]!.units.map((u) => u.role)).toEqual(['lead', 'support']);
  });
});

const borderDistrictOrder = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN CAO LỘC', number: '05/CT-UBND', placeDate: 'Cao Lộc, ngày 14 tháng 2 năm 2025', kind: 'CHỈ THỊ', title: 'Về tăng cường quản lý xuất nhập cảnh qua lối mở' });

const riverTownPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nTHỊ XÃ TÂN CHÂU', number: '131/KH-UBND', placeDate: 'Tân Châu, ngày 10 tháng 9 năm 2024', kind: 'KẾ HOẠCH', title: 'Phòng, chống sạt lở bờ sông mùa lũ năm 2024', section: PLAN_SECTION });

describe('units31: plural places with no body, opening the clause, then the passive of an assigning verb', () => {
  it('reads "Các xã biên giới được giao …" as the communes\' task, in a border district\'s order', () => {
    const doc = borderDistrictOrder(`Các xã biên giới được giao rà soát, lập danh sách người thường xuyên qua lại lối mở.`);
    expect(surfaces(doc)).toEqual([['Các xã biên giới']]);
    expect(unitsOf(doc)).toEqual([['UBND các xã biên giới huyện Cao Lộc [assigned]']]);
  });

  it('does so for "Các phường ven sông Tiền được yêu cầu …" in a town\'s plan; an active verb after them is read as before', () => {
    const doc = riverTownPlan(`1. Các phường ven sông Tiền được yêu cầu kiểm tra các hộ dân ở khu vực sạt lở nguy hiểm.
2. Các xã biên giới kiểm tra, gia cố đê bao trước mùa lũ.`);
    expect(surfaces(doc)).toEqual([['Các phường ven sông Tiền'], ['Các xã biên giới']]);
  });
});

const fireNews = headed({ issuer: 'HUYỆN ỦY ĐÔNG TRIỀU', number: '12-CT/HU', placeDate: 'Đông Triều, ngày 02 tháng 3 năm 2025', kind: 'CHỈ THỊ', title: 'Về tăng cường phòng cháy, chữa cháy rừng', rule: '*' });

const southBorderPlan = headed({ issuer: 'BỘ CHỈ HUY QUÂN SỰ TỈNH AN GIANG\nBỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG', number: '318/KH-BĐBP', placeDate: 'An Giang, ngày 25 tháng 12 năm 2024', kind: 'KẾ HOẠCH', title: 'Cao điểm tấn công trấn áp tội phạm dịp Tết', section: PLAN_SECTION });

describe('units31: which places, by their hills or by the neighbour their border runs with', () => {
  it('keeps "vùng gò đồi" whole after plural communes, in a district Party committee\'s order', () => {
    const doc = fireNews(`Các xã vùng gò đồi được yêu cầu không cho đốt thực bì, đốt nương rẫy trong những ngày nắng nóng.`);
    expect(surfaces(doc)).toEqual([['Các xã vùng gò đồi']]);
  });

  it('keeps "tuyến biên giới Việt Nam - Campuchia" with the plural border posts, in a border guard\'s plan', () => {
    const doc = southBorderPlan(`1. Các đồn Biên phòng tuyến biên giới Việt Nam - Campuchia tổ chức tuần tra song phương ít nhất 02 lần/tháng.`);
    expect(surfaces(doc)).toEqual([['Các đồn Biên phòng tuyến biên giới Việt Nam - Campuchia']]);
  });
});

const wardYouthPlan = headed({ issuer: 'BCH ĐOÀN PHƯỜNG HÀM TIẾN', number: '14-KH/ĐTN', placeDate: 'Hàm Tiến, ngày 28 tháng 5 năm 2024', kind: 'KẾ HOẠCH', title: 'Tổ chức các hoạt động hè năm 2024', section: PLAN_SECTION, rule: '***' });

const communeYouthPlan = headed({ issuer: 'BCH ĐOÀN XÃ NGHĨA ĐÔ', number: '09-KH/ĐTN', placeDate: 'Nghĩa Đô, ngày 02 tháng 6 năm 2025', kind: 'KẾ HOẠCH', title: 'Ra quân chiến dịch thanh niên tình nguyện hè', section: PLAN_SECTION, rule: '***' });

describe('units31: a Union branch in a police or military unit', () => {
  it('reads "Chi đoàn Công an phường" as one unit, the branch in the ward police, in a ward Youth Union\'s plan', () => {
    const doc = wardYouthPlan(`1. Chi đoàn Công an phường phối hợp với Chi đoàn Quân sự phường thành lập đội thanh niên xung kích tuần tra bờ biển.`);
    expect(surfaces(doc)).toEqual([['Chi đoàn Công an phường', 'Chi đoàn Quân sự phường']]);
    expect(parse(doc).assignments[0]!.units.map((u) => u.role)).toEqual(['lead', 'support']);
  });

  it('does so for "Chi đoàn Ban Chỉ huy Quân sự xã" in a commune\'s plan; a branch of villages is read as before', () => {
    const doc = communeYouthPlan(`1. Chi đoàn Ban Chỉ huy Quân sự xã tổ chức hiến máu tình nguyện.
2. Chi đoàn các thôn ra quân dọn vệ sinh kênh mương.`);
    expect(surfaces(doc)).toEqual([['Chi đoàn Ban Chỉ huy Quân sự xã'], ['Chi đoàn các thôn']]);
  });
});

const trafficPlan = headed({ issuer: 'CÔNG AN TỈNH NAM ĐỊNH\nCÔNG AN HUYỆN HẢI HẬU', number: '402/KH-CAH', placeDate: 'Hải Hậu, ngày 06 tháng 9 năm 2024', kind: 'KẾ HOẠCH', title: 'Bảo đảm trật tự an toàn giao thông cho học sinh năm học 2024 - 2025', section: PLAN_SECTION });

const swimPlan = headed({ issuer: 'BCH ĐOÀN THỊ TRẤN YÊN LẠC', number: '21-KH/ĐTN', placeDate: 'Yên Lạc, ngày 30 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Phòng, chống đuối nước cho trẻ em dịp hè', section: PLAN_SECTION, rule: '***' });

describe('units31: a school\'s board and its Young Pioneers\' unit, cells of the school named after them', () => {
  it('reads "Ban Giám hiệu Trường THPT Hải Hậu A" as one unit and the next school as another, in a district police\'s plan', () => {
    const doc = trafficPlan(`1. Ban Giám hiệu Trường THPT Hải Hậu A và Trường THPT Vũ Văn Hiếu quản lý học sinh đi xe máy điện khi chưa đủ tuổi.
2. Ban Giám hiệu các trường THPT Hải Hậu B, THPT Thịnh Long đưa nội dung an toàn giao thông vào buổi chào cờ.`);
    expect(surfaces(doc)).toEqual([
      ['Ban Giám hiệu Trường THPT Hải Hậu A', 'Trường THPT Vũ Văn Hiếu'],
      ['Ban Giám hiệu các trường THPT Hải Hậu B, THPT Thịnh Long'],
    ]);
  });

  it('reads "Liên đội Trường Tiểu học Yên Lạc" as one unit, in a town Youth Union\'s plan; a bare "Ban Giám hiệu" stays one unit', () => {
    const doc = swimPlan(`1. Liên đội Trường Tiểu học Yên Lạc và Liên đội Trường THCS Yên Lạc tổ chức lớp dạy bơi miễn phí cho thiếu nhi.
2. Ban Giám hiệu chỉ đạo giáo viên chủ nhiệm nhắc nhở học sinh không tắm ao, hồ.`);
    expect(surfaces(doc)).toEqual([
      ['Liên đội Trường Tiểu học Yên Lạc', 'Liên đội Trường THCS Yên Lạc'],
      ['Ban Giám hiệu'],
    ]);
  });
});

const laoCaiSchools = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN BẢO THẮNG', number: '240/KH-UBND', placeDate: 'Bảo Thắng, ngày 12 tháng 8 năm 2024', kind: 'KẾ HOẠCH', title: 'Bảo đảm an ninh trật tự trường học năm học 2024 - 2025', section: PLAN_SECTION });

const quangNamPolice = headed({ issuer: 'CÔNG AN TỈNH QUẢNG NAM\nCÔNG AN HUYỆN QUẾ SƠN', number: '118/KH-CAH', placeDate: 'Quế Sơn, ngày 20 tháng 8 năm 2024', kind: 'KẾ HOẠCH', title: 'Tuyên truyền pháp luật giao thông trong trường học', section: PLAN_SECTION });

describe('units31: a school named by its number and its place', () => {
  it('keeps "Trường THPT số 2 Bảo Thắng" whole, its place no area of the unit, in a district\'s plan', () => {
    const doc = laoCaiSchools(`1. Trường THPT số 2 Bảo Thắng phối hợp với Công an thị trấn Phố Lu kiểm tra khu vực cổng trường.`);
    expect(surfaces(doc)).toEqual([['Trường THPT số 2 Bảo Thắng', 'Công an thị trấn Phố Lu']]);
    expect(parse(doc).assignments[0]!.units.map((u) => u.role)).toEqual(['lead', 'support']);
  });

  it('reads "Ban Giám hiệu các trường Trung học phổ thông số 1 Quế Sơn, Trung học phổ thông Quế Sơn" as one collective printed whole, in a district police\'s plan', () => {
    const doc = quangNamPolice(`1. Đề nghị Ban Giám hiệu các trường Trung học phổ thông số 1 Quế Sơn, Trung học phổ thông Quế Sơn đưa nội dung an toàn giao thông vào tiết sinh hoạt lớp.`);
    expect(surfaces(doc)).toEqual([['Ban Giám hiệu các trường Trung học phổ thông số 1 Quế Sơn, Trung học phổ thông Quế Sơn']]);
  });
});

const districtInspectionPlan = headed({ issuer: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG\nHUYỆN ỦY ĐỨC TRỌNG\nỦY BAN KIỂM TRA', number: '15-KH/UBKTHU', placeDate: 'Đức Trọng, ngày 04 tháng 7 năm 2024', kind: 'KẾ HOẠCH', title: 'Giám sát chuyên đề việc thực hiện quy định về nêu gương', section: PLAN_SECTION, rule: '*' });

const wardInspectionPlan = headed({ issuer: 'ĐẢNG BỘ THÀNH PHỐ HUẾ\nĐẢNG ỦY PHƯỜNG VỸ DẠ\nỦY BAN KIỂM TRA', number: '04-KH/UBKTĐU', placeDate: 'Vỹ Dạ, ngày 11 tháng 3 năm 2025', kind: 'KẾ HOẠCH', title: 'Kiểm tra việc thu, nộp đảng phí năm 2024', section: PLAN_SECTION, rule: '*' });

describe('units31: the Party organisations and members an inspection names, one collective with which of them', () => {
  it('reads "Các tổ chức đảng, đảng viên được giám sát" whole, in a district inspection committee\'s plan', () => {
    const doc = districtInspectionPlan(`1. Các tổ chức đảng, đảng viên được giám sát chuẩn bị báo cáo theo đề cương, gửi về Ủy ban Kiểm tra Huyện ủy trước ngày 20/7/2024.`);
    expect(surfaces(doc)).toEqual([['Các tổ chức đảng, đảng viên được giám sát']]);
  });

  it('does so for "là đối tượng kiểm tra, giám sát" in a ward\'s plan; "Các tổ chức đảng" alone is read as before', () => {
    const doc = wardInspectionPlan(`1. Các tổ chức đảng, đảng viên là đối tượng kiểm tra, giám sát chuẩn bị hồ sơ, tài liệu.
2. Các tổ chức đảng quán triệt kế hoạch đến đảng viên.`);
    expect(surfaces(doc)).toEqual([['Các tổ chức đảng, đảng viên là đối tượng kiểm tra, giám sát'], ['Các tổ chức đảng']]);
  });
});

describe('units31: the Union branches directly under the issuing Union', () => {
  it('keeps "Các chi đoàn trực thuộc" whole, under the ward\'s Union, in a ward Youth Union\'s plan', () => {
    const doc = wardYouthPlan(`1. Các chi đoàn trực thuộc căn cứ nội dung trên xây dựng kế hoạch, đăng ký công trình thanh niên về Văn phòng Đoàn phường.`);
    expect(surfaces(doc)).toEqual([['Các chi đoàn trực thuộc']]);
  });

  it('does so in a commune\'s plan; a branch of villages is read as before', () => {
    const doc = communeYouthPlan(`1. Các chi đoàn trực thuộc tổ chức ra quân hưởng ứng chiến dịch.
2. Chi đoàn các thôn ra quân dọn vệ sinh kênh mương.`);
    expect(surfaces(doc)).toEqual([['Các chi đoàn trực thuộc'], ['Chi đoàn các thôn']]);
  });
});
