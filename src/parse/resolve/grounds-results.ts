/**
 * "Trên cơ sở kết quả rà soát theo Công văn số …", "dựa trên kết quả kiểm tra tại Kế hoạch số …": a
 * ground trigger (`trên cơ sở`, `dựa trên`) whose object is results: the grounds are facts found under
 * the document, which the citing one refers to (cites), as the labelling convention reads `trên cơ sở`
 * results looked back on. `trên cơ sở` a document itself stays a basis.
 */
// The results came under the document: "theo" or "tại" links them to it. "Dựa trên kết quả thực hiện năm 2023 và
// Nghị quyết số …" joins a second ground, which stays a basis.
const RESULTS = /^[ \t\n]{1,2}(?:các[ \t]{1,2})?kết[ \t]{1,2}quả(?![\p{L}])[^.;:\n]{0,110}?(?<![\p{L}])(?:theo|tại)[ \t]{1,2}$/u;

/** True when text[triggerEnd, at) opens with "kết quả" and reaches the document through "theo" or "tại", in one clause. */
export function resultsAfterGround(text: string, triggerEnd: number, at: number): boolean {
  return at - triggerEnd <= 130 && RESULTS.test(text.slice(triggerEnd, at));
}
