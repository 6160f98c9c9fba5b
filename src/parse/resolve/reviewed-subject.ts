import { phraseAlternation } from '../phrase-alternation.js';
import { ASSESSMENT_VERBS, REVIEW_BREAKS, REVIEW_VERBS } from '../vocabulary/relations.js';

/**
 * "Những năm qua, việc thực hiện Chỉ thị số … của Bộ Chính trị … đạt nhiều kết quả": a sentence that
 * opens on a time looked back on ("Những năm qua", "Thời gian qua", "Trong 5 năm qua") and makes the
 * carrying out ("việc thực hiện") its subject reviews the results; the document refers to the one
 * they came under (cites), as "sau 5 năm thực hiện" does (relation-context.ts). So does a clause that
 * reports an assessment of it: "Thông báo … nêu rõ, việc thực hiện Kế hoạch số … còn hình thức".
 */
const REVIEWED = /(?:^|[\n.;:!?][ \t]*)(?:Trong[ \t]{1,2})?(?:\p{Lu}\p{Ll}*|\d{1,2})(?:[ \t]{1,2}\p{Ll}+){0,3}[ \t]{1,2}qua[ \t]*,[ \t]{1,2}việc[ \t]{1,2}$/u;
const ASSESSED = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(ASSESSMENT_VERBS, { gap: '[ \\t]{1,2}' })})[ \t]*,[ \t]{1,2}việc[ \t]{1,2}$`, 'iu');

/**
 * "Thường trực Huyện ủy đánh giá việc triển khai Kế hoạch số …", "… báo cáo tình hình kinh doanh …, du lịch
 * … và việc thực hiện Nghị quyết số …": the carrying out as the object of a verb that looks back on work
 * (`REVIEW_VERBS`), within its clause and with no word between that opens other work (`REVIEW_BREAKS`).
 */
const REVIEW = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(REVIEW_VERBS, { gap: '[ \t\n]{1,2}' })})(?![\p{L}])([^.;:!?]{0,140}?)(?<![\p{L}])việc[ \t\n]{1,2}(?:(?:triển[ \t\n]{1,2}khai|tổ[ \t\n]{1,2}chức)[ \t\n]{1,2})?$`, 'iu');
const BREAK = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(REVIEW_BREAKS, { gap: '[ \t\n]{1,2}' })})(?![\p{L}])|\n[ \t]*\n`, 'iu');

/** How far from the end "việc" may lie in what the three match: "việc" and the widest gaps, "triển", "khai". */
const NEAR = 24;
const NEAR_END = /việc/iu;

/** True when the trigger at `at` is the subject "việc thực hiện" of a sentence opening on a time looked back on, of an assessment reported, or the object of a review. */
export function reviewedSubjectBefore(text: string, at: number): boolean {
  // All three end on "việc" and at most "  triển  khai  " after it: without the word that near, none can match, and the
  // scans from every position of 60 and 180 characters (a trigger at a time) are spared.
  if (!NEAR_END.test(text.slice(Math.max(0, at - NEAR), at))) return false;
  const before = text.slice(Math.max(0, at - 60), at);
  if (REVIEWED.test(before) || ASSESSED.test(before)) return true;
  const m = REVIEW.exec(text.slice(Math.max(0, at - 180), at));
  return m !== null && !BREAK.test(m[1]!);
}
