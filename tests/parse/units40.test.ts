import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Unit names the parser cut short (units40 round), on short passages written for this test: a border post named by
 * its port, a board named for two places joined by a dash, a cooperative named by its kind of business alone, and a
 * name's second lower-case field after "và" closed by the role word.
 */
const plan = (body: string) => `KẾ HOẠCH
Phòng, chống hạn năm 2026

I. NHIỆM VỤ
${body}
`;
const units = (body: string) => parseDocument(plan(body)).assignments.map((a) => a.units.map((u) => `${u.surface ?? u.name} (${u.role})`));

describe('a unit name is not cut inside it', () => {
  it('still ends a proper name before the verb after it', () => {
    expect(units('1. Đồn Biên phòng Hải Lý điều tra các vụ khai thác trái phép.')).toEqual([['Đồn Biên phòng Hải Lý (assigned)']]);
  });
  // "Đồn Biên phòng Cửa khẩu cảng Vũng Rô": the post at a port's border gate, named by the port (f226, h122, w212).
  it('reads a border post named by its port', () => {
    expect(units('2. Chi cục Thủy sản chủ trì, phối hợp với Đồn Biên phòng Cửa khẩu cảng Vũng Rô kiểm tra tàu cá xuất, nhập bến.')).toEqual([
      ['Chi cục Thủy sản (lead)', 'Đồn Biên phòng Cửa khẩu cảng Vũng Rô (support)'],
    ]);
  });
  // "… ven biển An Minh - An Biên": one board of the coast of two districts (n328).
  it('reads a board named for two places joined by a dash', () => {
    expect(units('3. Hạt Kiểm lâm huyện chủ trì, phối hợp với Ban Quản lý rừng phòng hộ ven biển An Minh - An Biên khảo sát, đề xuất giải pháp.')).toEqual([
      ['Hạt Kiểm lâm huyện (lead)', 'Ban Quản lý rừng phòng hộ ven biển An Minh - An Biên (support)'],
    ]);
  });
  it('still reads a list of two bodies joined by a dash as two', () => {
    expect(units('3. Ban Quản lý rừng phòng hộ ven biển An Minh - Sở Tài chính bố trí kinh phí.')).toEqual([
      ['Ban Quản lý rừng phòng hộ ven biển An Minh (assigned)', 'Sở Tài chính (assigned)'],
    ]);
  });
  // "Hợp tác xã nông nghiệp": the commune's cooperative, named by its kind of business (f484).
  it('reads a cooperative named by its kind of business alone', () => {
    expect(units('5/ Hội Nông dân xã phối hợp với Hợp tác xã nông nghiệp tổ chức chuỗi liên kết sản xuất gà đồi.')).toEqual([
      ['Hội Nông dân xã (lead)', 'Hợp tác xã nông nghiệp (support)'],
    ]);
  });
  // "Trung tâm Hỗ trợ phụ nữ và trẻ em": a name's two lower-case fields joined by "và", closed by the role word (f487).
  it('reads a second lower-case field after "và" closed by the role word', () => {
    expect(units('4. Trung tâm Hỗ trợ phụ nữ và trẻ em phối hợp với Hội Liên hiệp Phụ nữ huyện tư vấn pháp lý miễn phí.')).toEqual([
      ['Trung tâm Hỗ trợ phụ nữ và trẻ em (lead)', 'Hội Liên hiệp Phụ nữ huyện (support)'],
    ]);
  });
  it('still reads a clause\'s "và" before the role word as the clause\'s', () => {
    expect(units('4. Hội Liên hiệp Phụ nữ huyện và Đoàn Thanh niên huyện phối hợp với Công an huyện tuyên truyền.')).toEqual([
      ['Hội Liên hiệp Phụ nữ huyện (lead)', 'Đoàn Thanh niên huyện (lead)', 'Công an huyện (support)'],
    ]);
  });
  it('still reads a cooperative by its own name after its kind', () => {
    expect(units('5/ Hợp tác xã nông nghiệp Nhơn Hải rà soát diện tích lúa bị hạn.')).toEqual([['Hợp tác xã nông nghiệp Nhơn Hải (assigned)']]);
  });
});
