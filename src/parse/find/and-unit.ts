import type { PhraseTable } from '../phrases.js';
import type { Token } from '../tokens.js';
import type { UnitHead } from '../vocabulary/units.js';
import { boardWordsEnd } from './village-board.js';

/**
 * "Báo Đại Đoàn Kết và Tạp chí Mặt trận", "Hội Nông dân tỉnh và Hiệp hội Doanh nghiệp tỉnh": after "và", a head that
 * is also a common word ("tạp chí", "hiệp hội", "học viện") and takes a capitalised name starts a second unit, not one
 * more word group of the first's name. Only with a capital after it: "… và tạp chí của ngành" names nothing. So does a
 * cooperative's ("Hợp tác xã Nông nghiệp Kiên Lao và Hợp tác xã Dịch vụ Kiên Thành", "Công ty … và Hợp tác xã Chăn nuôi
 * …"): two enterprises, each with its own name.
 */
export function unitAfterAnd(tokens: readonly Token[], k: number, limit: number, heads: PhraseTable<UnitHead>): boolean {
  // "Công ty Cổ phần Chợ Diễn Châu và Ban quản lý các chợ": a board named by its words in lower case (village-board.ts).
  if (boardWordsEnd(tokens, k, limit) > 0) return true;
  // "Đoàn trường Cao đẳng Bến Tre và Đoàn trường Đại học Đồng Khởi": a school's Youth Union after another's, its cell
  // word with a capital and the school's word after it; read on, the first school's name took the second Union.
  if (schoolCellAt(tokens, k, limit)) return true;
  const h = heads.match(tokens, k, limit);
  const head = h?.values[0];
  if (!h || !head || !head.qualified || head.tail !== 'caps' || h.end >= limit) return false;
  const name = tokens[h.end]!;
  return tokens[k]!.upper && name.word && name.upper;
}

const SCHOOL_CELLS: ReadonlySet<string> = new Set(['đoàn', 'chi đoàn', 'chi bộ', 'công đoàn', 'liên đội']);

/** "Đoàn trường Đại học …", "Chi bộ Trường THPT …": a cell word with a capital, "trường" and a capitalised name. */
function schoolCellAt(tokens: readonly Token[], k: number, limit: number): boolean {
  const first = tokens[k];
  if (!first?.upper) return false;
  const two = tokens[k + 1] ? `${first.norm} ${tokens[k + 1]!.norm}` : '';
  const at = SCHOOL_CELLS.has(two) ? k + 2 : SCHOOL_CELLS.has(first.norm) ? k + 1 : -1;
  return at > 0 && at + 1 < limit && tokens[at]!.norm === 'trường' && !!tokens[at + 1]!.upper;
}
