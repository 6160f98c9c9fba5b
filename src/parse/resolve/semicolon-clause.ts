import { sentenceStart } from '../find/sentences.js';

/** Clauses looked back over, semicolon by semicolon, for the one that opens the statement. */
const CLAUSES = 4;

/**
 * "Ủy ban Kiểm tra … chủ động nắm tình hình, kịp thời kiểm tra …; thực hiện theo Quy định số …": a clause after
 * a semicolon goes on with the statement before it, which here opened on its subject, so its "thực hiện theo"
 * names the measure of that work, as "…; xử lý vi phạm theo Nghị định số …" does. After a statement that opened
 * on a trigger ("Thực hiện Kế hoạch số …; thực hiện theo Hướng dẫn số …, …") the semicolon parts a list of the
 * document's grounds, and the clause opens as the statement did. True for the first kind: `at` opens a clause
 * right after a semicolon, and the statement it goes on with does not open on a trigger (`opensOnTrigger`, the
 * caller's reading of the statement's first words).
 */
export function continuesStatement(text: string, at: number, opensOnTrigger: (from: number) => boolean): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] !== ';') return false;
  let from = k;
  for (let n = 0; n < CLAUSES; n++) {
    const s = sentenceStart(text, from);
    let p = s - 1;
    while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
    if (p < 0 || text[p] !== ';') return !opensOnTrigger(s);
    from = p;
  }
  return false;
}
