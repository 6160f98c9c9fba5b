import { describe, expect, it } from 'vitest';
import { longestFirst, phraseAlternation } from '../../src/parse/phrase-alternation.js';

describe('phrase alternations', () => {
  it('puts the longer phrase before its prefix, so the regex does not stop short', () => {
    const table = ['triển khai', 'thực hiện', 'triển khai thực hiện'];
    expect(phraseAlternation(table)).toBe('triển khai thực hiện|triển khai|thực hiện');
    const re = new RegExp(`^(?:${phraseAlternation(table)})`, 'u');
    expect(re.exec('triển khai thực hiện Kế hoạch số 12/KH-UBND')?.[0]).toBe('triển khai thực hiện');
  });

  it('keeps phrases of equal length in the order of the table', () => {
    expect(longestFirst(['căn cứ', 'nêu trên', 'nói trên', 'đã nêu', 'vừa nêu'])).toEqual(['nêu trên', 'nói trên', 'vừa nêu', 'căn cứ', 'đã nêu']);
    expect(phraseAlternation(['đã nêu', 'căn cứ'])).toBe('đã nêu|căn cứ');
    expect(phraseAlternation(['căn cứ', 'đã nêu'])).toBe('căn cứ|đã nêu');
  });

  it('leaves the table as it was', () => {
    const table = ['ký', 'ban hành'];
    phraseAlternation(table);
    expect(table).toEqual(['ký', 'ban hành']);
  });

  it('orders by the phrases as written, before their spaces become a gap', () => {
    // Both have 10 characters: the table's order holds, though the gap lengthens "cụ thể hóa" (two spaces) more.
    expect(phraseAlternation(['quán triệt', 'cụ thể hóa'], { gap: '\\s{1,2}' })).toBe('quán\\s{1,2}triệt|cụ\\s{1,2}thể\\s{1,2}hóa');
    expect(phraseAlternation(['thông qua', 'ban hành các'], { gap: '[ \\t]{1,2}' })).toBe('ban[ \\t]{1,2}hành[ \\t]{1,2}các|thông[ \\t]{1,2}qua');
  });

  it('escapes regex syntax when asked, and only then', () => {
    expect(phraseAlternation(['V/v', 'tr.', '(kèm theo)'], { escape: true })).toBe('\\(kèm theo\\)|V\\/v|tr\\.');
    expect(phraseAlternation(['tr.', 'V/v'])).toBe('tr.|V/v');
    expect(phraseAlternation(['Số (bản sao)', 'v.v.'], { escape: true, gap: '[ ]{1,2}' })).toBe('Số[ ]{1,2}\\(bản[ ]{1,2}sao\\)|v\\.v\\.');
  });

  it('writes a gap as given, even one with a dollar sign', () => {
    expect(phraseAlternation(['thi hành'], { gap: '$&' })).toBe('thi$&hành');
  });

  it('makes nothing of an empty table', () => {
    expect(phraseAlternation([])).toBe('');
  });
});
