// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_SENTENCE_AFTER = /^(?:\s*$|\s+[\p{Lu}\d“"(-])/u;

/**
 * Sentence bounds in the cleaned text. A full stop ends a sentence when a capital, a digit or a
 * line end follows, but not after an abbreviation of one or two capitals ("Q. Hai Bà Trưng",
 * "TP. Hà Nội"); a semicolon and "./." end one too. A line break ends one only before a blank
 * line or a list marker: a single break is a wrap ("Chỉ thị số 05/CT-UBND\ncủa Ủy ban nhân dân
 * Thành phố" in a subject line).
 */
const ABBREVIATION = /(?:^|[\s(])\p{Lu}{1,2}$/u;
const NEXT_LINE_STARTS_ITEM = /^[ \t]*(?:\n|[-–+•*]|\d{1,2}[.)-]\s|[IVX]{1,4}[.-]\s|[a-zđ]\)\s|Điều\s)/u;

export function isBoundary(text: string, i: number): boolean {
  // By code, not text[i]: the sentence searches ask at every character, and a character past
  // U+00FF (most Vietnamese letters) made a new string each time.
  const c = text.charCodeAt(i);
  if (c === 10) return NEXT_LINE_STARTS_ITEM.test(text.slice(i + 1, i + 12)) || i + 1 >= text.length;
  if (c === 59 || c === 33 || c === 63) return true;
  if (c !== 46) return false;
  if (text[i - 1] === '/' || text[i + 1] === '/') return true;
  const after = text.slice(i + 1, i + 3);
  if (!OPENS_SENTENCE_AFTER.test(after) && i + 1 < text.length) return false;
  return !ABBREVIATION.test(text.slice(Math.max(0, i - 4), i));
}

/** A sentence longer than this is cut: the search for its bounds stays linear on any input. */
export const MAX_SENTENCE = 2000;

/** Start of the sentence that contains offset i (not before `floor`). */
export function sentenceStart(text: string, i: number, floor = 0): number {
  const stop = Math.max(floor, i - MAX_SENTENCE);
  for (let k = i - 1; k >= stop; k--) if (isBoundary(text, k)) return k + 1;
  return stop;
}

/** End (exclusive, boundary included) of the sentence that contains offset i (not after `ceil`). */
export function sentenceEnd(text: string, i: number, ceil = text.length): number {
  const stop = Math.min(ceil, i + MAX_SENTENCE);
  for (let k = i; k < stop; k++) if (isBoundary(text, k)) return k + 1;
  return stop;
}
