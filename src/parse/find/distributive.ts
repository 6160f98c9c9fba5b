import type { Token } from '../tokens.js';

/**
 * "Các chi bộ thôn rà soát …; mỗi chi bộ xây dựng ít nhất 01 mô hình điểm": a clause whose subject opens with "mỗi"
 * right after the semicolon that ends a task's clause tells what each of those units is to reach: more of that task,
 * not a task of its own (nor one of the unit it names, "mỗi cơ sở đoàn" after "Đoàn các xã").
 */
export function eachAfterSemicolon(tokens: readonly Token[], text: string, taskEnd: number, clauseStart: number): boolean {
  if (tokens[0]?.norm !== 'mỗi' || text[taskEnd - 1] !== ';') return false;
  for (let k = taskEnd; k < clauseStart; k++) if (text[k] !== ' ' && text[k] !== '\n') return false;
  return true;
}

/**
 * "5. Đoàn các xã, thị trấn:" over "- Mỗi cơ sở Đoàn thực hiện ít nhất 01 công trình …": an item whose subject opens with
 * "mỗi" under a lead-in that names units says what each of them is to do; its units are the lead-in's, not the kind
 * it names ("mỗi cơ sở Đoàn", "mỗi chi bộ").
 */
export function eachOfLeadIn(tokens: readonly Token[], inItem: boolean, leadGroup: number | null | undefined): leadGroup is number {
  return inItem && tokens[0]?.norm === 'mỗi' && typeof leadGroup === 'number';
}
