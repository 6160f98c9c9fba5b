import { describe, expect, it } from 'vitest';
import { headed } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task tables read as the page writes them (tasks35, written after reading the tune notes of portal pages): a table of
 * two columns ("Đơn vị | Nhiệm vụ"), a table of contents and deadlines under a lead-in that names the units, a row
 * whose last cells are empty, a sub-row with no number. Real places, made-up numbers.
 */

const districtPlan = headed({
  issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG NÔ', number: '88/PA-UBND', placeDate: 'Krông Nô, ngày 11 tháng 8 năm 2025',
  kind: 'PHƯƠNG ÁN', title: 'Ứng phó mưa lũ năm 2025', section: 'II. PHÂN CÔNG NHIỆM VỤ',
});

const ministryLetter = headed({
  issuer: 'BỘ Y TẾ', number: '1204/BYT-DP', placeDate: 'Hà Nội, ngày 03 tháng 9 năm 2025',
  kind: 'V/v phòng, chống dịch sốt xuất huyết', title: 'Kính gửi: Ủy ban nhân dân các tỉnh Đắk Nông, Lâm Đồng.',
});

describe('task tables as the page writes them (tasks35)', () => {
  it('reads a table of two columns, the unit first, its content cell naming the partner', () => {
    const doc = districtPlan(`Đơn vị | Nhiệm vụ
Công an huyện | Chủ trì, phối hợp với Ban Chỉ huy Quân sự huyện bảo đảm an ninh tại các điểm sơ tán
Trung tâm Y tế huyện | Dự trữ cơ số thuốc tại các trạm y tế xã vùng trũng
UBND xã Nam Đà | Lập danh sách hộ dân ven sông phải di dời`);
    expect(unitsOf(doc)).toEqual([
      ['Công an huyện Krông Nô [lead]', 'Ban Chỉ huy Quân sự huyện Krông Nô [support]'],
      ['Trung tâm Y tế huyện Krông Nô [assigned]'],
      ['UBND xã Nam Đà [assigned]'],
    ]);
  });

  it('gives the rows of a table of contents and deadlines the units of the lead-in right above it', () => {
    const doc = ministryLetter(`Để chủ động phòng, chống dịch, Bộ Y tế có ý kiến như sau:

1. Đề nghị Ủy ban nhân dân các tỉnh Đắk Nông, Lâm Đồng chỉ đạo các sở, ngành, địa phương:

Nội dung | Thời hạn
Tổ chức chiến dịch diệt lăng quăng tại các ổ dịch cũ | Tháng 9/2025
Giám sát chặt chẽ ca bệnh tại cộng đồng | Thường xuyên

2. Giao Cục Phòng bệnh theo dõi tình hình dịch, tổng hợp báo cáo Lãnh đạo Bộ.`);
    expect(unitsOf(doc)).toEqual([
      ['UBND tỉnh Đắk Nông [assigned]', 'UBND tỉnh Lâm Đồng [assigned]'],
      ['UBND tỉnh Đắk Nông [assigned]', 'UBND tỉnh Lâm Đồng [assigned]'],
      ['Cục Phòng bệnh [assigned]'],
    ]);
  });

  it('reads the header labels that name the bodies both ways or who advises ("Cơ quan, đơn vị chủ trì", "Đơn vị/cơ quan phối hợp", "Cơ quan tham mưu")', () => {
    const both = districtPlan(`TT | Nội dung | Cơ quan, đơn vị chủ trì | Cơ quan, đơn vị phối hợp | Thời gian
1 | Kiểm tra an toàn hồ Đắk Rô | Phòng Nông nghiệp và Phát triển nông thôn | UBND xã Đắk Rô | Tháng 8/2025`);
    const slash = districtPlan(`STT | Nhiệm vụ | Đơn vị/cơ quan chủ trì | Đơn vị/cơ quan phối hợp
1 | Dự trữ lương thực tại các xã vùng sâu | Phòng Kinh tế và Hạ tầng | UBND xã Nam Đà`);
    const advises = districtPlan(`TT | Nội dung | Cơ quan tham mưu | Thời gian
1 | Tổng kết công tác phòng, chống thiên tai | Phòng Nông nghiệp và Phát triển nông thôn | Tháng 12/2025`);
    expect([unitsOf(both), unitsOf(slash), unitsOf(advises)]).toEqual([
      [['Phòng Nông nghiệp và Phát triển nông thôn huyện Krông Nô [lead]', 'UBND xã Đắk Rô [support]']],
      [['Phòng Kinh tế và Hạ tầng huyện Krông Nô [lead]', 'UBND xã Nam Đà [support]']],
      [['Phòng Nông nghiệp và Phát triển nông thôn huyện Krông Nô [assigned]']],
    ]);
  });
});
