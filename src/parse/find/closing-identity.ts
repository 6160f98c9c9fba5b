import { isoDate, type FoundDate } from './dates.js';
import { closingStatement, type ClosingStatement, type TextIdentity } from './identity.js';
import { selfPassive } from './self-passive.js';
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

/** A place, a comma, then a date in words, line breaks allowed between the parts. */
const SP = String.raw`[ ]{0,3}\n?[ ]{0,3}`;
const CLOSING_DATE = new RegExp(
  String.raw`(?:^|\n)[ ]*[\p{Lu}][\p{L}.'’ -]{1,40},${SP}(ngày${SP}(\d{1,2})${SP}tháng${SP}(\d{1,2})${SP}năm${SP}(\d{4}))(?![\p{N}])`, 'gu');


/** The last "<place>, ngày … tháng … năm …" in the closing part of the text. */
export function closingDate(text: string): FoundDate | null {
  const from = Math.max(0, text.length - CLOSING_CHARS);
  let best: FoundDate | null = null;
  for (const m of text.slice(from).matchAll(CLOSING_DATE)) {
    const iso = isoDate(Number(m[2]), Number(m[3]), Number(m[4]));
    if (!iso) continue;
    const start = from + m.index + m[0].length - m[1]!.length;
    best = { iso, text: m[1]!, start, end: start + m[1]!.length };
  }
  return best;
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
  const docType = needs.type && !told?.docType ? selfReferenceType(text, 0, text.length) ?? statement?.docType ?? bareSelfType(text) : null;
  if (guessed && statement && statement.docType.type !== told!.docType!.type) told = { ...told!, source: 'closing', issuerSource: told!.issuerSource ?? told!.source, docType: statement.docType };
  // "Nghị quyết này đã được HĐND tỉnh … thông qua ngày …": its agent, and the day it was passed where no date line is.
  const passive = (!told?.issuer && !statement?.issuer) || (needs.date && !told?.date) ? selfPassive(text) : null;
  const date = needs.date && !told?.date ? closingDate(text) ?? passive?.date ?? null : null;
  const issuer = !told?.issuer ? statement?.issuer ?? passive?.issuer ?? null : null;
  if (!docType && !date && !issuer) return told;
  if (!told) return { source: 'closing', num: null, docType, date, issuer };
  const merged = { ...told, docType: told.docType ?? docType, date: told.date ?? date, issuer: told.issuer ?? issuer };
  // Only an issuer came from a sentence: the closing gave the rest, and the warning says so.
  if (!told.num && !told.docType && !told.date && told.issuer) return { ...merged, source: 'closing', issuerSource: told.issuerSource ?? told.source };
  return merged;
}
