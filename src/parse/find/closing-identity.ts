import { DOC_TYPES } from '../vocabulary/doc-types.js';
import { SELF_REFERENCE_WORD } from '../vocabulary/identity.js';
import { isoDate, type FoundDate } from './dates.js';
import type { TextIdentity } from './identity.js';

/**
 * What a headless fragment still says of itself near its end: the type in "Kế hoạch này …",
 * "Nhận được Công văn này, …", and the date line the header would have held, printed above the
 * signature ("Cẩm Hưng, ngày 12 tháng 4 năm 2024", the place and the date perhaps on two lines,
 * a web copy's wrap inside the date).
 */

/** How much of the end of the text the closing date is looked for in. */
const CLOSING_CHARS = 2500;

const TYPE_WORDS = DOC_TYPES.filter((d) => d.type !== 'Khác').flatMap((d) => d.words.map((w) => [w, d.type] as const))
  .sort((a, b) => b[0].length - a[0].length);
const SELF_TYPE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${TYPE_WORDS.map(([w]) => w).join('|')})[ ]{1,2}${SELF_REFERENCE_WORD}(?![\p{L}\p{N}])`, 'giu');
const TYPE_BY_WORD = new Map(TYPE_WORDS.map(([w, t]) => [w.toLowerCase(), t]));

/** A place, a comma, then a date in words, line breaks allowed between the parts. */
const SP = String.raw`[ ]{0,3}\n?[ ]{0,3}`;
const CLOSING_DATE = new RegExp(
  String.raw`(?:^|\n)[ ]*[\p{Lu}][\p{L}.'’ -]{1,40},${SP}(ngày${SP}(\d{1,2})${SP}tháng${SP}(\d{1,2})${SP}năm${SP}(\d{4}))(?![\p{N}])`, 'gu');

/** The type of "<type> này" the text uses most (the first on a tie); null when none. */
export function selfReferenceType(text: string, from: number, to: number): TextIdentity['docType'] {
  const counts = new Map<string, { n: number; span: [number, number] }>();
  for (const m of text.slice(from, to).matchAll(SELF_TYPE)) {
    const key = m[1]!.toLowerCase();
    const seen = counts.get(key);
    if (seen) seen.n++;
    else counts.set(key, { n: 1, span: [from + m.index, from + m.index + m[1]!.length] });
  }
  let best: [string, { n: number; span: [number, number] }] | null = null;
  for (const e of counts) if (!best || e[1].n > best[1].n) best = e;
  const type = best ? TYPE_BY_WORD.get(best[0]) : undefined;
  return best && type ? { type, span: best[1].span } : null;
}

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

/** A headless fragment's told identity, its type and date filled from the closing where missing. */
export function withClosing(text: string, told: TextIdentity | null, needs: { type: boolean; date: boolean }): TextIdentity | null {
  const docType = needs.type && !told?.docType ? selfReferenceType(text, 0, text.length) : null;
  const date = needs.date && !told?.date ? closingDate(text) : null;
  if (!docType && !date) return told;
  if (!told) return { source: 'closing', num: null, docType, date, issuer: null };
  const merged = { ...told, docType: told.docType ?? docType, date: told.date ?? date };
  // Only an issuer came from a sentence: the closing gave the rest, and the warning says so.
  if (!told.num && !told.docType && !told.date && told.issuer) return { ...merged, source: 'closing', issuerSource: told.issuerSource ?? told.source };
  return merged;
}
