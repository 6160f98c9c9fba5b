import { describe, expect, it } from 'vitest';
import { fold, foldEach, slug } from '../../src/model/keys.js';

/** fold() as the identity rules define it: the character table must give exactly this. */
const definition = (s: string) => s.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC');

describe('fold', () => {
  it('strips tone marks and diacritics, maps đ to d and lower-cases, whatever the mark placement or composition', () => {
    expect(fold('Hoà Minh')).toBe('hoa minh');
    expect(fold('HÒA MINH')).toBe('hoa minh');
    expect(fold('Ho\u0061\u0300 Minh')).toBe('hoa minh'); // decomposed
    expect(fold('ĐẢNG ỦY Phường Đống Đa – “Số 17/CT-UBND”')).toBe('dang uy phuong dong da – “so 17/ct-ubnd”');
    expect(fold('Cư M’gar, Đắk R’Lấp')).toBe('cu m’gar, dak r’lap');
    expect(slug('Quận ủy Hai Bà Trưng')).toBe('quan-uy-hai-ba-trung');
  });

  it('agrees with the definition on every character of its table, alone and beside others', () => {
    const chars: string[] = [];
    for (let c = 0; c < 0x2070; c++) {
      if ((c >= 0x250 && c < 0x300) || (c >= 0x370 && c < 0x1e00) || (c >= 0x1f00 && c < 0x2000) || (c >= 0xd800 && c < 0xe000)) continue;
      chars.push(String.fromCharCode(c));
    }
    for (const ch of chars) expect(fold(ch), `U+${ch.charCodeAt(0).toString(16)}`).toBe(definition(ch));
    // Every character between two letters and before a combining mark.
    for (const ch of chars) {
      const s = `Ơ${ch}ư${ch}\u0301Đ`;
      expect(fold(s), `U+${ch.charCodeAt(0).toString(16)} in context`).toBe(definition(s));
      const line = `Ủy ban nhân dân quận ${s} Hòa Minh ${ch}`;
      expect(fold(line), `U+${ch.charCodeAt(0).toString(16)} in a line`).toBe(definition(line));
    }
  });

  it('folds a paragraph by the same table, and takes the definition when one character needs it', () => {
    const paragraph = 'Ủy ban nhân dân QUẬN HOÀ MINH yêu cầu Thủ trưởng các cơ quan, đơn vị triển khai thực hiện nghiêm túc. '.repeat(6);
    expect(paragraph.length).toBeGreaterThan(256);
    expect(fold(paragraph)).toBe('uy ban nhan dan quan hoa minh yeu cau thu truong cac co quan, don vi trien khai thuc hien nghiem tuc. '.repeat(6));
    const decomposed = paragraph.normalize('NFD');
    expect(fold(decomposed)).toBe(definition(decomposed));
    for (const odd of ['ǅ', 'İ', 'ﬁ', 'Å', 'ΟΔΟΣ', '😀']) {
      const s = `${paragraph}${odd} ${paragraph}`;
      expect(fold(s), odd).toBe(definition(s));
    }
    const plain = 'so 17/ct-ubnd ngay 3 thang 9 nam 2025 '.repeat(10);
    expect(fold(plain)).toBe(plain);
  });

  it('takes the definition for text outside the table (Greek final sigma, Hangul, emoji)', () => {
    for (const s of ['ΟΔΟΣ Ά', '한국어 ᄒ\u1161', 'Hòa 😀 Bình', 'ǅ İstanbul ﬁ Å']) expect(fold(s)).toBe(definition(s));
    expect(fold('ΟΔΟΣ')).toBe('οδος');
  });
});

describe('foldEach', () => {
  it('folds a text whose every character folds to one, so that a slice of it is the fold of the slice', () => {
    const text = 'ĐẢNG ỦY PHƯỜNG HÒA MINH\nKết luận của Ban Thường vụ về công tác năm 2025';
    const folded = foldEach(text);
    expect(folded).toBe('dang uy phuong hoa minh\nket luan cua ban thuong vu ve cong tac nam 2025');
    expect(folded!.slice(24, 32)).toBe(fold(text.slice(24, 32)));
  });

  it('gives null when a character folds to nothing or to several: the lines are then folded one by one', () => {
    expect(foldEach('Hoa\u0300 Minh')).toBeNull(); // a combining grave accent folds to nothing
    expect(foldEach('Hòa Minh ﬁ')).toBeNull(); // a ligature outside the table
  });
});
