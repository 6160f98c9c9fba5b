import { describe, expect, it } from 'vitest';
import { clean } from '../../src/parse/clean.js';
import { foldKey, nameKey, squash, toneNormalize } from '../../src/parse/text.js';

describe('toneNormalize', () => {
  // [old placement, new placement]
  it.each([
    ['Hoà Minh', 'Hòa Minh'], // open oa: the mark moves to o
    ['uỷ ban', 'ủy ban'], // open uy
    ['Thuỷ', 'Thủy'],
    ['khoẻ', 'khỏe'], // open oe
    ['HOÀ', 'HÒA'], // capitals too
    ['hoàn thành', 'hoàn thành'], // closed syllable: both styles agree
    ['quý', 'quý'], // qu is a consonant: nothing to move
    ['Hòa Minh', 'Hòa Minh'], // already new
  ])('%s -> %s', (old, neu) => {
    expect(toneNormalize(old)).toBe(neu);
    expect(toneNormalize(old)).toHaveLength(old.length);
  });

  it('makes nameKey equal across placements and cases but not across diacritics', () => {
    expect(nameKey('Hoà Minh')).toBe(nameKey('HÒA MINH'));
    expect(nameKey('Liên Chiêu')).not.toBe(nameKey('Liên Chiểu'));
    expect(foldKey('Liên Chiêu')).toBe(foldKey('Liên Chiểu'));
    expect(foldKey('HAI BÀ TRUNG')).toBe(foldKey('Hai Bà Trưng'));
  });
});

describe('squash and nameKey', () => {
  const squashed = (s: string) => s.replace(/\s+/g, ' ').trim();

  it('collapses every kind of white space, and gives a string already squashed back as it is', () => {
    for (const s of ['Ủy ban  nhân dân', ' Quận 3', 'Quận 3 ', 'Sở Y tế\nthành phố', 'Sở\tY tế', 'Sở\u00a0Y tế', 'Sở Y\u2009tế', 'Sở \u3000Y', '\ufeffSở', 'a\u2028b', '', ' ', 'x']) {
      expect(squash(s), JSON.stringify(s)).toBe(squashed(s));
    }
    expect(squash('Ủy ban nhân dân Quận 3')).toBe('Ủy ban nhân dân Quận 3');
  });

  it('keys names with and without the old tone placement as toneNormalize does', () => {
    expect(nameKey('  Phường  HOÀ Minh\n')).toBe('phường hòa minh');
    expect(nameKey('Thuỷ Nguyên')).toBe('thủy nguyên');
    expect(nameKey('Ho\u0061\u0300 Minh')).toBe('hòa minh'); // decomposed old placement
    expect(nameKey('Liên Chiểu')).toBe('liên chiểu');
    expect(nameKey('Quý Lộc')).toBe('quý lộc');
  });
});

describe('clean', () => {
  // [original, cleaned]: markdown debris, page breaks, characters.
  it.each([
    ['## THÔNG BÁO', 'THÔNG BÁO'], // markdown heading
    ['**T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG**', 'T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG'], // bold over two lines
    ['*V/v thực hiện*', 'V/v thực hiện'], // italic subject
    ['- Kính gửi:*', '- Kính gửi:'], // a stray star
    ['Số 1\n*\nTHÔNG BÁO', 'Số 1\n*\nTHÔNG BÁO'], // the Party star line is kept
    ['* mục một', '- mục một'], // a markdown bullet
    ['trách nhiệm,\n\nhiệu quả', 'trách nhiệm, hiệu quả'], // a sentence cut by a page break
    ['các khu\n\n\n2\n\nvực cách ly', 'các khu vực cách ly'], // ... with a bare page number
    ['cách ly.\n\nTăng cường', 'cách ly.\n\nTăng cường'], // a real paragraph break
    ['thực hiện;\n\nb) tiếp', 'thực hiện;\n\nb) tiếp'], // a list item is not joined
    ['a\r\nb', 'a\nb'], // CRLF
    ['\uFEFFSố\u00A01', 'Số 1'], // BOM and no-break space
    ['Ho\u0300a', 'Hòa'], // NFC
  ])('%j -> %j', (original, cleaned) => {
    expect(clean(original).text).toBe(cleaned);
  });

  it('maps spans of the cleaned text back to the original', () => {
    const original = '## **THÔNG BÁO**\n\nHo\u0300a Minh, trách nhiệm,\n\nhiệu quả';
    const c = clean(original);
    const at = (word: string) => { const i = c.text.indexOf(word); return c.toOriginal([i, i + word.length]); };
    expect(original.slice(...at('THÔNG BÁO'))).toBe('THÔNG BÁO');
    expect(original.slice(...at('Hòa Minh'))).toBe('Ho\u0300a Minh');
    expect(original.slice(...at('hiệu quả'))).toBe('hiệu quả');
    expect(original.slice(...at('trách nhiệm, hiệu'))).toBe('trách nhiệm,\n\nhiệu');
  });
});
