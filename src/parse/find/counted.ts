import type { Token } from '../tokens.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_SMALL = /^\p{Ll}/u;

/** A digit at offset k: asked before `SHARE_OPENING`, which every clause would otherwise pay a slice for. */
export function isDigitAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c >= 48 && c <= 57;
}

/** "3/11 chi bộ ấp chưa …", "3/7 tổ dân phố đạt …": a clause that opens with a share of units gives a figure. */
export const SHARE_OPENING = /^\d{1,3}\/\d{1,3}\s+\p{Ll}/u;

/**
 * "phấn đấu đến hết năm 2025 có thêm 03 tổ chức cơ sở đảng trong doanh nghiệp": units counted by a number, after words
 * of the clause's own (not at its opening), are what the clause counts, not who acts. True when every unit the scan
 * read is so.
 */
export function countedOnly(tokens: readonly Token[], s: { units: ReadonlyArray<{ from: number }> }): boolean {
  if (s.units.length === 0) return false;
  for (const u of s.units) {
    const first = tokens[u.from];
    const before = tokens[u.from - 1];
    if (!first || !/^\d{1,3}$/.test(first.text) || !before || !before.word || !OPENS_SMALL.test(before.text)) return false;
  }
  return true;
}

/**
 * "Tổng số toàn Đảng bộ có 23 chi bộ …; 04 chi bộ dự kiến không tổ chức đại hội", "… 11.935 hộ đạt chuẩn; 31 chi hội
 * đạt …": a clause that opens with a count of units, after a semicolon that ends a clause of figures (a number in it,
 * no task read from it), is one more figure of the list, not a task of the units counted. `previous` is that clause.
 */
export function countAfterFigures(tokens: readonly Token[], previous: string): boolean {
  const first = tokens[0];
  const next = tokens[1];
  return !!first && !!next && /^\d{1,4}$/.test(first.text) && next.word && OPENS_SMALL.test(next.text) && /\d/.test(previous);
}
