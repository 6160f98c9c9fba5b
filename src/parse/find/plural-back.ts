/**
 * "Thông báo … nhằm cụ thể hóa các văn bản này.", "Để triển khai các văn bản trên, …": a back-reference made
 * plural by "các" or "những" names every document told just before, not the last one; and "các văn bản này" is
 * never the document itself, as "văn bản này" is.
 */
const PLURAL = /(?<![\p{L}])(?:các|những)[ \t]{1,2}$/iu;

export function pluralBefore(text: string, start: number): boolean {
  return PLURAL.test(text.slice(Math.max(0, start - 8), start));
}
