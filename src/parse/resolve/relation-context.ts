import type { Relation } from '../../model/record.js';
import { CLOSING_LEADS, CONTENT_WORDS, CONTRIBUTION_LEADS, FRAGMENT_TRIGGER_TAILS, LIST_RUN_GLUE, MEANS_NOUNS, RESULT_SPAN_LEADS } from '../vocabulary/relations.js';
import { ITEM_MARK_NESTED } from '../item-marks.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { WRAPPED_GAP, WRAPPED_SPACE } from '../wrapped-line.js';
import { clauseStart } from './clause-start.js';

/**
 * Where a citation stands, as far as its relation goes, beyond the trigger right before it: a span of
 * years between a review and the carrying out ("sơ kết 03 năm thực hiện"), a closing section's
 * sentence, a fragment cut off inside its trigger word (vocabulary/relations.ts).
 */
/** Between a phrase's words in the text. */
const WORD_GAP = '[ \\t]{1,2}';
/** The same, where a line may wrap between the words. */

/**
 * "sơ kết 03 năm", "tổng kết mười năm việc", "kết quả 5 năm", "Qua 2 tháng": right before a trigger at
 * `at`. The span may be wrapped ("báo cáo kết quả 3 năm" / "thực hiện Nghị quyết …") and counted in
 * months ("Qua 2 tháng thực hiện Kế hoạch số …, 14/16 chi bộ đã …"): the results are looked back on all the same.
 */
const RESULT_SPAN = new RegExp(
  // A web copy wraps its lines anywhere, inside the lead too ("báo cáo kết" / "quả 7 năm thực hiện Chỉ thị …").
  String.raw`(?<![\p{L}])(?:${phraseAlternation(RESULT_SPAN_LEADS, { gap: WRAPPED_GAP })})[ \t\n]{1,2}(?:\d{1,2}|[\p{Ll}]{1,6})[ \t\n]{1,2}(?:năm|tháng)[ \t\n]{1,2}(?:việc[ \t\n]{1,2})?$`,
  'iu',
);

export function resultSpanBefore(text: string, at: number): boolean {
  return RESULT_SPAN.test(text.slice(Math.max(0, at - 40), at));
}

const CONTRIBUTION = new RegExp(
  String.raw`(?<![\p{L}])(đồng[ \t]{1,2}thời[ \t]{1,2})?(?:${phraseAlternation(CONTRIBUTION_LEADS, { gap: WORD_GAP })})[ \t\n]{1,2}$`, 'iu');

/** "góp phần" right before a trigger at `at`, not as a second purpose after "đồng thời" (CONTRIBUTION_LEADS). */
export function contributionBefore(text: string, at: number): boolean {
  const m = CONTRIBUTION.exec(text.slice(Math.max(0, at - 40), at));
  return m !== null && m[1] === undefined;
}

const MEANS = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(MEANS_NOUNS, { gap: WRAPPED_GAP })})${WRAPPED_SPACE}(?:để${WRAPPED_SPACE})?$`, 'iu');

// Module constants: tsx compiles a `\p{…}` literal to `new RegExp` at each call (architecture.md, parse speed).
const OPENS_SMALL = /^\p{Ll}/u;

/** A noun of the work's means right before a trigger at `at` ("Kinh phí thực hiện …", MEANS_NOUNS). */
export function meansBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  // A web copy wraps its lines anywhere ("Kinh phí" / "thực hiện …"); a line that opens in capitals
  // ("… của phương tiện" / "Thực hiện Kế hoạch số …") starts a sentence of its own.
  return MEANS.test(before) && (!/\n[ \t]*$/u.test(before) || OPENS_SMALL.test(text.slice(at, at + 1)));
}

/**
 * "Việc quản lý, sử dụng Quỹ thực hiện đúng Quy chế …": a clause whose subject is an activity (`Việc …`, opening its
 * sentence, item or clause) and whose verb is the trigger states a rule of conduct for that activity; the document
 * it names is the measure (cites, as "các đơn vị thực hiện đúng quy định của Luật …"), not what the citing one
 * carries out. At least one word stands between `Việc` and the trigger, none of them a sentence break.
 */
const ACTIVITY_SUBJECT = new RegExp(String.raw`(?:^|[\n.;:])[ \t]*(?:${ITEM_MARK_NESTED}[ \t]*)?Việc[ \t]{1,2}\p{Ll}[^\n.;:]{0,120}?[ \t]{1,2}$`, 'u');

/** The trigger at `at` is the verb of a clause whose subject is an activity: "Việc bầu cử thực hiện …". */
export function activitySubjectBefore(text: string, at: number): boolean {
  return ACTIVITY_SUBJECT.test(text.slice(Math.max(0, at - 140), at));
}

/** A short numbered heading with no stop: "1. Công tác quán triệt", "2. Kết quả triển khai". */
const SHORT_HEADING = new RegExp(String.raw`^[ \t]*(?:${ITEM_MARK_NESTED}|[IVXL]{1,5}[.)])[ \t]*\p{Lu}[^.;:,!?“”"()\n]{0,48}$`, 'u');
const OPENS_CAPITAL = /^[ \t]*\p{Lu}/u;

/**
 * "1. Công tác quán triệt" over "Ngay sau khi có Chỉ thị, Đảng ủy xã đã ban hành Kế hoạch số …": a trigger in a short
 * numbered heading (no stop ends it) is no trigger of the sentence on the lines under it, which opens on a capital.
 * A wrap after the trigger ("1. Thực hiện" / "Kế hoạch số …") leaves the citation itself at the next line's start: read as before.
 */
export function inHeadingAbove(text: string, triggerAt: number, at: number): boolean {
  const lineEnd = text.indexOf('\n', triggerAt);
  if (lineEnd < 0 || lineEnd >= at) return false;
  const next = text.slice(lineEnd + 1, at);
  if (!OPENS_CAPITAL.test(next) || /^[ \t]*$/u.test(next)) return false;
  const lineStart = text.lastIndexOf('\n', triggerAt - 1) + 1;
  return SHORT_HEADING.test(text.slice(lineStart, lineEnd));
}

const CLOSING = new RegExp(
  String.raw`^[ \t\n]*(?:(?:\d{1,2}[.)/-]|[-–+•*])[ \t]*)?(?:${phraseAlternation(CLOSING_LEADS, { gap: WORD_GAP })})`
  // "Trong quá trình thực hiện," or "… thực hiện Kế hoạch này,": a closing formula; "Trong quá trình
  // thực hiện Kế hoạch số 45/KH-UBND …" speaks of carrying that plan out.
  + String.raw`(?:[ \t]{1,2}\p{L}+(?:[ \t]{1,2}\p{L}+)?[ \t]{1,2}này)?`
  // "Quá trình thực hiện có gì vướng mắc, …", "… nếu phát sinh khó khăn, …": the trouble it asks about.
  + String.raw`(?:(?:[ \t]{1,2}\p{Ll}+){0,4}?[ \t]{1,2}(?:vướng[ \t]{1,2}mắc|khó[ \t]{1,2}khăn))?[ \t]*,`, 'iu');

/** True when the sentence from `sentenceFrom` opens as a closing section does ("Trong quá trình thực hiện, …"). */
export function inClosingSentence(text: string, sentenceFrom: number): boolean {
  return CLOSING.test(text.slice(sentenceFrom, sentenceFrom + 80));
}

const CLOSING_OBJECT = new RegExp(String.raw`^[ \t\n]*(?:(?:\d{1,2}[.)/-]|[-–+•*])[ \t]*)?(?:${phraseAlternation(CLOSING_LEADS, { gap: WORD_GAP })})[ \t\n]{1,2}$`, 'iu');

/**
 * True when a bare type word (text[at, end)) is the object of a closing formula's lead and ends its clause:
 * "Trong quá trình thực hiện Kế hoạch, nếu có vướng mắc, …" speaks of the document itself, whose type a
 * headless fragment does not print; it repeats no document cited before (f263's plan read implements so).
 */
export function closingObject(text: string, sentenceFrom: number, at: number, end: number): boolean {
  return CLOSING_OBJECT.test(text.slice(sentenceFrom, at)) && /^[ \t]*,/u.test(text.slice(end, end + 4));
}

const TAILS = new Map(FRAGMENT_TRIGGER_TAILS.map((t) => [t.tail, t.relation]));
const TAIL = new RegExp(String.raw`^[ \t\n]*(${phraseAlternation(TAILS.keys(), { gap: WORD_GAP })})[ \t]{1,2}$`, 'u');

/** The relation of the cut-off trigger word a text opens with, when the citation at `at` follows it directly. */
export function fragmentTailBefore(text: string, at: number): Relation | null {
  if (at > 40) return null;
  const m = TAIL.exec(text.slice(0, at));
  return m ? TAILS.get(m[1]!.replace(/[ \t]+/g, ' ')) ?? null : null;
}

/** How far (characters) a trigger may stand before a repeat that its contents' words lead to. */
const CONTENT_REACH = 90;
const CONTENT_OF = new RegExp(
  String.raw`(?<![\p{L}])(?:${phraseAlternation(CONTENT_WORDS, { gap: WORD_GAP })})(?:[ \t]{1,2}[\p{Ll}]+){0,2}?[ \t]{1,2}(?:của|tại|trong)[ \t]{1,2}$`, 'iu');

/**
 * True when the words between a trigger's end and a repeat at `at` say that the repeat's contents are
 * acted on: "Quán triệt sâu sắc, đầy đủ các nội dung của Nghị quyết nói trên".
 */
export function contentsBetween(text: string, triggerEnd: number, at: number): boolean {
  if (at - triggerEnd > CONTENT_REACH) return false;
  const gap = text.slice(triggerEnd, at);
  return !/[.;:\n]/u.test(gap) && (CONTENT_OF.test(gap) || SENDER_AT.test(gap));
}

/** "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh tại văn bản nêu trên": who asked, then where. */
const SENDER_AT = /^[ \t]{1,2}(?:(?:sự|ý[ \t]{1,2}kiến)[ \t]{1,2})?(?:chỉ[ \t]{1,2}đạo|kết[ \t]{1,2}luận|hướng[ \t]{1,2}dẫn)[ \t]{1,2}của[ \t]{1,2}[^,]{2,80}?[ \t]{1,2}tại[ \t]{1,2}$/iu;

/**
 * Words that may stand between a clause's start and a bare "theo" that still opens the clause: "Theo
 * Kế hoạch số …, các xã …", "…; đồng thời theo Chỉ thị số …", "2. Theo Hướng dẫn số …".
 */
const THEO_OPENS = new RegExp(
  String.raw`^[ \t]*(?:${ITEM_MARK_NESTED}[ \t]*)?(?:(?:và|đồng[ \t]{1,2}thời|để|nhằm)[ \t]{1,2})*$`, 'iu');

/**
 * True when a bare "theo" at `at` follows other words of its clause: "tiêu hủy theo hướng dẫn tại
 * Thông tư số …", "hoàn thiện dự thảo … theo Hướng dẫn số …", "(thành lập theo Quyết định số …)". The
 * work is done in accordance with the document, which it names as the measure (cites), as "theo quy
 * định tại" does; every blind writer of the tune documents labels it so (five of six). `from` is where
 * the trigger's reading starts (the sentence, or the citation before): there the clause opens too.
 */
export function theoInsideClause(text: string, from: number, at: number): boolean {
  const floor = Math.max(from, at - 80);
  const start = clauseStart(text, at, floor);
  // No boundary within reach: the clause opens at `from` only when `from` is that near.
  if (start === floor && floor !== from) return true;
  return !THEO_OPENS.test(text.slice(start, at));
}

/** A clause or sentence break, a blank line, or a main clause opening on a capital after a comma. */
const LIST_RUN_BREAK = /[;:]|\.(?:\s|$)|\n[ \t]*\n|,[ \t\n]+\p{Lu}/u;
/** The glue before the next document of the list, at the end of the run (LIST_RUN_GLUE). */
const LIST_RUN_END = new RegExp(String.raw`[ \t\n](?:${phraseAlternation(LIST_RUN_GLUE, { gap: '[ \\t]{1,2}' })})[ \t\n]{1,2}$`, 'u');

/**
 * "Thực hiện Quyết định số … của Thủ tướng Chính phủ phê duyệt Chương trình … đến năm 2030 và Kế hoạch
 * số …": the first document's subject is written without "về" (a decision's "phê duyệt …"), or its
 * issuer wraps onto the next line, so nothing the mention reader knows ends it; the next document still
 * stands after "và" in the same clause, a list that shares the trigger. True when text[a, b) runs on
 * with no trigger (the caller's check), no clause or sentence break, no main clause opening on a
 * capital after a comma, and ends in "và" (or "cùng", LIST_RUN_GLUE).
 */
export function runsOnToListItem(text: string, a: number, b: number): boolean {
  if (b <= a || b - a > 320) return false;
  const gap = text.slice(a, b);
  return LIST_RUN_END.test(gap) && !LIST_RUN_BREAK.test(gap);
}
