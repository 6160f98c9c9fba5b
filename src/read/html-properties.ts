import { fold } from '../model/keys.js';
import { PROPERTY_LABELS } from '../model/property-labels.js';

/**
 * The property table legal portals print above (or instead of) a document's header: one row per
 * field, its label in the first cell ("Số ký hiệu", "Ngày ban hành", "Loại văn bản", "Cơ quan ban
 * hành", "Người ký", "Trích yếu"). Read column by column like a layout table, every label would
 * be separated from its value; read row by row as `label: value`, the parser can find them.
 */

const LABELS = new Set(PROPERTY_LABELS);

/** Is this cell text a property label ("Số ký hiệu:", "Ngày ban hành")? */
export function isPropertyLabel(text: string): boolean {
  return LABELS.has(fold(text).replace(/[:\s]+$/u, '').replace(/\s+/g, ' ').trim());
}

/**
 * A table of label/value pairs: rows of two cells (or four, two pairs side by side) whose label
 * cells are mostly property labels, at least two of them.
 */
export function isPropertyTable(rows: ReadonlyArray<ReadonlyArray<{ textContent: string | null }>>): boolean {
  const paired = rows.filter((r) => r.length === 2 || r.length === 4);
  if (paired.length < 1 || paired.length < rows.length - 1) return false;
  const labels = paired.flatMap((r) => r.filter((_, k) => k % 2 === 0));
  const labelled = labels.filter((c) => isPropertyLabel(c.textContent ?? '')).length;
  return labelled >= 2 && labelled * 2 >= labels.length;
}
