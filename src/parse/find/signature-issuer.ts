import { isAllCaps } from '../text.js';
import { tokenize } from '../tokens.js';
import type { Line } from '../types.js';
import { tailCapacityLines } from './capacity-lines.js';
import { CAPACITY_PREFIX } from '../vocabulary/signature.js';
import { ownerFromBody } from './signature-owner.js';
import { parseUnitAt, type UnitMention } from './units.js';

/**
 * The issuer a closing signature block names: "TM. BAN THƯỜNG VỤ THỊ ỦY KỲ ANH / BÍ THƯ",
 * "TM. ỦY BAN NHÂN DÂN HUYỆN CAN LỘC / CHỦ TỊCH". A headless fragment (the header lost in a web
 * copy) often keeps it when it keeps nothing else. Only a capacity that names its place is read:
 * "TM. BAN THƯỜNG VỤ" alone says whose organ it is no better than the body does.
 */
export function signatureIssuer(text: string, capacityLines: readonly Line[], lines: readonly Line[] = []): UnitMention | null {
  for (const line of capacityLines) {
    const prefix = CAPACITY_PREFIX.exec(line.trimmed);
    if (!prefix) continue;
    const from = line.contentStart + prefix[0].length - 1;
    // "TM. ỦY BAN NHÂN DÂN / XÃ THẠCH ĐÀI": the capacity wrapped before its place.
    const next = placeLineAfter(line, lines);
    for (const to of next ? [next.end, line.end] : [line.end]) {
      const m = parseUnitAt(tokenize(text, from, to), 0);
      if (!m || m.plural || m.head.collective || m.head.shape === 'member' || m.head.shape === 'subward') continue;
      if (named(m) || (m.owner && named(m.owner))) return m;
    }
  }
  // "T/M BAN THƯỜNG VỤ" alone: whose, when the body names one committee's organs.
  for (const line of capacityLines) {
    const prefix = CAPACITY_PREFIX.exec(line.trimmed);
    const m = prefix && parseUnitAt(tokenize(text, line.contentStart + prefix[0].length - 1, line.end), 0);
    const owned = m && ownerFromBody(text, m, capacityLines[0]!.start);
    if (owned) return owned;
  }
  return null;
}

/** An area line right under a capacity line ("XÃ THẠCH ĐÀI", "HUYỆN ỦY CAN LỘC"), in capitals. */
const PLACE_LINE = /^(?:XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH|HUYỆN ỦY|QUẬN ỦY|THỊ ỦY|THÀNH ỦY|TỈNH ỦY|ĐẢNG ỦY)\s+\S/u;

function placeLineAfter(line: Line, lines: readonly Line[]): Line | null {
  let k = line.index + 1;
  while (lines[k]?.blank) k++;
  const l = lines[k];
  return l && isAllCaps(l.trimmed) && PLACE_LINE.test(l.trimmed) ? l : null;
}

/**
 * The capacity lines of the signature block; where the layout found no block because the signer's
 * name is missing (a web copy that ends at "BÍ THƯ"), the capacity lines among the last lines.
 */
export function capacityLinesOf(layout: { signature: { capacityLines: Line[] } | null; lines: Line[]; noiNhan: Line[]; bodyStart: number }): Line[] {
  if (layout.signature?.capacityLines.length) return layout.signature.capacityLines;
  return tailCapacityLines(layout.lines, layout.bodyStart, layout.noiNhan);
}

function named(m: UnitMention): boolean {
  return m.name !== null || m.areas.some((a) => a.name !== null);
}

/**
 * The issuer of a headless document: the one its body names, unless the signature names the same
 * kind of body with its place and the body does not ("Ban Thường vụ Huyện ủy yêu cầu …" signed
 * "TM. BAN THƯỜNG VỤ HUYỆN ỦY CAN LỘC").
 */
export function preferSigned(spoken: UnitMention | null, signed: UnitMention | null): { mention: UnitMention | null; fromSignature: boolean } {
  if (!signed) return { mention: spoken, fromSignature: false };
  if (!spoken) return { mention: signed, fromSignature: true };
  const body = (m: UnitMention) => (m.head.shape === 'part' && m.owner ? m.owner : m);
  const spokenNamed = named(body(spoken));
  if (!spokenNamed && body(spoken).head.canonical === body(signed).head.canonical) return { mention: signed, fromSignature: true };
  return { mention: spoken, fromSignature: false };
}
