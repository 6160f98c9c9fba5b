import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPropertyLine, PROPERTY_LINE, propertyLineMatch } from '../../src/parse/find/property-lines.js';

/**
 * A property row is matched without its trailing blanks (issue 12: with them, a line ending in a run
 * of spaces made the pattern try every split of the run); the match must be the pattern's own.
 */
const groups = (m: RegExpExecArray | null) => (m ? [m[1], m[2]] : null);

describe('propertyLineMatch', () => {
  it('reads a row the same with blanks after its value, and a line of blanks as no row', () => {
    expect(groups(propertyLineMatch('Số ký hiệu:   96/KH-UBND      \t  '))).toEqual(['Số ký hiệu', '96/KH-UBND']);
    expect(groups(propertyLineMatch('Ngày ban hành | 12/03/2025   '))).toEqual(['Ngày ban hành', '12/03/2025']);
    expect(propertyLineMatch(' '.repeat(41))).toBeNull();
    expect(propertyLineMatch('Trích yếu:    ')).toBeNull();
    expect(isPropertyLine(`Người ký: Nguyễn Văn An${' '.repeat(30)}`)).toBe(true);
    expect(isPropertyLine(`UBND THÀNH PHỐ HÒA BÌNH${' '.repeat(14)}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM${' '.repeat(20)}`)).toBe(false);
  });

  it('gives the label and value PROPERTY_LINE gives, on any line of labels, separators and blanks', () => {
    const piece = fc.constantFrom(' ', ' ', '  ', '\t', ':', '|', '·', '12', '/', 'Số', 'ký hiệu', 'Ngày', 'a', '\u00a0', '\n');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
      const line = pieces.join('');
      expect(groups(propertyLineMatch(line))).toEqual(groups(PROPERTY_LINE.exec(line)));
    }), { numRuns: 3000 });
  });
});
