import { describe, expect, it } from 'vitest';
import { headed, PLAN_SECTION } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units, sixteenth round (issue 9): the mechanisms behind the units lost in the documents moved to tune from
 * batch 24, each tested on documents written for the test in other provinces and bodies than the first.
 */

const districtPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN LỤC NGẠN', number: '45/KH-UBND', placeDate: 'Lục Ngạn, ngày 12 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Phòng, chống dịch tả lợn châu Phi năm 2025', section: PLAN_SECTION });

const steeringPlan = headed({ issuer: 'BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG\nHUYỆN CAM LỘ', number: '18/KH-BCĐ', placeDate: 'Cam Lộ, ngày 20 tháng 4 năm 2025', kind: 'KẾ HOẠCH', title: 'Xây dựng xã nông thôn mới nâng cao năm 2025', section: PLAN_SECTION });

describe('task units, sixteenth round: two enterprises joined by "và"', () => {
  it('reads a company and a cooperative, and two cooperatives, as two units each', () => {
    const doc = districtPlan(`1. Công ty TNHH Chăn nuôi Phú Thịnh và Hợp tác xã Chăn nuôi Tân Mỹ thực hiện nghiêm các biện pháp an toàn sinh học.
2. Hợp tác xã Chăn nuôi Tân Mỹ và Công ty TNHH Chăn nuôi Phú Thịnh báo cáo đàn lợn hằng tuần.
3. Hợp tác xã Tân Mỹ thực hiện Kế hoạch của huyện.`);
    expect(unitsOf(doc)).toEqual([
      ['Công ty TNHH Chăn nuôi Phú Thịnh huyện Lục Ngạn [assigned]', 'Hợp tác xã Chăn nuôi Tân Mỹ [assigned]'],
      ['Hợp tác xã Chăn nuôi Tân Mỹ [assigned]', 'Công ty TNHH Chăn nuôi Phú Thịnh huyện Lục Ngạn [assigned]'],
      ['Hợp tác xã Tân Mỹ [assigned]'],
    ]);
  });

  it('keeps a cooperative\'s kind of business in lower case, verbs among it, in a steering board\'s plan', () => {
    const doc = steeringPlan(`1. Hợp tác xã Nông nghiệp Cam Thành và Hợp tác xã Dịch vụ tổng hợp Cam Hiếu: hoàn thiện phương án sản xuất kinh doanh.
2. Hợp tác xã Nông nghiệp dịch vụ Cam Tuyền và Hợp tác xã Cà phê Cam Chính vận động thành viên đăng ký lịch tưới.
3. Hợp tác xã Dịch vụ tổng hợp Cam Hiếu chủ trì, phối hợp với Hợp tác xã Nông nghiệp Cam Thành tổ chức tập huấn.
4. Hợp tác xã Cam Thành tổ chức Hội nghị tổng kết.`);
    expect(unitsOf(doc)).toEqual([
      ['Hợp tác xã Nông nghiệp Cam Thành [assigned]', 'Hợp tác xã Dịch vụ tổng hợp Cam Hiếu [assigned]'],
      ['Hợp tác xã Nông nghiệp dịch vụ Cam Tuyền [assigned]', 'Hợp tác xã Cà phê Cam Chính [assigned]'],
      ['Hợp tác xã Dịch vụ tổng hợp Cam Hiếu [lead]', 'Hợp tác xã Nông nghiệp Cam Thành [support]'],
      ['Hợp tác xã Cam Thành [assigned]'],
    ]);
  });
});

const wardCongress = headed({ issuer: 'ĐẢNG ỦY PHƯỜNG TÂN AN', number: '45-KH/ĐU', placeDate: 'Tân An, ngày 12 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Tổ chức Đại hội Đảng bộ phường lần thứ XV', section: PLAN_SECTION });

const unionCongress = headed({ issuer: 'BCH ĐOÀN TNCS HỒ CHÍ MINH\nHUYỆN NAM ĐÀN', number: '21-KH/HĐTN', placeDate: 'Nam Đàn, ngày 03 tháng 6 năm 2025', kind: 'KẾ HOẠCH', title: 'Tổ chức Đại hội đại biểu Đoàn huyện' });

describe('task units, sixteenth round: a congress\'s subcommittees', () => {
  it('names "Tiểu ban …" whole, not a "Ban" of the ward, in a ward Party committee\'s plan', () => {
    const doc = wardCongress(`1. Tiểu ban Văn kiện xây dựng dự thảo Báo cáo chính trị, trình Ban Thường vụ cho ý kiến.
2. Tiểu ban Nhân sự phối hợp với Ủy ban Kiểm tra Đảng ủy phường thẩm định tiêu chuẩn nhân sự.
3. Tiểu ban Tổ chức phục vụ Đại hội chuẩn bị hội trường, khánh tiết.`);
    expect(unitsOf(doc)).toEqual([
      ['Tiểu ban Văn kiện phường Tân An [assigned]'],
      ['Tiểu ban Nhân sự phường Tân An [lead]', 'Ủy ban Kiểm tra Đảng ủy phường Tân An [support]'],
      ['Tiểu ban Tổ chức phục vụ Đại hội phường Tân An [assigned]'],
    ]);
  });

  it('does so in a district Youth Union\'s plan, and for the subcommittees together', () => {
    const doc = unionCongress(`1. Tiểu ban Nội dung hoàn thiện dự thảo Báo cáo trình Đại hội.
2. Các tiểu ban báo cáo tiến độ về Ban Thường vụ Huyện đoàn.`);
    expect(unitsOf(doc)).toEqual([['Tiểu ban Nội dung huyện Nam Đàn [assigned]'], ['Các Tiểu ban huyện Nam Đàn [assigned]']]);
  });
});

const unionLetter = headed({ issuer: 'BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH', number: '45-CV/TWĐTN-PT', placeDate: 'Hà Nội, ngày 12 tháng 9 năm 2025', kind: 'CÔNG VĂN', title: 'Về hỗ trợ thanh niên vùng bão' });

const centralOffice = headed({ issuer: 'BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM', number: '112-CV/VPTW', placeDate: 'Hà Nội, ngày 05 tháng 10 năm 2025', kind: 'CÔNG VĂN', title: 'Về khắc phục hậu quả lũ lụt' });

describe('task units, sixteenth round: one province\'s committee, then more provinces', () => {
  it('gives the committee to each province after the first, in a lead-in over items and as a subject', () => {
    const doc = unionLetter(`Ban Bí thư Trung ương Đoàn đề nghị Ban Thường vụ Tỉnh đoàn Quảng Ninh, Thái Bình, Nam Định triển khai một số nội dung sau:
1. Huy động đoàn viên tham gia dọn dẹp trường học.

Tỉnh đoàn Quảng Ninh, Nam Định báo cáo kết quả trước ngày 30/9/2025.`);
    expect(unitsOf(doc)).toEqual([
      ['Ban Thường vụ Tỉnh đoàn Quảng Ninh [assigned]', 'Ban Thường vụ Tỉnh đoàn Thái Bình [assigned]', 'Ban Thường vụ Tỉnh đoàn Nam Định [assigned]'],
      ['Tỉnh đoàn Quảng Ninh [assigned]', 'Tỉnh đoàn Nam Định [assigned]'],
    ]);
  });

  it('does so for provincial Party committees, and leaves a department\'s province list alone', () => {
    const doc = centralOffice(`1. Tỉnh ủy Quảng Trị, Thừa Thiên Huế chỉ đạo khắc phục hậu quả lũ lụt.
2. Sở Y tế Quảng Trị, Thừa Thiên Huế kiểm tra nguồn nước.`);
    // A department's province is an area, not its own name: its list is left as before (one unit, the first).
    expect(unitsOf(doc)).toEqual([['Tỉnh ủy Quảng Trị [assigned]', 'Tỉnh ủy Thừa Thiên Huế [assigned]'], ['Sở Y tế tỉnh Quảng Trị [assigned]']]);
  });
});

const communeNotice = headed({ issuer: 'ĐẢNG ỦY XÃ EA KAO', number: '45-TB/ĐU', placeDate: 'Ea Kao, ngày 12 tháng 5 năm 2025', kind: 'THÔNG BÁO', title: 'Kết luận của Ban Thường vụ Đảng ủy' });

const communePlanHighlands = headed({ issuer: 'ỦY BAN NHÂN DÂN\nXÃ ĐẮK NIA', number: '30/KH-UBND', placeDate: 'Đắk Nia, ngày 12 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Phòng, chống buôn lậu và gian lận thương mại' });

describe('task units, sixteenth round: the Central Highlands\' villages', () => {
  it('names a Party cell by its "buôn", not the commune\'s cells together', () => {
    const doc = communeNotice(`1. Chi bộ buôn Ea Nao lãnh đạo Ban tự quản buôn vận động các hộ làm chuồng trại xa nhà ở.`);
    expect(unitsOf(doc)).toEqual([['Chi bộ buôn Ea Nao xã Ea Kao [assigned]']]);
  });

  it('names an association\'s branch by its "bon", and leaves "buôn lậu" a word', () => {
    const doc = communePlanHighlands(`1. Chi hội Phụ nữ bon Bu Prăng vận động hội viên không tiếp tay cho buôn lậu.
2. Công an xã kiểm tra các đối tượng buôn lậu qua địa bàn.`);
    expect(unitsOf(doc)).toEqual([['Chi hội Phụ nữ bon Bu Prăng xã Đắk Nia [assigned]'], ['Công an xã Đắk Nia [assigned]']]);
  });
});
