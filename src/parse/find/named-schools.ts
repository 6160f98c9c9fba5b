import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { SCHOOL_GRADES } from '../vocabulary/units.js';
import { capsRun } from './name-shape.js';

const GRADES = phraseSet(SCHOOL_GRADES);

/**
 * "Các trường THPT Sơn Tây, THPT Tùng Thiện, THCS Xuân Khanh": schools made plural over the first one's name, then
 * more schools each written by its grade and its name. Read apart, the first became every school of a district named
 * like it and the others units named by a bare grade; the list is one unit printed whole (the labels' convention for a
 * collective, its parts the schools). From `j`, after the first name: where the last school ends, `j` when none follows.
 */
export function namedSchoolsEnd(tokens: readonly Token[], j: number, limit: number): number {
  let k = j;
  for (;;) {
    const t = tokens[k];
    const glue = t !== undefined && k < limit && (t.text === ',' || t.norm === 'và') ? k + 1 : -1;
    const g = glue > 0 ? GRADES.match(tokens, glue, limit) : null;
    if (!g || !tokens[glue]!.upper) break;
    const named = capsRun(tokens, g.end, limit, 4);
    if (named === g.end) break;
    k = named;
  }
  return k;
}
