import type { Token } from '../tokens.js';
import { startsSomething } from './name-shape.js';
import { isCapWord, isLowerWord } from './unit-words.js';

/** At most this many syllables of the place a numbered school is named after ("số 1 Phù Cát", "số 2 Bảo Thắng"). */
const MAX_PLACE_SYLLABLES = 3;

/** A school's head: the bare word with a capitalised grade after it, or a grade written in lower case. */
export function isSchoolHead(canonical: string): boolean {
  return canonical === 'Trường' || canonical.startsWith('trường ');
}

/**
 * "Trường THPT số 2 Bảo Thắng", "các trường Trung học phổ thông số 1 Phù Cát, …": after a school's number, the place it
 * is named after, capitalised and closed there (by a lower-case word, punctuation or the end), no unit's head. From `j`,
 * after the number: where the place ends, or `j` when none is there.
 */
export function numberedPlaceEnd(tokens: readonly Token[], j: number, limit: number): number {
  let k = j;
  while (k < limit && k - j < MAX_PLACE_SYLLABLES && isCapWord(tokens[k]) && !startsSomething(tokens, k, limit)) k++;
  if (k === j) return j;
  const next = tokens[k];
  return k >= limit || !next || !next.word || isLowerWord(next) ? k : j;
}
