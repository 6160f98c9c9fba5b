import type { DocType, Span } from '../../model/record.js';
import { TYPE_QUALIFIERS, VERB_NOUN_TYPES } from '../vocabulary/identity.js';
import { TYPE_ALT, typeOfWord } from './text-identity.js';

/**
 * A news lead may report a document it never numbers, signed by an office holder named after the
 * office: "Ngày 7/10/2025, Chủ tịch UBND tỉnh An Giang Hồ Quang Vinh đã ký Công điện khẩn yêu cầu …"
 * (batch 25, n143). The verb of signing or issuing, then a type word (perhaps qualified, "khẩn",
 * "hỏa tốc") not followed by a number: a numbered one is an announcement and read as such. The
 * subject before the verb and the day the lead opens on are read by the caller (identity.ts).
 */
// "đã thông báo kết luận": a type word that is its own verb (VERB_NOUN_TYPES).
const SIGNED = new RegExp(String.raw`(?<![\p{L}])((?:vừa|đã|mới)[ ]{1,3}(?:(?:ký(?:[ ]{1,3}ban hành)?|ban hành)[ ]{1,3}|(?=(?:${VERB_NOUN_TYPES.join('|')})(?![\p{L}]))))(${TYPE_ALT})(?![\p{L}\p{N}])(?:[ ]{1,3}(?:${TYPE_QUALIFIERS.join('|')})(?![\p{L}]))?`, 'iu');
const NUMBER_NEXT = /^[ ]{1,3}(?:số[ ]{0,3})?\d/u;

/**
 * A lead that opens on its day needs no "vừa": "Tây Ninh - Ngày 14/10/2025, UBND tỉnh Tây Ninh ban hành Kế hoạch
 * về …", "Báo Hải Phòng - Ngày 15/9, Ban Thường vụ … ban hành kế hoạch …": the day and the issuing are the report.
 */
const BARE_SIGNED = new RegExp(String.raw`(?<![\p{L}])((?:ký[ ]{1,3}ban hành|ban hành|ký)[ ]{1,3})(${TYPE_ALT})(?![\p{L}\p{N}])(?:[ ]{1,3}(?:${TYPE_QUALIFIERS.join('|')})(?![\p{L}]))?`, 'iu');
/** The day the lead opens on, after a place or press tag ("Tây Ninh - ", "(BLC) - "). */
const OPENS_ON_DAY = /^(?:[^\n,]{1,40}?[ ][-–][ ]{1,2})?(?:Ngày|Sáng|Trưa|Chiều|Tối)(?:[ ]ngày)?[ ]{1,2}\d{1,2}\/\d{1,2}(?:\/\d{4})?[ ]{0,2},[ ]/u;

/**
 * An unnumbered type word a lead reports, and where the caller reads its issuer: the subject of the
 * signing verb ends before `at`, the passive's agent starts at it.
 */
export interface ReportedType {
  at: number;
  docType: { type: DocType; span: Span };
}

function reportedType(word: string, typeStart: number, at: number): ReportedType | null {
  const type = typeOfWord(word);
  return type ? { at, docType: { type, span: [typeStart, typeStart + word.length] } } : null;
}

/** The first signing of a type word in the line `[from, to)`, when no number follows the type; `at` is the verb's start. */
export function unnumberedSigning(text: string, from: number, to: number): ReportedType | null {
  const m = SIGNED.exec(text.slice(from, to));
  if (!m) return null;
  const end = from + m.index + m[0].length;
  if (NUMBER_NEXT.test(text.slice(end, end + 8))) return null;
  return reportedType(m[2]!, from + m.index + m[1]!.length, from + m.index);
}

/** The same in a lead that opens on its day (OPENS_ON_DAY), without "vừa|đã|mới" before the verb. */
export function datedSigning(text: string, from: number, to: number): ReportedType | null {
  if (!OPENS_ON_DAY.test(text.slice(from, Math.min(to, from + 80)))) return null;
  const m = BARE_SIGNED.exec(text.slice(from, to));
  if (!m) return null;
  const end = from + m.index + m[0].length;
  if (NUMBER_NEXT.test(text.slice(end, end + 8))) return null;
  return reportedType(m[2]!, from + m.index + m[1]!.length, from + m.index);
}

/**
 * The same report in the passive, its issuer the agent: "Đây là mục tiêu của kế hoạch vừa được Ban Thường
 * vụ Hội Nông dân huyện ban hành ngày 12/3." (batch 25, n147). The type word, not numbered (perhaps with its
 * subject line, "chỉ thị về …"), then "vừa|mới|đã được" and a capitalised name: where the agent starts; the
 * caller reads the unit and its issuing verb.
 */
const PASSIVE_SIGNED = new RegExp(String.raw`(?<![\p{L}])(${TYPE_ALT})(?:[ ]{1,3}(?:${TYPE_QUALIFIERS.join('|')}))?(?:[ ]{1,3}về[ ][^.;:\n]{1,160}?)?[ ]{1,3}(?:vừa|mới|đã)[ ]{1,3}được[ ]{1,3}(?=\p{Lu})`, 'iu');

/** The first unnumbered type word in the line `[from, to)` followed by a passive with its agent; `at` is the agent's start. */
export function unnumberedPassive(text: string, from: number, to: number): ReportedType | null {
  const m = PASSIVE_SIGNED.exec(text.slice(from, to));
  return m ? reportedType(m[1]!, from + m.index, from + m.index + m[0].length) : null;
}

/**
 * "…, Sở Nông nghiệp và Môi trường Hà Nội vừa có văn bản hỏa tốc gửi các xã …" (batch 28, n172): a lead may
 * report its document by the generic word, not numbered; its type and number may be told later, in brackets
 * after the word (the caller reads them). `at` is the verb's start, `end` the word's end.
 */
const GENERIC_SIGNED = /(?<![\p{L}])(?:vừa|đã|mới)[ ]{1,3}(?:có|ban hành|ký|gửi)[ ]{1,3}văn bản(?![\p{L}])/iu;

/** The first report of a document by the generic word in the line `[from, to)`, when no number follows. */
export function genericSigning(text: string, from: number, to: number): { at: number; end: number } | null {
  const m = GENERIC_SIGNED.exec(text.slice(from, to));
  if (!m) return null;
  const end = from + m.index + m[0].length;
  return NUMBER_NEXT.test(text.slice(end, end + 8)) ? null : { at: from + m.index, end };
}
