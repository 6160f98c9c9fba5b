import { CP1252_HIGH, cp1252Char } from './cp1252.js';
import { VNI_MARKS, VNI_SINGLES } from './vni.js';

/** Byte -> UTF-16 unit: the single-byte letters of both cases over cp1252. */
const SINGLE = (() => {
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) table[b] = cp1252Char(b).charCodeAt(0);
  for (const [lower, upper, ch] of VNI_SINGLES) {
    table[lower] = ch.charCodeAt(0);
    table[upper] = ch.toUpperCase().charCodeAt(0);
  }
  return table;
})();

/**
 * (base unit << 8 | mark byte) -> composed letter, for every base a mark fits, with the mark
 * byte of either case: the composed letter takes the base letter's case (writers mixing
 * "Aù" and "AÙ" meant the same capital).
 */
const PAIRS: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  for (const mark of VNI_MARKS) {
    for (const base of mark.bases) {
      for (const b of [base, base.toUpperCase()]) {
        const composed = (b + mark.marks).normalize('NFC');
        if (composed.length !== 1) continue;
        for (const markByte of [mark.lower, mark.upper]) map.set((b.charCodeAt(0) << 8) | markByte, composed.charCodeAt(0));
      }
    }
  }
  return map;
})();

/** Lowest mark byte: any byte below it cannot be a mark (a quick test for most bytes). */
const MIN_MARK = Math.min(...VNI_MARKS.flatMap((m) => [m.lower, m.upper]));

const utf16 = new TextDecoder('utf-16le');

/**
 * VNI bytes to text (NFC). A base vowel followed by a mark byte that fits it is one letter;
 * a mark byte that follows nothing it fits is left as the cp1252 character it is.
 */
export function decodeVni(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const unit = SINGLE[bytes[i] as number] as number;
    const next = bytes[i + 1];
    const composed = next === undefined || next < MIN_MARK ? undefined : PAIRS.get((unit << 8) | next);
    if (composed !== undefined) {
      units[n++] = composed;
      i++;
    } else {
      units[n++] = unit;
    }
  }
  return utf16.decode(units.subarray(0, n)).normalize('NFC');
}

/** Unicode letter -> VNI bytes. Singles first: ỵ is 0xEE, never "y" + dot. */
const ENCODE: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, readonly number[]>();
  const baseByte = new Map<string, number>();
  for (const [lower, upper, ch] of VNI_SINGLES) {
    map.set(ch, [lower]);
    map.set(ch.toUpperCase(), [upper]);
    baseByte.set(ch, lower);
    baseByte.set(ch.toUpperCase(), upper);
  }
  for (const mark of VNI_MARKS) {
    for (const base of mark.bases) {
      for (const [b, markByte] of [[base, mark.lower], [base.toUpperCase(), mark.upper]] as const) {
        const composed = (b + mark.marks).normalize('NFC');
        if (map.has(composed) || composed.length !== 1) continue;
        map.set(composed, [baseByte.get(b) ?? b.charCodeAt(0), markByte]);
      }
    }
  }
  for (let i = 0; i < CP1252_HIGH.length; i++) {
    const ch = CP1252_HIGH[i] as string;
    if (ch.charCodeAt(0) > 0xff) map.set(ch, [0x80 + i]);
  }
  map.set('\u00a0', [0xa0]);
  return map;
})();

const REPLACEMENT = 0x3f; // '?'

/**
 * Text to VNI bytes, for fixtures and round-trip tests. Characters VNI cannot hold
 * (Latin-1 letters outside Vietnamese, whose bytes are VNI marks) become "?".
 */
export function encodeVni(text: string): Uint8Array {
  const nfc = text.normalize('NFC');
  const out: number[] = [];
  for (const ch of nfc) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) out.push(code);
    else out.push(...(ENCODE.get(ch) ?? [REPLACEMENT]));
  }
  return Uint8Array.from(out);
}
