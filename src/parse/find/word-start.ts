/**
 * Global regexes that must start a match at the start of a word. Written as `(?<![\p{L}])X`, V8
 * checks the lookbehind at every position of the text, and a case-insensitive Unicode alternation
 * cannot skip ahead then: over a seed document the two citation scans cost three times what `X`
 * alone costs. So `X` runs alone and a match after a letter is passed over; the engine then tries
 * the next position, as it would have with the lookbehind, so the matches are the same ones.
 */
const AFTER_LETTER = /(?<=\p{L})/uy;

/** The next match of the global regex `re` in `s` that no letter precedes, as `(?<![\p{L}])re` would find it. */
export function execAtWordStart(re: RegExp, s: string): RegExpExecArray | null {
  for (let m = re.exec(s); m; m = re.exec(s)) {
    AFTER_LETTER.lastIndex = m.index;
    if (!AFTER_LETTER.test(s)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}
