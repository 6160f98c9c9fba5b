import { tokenize, type Token } from '../tokens.js';
import type { Line } from '../types.js';
import {
  TASK_TABLE_COLUMNS, TASK_TABLE_GROUP_NUMBER, TASK_TABLE_LEAD_HEADER, TASK_TABLE_NUMBER_COLUMN, TASK_TABLE_OTHER_COLUMN,
  TASK_TABLE_PEOPLE_CELL,
} from '../vocabulary/assignment.js';
import { contentLeads, contentPartner, splitRoleCell } from './table-role-cell.js';
import { UNIT_HEADS } from '../vocabulary/units.js';
import { distribute, mayStartUnit, parseUnitAt, syntheticMention, type UnitMention } from './units.js';

/**
 * Tasks written as a table: "TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian", one row
 * per task. The HTML reader flattens a table row to one line of `|`-separated cells, as a markdown
 * copy writes it (a tab-separated copy is written the same way by the cleaning, src/parse/tab-rows.ts). Each row under a header that names a content column and a lead (or
 * executing) column is a task: its text the content cell, its units those of the lead cell
 * (leading when the support cell names units) and of the support cell (supporting).
 */
export interface TableTask {
  /** The row's own number when its first cell is one ("1", "2."), else its place in the table. */
  label: string;
  start: number;
  end: number;
  lead: UnitMention[];
  support: UnitMention[];
  /** Offset of its table's header line: which lead-in stands above it. */
  table: number;
  /** The lead column's header says "chủ trì": its units lead even where the row names no partner. */
  leads: boolean;
  /** The lead cell's text when it names no unit ("PC06", the short form a lead-in gave its unit), else null. */
  leadText: string | null;
}

interface Cell { start: number; end: number; folded: string }

const SEPARATOR = /\s*\|\s*/g;

function cellsOf(line: Line, least = 3, leadingEmpty = false): Cell[] | null {
  const text = line.text;
  if (least > 1 && !text.includes('|')) return null;
  const cells: Cell[] = [];
  let from = 0;
  SEPARATOR.lastIndex = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    cells.push({ start: line.start + a, end: line.start + b, folded: line.folded.slice(a, b).trim() });
  };
  for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  // "| a | b |": the empty cells outside the outer bars are none. A row of a table whose header opens with no bar keeps
  // its first cell when empty ("| Cuộc thi … | Phòng Tư pháp", a sub-row with no number): its cells stay in their columns.
  if (leadingEmpty && cells.length > 0 && cells[0]!.start === cells[0]!.end) cells[0]!.folded = '';
  else while (cells.length > 0 && cells[0]!.start === cells[0]!.end) cells.shift();
  while (cells.length > 0 && cells[cells.length - 1]!.start === cells[cells.length - 1]!.end) cells.pop();
  return cells.length >= least ? cells : null;
}

/**
 * A row the copy wrapped over lines ("1 | Mở lớp … | Ban Kinh tế - Xã hội Hội" / "Nông dân tỉnh | Sở Công
 * Thương | Quý II"): while it has fewer cells than the header, the next line, unless it opens a numbered row of its
 * own, goes on with its last cell. The row's cells and the index of its last line.
 */
function wrappedRow(lines: readonly Line[], k: number, cells: Cell[], width: number, leadingEmpty: boolean): { cells: Cell[]; last: number } {
  let last = k;
  while (cells.length < width && last + 1 < lines.length && !lines[last + 1]!.blank) {
    const more = cellsOf(lines[last + 1]!, 1, leadingEmpty);
    // A line opening with an empty cell is a row of its own (a sub-row with no number), not the rest of this one.
    if (!more || more[0]!.start === more[0]!.end || ROW_NUMBER.test(more[0]!.folded) || isGroupLine(lines[last + 1]!) || cells.length + more.length - 1 > width) break;
    const tail = cells[cells.length - 1]!;
    const head = more[0]!;
    cells = [...cells.slice(0, -1), { start: tail.start, end: head.end, folded: `${tail.folded} ${head.folded}`.trim() }, ...more.slice(1)];
    last++;
  }
  return { cells, last };
}

interface Columns { content: number; lead: number; support: number | null; width: number; leads: boolean }

/**
 * The columns a header names. `leadIn`: a lead-in naming the units stands right above the table ("1. Đề nghị Ủy ban
 * nhân dân các tỉnh … chỉ đạo các sở, ngành, địa phương:" over "Nội dung | Thời hạn"): a header of column labels with
 * a content column and no lead column is then a task table too, its rows the lead-in's tasks (lead -1).
 */
function headerOf(cells: readonly Cell[], leadIn = false): Columns | null {
  const find = (re: RegExp) => cells.findIndex((c) => re.test(c.folded));
  const content = find(TASK_TABLE_COLUMNS.content);
  const lead = find(TASK_TABLE_COLUMNS.lead);
  if (content < 0 || content === lead) return null;
  if (lead < 0) {
    const labels = leadIn && cells.every((c, k) => k === content || TASK_TABLE_NUMBER_COLUMN.test(c.folded) || TASK_TABLE_OTHER_COLUMN.test(c.folded));
    return labels ? { content, lead: -1, support: null, width: cells.length, leads: false } : null;
  }
  const support = find(TASK_TABLE_COLUMNS.support);
  return {
    content, lead, support: support >= 0 && support !== lead ? support : null, width: cells.length,
    leads: TASK_TABLE_LEAD_HEADER.test(cells[lead]!.folded),
  };
}

/** The head a printed cell's unit is given: a body of no kind the grammar knows. */
const ANY_BODY = UNIT_HEADS.find((h) => h.canonical === 'cơ quan, đơn vị')!;
// Out of the function: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const NAME_CELL = /^\p{Lu}[\p{L}\p{M} '’-]*$/u;

/**
 * A units cell the grammar reads nothing from, written as a name ("Các công ty lâm nghiệp", "Các hợp tác xã do Hội hỗ
 * trợ thành lập", "Ban đại diện cha mẹ học sinh"): its column says it names who carries the row out, so it is one unit,
 * as printed. A name is two to twelve words, capitalised, with no figure or punctuation but a hyphen (not a date, a
 * short form, a list or a sentence), and names no people (TASK_TABLE_PEOPLE_CELL: parents, residents are no body).
 */
function printedUnit(text: string, cell: Cell): UnitMention | null {
  const printed = text.slice(cell.start, cell.end);
  const words = printed.split(/\s+/).length;
  if (words < 2 || words > 12 || !NAME_CELL.test(printed) || TASK_TABLE_PEOPLE_CELL.test(cell.folded)) return null;
  return { ...syntheticMention(ANY_BODY), start: cell.start, end: cell.end, plural: /^các /iu.test(printed), printed };
}

/** Every unit mention of a cell, read left to right ("Phòng Y tế; UBND các xã, thị trấn"); else the cell as printed. */
function unitsIn(text: string, cell: Cell | undefined): UnitMention[] {
  const found = unitsOf(text, cell);
  if (found.length > 0 || !cell || cell.start >= cell.end) return found;
  const printed = printedUnit(text, cell);
  return printed ? [printed] : [];
}

function unitsOf(text: string, cell: Cell | undefined): UnitMention[] {
  if (!cell || cell.start >= cell.end) return [];
  const tokens: Token[] = tokenize(text, cell.start, cell.end);
  const found: UnitMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartUnit(tokens, i, tokens.length)) continue;
    const m = parseUnitAt(tokens, i, tokens.length);
    if (!m) continue;
    found.push(m);
    i = m.to - 1;
  }
  // "Hạt Kiểm lâm; UBND thị trấn Đoan Hùng" (a page's cell of one name a line, read/html-task-table.ts): a ";" ends a
  // list, so a place named after it is not given to the names before it.
  const out: UnitMention[] = [];
  for (let a = 0; a < found.length;) {
    let b = a + 1;
    while (b < found.length && !tokens.slice(found[b - 1]!.to, found[b]!.from).some((t) => t.text === ';')) b++;
    out.push(...distribute(tokens, found.slice(a, b)));
    a = b;
  }
  return out;
}

/** The lines a row of the table's number alone takes: "1", "2.". */
const ROW_NUMBER = /^\d{1,3}\.?$/;

/**
 * A group row spanning the table ("I. Lĩnh vực hạ tầng số", "II | Lĩnh vực chính quyền số | | |"): a line of one or two
 * cells numbered as the groups are (TASK_TABLE_GROUP_NUMBER), not the rows. It heads rows; it is no task.
 */
function isGroupLine(line: Line): boolean {
  if (line.blank) return false;
  const cells = line.trimmed.replace(/^\|\s*/, '').split('|').map((c) => c.trim()).filter((c) => c !== '');
  return cells.length > 0 && cells.length <= 2 && TASK_TABLE_GROUP_NUMBER.test(cells[0]!) && !ROW_NUMBER.test(cells[0]!);
}

/**
 * A line of a few words, no sentence ("Lĩnh vực văn hóa - xã hội", "| Nhóm giải pháp về tuyên truyền"): between two
 * rows of a table, the heading of the rows under it.
 */
function isHeadingLine(line: Line): boolean {
  const t = line.trimmed.replace(/^\|\s*/, '').trim();
  return t !== '' && !t.includes('|') && t.split(/\s+/).length <= 14 && !/[.;:]$/.test(t);
}

/** The index of the last line at or before k that is not blank, or -1. */
function previousFilled(lines: readonly Line[], k: number): number {
  while (k >= 0 && lines[k]!.blank) k--;
  return k;
}

/** The index of the next line that is not blank, or lines.length. */
function nextFilled(lines: readonly Line[], k: number): number {
  while (k < lines.length && lines[k]!.blank) k++;
  return k;
}

/** A row of a table, its cells read by the header's columns: its task, or null for a row that is none (no content, a group row). */
function rowTask(text: string, cells: readonly Cell[], columns: Columns, table: number, n: number): TableTask | null {
  const content = cells[columns.content]!;
  if (content.start >= content.end) return null;
  const leadCell: Cell | undefined = columns.lead >= 0 ? cells[columns.lead] : undefined;
  const supportCell = columns.support === null ? undefined : cells[columns.support];
  // "II | Lĩnh vực chính quyền số | | |" with its cells kept: a group's heading, numbered as groups are, names no unit.
  const numberText = text.slice(cells[0]!.start, cells[0]!.end);
  if (columns.content > 0 && TASK_TABLE_GROUP_NUMBER.test(numberText) && !ROW_NUMBER.test(numberText)
    && (!leadCell || leadCell.start >= leadCell.end) && (!supportCell || supportCell.start >= supportCell.end)) return null;
  const own = ROW_NUMBER.test(cells[0]!.folded) ? cells[0]!.folded.replace('.', '') : String(n);
  let lead = unitsIn(text, leadCell);
  let support = unitsIn(text, supportCell);
  // No column of partners: the cells say the roles (find/table-role-cell.ts).
  if (columns.support === null && leadCell && lead.length > 0) {
    const split = splitRoleCell(text, leadCell.start, leadCell.end, lead);
    const partner = split ? null : contentPartner(text, content.start, content.end);
    if (split) ({ lead, support } = split);
    else if (partner) support = [partner];
  }
  return {
    label: own, start: content.start, end: content.end,
    lead, support, leads: columns.leads || (columns.support === null && contentLeads(text, content.start, content.end)),
    table, leadText: lead.length === 0 ? (leadCell ? text.slice(leadCell.start, leadCell.end) : '') : null,
  };
}

/**
 * The task tables of the body lines: their tasks, and the indexes (into `lines`) of the lines they
 * take, which the reading of paragraphs then passes over.
 */
export function findTableTasks(text: string, lines: readonly Line[]): { tasks: TableTask[]; taken: Set<number> } {
  const tasks: TableTask[] = [];
  const taken = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    // Two columns are enough ("Đơn vị | Nhiệm vụ"): the header's cells must then both be column labels.
    const headerCells = cellsOf(lines[k]!, 2);
    const above = k > 0 ? previousFilled(lines, k - 1) : -1;
    const columns = headerCells && headerOf(headerCells, above >= 0 && /:\s*$/.test(lines[above]!.text));
    if (!columns) continue;
    taken.add(k);
    const header = k;
    const leadingEmpty = !/^\s*\|/.test(lines[k]!.text);
    let n = 0;
    for (k++; k < lines.length; k++) {
      if (lines[k]!.blank) continue;
      // A row whose last cells are empty may have as few cells as reach the content and lead columns.
      const first = cellsOf(lines[k]!, Math.max(2, columns.content + 1, columns.lead + 1), leadingEmpty);
      if (!first) {
        // A group row between rows ("I. Lĩnh vực …" on a line of its own, or a heading in words between two rows with
        // no blank line: a page's cell spanning the table): the table goes on under it.
        const next = nextFilled(lines, k + 1);
        const nextCells = next < lines.length ? cellsOf(lines[next]!, Math.max(2, columns.content + 1, columns.lead + 1), leadingEmpty) : null;
        const between = next === k + 1 && !lines[k - 1]!.blank && taken.has(k - 1) && isHeadingLine(lines[k]!);
        if ((isGroupLine(lines[k]!) || between) && nextCells && !headerOf(nextCells)) { taken.add(k); continue; }
        k--; break;
      }
      const row = wrappedRow(lines, k, first, columns.width, leadingEmpty);
      const cells = row.cells;
      // A row may end early: its last cells empty ("… | Phòng Kế hoạch" with no time), dropped by the copy.
      if (cells.length > columns.width || cells.length <= Math.max(columns.content, columns.lead)) { k--; break; }
      for (; k < row.last; k++) taken.add(k);
      taken.add(k);
      const task = rowTask(text, cells, columns, lines[header]!.start, n + 1);
      if (task) { n++; tasks.push(task); }
    }
  }
  return { tasks, taken };
}
