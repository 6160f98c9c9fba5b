import { phraseAlternation } from '../phrase-alternation.js';
import { CARRYING_OUT_VERBS, SPIRIT_TRIGGERS } from '../vocabulary/relations.js';
import { opensSentence } from './measure-object.js';
import { WRAPPED_GAP } from '../wrapped-line.js';

/**
 * Two places where a carrying-out trigger does not carry the cited document out (vocabulary/relations.ts):
 * a passive ("Kế hoạch này được thực hiện cùng Kế hoạch số …"), whose object is its subject before it, and
 * the spirit work is done in ("…, theo tinh thần Chỉ thị số …") named after other words of its sentence.
 */
const PASSIVE = new RegExp(String.raw`(?<![\p{L}])được${WRAPPED_GAP}(?:(?:${phraseAlternation(CARRYING_OUT_VERBS, { gap: WRAPPED_GAP })})${WRAPPED_GAP})*$`, 'iu');
const SPIRIT: ReadonlySet<string> = new Set(SPIRIT_TRIGGERS);
/** Only words between the trigger and the citation, up to a trailing gap. */
const WORDS_BETWEEN = /^[ \t\n]+\p{L}+(?:[ \t]\p{L}+)*[ \t\n]{1,2}$/u;

/** True when the trigger at `at` is a verb of a passive: "được" before it, with other carrying-out verbs between. */
export function passiveAt(text: string, at: number): boolean {
  return PASSIVE.test(text.slice(Math.max(0, at - 60), at));
}

/**
 * True when a spirit trigger (`phrase`, at `at`) names the measure of other work: it does not open its
 * sentence, and the carrying-out trigger right before it, if any (`before`, its end), is no act of the
 * document's own ("lãnh đạo thực hiện theo tinh thần …" is one, "được triển khai theo tinh thần …" is not).
 */
export function spiritInsideSentence(text: string, phrase: string, at: number, before: { end: number; passive: boolean; purpose: boolean } | null): boolean {
  if (!SPIRIT.has(phrase) || opensSentence(text, at)) return false;
  if (before === null || before.passive) return true;
  // "Để triển khai Chiến dịch theo tinh thần Kế hoạch số …, Ban Thường vụ … đề nghị …": after a purpose word the
  // work and its spirit are the document's own aim, as a bare "theo" there is (purpose-opening.ts).
  const between = text.slice(before.end, at);
  return !(/^[ \t\n]*$/u.test(between) || (before.purpose && WORDS_BETWEEN.test(between)));
}
