import type { Span } from '../model/record.js';
import { Rewriter, type PassMap } from './rewrite.js';
import { stackedRows } from './stacked-rows.js';
import { tabbedRows } from './tab-rows.js';
import { dateAcrossCells, fillInNumbers, headerCells, unwrapLines } from './web-copy.js';

/**
 * Cleaning: the text the finders read, with a map back to the text as given so that every span
 * points into the original. Stages (each a pass with its own map, composed at the end):
 *
 * 1. characters: NFC, CR LF -> LF, exotic spaces -> space, zero-width marks and BOM dropped;
 * 2. markdown debris: heading `#`, bold `**`, italic `*…*` (seed 002's `*Khẩn trương …*`,
 *    seed 004's `- Kính gửi:*`), while a lone `*` line (the Party star) is kept;
 * 3. page breaks: a sentence cut by blank lines (and a bare page number) is joined with one
 *    space when the next part starts in lower case ("… trách nhiệm,\n\nhiệu quả …", seed 001).
 * Web copies and OCR add four (src/parse/web-copy.ts): blank-fill inside numbers and header
 * cells split by `|` or tabs before the characters are normalised (a tab is a cell boundary
 * there), a header date line whose rest the other column's cells (the star, the number) cut off
 * moved back on it, hard line wraps inside sentences after the markdown is gone; a body table copied with
 * tabs gets its cells split by `|` too (src/parse/tab-rows.ts).
 */

/** The cleaned text and its way back to the original. */
export class CleanText {
  constructor(
    readonly original: string,
    readonly text: string,
    private readonly maps: readonly PassMap[],
  ) {}

  /** Span in the cleaned text -> span in the original text. */
  toOriginal(span: readonly [number, number]): Span {
    let [s, e] = span;
    const empty = e <= s;
    for (let k = this.maps.length - 1; k >= 0; k--) {
      const m = this.maps[k]!;
      const ns = m.start(s);
      e = empty ? ns : m.end(e);
      s = ns;
    }
    return [s, Math.max(s, e)];
  }
}

const SPACE_LIKE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

function normalizeCharacters(input: string): { text: string; map: PassMap } {
  const w = new Rewriter(input);
  const isNfc = input.normalize('NFC') === input;
  // A base letter with its combining marks, or one special character.
  const re = isNfc ? /\r\n?|[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v\u200B-\u200D\u2060\uFEFF\u00AD]/g
    : /\r\n?|[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v\u200B-\u200D\u2060\uFEFF\u00AD]|[^\p{M}]\p{M}+/gu;
  let at = 0;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    const s = m[0];
    w.keep(at, m.index);
    const to = m.index + s.length;
    if (s.startsWith('\r')) w.replace(m.index, to, '\n');
    else if (SPACE_LIKE.test(s)) w.replace(m.index, to, ' ');
    else if (INVISIBLE.test(s)) { /* dropped */ }
    else w.replace(m.index, to, s.normalize('NFC'));
    at = to;
  }
  w.keep(at, input.length);
  return w.finish();
}

function stripMarkdown(input: string): { text: string; map: PassMap } {
  const w = new Rewriter(input);
  let lineStart = 0;
  while (lineStart <= input.length) {
    let lineEnd = input.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = input.length;
    const line = input.slice(lineStart, lineEnd);
    let from = lineStart;
    const heading = /^[ ]*#{1,6}[ ]+/.exec(line);
    if (heading) from += heading[0].length;
    if (/^[ ]*\*[ ]*$/.test(line)) {
      w.keep(lineStart, lineEnd);
    } else {
      const bullet = /^([ ]*)\*[ ]+(?=\S)/.exec(input.slice(from, lineEnd));
      let at = from;
      if (bullet) {
        w.keep(from, from + bullet[1]!.length);
        w.replace(from + bullet[1]!.length, from + bullet[1]!.length + 1, '-');
        at = from + bullet[1]!.length + 1;
      }
      for (let i = at; i < lineEnd; i++) {
        const c = input.charCodeAt(i);
        if (c === 42 /* * */ || (c === 95 /* _ */ && input.charCodeAt(i + 1) === 95)) {
          w.keep(at, i);
          let j = i;
          while (j < lineEnd && input.charCodeAt(j) === c) j++;
          at = j;
          i = j - 1;
        }
      }
      w.keep(at, lineEnd);
    }
    if (lineEnd < input.length) w.keep(lineEnd, lineEnd + 1);
    lineStart = lineEnd + 1;
  }
  return w.finish();
}

const SENTENCE_END = /[.!?;:…]$/;
const PAGE_NUMBER = /^[ ]*(?:[-–][ ]*)?\d{1,3}(?:[ ]*[-–])?[ ]*$/;
const LETTER_MARKER = /^[ ]*[a-zđ][).][ ]/;
// Out of the function: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_SMALL = /^\p{Ll}/u;

function joinPageBreaks(input: string): { text: string; map: PassMap } {
  const w = new Rewriter(input);
  const lines: Array<[number, number]> = [];
  for (let s = 0; s <= input.length;) {
    let e = input.indexOf('\n', s);
    if (e < 0) e = input.length;
    lines.push([s, e]);
    s = e + 1;
  }
  const blank = (k: number) => input.slice(lines[k]![0], lines[k]![1]).trim() === '';
  let at = 0;
  for (let k = 0; k < lines.length; k++) {
    if (blank(k)) continue;
    // Find the next non-blank line after at least one blank line, skipping a bare page number.
    let j = k + 1;
    let gap = 0;
    while (j < lines.length && blank(j)) { j++; gap++; }
    if (gap > 0 && j < lines.length && PAGE_NUMBER.test(input.slice(lines[j]![0], lines[j]![1]))) {
      let n = j + 1;
      while (n < lines.length && blank(n)) n++;
      if (n > j + 1) j = n;
    }
    if (gap === 0 || j >= lines.length) continue;
    const prev = input.slice(lines[k]![0], lines[k]![1]).trimEnd();
    const next = input.slice(lines[j]![0], lines[j]![1]);
    const nextText = next.trimStart();
    if (SENTENCE_END.test(prev) || !OPENS_SMALL.test(nextText) || LETTER_MARKER.test(next)) continue;
    const cut = lines[k]![0] + prev.length;
    const resume = lines[j]![0] + (next.length - nextText.length);
    w.keep(at, cut);
    w.replace(cut, resume, ' ');
    at = resume;
    k = j - 1;
  }
  w.keep(at, input.length);
  return w.finish();
}

/** Clean a text for the finders, keeping the way back to the original offsets. */
export function clean(original: string): CleanText {
  const maps: PassMap[] = [];
  const step = (r: { text: string; map: PassMap } | null, input: string): string => {
    if (!r) return input;
    maps.push(r.map);
    return r.text;
  };
  let t = step(fillInNumbers(original, Rewriter), original);
  t = step(headerCells(t, Rewriter), t);
  t = step(tabbedRows(t, Rewriter), t);
  t = step(stackedRows(t, Rewriter), t);
  t = step(normalizeCharacters(t), t);
  t = step(stripMarkdown(t), t);
  t = step(dateAcrossCells(t, Rewriter), t);
  t = step(unwrapLines(t, Rewriter), t);
  t = step(joinPageBreaks(t), t);
  return new CleanText(original, t, maps);
}
