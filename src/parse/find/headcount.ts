import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { PREDICATE_WORDS } from '../vocabulary/assignment.js';

const COUNTED = phraseSet(['cán bộ, chiến sĩ', 'đồng chí', 'người', 'cán bộ', 'chiến sĩ', 'đoàn viên', 'hội viên', 'đảng viên', 'thành viên']);
const PREDICATES = phraseSet(PREDICATE_WORDS);

/**
 * "Trung đội dân quân cơ động huyện 31 đồng chí; dân quân các xã, thị trấn 620 đồng chí": a unit and how many people it
 * has, and no verb the scan knows: the forces a plan can call on, a figure, not a task ("Công an xã bố trí 10 người"
 * has its verb). `subjectEnd`, the token after the clause's subject where one was read: where words stand between it and
 * the number and the count is a least or a share per unit or time ("Đoàn Thanh niên phường giới thiệu đoàn viên ưu tú
 * cho các chi bộ, mỗi quý ít nhất 02 đoàn viên"), it is what the subject's work is to yield: a duty. A figure ("Đảng bộ
 * phường hiện có 24 chi bộ trực thuộc với 612 đảng viên") stays none.
 */
export function headcountOnly(tokens: readonly Token[], subjectEnd?: number): boolean {
  let end = tokens.length;
  while (end > 0 && !tokens[end - 1]!.word) end--;
  // The counted noun ends the clause, right after a number.
  let at = -1;
  for (let k = end - 1; k >= Math.max(1, end - 5) && at < 0; k--) {
    if (COUNTED.match(tokens, k, end)?.end === end && /^\d[\d.]*$/.test(tokens[k - 1]!.text)) at = k;
  }
  if (at < 0) return false;
  if (subjectEnd !== undefined && subjectEnd < at - 1 && perUnitCount(tokens, at - 1)) return false;
  for (let k = 0; k < at; k++) if (PREDICATES.has(tokens, k, at)) return false;
  return true;
}

const PER_UNIT = phraseSet(['ít nhất', 'tối thiểu']);

/** "… ít nhất 02 đoàn viên", "mỗi quý 02 đoàn viên": the number at `k` is a least, or a count per unit or time. */
function perUnitCount(tokens: readonly Token[], k: number): boolean {
  if (k >= 2 && PER_UNIT.match(tokens, k - 2, k)?.end === k) return true;
  return (k >= 2 && tokens[k - 2]!.norm === 'mỗi') || (k >= 3 && tokens[k - 3]!.norm === 'mỗi');
}
