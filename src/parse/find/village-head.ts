import type { UnitHead } from '../vocabulary/units.js';
import type { Token } from '../token-scan.js';

/**
 * "phối hợp với Trưởng thôn", "Trưởng ấp", "Trưởng bản": the post of a village's head, written once for every village
 * of the area, stands for the villages as "Trưởng các thôn" does. A village word alone is a head only made plural
 * ("bản" is in every "văn bản"); right after "Trưởng" it is the post, not a syllable of another word.
 */
export function villageHeadPost(head: UnitHead, office: string | null, tokens: readonly Token[], headAt: number): boolean {
  if (!head.pluralOnly || head.shape !== 'subward' || !office) return false;
  return headAt > 0 && tokens[headAt - 1]!.norm === 'trưởng' && /^trưởng$/iu.test(office.trim());
}
