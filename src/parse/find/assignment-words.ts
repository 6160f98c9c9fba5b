import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { ADVERBIAL_OPENERS, ASSIGN_NOUN_AFTER, ASSIGN_NOUN_BEFORE, ASSIGN_VERBS, DIRECT_VERBS, DUTY_WORDS, LEAD_WORDS, NEUTRAL_PHRASES, NON_TASK_PREDICATES, NOT_ASSIGN_COMPOUNDS, OBJECT_OPENERS, OCR_ROLE_SYLLABLES, OWNER_OPENERS, PREDICATE_WORDS, SITUATION_OPENERS, SUPPORT_AFTER_LEAD, SUPPORT_OPENERS, SUPPORT_WORDS } from '../vocabulary/assignment.js';
import { ocrPhraseSet } from './ocr-spellings.js';

/*
 * The phrase tables the reading of tasks asks at every clause (assigning verbs, predicates, role words):
 * built once here so that the subject scan, the roles and the clause reader (assignments.ts) match
 * the same phrases.
 */

const ASSIGN_VERB = phraseSet(ASSIGN_VERBS);
const NOT_ASSIGN = phraseSet(NOT_ASSIGN_COMPOUNDS);
/**
 * "giao" at k opening another word ("an toàn giao thông", "họp giao ban"), written in lower case: a
 * capital after it starts the unit it hands a task to ("giao Ban Quản lý …").
 */
function otherWordAt(tokens: readonly Token[], k: number): boolean {
  return NOT_ASSIGN.has(tokens, k) && !tokens[k + 1]!.upper;
}
const NOUN_BEFORE = phraseSet(ASSIGN_NOUN_BEFORE);
const NOUN_AFTER = phraseSet(ASSIGN_NOUN_AFTER);
/**
 * The assigning verb at k, unless "giao" there opens another word or the verb is a noun: "Theo đề
 * nghị của Phòng … tại Tờ trình …, UBND huyện ban hành Kế hoạch như sau:" asks nothing of anyone.
 */
export function assignAt(tokens: readonly Token[], k: number): ReturnType<typeof ASSIGN_VERB.match> {
  if (otherWordAt(tokens, k)) return null;
  const v = ASSIGN_VERB.match(tokens, k);
  if (!v || (k > 0 && NOUN_BEFORE.has(tokens, k - 1)) || NOUN_AFTER.has(tokens, v.end)) return null;
  return v;
}
export const ASSIGN = {
  match: assignAt,
  has: (tokens: readonly Token[], k: number) => assignAt(tokens, k) !== null,
};
// The role words ("chủ trì", "phối hợp với") also as an OCR'd page prints them ("chủ tri", "phoi hợp").
export const PREDICATES = ocrPhraseSet(PREDICATE_WORDS, OCR_ROLE_SYLLABLES);
export const NON_TASK = new Set(NON_TASK_PREDICATES);
export const OBJECT = phraseSet(OBJECT_OPENERS);
export const NEUTRAL = phraseSet(NEUTRAL_PHRASES);
export const DIRECT = phraseSet(DIRECT_VERBS);
export const LEAD = ocrPhraseSet(LEAD_WORDS, OCR_ROLE_SYLLABLES);
export const SUPPORT_WITH = ocrPhraseSet(SUPPORT_OPENERS, OCR_ROLE_SYLLABLES);
export const SUPPORT_BARE = ocrPhraseSet(SUPPORT_WORDS.filter((w) => !w.endsWith('với')), OCR_ROLE_SYLLABLES);
export const SUPPORT_AFTER_LEAD_WORDS = phraseSet(SUPPORT_AFTER_LEAD);
export const DUTY = phraseSet(DUTY_WORDS);
export const VA = phraseSet(['và']);
export const PASSIVE = phraseSet(['được', 'bị']);
/** The passive of an assigning verb after its subject ("Sở Y tế được giao …", "Các xã vùng cao được yêu cầu …"). */
export const PASSIVE_ASSIGN = phraseSet(['được giao', 'được phân công', 'được yêu cầu', 'được đề nghị']);
export const BI = phraseSet(['bị']);
export const ADVERBIAL = phraseSet(ADVERBIAL_OPENERS);
export const SITUATION = phraseSet(SITUATION_OPENERS);
export const OWNER_OPENER = phraseSet(OWNER_OPENERS);
