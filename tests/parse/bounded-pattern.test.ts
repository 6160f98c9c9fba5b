import { describe, expect, it } from 'vitest';
import { BoundedPattern } from '../../src/parse/bounded-pattern.js';

/**
 * A pattern split into its opening lookbehind and the rest gives the whole pattern's matches: the
 * same offsets, texts and groups, for exec, test and matchAll, where the lookbehind fails right before
 * a match that holds, with the i and u flags, past characters outside the BMP, and for empty matches.
 */
const cases: Array<[string, string, string]> = [
  [String.raw`(?<![\p{L}\p{M}])`, String.raw`(huyện|quận|thị xã)(?![\p{L}\p{M}])`, 'gu'],
  [String.raw`(?<![\p{L}\p{M}])`, String.raw`(?:các|cấp) (?:xã|phường|thị trấn)(?![\p{L}\p{M}])`, 'iu'],
  [String.raw`(?<![\p{L}])(?<!pháp[ ])`, String.raw`(?:luật|nghị định)(?![\p{L}])`, 'giu'],
  [String.raw`(?<![\d/])`, String.raw`(\d{1,2})[ ]{1,2}(phường|xã)`, 'gu'],
  // Empty matches: the scan must move on one code point, not one code unit, past an astral character.
  [String.raw`(?<![a-z])`, String.raw`(?=\p{L})`, 'gu'],
  [String.raw`(?<![a-z])`, String.raw`x?`, 'g'],
];

const texts = [
  'UBND huyện Mỹ Đức, UBND quận Ba Đình và UBND thị xã Sơn Tây; khuyện, quậnn, thị xãa.',
  'Tổ chức các xã, phường; CẤP XÃ chỉ đạo; hoặc các Xã thuộc huyện; cáccác xã.',
  'Theo luật Đất đai và Pháp luật hiện hành, Nghị định 15; theo pháp Luật mới, tuân luật.',
  'Có 12 phường và 3 xã; mã 1/2 phường; 123 xã; 07  phường.',
  'a𝒜b huyện 𝒳x 𝐀 quận',
  '',
  'xx x ax bx x',
];

/** Every offset a scan may start a match at: each code point's (code unit's without the u flag), and the end. */
const scanStarts = (text: string, unicode: boolean) => {
  const out: number[] = [];
  for (let i = 0; i <= text.length; i += unicode && text.codePointAt(i)! > 0xffff ? 2 : 1) out.push(i);
  return out;
};
const whole = (lb: string, rest: string, flags: string) => new RegExp(`${lb}${rest}`, flags);
const shape = (m: RegExpExecArray | RegExpMatchArray | null) => (m ? { index: m.index, groups: [...m] } : null);

describe('BoundedPattern', () => {
  for (const [lb, rest, flags] of cases) {
    it(`gives the matches of /${lb}${rest}/${flags}`, () => {
      const p = new BoundedPattern(lb, rest, flags);
      const plain = flags.replace('g', '');
      for (const text of texts) {
        const global = whole(lb, rest, flags.includes('g') ? flags : `${flags}g`);
        expect(p.all(text).map(shape)).toEqual([...text.matchAll(global)].map(shape));
        expect(shape(p.exec(text))).toEqual(shape(whole(lb, rest, plain).exec(text)));
        expect(p.test(text)).toBe(whole(lb, rest, plain).test(text));
        // Tried at every position a scan may start from, matchesAt finds what the scan finds.
        expect(p.matchesAt(text, scanStarts(text, flags.includes('u'))).map(shape)).toEqual([...text.matchAll(global)].map(shape));
      }
    });
  }

  it('keeps a match whose lookbehind holds right after one whose lookbehind fails', () => {
    const p = new BoundedPattern(String.raw`(?<![\p{L}])`, 'ab', 'gu');
    expect(p.all('xab ab').map((m) => m.index)).toEqual([4]);
    expect(p.all('xabab').map((m) => m.index)).toEqual([]);
    expect(p.all('x ab-ab').map((m) => m.index)).toEqual([2, 5]);
  });

  it('refuses a lookbehind with a capturing group, which would renumber the groups of the rest', () => {
    expect(() => new BoundedPattern('(?<!(a))', 'b', 'u')).toThrow(/capturing group/);
  });
});
