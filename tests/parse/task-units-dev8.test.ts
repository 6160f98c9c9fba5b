import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units, ninth round (issue 9): the unit names and structures that the parser misread in the web copies, clean
 * files and portal pages of blind batch 13, each mechanism in a document written for the test in the same pattern.
 */

// A district military command's plan: its sections' duties under a heading in capitals.
const command = (heading: string, body: string) => `BỘ CHQS TỈNH ĐIỆN BIÊN
BAN CHQS HUYỆN TUẦN GIÁO
Số: 77/KH-BCH
Tuần Giáo, ngày 02 tháng 6 năm 2024

KẾ HOẠCH
Huấn luyện dân quân tự vệ năm 2024

${heading}
${body}
`;

describe('task units, ninth round', () => {
  it('reads "Bộ phận <field>" as a section of the issuer, or of the body named after it, and a heading in capitals as no unit', () => {
    const doc = command('II. NHIỆM VỤ CÁC BỘ PHẬN', `1. Bộ phận Tham mưu: Xây dựng kế hoạch huấn luyện chi tiết cho từng đối tượng.
2. Bộ phận Hậu cần chủ trì, phối hợp với Phòng Tài chính - Kế hoạch huyện bảo đảm kinh phí huấn luyện.
3. Trung đội dân quân cơ động huyện tham gia hội thao cấp tỉnh trong tháng 9/2024.`);
    expect(unitsOf(doc)).toEqual([
      ['Bộ phận Tham mưu Ban Chỉ huy Quân sự huyện Tuần Giáo [assigned]'],
      ['Bộ phận Hậu cần Ban Chỉ huy Quân sự huyện Tuần Giáo [lead]', 'Phòng Tài chính - Kế hoạch huyện Tuần Giáo [support]'],
      ['Trung đội dân quân cơ động huyện Tuần Giáo [assigned]'],
    ]);
  });

  it('names a section after its owner when one is written ("Bộ phận Tuyên giáo Huyện đoàn"); "các bộ phận" in lower case is none', () => {
    const doc = command('III. TỔ CHỨC THỰC HIỆN', `1. Giao Bộ phận Tuyên giáo Huyện đoàn chủ trì, phối hợp với các bộ phận liên quan tuyên truyền về ngày hội trên trang thông tin của huyện.`);
    expect(parse(doc).assignments.map((a) => a.units.map((u) => `${u.surface} [${u.role}]`))).toEqual([['Bộ phận Tuyên giáo Huyện đoàn [lead]']]);
  });
});
