import { isAllCaps } from '../text.js';
import { tokenize } from '../tokens.js';
import type { Line } from '../types.js';
import { BARE_HEAD_POSTS, CAPACITY_PREFIX } from '../vocabulary/signature.js';
import { parseUnitAt, type UnitMention } from './units.js';

/** How many words of a post ("PHÓ CHỦ TỊCH", "TRƯỞNG BAN") may stand before the body a signer's post line names. */
const POST_TOKENS = 4;

/** A body the line names with its place: "CHỦ TỊCH UBND XÃ VẠN LONG", "PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …". */
function placedBodyOf(text: string, line: Line): UnitMention | null {
  const tokens = tokenize(text, line.contentStart, line.end);
  for (let i = 0; i <= POST_TOKENS && i < tokens.length; i++) {
    const m = parseUnitAt(tokens, i);
    if (m && m.head.shape === 'body' && !m.plural && m.areas.length === 1 && m.areas[0]!.name && !m.areas[0]!.plural) return m;
  }
  return null;
}

/**
 * "TM. BAN CHỈ ĐẠO / TRƯỞNG BAN / CHỦ TỊCH UBND XÃ VẠN LONG": a steering board, a council or a working
 * group signs as itself, with no place, and its head signs under the post they hold in the body that
 * leads it. That post's place is the board's: the board is read at it, as "Ban Chỉ đạo xã Vạn Long".
 * Only a signing body with no place, owner or name of its own, and a post line below it.
 */
export function organPlacedByPost(text: string, capacityLines: readonly Line[], lines: readonly Line[]): UnitMention | null {
  for (const line of capacityLines) {
    const prefix = CAPACITY_PREFIX.exec(line.trimmed);
    if (!prefix) continue;
    const organ = parseUnitAt(tokenize(text, line.contentStart + prefix[0].length - 1, line.end), 0);
    if (!organ || organ.head.shape !== 'body' || organ.plural || organ.head.collective || organ.areas.length > 0 || organ.owner || organ.name) continue;
    for (const below of linesBelow(line, lines)) {
      const body = placedBodyOf(text, below);
      // The same kind of body ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH UBND XÃ …") is that body, read elsewhere.
      if (body && body.head.canonical !== organ.head.canonical) return { ...organ, areas: body.areas };
    }
  }
  return null;
}

/** How many lines under the capacity a signer's posts may take ("TRƯỞNG BAN", "CHỦ TỊCH UBND XÃ …"). */
const POST_LINES = 3;

/** The lines in capitals right under `line`, blank lines skipped: the signer's posts, up to the name. */
function linesBelow(line: Line, lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let k = line.index + 1; k < lines.length && out.length < POST_LINES; k++) {
    const l = lines[k]!;
    if (l.blank) continue;
    // "TM. BAN CHỈ ĐẠO / KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN / PHÓ CHỦ TỊCH UBND XÃ …": a deputy signing for the head, the
    // head's post alone after its capacity, is passed over; any other capacity is another block.
    if (CAPACITY_PREFIX.test(l.trimmed) && POST_CAPACITY.test(l.trimmed)) continue;
    if (!isAllCaps(l.trimmed) || CAPACITY_PREFIX.test(l.trimmed)) break;
    out.push(l);
  }
  return out;
}

/** A capacity of a head's post alone: "KT. CHỦ TỊCH", "TL. GIÁM ĐỐC", "KT. BÍ THƯ". */
const POST_CAPACITY = new RegExp(String.raw`^(?:T\/M|T\/L|K\/T|TM\.?|TL\.?|KT\.?|TUQ\.?)\s+(${BARE_HEAD_POSTS.join('|')})$`, 'u');

/**
 * "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH UBND HUYỆN HƯƠNG SƠN": a capacity naming a head's post alone, over a line that repeats
 * that post (its deputy's, or the post itself) with the body it heads and its place. The body whose head the capacity
 * signs for is that one. A post line naming another post's body ("TỔ TRƯỞNG / PHÓ CHỦ TỊCH UBND HUYỆN": the group's
 * head holds a post in the district) says where the signer works, not who signs, and is not read.
 */
export function bodyOfRepeatedPost(text: string, capacityLines: readonly Line[], lines: readonly Line[]): UnitMention | null {
  for (const line of capacityLines) {
    const post = POST_CAPACITY.exec(line.trimmed)?.[1];
    if (!post) continue;
    for (const below of linesBelow(line, lines)) {
      const repeated = new RegExp(String.raw`^(?:PHÓ[ ]+)?${post}[ ]+(?=\S)`, 'u').exec(below.trimmed);
      if (!repeated) continue;
      const at = below.contentStart + repeated[0].length;
      const m = parseUnitAt(tokenize(text, at, below.end), 0);
      if (m && m.start === at && !m.plural && !m.head.collective && m.head.shape !== 'member' && (m.name || m.areas.some((a) => a.name && !a.plural))) return m;
    }
  }
  return null;
}
