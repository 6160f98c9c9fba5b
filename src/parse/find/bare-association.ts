import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { CELL_ASSOCIATIONS } from '../vocabulary/units.js';
import { isLowerWord } from './unit-words.js';

const ASSOCIATION = phraseSet(CELL_ASSOCIATIONS);

/**
 * "Ban Tuyên giáo Hội viết bài …", "Ban Kiểm tra Hội rà soát …": after an organ's name, the bare "Hội" of the issuing
 * association, then the clause's verb. Read as the first word of the organ's owner, the verb went on as a lower-case word
 * of its name ("Hội viết"); an association named in lower case ("Hội nông dân", "Hội cựu chiến binh") is an owner as
 * before. Whether the token at k is such a bare "Hội".
 */
export function bareAssociationAt(tokens: readonly Token[], k: number, limit: number): boolean {
  const t = tokens[k];
  if (!t || t.text !== 'Hội' || k + 1 >= limit) return false;
  return isLowerWord(tokens[k + 1]) && !ASSOCIATION.has(tokens, k + 1, limit);
}
