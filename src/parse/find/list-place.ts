import { isAllCaps } from '../text.js';
import type { Token } from '../tokens.js';

/**
 * "Hội Nông dân các xã Phú Sơn, Thọ Sơn, Đoàn Kết": in a list of places' names, a unit's one-word head with a
 * capitalised syllable after it and no lower-case word after that but the clause's verb ("Đoàn Kết", "Hội Hợp") is one more place: a place's
 * name capitalises every syllable, a unit's name ("Hội Nông dân", "Đoàn Thanh niên", "Đội Cảnh sát") goes on in lower
 * case. `headEnd` is where the head's phrase ends.
 */
export function headIsPlaceName(tokens: readonly Token[], j: number, headEnd: number, limit: number, startsUnit: (k: number) => boolean, predicateAt: (k: number) => boolean): boolean {
  if (headEnd !== j + 1 || j + 1 >= limit) return false;
  const name = tokens[j + 1]!;
  if (!name.word || !name.upper || isAllCaps(name.text) || isAllCaps(tokens[j]!.text) || startsUnit(j + 1)) return false;
  const after = tokens[j + 2];
  // "… Đoàn Kết rà soát …": the list may end there, the clause's verb after it.
  return j + 2 >= limit || !after || !after.word || after.upper || after.norm === 'và' || predicateAt(j + 2);
}
