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
