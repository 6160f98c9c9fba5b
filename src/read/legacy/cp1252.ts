/**
 * Windows-1252, the code page every legacy Vietnamese font (TCVN3 .VnTime, VNI-Times) was
 * laid over: a file saved from such a document holds cp1252 bytes, and a cp1252 reader shows
 * them as "Uû ban nh©n d©n". Bytes 0x00-0x7F and 0xA0-0xFF are Latin-1; only 0x80-0x9F differ.
 * The five holes (0x81 0x8D 0x8F 0x90 0x9D) map to the C1 controls, as the WHATWG decoder does.
 */
export const CP1252_HIGH: readonly string[] = [
  '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', // 80-87 € _ ‚ ƒ „ … † ‡
  '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F', // 88-8F ˆ ‰ Š ‹ Œ _ Ž _
  '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', // 90-97 _ ‘ ’ “ ” • – —
  '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178', // 98-9F ˜ ™ š › œ _ ž Ÿ
];

/** The character a cp1252 byte stands for. */
export function cp1252Char(byte: number): string {
  if (byte >= 0x80 && byte <= 0x9f) return CP1252_HIGH[byte - 0x80] as string;
  return String.fromCharCode(byte);
}

let reverse: Map<number, number> | undefined;

/**
 * The cp1252 byte of a UTF-16 code unit, or -1 when cp1252 has no such character.
 * U+0080-U+009F count as the bytes of the same value: tools that read "cp1252" as Latin-1
 * (PHP's utf8_encode, Node 20's TextDecoder('windows-1252')) leave them so.
 */
export function cp1252Byte(unit: number): number {
  if (unit <= 0xff) return unit;
  reverse ??= new Map(CP1252_HIGH.map((ch, i) => [ch.charCodeAt(0), 0x80 + i]));
  return reverse.get(unit) ?? -1;
}

/**
 * The bytes a cp1252 reader would have produced `text` from, or null when a character is
 * outside cp1252 (then the text cannot be legacy bytes shown through cp1252).
 */
export function toCp1252Bytes(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = cp1252Byte(text.charCodeAt(i));
    if (b < 0) return null;
    out[i] = b;
  }
  return out;
}
