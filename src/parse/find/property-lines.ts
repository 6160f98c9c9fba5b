import { fold } from '../../model/keys.js';
import { PROPERTY_FIELD_LABELS, PROPERTY_LABELS, PROPERTY_RELATED_LABELS, type PropertyField } from '../vocabulary/properties.js';

/**
 * The lines of a portal's property table ("Số ký hiệu: 96/KH-UBND", "Trích yếu | …"): recognised
 * here for the finders that read them (page-properties.ts) and for those that must step over them
 * (a title line under the table, the web-copy header pass).
 */

/** `label: value`, `label | value`, a tab or a run of spaces between them (a tab the clean stage made a space, before a number or a date). */
export const PROPERTY_LINE = /^[ \t]*([^:|\t\n]{2,30}?)[ ]*(?::|[ ]*\||\t|[ ]{2,}|[ ](?=\d))[ \t]*(\S[^\n]*?)[ \t]*$/u;

export const FIELD_OF = new Map<string, PropertyField>();
for (const [field, labels] of Object.entries(PROPERTY_FIELD_LABELS)) for (const l of labels) FIELD_OF.set(l, field as PropertyField);
const ALL_LABELS = new Set(PROPERTY_LABELS);

/**
 * PROPERTY_LINE's match of `line`, read without the line's trailing spaces and tabs: the same
 * match (its value ends before them, and a separator or label among them has no value after it),
 * found without the backtracking a line that ends in blanks cost. Its label and the spaces around
 * its separator may each take any part of a run of blanks, and with no value after them every split
 * was tried: 9.6 ms for a line of 41 spaces, which web copies put between header cells.
 */
export function propertyLineMatch(line: string): RegExpExecArray | null {
  let end = line.length;
  for (let c = line.charCodeAt(end - 1); c === 32 || c === 9; c = line.charCodeAt(end - 1)) end--;
  return end === 0 ? null : PROPERTY_LINE.exec(end === line.length ? line : line.slice(0, end));
}

/** Is this line one of a property table's (`Người ký: …`, `Trích yếu | …`)? */
export function isPropertyLine(line: string): boolean {
  const m = propertyLineMatch(line);
  return !!m && ALL_LABELS.has(fold(m[1]!).replace(/\s+/g, ' ').trim());
}


const RELATED = new Set(PROPERTY_RELATED_LABELS);

/** Is the offset on a property row that lists other documents ("Văn bản liên quan: 41/KH-UBND")? */
export function onRelatedRow(text: string, at: number): boolean {
  // A property row is short: look no further than its length either way (a 1 MB line stays linear).
  const from = Math.max(0, at - ROW_REACH);
  const back = text.slice(from, at).lastIndexOf('\n');
  if (back < 0 && from > 0) return false;
  const s = back < 0 ? from : from + back + 1;
  const ahead = text.slice(at, at + ROW_REACH);
  const nl = ahead.indexOf('\n');
  const m = propertyLineMatch(text.slice(s, nl < 0 ? at + ahead.length : at + nl));
  return !!m && RELATED.has(fold(m[1]!).replace(/\s+/g, ' ').trim());
}

/** How far a property row reaches around a mention in it. */
const ROW_REACH = 200;

/** Between fields a page prints on one line: "Số hiệu: 45-CTr/TĐTN-PT · Loại: Chương trình · Ngày ký: 12/03/2025". */
const FIELD_SEPARATOR = /[ ]+[·•][ ]+/gu;

/** The fields of one line, each with its offset in the line: the line itself unless it joins several. */
export function propertySegments(line: string): Array<[number, string]> {
  if (!line.includes('·') && !line.includes('•')) return [[0, line]];
  const out: Array<[number, string]> = [];
  let s = 0;
  for (const m of line.matchAll(FIELD_SEPARATOR)) {
    out.push([s, line.slice(s, m.index)]);
    s = m.index + m[0].length;
  }
  out.push([s, line.slice(s)]);
  return out;
}
