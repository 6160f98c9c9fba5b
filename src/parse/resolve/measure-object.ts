import { ITEM_MARK } from '../item-marks.js';
import { MEASURE_OBJECTS } from '../vocabulary/relations.js';
import { phraseAlternation } from '../phrase-alternation.js';

/**
 * Where a carrying-out trigger ("thực hiện", "triển khai") takes a rule or a procedure as its object and
 * the document follows as that rule's source: "Thực hiện đúng quy trình theo Điều lệ Đoàn … và Hướng
 * dẫn số …", "… thực hiện đúng quy định của Luật Thủy lợi về …" cite the documents (MEASURE_OBJECTS).
 * "Thực hiện nghiêm các nội dung của Chỉ thị số …" and "Thực hiện Quy định số …" still carry them out.
 */
/** Between a phrase's words in the text. */
const WORD_GAP = '[ \\t]{1,2}';
const MEASURE = new RegExp(
  String.raw`^[ \t]{1,2}(?:\p{Ll}+[ \t]{1,2}){0,3}?(?:${phraseAlternation(MEASURE_OBJECTS, { gap: WORD_GAP })})(?:[ \t]{1,2}\p{Ll}+){0,4}?[ \t]{1,2}(theo|của|tại)(?![\p{L}])`, 'u');

/**
 * The link word ("theo", "của", "tại") when text[triggerEnd, at) opens with a rule's noun then it, in one
 * clause: the document is that word's, as after a bare "theo" inside a clause. Null otherwise.
 */
export function measureObjectAfter(text: string, triggerEnd: number, at: number): { word: string; at: number } | null {
  if (at - triggerEnd > 200) return null;
  const gap = text.slice(triggerEnd, at);
  const m = /[.;:\n]/u.test(gap) ? null : MEASURE.exec(gap);
  return m ? { word: m[1]!, at: triggerEnd + m[0].length - m[1]!.length } : null;
}

/**
 * "Thực hiện theo Hướng dẫn số …" opening its sentence or item: the trigger and "theo" are one opening,
 * which carries the document out; "… quỹ thực hiện theo Quy chế …" inside a clause names the measure.
 */
const AFTER_BREAK = new RegExp(String.raw`[\n.;:][ \t]*(?:${ITEM_MARK}[ \t]*)?$`, 'u');
const AT_START = new RegExp(String.raw`^[ \t]*(?:${ITEM_MARK}[ \t]*)?$`, 'u');
/** A line break with nothing after it but space, and a word in lower case next: a wrapped line going on with its sentence. */
const WRAPPED = /(?<![.;:!?][ \t]*)\n[ \t]*$/u;
const OPENS_SMALL = /^\p{Ll}/u;
export function opensSentence(text: string, at: number): boolean {
  const from = Math.max(0, at - 24);
  const before = text.slice(from, at);
  // "… tiết kiệm" / "theo tinh thần Hướng dẫn số …": a web copy wraps its lines anywhere; a line that opens in
  // lower case after a line that did not end a sentence goes on with that sentence.
  if (WRAPPED.test(before) && OPENS_SMALL.test(text.slice(at, at + 1)) && from > 0) return false;
  return AFTER_BREAK.test(before) || (from === 0 && AT_START.test(before));
}
