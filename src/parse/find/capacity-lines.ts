import { isAllCaps } from '../text.js';
import type { Line } from '../types.js';
import { CAPACITY_PREFIX } from '../vocabulary/signature.js';

/**
 * A capacity in mixed case, as a web copy may retype it ("T/M Ban Thường vụ Đảng ủy xã Kim Hóa", "TM. Ủy ban nhân dân
 * xã …"): a prefix that opens nothing else (not "Q.", which also opens a place-date line "Q. Hoàn Kiếm, ngày …"), then a
 * capitalised name, no comma or figure (a place-date line has both).
 */
const MIXED_CAPACITY = /^(?:T\/M|T\/L|TM\.|TL\.|KT\.|TUQ\.)[ ]{0,2}\p{Lu}[^,\d]*$/u;

/** Lines from the end that a signature without its signer's name may hold. */
const TAIL_LINES = 4;

/**
 * Capacity lines ("T/M ĐẢNG ỦY XÃ …", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH") among the last lines, for
 * a signature block whose signer's name is missing, or whose capacity is in mixed case, and which findSignature
 * (layout.ts, capitals only) therefore does not take for one.
 */
export function tailCapacityLines(lines: readonly Line[], from: number, noiNhan: readonly Line[]): Line[] {
  const inList = new Set(noiNhan.map((l) => l.index));
  const out: Line[] = [];
  let seen = 0;
  for (let k = lines.length - 1; k >= from && seen < TAIL_LINES; k--) {
    const l = lines[k]!;
    if (l.blank || inList.has(k)) continue;
    seen++;
    if ((isAllCaps(l.trimmed) && CAPACITY_PREFIX.test(l.trimmed)) || MIXED_CAPACITY.test(l.trimmed)) out.unshift(l);
  }
  return out;
}
