/**
 * "Kinh phí thực hiện từ nguồn ngân sách phường năm 2024 …, theo Kế hoạch số 126/KH-UBND … của UBND thành phố
 * về phòng, chống dịch bệnh năm 2024.": a bare "theo" after a comma, closing a sentence that other words opened,
 * says what the statement before accords with; the document is its measure (cites), as "theo tinh thần" there
 * is (spirit-passive.ts). Opening its sentence ("Theo Kế hoạch số …, các xã …") or followed by a clause of its
 * own it is read as before.
 */
const COMMA_THEO = /\p{L}[^\n.;:]*,[ \t]{1,2}theo[ \t]{1,2}$/iu;
/** What may stand between the cited document's end and its sentence's end. */
const CLOSES = /^[ \t]*[.;]?[ \t]*$/u;

/** True when the bare "theo" whose citation runs [start, end) trails a sentence opened at `sentenceStart`, after a comma. */
export function trailingTheo(text: string, sentenceStart: number, start: number, end: number, sentenceEnd: number): boolean {
  return COMMA_THEO.test(text.slice(sentenceStart, start)) && CLOSES.test(text.slice(end, sentenceEnd));
}
