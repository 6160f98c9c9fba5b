import { ITEM_MARK } from '../item-marks.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { DOC_TYPES } from '../vocabulary/doc-types.js';
import { AIM_OPENERS, CARRYING_OUT_VERBS, SELF_SUFFIXES } from '../vocabulary/relations.js';
import { clauseStart } from './clause-start.js';
import { WRAPPED_GAP } from '../wrapped-line.js';

/**
 * A congress's resolution after a carrying-out trigger that stands inside a clause about other work:
 * "… các hoạt động kỷ niệm tổ chức trang trọng, gắn với thi đua thực hiện Nghị quyết Đại hội …", "…
 * khẳng định vai trò của hội viên trong xây dựng Tổ quốc theo tinh thần Nghị quyết Đại hội …". The
 * resolution is the wider aim the work is tied to, not what the document sets out to carry out (cites),
 * as the blind writers of c133 and c147 label it. Where the trigger opens its clause ("Để thực hiện
 * thắng lợi Nghị quyết Đại hội …", "- Nhằm cụ thể hóa …", "…, đồng thời thực hiện …") or follows a
 * purpose word after the clause's subject ("Hội nghị nhằm cụ thể hóa …", "Nghị quyết … được ban hành
 * nhằm …"), it is the document's own purpose and carries the resolution out.
 */
/** How far back the clause's start is looked for. */
const REACH = 160;
/**
 * The document itself as the clause's subject ("Kế hoạch này cụ thể hóa Nghị quyết Đại hội …"): it states what it
 * carries out, as a purpose word does.
 */
const SELF_SUBJECT = String.raw`(?:${phraseAlternation(DOC_TYPES.flatMap((d) => d.words), { gap: WRAPPED_GAP })})${WRAPPED_GAP}(?:${phraseAlternation(SELF_SUFFIXES, { gap: WRAPPED_GAP })})${WRAPPED_GAP}`;
/** A clause that opens on its trigger, a purpose word, or a verb or two before it ("Để tổ chức thực hiện …"). */
const OPENS = new RegExp(String.raw`^[ \t\n]*(?:${ITEM_MARK}[ \t]*)?(?:${SELF_SUBJECT})?(?:(?:${phraseAlternation(AIM_OPENERS, { gap: WRAPPED_GAP })})[ \t\n]{1,2})?(?:\p{L}+[ \t\n]{1,2}){0,2}$`, 'iu');
const CARRYING = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(CARRYING_OUT_VERBS, { gap: WRAPPED_GAP })})(?![\p{L}])`, 'iu');
const PURPOSE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(AIM_OPENERS, { gap: WRAPPED_GAP })})[ \t\n]{1,2}$`, 'iu');

/** True when the trigger at `triggerAt` stands after other words of its clause, none of them a purpose word right before it. */
export function aimInsideClause(text: string, triggerAt: number): boolean {
  const floor = Math.max(0, triggerAt - REACH);
  const start = clauseStart(text, triggerAt, floor);
  if (start === floor && floor > 0) return false;
  const clause = text.slice(start, triggerAt);
  // "Nhằm cụ thể hóa và tổ chức thực hiện thắng lợi Nghị quyết Đại hội …": the clause's first carrying-out verb opens it.
  const first = CARRYING.exec(clause);
  const lead = first ? clause.slice(0, first.index) : clause;
  return !OPENS.test(lead) && !PURPOSE_BEFORE.test(clause);
}
