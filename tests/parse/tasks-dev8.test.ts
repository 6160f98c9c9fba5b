import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';

/**
 * Which sentences are tasks, eleventh round (issue 9, blind batch 16's headless fragments and news reports): each
 * mechanism behind the misses, tested on documents written for the test in the same pattern.
 */

// A provincial paper's report of a Party directive, told in prose with no "Theo đó".
const report = (body: string) => `BÁO QUẢNG TRỊ ĐIỆN TỬ
Thứ Ba, 12/11/2024

Tỉnh ủy chỉ thị đẩy mạnh phát triển kinh tế tập thể

Ngày 08/11/2024, Ban Thường vụ Tỉnh ủy Quảng Trị ban hành Chỉ thị số 31-CT/TU về phát triển kinh tế tập thể, hợp tác xã.

${body}
`;

const tasks = (doc: string) => parse(doc).assignments.map((a) => ({
  text: a.text.slice(0, 30),
  units: a.units.filter((u) => !u.directedBy).map((u) => `${u.name} [${u.role}]`),
  directed: a.units.filter((u) => u.directedBy).map((u) => u.name),
}));

describe('tasks, eleventh round: a news report\'s prose', () => {
  it('reads "X được giao lãnh đạo Y <work>" as X\'s task, Y directed, and the report of what is asked begins there', () => {
    const doc = report(`Ban cán sự đảng UBND tỉnh được giao lãnh đạo UBND tỉnh bố trí vốn hỗ trợ các hợp tác xã mới thành lập. Ban Tuyên giáo Tỉnh ủy định hướng tuyên truyền các mô hình hợp tác xã kiểu mới.`);
    expect(tasks(doc)).toEqual([
      { text: 'Ban cán sự đảng UBND tỉnh được', units: ['Ban cán sự đảng UBND tỉnh Quảng Trị [assigned]'], directed: ['UBND tỉnh Quảng Trị'] },
      { text: 'Ban Tuyên giáo Tỉnh ủy định hư', units: ['Ban Tuyên giáo Tỉnh ủy Quảng Trị [assigned]'], directed: [] },
    ]);
  });

  it('reads "được phân công lãnh đạo" the same, and keeps "Lãnh đạo X" opening a clause a post', () => {
    const doc = report(`Đảng đoàn Liên minh Hợp tác xã tỉnh được phân công lãnh đạo Liên minh Hợp tác xã tỉnh tư vấn thành lập 20 hợp tác xã.

Theo đó, Lãnh đạo UBND tỉnh được giao theo dõi việc thực hiện.`);
    expect(tasks(doc)).toEqual([
      { text: 'Đảng đoàn Liên minh Hợp tác xã', units: ['Đảng đoàn Liên minh Hợp tác xã tỉnh Quảng Trị [assigned]'], directed: ['Liên minh Hợp tác xã tỉnh Quảng Trị'] },
      { text: 'Theo đó, Lãnh đạo UBND tỉnh đư', units: ['UBND tỉnh Quảng Trị [assigned]'], directed: [] },
    ]);
  });
});

// A ward Party committee's plan for its cells' congresses, with the figures it starts from.
const ward = (body: string) => `ĐẢNG BỘ THÀNH PHỐ PLEIKU
ĐẢNG ỦY PHƯỜNG HOA LƯ
*
Số: 41-KH/ĐU
Pleiku, ngày 20 tháng 9 năm 2024

KẾ HOẠCH
Tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027

${body}
`;

describe('tasks, eleventh round: figures listed with semicolons', () => {
  it('reads a clause that opens with a count of units after a clause of figures as one more figure, not a task', () => {
    const doc = ward(`II. NỘI DUNG THỰC HIỆN
1. Các chi bộ xây dựng báo cáo chính trị, trình Đảng ủy trước ngày 15/10/2024.
2. Năm 2023, toàn phường có 820 hộ đăng ký, 760 hộ đạt chuẩn; 9 chi hội đạt chi hội vững mạnh.

III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Đảng ủy tham mưu Ban Thường vụ phân công cấp ủy viên dự đại hội các chi bộ.

Tổng số toàn Đảng bộ có 17 chi bộ trực thuộc với 390 đảng viên; 03 chi bộ dự kiến hợp nhất do sáp nhập khu dân cư.`);
    expect(parse(doc).assignments.map((a) => a.text.slice(0, 30))).toEqual(['Các chi bộ xây dựng báo cáo ch', 'Văn phòng Đảng ủy tham mưu Ban']);
  });

  it('keeps a counted unit that acts after a task\'s clause a task ("…; 03 tổ công tác kiểm tra …")', () => {
    const doc = ward(`II. NHIỆM VỤ
1. Văn phòng Đảng ủy rà soát hồ sơ đảng viên; 02 tổ công tác kiểm tra việc chuẩn bị đại hội tại các chi bộ.`);
    expect(parse(doc).assignments.map((a) => a.text.slice(0, 30))).toEqual(['Văn phòng Đảng ủy rà soát hồ s', '02 tổ công tác kiểm tra việc c']);
  });
});
