// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const SMALL_OR_DIGIT = /[\p{Ll}\d]/u;
const SMALL_LETTER = /\p{Ll}/u;
const ENDS_WORD = /[\p{L}\d"”)]/u;
const OPENS_WORD = /[\p{Ll}\d"“]/u;

/**
 * A web copy wraps its lines anywhere, so a reader that looks at a clause's words reads one line break as a
 * space; a blank line (two breaks with only spaces or tabs between) still ends the clause. One definition, as
 * regular-expression source to build patterns from, so that the relation readers agree on what a wrap is.
 */

/** One character of a run of words that none of `stops` (a character class's body) ends, or a line break that opens no blank line. */
export function wrappedRun(stops: string): string {
  return String.raw`(?:[^${stops}\n]|\n(?![ \t]*\n))`;
}

/** The gap between two words of a phrase the relation readers match: one or two spaces, tabs or line breaks. */
export const WRAPPED_GAP = '[ \\t\\n]{1,2}';

/** The space between two words where the line may wrap: one or two spaces, or a line break with spaces around it. */
export const WRAPPED_SPACE = String.raw`(?:[ \t]{1,2}|[ \t]*\n[ \t]*)`;

/**
 * "… cho vay" / "theo Nghị định số …": a line break between a word in lower case (or a number) and one in lower
 * case is a web copy's wrapped line inside its sentence, no clause break; after a heading in capitals or a
 * punctuation mark it still is one.
 */
export function lineWrapsAt(text: string, k: number): boolean {
  if (text[k] !== '\n') return false;
  let p = k - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  let n = k + 1;
  while (n < text.length && (text[n] === ' ' || text[n] === '\t')) n++;
  return p >= 0 && SMALL_OR_DIGIT.test(text[p]!) && SMALL_LETTER.test(text[n] ?? '');
}

/**
 * `s`, the text from offset `a`, with its line breaks inside a run of words turned into spaces: after a word, a number
 * or a closing quote and before one in lower case, a number or a quote ("… giai đoạn" / "2017-2025\" theo …"), where
 * `lineWrapsAt`, which reads clause starts, wants lower case on both sides.
 */
export function withoutWraps(text: string, a: number, s: string): string {
  return s.includes('\n') ? s.replace(/\n/gu, (c, i: number) => (wrapInsideWords(text, a + i) ? ' ' : c)) : s;
}

function wrapInsideWords(text: string, k: number): boolean {
  let p = k - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  let n = k + 1;
  while (n < text.length && (text[n] === ' ' || text[n] === '\t')) n++;
  return p >= 0 && ENDS_WORD.test(text[p]!) && OPENS_WORD.test(text[n] ?? '');
}
