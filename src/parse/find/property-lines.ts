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

/** Is this line one of a property table's (`Người ký: …`, `Trích yếu | …`)? */
export function isPropertyLine(line: string): boolean {
  const m = PROPERTY_LINE.exec(line);
  return !!m && ALL_LABELS.has(fold(m[1]!).replace(/\s+/g, ' ').trim());
}


const RELATED = new Set(PROPERTY_RELATED_LABELS);

/** Is the offset on a property row that lists other documents ("Văn bản liên quan: 41/KH-UBND")? */
export function onRelatedRow(text: string, at: number): boolean {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  let e = text.indexOf('\n', at);
  if (e < 0) e = text.length;
  const m = PROPERTY_LINE.exec(text.slice(s, e));
  return !!m && RELATED.has(fold(m[1]!).replace(/\s+/g, ' ').trim());
}
