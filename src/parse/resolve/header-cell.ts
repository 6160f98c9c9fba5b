import type { Line } from '../types.js';
import { parseUnitAt, type UnitMention } from '../find/units.js';
import { scanTokens, type Token } from '../token-scan.js';

/**
 * "UBND HUYỆN PHONG THỔ / BAN CHỈ ĐẠO LIÊN NGÀNH / VỀ AN TOÀN THỰC PHẨM", "UBND HUYỆN KON PLÔNG / HỘI ĐỒNG
 * PHỐI HỢP PHỔ BIẾN, / GIÁO DỤC PHÁP LUẬT": a board or council under its superior's line, its name in
 * capitals and wrapped over the cell's lines. The unit grammar reads a board's topic in lower case only
 * ("Ban Chỉ đạo liên ngành về an toàn thực phẩm"): in capitals it took a topic word for a place name
 * ("LIÊN NGÀNH") or stopped at the wrap, and the board fell to whatever place the body named. The cell is
 * read again in sentence case, offsets kept (Vietnamese letters keep their length in lower case), and the
 * reading is taken when it is one body of no level and no place that fills the whole cell: the body then
 * sits where its superior's line says (header-parent.ts).
 */
export interface CellReading {
  mention: UnitMention;
  tokens: Token[];
  /** The cell's last line: header lines up to it are the name's. */
  last: Line;
}

/** How many lines a wrapped issuer cell may take. */
const CELL_LINES = 3;

/**
 * `cell`: the issuer line, then the header lines under it that may carry on its name (adjacent but for
 * blank or motto lines, above the number). `caps`: the capitals' reading and where it ends, or null.
 */
export function sentenceCaseCell(text: string, cell: readonly Line[], caps: { mention: UnitMention; end: number } | null): CellReading | null {
  if (cell.length === 0 || cell.length > CELL_LINES || (caps && !mayBeBoard(caps.mention))) return null;
  const lines = cell;
  const placed = caps !== null && caps.mention.areas.some((a) => a.name);
  // Only where the capitals' reading left words of the cell unread or read a place in it.
  if (caps && !placed && caps.end >= lines[lines.length - 1]!.end) return null;
  const from = lines[0]!.start;
  const to = lines[lines.length - 1]!.end;
  const lowered = text.slice(from, to).toLowerCase();
  if (lowered.length !== to - from) return null;
  const copy = text.slice(0, from) + text[from] + lowered.slice(1);
  // The whole cell or nothing: a reading that stops short left words of the name unread.
  const tokens = lines.flatMap((l) => scanTokens(copy, l.start, l.end));
  const m = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
  if (!m || m.to !== tokens.length || !mayBeBoard(m) || m.areas.length > 0 || m.name !== null) return null;
  return { mention: m, tokens, last: lines[lines.length - 1]! };
}

/** One body of no level of its own: a board, a council, a command (not a committee, an organ or a department). */
export function mayBeBoard(m: UnitMention): boolean {
  return m.head.shape === 'body' && m.head.level === undefined && !m.plural && !m.owner && m.head.collective !== true;
}
