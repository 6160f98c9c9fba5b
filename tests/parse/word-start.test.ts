import { describe, expect, it } from 'vitest';
import { BoundedPattern } from '../../src/parse/bounded-pattern.js';
import { WordStarts } from '../../src/parse/find/word-start.js';

/** A text of the kind the citation scans read, with type words in capitals, after letters and digits, and inside words. */
const TEXT = [
  'Thực hiện Chỉ thị 17 và CHỈ THỊ SỐ 05 của Ban Thường vụ; Kế hoạch này nêu rõ.',
  'Đề nghị xKế hoạch 12 không tính; 3Kế hoạch 4 được tính sau chữ số; ThôngTư 9 không.',
  'Quyết định  trên; văn bản nêu trên; Văn  bản nói trên; Kết luận 21, Thông báo kết luận 8.',
].join('\n');

const WORD_START = String.raw`(?<![\p{L}])`;

/** The matches of the whole pattern, lookbehind written in, scanning the whole text. */
function scan(source: string, flags: string, s: string): string[] {
  return [...s.matchAll(new RegExp(`${WORD_START}${source}`, flags))].map((m) => `${m.index}:${m[0]}`);
}

describe('WordStarts and BoundedPattern.matchesAt: one pass for the type words, the regexes tried only there', () => {
  const starts = new WordStarts(['Chỉ', 'Kế', 'Quyết', 'Kết', 'Thông', 'Văn']);

  it('finds where the words begin, in any case, after a letter too (the regexes\' own check passes over those)', () => {
    const at = starts.in('Chỉ thị, CHỈ THỊ, xChỉ, 3Kế, Thông, thôn, KẾT');
    expect(at).toEqual([0, 9, 19, 25, 29, 42]);
  });

  it('gives the matches a global scan gives, for the short-form and back-reference shapes', () => {
    const short = String.raw`(Chỉ\s{1,2}thị|Kế\s{1,2}hoạch|Kết\s{1,2}luận|Thông\s{1,2}báo\s{1,2}kết\s{1,2}luận)\s{1,2}(?:số\s{1,2})?(\d{1,5})(?![\d\p{L}])`;
    const back = String.raw`(Kế\s{1,2}hoạch|Quyết\s{1,2}định|văn\s{1,2}bản)\s{1,2}(này|nêu trên|nói trên|trên)(?![\p{L}])`;
    const at = starts.in(TEXT);
    expect(new BoundedPattern(WORD_START, short, 'iu').matchesAt(TEXT, at).map((m) => `${m.index}:${m[0]}`)).toEqual(scan(short, 'giu', TEXT));
    expect(new BoundedPattern(WORD_START, back, 'iu').matchesAt(TEXT, at).map((m) => `${m.index}:${m[0]}`)).toEqual(scan(back, 'giu', TEXT));
    // and the scans find something: the digit before "Kế hoạch 4" is no letter, "xKế hoạch 12" is passed over
    expect(scan(short, 'giu', TEXT).map((x) => x.split(':')[1])).toEqual(['Chỉ thị 17', 'CHỈ THỊ SỐ 05', 'Kế hoạch 4', 'Kết luận 21', 'Thông báo kết luận 8']);
    expect(scan(back, 'giu', TEXT).map((x) => x.split(':')[1])).toEqual(['Kế hoạch này', 'Quyết định  trên', 'văn bản nêu trên', 'Văn  bản nói trên']);
  });
});
