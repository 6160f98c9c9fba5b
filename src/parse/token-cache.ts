import { isSpace, scanTokens, scanUnit, type Token } from './token-scan.js';
import { onVocabularyGrowth } from './vocabulary-ids.js';

/**
 * The tokens of a long text, scanned once per line and kept, from which any stretch is cut.
 *
 * Why a cut is exact: the scan at a position depends only on the text and that position (a word
 * crossing the end of the stretch is cut there), so a scan of a stretch that starts where the
 * scan of the whole line would pass (white space, or the start of a word or mark) finds the same
 * words from there on; no word crosses a line break. A stretch that starts inside a word is
 * scanned on its own until it reaches such a position, and a word crossing the stretch's end is
 * scanned again, cut, as before.
 */
interface LineTokens {
  /** Where each scanned unit (a word, hyphen-split or not, or a punctuation mark) starts and ends. */
  starts: number[];
  ends: number[];
  /** Index in `tokens` of each unit's first token, and tokens.length after the last. */
  first: number[];
  tokens: Token[];
}

/**
 * A line's unit bounds are written here as it is scanned, then copied out at their exact length: three
 * arrays grown push by push per line left each smaller copy behind, several times the index's own size in
 * garbage per document. Kept between lines (numbers only: they hold no token or text alive).
 */
const unitStarts: number[] = [];
const unitEnds: number[] = [];
const unitFirst: number[] = [];

/** Tokens kept per document, a bound in case a caller hands over a long text. */
const TOKEN_LIMIT = 200_000;

class DocumentTokens {
  private readonly lineStarts: number[] = [0];
  private readonly lines = new Map<number, LineTokens>();
  private kept = 0;

  constructor(readonly text: string) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.lineStarts.push(at + 1);
  }

  /** The tokens of text[from, to), as scanTokens(text, from, to) gives them. */
  range(from: number, to: number): Token[] {
    const { text } = this;
    const out: Token[] = [];
    let i = from;
    while (i < to) {
      const k = this.lineAt(i);
      const end = k + 1 < this.lineStarts.length ? this.lineStarts[k + 1]! - 1 : text.length;
      const line = this.line(k, end);
      const u = firstEndingAfter(line.ends, i);
      if (u < line.starts.length && line.starts[u]! < i) {
        i = isSpace(text.charCodeAt(i)) ? i + 1 : scanUnit(text, i, to, out);
        continue;
      }
      // The whole units inside the stretch are copied at once; a unit crossing its end is scanned cut.
      let v = u;
      while (v < line.starts.length && line.starts[v]! < to && line.ends[v]! <= to) v++;
      const crossing = v < line.starts.length && line.starts[v]! < to;
      // Most stretches lie in one line: one exact copy, no array grown push by push.
      if (out.length === 0 && !crossing && to <= end) return line.tokens.slice(line.first[u]!, line.first[v]!);
      for (let t = line.first[u]!; t < line.first[v]!; t++) out.push(line.tokens[t]!);
      if (crossing) return scanTokens(text, line.starts[v]!, to, out);
      if (to <= end) break;
      i = end + 1;
    }
    return out;
  }

  /** Index of the line holding position `pos`. */
  private lineAt(pos: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  private line(k: number, end: number): LineTokens {
    let line = this.lines.get(k);
    if (line) return line;
    const tokens: Token[] = [];
    let n = 0;
    let i = this.lineStarts[k]!;
    while (i < end) {
      if (isSpace(this.text.charCodeAt(i))) { i++; continue; }
      unitStarts[n] = i;
      unitFirst[n] = tokens.length;
      i = scanUnit(this.text, i, end, tokens);
      unitEnds[n++] = i;
    }
    unitFirst[n] = tokens.length;
    line = { starts: unitStarts.slice(0, n), ends: unitEnds.slice(0, n), first: unitFirst.slice(0, n + 1), tokens };
    if (this.kept + line.tokens.length > TOKEN_LIMIT) { this.lines.clear(); this.kept = 0; }
    this.lines.set(k, line);
    this.kept += line.tokens.length;
    return line;
  }
}

/** The first index whose end lies after `pos` (ends ascend). */
function firstEndingAfter(ends: readonly number[], pos: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! > pos) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/**
 * The two texts tokenized last: one document at a time, and a second text (a title, a line) may be
 * tokenized between two stretches of it.
 */
let recent: DocumentTokens[] = [];
// Tokens made before a table learnt a word carry no number for it.
onVocabularyGrowth(() => { recent = []; });

export function documentTokens(text: string): DocumentTokens {
  for (const d of recent) if (d.text === text) return d;
  const d = new DocumentTokens(text);
  recent = [d, ...recent.slice(0, 1)];
  return d;
}
