import type { Token } from '../tokens.js';

/**
 * "1. Trung tâm Y tế huyện (cơ quan thường trực Ban Chỉ đạo huyện)": a heading that names a unit and then, in brackets,
 * the part it plays. The aside is no unit of the heading's and no predicate; where it opens, or `end` when the heading
 * does not end with one.
 */
export function headingAsideStart(tokens: readonly Token[], end: number): number {
  if (end < 3 || tokens[end - 1]!.text !== ')') return end;
  for (let k = end - 2; k > 0; k--) {
    const t = tokens[k]!.text;
    if (t === ')') return end;
    if (t === '(') return k;
  }
  return end;
}
