import { phraseAlternation } from '../phrase-alternation.js';
import { CONTRIBUTION_LEADS, PURPOSE_CARRYING_VERBS, PURPOSE_WORDS } from '../vocabulary/relations.js';
import { sentenceStart } from '../find/sentences.js';
import { WRAPPED_GAP } from '../wrapped-line.js';

/**
 * A contribution ("góp phần thực hiện …", CONTRIBUTION_LEADS) names a wider aim the work feeds, cited. Joined by
 * "và" to the document's own purpose earlier in its sentence ("Chiến dịch được tổ chức nhằm thực hiện Kế hoạch số
 * … và góp phần thực hiện Nghị quyết Đại hội …"), it is a second purpose of the document, carried out as the
 * first, the way "đồng thời góp phần" already is. After a unit's work ("Các chi đoàn ra quân và góp phần thực hiện
 * …") there is no purpose to join, and it stays cited.
 */
const JOINED = new RegExp(String.raw`(?<![\p{L}])và${WRAPPED_GAP}(?:${phraseAlternation(CONTRIBUTION_LEADS, { gap: WRAPPED_GAP })})${WRAPPED_GAP}$`, 'iu');
const PURPOSE = new RegExp(
  String.raw`(?<![\p{L}])(?:${phraseAlternation(PURPOSE_WORDS, { gap: WRAPPED_GAP })})${WRAPPED_GAP}(?:${phraseAlternation(PURPOSE_CARRYING_VERBS, { gap: WRAPPED_GAP })})(?![\p{L}])`, 'iu');

/** True when the contribution right before the trigger at `at` is joined by "và" to a purpose of its sentence. */
export function contributionJoinsPurpose(text: string, at: number): boolean {
  const joined = JOINED.exec(text.slice(Math.max(0, at - 40), at));
  if (!joined) return false;
  const andAt = at - joined[0].length;
  return PURPOSE.test(text.slice(sentenceStart(text, andAt, Math.max(0, andAt - 600)), andAt));
}
