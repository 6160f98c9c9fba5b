import { NAMED_TYPE_WORDS } from '../vocabulary/doc-types.js';
import { GENERIC_SELF_WORDS, MAKING_VERBS, SELF_REFERENCE_WORD } from '../vocabulary/identity.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { WRAPPED_GAP as GAP } from '../wrapped-line.js';
import { dateAt, type FoundDate } from './dates.js';

/**
 * The day a text without a header ties to itself: a making verb ("ban hành", "ký", "thông qua") whose
 * object is this document, the day written right after the act. The document is named as itself by its
 * type word with "này" ("Công văn này được ký ngày 08/4/2024", "… ban hành Kế hoạch này vào ngày …"), or
 * by a bare type word or "Văn bản" opening a sentence or a bracket that says nothing but its making
 * ("(Văn bản do Sở Y tế tỉnh Quảng Trị ban hành ngày 20 tháng 5 năm 2024)", "Kế hoạch được ban hành ngày
 * 2/7/2024."). An opening sentence "Ngày 10/5/2024, UBND huyện … ban hành Kế hoạch này …" dates it too.
 *
 * What is never read: a type word with its number ("Kế hoạch số 12/KH-UBND được UBND tỉnh ban hành ngày …"
 * is a cited document), a day after "trước", "từ", "đến" (a deadline, a period), the day of a meeting
 * ("Ngày 5/4/2024, Ban Thường vụ … đã họp", and "… thông qua tại hội nghị ngày …", the day of the meeting that
 * passed it, which tune's f69 labels as no date of the document's) and a date of effect ("có hiệu lực từ ngày …"):
 * none follows a making verb whose object is the document. Weighed below a header's date, a title line's and the date
 * line above the signature (closing-identity.ts).
 */
const SELF_WORDS = [...NAMED_TYPE_WORDS.map(([w]) => w), ...GENERIC_SELF_WORDS];
const SELF = `(?:${phraseAlternation(SELF_WORDS, { gap: GAP })})`;
const VERB = `(?:${phraseAlternation(MAKING_VERBS, { gap: GAP })})`;
/** The agent between "được"/"do" and the verb: one name, with no number, date or citation in it. */
const AGENT = String.raw`(?:${GAP}[^.;:\n/\d()]{1,140}?)?`;
/** What may stand between the act and its day: "vào", a comma. */
const TO_DAY = String.raw`(?:,?${GAP}vào)?,?${GAP}(?=ngày[ ])`;

/**
 * "<Type> này (đã|vừa) được <agent> <verb> ngày …", "<Type> do <agent> <verb> ngày …", and with no agent
 * "<Type> này ban hành ngày …" (the verb right after "này": "Kế hoạch này thay thế … ban hành ngày …" is another's).
 */
const PASSIVE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${SELF})(${GAP}${SELF_REFERENCE_WORD})?${GAP}(?:(?:đã|vừa)${GAP})?(?:(?:được|do)${AGENT}${GAP}|(?<=này${GAP}))${VERB}${TO_DAY}`, 'giu');
/** "… <verb> <Type> này (vào) ngày …". */
const ACTIVE = new RegExp(String.raw`(?<![\p{L}])${VERB}${GAP}${SELF}${GAP}${SELF_REFERENCE_WORD}${TO_DAY}`, 'giu');
/** "Ngày 10/5/2024, <agent> (đã) ban hành Kế hoạch này …": the sentence's day, the act's object the document. */
const DAY_FIRST = new RegExp(String.raw`(?:^|\n)[ ]{0,8}(?=Ngày[ ])`, 'gu');
const ACT_ON_SELF = new RegExp(String.raw`(?<![\p{L}])${VERB}${GAP}${SELF}${GAP}${SELF_REFERENCE_WORD}(?![\p{L}])`, 'iu');

/** Only a full stop, a bracket, "./." or the end of the line after the date: a note that says nothing else. */
const NOTE_END = /^[ ]*(?:\.\/\.|[.)]){0,2}[ ]*(?:\n|$)/u;

/** Is `at` the start of a sentence or of a bracket (its line's start, after "(" or a full stop)? */
function opensSentence(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /(?:^|[(.!?])[ ]*$/u.test(text.slice(lineStart, at));
}

/** The day the text ties to itself (above), or null. */
export function ownDate(text: string): FoundDate | null {
  // Cheap guard: a making verb before a day.
  if (!/(?:ban hành|thông qua|ký)[ \n,]/iu.test(text)) return null;
  for (const m of text.matchAll(PASSIVE)) {
    const d = dateAt(text, m.index + m[0].length);
    if (!d?.iso) continue;
    // Without "này" the word names this document only when it opens a note that is about nothing but its making.
    if (!m[2] && !(opensSentence(text, m.index) && NOTE_END.test(text.slice(d.end, d.end + 8)))) continue;
    return d;
  }
  for (const m of text.matchAll(ACTIVE)) {
    const d = dateAt(text, m.index + m[0].length);
    if (d?.iso) return d;
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    const at = m.index + m[0].length;
    const d = dateAt(text, at);
    if (!d?.iso || !/^[ ]*,/u.test(text.slice(d.end, d.end + 3))) continue;
    const stop = text.slice(d.end).search(/[.;:](?:[ \n]|$)|\n/u);
    const sentence = text.slice(d.end, stop < 0 ? text.length : d.end + stop);
    if (ACT_ON_SELF.test(sentence)) return d;
  }
  return null;
}
