import { describe, expect, it } from 'vitest';
import { headed, PLAN_SECTION } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units, eighteenth round (issue 9): the mechanisms behind the units lost in the documents moved to tune from
 * batch 25, each tested on documents written for the test in other provinces and bodies than the first.
 */

const ministryLetter = headed({ issuer: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', number: '2104/BNNMT-TL', placeDate: 'Hà Nội, ngày 14 tháng 4 năm 2025', kind: 'CÔNG VĂN', title: 'Về chủ động ứng phó hạn hán, xâm nhập mặn' });

const provincePlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI', number: '88/KH-UBND', placeDate: 'Quảng Ngãi, ngày 05 tháng 6 năm 2025', kind: 'KẾ HOẠCH', title: 'Bảo đảm an toàn cho người và tàu thuyền hoạt động trên biển năm 2025', section: PLAN_SECTION });

describe('task units, eighteenth round: a known name going on in lower case up to "chủ trì"', () => {
  it('reads the whole department of a ministry as the lead, and its partner; without the role word it is whole too (a known name since the twenty-second round)', () => {
    const doc = ministryLetter(`1. Cục Quản lý và Xây dựng công trình thủy lợi chủ trì, phối hợp với Cục Khí tượng Thủy văn theo dõi nguồn nước các hồ chứa.
2. Cục Quản lý và Xây dựng công trình thủy lợi báo cáo Bộ trước ngày 20 hằng tháng.`);
    expect(unitsOf(doc)).toEqual([
      ['Cục Quản lý và Xây dựng công trình thủy lợi [lead]', 'Cục Khí tượng Thủy văn [support]'],
      ['Cục Quản lý và Xây dựng công trình thủy lợi [assigned]'],
    ]);
  });

  it('leaves the clause\'s own words before "chủ trì" to the clause, in a province\'s plan', () => {
    const doc = provincePlan(`1. Sở Xây dựng đồng thời chủ trì thẩm định phương án neo đậu.
2. Sở Y tế tích cực chủ trì công tác cấp cứu trên biển.
3. Ban Quản lý Khu kinh tế Dung Quất chủ trì, phối hợp với Sở Xây dựng rà soát cảng cá.`);
    expect(unitsOf(doc)).toEqual([
      ['Sở Xây dựng tỉnh Quảng Ngãi [lead]'],
      ['Sở Y tế tỉnh Quảng Ngãi [lead]'],
      // An economic zone's board is named for its zone, whole, as a cooperative is (units38); its key keeps the province.
      ['Ban Quản lý Khu kinh tế Dung Quất [lead]', 'Sở Xây dựng tỉnh Quảng Ngãi [support]'],
    ]);
  });
});

describe('task units, eighteenth round: a region of the country inside a name', () => {
  it('keeps "Đồng bằng sông Cửu Long" in an institute\'s name, in a ministry\'s letter', () => {
    const doc = ministryLetter(`1. Cục Trồng trọt chủ trì, phối hợp với Viện Lúa Đồng bằng sông Cửu Long hướng dẫn lịch xuống giống.
2. Trung tâm Khuyến nông Đồng bằng sông Hồng tổ chức tập huấn cho nông dân.`);
    expect(unitsOf(doc)).toEqual([
      ['Cục Trồng trọt [lead]', 'Viện Lúa Đồng bằng sông Cửu Long [support]'],
      ['Trung tâm Khuyến nông Đồng bằng sông Hồng [assigned]'],
    ]);
  });
});

describe('task units, eighteenth round: units at sea and in ports', () => {
  it('names a border flotilla, a fisheries squadron and a port authority, in a province\'s plan', () => {
    const doc = provincePlan(`1. Hải đội Biên phòng 3 chủ trì, phối hợp với Chi đội Kiểm ngư số 2 tuần tra vùng biển Lý Sơn.
2. Cảng vụ Hàng hải Quảng Ngãi kiểm tra tàu du lịch trước khi rời bến.
3. Đội Quản lý thị trường số 4 kiểm tra hàng hóa tại cảng cá.`);
    expect(unitsOf(doc)).toEqual([
      ['Hải đội Biên phòng 3 tỉnh Quảng Ngãi [lead]', 'Chi đội Kiểm ngư số 2 tỉnh Quảng Ngãi [support]'],
      ['Cảng vụ Hàng hải Quảng Ngãi [assigned]'],
      ['Đội Quản lý thị trường số 4 tỉnh Quảng Ngãi [assigned]'],
    ]);
  });
});

const districtPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN ĐỊNH QUÁN', number: '131/KH-UBND', placeDate: 'Định Quán, ngày 09 tháng 7 năm 2025', kind: 'KẾ HOẠCH', title: 'Hỗ trợ hộ nghèo phát triển sản xuất năm 2025', section: PLAN_SECTION });

describe('task units, eighteenth round: the agricultural bank\'s branch', () => {
  it('reads two banks\' branches joined by "và" as two units, in a province\'s plan', () => {
    const doc = provincePlan(`1. Ngân hàng Chính sách xã hội chi nhánh tỉnh Quảng Ngãi và Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Quảng Ngãi ưu tiên cho ngư dân vay vốn đóng tàu.`);
    expect(unitsOf(doc)).toEqual([['Ngân hàng Chính sách xã hội tỉnh Quảng Ngãi [assigned]', 'Ngân hàng Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi [assigned]']]);
  });

  it('reads its short form and a district branch as the lead, in a district\'s plan', () => {
    const doc = districtPlan(`1. Ngân hàng Nông nghiệp và PTNT chi nhánh huyện Định Quán chủ trì, phối hợp với Hội Nông dân huyện hướng dẫn thủ tục vay vốn.`);
    expect(unitsOf(doc)).toEqual([['Ngân hàng Nông nghiệp và Phát triển nông thôn huyện Định Quán [lead]', 'Hội Nông dân huyện Định Quán [support]']]);
  });
});

describe('task units, eighteenth round: roles said inside the cells of a table with no column of partners', () => {
  it('reads "X chủ trì, phối hợp với Y" in the unit cell and a content opening "Phối hợp với Y", in a province\'s plan', () => {
    const doc = provincePlan(`TT | Đơn vị thực hiện | Nội dung
1 | Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh | Kiểm tra tàu cá trước khi xuất bến.
2 | Sở Văn hóa, Thể thao và Du lịch | Phối hợp với Công an tỉnh kiểm tra an toàn tàu du lịch trên biển.
3 | Sở Y tế | Bố trí đội cấp cứu tại các cảng.`);
    expect(unitsOf(doc)).toEqual([
      ['Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi [lead]', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ngãi [support]'],
      ['Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi [lead]', 'Công an tỉnh Quảng Ngãi [support]'],
      ['Sở Y tế tỉnh Quảng Ngãi [assigned]'],
    ]);
  });

  it('does so in a district\'s plan, and leaves a table with its own column of partners as it was', () => {
    const doc = districtPlan(`1. Phân công rà soát

TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp
1 | Rà soát hộ nghèo có nhu cầu vay vốn | Phòng Nông nghiệp và Môi trường | Ủy ban nhân dân các xã

2. Phân công tập huấn

TT | Đơn vị thực hiện | Nội dung
1 | Hội Nông dân huyện chủ trì, phối hợp với Hội Liên hiệp Phụ nữ huyện | Tổ chức tập huấn kỹ thuật chăn nuôi.`);
    expect(unitsOf(doc)).toEqual([
      ['Phòng Nông nghiệp và Môi trường huyện Định Quán [lead]', 'UBND các xã [support]'],
      ['Hội Nông dân huyện Định Quán [lead]', 'Hội Liên hiệp Phụ nữ huyện Định Quán [support]'],
    ]);
  });
});

describe('task units, eighteenth round: the culture, sports and tourism department before its verb', () => {
  it('leaves the verb after "Sở Văn hóa, Thể thao và Du lịch" to the clause, in a province\'s plan and a district\'s', () => {
    expect(unitsOf(provincePlan(`1. Sở Văn hóa, Thể thao và Du lịch định hướng các cơ sở lưu trú ven biển đón khách an toàn.`)))
      .toEqual([['Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi [assigned]']]);
    expect(unitsOf(districtPlan(`1. Phòng Văn hóa và Thể thao hướng dẫn các xã tổ chức ngày hội.`)))
      .toEqual([['Phòng Văn hóa và Thể thao huyện Định Quán [assigned]']]);
  });
});

describe('task units, eighteenth round: the island zones of the 2025 reform', () => {
  it('reads "đặc khu" among the kinds of commune a unit is made plural over, in a province\'s dispatch', () => {
    const doc = provincePlan(`1. Chủ tịch UBND các xã, phường, đặc khu trực tiếp chỉ đạo kêu gọi tàu thuyền vào nơi tránh trú.
2. UBND đặc khu Lý Sơn bố trí lực lượng ứng trực tại cảng.`);
    expect(unitsOf(doc)).toEqual([['UBND các xã, phường, đặc khu tỉnh Quảng Ngãi [assigned]'], ['UBND đặc khu Lý Sơn [assigned]']]);
  });
});
