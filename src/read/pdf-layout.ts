/**
 * Text lines from the positioned text items of a PDF. Pure: items in, text out.
 *
 * A PDF has no lines or paragraphs, only strings placed at (x, y). Lines are rebuilt by
 * grouping items on one baseline; then, so that the text reads like the .txt corpus (one
 * paragraph per line, a blank line where the page shows a gap), a line is joined to the one
 * before it when it continues it:
 * - the gap between the two baselines is the document's usual leading (a bigger gap is a
 *   paragraph break and becomes a blank line);
 * - the earlier line is full: the first word of the later one would not have fitted after
 *   it before the right margin (that is why the typesetter broke the line there);
 * - the later line does not start with a list marker ("- ", "2. ", "a) ") and is not
 *   indented past the earlier one.
 * Pages are joined with a blank line, as the source corpus does at page breaks.
 */

export interface PdfTextItem {
  str: string;
  /** Baseline origin, PDF user space (y grows upwards). */
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface PdfPageItems {
  items: readonly PdfTextItem[];
}

export interface PdfLayoutOptions {
  /** Join wrapped lines into paragraphs (default true). */
  unwrap?: boolean;
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  fontSize: number;
}

/** A gap this many font sizes wide between two items on one line separates columns. */
const COLUMN_GAP = 3;
/** A baseline gap above this multiple of the usual leading is a paragraph break. */
const PARAGRAPH_GAP = 1.6;
/** Slack, in character widths, for the estimate of whether a word would have fitted. */
const FIT_SLACK = 1.5;
const LIST_START = /^\s*(?:[-‐–—+•*·]\s|\(?(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)]\s)/u;

export function layoutPdfText(pages: readonly PdfPageItems[], opts: PdfLayoutOptions = {}): string {
  const unwrap = opts.unwrap ?? true;
  const pageLines = pages.map((p) => buildLines(p.items));
  const all = pageLines.flat();
  if (all.length === 0) return '';
  const leading = usualLeading(pageLines);
  const maxRight = Math.max(...all.map((l) => l.right));

  return pageLines.map((lines) => {
    let out = '';
    lines.forEach((line, i) => {
      const prev = lines[i - 1];
      if (!prev) out += line.text;
      else {
        const gap = prev.y - line.y;
        if (gap <= 0 || gap > PARAGRAPH_GAP * leading) out += '\n\n' + line.text;
        else if (unwrap && continues(prev, line, maxRight)) out += (/[\p{L}\p{N}]-$/u.test(prev.text) ? '' : ' ') + line.text;
        else out += '\n' + line.text;
      }
    });
    return out;
  }).filter((t) => t !== '').join('\n\n');
}

/** Items grouped by baseline, top to bottom, each line's items left to right. */
function buildLines(items: readonly PdfTextItem[]): Line[] {
  const visible = items.filter((it) => it.str.trim() !== '').slice().sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const it of visible) {
    const group = groups[groups.length - 1];
    const head = group?.[0];
    if (group && head && Math.abs(head.y - it.y) <= 0.5 * Math.min(head.fontSize, it.fontSize)) group.push(it);
    else groups.push([it]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let right = -Infinity;
    for (const it of group) {
      if (text !== '') {
        const gap = it.x - right;
        if (gap > COLUMN_GAP * it.fontSize) text = text.trimEnd() + '\t';
        else if (gap > 0.15 * it.fontSize && !/\s$/u.test(text) && !/^\s/u.test(it.str)) text += ' ';
      }
      text += it.str;
      right = Math.max(right, it.x + it.width);
    }
    const first = group[0] as PdfTextItem;
    return { text: text.trim(), x: first.x, right, y: first.y, fontSize: Math.max(...group.map((g) => g.fontSize)) };
  });
}

/** The most common distance between consecutive baselines, in half points (11.6 and 11.7 are one leading). */
function usualLeading(pageLines: readonly Line[][]): number {
  const counts = new Map<number, number>();
  for (const lines of pageLines) {
    for (let i = 1; i < lines.length; i++) {
      const d = Math.round(((lines[i - 1] as Line).y - (lines[i] as Line).y) * 2) / 2;
      if (d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
  }
  let best = 0;
  let bestCount = 0;
  for (const [d, c] of counts) if (c > bestCount || (c === bestCount && d < best)) { best = d; bestCount = c; }
  if (bestCount > 0) return best;
  const sizes = pageLines.flat().map((l) => l.fontSize);
  return 1.2 * Math.max(...sizes);
}

function continues(prev: Line, line: Line, maxRight: number): boolean {
  if (LIST_START.test(line.text)) return false;
  const charWidth = (line.right - line.x) / Math.max(1, line.text.length);
  if (line.x > prev.x + charWidth) return false;
  const firstWord = /^\S+/u.exec(line.text)?.[0] ?? '';
  const wouldEnd = prev.right + charWidth * (firstWord.length + 1);
  return wouldEnd > maxRight - FIT_SLACK * charWidth;
}
