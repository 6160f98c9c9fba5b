import { fold } from '../model/keys.js';
import { isTaskTableHeader } from '../model/task-table-columns.js';

/**
 * A task table of a portal page ("TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian"), read as the parser's
 * task-table reader (src/parse/find/task-table.ts) needs its rows: one line per row, each cell in its column.
 *
 * - Merged cells are laid out on the table's grid: a cell spanning rows (`rowspan`, a lead body or a deadline shared by
 *   several tasks) is written again in each row it covers, as every row's task has it; the columns a cell spans
 *   (`colspan`) after its first are empty, so that the cells after it stay in their columns.
 * - A two-level header ("Đơn vị thực hiện" spanning "Chủ trì" and "Phối hợp", the other labels spanning both rows) is
 *   one line of the lowest label of each column: the line that names the columns.
 * - An empty cell before the first filled one is kept (a sub-row with no number): dropped, every cell after it would
 *   move one column left. Empty cells at a row's end are dropped, as elsewhere.
 * - The lines of a cell (`<br>`, `<p>`) are one line: a line break between a name and a capitalised name is a list
 *   ("Hạt Kiểm lâm<br>Công an huyện"), written with "; " so that no name runs into the next; other breaks are spaces.
 *
 * A table is read so when one of its first rows (or two-level headers) names a content column and a lead or partners'
 * column (src/model/task-table-columns.ts); another table keeps the reader's rendering.
 */

/** One place of a table's grid: the cell that covers it, and whether it is that cell's first row and first column. */
interface Slot { cell: Element; top: boolean; left: boolean }

/** How far a header may reach down, and a cell's span, at most (a span of 1000 would otherwise make that many rows). */
const HEADER_ROWS = 3;
const MAX_SPAN = 100;

function spanOf(cell: Element, attr: 'rowspan' | 'colspan'): number {
  const n = Number.parseInt(cell.getAttribute(attr) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** The table's own rows (not those of tables nested in its cells), each with its cells. */
export function ownRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (el: Element) => {
    for (const c of Array.from(el.children)) {
      if (c.localName === 'tr') rows.push(Array.from(c.children).filter((td) => td.localName === 'td' || td.localName === 'th'));
      else if (c.localName === 'thead' || c.localName === 'tbody' || c.localName === 'tfoot') visit(c);
    }
  };
  visit(table);
  return rows;
}

/** The rows laid out on the grid their spans make: `grid[r][c]` is the cell covering row r, column c, or null. */
function gridOf(rows: readonly Element[][]): (Slot | null)[][] {
  const grid: (Slot | null)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r]![c]) c++;
      const rs = spanOf(cell, 'rowspan');
      const cs = spanOf(cell, 'colspan');
      for (let i = 0; i < rs && r + i < rows.length; i++) {
        for (let j = 0; j < cs; j++) grid[r + i]![c + j] = { cell, top: i === 0, left: j === 0 };
      }
      c += cs;
    }
  });
  const width = Math.max(0, ...grid.map((g) => g.length));
  return grid.map((g) => Array.from({ length: width }, (_, c) => g[c] ?? null));
}

const textOf = (cell: Element) => (cell.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

/** The texts of a row of the grid: a cell in its first column only. */
function rowTexts(row: readonly (Slot | null)[], text: (cell: Element) => string): string[] {
  return row.map((s) => (s && s.left ? text(s.cell) : ''));
}

/**
 * Where the table's header is and how many rows it takes: a row of column labels among the first rows, or a row
 * whose labels span the rows under it (`rowspan`) over the labels one of them spans (`colspan`), read as one row of
 * each column's lowest label. Null when no such row names the columns of a task table.
 */
function headerOf(grid: readonly (readonly (Slot | null)[])[], label: (cell: Element) => string): { at: number; depth: number; labels: string[] } | null {
  for (let at = 0; at < Math.min(HEADER_ROWS, grid.length); at++) {
    const first = grid[at]!;
    let depth = 1;
    // Rows the header's tall labels reach down to, under a label spanning columns.
    if (first.some((s) => s && !s.left)) {
      while (at + depth < grid.length && depth < HEADER_ROWS && first.some((s, c) => s && grid[at + depth]![c]?.cell === s.cell)) depth++;
    }
    const labels = rowTexts(grid[at + depth - 1]!, label);
    if (isTaskTableHeader(labels.map((l) => fold(l)))) return { at, depth, labels };
    if (depth > 1 && isTaskTableHeader(rowTexts(first, label).map((l) => fold(l)))) return { at, depth: 1, labels: rowTexts(first, label) };
  }
  return null;
}

/**
 * The lines of a task table, or null when the table is none: the rows above its header (a title spanning the
 * table), the header, then a line per row. `cellLines` gives the lines of a cell's content.
 */
export function taskTableLines(table: Element, cellLines: (cell: Element) => string[]): string[] | null {
  const all = ownRows(table);
  const whole = gridOf(all);
  // Rows with text of their own: an empty <tr> under a tall cell is no row of the table.
  const grid = whole.filter((_, r) => all[r]!.some((c) => textOf(c) !== ''));
  if (grid.length < 2) return null;
  // A label broken over lines ("Đơn vị<br>chủ trì") is one label.
  const header = headerOf(grid, (cell) => cellLines(cell).map((l) => l.trim()).filter((l) => l !== '').join(' '));
  if (!header) return null;
  const memo = new Map<Element, string>();
  const text = (cell: Element) => {
    let t = memo.get(cell);
    if (t === undefined) memo.set(cell, (t = joinCellLines(cellLines(cell))));
    return t;
  };
  const lines = [
    ...grid.slice(0, header.at).map((row) => cells(rowTexts(row, text).filter((t) => t !== ''))),
    cells(header.labels),
    // A cell spanning rows is written in each of them.
    ...grid.slice(header.at + header.depth).map((row) => cells(rowTexts(row, text))),
  ];
  return lines.filter((l) => l !== '');
}

/** A row's cells as one line: the empty cells at its end dropped, those before and between kept in their columns. */
function cells(texts: readonly string[]): string {
  let b = texts.length;
  while (b > 0 && texts[b - 1] === '') b--;
  if (texts.slice(0, b).every((t) => t === '')) return '';
  return texts.slice(0, b).join(' | ');
}

/** A line ending a name or word, and one opening a capitalised word: a list of names, one a line. */
const ENDS_NAME = /[\p{L}\p{N})]$/u;
const OPENS_NAME = /^\p{Lu}/u;
/** A line that leaves a place open ("Công an huyện" / "Đoan Hùng"): the break is inside the name. */
const OPEN_PLACE = /(?:^|\s)(?:tỉnh|huyện|quận|thị xã|thành phố|thị trấn|xã|phường|và|của)$/iu;

/** A cell's lines as one: "; " between names listed one a line, a space elsewhere. */
export function joinCellLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') { out = line; continue; }
    out += ENDS_NAME.test(out) && OPENS_NAME.test(line) && !OPEN_PLACE.test(out) ? `; ${line}` : ` ${line}`;
  }
  return out;
}
