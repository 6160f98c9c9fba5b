/**
 * Where a comma followed by a capital opens the citing document's main clause inside a cited
 * document's subject (", Ủy ban nhân dân Quận 3 đề nghị …"), and where it only goes on listing names:
 * "… công tác dân vận của Đảng, Nhà nước, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong
 * tình hình mới và Kế hoạch số …" (blind batch 17, c141). A comma after a capitalised word, in a
 * subject that runs unbroken up to "và" and the next cited document, joins names: cut there, the next
 * document lost the list's trigger.
 */
const CAPITAL_AFTER_COMMA = /,\s+\p{Lu}/gu;
/** The subject reaches the next citation through list glue. */
const JOINS_NEXT = /[ \t]và[ \t]{1,2}$/u;
/** A name ends at the comma: one of its last three words is capitalised ("Đảng,", "Nhà nước,", "Mặt trận Tổ quốc,"). */
const NAME_BEFORE = /(?:^|[\s(])\p{Lu}\p{L}*(?:[ \t]\p{L}+){0,2}$/u;

/**
 * Offset in `tail` of the first comma that opens a main clause, or -1. `reachesNext`: the tail runs
 * without a sentence or clause break up to the next cited document.
 */
export function mainClauseComma(tail: string, reachesNext: boolean): number {
  const enumerates = reachesNext && JOINS_NEXT.test(tail);
  for (const m of tail.matchAll(CAPITAL_AFTER_COMMA)) {
    if (enumerates && NAME_BEFORE.test(tail.slice(Math.max(0, m.index - 40), m.index))) continue;
    return m.index;
  }
  return -1;
}
