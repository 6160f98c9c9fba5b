import type { UnitHead } from '../vocabulary/units.js';
import type { Token } from '../tokens.js';

/**
 * "phối hợp với Trưởng thôn", "Trưởng ấp", "Trưởng bản": the post of a village's head, written once for every village
 * of the area, stands for the villages as "Trưởng các thôn" does. A village word alone is a head only made plural
 * ("bản" is in every "văn bản"); right after "Trưởng" it is the post, not a syllable of another word.
 */
export function villageHeadPost(head: UnitHead, office: string | null, tokens: readonly Token[], headAt: number): boolean {
  if (!head.pluralOnly || head.shape !== 'subward' || !office) return false;
  // "Các ông (bà) Trưởng thôn: Trung Thủy, Yên Hạ - Ủy viên": the members of a board, by their villages, no unit.
  if (tokens[headAt + 1]?.text === ':') return false;
  return headAt > 0 && tokens[headAt - 1]!.norm === 'trưởng' && /^trưởng$/iu.test(office.trim());
}
