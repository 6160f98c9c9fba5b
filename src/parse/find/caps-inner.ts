import type { Token } from '../tokens.js';

/**
 * In a line of capitals ("III. NHIỆM VỤ CÁC BỘ PHẬN, ĐƠN VỊ"), a head written only with a capital ("Vụ", "Bộ phận")
 * carries no capital of its own: right after another word in capitals, one space apart, it is that word's second
 * syllable or a common noun of the heading ("NHIỆM VỤ", "CÁC BỘ PHẬN"), not a ministry's department or a section.
 */
export function capsInnerSyllable(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  const prev = tokens[at - 1];
  if (!t || !prev || !t.caps || !prev.caps || !prev.word || t.text.length < 2 || prev.text.length < 2) return false;
  return t.start - prev.end === 1;
}
