import { tokenize } from '../tokens.js';
import type { Line } from '../types.js';
import { ARCHIVE_WORDS, OFFICE_HEADS } from '../vocabulary/signature.js';
import { parseUnitAt, type UnitMention } from './units.js';

/**
 * The issuer a headless fragment names in its Nơi nhận: the copy kept for the archive goes to
 * the issuer's own office ("- Lưu: VT, VP UBND huyện Can Lộc", "- Lưu Văn phòng Đảng ủy xã Thạch
 * Hòa"). The office's owner is the issuer. Read only when nothing better names it.
 */
export const ARCHIVE_LINE = new RegExp(String.raw`^[ ]*[-–+•*]?[ ]*(?:${ARCHIVE_WORDS.join('|')})(?![\p{L}])[ ]*:?[ ]*`, 'iu');

export function archiveIssuer(text: string, noiNhan: readonly Line[]): UnitMention | null {
  for (const line of noiNhan) {
    const lead = ARCHIVE_LINE.exec(line.text);
    if (!lead) continue;
    const tokens = tokenize(text, line.start + lead[0].length, line.end);
    for (let i = 0; i < tokens.length; i++) {
      const m = parseUnitAt(tokens, i);
      if (!m) continue;
      i = m.to - 1;
      if (!OFFICE_HEADS.includes(m.head.canonical) || !m.owner) continue;
      const owner = m.owner;
      const named = owner.name !== null || owner.areas.some((a) => a.name !== null);
      if (named && !owner.plural && owner.head.collective !== true) return owner;
    }
  }
  return null;
}
