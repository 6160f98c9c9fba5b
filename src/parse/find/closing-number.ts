import type { DocType, Span } from '../../model/record.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { CARRYING_OUT_SECTION_HEADINGS, SELF_REFERENCE_WORD, SPREAD_OR_MADE_VERBS } from '../vocabulary/identity.js';
import type { FoundDate } from './dates.js';
import { dateAfter, numberAt, TYPE_ALT, typeOfWord, type TextIdentity } from './text-identity.js';

/**
 * The own number (and the date beside it) a headless fragment gives only in its last lines, where no header, title
 * or opening sentence gave one. Each shape names the document as itself:
 *
 * - in brackets after "<Type> này": "Kế hoạch này (số 38-KH/ĐU, ban hành ngày 21/02/2023) được quán triệt …";
 * - a sentence opening on the numbered type word whose passive makes or spreads it, with no owner after the number:
 *   "Kế hoạch số 78-KH/ĐU ngày 14/4/2021 được phổ biến đến các chi bộ …", "Nghị quyết số 09-NQ/ĐU được Ban Chấp hành
 *   Đảng bộ xã thông qua tại Hội nghị …" (a cited document is named with its owner, "của …", or after "Thực hiện");
 * - under the section that organises carrying the document out ("III. TỔ CHỨC THỰC HIỆN"), a number of the
 *   document's own type, named with neither a date nor an owner anywhere in the text: "… sơ kết việc thực hiện Kế
 *   hoạch số 52/KH-UBND vào cuối tháng 9/2024" in a text that calls itself "Kế hoạch này". A document it carries out
 *   is named with its owner or its date.
 *
 * - a line wholly in brackets among the last ones, of the document's own type: "(Chỉ thị số 09/CT-UBND ngày 10/5/2024 của
 *   UBND huyện Gia Lộc)" under the Nơi nhận of a copy whose first page was lost.
 *
 * The closing statement "Trên đây là Kế hoạch số … ngày … của …" is read with the statement (identity.ts).
 */

/** How much of the end of the text the closing sentences are looked for in (as closing-identity.ts's). */
const CLOSING_CHARS = 2500;

export interface ClosingNumber {
  num: NonNullable<TextIdentity['num']>;
  date: FoundDate | null;
  docType: { type: DocType; span: Span };
}

const TYPE_THEN_SELF_BRACKET = new RegExp(String.raw`(?<![\p{L}\p{N}])(${TYPE_ALT})[ ]{1,2}${SELF_REFERENCE_WORD}[ ]{0,2}\([ ]{0,2}số[ ]{0,2}:?[ ]{0,2}(?=\d)`, 'giu');
/** A sentence (or line) opening on the type word and its number. */
const OPENING_NUMBERED = new RegExp(String.raw`(?:^|\n|[.;:][ ])[ ]*(${TYPE_ALT})[ ]{1,3}số[ ]{0,2}:?[ ]{0,2}(?=\d)`, 'gu');
/** The type word and its number anywhere (the organising section's mention). */
const NUMBERED = new RegExp(String.raw`(?<![\p{L}\p{N}])(${TYPE_ALT})[ ]{1,3}số[ ]{0,2}:?[ ]{0,2}(?=\d)`, 'gu');
/** A line wholly in brackets opening on the numbered type word: "(Chỉ thị số 09/CT-UBND ngày 10/5/2024 của UBND huyện Gia Lộc)". */
const BRACKET_LINE = new RegExp(String.raw`(?:^|\n)[ ]*\([ ]{0,2}(${TYPE_ALT})[ ]{1,3}số[ ]{0,2}:?[ ]{0,2}(?=\d)`, 'gu');
/** The same line closing on its bracket, with no sentence inside. */
const BRACKET_LINE_END = /^[^()\n.;:]{0,200}\)[ ]*(?:\n|$)/u;
/** The passive right after the number (and its date): "được …". */
const PASSIVE_AFTER = /^[ ,]{0,3}(?:(?:đã|vừa)[ \n])?được[ \n]/u;
const SPREAD_OR_MADE = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(SPREAD_OR_MADE_VERBS, { gap: '[ \\n]{1,2}' })})(?![\p{L}])`, 'iu');
/** After the number and its date: another body's document, named by its owner. */
const OWNER_AFTER = /^[ ,)]{0,3}(?:của|do)[ \n]/u;
/** The heading of the section that organises the carrying-out, alone on its line, perhaps numbered. */
const SECTION = new RegExp(String.raw`(?:^|\n)[ ]*(?:[IVX]{1,4}|\d{1,2})?[.)-]?[ ]*(?:${phraseAlternation(CARRYING_OUT_SECTION_HEADINGS)})[ ]*:?[ ]*(?=\n)`, 'giu');

function typed(m: RegExpExecArray, from: number): { type: DocType; span: Span; numAt: number } | null {
  const type = typeOfWord(m[1]!);
  if (!type) return null;
  const numAt = from + m.index + m[0].length;
  const typeStart = from + m.index + m[0].indexOf(m[1]!);
  return { type, span: [typeStart, typeStart + m[1]!.length], numAt };
}

/** "<Type> này (số …, ban hành ngày …)". */
function selfBracket(text: string): ClosingNumber | null {
  for (const m of text.matchAll(TYPE_THEN_SELF_BRACKET)) {
    const t = typed(m, 0);
    const num = t ? numberAt(text, t.numAt) : null;
    if (!t || !num) continue;
    return { num, date: dateAfter(text, num.end), docType: { type: t.type, span: t.span } };
  }
  return null;
}

/** "<Type> số … (ngày …) được (<agent>) <verb> …" opening a sentence of the closing part. */
function numberedPassive(text: string, from: number): ClosingNumber | null {
  const tail = text.slice(from);
  for (const m of tail.matchAll(OPENING_NUMBERED)) {
    const t = typed(m, from);
    const num = t ? numberAt(text, t.numAt) : null;
    if (!t || !num) continue;
    const date = dateAfter(text, num.end);
    const after = date?.end ?? num.end;
    if (OWNER_AFTER.test(text.slice(after, after + 8))) continue;
    const passive = PASSIVE_AFTER.exec(text.slice(after, after + 12));
    if (!passive) continue;
    const rest = text.slice(after + passive[0].length, after + passive[0].length + 200);
    const stop = /[.;:](?:\s|$)/u.exec(rest);
    if (!SPREAD_OR_MADE.test(stop ? rest.slice(0, stop.index) : rest)) continue;
    return { num, date, docType: { type: t.type, span: t.span } };
  }
  return null;
}

/**
 * "(Chỉ thị số 09/CT-UBND ngày 10/5/2024 của UBND huyện Gia Lộc)" alone on a line among the last lines (under the Nơi nhận,
 * above the signature): a copy whose first page was lost keeps its identity in such a line. Read for the text's own type
 * only: a document it carries out is named in a sentence, not on a line of its own at the end.
 */
function bracketLine(text: string, from: number, ownType: DocType): ClosingNumber | null {
  const tail = text.slice(from);
  for (const m of tail.matchAll(BRACKET_LINE)) {
    const t = typed(m, from);
    const num = t && sameType(t.type, ownType) ? numberAt(text, t.numAt) : null;
    if (!t || !num || !BRACKET_LINE_END.test(text.slice(num.end, num.end + 220))) continue;
    return { num, date: dateAfter(text, num.end), docType: { type: t.type, span: t.span } };
  }
  return null;
}

/** A notice of conclusions is numbered, and named, as a Thông báo. */
function sameType(named: DocType, own: DocType): boolean {
  return named === own || (own === 'Thông báo kết luận' && named === 'Thông báo');
}

/** Under the last organising section: the one number of the document's own type named bare everywhere. */
function organisingMention(text: string, ownType: DocType): ClosingNumber | null {
  let section = -1;
  for (const m of text.matchAll(SECTION)) section = m.index + m[0].length;
  if (section < 0) return null;
  let found: ClosingNumber | null = null;
  for (const m of text.slice(section).matchAll(NUMBERED)) {
    const t = typed(m, section);
    const num = t ? numberAt(text, t.numAt) : null;
    if (!t || !num || t.type !== ownType || (num.num.docType !== null && num.num.docType !== ownType)) continue;
    if (found && found.num.num.number !== num.num.number) return null;
    found ??= { num, date: null, docType: { type: t.type, span: t.span } };
  }
  if (!found) return null;
  // Every mention of that number in the text is bare: no date and no owner after it.
  const key = found.num.num.number;
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) {
    const end = at + key.length;
    if (dateAfter(text, end) || OWNER_AFTER.test(text.slice(end, end + 8))) return null;
  }
  return found;
}

/**
 * The own number the closing lines give (above), or null. `ownType` is the type the text already gives itself
 * ("Kế hoạch này", a heading): the organising section's bare mention is read only for a number of that type.
 */
export function closingNumber(text: string, ownType: DocType | null): ClosingNumber | null {
  return selfBracket(text)
    ?? numberedPassive(text, Math.max(0, text.length - CLOSING_CHARS))
    ?? (ownType ? bracketLine(text, Math.max(0, text.length - CLOSING_CHARS), ownType) : null)
    ?? (ownType ? organisingMention(text, ownType) : null);
}
