/**
 * Vietnamese has no diaeresis: an OCR'd "xä", "Ngö" is the tilde of "xã", "Ngõ" read as two dots. Each such
 * vowel inside a word (a letter on either side) becomes its tilde form; the length is kept, so spans stay.
 */
const TILDE: Readonly<Record<string, string>> = {
  ä: 'ã', ö: 'õ', ü: 'ũ', ë: 'ẽ', ï: 'ĩ', ÿ: 'ỹ', Ä: 'Ã', Ö: 'Õ', Ü: 'Ũ', Ë: 'Ẽ', Ï: 'Ĩ', Ÿ: 'Ỹ',
};
const DIAERESIS = /(?<=\p{L})[äöüëïÿÄÖÜËÏŸ]|[äöüëïÿÄÖÜËÏŸ](?=\p{L})/gu;

export function tildeForDiaeresis(input: string): { text: string; count: number } {
  let count = 0;
  const text = input.replace(DIAERESIS, (c) => { count++; return TILDE[c]!; });
  return { text, count };
}
