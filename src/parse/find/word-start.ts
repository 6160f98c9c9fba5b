import { phraseAlternation } from '../phrase-alternation.js';

/**
 * Where any of a set of vocabulary words begins in a text, found in one pass, built once from the
 * data tables. Several case-insensitive patterns that all open with one of those words (the citation
 * scans: short forms, back-references) are then tried at these positions only, instead of each
 * scanning the whole text: a pattern can match only where its first word is written, so the
 * positions are a superset of its matches, and the matches found there are the ones a scan finds.
 * The patterns are `BoundedPattern`s (bounded-pattern.ts) and their `matchesAt` does the trying: it
 * also checks there the lookbehind they open with, `(?<![\p{L}])`, which written into a scanned
 * pattern made the two citation scans cost three times what they cost without it. The pass is one
 * regex of the bare words, compared as the scans' `iu` flags compare them; it reports every position
 * where a word begins, overlapping ones too. (A trie walked code unit by code unit in JavaScript found
 * the same positions at 2.3 times the CPU time on the seeds: the regex engine skips ahead to a
 * possible first letter natively.)
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
