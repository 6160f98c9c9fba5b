import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import type { UnitHead } from '../vocabulary/units.js';
import { SCHOOL_GRADES } from '../vocabulary/units.js';
import { capsRun } from './name-shape.js';

const GRADES = phraseSet(SCHOOL_GRADES);

/**
 * "Trường Tiểu học và Trung học cơ sở Đông Xá", "Trường THCS và THPT Võ Thị Sáu": one school of two grades, its name
 * after the second. Read at the first grade, it was that grade's school of the commune, and the second grade with the
 * name another unit. Only after one school of a grade (not made plural, nothing after its head), a second grade after
 * "và" and a capitalised name of up to four words. Where the name ends, or `j`.
 */
export function jointSchoolEnd(tokens: readonly Token[], j: number, limit: number, head: UnitHead, plural: boolean): number {
  if (plural || head.tail || !head.canonical.startsWith('trường ') || tokens[j]?.norm !== 'và' || j + 1 >= limit) return j;
  const g = GRADES.match(tokens, j + 1, limit);
  if (!g || !tokens[j + 1]!.upper) return j;
  const name = capsRun(tokens, g.end, limit, 4);
  return name > g.end ? name : j;
}
