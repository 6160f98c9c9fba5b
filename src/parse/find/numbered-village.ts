import type { Token } from '../tokens.js';
import type { UnitHead } from '../vocabulary/units.js';

/**
 * "Khu phố 5, khu phố 7" in a plan's column of partners, "Thôn 3 vận động …": one village named by its number. A village
 * word alone is a head only made plural ("các thôn"), since a bare "thôn", "khu phố" is as often a place of the text
 * ("tại thôn Đông"); with a number right after it, it names one village, a unit as "Chi bộ xóm 5" names one cell. Its
 * number is one to three digits, perhaps with a letter ("Tổ 3A"), after "số" or not, and no date or count follows it
 * ("thôn 5/2024", "khu phố 3 năm"). The end of the number, or `j`. "bản" (every "văn bản 2") is left out.
 */
export function numberedVillageEnd(head: UnitHead, tokens: readonly Token[], j: number, limit: number): number {
  if (head.shape !== 'subward' || !head.pluralOnly || head.lowerOnly) return j;
  const at = tokens[j]?.norm === 'số' ? j + 1 : j;
  return at < limit && villageNumberAt(tokens, at) ? at + 1 : j;
}

/** A village's number at j (one to three digits, a letter perhaps), after "số" or not: no date or count goes on from it. */
export function villageNumberAt(tokens: readonly Token[], j: number): boolean {
  const at = tokens[j]?.norm === 'số' ? j + 1 : j;
  const t = tokens[at];
  if (!t || !/^\d{1,3}[A-Za-z]?$/u.test(t.text)) return false;
  const next = tokens[at + 1];
  return !(next && next.start === t.end && /^[/.\-–]$/u.test(next.text));
}

/**
 * "Xóm 3 và xóm 7", "Thôn số 2, thôn số 4": i follows another village named by its number with a capital, and the list's
 * comma or "và". After a lower-case one ("Chi hội Phụ nữ xóm 5, xóm 6") the next is the same unit's of another village
 * (find/elided-village.ts).
 */
export function afterVillageNumber(tokens: readonly Token[], i: number): boolean {
  const glue = tokens[i - 1];
  if (i < 3 || !glue || (glue.text !== ',' && glue.norm !== 'và') || !/^\d{1,3}[A-Za-z]?$/u.test(tokens[i - 2]!.text)) return false;
  const word = tokens[i - 3]!.norm === 'số' ? tokens[i - 4] : tokens[i - 3];
  return !!word && word.upper && word.norm === tokens[i]!.norm;
}
