import { CP1252_HIGH } from './cp1252.js';
import { TCVN3_TABLE, TCVN3_VN1_ONLY } from './tcvn3.js';

/** 256 UTF-16 code units: ASCII, cp1252 punctuation in 0x80-0x9F, TCVN3 letters above. */
const DECODE = (() => {
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) table[b] = b;
  CP1252_HIGH.forEach((ch, i) => { table[0x80 + i] = ch.charCodeAt(0); });
  for (const [byte, ch] of TCVN3_TABLE) table[byte] = ch.charCodeAt(0);
  return table;
})();

const utf16 = new TextDecoder('utf-16le');

/**
 * TCVN3 bytes to text (NFC). Toned capitals come out lower-case, as the bytes say (see
 * tcvn3.ts); restoreTcvn3Capitals in recase.ts guesses them back.
 */
export function decodeTcvn3(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = DECODE[bytes[i] as number] as number;
  return utf16.decode(units).normalize('NFC');
}

/** Unicode letter to TCVN3 byte: the VN3 letters, toned capitals folded to their lower-case byte. */
const ENCODE: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const [byte, ch] of TCVN3_TABLE) {
    if (TCVN3_VN1_ONLY.has(byte) || /\p{M}/u.test(ch)) continue;
    map.set(ch, byte);
  }
  for (const [ch, byte] of [...map]) {
    const upper = ch.toUpperCase();
    // Ă Â Ê Ô Ơ Ư Đ have their own bytes; every other capital borrows the lower-case one,
    // which is what the .VnTimeH capitals font drew as a capital.
    if (!map.has(upper)) map.set(upper, byte);
  }
  for (let i = 0; i < CP1252_HIGH.length; i++) {
    const ch = CP1252_HIGH[i] as string;
    if (ch.charCodeAt(0) > 0xff) map.set(ch, 0x80 + i);
  }
  map.set('\u00a0', 0xa0);
  return map;
})();

/** Byte written for a character TCVN3 cannot hold. */
const REPLACEMENT = 0x3f; // '?'

/**
 * Text to TCVN3 bytes, for fixtures and round-trip tests. Characters TCVN3 cannot hold
 * (Latin-1 symbols such as ©, whose byte means a Vietnamese letter in TCVN3) become "?".
 */
export function encodeTcvn3(text: string): Uint8Array {
  const nfc = text.normalize('NFC');
  const out = new Uint8Array(nfc.length);
  let n = 0;
  for (const ch of nfc) {
    const code = ch.codePointAt(0) as number;
    out[n++] = code < 0x80 ? code : ENCODE.get(ch) ?? REPLACEMENT;
  }
  return out.slice(0, n);
}
