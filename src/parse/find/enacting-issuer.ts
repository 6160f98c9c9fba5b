import { isAllCaps } from '../text.js';
import { tokenize } from '../tokens.js';
import type { Line } from '../types.js';
import { CAPACITY_PREFIX } from '../vocabulary/signature.js';
import { parseUnitAt, type UnitMention } from './units.js';

/**
 * "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TÂN XUYÊN" / "QUYẾT ĐỊNH:", "HỘI ĐỒNG NHÂN DÂN HUYỆN …" / "QUYẾT NGHỊ:":
 * the enacting formula of a decision or a resolution names the authority that enacts it, in capitals,
 * on the line right above the enacting word. A fragment copied from its `Căn cứ` lines keeps it when
 * its header and its signature's place are lost.
 */
const ENACTING_WORD = /^(?:QUYẾT[ ]ĐỊNH|QUYẾT[ ]NGHỊ)[ ]?:?$/u;
/** Lines looked at from the top: the formula follows the `Căn cứ` lines, before the articles. */
const ENACTING_LINES = 60;

export function enactingIssuer(text: string, lines: readonly Line[]): UnitMention | null {
  const last = Math.min(lines.length, ENACTING_LINES);
  for (let k = 1; k < last; k++) {
    if (!ENACTING_WORD.test(lines[k]!.trimmed)) continue;
    let j = k - 1;
    while (j > 0 && lines[j]!.blank) j--;
    const above = lines[j]!;
    if (above.blank || !isAllCaps(above.trimmed)) return null;
    const m = parseUnitAt(tokenize(text, above.contentStart, above.end), 0);
    const named = m !== null && (m.name !== null || m.areas.some((a) => a.name !== null));
    return m && named && m.head.shape === 'body' && !m.plural && !m.head.collective && m.end >= above.end - 1 ? m : null;
  }
  return null;
}

/**
 * "Nơi nhận:" / "- Công an tỉnh (b/c);" / "KT. TRƯỞNG CÔNG AN HUYỆN VỊ XUYÊN" / "PHÓ TRƯỞNG …" / "- Các đội …":
 * a two-column copy whose columns were unwoven line by line puts the signature's capacity lines among
 * the recipients. A line in capitals that opens on a capacity prefix there is one.
 */
export function capacityAmongRecipients(lines: readonly Line[], noiNhan: readonly Line[]): Line[] {
  if (noiNhan.length === 0) return [];
  const out: Line[] = [];
  for (let k = noiNhan[0]!.index + 1; k < lines.length; k++) {
    const l = lines[k]!;
    if (!l.blank && isAllCaps(l.trimmed) && CAPACITY_PREFIX.test(l.trimmed)) out.push(l);
  }
  return out;
}
