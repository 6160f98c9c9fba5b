import { dashedKey, dashedPlaceNames, provinceNameKeys } from '../gazetteer.js';
import { nameKey } from '../text.js';
import { type Token, isDash } from '../tokens.js';
import { SURNAMES } from '../vocabulary/signature.js';

/**
 * "Sở Y tế Hà Tĩnh", "Sở Thông tin và Truyền thông Quảng Bình": a department's name in capitalised
 * words, then its province's name without "tỉnh". Read as more words of the name, the province
 * was lost and the clause's verb after it taken too ("… Hà Tĩnh đề nghị"). Only a province's name,
 * as the gazetteer spells it (on either map), ends a name this way.
 */

/** Words a province name may have ("Thừa Thiên Huế", "Bà Rịa - Vũng Tàu" is written with its dash). */
const MAX_WORDS = 4;

/** The token index after a province's name starting at `k`, or -1. */
export function provinceNameEnd(tokens: readonly Token[], k: number, limit: number): number {
  const keys = provinceNameKeys();
  const words: string[] = [];
  let best = -1;
  for (let j = k; j < limit && words.length < MAX_WORDS; j++) {
    const t = tokens[j]!;
    if (!t.word || !t.upper) break;
    // Tokens of one name are separated by single spaces only.
    if (j > k && t.start !== tokens[j - 1]!.end + 1) break;
    words.push(t.text);
    if (keys.has(nameKey(words.join(' ')))) best = j + 1;
  }
  const dashed = dashedPlaceAt(tokens, k, limit);
  return dashed && keys.has(nameKey(dashed.name)) ? Math.max(best, dashed.end) : best;
}

/** The most syllables a name the gazetteer writes with a dash has ("Phan Rang-Tháp Chàm"). */
const DASHED_MAX = 6;

/**
 * A place the gazetteer names with a dash, at `k`, whichever dash the text writes ("UBND tỉnh Bà Rịa - Vũng Tàu",
 * "Bà Rịa – Vũng Tàu", "Bà Rịa-Vũng Tàu"): the token index after it and the gazetteer's spelling, or null. Read word
 * by word, a name stopped at its dash ("UBND tỉnh Bà Rịa") and lost its province. Only the gazetteer's whole name
 * spans a dash: "UBND tỉnh Bình Dương - Sở Y tế" stays two bodies, and a list item's dash after a name goes on
 * with no name the gazetteer knows.
 */
export function dashedPlaceAt(tokens: readonly Token[], k: number, limit: number): { end: number; name: string } | null {
  const names = dashedPlaceNames();
  const words: string[] = [];
  let dashed = false;
  let best: { end: number; name: string } | null = null;
  for (let j = k; j < limit && words.length < DASHED_MAX; j++) {
    const t = tokens[j]!;
    // Tokens of one name are separated by a single space at most.
    if (j > k && t.start > tokens[j - 1]!.end + 1) break;
    if (isDash(t)) {
      if (j === k || dashed) break;
      dashed = true;
      continue;
    }
    if (!t.word || !t.upper) break;
    const parts = t.text.split('-');
    if (parts.length > 1) dashed = true;
    words.push(...parts);
    const name = dashed ? names.get(dashedKey(words.join(' '))) : undefined;
    if (name) best = { end: j + 1, name };
  }
  return best;
}

const SURNAME_KEYS = new Set(SURNAMES.map((s) => nameKey(s)));

/**
 * A person's full name at `k` (a family name and two or more given names in capitals): "Phó Chủ tịch
 * UBND tỉnh Hà Tĩnh Nguyễn Hồng Lĩnh vừa ký …" puts the signer right after the place, whose name
 * ends there. Two-word names are left alone: a place may hold a family name ("xã Thạch Lưu").
 */
export function personNameAt(tokens: readonly Token[], k: number, limit: number): boolean {
  const t = tokens[k];
  if (!t?.word || !t.upper || !SURNAME_KEYS.has(nameKey(t.text))) return false;
  let n = 0;
  for (let j = k + 1; j < limit && j <= k + 3; j++) {
    const w = tokens[j]!;
    if (!w.word || !w.upper || w.start !== tokens[j - 1]!.end + 1) break;
    n++;
  }
  return n >= 2;
}
