import { describe, expect, it } from 'vitest';
import { taskTexts } from './helpers/task-units.js';

/**
 * Which sentences are tasks, ninth round (issue 9): the task misses of the headless fragments, news reports and scans
 * of blind batch 13, each in a document written for the test in the same pattern. All of them were a subject the unit
 * vocabulary did not read, so the sentence had no unit and was no task.
 */

// A provincial paper's report of a programme in prose.
const news = (body: string) => `Lâm Đồng: Hỗ trợ hộ trồng chè chuyển sang sản xuất hữu cơ

Thứ Sáu, 19/07/2024 - 15:05

(LĐ) - UBND tỉnh Lâm Đồng vừa ban hành Chương trình số 31/CTr-UBND ngày 15/7/2024 về phát triển chè hữu cơ giai đoạn 2024 - 2030.

Toàn tỉnh hiện có khoảng 10.500 ha chè, trong đó 420 ha được chứng nhận hữu cơ.

${body}

Hoài Thu
`;

// A commune Front's plan as a scan reads it.
const frontPlan = (items: string) => `ỦY BAN MTTQ VIỆT NAM
XÃ LỘC AN
BAN THƯỜNG TRỰC
Số: 09/KH-MTTQ-BTT
Lộc An, ngày 02 tháng 4 năm 2024

KẾ HOẠCH
Vận động Quỹ "Vì người nghèo" năm 2024

II. TỔ CHỨC THỰC HIỆN

${items}

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH

Lê Thị Hồng
`;

describe('tasks, ninth round', () => {
  it('reads a sentence whose subject is the State Bank\'s provincial branch as a task, whomever it directs', () => {
    expect(taskTexts(news(`Theo Chương trình, Sở Công Thương có nhiệm vụ kết nối doanh nghiệp bao tiêu sản phẩm. Chi nhánh Ngân hàng Nhà nước tỉnh Lâm Đồng chỉ đạo các ngân hàng thương mại trên địa bàn giảm lãi suất cho vay đối với hộ chuyển đổi.`))).toEqual([
      'Theo Chương trình, Sở Công Thương có nhiệm vụ kết nối doanh nghiệp bao tiêu sản phẩm.',
      'Chi nhánh Ngân hàng Nhà nước tỉnh Lâm Đồng chỉ đạo các ngân hàng thương mại trên địa bàn giảm lãi suất cho vay đối với hộ chuyển đổi.',
    ]);
  });

  it('reads an item whose subject is the staff of a body with no office (Bộ phận tham mưu, giúp việc …) as a task', () => {
    expect(taskTexts(frontPlan(`1. Bộ phận tham mưu, giúp việc Ủy ban MTTQ xã mở sổ theo dõi tiền ủng hộ, báo cáo Ban Thường trực hằng tháng.

2. Hội Cựu chiến binh xã vận động hội viên ủng hộ ít nhất một ngày lương.`))).toEqual([
      'Bộ phận tham mưu, giúp việc Ủy ban MTTQ xã mở sổ theo dõi tiền ủng hộ, báo cáo Ban Thường trực hằng tháng.',
      'Hội Cựu chiến binh xã vận động hội viên ủng hộ ít nhất một ngày lương.',
    ]);
  });
});

describe('tasks, ninth round: the cell\'s meeting', () => {
  it('reads no unit in "sinh hoạt chi bộ" (the cell\'s meeting), so a clause that names only it is no task of the cells', () => {
    expect(taskTexts(`IV. TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ Đảng ủy xã Tân Lập lãnh đạo việc quán triệt Nghị quyết; đưa nội dung Nghị quyết vào sinh hoạt chi bộ định kỳ.
2. Các chi bộ thôn phân công đảng viên phụ trách hộ.

T/M ĐẢNG ỦY
BÍ THƯ

Hà Văn Kiên
`)).toEqual([
      'Ban Thường vụ Đảng ủy xã Tân Lập lãnh đạo việc quán triệt Nghị quyết; đưa nội dung Nghị quyết vào sinh hoạt chi bộ định kỳ.',
      'Các chi bộ thôn phân công đảng viên phụ trách hộ.',
    ]);
  });
});
