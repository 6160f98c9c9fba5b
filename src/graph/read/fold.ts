import { slug } from '../../model/keys.js';

/**
 * Diacritic-insensitive matching inside Cypher, without an extra index or stored property:
 * Cypher's normalize(..., NFD) splits "ủ" into "u" + U+0309 + U+031B, and reduce() strips the
 * combining marks Vietnamese uses, so the fold matches src/model/keys.ts fold() on Vietnamese text
 * ("Liên Chiểu", "Liên Chiêu" and "LIEN CHIEU" all become "lien chieu").
 */
export const FOLD_MARKS: readonly string[] = [
  '\u0300', // huyền
  '\u0301', // sắc
  '\u0302', // circumflex: â ê ô
  '\u0303', // ngã
  '\u0306', // breve: ă
  '\u0309', // hỏi
  '\u031B', // horn: ơ ư
  '\u0323', // nặng
  '\u0304', '\u0308', '\u0327', // macron, diaeresis, cedilla: foreign names in titles
];

/** Cypher expression: `expr` folded (needs the `foldMarks` parameter: spread `foldParams`). */
export function foldCypher(expr: string): string {
  return `replace(reduce(s = normalize(toLower(coalesce(${expr}, '')), NFD), m IN $foldMarks | replace(s, m, '')), 'đ', 'd')`;
}

export const foldParams = { foldMarks: FOLD_MARKS } as const;

/**
 * An organisation's name and area, folded: what a search word is looked for in. src/graph/write
 * stores it as `searchText` on every organisation it writes (a property read instead of a fold per
 * organisation per request: 605 issuers hold "chi" or "thi", issue 12), with this very expression,
 * so that the stored text is what the fold at query time gave.
 */
export function orgSearchTextCypher(o: string): string {
  return foldCypher(`coalesce(${o}.name, '') + ' ' + coalesce(${o}.area, '')`);
}

/**
 * Cypher expression: the organisation's stored `searchText`, or for a node written before it was
 * stored (a store that backfill.ts has not filled yet), the same text folded here. The fold reads
 * the node under another name (`unstored`): written on `o` itself, the planner read `o.name` and
 * `o.area` ahead of the coalesce for every organisation (a CacheProperties of three properties
 * where one is used: 1,275 of the 3,599 db hits of "chi thi 226" on 20,000 documents), although
 * coalesce needs them only where `searchText` is missing.
 */
export function orgSearchText(o: string): string {
  return `coalesce(${o}.searchText, head([unstored IN [${o}] | ${orgSearchTextCypher('unstored')}]))`;
}

/**
 * Search words: folded, split on anything that is not a letter or digit. "17/CT-UBND" gives
 * ["17", "ct", "ubnd"], each of which must occur in the folded haystack.
 */
export function searchTokens(search: string | null | undefined): string[] {
  if (!search) return [];
  return slug(search).split('-').filter((t) => t.length > 0).slice(0, 20);
}

/** A printed number folded for comparison: no spaces, upper case, Đ and D alike ("100- CV/ĐU" = "100-CV/DU"). */
export function foldNumber(number: string): string {
  return number.normalize('NFC').replace(/\s+/g, '').toUpperCase().replace(/Đ/g, 'D');
}

/** Cypher expression folding a stored number the same way as foldNumber. */
export function foldNumberCypher(expr: string): string {
  return `replace(replace(toUpper(coalesce(${expr}, '')), ' ', ''), 'Đ', 'D')`;
}
