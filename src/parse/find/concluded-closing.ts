import type { DocType, Span } from '../../model/record.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { CONCLUDED_MEETINGS, CONCLUSIONS_WORDS } from '../vocabulary/identity.js';
import { tokenize } from '../tokens.js';
import { dateAt, type FoundDate } from './dates.js';
import { withoutNameAbbreviations } from './name-abbreviation.js';
import { mentionsIn } from './opening-reads.js';
import { isIssuerLike, sentenceStart } from './text-identity.js';
import { parseUnitAt, type UnitMention } from './units.js';

/**
 * A notice of conclusions copied without its header still says what it is in its last sentence, where its
 * office notifies the conclusions to those who must carry them out:
 * - "Văn phòng Huyện ủy thông báo ý kiến kết luận của Ban Thường vụ Huyện ủy để các tổ chức đảng … biết, thực hiện."
 *   (the subject before "thông báo" is the notifying office);
 * - "Trên đây là ý kiến kết luận của Thứ trưởng, được Văn phòng Bộ Nông nghiệp và Phát triển nông thôn thông báo ngày
 *   28/11/2023 để các cơ quan … biết, thực hiện." (the passive's agent, and the day it was notified).
 * Either way the sentence closes on "biết" (to be known, perhaps carried out). Only the closing part is read.
 */
const CONCLUSIONS = phraseAlternation(CONCLUSIONS_WORDS, { gap: '[ \\n]{1,2}' });
/** The active form: "thông báo <conclusions> của". */
const NOTIFIES = new RegExp(String.raw`(?<![\p{L}])thông[ \n]báo[ \n]{1,2}(?:${CONCLUSIONS})[ \n]{1,2}của(?![\p{L}])`, 'gu');
/** The passive form: "Trên đây là <conclusions> của …, được ". */
const SUMMED_UP = new RegExp(String.raw`(?:^|\n|[.][ ])[ ]*Trên[ ]đây[ ]là[ ](?:${CONCLUSIONS})[ ]của[^.;:\n]{1,200}?,[ ]{1,2}được[ ]{1,2}(?=\p{Lu})`, 'gu');
/** After the agent of the passive: the verb, then perhaps the day. */
const NOTIFIED = /^[ ]{1,2}thông[ ]báo(?![\p{L}])/u;
/** "… thông báo ngày 28/11/2023": the day, right after the verb. */
const DAY_AFTER = /^[ ,]{1,3}(?=ngày[ ])/u;
/** The sentence ends on "biết" (to be known) or on carrying out, after whom it goes to. */
const TO_BE_KNOWN = /(?<![\p{L}])biết(?:[, ]{1,3}(?:và[ ])?(?:thực hiện|triển khai thực hiện))?[ ]*[.;]?(?:\/\.)?[ ]*$/u;
/** How much of the end of the text is read. */
const CLOSING_CHARS = 2500;
/**
 * A notice's own closing formula, with nothing between the verb and whom it goes to: "Bộ Nông nghiệp và Môi trường
 * thông báo để các cơ quan, đơn vị biết, thực hiện./." (the Thông báo's standard last line, its issuer the subject).
 */
const NOTIFIES_TO = /(?<![\p{L}])thông[ \n]báo[ \n]{1,2}(?:để|tới|đến|cho)[ \n]/gu;
/** What may follow the text's last sentence: the signature, the recipients, short lines with no sentence. */
const CLOSING_LINE = /^[^\n]{0,80}$/u;
const AFTER_CLOSING_LINES = 14;
/**
 * The text states a meeting's conclusions: "… Chủ tịch kết luận như sau:", "… kết luận:", a line "Kết luận của …", "các nội
 * dung kết luận", "ý kiến kết luận". Then the notice is a Thông báo kết luận; "như đã kết luận tại Thông báo số …" only
 * recalls another notice.
 */
const STATES_CONCLUSIONS = new RegExp(String.raw`(?<![\p{L}])kết[ \n]luận(?:[ ]như[ ]sau)?[ ]*:|(?:^|\n)[ ]*(?:Kết luận|KẾT LUẬN)[ ](?:của|CỦA)[ ]|(?:ý kiến|nội dung)[ \n]kết[ \n]luận(?![\p{L}])`, 'u');

export interface ConcludedClosing {
  docType: { type: DocType; span: Span };
  issuer: UnitMention | null;
  date: FoundDate | null;
}

function sentenceEnd(text: string, at: number): number {
  const m = /[.;](?=\s|$)|\n/u.exec(text.slice(at));
  return m ? at + m.index + (m[0] === '\n' ? 0 : 1) : text.length;
}

export function concludedClosing(text: string): ConcludedClosing | null {
  const from = Math.max(0, text.length - CLOSING_CHARS);
  const tail = text.slice(from);
  for (const m of tail.matchAll(SUMMED_UP)) {
    const at = from + m.index + m[0].length;
    const tokens = tokenize(text, at, Math.min(text.length, at + 160));
    const agent = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
    const verb = agent && agent.start === at && isIssuerLike(agent) ? NOTIFIED.exec(text.slice(agent.end, agent.end + 24)) : null;
    if (!agent || !verb || !TO_BE_KNOWN.test(text.slice(at, sentenceEnd(text, at)))) continue;
    const after = agent.end + verb[0].length;
    const lead = DAY_AFTER.exec(text.slice(after, after + 6));
    const day = lead ? dateAt(text, after + lead[0].length) : null;
    const typeAt = from + m.index + m[0].indexOf('Trên');
    return { docType: { type: 'Thông báo kết luận', span: [typeAt, typeAt + 'Trên đây là'.length] }, issuer: agent, date: day?.iso ? day : null };
  }
  for (const m of tail.matchAll(NOTIFIES)) {
    const verbAt = from + m.index;
    const start = sentenceStart(text, verbAt, from);
    if (!TO_BE_KNOWN.test(text.slice(verbAt, sentenceEnd(text, verbAt)))) continue;
    const subject = mentionsIn(withoutNameAbbreviations(tokenize(text, start, verbAt))).filter(isIssuerLike).pop() ?? null;
    const issuer = subject && /^[ ]*$/u.test(text.slice(subject.end, verbAt)) ? subject : null;
    return { docType: { type: 'Thông báo kết luận', span: [verbAt, verbAt + m[0].length] }, issuer, date: null };
  }
  return notifiedToBeKnown(text, from);
}

/**
 * "<body> thông báo để <whom> biết, thực hiện./.": a notice's closing formula, read only as the text's last sentence
 * (closed by "./.", or followed by nothing but the signature's and the recipients' short lines), and only with one body
 * right before the verb: a unit's task "Đài Truyền thanh xã thông báo để nhân dân biết" stands among other sentences.
 */
function notifiedToBeKnown(text: string, from: number): ConcludedClosing | null {
  for (const m of text.slice(from).matchAll(NOTIFIES_TO)) {
    const verbAt = from + m.index;
    const end = sentenceEnd(text, verbAt);
    if (!TO_BE_KNOWN.test(text.slice(verbAt, end))) continue;
    const rest = text.slice(end).split('\n').filter((l) => l.trim());
    const last = /[.][/][.][ ]*$/u.test(text.slice(verbAt, end + 2)) || (rest.length <= AFTER_CLOSING_LINES && rest.every((l) => (CLOSING_LINE.test(l) && !/[.;][ ]*$/u.test(l)) || /^[ ]*-/u.test(l)));
    if (!last) continue;
    const start = sentenceStart(text, verbAt, from);
    const subject = mentionsIn(withoutNameAbbreviations(tokenize(text, start, verbAt))).filter(isIssuerLike).pop() ?? null;
    if (!subject || !/^[ \n]*$/u.test(text.slice(subject.end, verbAt))) continue;
    const type = STATES_CONCLUSIONS.test(text) ? 'Thông báo kết luận' : 'Thông báo';
    return { docType: { type, span: [verbAt, verbAt + 'thông báo'.length] }, issuer: subject, date: null };
  }
  return null;
}

/** The first line: "Kết luận của <body> tại cuộc họp ngày …" (the conclusions of a meeting, as a title). */
const CONCLUSIONS_TITLE = new RegExp(String.raw`^\s*(?:Kết luận|KẾT LUẬN)[ ]{1,3}(?:của|CỦA)[ ]{1,3}\p{Lu}[^\n.;:]{0,200}?[ ](?:tại|TẠI)[ ]{1,3}(?:${phraseAlternation(CONCLUDED_MEETINGS)})(?![\p{L}])`, 'iu');

/**
 * A fragment titled by the conclusions of a meeting ("Kết luận của Ban Thường vụ Huyện ủy tại cuộc họp ngày 22/5/2024 về
 * …") that calls itself "Thông báo này" is the notice of those conclusions: the title says what is notified.
 */
export function concludedTitle(text: string): boolean {
  return CONCLUSIONS_TITLE.test(text.slice(0, 400));
}
