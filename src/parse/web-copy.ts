import type { PassMap, Rewriter } from './rewrite.js';
import { isPropertyLine } from './find/property-lines.js';
import { fold } from '../model/keys.js';
import { isTaskTableHeader } from '../model/task-table-columns.js';
import { TASK_TABLE_COLUMNS, TASK_TABLE_NUMBER_COLUMN, TASK_TABLE_OTHER_COLUMN } from './vocabulary/assignment.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const NUMBER_OR_DATE_CELL = /^Số(?!\p{L})|ngày|\d/u;
const LETTER = /\p{L}/u;
const OPENS_NUMBER_WORD = /^Số(?!\p{L})/u;
const TWO_CAPITALS_FIRST = /^[^\p{Ll}]*\p{Lu}{2}/u;
const OPENS_LETTER = /^\p{L}/u;
const ENDS_HYPHENATED = /[\p{L}\p{N}]-$/u;
const OPENS_LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const OPENS_SMALL = /^\p{Ll}/u;
const OPENS_CAPITAL = /^\p{Lu}/u;
const OPENS_CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;
const OPENS_TEXT = /^[\p{L}\d("“]/u;

/**
 * Cleaning passes for text copied from web pages and OCR, in the clean stage's terms (each pass
 * rewrites its input and returns a map back; null when it has nothing to do, so that a clean file
 * pays only the scan):
 *
 * - fillInNumbers: the blank a typist leaves for the number to be filled in by hand survives in
 *   web copies as spaces, dots or underscores (`Số: 187    /KH-UBND`); it is removed;
 * - headerCells: the two-column header table, copied as cells split by `|` (a markdown table) or
 *   tabs, or glued on one line ("ỦY BAN NHÂN DÂN HUYỆN X CỘNG HÒA XÃ HỘI ..."), is rewritten as
 *   the printed page reads: the left column (issuer lines, number), a blank line, then the right
 *   column (motto, place and date), one cell a line;
 * - dateAcrossCells: a header copied one cell per line whose date line wrapped, the other column's
 *   cells between its pieces ("Lệ Thủy, ngày 19 tháng" / "Số 142-KH/HU" / "8 năm 2022"), gets its
 *   date back on one line;
 * - unwrapLines: hard line breaks inside a sentence (a date or an issuer split over two lines, a
 *   paragraph wrapped at a fixed width) are joined with a space.
 *
 * A pass may move text (the columns of a header) as well as drop or insert it: the map records
 * where every output character came from, so spans still point into the original text.
 */

type RewriterClass = new (input: string) => Rewriter;
type Pass = { text: string; map: PassMap } | null;

/** Only lines this close to the top are header lines (non-blank lines counted). */
const HEADER_LINES = 24;
/** A header line is short: a body paragraph ends the header. */
const HEADER_MAX_CHARS = 200;

const NUMBER_FILL = /(?<![\p{L}\p{N}/.-])(\d{1,5})([ ]{3,}|[ ]*[._…]{2,}[ ]*)(?=[-–/][ ]{0,2}[A-ZĐ])|(?<![\p{L}\p{N}/.-])(\d{1,5}[ ]{0,2}[-–/])([ ]{3,}|[ ]*[._…]{2,}[ ]*)(?=[A-ZĐ])|^([ \t]*Số[ ]{0,3}:?)([ \t]{4,}|[ ]*[._…]{2,}[ ]*)(?=\d)/gmu;

/**
 * What every match of NUMBER_FILL holds: its fill, three spaces ([ \t]{4,} in the `Số:` case) or two
 * dots. One plain scan turns away most texts before the pattern's lookbehind is tried at each position.
 */
const MAY_FILL = /[ \t]{3}|[._…]{2}/;

export function fillInNumbers(input: string, W: RewriterClass): Pass {
  if (!MAY_FILL.test(input)) return null;
  NUMBER_FILL.lastIndex = 0;
  if (!NUMBER_FILL.test(input)) return null;
  NUMBER_FILL.lastIndex = 0;
  const w = new W(input);
  let at = 0;
  for (const m of input.matchAll(NUMBER_FILL)) {
    const keepLen = (m[1] ?? m[3] ?? m[5])!.length;
    const fill = (m[2] ?? m[4] ?? m[6])!;
    const from = m.index + keepLen;
    w.keep(at, from);
    if (m[5] !== undefined) w.replace(from, from + fill.length, ' '); // "Số:" and its number, one space apart
    at = from + fill.length;
  }
  w.keep(at, input.length);
  return w.finish();
}

/** A stretch of the input: [start, end). */
type Range = [number, number];
/** A header cell: its lines (a glued motto and "Độc lập ..." are two lines of one cell); empty: a blank cell that holds its column. */
type Cell = Range[];

const SEPARATOR = /[ \t]*\|[ \t]*|\t+[ ]*|(?<=\S)[ ]{4,}(?=[^\s/\-–])/g;
/** What every SEPARATOR match holds. */
const MAY_SPLIT = /[|\t]|[ ]{4}/;
const RULE_ROW = /^[\s|:+\-–=_]*$/;
const BODY_SECTION = /^\s*[IVX]{1,4}[.\-–)]\s+\p{Lu}/u;
const MOTTO = /(?:CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM/u;
const INDEPENDENCE = /Độc lập[ ]*[-–][ ]*Tự do[ ]*[-–][ ]*Hạnh phúc/u;
/** "Tân Lạc, ngày 10 tháng 3 năm 2025" glued after a number. */
const PLACE_DATE = /(?<=\d[ ]?[-–/][ ]?[A-ZĐ][A-Za-zĐđ0-9/ -]{0,30}?)[ ]+(?=\p{Lu}[\p{L} .'’-]{1,40}, ngày)/u;

/** The cells of one header line, or null when it is one plain cell. */
function cellsOf(input: string, start: number, end: number): Cell[] | null {
  const line = input.slice(start, end);
  const pieces: Range[] = [];
  let at = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(line); m; m = SEPARATOR.exec(line)) {
    pieces.push([at, m.index]);
    at = m.index + m[0].length;
  }
  pieces.push([at, line.length]);
  // the outer pipes of a markdown row "| a | b |" open and close it; they make no column. A lone
  // cell with a pipe after it and none before ("Số 41-CV/BDVHU |") is the left cell of a row whose
  // right cell is empty: it stays a row of the header.
  const opened = /^\s*\|/.test(line) && !emptyLeftCell(line, pieces.length);
  if (opened) pieces.shift();
  if (/\|\s*$/.test(line) && (opened || pieces.length > 2)) pieces.pop();
  const cells: Cell[] = [];
  for (const [s, e] of pieces) {
    const trimmed = trim(line, s, e);
    const broken = trimmed ? brokenCell(line, trimmed[0], trimmed[1]) : null;
    if (broken) cells.push(broken);
    else if (trimmed) cells.push(...splitGlued(line, trimmed[0], trimmed[1]));
    else cells.push([]);
  }
  const filled = cells.filter((c) => c.length > 0);
  if (filled.length === 0 || (cells.length < 2 && filled[0]!.length < 2)) return null;
  return issuerAroundMotto(line, cells).map((c) => c.map(([s, e]) => [s + start, e + start] as Range));
}

/** The line break an HTML cell keeps in a markdown copy: "ĐẢNG BỘ HUYỆN X<br>ĐẢNG ỦY XÃ Y<br>Số 40-TB/ĐU". */
const CELL_BREAK = /<br[ ]*\/?>/giu;

/** A cell whose lines the copy kept as `<br>`: each line of it a line of the cell, the marks dropped; null without one. */
function brokenCell(line: string, s: number, e: number): Cell | null {
  const text = line.slice(s, e);
  if (!text.includes('<')) return null;
  const lines: Range[] = [];
  let at = 0;
  CELL_BREAK.lastIndex = 0;
  for (let m = CELL_BREAK.exec(text); m; m = CELL_BREAK.exec(text)) {
    const r = trim(line, s + at, s + m.index);
    if (r) lines.push(r);
    at = m.index + m[0].length;
  }
  if (at === 0) return null;
  const r = trim(line, s + at, e);
  if (r) lines.push(r);
  return lines;
}

/**
 * " | năm 2024" under "Đà Bắc, ngày 26 tháng 7": one pipe, before the only cell and none after it, is
 * the separator of an empty left cell (the date line wrapped in its column), not a markdown row's
 * outer pipe, which closes the row too.
 */
function emptyLeftCell(line: string, pieces: number): boolean {
  return pieces === 2 && !/\|\s*$/.test(line);
}

/**
 * "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | HUYỆN CAN LỘC": a copy that flattened the
 * left cell's two lines around the motto. The cell after the motto that is neither the motto's second
 * line nor a number or a date goes back under the first: one issuer, not a third column.
 */
function issuerAroundMotto(line: string, cells: Cell[]): Cell[] {
  if (cells.length !== 3 || cells.some((c) => c.length !== 1)) return cells;
  const text = (c: Cell) => line.slice(c[0]![0], c[0]![1]);
  const third = text(cells[2]!);
  if (!MOTTO.test(text(cells[1]!)) || MOTTO.test(text(cells[0]!)) || INDEPENDENCE.test(third) || NUMBER_OR_DATE_CELL.test(third)) return cells;
  return [[cells[0]![0]!, cells[2]![0]!], cells[1]!];
}

function trim(s: string, from: number, to: number): Range | null {
  while (from < to && /\s/.test(s[from]!)) from++;
  while (to > from && /\s/.test(s[to - 1]!)) to--;
  return to > from ? [from, to] : null;
}

/** Cells glued with a space: issuer + motto, a line + "Độc lập ...", number + place-date. */
function splitGlued(line: string, s: number, e: number): Cell[] {
  const text = line.slice(s, e);
  const motto = MOTTO.exec(text);
  // (markdown marks before a motto, "# ĐẢNG CỘNG SẢN VIỆT NAM", are not a cell)
  if (motto && LETTER.test(text.slice(0, motto.index))) {
    const left = trim(line, s, s + motto.index);
    return [...(left ? splitGlued(line, left[0], left[1]) : []), ...splitGlued(line, s + motto.index, e)];
  }
  const ind = INDEPENDENCE.exec(text);
  if (ind && LETTER.test(text.slice(0, ind.index))) {
    const left = trim(line, s, s + ind.index)!;
    const right = afterIndependence(line, s + ind.index, s + ind.index + ind[0].length, e);
    // the motto and its second line are one cell; anything else before "Độc lập" is another column
    if (motto) return [[left, ...right]];
    return [...splitGlued(line, left[0], left[1]), right];
  }
  // "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG HƯNG Số: 97/UBND-NN": the left cell's lines run together, the number after the
  // issuer's capitals; the number is a line of the same column (and may hold the place-date glued after it).
  const num = OPENS_NUMBER_WORD.test(text) ? null : GLUED_NUMBER.exec(text);
  if (num && !SMALL_LETTER.test(text.slice(0, num.index)) && LETTER.test(text.slice(0, num.index))) {
    const from = s + num.index + num[0].length;
    const rest = splitGlued(line, from, e);
    return [[[s, s + num.index], ...rest[0]!], ...rest.slice(1)];
  }
  const pd = OPENS_NUMBER_WORD.test(text) ? PLACE_DATE.exec(text) : null;
  if (pd) return [[[s, s + pd.index]], [[s + pd.index + pd[0].length, e]]];
  return [[[s, e]]];
}

/** A number glued after the issuer's name in one cell: the spaces before "Số: 97/…", "Số 88-CT/…". */
const GLUED_NUMBER = /[ ]+(?=Số[ ]{0,3}:?[ ]{0,3}\d)/u;

/**
 * "Độc lập - Tự do - Hạnh phúc Đông Hưng, ngày 07 tháng 5 năm 2025": the right cell's lines run together; what
 * follows the motto's second line is a line of its own.
 */
function afterIndependence(line: string, s: number, end: number, e: number): Range[] {
  const rest = trim(line, end, e);
  return rest ? [[s, end], rest] : [[s, e]];
}

/** A cell of the right column, wherever a flattened row puts it: the motto, its second line, the place and date. */
const RIGHT_COLUMN_CELL = /^(?:ĐOÀN TNCS HỒ CHÍ MINH$|[^,]{0,40}, ngày[ ]|ngày[ ]+\d)/u;

/**
 * "ỦY BAN NHÂN DÂN ⇥ CỘNG HÒA … ⇥ HUYỆN GIA LÂM ⇥ Độc lập … ⇥ Số: 205/KH-UBND ⇥ Gia Lâm, ngày …": a whole header
 * flattened into one row, the two columns' cells interleaved. A row wider than a header's with the motto among its
 * cells is that header: the motto, its second line and the place-date make the right column, the rest (issuer
 * lines, number) the left, each in its order. Any other wide row is a table of the body and stays as it is.
 */
function foldedHeaderRow(input: string, cells: Cell[]): Cell[] {
  const text = (c: Cell) => input.slice(c[0]![0], c[c.length - 1]![1]);
  const filled = cells.filter((c) => c.length > 0);
  if (cells.length <= 3 || !filled.some((c) => MOTTO.test(text(c)))) return cells;
  const right = filled.filter((c) => MOTTO.test(text(c)) || INDEPENDENCE.test(text(c)) || RIGHT_COLUMN_CELL.test(text(c)));
  const left = filled.filter((c) => !right.includes(c));
  return left.length > 0 ? [left.flat(), right.flat()] : cells;
}

export function headerCells(input: string, W: RewriterClass): Pass {
  // Cheap refusal: no separator, no motto glued to something in the first lines.
  const head = input.slice(0, 4000);
  if (!/[|\t]|[ ]{4,}/.test(head) && !(MOTTO.test(head) || INDEPENDENCE.test(head))) return null;
  const lines: Range[] = [];
  let seen = 0;
  for (let s = 0; s <= input.length && seen < HEADER_LINES;) {
    let e = input.indexOf('\n', s);
    if (e < 0) e = input.length;
    const len = input.slice(s, e).trim().length;
    // A body paragraph, or a section of the body ("II. NHIỆM VỤ"): the header is above.
    if (len > HEADER_MAX_CHARS || BODY_SECTION.test(input.slice(s, e))) break;
    lines.push([s, e]);
    if (len > 0) seen++;
    s = e + 1;
  }
  let w: Rewriter | null = null;
  let at = 0;
  let inBody = false;
  for (let k = 0; k < lines.length && !inBody;) {
    const rows: Cell[][] = [];
    let j = k;
    for (; j < lines.length; j++) {
      const [s, e] = lines[j]!;
      const raw = input.slice(s, e);
      if (/\|/.test(raw) && RULE_ROW.test(raw)) { rows.push([]); continue; } // |---|---| of a markdown table
      // A line with no separator and nothing a cell can be glued at is one plain cell: cellsOf would say null.
      if (!MAY_SPLIT.test(raw) && !raw.includes('Số') && !MOTTO.test(raw) && !INDEPENDENCE.test(raw)) break;
      // A portal's property row ("Số ký hiệu | 96/KH-UBND") pairs a label with its value: not header columns.
      if (isPropertyLine(raw)) break;
      const read = cellsOf(input, s, e);
      // A task table's header ("Nội dung | Đơn vị chủ trì | Đơn vị phối hợp"): the body has begun, and the short rows
      // under it ("I | Sản xuất", a row whose last cells are empty) are the table's, not the header's columns.
      if (read && isColumnLabels(read.map((c) => fold(c.map(([a, b]) => input.slice(a, b)).join(' ')).trim()))) { inBody = true; break; }
      const cells = read ? foldedHeaderRow(input, read) : yearRow(input, s, e, rows);
      // A header has two columns (three with a blank one): a wider row is a table of the body.
      if (!cells || cells.length > 3) break;
      if (rows.length === 0 && isNavigationRow(input, cells)) break;
      rows.push(cells);
    }
    if (j === k) { k++; continue; }
    w ??= new W(input);
    const blockStart = lines[k]![0];
    const blockEnd = lines[j - 1]![1];
    w.keep(at, blockStart);
    emitColumns(w, rows, input);
    at = blockEnd;
    k = j;
  }
  if (!w) return null;
  w.keep(at, input.length);
  return w.finish();
}

/**
 * A task table's header: a content column and a lead or partners' column, or a content column among other column
 * labels only ("Nội dung | Thời hạn", the rows of a lead-in's units). Folded cells.
 */
function isColumnLabels(folded: readonly string[]): boolean {
  return isTaskTableHeader(folded) || (folded.length >= 2 && folded.some((c) => TASK_TABLE_COLUMNS.content.test(c))
    && folded.every((c) => TASK_TABLE_COLUMNS.content.test(c) || TASK_TABLE_NUMBER_COLUMN.test(c) || TASK_TABLE_OTHER_COLUMN.test(c)));
}

/**
 * "Tin tức - Sự kiện | Văn bản Huyện ủy | Thông báo kết luận": a portal's breadcrumb above the header, three
 * filled cells in sentence case with no figure. A header's row of three ("ỦY BAN NHÂN DÂN | CỘNG HÒA … |
 * HUYỆN …") prints its bodies in capitals, and its number and date hold figures.
 */
function isNavigationRow(input: string, cells: readonly Cell[]): boolean {
  if (cells.length < 3 || cells.some((c) => c.length === 0)) return false;
  return cells.every((c) => c.every(([s, e]) => {
    const t = input.slice(s, e);
    return !/\d/.test(t) && SMALL_LETTER.test(t) && !TWO_CAPITALS_FIRST.test(t);
  }));
}

/** A row that is only a year, after a pipe: "| 2024". */
const YEAR_ROW = /^[ \t]*\|[ \t]*((?:19|20)\d{2})[ \t]*\|?[ \t]*$/u;
const YEAR_CUT = /(?<![\p{L}])năm$/u;

/**
 * "Số: 512 /SNN-TL | Cà Mau, ngày 11 tháng 3 năm" then "| 2024": the copy wrapped the date's year into
 * the next row's right cell, its left cell empty. Read as that row of the header, not the end of it.
 */
function yearRow(input: string, s: number, e: number, rows: readonly Cell[][]): Cell[] | null {
  const m = YEAR_ROW.exec(input.slice(s, e));
  const last = rows[rows.length - 1];
  const cell = last?.[last.length - 1];
  const range = cell?.[cell.length - 1];
  if (!m || !last || last.length < 2 || !range || !YEAR_CUT.test(input.slice(range[0], range[1]))) return null;
  const at = s + m.index + m[0].indexOf(m[1]!);
  return [[], [[at, at + 4]]];
}

/** A year alone, under a cell line ending in "năm": the two are one date line. */
function yearAfterCut(input: string, prev: Range | null, range: Range): boolean {
  return prev !== null && /^(?:19|20)\d{2}$/u.test(input.slice(range[0], range[1])) && YEAR_CUT.test(input.slice(prev[0], prev[1]));
}

/**
 * "THÀNH PHỐ" / "CHÍ LINH", "ỦY BAN NHÂN DÂN HUYỆN" / "LỤC NGẠN": a narrow cell wrapped an area's name after its
 * type word; the name's line goes on the type's.
 */
const AREA_WORD_CUT = /^(?:(?:ỦY BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)[ ]+)?(?:TỈNH|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|THỊ TRẤN|XÃ|PHƯỜNG)$/u;
const CAPS_NAME = /^[^\p{Ll}\d]*\p{Lu}[^\p{Ll}\d]*$/u;

function areaNameAfterCut(input: string, prev: Range | null, range: Range): boolean {
  return prev !== null && AREA_WORD_CUT.test(input.slice(prev[0], prev[1])) && CAPS_NAME.test(input.slice(range[0], range[1]))
    && !MOTTO.test(input.slice(range[0], range[1]));
}

/** The cells of a header block column by column: one cell line a line, a blank line between columns. */
function emitColumns(w: Rewriter, rows: Cell[][], input: string): void {
  const columns = Math.max(...rows.map((r) => r.length));
  let first = true;
  let prev: Range | null = null;
  for (let c = 0; c < columns; c++) {
    let firstInColumn = true;
    for (const row of rows) {
      const cell = row[c];
      if (!cell) continue;
      for (const [s, e] of cell) {
        const goesOn = !firstInColumn && (yearAfterCut(input, prev, [s, e]) || areaNameAfterCut(input, prev, [s, e]));
        if (!first) w.replace(s, s, goesOn ? ' ' : firstInColumn ? '\n\n' : '\n');
        w.keep(s, e);
        first = false;
        firstInColumn = false;
        prev = [s, e];
      }
    }
  }
}

/**
 * "Lệ Thủy, ngày 19 tháng", "Quỳnh Lưu,": a header's place-date line cut before its end. The place may hold a figure
 * ("Quận 1") and the line ends anywhere after its comma.
 */
const CUT_DATE_LINE = /^[ ]*\p{Lu}[\p{L}\d .'’-]{1,40},(?: ngày(?:[ ]+\d{1,2}(?:[ ]+tháng(?:[ ]+\d{1,2}(?:[ ]+năm)?)?)?)?)?[ ]*$/u;
/** The rest of a cut date alone on its line: "2024", "8 năm 2022", "năm 2024", "ngày 07 tháng 6 năm 2023" (under "Quỳnh Lưu,"). */
const DATE_REST = /^[ ]*(?:\d{1,2}|ngày|tháng|năm)(?:[ ]+(?:\d{1,2}|tháng|năm))*[ ]+(?:19|20)\d{2}[ ]*$|^[ ]*(?:19|20)\d{2}[ ]*$/u;
/** A whole place-date, once the rest is on the line. */
const WHOLE_DATE = /, ngày[ ]+\d{1,2}[ ]+tháng[ ]+\d{1,2}[ ]+năm[ ]+(?:19|20)\d{2}$/u;
/** How many of the other column's cells a copy puts between a date's two pieces. */
const CELLS_BETWEEN = 3;

/**
 * A header copied one cell per line with its two columns interleaved, where the right column's date line wrapped:
 * the left column's next cells come between its two pieces ("Bát Xát, ngày 08 tháng 01 năm" / "*" / "2024";
 * "Lệ Thủy, ngày 19 tháng" / "Số 142-KH/HU" / "8 năm 2022"; "Quỳnh Lưu," / "*" / "ngày 07 tháng 6 năm 2023"; a trích
 * yếu's lines). The rest goes back on its
 * line, and the cells between follow it in their order. Only header lines are read, and only a rest that makes
 * the line a whole date moves; a rest right under its line is the line unwrapping's.
 */
export function dateAcrossCells(input: string, W: RewriterClass): Pass {
  if (!input.includes('ngày')) return null;
  const lines: Range[] = [];
  let seen = 0;
  for (let s = 0; s <= input.length && seen < HEADER_LINES;) {
    let e = input.indexOf('\n', s);
    if (e < 0) e = input.length;
    lines.push([s, e]);
    if (input.slice(s, e).trim() !== '') seen++;
    s = e + 1;
  }
  let w: Rewriter | null = null;
  let at = 0;
  for (let k = 0; k < lines.length; k++) {
    const [ds, de] = lines[k]!;
    const cut = input.slice(ds, de);
    if (!CUT_DATE_LINE.test(cut)) continue;
    let between = 0;
    for (let j = k + 1; j < lines.length && between <= CELLS_BETWEEN; j++) {
      const [rs, re] = lines[j]!;
      const line = input.slice(rs, re);
      if (line.trim() === '') continue;
      if (DATE_REST.test(line) && between > 0) {
        if (!WHOLE_DATE.test(`${cut.trimEnd()} ${line.trim()}`)) break;
        const rest = trim(input, rs, re)!;
        w ??= new W(input);
        const end = ds + cut.trimEnd().length;
        w.keep(at, end);
        w.replace(end, end, ' ');
        w.keep(rest[0], rest[1]);
        w.keep(end, lines[j - 1]![1]);
        at = re;
        k = j;
        break;
      }
      between++;
    }
  }
  if (!w) return null;
  w.keep(at, input.length);
  return w.finish();
}

/** A number line cut right after the number's separator: "Số: 117/", "Số 25-". */
const NUMBER_CUT = /^[ ]*(?:Số|SỐ)[ ]{0,3}:?[ ]{0,6}\d{1,5}[ ]{0,6}[-/]$/u;
const SENTENCE_END = /[.;:!?…]["”’)]?$/u;
const LIST_MARKER = /^(?:[-–—+•*]|\d{1,2}[.)/]|[a-zđ][).]|[IVXL]{1,5}[.)])(?:\s|$)/u;
/**
 * A table row's own number and first bar ("2 | Hướng dẫn …"): a new row, never the wrapped end of the
 * row above, even when that one ends in a date word ("… | Quý II hằng năm").
 */
const TABLE_ROW_START = /^\d{1,3}\.?[ ]*\|/u;
/** A line ending in the head of an organisation or an area word: the name goes on in the next line. */
const OPEN_NAME = /(?:^|[\s(])(?:Ủy ban nhân dân|ủy ban nhân dân|UBND|HĐND|Ban Thường vụ|Thường trực|Ban Chấp hành|Ban Chỉ đạo|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Đảng bộ|tỉnh|huyện|quận|thị xã|thành phố|thị trấn|xã|phường|của|số|ngày|tháng|năm)$/u;
/** A line ending in an area word or a committee ("… xã", "… Huyện ủy"): only a place's name goes on with it. */
const OPEN_AREA = /(?:^|[\s(])(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Đảng bộ|tỉnh|huyện|quận|thị xã|thành phố|thị trấn|xã|phường)$/u;
/**
 * A place's name: capitalised syllables ("Nam Anh", "Bà Rịa - Vũng Tàu") or a number. A capital
 * followed by lower case ("Chủ trì, …", "Phối hợp với …") opens a sentence: the line before is a
 * heading that names a unit ("1. Ban Chỉ huy Quân sự xã" / "Chủ trì, phối hợp …").
 */
const PLACE_NAME_START = /^(?:\d|\p{Lu}[\p{L}.]*(?:\s*[-–]\s*|\s+)\p{Lu}|\p{Lu}[\p{L}.]*\s*(?:[,.;:)]|$))/u;
/**
 * A line ending in a word that joins or governs what follows ("Phòng Giáo dục và" / "Đào tạo",
 * "phối hợp với" / "Công an huyện"): no sentence or heading ends there, so the next line goes on with it.
 */
const OPEN_GLUE = /\s(?:và|các|với|cùng|những|hoặc|tại|cho)$/u;
/** "số", "ngày" ... leave a number open, not a name: "1. Phát triển chính quyền số" / "Hiện nay ..." stay apart. */
const OPEN_NUMBER = /(?:^|\s)(?:số|ngày|tháng|năm)$/u;
/** A date cut before its year or month ("ngày 10 tháng 3" / "năm 2025"). */
const DATE_CUT = /(?:ngày|tháng|năm)(?:[ ]+\d{1,4})?$/u;

/**
 * Join a line to the next when the break is inside a sentence: the line does not end a sentence
 * and the next one is neither a list item nor a heading, and either starts in lower case, or the
 * line leaves a name, a date or a number open ("của Ủy ban nhân dân tỉnh" / "Hòa Bình"), or the
 * text is wrapped at a fixed width (most lines about as long as the longest, as OCR and plain-text
 * mail give) and this line reaches that width. A word hyphenated at the break ("Covid-" / "19") is
 * joined without a space. Headings in capitals and lines that open a block (`Kính gửi:`) stay.
 */
export function unwrapLines(input: string, W: RewriterClass): Pass {
  if (input.indexOf('\n') < 0) return null;
  const lines: Range[] = [];
  const texts: string[] = [];
  for (let s = 0; s <= input.length;) {
    let e = input.indexOf('\n', s);
    if (e < 0) e = input.length;
    lines.push([s, e]);
    texts.push(input.slice(s, e));
    s = e + 1;
  }
  const lengths = texts.map((t) => t.trim().length);
  const width = wrapWidth(lengths);
  const bodyFrom = headerEnd(texts, lengths);
  let w: Rewriter | null = null;
  let at = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    // most pairs in a one-paragraph-a-line text have a blank side: decided before any slicing
    if (lengths[k] === 0 || lengths[k + 1] === 0) continue;
    const [ps] = lines[k]!;
    const [ns] = lines[k + 1]!;
    const prev = texts[k]!.trimEnd();
    const next = texts[k + 1]!.trimStart();
    // "Số: 117/" then "KH-UBND": a number cut at its separator is joined with no space.
    const numberCut = NUMBER_CUT.test(prev) && OPENS_LETTER.test(next);
    if (!numberCut && (SENTENCE_END.test(prev) || LIST_MARKER.test(next) || TABLE_ROW_START.test(next) || isCaps(prev) || isCaps(next))) continue;
    // In the header, lines are the layout's units (a title block, Kính gửi items): only a cut date is joined.
    if (k < bodyFrom && !numberCut) {
      if (!(DATE_CUT.test(prev) && /^(?:\d|năm|tháng)/u.test(next))) continue;
    }
    const hyphen = numberCut || (ENDS_HYPHENATED.test(prev) && OPENS_LETTER_OR_DIGIT.test(next));
    const join = OPENS_SMALL.test(next) || hyphen
      || (OPENS_CAPITAL.test(next) && OPEN_GLUE.test(prev) && prev.trim().length > 12)
      || (OPENS_CAPITAL_OR_DIGIT.test(next) && ((OPEN_NAME.test(prev) && !(OPEN_NUMBER.test(prev) && !/^\d/.test(next))
        && !(OPEN_AREA.test(prev) && !PLACE_NAME_START.test(next))) || (DATE_CUT.test(prev) && /^\d/.test(next))) && prev.trim().length > 12)
      || (width > 0 && prev.trim().length >= 0.8 * width && OPENS_TEXT.test(next));
    if (!join) continue;
    w ??= new W(input);
    const cut = ps + prev.length;
    const resume = ns + (texts[k + 1]!.length - next.length);
    w.keep(at, cut);
    if (!hyphen) w.replace(cut, resume, ' ');
    at = resume;
  }
  if (!w) return null;
  w.keep(at, input.length);
  return w.finish();
}

const BODY_OPENER = /^(?:Thực hiện|Căn cứ|Ngày[ ]+\d|Sau khi|Để|Theo|Trong|Tiếp theo|Nhằm|Hiện nay|Qua|Trên cơ sở|Xét|Vừa qua|Hôm nay|(?:\d{1,2}|[IVX]{1,4})[.)\-–][ ])/u;

const GROUND_OPENER = /^Căn cứ[ ]/u;

/**
 * Index of the first body line: after a blank line, a line that opens a body (`Thực hiện`, `Căn
 * cứ`, `1. `); or a long line (a paragraph); or the line after the first HEADER_LINES non-blank ones.
 */
function headerEnd(texts: readonly string[], lengths: readonly number[]): number {
  let seen = 0;
  for (let k = 0; k < texts.length; k++) {
    if (lengths[k] === 0) continue;
    if (lengths[k]! > HEADER_MAX_CHARS) return k;
    const afterBlank = k === 0 || lengths[k - 1] === 0;
    if (afterBlank && BODY_OPENER.test(texts[k]!.trim())) return k;
    // A copy with no blank lines: the first ground ("Căn cứ …") opens the body all the same; no header line starts so.
    if (GROUND_OPENER.test(texts[k]!.trim())) return k;
    if (++seen >= HEADER_LINES) return k;
  }
  return texts.length;
}

// Out of the function: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const CAPITAL_LETTER = /\p{Lu}/u;
const SMALL_LETTER = /\p{Ll}/u;

function isCaps(s: string): boolean {
  return CAPITAL_LETTER.test(s) && !SMALL_LETTER.test(s);
}

/**
 * The width a text is wrapped at, or 0 when it is not. Lines of text (30 characters or more;
 * headers, list items and signatures are shorter) are counted: at least 8 of them, the longest
 * (95th percentile, so that one long line does not count) at most 130 characters, and most (60%)
 * within 80% of it. A .txt with one paragraph a line has widely varying lengths and gets 0.
 */
function wrapWidth(all: readonly number[]): number {
  const lengths = all.filter((n) => n >= 30);
  if (lengths.length < 8) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
  if (p95 > 130) return 0;
  const near = lengths.filter((n) => n >= 0.8 * p95 && n <= p95 * 1.05).length;
  return near >= 0.6 * lengths.length ? p95 : 0;
}
