import type { Token } from '../tokens.js';
import type { UnitMention } from './units.js';

/**
 * "1. Phòng Y tế huyện (cơ quan thường trực Ban Chỉ đạo liên ngành)", "1. Ban Gia đình - Xã hội và Kinh tế (Ban
 * GĐXH&KT)": a heading that names its unit, then what the unit is or its short form in a parenthesis that closes the
 * line, names the unit of the items under it as a heading of units alone would. Only a parenthesis right after the
 * last unit and ending the line: a heading that goes on past it says something else.
 */
export function unitsThenNote(tokens: readonly Token[], units: readonly UnitMention[]): boolean {
  const last = units[units.length - 1];
  if (last === undefined || tokens[last.to]?.text !== '(') return false;
  let depth = 0;
  for (let k = last.to; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    if (t === '(') depth++;
    else if (t === ')' && --depth === 0) return k === tokens.length - 1 || (k === tokens.length - 2 && tokens[k + 1]!.text === ':');
  }
  return false;
}
