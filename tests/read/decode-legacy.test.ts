import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeTcvn3, decodeVni, encodeTcvn3, encodeVni, isVietnameseSyllable, restoreTcvn3Capitals, scoreVietnamese,
} from '../../src/read/legacy/index.js';
import { TCVN3_TABLE } from '../../src/read/legacy/tcvn3.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
/** Latin-1 text as the bytes a cp1252 viewer shows it as (all test strings here are Latin-1). */
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Every Vietnamese vowel with every tone, and đ: 12 x 6 + 1 = 73 lower-case letters. */
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const LOWER_LETTERS = [...[...VOWELS].flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ'];
const UPPER_LETTERS = LOWER_LETTERS.map((l) => l.toUpperCase());

describe('TCVN3 table', () => {
  it('maps the bytes the domain guide lists', () => {
    // à=B5 á=B8 ả=B6 ã=B7 ạ=B9 ă=A8 â=A9 ê=AA ệ=D6, § = Đ, ® = đ
    expect(decodeTcvn3(bytes(0xb5, 0xb8, 0xb6, 0xb7, 0xb9, 0xa8, 0xa9, 0xaa, 0xd6, 0xa7, 0xae))).toBe('àáảãạăâêệĐđ');
  });

  it('reads the sample "Uû ban nh©n d©n" as "Uỷ ban nhân dân"', () => {
    expect(decodeTcvn3(latin1('Uû ban nh©n d©n'))).toBe('Uỷ ban nhân dân');
  });

  it('has one byte per character and one character per byte', () => {
    const byteSet = new Set(TCVN3_TABLE.map(([b]) => b));
    const charSet = new Set(TCVN3_TABLE.map(([, c]) => c));
    expect(byteSet.size).toBe(TCVN3_TABLE.length);
    expect(charSet.size).toBe(TCVN3_TABLE.length);
  });

  it('round-trips all 73 lower-case letters and the seven capitals it has', () => {
    const lower = LOWER_LETTERS.join(' ');
    expect(decodeTcvn3(encodeTcvn3(lower))).toBe(lower);
    expect(decodeTcvn3(encodeTcvn3('Ă Â Ê Ô Ơ Ư Đ'))).toBe('Ă Â Ê Ô Ơ Ư Đ');
  });

  it('writes a toned capital as its lower-case byte, as the .VnTimeH font did', () => {
    expect(encodeTcvn3('Ủ')).toEqual(encodeTcvn3('ủ'));
    expect(decodeTcvn3(encodeTcvn3(UPPER_LETTERS.join(' ')))).toBe(
      UPPER_LETTERS.map((u) => ('ĂÂÊÔƠƯĐ'.includes(u) || /^[A-Z]$/.test(u) ? u : u.toLowerCase())).join(' '),
    );
  });

  it('decodes the combining tone bytes B0-B4 into composed letters', () => {
    // "a" + combining acute (B3) is "á"; "ê" (AA) + combining dot below (B4) is "ệ"
    expect(decodeTcvn3(bytes(0x61, 0xb3, 0x20, 0xaa, 0xb4))).toBe('á ệ');
  });

  it('keeps cp1252 punctuation in 0x80-0x9F (Word smart quotes, dashes)', () => {
    expect(decodeTcvn3(bytes(0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0x85))).toBe('“a” – …');
  });

  it('turns characters it cannot hold into "?" when encoding', () => {
    expect(Array.from(encodeTcvn3('© °'))).toEqual([0x3f, 0x20, 0x3f]);
  });
});

describe('VNI table', () => {
  it('maps the pairs the domain guide lists', () => {
    // aù=á aø=à aû=ả aõ=ã aï=ạ aâ=â eä=ệ, ñ/Ñ = đ/Đ
    expect(decodeVni(latin1('aù aø aû aõ aï aâ eä ñ Ñ'))).toBe('á à ả ã ạ â ệ đ Đ');
  });

  it('reads "Vieät Nam" and capitals "VIEÄT NAM"', () => {
    expect(decodeVni(latin1('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam'))).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeVni(latin1('VIEÄT NAM'))).toBe('VIỆT NAM');
  });

  it('uses single bytes for ơ ư đ and the toned i and ỵ', () => {
    // ô (F4) = ơ, ö (F6) = ư, ì í æ ó ò = ì í ỉ ĩ ị, î = ỵ
    expect(decodeVni(latin1('ngöôøi ì í æ ó ò î'))).toBe('người ì í ỉ ĩ ị ỵ');
  });

  it('round-trips all 146 letters of both cases', () => {
    const all = [...LOWER_LETTERS, ...UPPER_LETTERS].join(' ');
    expect(decodeVni(encodeVni(all))).toBe(all);
  });

  it('round-trips any text of Vietnamese letters, ASCII and punctuation', () => {
    const alphabet = [...LOWER_LETTERS, ...UPPER_LETTERS, ...'abcdghklmnpqrstvx ,.-/0123456789\n“”–'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 200 }), (chars) => {
      const text = chars.join('');
      expect(decodeVni(encodeVni(text))).toBe(text);
    }));
  });

  it('leaves a mark byte that follows nothing it fits as its cp1252 character', () => {
    // ù (F9) after "b" is no VNI letter
    expect(decodeVni(latin1('bù'))).toBe('bù');
  });
});

describe('TCVN3 capitals guessed back', () => {
  it.each([
    // [decoded TCVN3 (toned capitals come out small), expected]
    ['QUậN ủY HAI Bà TRƯNG', 'QUẬN ỦY HAI BÀ TRƯNG'], // rule 1/2: a word in capitals
    ['ĐảNG Bộ THàNH PHố Hà NộI', 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI'], // rule 3: "Bộ", "Hà" in a line of capitals
    ['Uỷ ban nhân dân tỉnh', 'Uỷ ban nhân dân tỉnh'], // title case is left alone
    ['Số 308-TB/QU', 'Số 308-TB/QU'], // codes are capitals anywhere: not evidence
    ['ủy ban Kiểm tra Đảng ủy', 'Ủy ban Kiểm tra Đảng ủy'], // start of the text
    ['Xong rồi. ở đây thì khác', 'Xong rồi. Ở đây thì khác'], // after a full stop
    ['Nơi nhận:\n- ủy quyền cho', 'Nơi nhận:\n- Ủy quyền cho'], // after a list marker
    ['trách nhiệm,\n\nủy quyền cho', 'trách nhiệm,\n\nủy quyền cho'], // a line that continues a sentence
    ['các đồng chí ủy viên Ban Thường vụ', 'các đồng chí Ủy viên Ban Thường vụ'], // a listed title
    ['đồng chí Thành ủy viên', 'đồng chí Thành ủy viên'], // ... but not inside "Thành ủy viên"
    ['vùng Đông Nam á', 'vùng Đông Nam á'], // known limit: a capital inside a sentence
  ])('%j -> %j', (input, expected) => {
    expect(restoreTcvn3Capitals(input).text).toBe(expected);
  });

  it('counts the letters it changed', () => {
    expect(restoreTcvn3Capitals('QUậN ủY').changed).toBe(2);
    expect(restoreTcvn3Capitals('quận ủy').changed).toBe(0);
  });
});

describe('Vietnamese syllables', () => {
  it.each([
    // [word, is a syllable]
    ['nghiêng', true], ['Nguyễn', true], ['quyết', true], ['giữa', true], ['gì', true], ['khuya', true],
    ['THÀNH', true], ['Hoà', true], ['Hòa', true], ['người', true], ['đ', false],
    ['các', true], ['chặt', true], ['càc', false], // a stop final takes only sắc or nặng
    ['nh©n', false], ['Vieät', false], ['Vieọt', false], ['ấá', false], ['hạnhh', false],
  ])('%s -> %s', (word, ok) => {
    expect(isVietnameseSyllable(word)).toBe(ok);
  });

  it('scores only words with a non-ASCII letter', () => {
    const s = scoreVietnamese('Số 308-TB/QU ngày 28/7/2021 nh©n dân COVID');
    expect(s).toEqual({ valid: 3, invalid: 1, score: 3 / 4 }); // Số, ngày, dân; nh©n
  });
});
