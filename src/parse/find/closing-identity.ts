import type { DocType } from '../../model/record.js';
import { isoDate, type FoundDate } from './dates.js';
import { closingNumber, type ClosingNumber } from './closing-number.js';
import { ownDate } from './own-date.js';
import { closingStatement, type ClosingStatement, type TextIdentity } from './identity.js';
import { selfPassive } from './self-passive.js';
import { concludedClosing, concludedTitle } from './concluded-closing.js';
import { bareSelfType, selfReferenceType } from './self-reference.js';

/**
 * What a headless fragment still says of itself near its end: the type in "Kế hoạch này …",
 * "Nhận được Công văn này, …", and the date line the header would have held, printed above the
 * signature ("Cẩm Hưng, ngày 12 tháng 4 năm 2024", the place and the date perhaps on two lines,
 * a web copy's wrap inside the date).
 */

/** How much of the end of the text the closing date and statement are looked for in. */
const CLOSING_CHARS = 2500;

/**
 * "Trên đây là Kế hoạch … của X" in the closing part of the text. Read once per document (find in
 * parse/index.ts) and handed to its two readers: withClosing below, and the own issuer's candidates
 * (parse/own-issuer.ts), which the parse may run once per administrative map.
 */
export function closingStatementOf(text: string): ClosingStatement | null {
  return closingStatement(text, Math.max(0, text.length - CLOSING_CHARS));
}

/** The statement's number and date, else a closing sentence's (closing-number.ts). */
function ownNumberAtClose(text: string, closing: ClosingStatement | null, ownType: DocType | null): ClosingNumber | null {
  if (closing?.num) return { num: closing.num, date: closing.date ?? null, docType: closing.docType };
  return closingNumber(text, ownType);
}

/** A place, a comma, then a date in words, line breaks allowed between the parts; perhaps in brackets or italics ("(Cam Lộ, ngày …)", "_Cam Lộ, ngày …_"). */
const SP = String.raw`[ ]{0,3}\n?[ ]{0,3}`;
const CLOSING_DATE = new RegExp(
  String.raw`(?:^|\n)[ ]*[(_]?[ ]{0,2}[\p{Lu}][\p{L}.'’ -]{1,40},${SP}([Nn]gày${SP}(\d{1,2})${SP}tháng${SP}(\d{1,2})${SP}năm${SP}(\d{4}))(?![\p{N}])`, 'gu');


/**
 * "Hải Lăng, ngày 14/8/2024" in figures: the line holds nothing after the date, so that a body sentence
 * "Hà Nội, ngày 14/8/2024, Bộ Y tế …" is not taken for it.
 */
const CLOSING_FIGURES = new RegExp(
  String.raw`(?:^|\n)[ ]*[(_]?[ ]{0,2}[\p{Lu}][\p{L}.'’ -]{1,40},[ ]{0,3}([Nn]gày[ ]{1,3}(\d{1,2})[ ]{0,2}[/.-][ ]{0,2}(\d{1,2})[ ]{0,2}[/.-][ ]{0,2}(\d{4}))[ ]*[.)_]?[ ]*(?=\n|$)`, 'gu');

/**
 * "ngày 12 tháng 3 năm 2024" alone on a line with no place, among the last lines (above or under the
 * signature). Not in brackets: "(Ngày 11 tháng 9 năm 2025)" under a title is a meeting's day.
 */
const BARE_DATE_LINE = /^[ ]*([Nn]gày[ ]{1,3}(\d{1,2})[ ]{1,3}tháng[ ]{1,3}(\d{1,2})[ ]{1,3}năm[ ]{1,3}(\d{4}))[ ]*\.?[ ]*$/u;
/** How many non-blank lines from the end a bare date line is looked for in, and how many at the top it is not. */
const BARE_DATE_LAST_LINES = 6;
const BARE_DATE_NOT_FIRST = 3;

function bareDateLine(text: string, from: number): FoundDate | null {
  const lines: [number, string][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) lines.push([at, line]);
    at += line.length + 1;
  }
  for (let k = lines.length - 1; k >= Math.max(BARE_DATE_NOT_FIRST, lines.length - BARE_DATE_LAST_LINES); k--) {
    const [start, line] = lines[k]!;
    const m = start >= from ? BARE_DATE_LINE.exec(line) : null;
    const iso = m ? isoDate(Number(m[2]), Number(m[3]), Number(m[4])) : null;
    if (m && iso) {
      const s = start + line.indexOf(m[1]!);
      return { iso, text: m[1]!, start: s, end: s + m[1]!.length };
    }
  }
  return null;
}

/**
 * The last "<place>, ngày … tháng … năm …" (or "<place>, ngày 14/8/2024" alone on its line) in the closing part
 * of the text; else a bare date line among its last lines.
 */
export function closingDate(text: string): FoundDate | null {
  const from = Math.max(0, text.length - CLOSING_CHARS);
  const tail = text.slice(from);
  let best: FoundDate | null = null;
  for (const m of [...tail.matchAll(CLOSING_DATE), ...tail.matchAll(CLOSING_FIGURES)]) {
    const iso = isoDate(Number(m[2]), Number(m[3]), Number(m[4]));
    if (!iso) continue;
    const start = from + m.index + m[0].lastIndexOf(m[1]!);
    if (!best || start > best.start) best = { iso, text: m[1]!, start, end: start + m[1]!.length };
  }
  return best ?? bareDateLine(text, from);
}

/**
 * A headless fragment's told identity, its type and date filled from the closing where missing;
 * `closing` is the text's closing statement (closingStatementOf).
 */
export function withClosing(text: string, opening: TextIdentity | null, needs: { type: boolean; date: boolean }, closing: ClosingStatement | null): TextIdentity | null {
  let told = opening;
  // "Trên đây là Kế hoạch … của UBND xã …": read only when the opening left the type or the issuer open.
  // A type read from a body sentence's object ("… tham mưu UBND phường ban hành quyết định cưỡng chế") is a guess;
  // "Trên đây là Kế hoạch …" says what the document is, and is read over it.
  const guessed = needs.type && told?.source === 'body' && told.docType !== null;
  const statement = (needs.type && (!told?.docType || guessed)) || !told?.issuer ? closing : null;
  const said = needs.type && !told?.docType ? selfReferenceType(text, 0, text.length) : null;
  // "Kết luận của Ban Thường vụ … tại cuộc họp ngày …" over a text that says "Thông báo này": a notice of conclusions.
  const self = said?.type === 'Thông báo' && concludedTitle(text) ? { ...said, type: 'Thông báo kết luận' as const } : said;
  // "… thực hiện Kết luận này" and "Trên đây là Thông báo kết luận của …": the closing statement names the type whole,
  // the self-reference by a part of its name.
  const whole = self && statement && statement.docType.type !== self.type && statement.docType.type.toLowerCase().includes(self.type.toLowerCase());
  // "Văn phòng Huyện ủy thông báo ý kiến kết luận của Ban Thường vụ … để … biết, thực hiện": a notice of conclusions.
  const concluded = (needs.type && !told?.docType && !self && !statement) || (!told?.issuer && !statement?.issuer) || (needs.date && !told?.date) ? concludedClosing(text) : null;
  const docType = needs.type && !told?.docType ? (whole ? statement.docType : self ?? statement?.docType ?? concluded?.docType ?? bareSelfType(text)) : null;
  if (guessed && statement && statement.docType.type !== told!.docType!.type) told = { ...told!, source: 'closing', issuerSource: told!.issuerSource ?? told!.source, docType: statement.docType };
  // "Nghị quyết này đã được HĐND tỉnh … thông qua ngày …": its agent, and the day it was passed where no date line is.
  const passive = (!told?.issuer && !statement?.issuer) || (needs.date && !told?.date) ? selfPassive(text) : null;
  // A day the text ties to itself in a sentence ("Công văn này được ký ngày …") comes after the date line.
  // The own number the last lines give ("Trên đây là Kế hoạch số … ngày … của …", "Kế hoạch này (số …, ban hành
  // ngày …)", "Kế hoạch số … được phổ biến …"), and the date beside it, after a date line's.
  const numbered = told?.num ? null : ownNumberAtClose(text, closing, told?.docType?.type ?? docType?.type ?? null);
  const date = needs.date && !told?.date ? closingDate(text) ?? numbered?.date ?? passive?.date ?? concluded?.date ?? ownDate(text) : null;
  const issuer = !told?.issuer ? statement?.issuer ?? passive?.issuer ?? concluded?.issuer ?? null : null;
  const num = numbered?.num ?? null;
  const numType = needs.type && num ? numbered!.docType : null;
  if (!docType && !date && !issuer && !num) return told;
  if (!told) return { source: 'closing', num, docType: docType ?? numType, date, issuer };
  const merged = { ...told, num: told.num ?? num, docType: told.docType ?? docType ?? numType, date: told.date ?? date, issuer: told.issuer ?? issuer };
  // Only an issuer came from a sentence: the closing gave the rest, and the warning says so.
  if (!told.num && !told.docType && !told.date && told.issuer) return { ...merged, source: 'closing', issuerSource: told.issuerSource ?? told.source };
  return merged;
}
