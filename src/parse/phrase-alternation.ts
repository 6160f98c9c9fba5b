/**
 * A regex alternation of vocabulary phrases, built from a data table. The alternatives are tried
 * longest first: a regex alternation takes the first alternative that matches, not the longest, so
 * "triển khai" listed before "triển khai thực hiện" would stop a match short. The order is by the
 * phrases' own lengths, before any escaping or gap; phrases of equal length keep the table's order
 * (the sort is stable), so a table's order still decides between them.
 */

/** The regex syntax characters, and "/" (some phrases are codes such as "V/v"). */
const SYNTAX = /[.*+?^${}()|[\]\\/]/g;

/** The phrases, longest first; equal lengths in their given order. A copy: the table is untouched. */
export function longestFirst(phrases: Iterable<string>): string[] {
  return [...phrases].sort((a, b) => b.length - a.length);
}

export interface AlternationOptions {
  /** Escape the regex syntax characters, for tables whose phrases may carry them. */
  escape?: boolean;
  /** What each space of a phrase becomes ("\\s{1,2}", "[ \\t]{1,2}", …): the gap the text may show between words. */
  gap?: string;
}

/** The phrases as `a|b|…`, longest first, to be wrapped in a group by the caller. */
export function phraseAlternation(phrases: Iterable<string>, options: AlternationOptions = {}): string {
  const { escape = false, gap } = options;
  return longestFirst(phrases)
    .map((p) => {
      const escaped = escape ? p.replace(SYNTAX, '\\$&') : p;
      // A function, not the string: a gap is inserted as written, never read for "$&" patterns.
      return gap === undefined ? escaped : escaped.replace(/ /g, () => gap);
    })
    .join('|');
}
