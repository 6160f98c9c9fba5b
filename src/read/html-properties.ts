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

/**
 * The same fields laid out in columns: a row of labels over one row of values ("Số hiệu | Ngày ban
 * hành | Loại văn bản | Cơ quan ban hành" / "18/CT-UBND | 05/08/2024 | …"). Only one row of values:
 * a table of many rows under such labels lists other documents.
 */
export function isPropertyColumns(rows: ReadonlyArray<ReadonlyArray<{ textContent: string | null }>>): boolean {
  // Every cell above a label, none below: a row of label/value pairs ("Số ký hiệu: | 287/… | Loại văn bản: | …") is not this.
  if (rows.length !== 2 || rows[0]!.length < 2 || rows[0]!.length !== rows[1]!.length) return false;
  return rows[0]!.every((c) => isPropertyLabel(c.textContent ?? '')) && !rows[1]!.some((c) => isPropertyLabel(c.textContent ?? ''));
}

/** A definition list of the fields (`<dt>Số ký hiệu</dt><dd>45/KH-UBND</dd>` …): at least two labels, mostly labels. */
export function isPropertyList(terms: ReadonlyArray<{ textContent: string | null }>): boolean {
  const labelled = terms.filter((t) => isPropertyLabel(t.textContent ?? '')).length;
  return labelled >= 2 && labelled * 2 >= terms.length;
}
