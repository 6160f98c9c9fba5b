/** Legacy Vietnamese encodings: byte tables (data) and their converters. Pure, no I/O. */
export { decodeTcvn3, encodeTcvn3 } from './tcvn3-codec.js';
export { decodeVni, encodeVni } from './vni-codec.js';
export { restoreTcvn3Capitals, type RecaseResult } from './recase.js';
export { isVietnameseSyllable, scoreVietnamese, type SyllableScore } from './syllable.js';
export { toCp1252Bytes, cp1252Char, cp1252Byte } from './cp1252.js';
