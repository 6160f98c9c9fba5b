import { describe, expect, it } from 'vitest';
import { headed, parse, PLAN_SECTION } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units, fifteenth round (issue 9): the mechanisms behind the units lost from lists, each tested on documents
 * written for the test in the forms real plans use, in other provinces and bodies than the first.
 */

const provincePlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', number: '120/KH-UBND', placeDate: 'Bắc Giang, ngày 10 tháng 3 năm 2025', kind: 'KẾ HOẠCH', title: 'Phòng, chống thiên tai năm 2025', section: PLAN_SECTION });

const districtPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN LỤC NGẠN', number: '45/KH-UBND', placeDate: 'Lục Ngạn, ngày 12 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Chuyển đổi số năm 2025', section: PLAN_SECTION });

const communePlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nXÃ AN LONG', number: '30/KH-UBND', placeDate: 'An Long, ngày 12 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Ra quân vệ sinh môi trường' });

const cellResolution = headed({ issuer: 'ĐẢNG ỦY XÃ KIM CHÍNH\nCHI BỘ XÓM 5', number: '05-NQ/CB', placeDate: 'Kim Chính, ngày 12 tháng 5 năm 2025', kind: 'NGHỊ QUYẾT', title: 'Xây dựng nông thôn mới', rule: '*' });

const surfaces = (doc: string) => parse(doc).assignments.map((a) => a.units.map((u) => u.surface));

describe('task units, fifteenth round: a unit the tables lack, read by its place in a list', () => {
  it('keeps the last of a list of media bodies, and a body named by its province in a list', () => {
    const doc = provincePlan(`1. Đài Phát thanh và Truyền hình tỉnh, Báo Bắc Giang, Cổng Thông tin điện tử tỉnh tăng cường tuyên truyền.
2. Điện lực Bắc Giang, Viễn thông Bắc Giang bảo đảm điện, thông tin liên lạc.
3. Ban Dân tộc tỉnh, Liên minh Hợp tác xã tỉnh, Quỹ Đầu tư phát triển tỉnh thực hiện.`);
    expect(surfaces(doc)).toEqual([
      ['Đài Phát thanh và Truyền hình tỉnh', 'Báo Bắc Giang', 'Cổng Thông tin điện tử tỉnh'],
      ['Điện lực Bắc Giang', 'Viễn thông Bắc Giang'],
      ['Ban Dân tộc tỉnh', 'Liên minh Hợp tác xã tỉnh', 'Quỹ Đầu tư phát triển tỉnh'],
    ]);
    expect(unitsOf(doc)[0]![2]).toBe('Cổng Thông tin điện tử tỉnh Bắc Giang [assigned]');
    expect(unitsOf(doc)[1]![1]).toBe('Viễn thông Bắc Giang [assigned]');
  });

  it('reads a brand opening a list, and the partner after "phối hợp với", in a district plan', () => {
    const doc = districtPlan(`1. Đề nghị Viettel Lục Ngạn, Bưu điện huyện hỗ trợ người dân cài đặt ứng dụng.
2. Công an huyện chủ trì, phối hợp với Agribank chi nhánh huyện Lục Ngạn cảnh báo khách hàng khi có giao dịch bất thường.
3. Trung tâm Văn hóa - Thể thao huyện, Cổng Thông tin điện tử huyện đăng tải tin bài.`);
    expect(unitsOf(doc)).toEqual([
      ['Viettel Lục Ngạn [assigned]', 'Bưu điện huyện Lục Ngạn [assigned]'],
      ['Công an huyện Lục Ngạn [lead]', 'Agribank chi nhánh huyện Lục Ngạn [support]'],
      ['Trung tâm Văn hóa - Thể thao huyện Lục Ngạn [assigned]', 'Cổng Thông tin điện tử huyện Lục Ngạn [assigned]'],
    ]);
  });

  it('takes no document, heading or number before a comma for a unit', () => {
    const doc = provincePlan(`1. Theo Chỉ thị, Sở Y tế kiểm tra các cơ sở.
2. Trong Tháng hành động, Sở Công Thương tuyên truyền.
3. Sở Y tế, Sở Tài chính, Năm 2025 kiểm tra.
4. Ủy ban MTTQ tỉnh, các tổ chức chính trị - xã hội tỉnh và Nhân dân tham gia giám sát.`);
    expect(surfaces(doc)).toEqual([['Sở Y tế'], ['Sở Công Thương'], ['Sở Y tế', 'Sở Tài chính'], ['Ủy ban MTTQ tỉnh', 'các tổ chức chính trị - xã hội tỉnh']]);
  });
});

describe('task units, fifteenth round: one village\'s unit, then more villages of its kind', () => {
  it('gives the unit to each hamlet listed after the first, as subject and as partner', () => {
    const doc = communePlan(`1. Ban Nhân dân ấp An Phú, ấp An Hòa vận động nhân dân dọn vệ sinh.
2. Ban Nhân dân ấp An Phú chủ trì, phối hợp với Chi hội Nông dân ấp An Phú, ấp An Thạnh phát quang bụi rậm.`);
    expect(unitsOf(doc)).toEqual([
      ['Ban Nhân dân ấp An Phú xã An Long [assigned]', 'Ban Nhân dân ấp An Hòa xã An Long [assigned]'],
      ['Ban Nhân dân ấp An Phú xã An Long [lead]', 'Chi hội Nông dân ấp An Phú xã An Long [support]', 'Chi hội Nông dân ấp An Thạnh xã An Long [support]'],
    ]);
    expect(surfaces(doc)[0]).toEqual(['Ban Nhân dân ấp An Phú', 'ấp An Hòa']);
  });

  it('does so for numbered hamlets in a Party cell\'s resolution, and leaves a commune after a hamlet alone', () => {
    const doc = cellResolution(`1. Chi hội Phụ nữ xóm 5, xóm 6 vận động hội viên trồng hoa.
2. Chi hội Phụ nữ xóm 5, xã Kim Chính tổ chức ngày hội.`);
    expect(unitsOf(doc)[0]).toEqual(['Chi hội Phụ nữ xóm 5 [assigned]', 'Chi hội Phụ nữ xóm 6 [assigned]']);
    expect(surfaces(doc)[1]).toEqual(['Chi hội Phụ nữ xóm 5']);
  });
});

const districtForest = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN TƯƠNG DƯƠNG', number: '77/KH-UBND', placeDate: 'Tương Dương, ngày 12 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Phòng cháy, chữa cháy rừng năm 2025', section: PLAN_SECTION });

const provinceTourism = headed({ issuer: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ', number: '78/KH-UBND', placeDate: 'Quảng Trị, ngày 12 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Phát triển du lịch năm 2025' });

describe('task units, fifteenth round: place names after a named unit are no units of their own', () => {
  it('reads no bare place name after a school or a cooperative as a unit the tables lack', () => {
    const doc = districtForest(`1. Trường THCS Tam Quang, Yên Na tổ chức ngoại khóa.
2. Các Hợp tác xã Dịch vụ nông nghiệp Tam Quang, Yên Na hướng dẫn bà con.
3. Bưu điện huyện, Viettel Tương Dương, VNPT Tương Dương bảo đảm thông tin.`);
    expect(surfaces(doc)).toEqual([
      ['Trường THCS Tam Quang'],
      ['Các Hợp tác xã Dịch vụ nông nghiệp Tam Quang'],
      ['Bưu điện huyện', 'Viettel Tương Dương', 'VNPT Tương Dương'],
    ]);
  });
});

describe('task units, fifteenth round: what a board manages, after "các", closed by an area word', () => {
  it('keeps "các công trình công cộng" in a district board\'s name', () => {
    const doc = districtForest(`1. Ban Quản lý các công trình công cộng huyện bảo đảm vệ sinh.`);
    expect(unitsOf(doc)).toEqual([['Ban Quản lý các công trình công cộng huyện Tương Dương [assigned]']]);
  });

  it('does so for a province\'s board and centre, and leaves "các" before an area to the area', () => {
    const doc = provinceTourism(`1. Ban Quản lý các di tích lịch sử tỉnh chủ trì, phối hợp với Trung tâm Quản lý các công trình thủy lợi tỉnh kiểm tra.
2. Phòng Văn hóa các huyện tuyên truyền.`);
    expect(unitsOf(doc)).toEqual([
      ['Ban Quản lý các di tích lịch sử tỉnh Quảng Trị [lead]', 'Trung tâm Quản lý các công trình thủy lợi tỉnh Quảng Trị [support]'],
      ['Phòng Văn hóa các huyện tỉnh Quảng Trị [assigned]'],
    ]);
  });
});

const districtPolice = headed({ issuer: 'CÔNG AN TỈNH AN GIANG\nCÔNG AN HUYỆN CHÂU PHÚ', number: '210/KH-CAH', placeDate: 'Châu Phú, ngày 12 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Phòng ngừa lừa đảo qua mạng năm 2025' });

describe('task units, fifteenth round: the manner said before a role word', () => {
  it('reads the partner after "Chủ động phối hợp với" in an item under a lead-in', () => {
    const doc = districtPolice(`2. Trưởng Công an các xã, thị trấn:
- Rà soát các đối tượng cho vay nặng lãi trên địa bàn;
- Chủ động phối hợp với Agribank chi nhánh huyện Châu Phú cảnh báo khách hàng khi có giao dịch bất thường.`);
    expect(unitsOf(doc)[1]).toEqual(['Công an các xã, thị trấn huyện Châu Phú [lead]', 'Agribank chi nhánh huyện Châu Phú [support]']);
  });

  it('does so after a subject, with "tích cực", in a province plan', () => {
    const doc = provinceTourism(`1. Sở Y tế tích cực phối hợp với Hội Chữ thập đỏ tỉnh vận động hiến máu.`);
    expect(unitsOf(doc)).toEqual([['Sở Y tế tỉnh Quảng Trị [lead]', 'Hội Chữ thập đỏ tỉnh Quảng Trị [support]']]);
  });
});
