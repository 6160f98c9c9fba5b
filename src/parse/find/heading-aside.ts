import type { Token } from '../tokens.js';

/**
 * "1. Trung tâm Y tế huyện (cơ quan thường trực Ban Chỉ đạo huyện)", "1. Ban Gia đình - Xã hội và Kinh tế (Ban
 * GĐXH&KT):": a heading that names a unit and then, in brackets that close the line (a colon may follow them), the
 * part it plays or its short form. The aside is no unit of the heading's and no predicate; where it opens, or `end`
 * when the heading does not end with one. Brackets inside the aside are its own.
 */
export function headingAsideStart(tokens: readonly Token[], end: number): number {
  let close = end - 1;
  if (tokens[close]?.text === ':') close--;
  if (close < 2 || tokens[close]!.text !== ')') return end;
  let depth = 0;
  for (let k = close; k > 0; k--) {
    const t = tokens[k]!.text;
    if (t === ')') depth++;
    else if (t === '(' && --depth === 0) return k;
  }
  return end;
}
