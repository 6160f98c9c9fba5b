import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { PREDICATE_WORDS } from '../vocabulary/assignment.js';

const COUNTED = phraseSet(['cán bộ, chiến sĩ', 'đồng chí', 'người', 'cán bộ', 'chiến sĩ', 'đoàn viên', 'hội viên', 'đảng viên', 'thành viên']);
const PREDICATES = phraseSet(PREDICATE_WORDS);

/**
 * "Trung đội dân quân cơ động huyện 31 đồng chí; dân quân các xã, thị trấn 620 đồng chí": a unit and how many people it
 * has, and no verb the scan knows: the forces a plan can call on, a figure, not a task ("Công an xã bố trí 10 người"
 * has its verb).
 */
export function headcountOnly(tokens: readonly Token[]): boolean {
  let end = tokens.length;
  while (end > 0 && !tokens[end - 1]!.word) end--;
  // The counted noun ends the clause, right after a number.
  let at = -1;
  for (let k = end - 1; k >= Math.max(1, end - 5) && at < 0; k--) {
    if (COUNTED.match(tokens, k, end)?.end === end && /^\d[\d.]*$/.test(tokens[k - 1]!.text)) at = k;
  }
  if (at < 0) return false;
  for (let k = 0; k < at; k++) if (PREDICATES.has(tokens, k, at)) return false;
  return true;
}
