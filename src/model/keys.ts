import type { Area } from './record.js';

/**
 * Canonical keys: the identity rules below, as code. Pure, shared by parse, ingest and graph.
 *
 * - A name is folded before it becomes part of a key: NFC, tone marks and diacritics
 *   stripped, đ -> d, lower case, runs of non-letters to one dash. "Hoà Minh", "Hòa Minh"
 *   and "HOA MINH" give the same key.
 * - An organisation key is its kind plus the most specific gazetteer code of its area:
 *   `org:quan-uy@d007` is Quận ủy Hai Bà Trưng (district code 007). An organisation
 *   whose area is unknown gets a key scoped to the document that names it, so that it is
 *   never merged with another on a guess. An area of the map after the 1 July 2025 reform is
 *   marked `2025.` (`org:ubnd@2025.w20200`), since codes were reused across it.
 * - A directive key is number + issuer key + year when known: numbers are unique only
 *   per issuer and year (State) or per term (Party), and a term never reuses a number.
 */

/** The definition of fold(), applied as such to text outside the character table below. */
function foldByNormalizing(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/**
 * Folding is the parser's most frequent string operation, and two normalisations and a regex per
 * call cost a tenth of its time. Over Latin letters, combining marks and general punctuation (all of
 * Vietnamese) it works character by character: each character decomposes on its own, its marks are
 * dropped, lower-casing there has no context (final sigma is Greek) and what remains composes with
 * nothing. So a character's fold is looked up, computed once by the definition; a character whose
 * fold keeps a mark, and any text with a character outside these blocks, takes the definition.
 */
const TABLE_END = 0x2070;
/** Above this, fold into one buffer (foldLong): 2.5x faster on lines of a few dozen characters; on words the two are even. */
const FOLD_BY_PARTS_MAX = 32;
const foldTable: Array<string | null | undefined> = [];

function inTable(c: number): boolean {
  return c < 0x250 || (c >= 0x300 && c < 0x370) || (c >= 0x1e00 && c < 0x1f00) || (c >= 0x2000 && c < TABLE_END);
}

function foldOfChar(c: number): string | null {
  let f = foldTable[c];
  if (f === undefined) {
    const folded = foldByNormalizing(String.fromCharCode(c));
    f = /\p{M}/u.test(folded) || folded.normalize('NFD') !== folded ? null : folded;
    foldTable[c] = f;
  }
  return f;
}

/**
 * A character's fold as one code unit: the code, FOLDS_TO_NOTHING (a mark) or NEEDS_DEFINITION (a
 * fold of several characters, or one that keeps a mark). Filled on first use from foldOfChar.
 */
const NEEDS_DEFINITION = -1;
const FOLDS_TO_NOTHING = -3;
const UNKNOWN = -2;
const foldCodes = new Int32Array(TABLE_END).fill(UNKNOWN);

function foldCodeOf(c: number): number {
  let v = foldCodes[c]!;
  if (v === UNKNOWN) {
    const f = foldOfChar(c);
    v = f === null || f.length > 1 ? NEEDS_DEFINITION : f.length === 0 ? FOLDS_TO_NOTHING : f.charCodeAt(0);
    foldCodes[c] = v;
  }
  return v;
}

let foldBuffer = new Uint16Array(4096);
const utf16 = new TextDecoder('utf-16le');

/**
 * A string folded by the same table into one buffer of code units, decoded once: several times
 * faster than the definition on a paragraph, whose normalisations dominated folding the lines of a
 * layout, and than joining pieces on a line. Same rule as fold(): a character outside the table's blocks takes the definition.
 */
function foldLong(s: string): string {
  if (foldBuffer.length < s.length) foldBuffer = new Uint16Array(s.length * 2);
  const buf = foldBuffer;
  let n = 0;
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 65 && c <= 90) { buf[n++] = c + 32; changed = true; } else buf[n++] = c;
      continue;
    }
    if (!inTable(c)) return foldByNormalizing(s);
    const v = foldCodeOf(c);
    if (v === NEEDS_DEFINITION) return foldByNormalizing(s);
    if (v === FOLDS_TO_NOTHING) { changed = true; continue; }
    if (v !== c) changed = true;
    buf[n++] = v;
  }
  return changed ? utf16.decode(buf.subarray(0, n)) : s;
}

/**
 * fold(s) when every character of `s` folds to exactly one character by the table, else null. The
 * fold then keeps every offset, so a slice of it is the fold of the same slice of `s`: a layout
 * folds its text once and cuts each line's fold from it instead of folding line by line.
 */
export function foldEach(s: string): string | null {
  if (foldBuffer.length < s.length) foldBuffer = new Uint16Array(s.length * 2);
  const buf = foldBuffer;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) { buf[i] = c >= 65 && c <= 90 ? c + 32 : c; continue; }
    if (!inTable(c)) return null;
    const v = foldCodeOf(c);
    if (v < 0) return null;
    buf[i] = v;
  }
  return utf16.decode(buf.subarray(0, s.length));
}

/** Fold a Vietnamese string for comparison: strips every diacritic, đ->d, lower case. */
export function fold(s: string): string {
  if (s.length > FOLD_BY_PARTS_MAX) return foldLong(s);
  // Pieces are joined once at the end: concatenated one by one they would stay a tree of
  // thousands of small strings in every folded line a layout keeps.
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 && (c < 65 || c > 90)) continue;
    if (!inTable(c)) return foldByNormalizing(s);
    const f = c < 0x80 ? String.fromCharCode(c + 32) : foldOfChar(c);
    if (f === null) return foldByNormalizing(s);
    if (f.length === 1 && f.charCodeAt(0) === c) continue;
    if (i > copied) parts.push(s.slice(copied, i));
    parts.push(f);
    copied = i + 1;
  }
  if (copied === 0) return s;
  if (copied < s.length) parts.push(s.slice(copied));
  return parts.join('');
}

/** Slugs made already: a batch keys the same few organisation names over and over. Bounded. */
const slugs = new Map<string, string>();
const SLUGS_MAX = 10_000;

/** A folded slug: letters and digits, single dashes. */
export function slug(s: string): string {
  let made = slugs.get(s);
  if (made === undefined) {
    made = fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (slugs.size >= SLUGS_MAX) slugs.clear();
    slugs.set(s, made);
  }
  return made;
}

/**
 * The most specific gazetteer code of an area, prefixed by its level letter (p/d/w); an area of the
 * 2025 map (a commune or ward, a merged province) by `2025.` as well: `org:dang-uy@2025.w20200` is
 * the Đảng ủy of the new phường Hòa Khánh, `org:dang-uy@w20200` that of the old phường Hòa Minh,
 * which had the same code. Keys of the map before the reform are unchanged.
 */
export function areaCode(area: Area | null): string | null {
  if (!area) return null;
  const map = area.map ? `${area.map}.` : '';
  if (area.wardCode) return `${map}w${area.wardCode}`;
  if (area.districtCode) return `d${area.districtCode}`;
  if (area.provinceCode) return `${map}p${area.provinceCode}`;
  return null;
}

/** True for an organisation of the map after the 1 July 2025 reform, whatever its body: its area is marked `2025.`. */
export function onMap2025(key: string): boolean {
  return key.includes('@2025.');
}

/** Reads back an organisation key's area part: `org:ubnd@2025.w20200` -> { map: '2025', level: 'w', code: '20200' }. */
export function orgKeyArea(key: string): { body: string; map: '2025' | null; level: 'p' | 'd' | 'w'; code: string } | null {
  const m = /^org:([a-z0-9-]+)@(?:(2025)\.)?([pdw])(\d+)$/.exec(key);
  if (!m) return null;
  return { body: m[1]!, map: m[2] ? '2025' : null, level: m[3] as 'p' | 'd' | 'w', code: m[4]! };
}

/**
 * Key of an organisation. `kind` is its body without the area ("quận ủy", "ubnd",
 * "công an", "phòng văn hóa và thông tin"); `scope` is used when the area is unknown.
 */
export function orgKey(kind: string, area: Area | null, scope?: string): string {
  const code = areaCode(area);
  if (code) return `org:${slug(kind)}@${code}`;
  if (scope) return `org:${slug(kind)}@?${slug(scope)}`;
  return `org:${slug(kind)}`;
}

/**
 * An organisation's name as keys fold it: the body's name, not who signs for it ("Ban Thường vụ
 * Huyện ủy An Lão" signs for the body "Huyện ủy An Lão": `huyen-uy-an-lao`). For a body of unknown
 * area it is the name part of its key (`org:huyen-uy-an-lao@?doc-…`).
 */
export function orgNameKey(o: { name: string; body?: string | null }): string {
  return slug(o.body ?? o.name);
}

/** True for the key of an organisation whose area is unknown, scoped to the document naming it (`org:huyen-uy-an-lao@?doc-…`). */
export function isUnknownAreaOrgKey(key: string): boolean {
  return /^org:[a-z0-9-]+@\?/.test(key);
}

/** Number keys made already: the citation resolver compares the same few numbers many times over. Bounded. */
const numberKeys = new Map<string, string>();

/** Number as a key part: upper case, no spaces, Đ kept apart from D by mapping to "DD". */
export function numberKey(number: string): string {
  let made = numberKeys.get(number);
  if (made === undefined) {
    made = number.normalize('NFC').replace(/\s+/g, '').replace(/[đĐ]/g, 'DD').toUpperCase();
    if (numberKeys.size >= SLUGS_MAX) numberKeys.clear();
    numberKeys.set(number, made);
  }
  return made;
}

/** The issuer part of a directive key when the citation does not say who issued the document. */
export const UNKNOWN_ISSUER = 'org:?';

/**
 * Key of a directive: `doc:<number>|<issuer key>[|<year>]` (the year when the number series
 * restarts each year), or `doc:<fallback>` for an unnumbered document. parseDirectiveKey reads it back.
 */
export function directiveKey(number: string | null, issuerKey: string | null, year: number | null, fallback?: string): string {
  if (!number) return `doc:${fallback ?? 'unnumbered'}`;
  const parts = [numberKey(number), issuerKey ?? UNKNOWN_ISSUER];
  if (year !== null) parts.push(String(year));
  return `doc:${parts.join('|')}`;
}

export interface DirectiveKeyParts {
  /** `doc:<number>|<issuer key>`: the key without its year. */
  series: string;
  numberKey: string;
  /** null when the issuer was not known (`org:?`). */
  issuerKey: string | null;
  year: number | null;
}

export function parseDirectiveKey(key: string): DirectiveKeyParts | null {
  if (!key.startsWith('doc:')) return null;
  const parts = key.slice(4).split('|');
  if (parts.length < 2 || parts.length > 3) return null;
  const [numberKey, issuer, year] = parts as [string, string, string | undefined];
  if (!numberKey || !issuer) return null;
  if (year !== undefined && !/^\d{4}$/.test(year)) return null;
  return {
    series: `doc:${numberKey}|${issuer}`,
    numberKey,
    issuerKey: issuer === UNKNOWN_ISSUER ? null : issuer,
    year: year === undefined ? null : Number(year),
  };
}
