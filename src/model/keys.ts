import type { Area } from './record.js';

/**
 * Canonical keys: the identity rules of design.md as code. Pure, shared by parse and graph.
 *
 * - A name is folded before it becomes part of a key: NFC, tone marks and diacritics
 *   stripped, đ -> d, lower case, runs of non-letters to one dash. "Hoà Minh", "Hòa Minh"
 *   and "HOA MINH" give the same key.
 * - An organisation key is its kind plus the most specific gazetteer code of its area:
 *   `org:quan-uy@d007` is Quận ủy Hai Bà Trưng (district code 007). An organisation
 *   whose area is unknown gets a key scoped to the document that names it, so that it is
 *   never merged with another on a guess.
 * - A directive key is number + issuer key + year when known: numbers are unique only
 *   per issuer and year (State) or per term (Party), and a term never reuses a number.
 */

/** Fold a Vietnamese string for comparison: strips every diacritic, đ->d, lower case. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** A folded slug: letters and digits, single dashes. */
export function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The most specific gazetteer code of an area, prefixed by its level letter (p/d/w). */
export function areaCode(area: Area | null): string | null {
  if (!area) return null;
  if (area.wardCode) return `w${area.wardCode}`;
  if (area.districtCode) return `d${area.districtCode}`;
  if (area.provinceCode) return `p${area.provinceCode}`;
  return null;
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

/** Number as a key part: upper case, no spaces, Đ kept apart from D by mapping to "DD". */
export function numberKey(number: string): string {
  return number.normalize('NFC').replace(/\s+/g, '').replace(/[đĐ]/g, 'DD').toUpperCase();
}

/** Key of a directive: number + issuer (+ year when the number series restarts each year). */
export function directiveKey(number: string | null, issuerKey: string | null, year: number | null, fallback?: string): string {
  if (!number) return `doc:${fallback ?? 'unnumbered'}`;
  const parts = [numberKey(number), issuerKey ?? 'org:?'];
  if (year !== null) parts.push(String(year));
  return `doc:${parts.join('|')}`;
}
