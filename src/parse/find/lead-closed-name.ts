import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { CLAUSE_WORDS_BEFORE_ROLE, LEAD_WORDS, MANNER_BEFORE_ROLE } from '../vocabulary/assignment.js';
import { PREDICATE_STOPS, isLowerWord } from './unit-words.js';

const LEAD = phraseSet(LEAD_WORDS);
const CLAUSE_WORDS = phraseSet([...MANNER_BEFORE_ROLE, ...CLAUSE_WORDS_BEFORE_ROLE]);
/** "công trình thủy lợi": a longer run is likelier a clause's words than a name's. */
const MAX_LOWER = 4;

/**
 * "Cục Quản lý và Xây dựng công trình thủy lợi chủ trì, …": a name the tables know ("Xây dựng", a department's) going on
 * in lower case up to the lead's role word. The role word opens the clause's predicate right after its subject, so every
 * word between is the name's; a known name stops at its own end otherwise ("Sở Xây dựng hướng dẫn …"). `nameWord` says
 * which lower-case words a name may hold. The name's end, or -1.
 */
export function leadClosedEnd(tokens: readonly Token[], k: number, limit: number, nameWord: (j: number) => boolean): number {
  let e = k;
  while (e < limit && e - k < MAX_LOWER && isLowerWord(tokens[e]) && nameWord(e) && !LEAD.has(tokens, e, limit) && !CLAUSE_WORDS.has(tokens, e, limit)
    && !PREDICATE_STOPS.has(tokens, e, limit)) e++;
  return e > k && LEAD.has(tokens, e, limit) ? e : -1;
}
