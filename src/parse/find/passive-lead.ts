import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';

const PASSIVE_ASSIGN = phraseSet(['được giao', 'được phân công']);
const LEAD = phraseSet(['lãnh đạo']);

/**
 * "Ban cán sự đảng UBND tỉnh được giao lãnh đạo UBND tỉnh ưu tiên bố trí vốn …": right after "được giao", "lãnh đạo"
 * in lower case is what the subject is given to do, to lead the body after it (whom it directs), not that body's
 * leadership ("Lãnh đạo UBND tỉnh" as a post). The verb's end, or -1.
 */
export function leadAfterPassiveAssign(tokens: readonly Token[], i: number, to: number): number {
  const t = tokens[i];
  // Asked at every word of a subject scan: the plain comparison first.
  const lead = t !== undefined && t.norm === 'lãnh' && !t.upper ? LEAD.match(tokens, i, to) : null;
  if (!lead) return -1;
  for (let k = Math.max(0, i - 3); k < i; k++) if (PASSIVE_ASSIGN.match(tokens, k, to)?.end === i) return lead.end;
  return -1;
}
