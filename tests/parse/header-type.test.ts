import { describe, expect, it } from 'vitest';
import { fold } from '../../src/model/keys.js';
import { headerType, type TypeHeader } from '../../src/parse/find/header-type.js';
import { parseNumber } from '../../src/parse/find/number.js';
import type { Line } from '../../src/parse/types.js';

/** The type a header states, read off the lines the layout stage found (find/header-type.ts). */
const line = (text: string, start: number): Line => ({
  index: 0, start, end: start + text.length, text, contentStart: start, trimmed: text, folded: fold(text), blank: false,
});
const header = (h: Partial<TypeHeader>): TypeHeader => ({ heading: null, conclusion: false, number: null, titleLine: null, addressed: false, ...h });
const numbered = (symbol: string) => ({ num: parseNumber(symbol)!, start: 40, end: 40 + symbol.length });

describe('headerType', () => {
  it('a heading names the type, spanned on the heading; "THÔNG BÁO" over a conclusion line is a Thông báo kết luận', () => {
    expect(headerType(header({ heading: line('CHỈ THỊ', 120), number: numbered('07/CT-UBND') }))).toEqual({ type: 'Chỉ thị', span: [120, 127] });
    expect(headerType(header({ heading: line('THÔNG BÁO', 120), conclusion: true }))).toEqual({ type: 'Thông báo kết luận', span: [120, 129] });
  });

  it('no heading: the symbol\'s first code, spanned on the number', () => {
    expect(headerType(header({ number: numbered('214/KH-UBND') }))).toEqual({ type: 'Kế hoạch', span: [40, 51] });
  });

  it('no heading, "V/v …" and "Kính gửi:": a Công văn whatever the first code; without "Kính gửi:" the code stands', () => {
    const letter = { number: numbered('361/KL-HKL'), titleLine: 'V/v kiểm tra lâm sản tại các xã' };
    expect(headerType(header({ ...letter, addressed: true }))).toEqual({ type: 'Công văn', span: null });
    expect(headerType(header(letter))).toEqual({ type: 'Kết luận', span: [40, 50] });
    expect(headerType(header({ titleLine: 'v/v trực ban phòng chống lụt bão' }))).toEqual({ type: 'Công văn', span: null });
    expect(headerType(header({ titleLine: 'V/văn bản' }))).toEqual({ type: 'Khác', span: null });
  });
});
