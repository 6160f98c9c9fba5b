import { phraseAlternation } from '../phrase-alternation.js';
import { ISSUER_FIRST_ITEM_LEADS } from '../vocabulary/relations.js';
import { wrappedRun } from '../wrapped-line.js';

/**
 * "Thực hiện Nghị quyết số 05-NQ/ĐU … về xây dựng làng nghề xanh, sạch gắn với du lịch và chỉ đạo của Sở
 * … tại Công văn số 3318/…": a subject that runs up to the next number through "và", an instruction's
 * word, its giver and "tại" (or "theo") is two items of one list: the second names its issuer before its
 * number. Read as one subject, the words inside it ("gắn với") spoke for the next document.
 */
const ISSUER_FIRST = new RegExp(
  String.raw`[ ,\n]và[ \n]{1,2}(?:${phraseAlternation(ISSUER_FIRST_ITEM_LEADS, { gap: '[ \\n]{1,2}' })})[ \n]{1,2}của[ \n]${wrappedRun(';:')}{2,160}?[ \n]\(?(?:tại|theo)[ \n]{1,2}$`, 'u');

/** Length of a subject that runs up to the next number, up to where such an item starts (all of it when none does). */
export function issuerFirstItemIn(subject: string): number {
  const m = ISSUER_FIRST.exec(subject);
  return m ? m.index : subject.length;
}
