/**
 * "Trước đó, ngày 28/11/2024, Sở cũng đã tổ chức hội nghị triển khai … theo Kế hoạch số …": a news
 * report's sentence that opens on "Trước đó" or "Trước đây" tells of an earlier event, not of what the
 * reported document does; a document carried out there was carried out then (cites), as the blind
 * writers of batch 12 label it (n18, and n58's `Trước đó, … đã có Kết luận số …`).
 */
const PAST_OPENING = /^[ \t\n]*(?:[-–+•*][ \t]*)?(?:cũng[ \t]{1,2})?trước[ \t]{1,2}(?:đó|đây)[ \t]*,/iu;

/** True when the sentence from `sentenceFrom` opens on an earlier time ("Trước đó, …"). */
export function inPastEventSentence(text: string, sentenceFrom: number): boolean {
  return PAST_OPENING.test(text.slice(sentenceFrom, sentenceFrom + 24));
}
