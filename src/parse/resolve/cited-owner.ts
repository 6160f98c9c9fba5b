import type { DocNumber } from '../find/number.js';

/** How far before a body its cited document's number, date or title is looked for. */
const WINDOW = 80;

/**
 * "… thay thế Nghị quyết số 12/2023/NQ-HĐND ngày 07/7/2023 của HĐND tỉnh Hải Dương", "Kế hoạch "…" của Ban
 * Thường vụ Tỉnh ủy": "của" after a document's number, its date's year or its quoted title names the issuer of
 * that document. In a news report the cited document is often an older or a superior one, of another place.
 */
const AFTER_CITED = /(?:\d[\p{L}\p{M}\d./-]*|["”»])[ \t]*,?[ \t\n]{1,3}của[ \t\n]{1,3}$/u;

/**
 * The body at `start` is named as the issuer of a document the text cites, not of the text's own (`own`: its
 * number, when it is the one before "của").
 */
export function isCitedOwner(text: string, start: number, own: DocNumber | null): boolean {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  if (!AFTER_CITED.test(before)) return false;
  return !(own && before.includes(own.number));
}
