import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanTokens } from '../../src/parse/token-scan.js';
import { tokenize } from '../../src/parse/tokens.js';

const seedDir = join(import.meta.dirname, '../../corpus/seeds');
const seeds = readdirSync(seedDir).sort().map((f) => readFileSync(join(seedDir, f), 'utf8').normalize('NFC'));

/** A small deterministic generator, so that a failure names a stretch that can be replayed. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

describe('tokenize', () => {
  it('reads words, numbers, symbols and punctuation with their offsets', () => {
    const text = 'Căn cứ Chỉ thị số 17/CT-UBND ngày 5/3/2024 của UBND quận.';
    expect(tokenize(text).map((t) => [t.text, t.start, t.norm, t.word, t.caps, t.upper])).toEqual([
      ['Căn', 0, 'căn', true, false, true], ['cứ', 4, 'cứ', true, false, false], ['Chỉ', 7, 'chỉ', true, false, true],
      ['thị', 11, 'thị', true, false, false], ['số', 15, 'số', true, false, false], ['17/CT-UBND', 18, '17/ct-ubnd', true, true, false],
      ['ngày', 29, 'ngày', true, false, false], ['5/3/2024', 34, '5/3/2024', true, false, false], ['của', 43, 'của', true, false, false],
      ['UBND', 47, 'ubnd', true, true, true], ['quận', 52, 'quận', true, false, false], ['.', 56, '.', false, false, false],
    ]);
  });

  it('ends a plain word at punctuation and white space of every kind, and joins what WORD joins', () => {
    const texts = (s: string, from = 0, to = s.length) => scanTokens(s, from, to).map((t) => t.text);
    expect(texts('“Quy chế”, (Hòa)–mới;\u00a0xã\u2009Đông\u3000Hà')).toEqual(['“', 'Quy', 'chế', '”', ',', '(', 'Hòa', ')', '–', 'mới', ';', '\u00a0', 'xã', '\u2009', 'Đông', '\u3000', 'Hà']);
    expect(texts("Cư M'gar, Đắk R’Lấp, Ia H' Drai, 1.000 người, Covid-19, T/L")).toEqual(["Cư", "M'gar", ',', 'Đắk', 'R’Lấp', ',', 'Ia', "H'", 'Drai', ',', '1.000', 'người', ',', 'Covid-19', ',', 'T/L']);
    expect(texts('Ho\u0061\u0300 ΑΘΗΝΑ 東京 𝐀𝐁 x²')).toEqual(['Ho\u0061\u0300', 'ΑΘΗΝΑ', '東京', '𝐀𝐁', 'x²']);
    // A word crossing the end of the stretch is cut there.
    expect(texts('Thành phố Hà Nội', 0, 12)).toEqual(['Thành', 'phố', 'Hà']);
    expect(texts('Sở Y-tế', 0, 4)).toEqual(['Sở', 'Y']);
    expect(texts('Sở Y-tế', 0, 5)).toEqual(['Sở', 'Y-']);
  });

  it('splits a hyphen between lower-case syllables and moves an old tone mark', () => {
    expect(tokenize('chính trị-xã hội Hoà').map((t) => t.norm)).toEqual(['chính', 'trị', '-', 'xã', 'hội', 'hòa']);
  });

  it('cuts any stretch of a long document exactly as a scan of that stretch alone', () => {
    // Stretches that start and end inside words, at line breaks, on hyphen-split words and at the ends.
    const text = `${seeds.join('\n\n')}\nchính trị-xã hội, Cư M'gar, Ia H' Drai 😀 17/CT-UBND`;
    const random = lcg(12);
    for (let n = 0; n < 1500; n++) {
      const from = Math.floor(random() * text.length);
      const to = Math.min(text.length, from + Math.floor(random() * (n % 3 === 0 ? 4000 : 120)));
      expect(tokenize(text, from, to), `tokenize(text, ${from}, ${to})`).toEqual(scanTokens(text, from, to));
    }
    expect(tokenize(text)).toEqual(scanTokens(text));
    expect(tokenize(text, text.length - 9)).toEqual(scanTokens(text, text.length - 9));
  });
});
