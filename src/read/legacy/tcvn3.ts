/**
 * TCVN 5712:1993 "VN3", the byte table behind the ABC keyboard and the .VnTime fonts
 * (called TCVN3 or ABC in Vietnamese converters). One byte per letter, only 0xA1-0xFE used.
 *
 * Capitals: VN3 gives their own codes only to Ă Â Ê Ô Ơ Ư Đ (0xA1-0xA7). A capital with a
 * tone mark (Ủ, Ấ ...) has no code: writers switched to the capitals font (.VnTimeH), which
 * draws the lower-case codes as capitals. The bytes therefore say "ủ" where the page showed
 * "Ủ"; decoding gives the lower-case form and src/read/legacy/recase.ts guesses the case back.
 *
 * The full standard (VN1) also places sixteen toned capitals inside 0xA0-0xFF (0xAF Ằ, 0xC0 Ắ,
 * 0xFF Ố ...); they are decoded as VN1 says, since no VN3 text uses those bytes otherwise.
 * VN1's other toned capitals live in 0x01-0x17 and 0x80-0x9F; a VN3 file from Windows has
 * control characters and cp1252 punctuation (“ ” – …) there, so those bytes stay cp1252.
 *
 * Learnt from the published standard as tabulated in GNU recode (src/vn.c, "TCVN") and the
 * XFree86 TCVN table, cross-checked with docs/domain.md §10 (à=B5 á=B8 ả=B6 ã=B7 ạ=B9 ă=A8 â=A9
 * ê=AA ệ=D6, "Uû ban nh©n d©n" = "Uỷ ban nhân dân").
 */

/** [byte, character] for every byte 0xA1-0xFF that TCVN3 defines. */
export const TCVN3_TABLE: ReadonlyArray<readonly [number, string]> = [
  // the seven letters that have both cases in VN3
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  // the five tone marks as combining characters (grave, hook, tilde, acute, dot below)
  [0xb0, '\u0300'], [0xb1, '\u0309'], [0xb2, '\u0303'], [0xb3, '\u0301'], [0xb4, '\u0323'],
  // a: huyền hỏi ngã sắc nặng
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  // ă
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  // â
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  // e
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  // ê
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  // i
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  // o
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  // ô
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  // ơ
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  // u
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  // ư
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  // y
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
  // VN1 capitals that fall inside 0xA0-0xFF (never produced by the encoder)
  [0xaf, 'Ằ'], [0xba, 'Ẳ'], [0xbf, 'Ẵ'], [0xc0, 'Ắ'], [0xc1, 'Ầ'], [0xc2, 'Ẩ'], [0xc3, 'Ẫ'],
  [0xc4, 'Ấ'], [0xc5, 'Ề'], [0xcd, 'Ể'], [0xd9, 'Ễ'], [0xda, 'Ế'], [0xdb, 'Ồ'], [0xe0, 'Ổ'],
  [0xf0, 'Ỗ'], [0xff, 'Ố'],
];

/** Bytes of TCVN3_TABLE that only VN1 defines: decoded, never written. */
export const TCVN3_VN1_ONLY: ReadonlySet<number> = new Set([
  0xaf, 0xba, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xcd, 0xd9, 0xda, 0xdb, 0xe0, 0xf0, 0xff,
]);
