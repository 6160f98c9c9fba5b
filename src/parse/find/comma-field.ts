import type { PhraseTable } from '../phrases.js';
import type { Token } from '../tokens.js';

/**
 * "Tổng cục Phòng, chống thiên tai": a known field whose two verbs a comma joins, at k, starts with a word that is also
 * a head ("Phòng"); inside a name it is the field, not a second unit.
 */
export function commaFieldAt(tokens: readonly Token[], k: number, limit: number, departments: PhraseTable<string>): boolean {
  if (tokens[k + 1]?.text !== ',') return false;
  const known = departments.match(tokens, k, limit);
  return !!known && known.end > k + 2;
}
