import { fold } from '../model/keys.js';
import type { Rewriter } from './rewrite.js';
import {
  TASK_TABLE_COLUMNS, TASK_TABLE_GROUP_NUMBER, TASK_TABLE_NUMBER_COLUMN, TASK_TABLE_OTHER_COLUMN,
} from './vocabulary/assignment.js';

type RewriterClass = new (input: string) => Rewriter;
type Pass = { text: string; map: ReturnType<Rewriter['finish']>['map'] } | null;

/**
 * A task table copied one cell per line ("TT" / "Nội dung công việc" / "Đơn vị chủ trì" / "Đơn vị phối hợp" / "Thời
 * gian" / "1" / "Tập huấn …" / "Phòng Nội vụ" / …), as a page copied from a browser gives it. Left so, the unwrapping
 * of lines glues a cell to the next one, and no reader can tell the columns apart. This pass, run before, writes each
 * row on one line with its cells split by `|`, as the HTML reader writes a table (src/parse/find/task-table.ts reads
 * it). The header is a run of column labels, the first the row number's, with a content and a lead column among
 * them; each row opens with its number alone on a line, its cells the lines after it up to the next number, a group
 * row ("I. Lĩnh vực …", left on its line) or the header's width. The table ends at a line that opens no row.
 */

const ROW_NUMBER = /^\d{1,3}\.?$/;
/** Longest column label: a header cell is a few words. */
const LABEL_MAX = 40;

interface Span { start: number; end: number; text: string; folded: string }

function linesOf(input: string): Span[] {
  const out: Span[] = [];
  for (let s = 0; s <= input.length;) {
    let e = input.indexOf('\n', s);
    if (e < 0) e = input.length;
    const raw = input.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    out.push({ start: s + lead, end: s + lead + text.length, text, folded: fold(text) });
    s = e + 1;
  }
  return out;
}

function isLabel(l: Span): boolean {
  if (l.text === '' || l.text.length > LABEL_MAX || /[.;:!?|]$/.test(l.text)) return false;
  return TASK_TABLE_NUMBER_COLUMN.test(l.folded) || TASK_TABLE_OTHER_COLUMN.test(l.folded)
    || Object.values(TASK_TABLE_COLUMNS).some((re) => re.test(l.folded));
}

const isGroup = (l: Span): boolean => TASK_TABLE_GROUP_NUMBER.test(l.text) && !ROW_NUMBER.test(l.text) && !l.text.includes('|');

function nextFilled(lines: readonly Span[], k: number): number {
  while (k < lines.length && lines[k]!.text === '') k++;
  return k;
}

/** The header's lines from `k` (a row number's label), or null when they are no task table's header. */
function headerAt(lines: readonly Span[], k: number): number[] | null {
  if (!TASK_TABLE_NUMBER_COLUMN.test(lines[k]!.folded)) return null;
  const run = [k];
  for (let j = nextFilled(lines, k + 1); j < lines.length && isLabel(lines[j]!); j = nextFilled(lines, j + 1)) run.push(j);
  if (run.length < 3) return null;
  const labels = run.map((j) => lines[j]!.folded);
  const content = labels.findIndex((f) => TASK_TABLE_COLUMNS.content.test(f));
  const lead = labels.findIndex((f) => TASK_TABLE_COLUMNS.lead.test(f));
  return content > 0 && lead > 0 && content !== lead ? run : null;
}

export function stackedRows(input: string, W: RewriterClass): Pass {
  // Cheap gate: a line that is only "TT" or "STT".
  if (!/^[ \t]*S?TT[ \t]*$/im.test(input) && !/^[ \t]*Số TT[ \t]*$/im.test(input)) return null;
  const lines = linesOf(input);
  const rows: number[][] = [];
  for (let k = 0; k < lines.length; k++) {
    const header = headerAt(lines, k);
    if (!header) continue;
    const width = header.length;
    const found: number[][] = [];
    let k2 = header[header.length - 1]!;
    for (let j = nextFilled(lines, k2 + 1); j < lines.length; j = nextFilled(lines, k2 + 1)) {
      if (isGroup(lines[j]!) && ROW_NUMBER.test(lines[nextFilled(lines, j + 1)]?.text ?? '')) { k2 = j; continue; }
      if (!ROW_NUMBER.test(lines[j]!.text)) break;
      const row = [j];
      for (let c = nextFilled(lines, j + 1); c < lines.length && row.length < width; c = nextFilled(lines, c + 1)) {
        if (ROW_NUMBER.test(lines[c]!.text) || isGroup(lines[c]!) || lines[c]!.text.includes('|')) break;
        row.push(c);
      }
      // Fewer than three cells is no row of a task table (a numbered line of prose after it).
      if (row.length < 3) break;
      found.push(row);
      k2 = row[row.length - 1]!;
    }
    if (found.length === 0) continue;
    rows.push(header, ...found);
    k = k2;
  }
  if (rows.length === 0) return null;
  const w = new W(input);
  let at = 0;
  for (const row of rows) {
    for (let c = 1; c < row.length; c++) {
      const prev = lines[row[c - 1]!]!;
      const cur = lines[row[c]!]!;
      w.keep(at, prev.end);
      w.replace(prev.end, cur.start, ' | ');
      at = cur.start;
    }
  }
  w.keep(at, input.length);
  return w.finish();
}
