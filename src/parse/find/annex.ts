import type { Line } from '../types.js';
import { ANNEX_END, ANNEX_MARK } from '../vocabulary/assignment.js';

/** How far below the signature the annex's own line "(Ban hành kèm theo …)" may stand. */
const MARK_WINDOW = 25;

/**
 * The body of a plan annexed after the signature: a Quyết định that issues a Kế hoạch prints the
 * plan under it, with its own header, title and "(Ban hành kèm theo Quyết định số …)", and the
 * plan's items are the tasks the decision hands out (its Điều 2 says only "tổ chức thực hiện Kế
 * hoạch"). The lines from `from` (the first after the signature block) are searched for that line;
 * the annex runs from the line after it to its own Nơi nhận or signature, else to the end.
 */
export function annexBody(lines: readonly Line[], from: number): Line[] {
  const stop = Math.min(lines.length, from + MARK_WINDOW);
  let k = from;
  while (k < stop && !(ANNEX_MARK.test(lines[k]!.folded))) k++;
  if (k >= stop) return [];
  let end = k + 1;
  while (end < lines.length && !ANNEX_END.test(lines[end]!.folded)) end++;
  return lines.slice(k + 1, end);
}
