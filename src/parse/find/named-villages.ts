import type { Token } from '../tokens.js';
import { moreVillageNamesEnd, villageNameEnd } from './villages.js';

/**
 * "Bí thư chi bộ các thôn Phù Vân, Phù Lưu 2, Đồng Xá", "Trưởng thôn Yên Lạc, Đông Tảo, Hạ Lũng": the villages of a unit
 * made plural, or of a village head's post written once for them, named one after another. Cut at the type word, the
 * unit was every village of the commune (the post) or every cell of the committee; the villages are no places of the
 * gazetteer, so the list is one unit printed whole. Where the last name ends; `j` when fewer than two are named (one name
 * after a post is read as before, and one after "các" is no list).
 */
export function namedVillagesEnd(tokens: readonly Token[], j: number, limit: number): number {
  const first = villageNameEnd(tokens, j, limit);
  if (first === j || first >= limit) return j;
  const glue = tokens[first]!;
  if (glue.text !== ',' && glue.norm !== 'và') return j;
  const more = moreVillageNamesEnd(tokens, first, limit);
  return more > first ? more : j;
}
