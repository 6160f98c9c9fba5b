import { describe, expect, it } from 'vitest';
import { headed, PLAN_SECTION } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units, nineteenth round (issue 9): the mechanisms behind the units lost in batch 25's headless fragments and news
 * reports moved to tune, each tested on documents written for the test in other provinces and bodies than the first.
 */

const provincePlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH', number: '145/KH-UBND', placeDate: 'Bình Định, ngày 12 tháng 8 năm 2024', kind: 'KẾ HOẠCH', title: 'Phòng, chống thiên tai trên biển năm 2024', section: PLAN_SECTION });

const partyPlan = headed({ issuer: 'ĐẢNG BỘ TỈNH THÁI BÌNH\nHUYỆN ỦY KIẾN XƯƠNG\n*', number: '45-KH/HU', placeDate: 'Kiến Xương, ngày 10 tháng 5 năm 2024', kind: 'KẾ HOẠCH', title: 'Thực hiện giải phóng mặt bằng dự án đường ven biển', section: PLAN_SECTION });

const wardPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG HƯNG PHÚ', number: '52/KH-UBND', placeDate: 'Hưng Phú, ngày 20 tháng 6 năm 2024', kind: 'KẾ HOẠCH', title: 'Phòng, chống dịch sốt xuất huyết năm 2024', section: PLAN_SECTION });

const districtPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN TAM NÔNG', number: '77/KH-UBND', placeDate: 'Tam Nông, ngày 03 tháng 9 năm 2024', kind: 'KẾ HOẠCH', title: 'Chăm sóc sức khỏe nhân dân năm 2024', section: PLAN_SECTION });

describe('task units, nineteenth round: a body whose own name ends in its place', () => {
  it('names the port authority of the province with the province once, and a department with it after its name, in a province\'s plan', () => {
    const doc = provincePlan(`1. Cảng vụ Hàng hải Bình Định chủ trì, phối hợp với Sở Giao thông vận tải kiểm tra tàu khách.
2. Đài Khí tượng Thủy văn Bình Định cập nhật tin bão hằng giờ.`);
    expect(unitsOf(doc)).toEqual([
      ['Cảng vụ Hàng hải Bình Định [lead]', 'Sở Giao thông vận tải tỉnh Bình Định [support]'],
      ['Đài Khí tượng Thủy văn Bình Định [assigned]'],
    ]);
  });

  it('does so for a district\'s hospital named with its district, in a district\'s plan', () => {
    const doc = districtPlan(`1. Bệnh viện Đa khoa Tam Nông tổ chức khám sàng lọc cho người cao tuổi.`);
    expect(unitsOf(doc)).toEqual([['Bệnh viện Đa khoa Tam Nông [assigned]']]);
  });
});

describe('task units, nineteenth round: a committee\'s members are no committee', () => {
  it('reads no unit in "cấp ủy viên" after the units asked to name them, in a district Party committee\'s plan', () => {
    const doc = partyPlan(`1. Đảng ủy các xã Vũ Lễ, Quang Bình được yêu cầu phân công cấp ủy viên phụ trách vận động các gia đình còn khiếu nại.
2. Các cấp ủy đảng tuyên truyền chủ trương của dự án.`);
    expect(unitsOf(doc)).toEqual([
      ['Đảng ủy xã Vũ Lễ [assigned]', 'Đảng ủy xã Quang Bình [assigned]'],
      ['Các cấp ủy đảng huyện Kiến Xương [assigned]'],
    ]);
  });

  it('does so in a ward\'s plan', () => {
    const doc = wardPlan(`1. Đảng ủy phường được yêu cầu phân công cấp ủy viên phụ trách từng tổ dân phố.`);
    expect(unitsOf(doc)).toEqual([['Đảng ủy phường Hưng Phú [assigned]']]);
  });
});

describe('task units, nineteenth round: the board that runs the villages, in lower case', () => {
  it('reads "Ban quản lý các khu dân cư" and "Ban điều hành các tổ dân phố" as one unit each, in a ward\'s plan', () => {
    const doc = wardPlan(`1. Ban quản lý các khu dân cư và Ban công tác Mặt trận ra quân tổng vệ sinh, thu gom vật chứa nước.
2. Ban điều hành các tổ dân phố phối hợp với Trạm Y tế phun hóa chất diệt muỗi.`);
    expect(unitsOf(doc)).toEqual([
      ['Ban quản lý các khu dân cư phường Hưng Phú [assigned]', 'Các Ban Công tác Mặt trận khu dân cư phường Hưng Phú [assigned]'],
      ['Ban điều hành các tổ dân phố phường Hưng Phú [lead]', 'Trạm y tế phường Hưng Phú [support]'],
    ]);
  });

  it('reads the hamlets\' boards over a list and a hamlet\'s own, in a district\'s plan', () => {
    const doc = districtPlan(`1. Ban tự quản các thôn, xóm kiểm tra vệ sinh môi trường.
2. Ban nhân dân ấp Long Thạnh A báo cáo danh sách hộ nghèo.`);
    expect(unitsOf(doc)).toEqual([
      ['Ban tự quản các thôn, xóm huyện Tam Nông [assigned]'],
      ['Ban nhân dân ấp Long Thạnh A [assigned]'],
    ]);
  });
});

describe('task units, nineteenth round: a fishermen\'s union and a cooperative group', () => {
  it('reads "Nghiệp đoàn nghề cá" of a commune and a named "Tổ hợp tác", in a province\'s plan', () => {
    const doc = provincePlan(`1. Nghiệp đoàn nghề cá xã Nhơn Hải phối hợp với Đồn Biên phòng Nhơn Lý tuyên truyền cho ngư dân.
2. Tổ hợp tác Rau an toàn Phú Cường cung ứng rau sạch cho bếp ăn tập thể.`);
    expect(unitsOf(doc)).toEqual([
      ['Nghiệp đoàn nghề cá xã Nhơn Hải [lead]', 'Đồn Biên phòng Nhơn Lý tỉnh Bình Định [support]'],
      ['Tổ hợp tác Rau an toàn Phú Cường tỉnh Bình Định [assigned]'],
    ]);
  });

  it('reads a cooperative group named by its trade in lower case beside a cooperative, in a district\'s plan', () => {
    const doc = districtPlan(`1. Tổ hợp tác mây tre đan Phú Hòa xã An Long và Hợp tác xã Nấm rơm Tân Phú nhận lao động nữ vào làm việc.
2. Nghiệp đoàn nghề cá Phú Thành tổ chức tổ đoàn kết trên biển.`);
    expect(unitsOf(doc)).toEqual([
      ['Tổ hợp tác mây tre đan Phú Hòa xã An Long [assigned]', 'Hợp tác xã Nấm rơm Tân Phú [assigned]'],
      ['Nghiệp đoàn nghề cá Phú Thành huyện Tam Nông [assigned]'],
    ]);
  });
});

describe('task units, nineteenth round: the Youth Union set up in a police or military unit', () => {
  it('reads "Đoàn cơ sở Công an phường" and the Union of the ward\'s military board as one unit each, in a ward\'s plan', () => {
    const doc = wardPlan(`1. Đoàn cơ sở Công an phường phối hợp với Đoàn phường ra quân giữ gìn trật tự.
2. Đoàn Thanh niên Ban Chỉ huy Quân sự phường tham gia phun thuốc diệt muỗi.`);
    expect(unitsOf(doc)).toEqual([
      ['Đoàn cơ sở Công an phường Hưng Phú [lead]', 'Đoàn phường Hưng Phú [support]'],
      ['Đoàn Thanh niên Ban Chỉ huy Quân sự phường Hưng Phú [assigned]'],
    ]);
  });

  it('reads a hospital\'s grassroots Union as one unit, in a district\'s plan', () => {
    expect(unitsOf(districtPlan(`1. Đoàn cơ sở Bệnh viện Đa khoa huyện tổ chức hiến máu tình nguyện.`)))
      .toEqual([['Đoàn cơ sở Bệnh viện Đa khoa huyện Tam Nông [assigned]']]);
  });
});

describe('task units, nineteenth round: a numbered inspection team', () => {
  it('reads "Đoàn kiểm tra số 2" as that one team, and the plural as all of them, in a district Party committee\'s plan', () => {
    const doc = partyPlan(`1. Đoàn kiểm tra số 2 do đồng chí Phó Bí thư làm trưởng đoàn kiểm tra trực tiếp tại Đảng ủy xã Vũ Lễ.
2. Các đoàn kiểm tra báo cáo kết quả.`);
    expect(unitsOf(doc)).toEqual([['Đoàn kiểm tra số 2 Huyện ủy Kiến Xương [assigned]'], ['Các đoàn kiểm tra Huyện ủy Kiến Xương [assigned]']]);
  });

  it('does so as the lead with a partner, in a province\'s plan', () => {
    const doc = provincePlan(`1. Đoàn kiểm tra số 1 chủ trì, phối hợp với Sở Nông nghiệp và Môi trường kiểm tra các cơ sở.`);
    expect(unitsOf(doc)).toEqual([['Đoàn kiểm tra số 1 UBND tỉnh Bình Định [lead]', 'Sở Nông nghiệp và Môi trường tỉnh Bình Định [support]']]);
  });
});
