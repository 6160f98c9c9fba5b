import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeBytes, type DecodedText } from '../../src/read/decode.js';
import { encodeTcvn3 } from '../../src/read/legacy/index.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const fixture = (name: string) => here(`../fixtures/encodings/${name}`);
const read = (path: string) => new Uint8Array(readFileSync(path));
const seed = (name: string) => readFileSync(here(`../../corpus/seeds/${name}`), 'utf8').normalize('NFC');
const SEED_002 = seed('002_78fb6ff3a99b7859.txt');

function decodeError(bytes: Uint8Array, path?: string): InputError {
  try {
    decodeBytes(bytes, path === undefined ? {} : { path });
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('decodeBytes accepted the input');
}

describe('decodeBytes: Unicode', () => {
  it('accepts UTF-8 Vietnamese as is, without warnings', () => {
    const path = here('../../corpus/seeds/002_78fb6ff3a99b7859.txt');
    const d = decodeBytes(read(path), { path });
    expect(d).toEqual({ text: SEED_002, encoding: 'utf-8', warnings: [] });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const d = decodeBytes(read(fixture('002.utf8-bom.txt')));
    expect(d.encoding).toBe('utf-8-bom');
    expect(d.text).toBe(SEED_002);
  });

  it('reads UTF-16 LE with and without a byte-order mark', () => {
    expect(decodeBytes(read(fixture('002.utf16le.txt')))).toMatchObject({ encoding: 'utf-16le', text: SEED_002 });
    expect(decodeBytes(new Uint8Array(Buffer.from(SEED_002, 'utf16le')))).toMatchObject({ encoding: 'utf-16le', text: SEED_002 });
  });

  it('returns NFC: decomposed input comes out composed', () => {
    const decomposed = 'Thành phố Hà Nội'.normalize('NFD');
    expect(decodeBytes(new TextEncoder().encode(decomposed)).text).toBe('Thành phố Hà Nội');
  });

  it('keeps line ends as they are (record spans refer to this text)', () => {
    expect(decodeBytes(new TextEncoder().encode('Số 1\r\nngày 2\r\n')).text).toBe('Số 1\r\nngày 2\r\n');
  });
});

describe('decodeBytes: legacy encodings', () => {
  const legacyWarning = (d: DecodedText) => d.warnings.find((w) => w.code === 'LEGACY_ENCODING');

  it('decodes seed 002 in TCVN3 back to exactly the UTF-8 seed', () => {
    const path = fixture('002.tcvn3.txt');
    const d = decodeBytes(read(path), { path });
    expect(d.encoding).toBe('tcvn3');
    expect(d.text).toBe(SEED_002);
    // its three toned capitals (Số, Ủy viên twice) had to be guessed back
    expect(legacyWarning(d)?.details).toMatchObject({ encoding: 'tcvn3', capitalsGuessed: 3 });
    expect(legacyWarning(d)?.message).toContain(path);
  });

  it('decodes seed 002 in VNI back to exactly the UTF-8 seed', () => {
    const d = decodeBytes(read(fixture('002.vni.txt')));
    expect(d.encoding).toBe('vni');
    expect(d.text).toBe(SEED_002);
    expect(legacyWarning(d)?.details).toMatchObject({ encoding: 'vni' });
  });

  it('repairs TCVN3 and VNI that were read as cp1252 and saved as UTF-8', () => {
    const tcvn3 = decodeBytes(read(fixture('002.tcvn3-as-utf8.txt')));
    expect(tcvn3.encoding).toBe('utf-8+tcvn3');
    expect(tcvn3.text).toBe(SEED_002);
    expect(legacyWarning(tcvn3)).toBeDefined();
    const vni = decodeBytes(read(fixture('002.vni-as-utf8.txt')));
    expect(vni.encoding).toBe('utf-8+vni');
    expect(vni.text).toBe(SEED_002);
  });

  it('loses exactly one capital of seed 004 in TCVN3: the "Á" of "Đông Nam Á"', () => {
    // TCVN3 has no toned capitals and a capital inside a sentence cannot be guessed back
    const original = seed('004_d8026a3a8832f7a7.txt');
    const d = decodeBytes(encodeTcvn3(original));
    const at = original.indexOf('Đông Nam Á') + 'Đông Nam '.length;
    expect(d.text).toBe(original.slice(0, at) + 'á' + original.slice(at + 1));
  });

  it('reads Windows-1258 (combining tone bytes)', () => {
    // x a ~ | h ô . i | c h u ? | n g h i ~ a | V i ê . t | N a m
    const cp1258 = Uint8Array.from([
      0x78, 0x61, 0xde, 0x20, 0x68, 0xf4, 0xf2, 0x69, 0x20, 0x63, 0x68, 0x75, 0xd2, 0x20,
      0x6e, 0x67, 0x68, 0x69, 0xde, 0x61, 0x20, 0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d,
    ]);
    expect(decodeBytes(cp1258)).toMatchObject({ encoding: 'windows-1258', text: 'xã hội chủ nghĩa Việt Nam' });
  });

  it('does not take a UTF-8 document with a © or a degree sign for mojibake', () => {
    const text = 'Nhiệt độ 30°C, bản quyền © Ủy ban nhân dân quận Hai Bà Trưng';
    expect(decodeBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8', warnings: [] });
  });
});

describe('decodeBytes: refused input', () => {
  it('refuses an empty file', () => {
    const path = fixture('empty.txt');
    const e = decodeError(read(path), path);
    expect(e.code).toBe('DG_INPUT_EMPTY');
    expect(e.message).toContain(path);
    expect(e.location?.path).toBe(path);
  });

  it('refuses a file of white space only', () => {
    const path = fixture('whitespace.txt');
    const e = decodeError(read(path), path);
    expect(e.code).toBe('DG_INPUT_EMPTY');
    expect(e.message).toContain(path);
  });

  it('refuses a binary file, saying where the first NUL is', () => {
    const path = fixture('binary.txt');
    const e = decodeError(read(path), path);
    expect(e.code).toBe('DG_INPUT_BINARY');
    // the PNG signature is 8 bytes; the length field that follows starts with a NUL
    expect(e.message).toBe(`${path} is binary, not text (NUL byte at offset 8)`);
  });

  it('refuses random high bytes, naming the byte and line of the first invalid sequence', () => {
    const path = fixture('invalid.txt');
    const e = decodeError(read(path), path);
    expect(e.code).toBe('DG_INPUT_ENCODING');
    // "This line is plain ASCII.\n" is 26 bytes: the first bad byte opens line 2
    expect(e.message).toContain(`${path}: not valid UTF-8 at byte 26 (line 2, column 1)`);
    expect(e.location).toEqual({ path, line: 2, column: 1 });
    expect(e.toString().startsWith(`${path}:2:1: `)).toBe(true);
  });

  it('refuses UTF-8 with one stray cp1252 byte, pointing at it', () => {
    // "Dòng một\n" is 12 bytes; "Dòng hai có " another 14: the raw 0x93 is byte 26, line 2, column 15
    const bytes = Uint8Array.from([...new TextEncoder().encode('Dòng một\nDòng hai có '), 0x93, ...new TextEncoder().encode('lỗi” ở đây\n')]);
    const e = decodeError(bytes);
    expect(e.code).toBe('DG_INPUT_ENCODING');
    expect(e.message).toContain('input: not valid UTF-8 at byte 26 (line 2, column 15)');
  });

  it('refuses input over the size limit before decoding it', () => {
    let err: unknown;
    try {
      decodeBytes(new Uint8Array(2048), { path: 'big.txt', maxBytes: 1024 });
    } catch (e) { err = e; }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('DG_INPUT_TOO_LARGE');
    expect((err as InputError).message).toBe('big.txt is 2.0 KB, over the limit of 1.0 KB');
  });
});
