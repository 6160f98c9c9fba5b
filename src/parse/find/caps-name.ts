import { foldKey } from '../text.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const NON_LETTER = /[^\p{L}]/gu;

/**
 * A name printed in capitals in a header ("PHÒNG NÔNG NGHIỆP VÀ PTNT", "SỞ TÀI NGUYÊN VÀ MÔI
 * TRƯỜNG") is kept with its first letter only, as names are written in the body; a word that is no
 * Vietnamese syllable is an abbreviation and keeps its capitals ("PTNT", "GD&ĐT", "UBND", "ANTT").
 */

/** One written syllable: an onset, one run of vowels, a coda (folded, without tone marks). */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u;

export function isAbbreviation(word: string): boolean {
  const letters = word.replace(NON_LETTER, '');
  return letters.length >= 2 && (word.includes('&') || !SYLLABLE.test(foldKey(letters)));
}

/** "PHÒNG NÔNG NGHIỆP VÀ PTNT" → "Phòng nông nghiệp và PTNT". */
export function fromCapitals(name: string): string {
  let first = true;
  return name.replace(/\S+/gu, (w) => {
    const out = isAbbreviation(w) ? w : first ? w.charAt(0) + w.slice(1).toLowerCase() : w.toLowerCase();
    first = false;
    return out;
  });
}
