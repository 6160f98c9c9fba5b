import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { taskTexts, unitsOf } from './helpers/task-units.js';

/**
 * Task units, eighth round (issue 9): the unit names of eleven blind headless fragments and news reports that the
 * parser cut or glued wrong, each mechanism in a document written for the test in the same pattern.
 */

// A district Youth Union's guidance copied from its title on (no header), as fragments are.
const huyenDoan = (body: string) => `HƯỚNG DẪN
Tổ chức Ngày hội Thanh niên với văn hóa giao thông năm 2025

Căn cứ Kế hoạch số 88-KH/HU ngày 05/01/2025 của Ban Thường vụ Huyện ủy Lập Thạch về công tác thanh niên năm 2025, Ban Thường vụ Huyện Đoàn Lập Thạch hướng dẫn như sau:

II. NỘI DUNG
${body}
`;

// A district Women's Union's plan reported by a provincial paper.
const womenNews = (body: string) => `Châu Thành: Phụ nữ tham gia bảo đảm an toàn thực phẩm

Thứ Ba, 09/04/2024 - 08:15

(BAG) - Ban Thường vụ Hội Liên hiệp Phụ nữ huyện Châu Thành vừa ban hành Kế hoạch số 21/KH-HPN ngày 02/4/2024 về vận động hội viên tham gia bảo đảm an toàn thực phẩm năm 2024.

${body}

Ngọc Hân
`;

// A commune's plan, its tasks under the heading.
const xa = (body: string) => `ỦY BAN NHÂN DÂN
XÃ YÊN PHÚ
-------
Số: 52/KH-UBND
Yên Phú, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Bảo đảm an ninh, trật tự mùa hè năm 2024

III. TỔ CHỨC THỰC HIỆN
${body}
`;

describe('task units, eighth round', () => {
  it('reads "Đoàn" alone before plural areas as the Youth Union of each ("Đoàn các xã, thị trấn")', () => {
    expect(unitsOf(huyenDoan(`1. Đoàn các xã, thị trấn tổ chức ra quân dọn vệ sinh các tuyến đường liên thôn vào ngày 26/3/2025.
2. Đoàn xã Liễn Sơn phối hợp với Công an xã Liễn Sơn tuyên truyền Luật Giao thông đường bộ cho người dân.`))).toEqual([
      ['Đoàn các xã, thị trấn huyện Lập Thạch [assigned]'],
      ['Đoàn xã Liễn Sơn [lead]', 'Công an xã Liễn Sơn [support]'],
    ]);
  });

  it('keeps "Đoàn" a syllable of a place\'s name ("xã Đoàn Kết") and no unit before another word ("Đoàn công tác")', () => {
    const doc = huyenDoan(`1. Đoàn công tác của Huyện Đoàn kiểm tra việc tổ chức ngày hội tại các cơ sở.
2. Ủy ban nhân dân xã Đoàn Kết bố trí địa điểm tổ chức ngày hội.`);
    // The team is no unit, and whose team it is names none of the task's: the first item has no task.
    expect(unitsOf(doc)).toEqual([['UBND xã Đoàn Kết [assigned]']]);
  });

  it('reads a Union, Party or trade union cell named with its school as one unit ("Đoàn Trường THPT …", "Chi bộ Trường THCS …")', () => {
    expect(parse(huyenDoan(`1. Đoàn Trường THPT Lập Thạch tổ chức cho đoàn viên ký cam kết chấp hành Luật Giao thông đường bộ.
2. Chi bộ Trường THCS Liễn Sơn chỉ đạo giáo viên chủ nhiệm lồng ghép nội dung an toàn giao thông.
3. Công đoàn Trường Tiểu học Xuân Hòa vận động đoàn viên đội mũ bảo hiểm khi tham gia giao thông.`)).assignments.map((a) => a.units.map((u) => u.surface))).toEqual([
      ['Đoàn Trường THPT Lập Thạch'],
      ['Chi bộ Trường THCS Liễn Sơn'],
      ['Công đoàn Trường Tiểu học Xuân Hòa'],
    ]);
  });

  it('reads a cell of the institutions listed after it as one unit ("Chi đoàn các cơ quan, doanh nghiệp")', () => {
    expect(parse(huyenDoan(`1. Chi đoàn các cơ quan, doanh nghiệp tổ chức tọa đàm về văn hóa giao thông nơi công sở.
2. Chi bộ các trường THCS quán triệt nội dung Kế hoạch đến đảng viên.`)).assignments.map((a) => a.units.map((u) => u.surface))).toEqual([
      ['Chi đoàn các cơ quan, doanh nghiệp'],
      ['Chi bộ các trường THCS'],
    ]);
  });

  it('reads "các cơ sở Đoàn" as the Union\'s grassroots units, not a department named "Đoàn"', () => {
    expect(unitsOf(huyenDoan(`1. Các cơ sở Đoàn báo cáo kết quả về Huyện Đoàn trước ngày 15/4/2025.
2. Các cơ sở Hội phối hợp tổ chức cuộc thi tìm hiểu Luật Giao thông đường bộ.`))).toEqual([
      ['Các cơ sở Đoàn huyện Lập Thạch [assigned]'],
      ['Các cơ sở Hội huyện Lập Thạch [assigned]'],
    ]);
  });

  it('reads an association\'s branch named in lower case, by its head too ("Chi hội trưởng phụ nữ các ấp", "chi hội nông dân các thôn")', () => {
    const doc = womenNews(`Theo kế hoạch, Chi hội trưởng phụ nữ các ấp được giao lập danh sách hộ kinh doanh thức ăn đường phố.

Chi hội nông dân các ấp phối hợp tuyên truyền cho hội viên trồng rau an toàn.`);
    expect(parse(doc).assignments.map((a) => a.units.map((u) => u.surface))).toEqual([
      ['Chi hội trưởng phụ nữ các ấp'],
      ['Chi hội nông dân các ấp'],
    ]);
  });

  it('keeps "mỗi <unit> …" after a semicolon in the task it follows: what each is to reach, no task of its own', () => {
    expect(taskTexts(huyenDoan(`1. Đoàn các xã, thị trấn ra quân làm đường hoa thanh niên; mỗi cơ sở đoàn trồng ít nhất 500 m đường hoa.
2. Các chi đoàn thôn nhận chăm sóc cây xanh; mỗi chi đoàn nhận ít nhất 01 tuyến đường.`))).toEqual([
      'Đoàn các xã, thị trấn ra quân làm đường hoa thanh niên; mỗi cơ sở đoàn trồng ít nhất 500 m đường hoa.',
      'Các chi đoàn thôn nhận chăm sóc cây xanh; mỗi chi đoàn nhận ít nhất 01 tuyến đường.',
    ]);
  });

  it('reads a commune\'s own team named by its work, over the villages it is set up in, as the team ("Đội dân phòng các thôn")', () => {
    const doc = xa(`1. Đội dân phòng các thôn kiểm tra việc sử dụng điện trong các hộ gia đình.
2. Tổ công nghệ số cộng đồng hướng dẫn người dân khai báo trực tuyến.
3. Tổ hòa giải các thôn nắm tình hình mâu thuẫn trong nhân dân.`);
    expect(parse(doc).assignments.map((a) => a.units.map((u) => u.surface))).toEqual([
      ['Đội dân phòng các thôn'],
      ['Tổ công nghệ số cộng đồng'],
      ['Tổ hòa giải các thôn'],
    ]);
  });
});
