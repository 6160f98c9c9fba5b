import { describe, expect, it } from 'vitest';
import { taskTexts, unitsOf } from './helpers/task-units.js';

/**
 * Which sentences are tasks, ninth round (issue 9): the mechanisms behind the task misses of the headless fragments,
 * news reports and scans of blind batch 13, each in a document written for the test in the same pattern.
 */

// The end of a commune Party resolution copied from its solutions on (no header), as fragments are.
const fragment = (heading: string, execution: string) => `đến năm 2025, 100% thôn đạt chuẩn khu dân cư an toàn về an ninh, trật tự; không có điểm nóng phức tạp.

${heading}
1. Nâng cao chất lượng sinh hoạt chi bộ gắn với việc giữ gìn an ninh trật tự ở khu dân cư.
2. Tăng cường kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở.

IV. TỔ CHỨC THỰC HIỆN
${execution}

Nơi nhận:
- Các chi bộ trực thuộc;
- Lưu VP.
T/M ĐẢNG ỦY XÃ PHÚ LÂM
BÍ THƯ

Lê Văn Thành
`;

describe('tasks, ninth round', () => {
  it('reads no unit "Vụ" in an upper-case heading "NHIỆM VỤ VÀ …", so the solutions under it are no tasks', () => {
    const doc = fragment('III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU', `1. Ủy ban nhân dân xã xây dựng kế hoạch thực hiện Nghị quyết trước ngày 15/9/2024.
2. Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã tuần tra vào ban đêm.`);
    expect(taskTexts(doc)).toEqual([
      'Ủy ban nhân dân xã xây dựng kế hoạch thực hiện Nghị quyết trước ngày 15/9/2024.',
      'Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã tuần tra vào ban đêm.',
    ]);
  });

  it('reads none in "CÁC NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM" either', () => {
    const doc = fragment('II. CÁC NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM', '1. Hội Nông dân xã vận động hội viên đăng ký hộ sản xuất, kinh doanh giỏi.');
    expect(unitsOf(doc)).toEqual([['Hội Nông dân xã Phú Lâm [assigned]']]);
  });
});
