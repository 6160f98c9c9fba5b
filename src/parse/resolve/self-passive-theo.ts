import { phraseAlternation } from '../phrase-alternation.js';
import { DOC_TYPES } from '../vocabulary/doc-types.js';
import { CARRYING_OUT_VERBS, SELF_SUFFIXES } from '../vocabulary/relations.js';
import { WRAPPED_GAP } from '../wrapped-line.js';

/**
 * "Kế hoạch này được triển khai thực hiện theo Kế hoạch số 205/KH-CAHP …": the document itself, carried out
 * under another: it is that one's plan, and carries it out. A "theo" after other words of its clause names a
 * measure ("bố trí kinh phí theo Kế hoạch số …"); here the clause's words are the document and its passive
 * verbs only, and its one act is to follow the cited document. ("Kế hoạch này được thực hiện cùng Kế hoạch số …"
 * names no such source: spirit-passive.ts.)
 */
const SELF_PASSIVE = new RegExp(
  String.raw`(?:^|[\n.;:])[ \t]*(?:${phraseAlternation(DOC_TYPES.flatMap((d) => d.words), { gap: WRAPPED_GAP })})${WRAPPED_GAP}(?:${phraseAlternation(SELF_SUFFIXES, { gap: WRAPPED_GAP })})${WRAPPED_GAP}được${WRAPPED_GAP}(?:(?:${phraseAlternation(CARRYING_OUT_VERBS, { gap: WRAPPED_GAP })})${WRAPPED_GAP})+$`,
  'iu');

/** True when the "theo" at `at` follows only the document itself as subject and its passive carrying-out verbs. */
export function selfPassiveBefore(text: string, at: number): boolean {
  return SELF_PASSIVE.test(text.slice(Math.max(0, at - 80), at));
}
