import { describe, expect, it } from 'vitest';
import { fold, foldEach } from '../../src/model/keys.js';
import { FoldedText } from '../../src/parse/folded-text.js';
import { squash } from '../../src/parse/text.js';

describe('FoldedText', () => {
  const text = 'Xã nào để phát sinh điểm ma túy thì người đứng đầu cấp ủy phải kiểm điểm trách nhiệm. Toàn Hội phấn đấu đạt 100%.';

  it('cuts the fold of a stretch from the fold of the text', () => {
    const folded = new FoldedText(text);
    for (const [s, e] of [[0, text.length], [3, 19], [text.indexOf('Toàn'), text.length], [5, 5]] as const) {
      expect(folded.slice(s, e)).toBe(fold(text.slice(s, e)));
    }
  });

  it('squashes the cut fold as the fold of the squashed stretch', () => {
    // Why it may: no character that folds to one gains or loses being white space.
    const changed: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const f = foldEach(ch);
      if (f !== null && /\s/.test(f) !== /\s/.test(ch)) changed.push(c);
    }
    expect(changed).toEqual([]);
    const spaced = ' Trên  đây\u00a0là Kế hoạch\t thực hiện\n ';
    const folded = new FoldedText(spaced);
    for (const [s, e] of [[0, spaced.length], [1, 11], [5, 20]] as const) expect(folded.squashed(s, e)).toBe(fold(squash(spaced.slice(s, e))));
  });

  it('folds stretch by stretch a text whose fold does not keep offsets', () => {
    // A combining mark folds to nothing, and a character outside the table takes the definition.
    const odd = 'Toa\u0300n tỉnh ①, ông A cho biết';
    const folded = new FoldedText(odd);
    for (const [s, e] of [[0, odd.length], [0, 6], [7, odd.length]] as const) {
      expect(folded.slice(s, e)).toBe(fold(odd.slice(s, e)));
      expect(folded.squashed(s, e)).toBe(fold(squash(odd.slice(s, e))));
    }
  });
});
