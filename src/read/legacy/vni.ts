/**
 * VNI for Windows (the VNI-Times family of fonts). A vowel with marks is written as the base
 * letter followed by one mark byte: "a" + 0xF9 ("aù") = á, "e" + 0xE4 ("eä") = ệ. Ơ/ư, đ and
 * the toned i (and ỵ) have single bytes of their own. Every mark and single letter has a
 * lower-case and an upper-case byte, so VNI keeps capitals ("VIEÄT NAM" = "VIỆT NAM").
 *
 * Learnt from GNU recode's VISCII-to-VNI table (src/vn.c), the xvnkb VNI sequence table and
 * docs/domain.md §10 (aù=á aø=à aû=ả aõ=ã aï=ạ aâ=â eä=ệ).
 */

/** Combining marks, composed with the base letter by NFC. */
const ACUTE = '\u0301', GRAVE = '\u0300', HOOK = '\u0309', TILDE = '\u0303', DOT = '\u0323';
const CIRCUMFLEX = '\u0302', BREVE = '\u0306';

export interface VniMark {
  /** The byte after a lower-case base letter. */
  lower: number;
  /** The byte after an upper-case base letter. */
  upper: number;
  /** Combining characters the byte adds to the base. */
  marks: string;
  /** Lower-case base letters the mark goes on. */
  bases: string;
}

/** The mark bytes. A tone alone goes on a e o u y ơ ư; â ê ô take the circumflex series, ă the breve one. */
export const VNI_MARKS: readonly VniMark[] = [
  { lower: 0xf9, upper: 0xd9, marks: ACUTE, bases: 'aeouyơư' },
  { lower: 0xf8, upper: 0xd8, marks: GRAVE, bases: 'aeouyơư' },
  { lower: 0xfb, upper: 0xdb, marks: HOOK, bases: 'aeouyơư' },
  { lower: 0xf5, upper: 0xd5, marks: TILDE, bases: 'aeouyơư' },
  // ỵ has a single byte (0xEE); "yï" is accepted when reading but never written
  { lower: 0xef, upper: 0xcf, marks: DOT, bases: 'aeouyơư' },
  { lower: 0xe2, upper: 0xc2, marks: CIRCUMFLEX, bases: 'aeo' },
  { lower: 0xe1, upper: 0xc1, marks: CIRCUMFLEX + ACUTE, bases: 'aeo' },
  { lower: 0xe0, upper: 0xc0, marks: CIRCUMFLEX + GRAVE, bases: 'aeo' },
  { lower: 0xe5, upper: 0xc5, marks: CIRCUMFLEX + HOOK, bases: 'aeo' },
  { lower: 0xe3, upper: 0xc3, marks: CIRCUMFLEX + TILDE, bases: 'aeo' },
  { lower: 0xe4, upper: 0xc4, marks: CIRCUMFLEX + DOT, bases: 'aeo' },
  { lower: 0xea, upper: 0xca, marks: BREVE, bases: 'a' },
  { lower: 0xe9, upper: 0xc9, marks: BREVE + ACUTE, bases: 'a' },
  { lower: 0xe8, upper: 0xc8, marks: BREVE + GRAVE, bases: 'a' },
  { lower: 0xfa, upper: 0xda, marks: BREVE + HOOK, bases: 'a' },
  { lower: 0xfc, upper: 0xdc, marks: BREVE + TILDE, bases: 'a' },
  { lower: 0xeb, upper: 0xcb, marks: BREVE + DOT, bases: 'a' },
];

/** Letters that are one byte in VNI: [lower byte, upper byte, lower letter]. */
export const VNI_SINGLES: ReadonlyArray<readonly [number, number, string]> = [
  [0xf4, 0xd4, 'ơ'],
  [0xf6, 0xd6, 'ư'],
  [0xf1, 0xd1, 'đ'],
  [0xec, 0xcc, 'ì'],
  [0xed, 0xcd, 'í'],
  [0xe6, 0xc6, 'ỉ'],
  [0xf3, 0xd3, 'ĩ'],
  [0xf2, 0xd2, 'ị'],
  [0xee, 0xce, 'ỵ'],
];
