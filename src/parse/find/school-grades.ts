import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import type { UnitHead } from '../vocabulary/units.js';
import { SCHOOL_GRADES } from '../vocabulary/units.js';
import { whichPlacesEnd } from './which-places.js';

const GRADES = phraseSet(SCHOOL_GRADES);

/**
 * "Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở", "Các trường THPT, PTDTNT", "Các trường trung học cơ sở
 * ven biển": schools of one grade made plural go on over the other grades listed after them and over the words that
 * say which of them, one collective. Cut at the first grade, the unit lost the others (the schools of one grade only),
 * and cut before "ven biển" it became every school of the grade. Only after a plural school-grade head with nothing
 * of its own after it. Where the grades end (`grades`) and where the qualifier ends (`end`), both `j` when neither.
 */
export function schoolGradesEnd(tokens: readonly Token[], j: number, limit: number, head: UnitHead, plural: boolean, tail: string | null): { grades: number; end: number } {
  if (!plural || tail || head.tail || !head.canonical.startsWith('trường ')) return { grades: j, end: j };
  let k = j;
  for (;;) {
    const t = tokens[k];
    const glue = t !== undefined && k < limit && (t.text === ',' || t.norm === 'và') ? k + 1 : -1;
    const g = glue > 0 ? GRADES.match(tokens, glue, limit) : null;
    if (!g) break;
    k = g.end;
  }
  return { grades: k, end: whichPlacesEnd(tokens, k, limit) ?? k };
}
