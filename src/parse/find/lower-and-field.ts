import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { LEAD_WORDS, SUPPORT_WORDS } from '../vocabulary/assignment.js';
import { AREAS, isCapWord, isLowerWord } from './unit-words.js';

/** "chủ trì", "phối hợp": the role word opens the predicate right after its subject, so it closes the name too. */
const ROLE = phraseSet([...LEAD_WORDS, ...SUPPORT_WORDS]);

/**
 * "Trung tâm Nghiên cứu bò và đồng cỏ Ba Vì", "Viện Nghiên cứu rau và quả Hà Nội": a name's field in lower case with a
 * second one joined by "và", then the name's place. Cut at "và", the second field and the place were lost (the place
 * read as the body's area). Only when a capitalised name or an area word closes the second field at once: a clause's
 * "và" goes on to a verb or an object. A role word closes it too ("Trung tâm Hỗ trợ phụ nữ và trẻ em phối hợp với …").
 * `roleOnly`: the first field is long already (three lower-case syllables), and only a role word closes the second.
 * At k, the "và" after the first field: where the second field ends, else -1.
 */
export function lowerAndFieldEnd(tokens: readonly Token[], k: number, limit: number, nameWord: (j: number) => boolean, closes: (j: number) => boolean, roleOnly = false): number {
  if (tokens[k]?.norm !== 'và' || !isLowerWord(tokens[k + 1])) return -1;
  let e = k + 1;
  while (e < limit && e - (k + 1) < 3 && nameWord(e)) e++;
  if (e === k + 1) return -1;
  if (ROLE.has(tokens, e, limit)) return e;
  if (roleOnly) return -1;
  return isCapWord(tokens[e]) ? (closes(e) ? e : -1) : AREAS.has(tokens, e, limit) ? e : -1;
}
