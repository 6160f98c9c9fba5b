import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_OF, isPropertyLine, PROPERTY_LINE, propertyLineMatch } from '../../src/parse/find/property-lines.js';
import { fold } from '../../src/model/keys.js';
import { mayHoldField } from '../../src/parse/find/page-properties.js';

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

describe('mayHoldField', () => {
  // As portals write the labels read: accented, capitalised or upper case, `,` or `/` inside.
  const LABELS = [
    'Số ký hiệu', 'Số hiệu', 'Số, ký hiệu', 'Số/Ký hiệu', 'SỐ VĂN BẢN', 'Ký hiệu', 'Số hiệu văn bản', 'Ngày ban hành', 'Ngày ký',
    'NGÀY VĂN BẢN', 'Ngày tháng ban hành', 'Loại văn bản', 'Hình thức văn bản', 'Thể loại', 'Cơ quan ban hành', 'Nơi ban hành',
    'Đơn vị ban hành', 'CƠ QUAN PHÁT HÀNH', 'Đơn vị phát hành',
  ];
  const blank = fc.constantFrom('', ' ', '  ', '\t', '\u00a0', ' \u00a0');
  const separator = fc.constantFrom(':', ' :', ' | ', '|', '\t', '   ', ' ');
  const value = fc.oneof(fc.constantFrom('96/KH-UBND', '12/03/2025', 'Kế hoạch', 'UBND phường Quang Trung'), fc.string({ maxLength: 20 }));
  const label = fc.oneof(fc.constantFrom(...LABELS), fc.constantFrom(...LABELS).map((l) => l.replace(/ /g, '\u00a0')), fc.string({ maxLength: 12 }));
  const fieldOf = (m: RegExpExecArray | null) => (m ? FIELD_OF.get(fold(m[1]!).replace(/\s+/g, ' ').trim()) : undefined);

  it('passes every line whose property row names a field read (it only keeps the pattern off sentences)', () => {
    fc.assert(fc.property(blank, label, blank, separator, value, (b1, l, b2, sep, v) => {
      const line = b1 + l + b2 + sep + v;
      if (fieldOf(propertyLineMatch(line))) expect(mayHoldField(line)).toBe(true);
    }), { numRuns: 3000 });
  });

  it('passes the real labels and stops a sentence', () => {
    for (const l of LABELS) expect(fieldOf(propertyLineMatch(`${l}: x`))).toBeDefined();
    for (const l of LABELS) expect(mayHoldField(`  ${l}: x`)).toBe(true);
    expect(mayHoldField('Thực hiện Chỉ thị số 17/CT-UBND ngày 23/7/2021 của UBND Thành phố')).toBe(false);
    expect(mayHoldField('Người ký: Nguyễn Văn A')).toBe(false);
  });
});
