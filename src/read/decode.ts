import { InputError } from '../errors.js';
import type { ParseWarning } from '../model/record.js';
import { toCp1252Bytes } from './legacy/cp1252.js';
import { restoreTcvn3Capitals } from './legacy/recase.js';
import { scoreVietnamese, type SyllableScore } from './legacy/syllable.js';
import { decodeTcvn3 } from './legacy/tcvn3-codec.js';
import { decodeVni } from './legacy/vni-codec.js';

/**
 * Bytes to text: the first step of reading a document. Pure (Uint8Array in, string out).
 *
 * Order of decisions, each with its reason:
 * 1. size limit, then emptiness: cheapest checks first, and a 2 GB file is never decoded;
 * 2. a byte-order mark decides (UTF-8, UTF-16 LE/BE): Notepad and Word write one;
 * 3. NUL bytes mean UTF-16 without a mark when they sit in every other byte, else binary;
 *    a high share of other control bytes means binary too;
 * 4. valid UTF-8 is UTF-8. Legacy 8-bit text is almost never valid UTF-8 (a lone byte >= 0x80
 *    between ASCII letters is invalid), so this rarely mistakes one for the other;
 * 5. otherwise TCVN3, VNI and Windows-1258 are each tried on a sample and scored by the share
 *    of words that are Vietnamese syllables; the best one above MIN_SCORE wins;
 * 6. Unicode text that is itself legacy bytes shown through cp1252 ("Uû ban nh©n d©n", what a
 *    .VnTime document becomes when copied or saved as UTF-8) is detected the same way and
 *    repaired.
 * The text is returned in NFC, a leading BOM removed, line ends untouched (offsets in the
 * record refer to this text).
 */

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258';
export type UnicodeEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';
/** `utf-8+tcvn3`: UTF-8 text holding TCVN3 bytes read as cp1252 (repaired). */
export type TextEncoding = UnicodeEncoding | LegacyEncoding | `${UnicodeEncoding}+${'tcvn3' | 'vni'}`;

export interface DecodeOptions {
  /** Named in errors and warnings. */
  path?: string;
  /** Larger input is refused with DG_INPUT_TOO_LARGE. */
  maxBytes?: number;
}

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  warnings: ParseWarning[];
}

/** A legacy decoding is accepted when this share of the words are syllables ... */
export const MIN_SCORE = 0.75;
/** ... and at least this many of them are. */
const MIN_VALID = 2;
/** Bytes (or characters) scored to choose an encoding: enough words, bounded time. */
const SAMPLE = 64 * 1024;
/** Share of control bytes above which the input is binary. */
const MAX_CONTROL_SHARE = 0.1;

const LEGACY: ReadonlyArray<{ encoding: LegacyEncoding; label: string; decode: (b: Uint8Array) => string }> = [
  { encoding: 'tcvn3', label: 'TCVN3 (ABC)', decode: decodeTcvn3 },
  { encoding: 'vni', label: 'VNI', decode: decodeVni },
  { encoding: 'windows-1258', label: 'Windows-1258', decode: (b) => new TextDecoder('windows-1258').decode(b).normalize('NFC') },
];

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): DecodedText {
  const where = opts.path ?? 'input';
  const location = { path: opts.path };
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new InputError('DG_INPUT_TOO_LARGE', `${where} is ${formatSize(bytes.length)}, over the limit of ${formatSize(maxBytes)}`, {
      location, details: { bytes: bytes.length, maxBytes },
    });
  }
  if (bytes.length === 0) throw new InputError('DG_INPUT_EMPTY', `${where} is empty (0 bytes)`, { location });

  const unicode = decodeUnicode(bytes, where, opts.path);
  if (unicode) return finish(unicode.text, unicode.encoding, where, opts.path);

  const sample = bytes.subarray(0, SAMPLE);
  const ranked = LEGACY.map((c) => ({ ...c, score: scoreVietnamese(c.decode(sample), SAMPLE) }))
    .sort((a, b) => b.score.score - a.score.score || b.score.valid - a.score.valid);
  const best = ranked[0];
  if (!best || !acceptable(best.score)) {
    const at = firstInvalidUtf8(bytes);
    const { line, column } = lineOf(bytes, at);
    const tried = best ? `; best guess ${best.label} read ${Math.round(best.score.score * 100)}% of ${best.score.valid + best.score.invalid} words as Vietnamese` : '';
    throw new InputError('DG_INPUT_ENCODING',
      `${where}: not valid UTF-8 at byte ${at} (line ${line}, column ${column}), and no legacy Vietnamese encoding (TCVN3, VNI, Windows-1258) fits it${tried}`,
      { location: { path: opts.path, line, column }, details: { offset: at, candidates: ranked.map((c) => ({ encoding: c.encoding, ...c.score })) } });
  }
  let text = best.decode(bytes);
  let recased = 0;
  if (best.encoding === 'tcvn3') ({ text, changed: recased } = restoreTcvn3Capitals(text));
  const warning = legacyWarning(best.encoding, best.label, best.score, recased, where);
  return finish(text, best.encoding, where, opts.path, [warning]);
}

/**
 * Unicode text that is really legacy bytes read through cp1252, repaired; null when it is not.
 * Used for UTF-8 files and for the text of .docx and .pdf files (a .VnTime Word document
 * stores "Uû ban" as the Unicode letters U, û ...).
 */
export function repairMisreadLegacy(text: string, where = 'input'): { text: string; legacy: 'tcvn3' | 'vni'; warning: ParseWarning } | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (countSuspicious(sample) < 2) return null;
  const sampleBytes = toCp1252Bytes(sample);
  if (!sampleBytes) return null;
  const asIs = scoreVietnamese(sample, SAMPLE);
  const ranked = LEGACY.filter((c) => c.encoding !== 'windows-1258')
    .map((c) => ({ ...c, score: scoreVietnamese(c.decode(sampleBytes), SAMPLE) }))
    .sort((a, b) => b.score.score - a.score.score || b.score.valid - a.score.valid);
  const best = ranked[0];
  if (!best || !acceptable(best.score) || best.score.score < asIs.score + 0.2 || best.score.valid <= asIs.valid) return null;
  const bytes = toCp1252Bytes(text);
  if (!bytes) return null;
  let repaired = best.decode(bytes);
  let recased = 0;
  if (best.encoding === 'tcvn3') ({ text: repaired, changed: recased } = restoreTcvn3Capitals(repaired));
  const legacy = best.encoding as 'tcvn3' | 'vni';
  const warning = legacyWarning(legacy, `${best.label} shown through Windows-1252`, best.score, recased, where);
  return { text: repaired, legacy, warning };
}

function acceptable(s: SyllableScore): boolean {
  return s.score >= MIN_SCORE && s.valid >= MIN_VALID;
}

function legacyWarning(encoding: string, label: string, s: SyllableScore, recased: number, where: string): ParseWarning {
  const total = s.valid + s.invalid;
  const capitals = encoding === 'tcvn3' ? `; ${recased} toned capital${recased === 1 ? '' : 's'} guessed from context (TCVN3 has none)` : '';
  return {
    code: 'LEGACY_ENCODING',
    message: `${where}: decoded from ${label}: ${Math.round(s.score * 100)}% of ${total} sampled words read as Vietnamese${capitals}`,
    span: null,
    details: { encoding, score: s.score, valid: s.valid, invalid: s.invalid, ...(encoding === 'tcvn3' ? { capitalsGuessed: recased } : {}) },
  };
}

function finish(raw: string, encoding: TextEncoding, where: string, path: string | undefined, warnings: ParseWarning[] = []): DecodedText {
  let text = raw;
  let enc = encoding;
  if (encoding === 'utf-8' || encoding === 'utf-8-bom' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    const repaired = repairMisreadLegacy(text, where);
    if (repaired) {
      text = repaired.text;
      enc = `${encoding}+${repaired.legacy}`;
      warnings = [...warnings, repaired.warning];
    }
  }
  text = text.normalize('NFC');
  if (/^[\s\u200b\ufeff]*$/u.test(text)) {
    throw new InputError('DG_INPUT_EMPTY', `${where} holds only white space`, { location: { path } });
  }
  return { text, encoding: enc, warnings };
}

/** UTF-8 / UTF-16 text, or null when the bytes are not Unicode (then legacy is tried). Throws on binary. */
function decodeUnicode(bytes: Uint8Array, where: string, path: string | undefined): { text: string; encoding: UnicodeEncoding } | null {
  const location = { path };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictUtf8(bytes.subarray(3));
    if (text === null) return null;
    return { text, encoding: 'utf-8-bom' };
  }
  const utf16 = bomUtf16(bytes) ?? sniffUtf16(bytes);
  if (utf16) {
    const body = bytes.subarray(utf16.skip);
    try {
      const text = new TextDecoder(utf16.encoding, { fatal: true, ignoreBOM: true }).decode(body);
      if (controlShare(text) <= MAX_CONTROL_SHARE) return { text, encoding: utf16.encoding };
    } catch {
      // not UTF-16 after all: fall through to the binary check
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new InputError('DG_INPUT_BINARY', `${where} is binary, not text (NUL byte at offset ${nul})`, { location, details: { offset: nul } });
  }
  const share = controlShareBytes(bytes.subarray(0, SAMPLE));
  if (share > MAX_CONTROL_SHARE) {
    throw new InputError('DG_INPUT_BINARY', `${where} is binary, not text (${Math.round(share * 100)}% control bytes)`, { location, details: { controlShare: share } });
  }
  const text = strictUtf8(bytes);
  return text === null ? null : { text, encoding: 'utf-8' };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function bomUtf16(b: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; skip: number } | null {
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/**
 * UTF-16 without a mark: text in the Latin and Vietnamese ranges has a zero (or 0x01, 0x1E)
 * high byte, so zeros pile up in the odd bytes (LE) or the even ones (BE) and not the others.
 */
function sniffUtf16(b: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; skip: number } | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= 0.3 * pairs && evenZero <= 0.02 * pairs) return { encoding: 'utf-16le', skip: 0 };
  if (evenZero >= 0.3 * pairs && oddZero <= 0.02 * pairs) return { encoding: 'utf-16be', skip: 0 };
  return null;
}

/** Control characters other than tab, line feed, vertical tab, form feed, return and DOS end-of-file. */
function isControl(c: number): boolean {
  return c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1a;
}

function controlShareBytes(b: Uint8Array): number {
  let n = 0;
  for (const c of b) if (isControl(c)) n++;
  return b.length === 0 ? 0 : n / b.length;
}

function controlShare(text: string): number {
  const sample = text.slice(0, SAMPLE);
  let n = 0;
  for (let i = 0; i < sample.length; i++) if (isControl(sample.charCodeAt(i)) || sample.charCodeAt(i) === 0) n++;
  return sample.length === 0 ? 0 : n / sample.length;
}

/** Latin-1 characters that are not Vietnamese letters: the mark of legacy bytes shown through cp1252. */
const VIETNAMESE_LATIN1 = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý');
function countSuspicious(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xa1 && c <= 0xff && !VIETNAMESE_LATIN1.has(s[i] as string)) n++;
  }
  return n;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else return i;
    if (i + need >= n) return i; // truncated at the end
    const second = b[i + 1] as number;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const cont = b[i + k] as number;
      if (cont < 0x80 || cont > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line and byte column of a byte offset. */
function lineOf(b: Uint8Array, offset: number): { line: number; column: number } {
  if (offset < 0) return { line: 1, column: 1 };
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (b[i] === 0x0a) { line++; start = i + 1; }
  }
  return { line, column: offset - start + 1 };
}

function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
