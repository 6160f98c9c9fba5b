import { describe, expect, it } from 'vitest';
import { clauseStart, withoutNameCommas } from '../../src/parse/resolve/clause-start.js';

/** Where a clause opens before a trigger: the one reading the bare "theo" and a congress's aim both look from. */
describe('clauseStart', () => {
  it('opens right after the nearest clause break', () => {
    const text = 'Các xã rà soát hồ sơ; tiêu hủy theo hướng dẫn tại Thông tư số 05/2024/TT-BNNPTNT.';
    const at = text.indexOf('theo');
    expect(text.slice(clauseStart(text, at, 0), at)).toBe(' tiêu hủy ');
  });

  it('passes over a comma inside a name ("Phòng, chống thiên tai"), not over a comma between clauses', () => {
    const text = 'Năm 2025, Ban Chỉ huy Phòng, chống thiên tai huyện kiểm tra theo Kế hoạch số 12/KH-BCH.';
    const at = text.indexOf('theo');
    expect(text.slice(clauseStart(text, at, 0), at)).toBe(' Ban Chỉ huy Phòng, chống thiên tai huyện kiểm tra ');
  });

  it('gives the floor back when no break stands between it and the trigger', () => {
    const text = 'Tổ chức hội thi gắn với thi đua thực hiện Nghị quyết Đại hội';
    const at = text.indexOf('thực hiện');
    expect(clauseStart(text, at, 10)).toBe(10);
    // A break right at the floor is found: the clause opens after it.
    expect(clauseStart('ab, cd theo', 8, 2)).toBe(3);
  });

  it('blanks the name commas of a stretch and keeps its clause breaks', () => {
    const text = 'Luật Phòng, chống ma túy, Luật sửa đổi, bổ sung';
    expect(withoutNameCommas(text, 0, text.length)).toBe('Luật Phòng  chống ma túy, Luật sửa đổi  bổ sung');
  });
});
