import { phraseAlternation } from '../phrase-alternation.js';

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

/**
 * Where any of a set of vocabulary words begins in a text, found in one pass, built once from the
 * data tables. Several case-insensitive regexes that all open with one of those words (the citation
 * scans: short forms, back-references) then run sticky at these positions only, instead of each
 * scanning the whole text: a regex can match only where its first word is written, so the
 * positions are a superset of its matches, and the matches found there are the ones a scan finds
 * (see `matchesAt`). The pass is one regex of the bare words, compared as the scans' `iu` flags
 * compare them; it reports every position where a word begins, overlapping ones too. (A trie walked
 * code unit by code unit in JavaScript found the same positions at 2.3 times the CPU time on the
 * seeds: the regex engine skips ahead to a possible first letter natively.)
 */
export class WordStarts {
  private readonly re: RegExp;

  constructor(words: Iterable<string>) {
    const alternatives = phraseAlternation(new Set([...words].map((w) => w.toLowerCase())), { escape: true });
    this.re = new RegExp(`(?:${alternatives})`, 'giu');
  }

  /** Every offset of `s` where one of the words begins, ascending. */
  in(s: string): number[] {
    const out: number[] = [];
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      out.push(m.index);
      re.lastIndex = m.index + 1;
    }
    return out;
  }
}

/**
 * The matches of the sticky regex `re` in `s` that no letter precedes, tried at `starts` (ascending)
 * only: what `execAtWordStart` over the same regex made global gives, when every match begins at one
 * of `starts`. A scan goes on after a match's end, so matches do not overlap.
 */
export function matchesAt(re: RegExp, s: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = 0;
  for (const p of starts) {
    if (p < after) continue;
    re.lastIndex = p;
    const m = re.exec(s);
    if (!m) continue;
    AFTER_LETTER.lastIndex = p;
    if (AFTER_LETTER.test(s)) continue;
    out.push(m);
    after = p + m[0].length;
  }
  return out;
}
