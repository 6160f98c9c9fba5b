import { describe, expect, it } from 'vitest';
import { taskTexts, unitsOf } from './helpers/task-units.js';

/**
 * Tasks, tenth round (issue 9, blind batch 12): sentences the parser did not read as tasks, or read as tasks wrongly,
 * in the 24 documents of batch 12, each mechanism tested on documents written for the test in the same pattern.
 */

// A provincial association's scheme, its duties under one heading per unit.
const hoi = (body: string) => `HỘI NÔNG DÂN TỈNH PHÚ THỌ
BAN THƯỜNG VỤ
-------
Số: 45-ĐA/HNDT
Phú Thọ, ngày 15 tháng 3 năm 2024

ĐỀ ÁN
Hỗ trợ nông dân liên kết sản xuất giai đoạn 2024 - 2026

IV. TỔ CHỨC THỰC HIỆN
${body}
`;

describe('tasks, tenth round (blind batch 12)', () => {
  it('reads the items under a heading that names a unit and then, in a parenthesis, its short form', () => {
    const doc = hoi(`1. Ban Kinh tế - Xã hội và Môi trường (Ban KT-XH&MT)
- Tham mưu Ban Thường vụ xây dựng kế hoạch hằng năm.
- Tổ chức hội nghị sơ kết Đề án vào quý IV/2025.
2. Văn phòng Hội Nông dân tỉnh: Bố trí kinh phí thực hiện Đề án.`);
    expect(taskTexts(doc).map((t) => t.slice(0, 20))).toEqual(['Tham mưu Ban Thường ', 'Tổ chức hội nghị sơ ', 'Văn phòng Hội Nông d']);
    expect(unitsOf(doc).slice(0, 2)).toEqual([['Ban Kinh tế - Xã hội và Môi trường tỉnh Phú Thọ [assigned]'], ['Ban Kinh tế - Xã hội và Môi trường tỉnh Phú Thọ [assigned]']]);
  });

  it('reads them when the parenthesis says what the unit is ("cơ quan thường trực …")', () => {
    const doc = hoi(`1. Ban Tổ chức (cơ quan thường trực Ban Chỉ đạo thực hiện Đề án của tỉnh)
- Chủ trì, phối hợp với Ban Tuyên huấn hướng dẫn các huyện lựa chọn mô hình điểm.
- Tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 15/12 hằng năm.`);
    expect(unitsOf(doc)).toEqual([
      ['Ban Tổ chức Hội Nông dân tỉnh Phú Thọ [lead]', 'Ban Tuyên huấn tỉnh Phú Thọ [support]'],
      ['Ban Tổ chức Hội Nông dân tỉnh Phú Thọ [assigned]'],
    ]);
  });

  it('keeps a heading that goes on past its parenthesis no heading of units alone', () => {
    const doc = hoi(`1. Ban Tổ chức (cơ quan thường trực) và các huyện thực hiện thí điểm
- Lựa chọn mô hình điểm.`);
    // The heading is a sentence of its own; the item under it names no unit and takes none from it.
    expect(taskTexts(doc)).toEqual(['Ban Tổ chức (cơ quan thường trực) và các huyện thực hiện thí điểm']);
  });
});
