import { fold } from '../../model/keys.js';
import { isAllCaps } from '../text.js';
import { tokenize } from '../tokens.js';
import type { Line } from '../types.js';
import { tailCapacityLines } from './capacity-lines.js';
import { BARE_HEAD_POSTS, CAPACITY_PREFIX, HEAD_POST } from '../vocabulary/signature.js';
import { ownerFromBody } from './signature-owner.js';
import { signingOrganOwner } from './signature-organ.js';
import { bodyOfRepeatedPost, organPlacedByPost } from './signature-post.js';
import { capacityAmongRecipients, enactingIssuer } from './enacting-issuer.js';
import { organOwnerAtPlaceLine } from './bare-capacity.js';
import { parseUnitAt, type UnitMention } from './units.js';

/**
 * The issuer a closing signature block names: "TM. BAN THƯỜNG VỤ THỊ ỦY KỲ ANH / BÍ THƯ",
 * "TM. ỦY BAN NHÂN DÂN HUYỆN CAN LỘC / CHỦ TỊCH". A headless fragment (the header lost in a web
 * copy) often keeps it when it keeps nothing else. Only a capacity that names its place is read:
 * "TM. BAN THƯỜNG VỤ" alone says whose organ it is no better than the body does.
 */
export type SignedSource = 'signature' | 'organ-owner' | 'enacting';

/** A headless document's issuer as its signature (or what the signature points to) gives it, and where it was read. */
export interface Signed {
  mention: UnitMention;
  source: SignedSource;
}

/**
 * Where a headless document's issuer was read when its body named none: the signature's capacity
 * lines (`signature`), a signing organ's owner that the body names (`organ-owner`), or the enacting
 * formula above the articles (`enacting`). The warning IDENTITY_FROM_TEXT names it.
 */
export function signedIssuer(text: string, capacityLines: readonly Line[], lines: readonly Line[] = []): Signed | null {
  for (const line of capacityLines) {
    const prefix = CAPACITY_PREFIX.exec(line.trimmed);
    if (!prefix) continue;
    const from = line.contentStart + prefix[0].length - 1;
    // "TM. ỦY BAN NHÂN DÂN / XÃ THẠCH ĐÀI": the capacity wrapped before its place.
    const next = placeLineAfter(text, line, lines, capacityLines);
    // The line alone first: a post under a named capacity ("… XÃ QUẢNG PHÚ / CHỦ TỊCH") is no part of its name.
    let guess: UnitMention | null = null;
    for (const to of next ? [line.end, next.end] : [line.end]) {
      // A cell beside the recipients is read with the capacity alone, not with the recipient between them.
      const apart = next && to === next.end && next.start > text.lastIndexOf('\n', next.start - 1) + 1;
      const m = parseUnitAt(apart ? [...tokenize(text, from, line.end), ...tokenize(text, next.contentStart, to)] : tokenize(text, from, to), 0);
      if (!m || m.plural || m.head.collective || m.head.shape === 'member' || m.head.shape === 'subward') continue;
      // "TM. BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ / HUYỆN DẦU TIẾNG": the line alone took its field for a place name, a guess
      // the place line under it, read with it, corrects.
      if (to === line.end && to !== next?.end && m.areas.length > 0 && m.areas.every((a) => a.bare) && !m.owner) { guess = m; continue; }
      if (named(m) || (m.owner && named(m.owner))) return { mention: m, source: 'signature' };
    }
    if (guess) return { mention: guess, source: 'signature' };
  }
  // "T/M BAN THƯỜNG VỤ" alone: whose, when the body names one committee's organs.
  for (const line of capacityLines) {
    const prefix = CAPACITY_PREFIX.exec(line.trimmed);
    const m = prefix && parseUnitAt(tokenize(text, line.contentStart + prefix[0].length - 1, line.end), 0);
    const owned = m && (ownerFromBody(text, m, capacityLines[0]!.start) ?? signingOrganOwner(text, m, capacityLines[0]!.start) ?? organOwnerAtPlaceLine(text, m, line.start));
    if (owned) return { mention: owned, source: 'organ-owner' };
  }
  const placed = organPlacedByPost(text, capacityLines, lines) ?? bodyOfRepeatedPost(text, capacityLines, lines);
  if (placed) return { mention: placed, source: 'signature' };
  const over = bodyOverPost(text, lines);
  if (over) return { mention: over, source: 'signature' };
  // "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG … / QUYẾT ĐỊNH:" above the articles, where the signature is a bare post.
  const enacting = enactingIssuer(text, lines);
  if (enacting) return { mention: enacting, source: 'enacting' };
  const level = levelOnly(text, capacityLines);
  return level ? { mention: level, source: 'signature' } : null;
}

/**
 * "KT. TRƯỞNG CÔNG AN HUYỆN": a capacity naming the body by its kind and level but not its place still
 * says which body signs; its place is the citing context's, as for any body named by level alone.
 * Read last, when neither a named capacity nor the body's organs told it.
 */
function levelOnly(text: string, capacityLines: readonly Line[]): UnitMention | null {
  for (const line of capacityLines) {
    const prefix = CAPACITY_PREFIX.exec(line.trimmed);
    // "TRƯỞNG CÔNG AN XÃ" signs in person: the post and its body, read as "KT. TRƯỞNG …" is after its prefix.
    if (!prefix && !HEAD_POST.test(line.trimmed)) continue;
    const m = parseUnitAt(tokenize(text, prefix ? line.contentStart + prefix[0].length - 1 : line.contentStart, line.end), 0);
    if (m && m.head.shape === 'body' && !m.plural && !m.head.collective && m.areas.length === 1 && !m.areas[0]!.plural) return m;
  }
  return null;
}

// "KT. BỘ TRƯỞNG" under the ministry's name: the post signed for, with its capacity prefix, is the head's post too.
const BARE_POST = new RegExp(String.raw`^(?:(?:KT|TL|TUQ|Q)\.?[ ]+)?(?:PHÓ[ ]+)?(?:${BARE_HEAD_POSTS.join('|')})$`, 'u');
/** Lines from the end a body's name, its head's post and the signer's rank and name may take. */
const BODY_POST_TAIL = 5;

/**
 * "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG BÌNH / CHỈ HUY TRƯỞNG / Đại tá …": among the last lines, one named body
 * and nothing else, in capitals and with no "TM.", right over a line that is only its head's post. The body
 * signs by its head, as a capacity does by "TM.".
 */
function bodyOverPost(text: string, lines: readonly Line[]): UnitMention | null {
  let seen = 0;
  for (let k = lines.length - 1; k > 0 && seen < BODY_POST_TAIL; k--) {
    const l = lines[k]!;
    if (l.blank) continue;
    seen++;
    if (!BARE_POST.test(l.trimmed)) continue;
    const above = capsLineAbove(lines, k);
    if (!above) return null;
    if (ownerLine(text, above)) return signingBody(text, above.contentStart, above.end);
    // "BỘ CHỈ HUY QUÂN SỰ / TỈNH QUẢNG TRỊ / CHỈ HUY TRƯỞNG": the name wrapped before its place.
    const first = PLACE_LINE.test(above.trimmed) ? capsLineAbove(lines, above.index) : null;
    if (!first || CAPACITY_PREFIX.test(first.trimmed)) return null;
    const m = signingBody(text, first.contentStart, above.end);
    return m && m.end === above.contentStart + above.trimmed.length && (named(m) || (!!m.owner && named(m.owner))) ? m : null;
  }
  return null;
}

/** The nearest line above line `k` that is not blank, when it is in capitals. */
function capsLineAbove(lines: readonly Line[], k: number): Line | null {
  let j = k - 1;
  while (j > 0 && lines[j]!.blank) j--;
  const l = lines[j];
  return l && j >= 0 && !l.blank && isAllCaps(l.trimmed) ? l : null;
}

function signingBody(text: string, from: number, to: number): UnitMention | null {
  const m = parseUnitAt(tokenize(text, from, to), 0);
  return m && !m.plural && !m.head.collective && m.head.shape !== 'member' ? m : null;
}

/** An area line right under a capacity line ("XÃ THẠCH ĐÀI", "HUYỆN ỦY CAN LỘC"), in capitals. */
const PLACE_LINE = /^(?:XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH|HUYỆN ỦY|QUẬN ỦY|THỊ ỦY|THÀNH ỦY|TỈNH ỦY|ĐẢNG ỦY)\s+\S/u;

function placeLineAfter(text: string, line: Line, lines: readonly Line[], cells: readonly Line[] = []): Line | null {
  let k = line.index + 1;
  while (lines[k]?.blank) k++;
  // Beside the recipients the block's next line is the right-hand cell of the next line (besideRecipients).
  const l = cells.find((c) => c.index === k && c.start > lines[k]!.start) ?? lines[k];
  // "TM. BAN THƯỜNG VỤ / HỘI LIÊN HIỆP PHỤ NỮ PHƯỜNG TƯƠNG MAI / CHỦ TỊCH": the organ's owner, with its
  // place, on a line of its own; read with the organ, it counts only if the two make one named unit.
  return l && isAllCaps(l.trimmed) && (PLACE_LINE.test(l.trimmed) || ownerLine(text, l)) ? l : null;
}

/** A line that is one named body and nothing else, no post before it ("CHỦ TỊCH UBND XÃ …" is a signer's post). */
function ownerLine(text: string, l: Line): boolean {
  if (CAPACITY_PREFIX.test(l.trimmed)) return false;
  const m = parseUnitAt(tokenize(text, l.contentStart, l.end), 0);
  return !!m && !m.office && !m.plural && m.end === l.contentStart + l.trimmed.length && named(m);
}

/**
 * The capacity lines of the signature block; where the layout found no block because the signer's
 * name is missing (a web copy that ends at "BÍ THƯ"), the capacity lines among the last lines.
 */
export function capacityLinesOf(layout: { signature: { capacityLines: Line[] } | null; lines: Line[]; noiNhan: Line[]; bodyStart: number }): Line[] {
  if (layout.signature?.capacityLines.length) return layout.signature.capacityLines;
  const tail = tailCapacityLines(layout.lines, layout.bodyStart, layout.noiNhan);
  if (tail.length > 0) return tail;
  const beside = besideRecipients(layout.noiNhan);
  if (beside.length > 0) return beside;
  const among = capacityAmongRecipients(layout.lines, layout.noiNhan);
  return among.length > 0 ? among : headPostLines(layout.lines, layout.bodyStart, layout.noiNhan);
}

/** Lines from the end that a head's own signature may take (post, rank and name). */
const HEAD_TAIL_LINES = 4;

/** "TRƯỞNG CÔNG AN XÃ" / "Đại úy Phan Văn Hòa" at the end, after the recipients: a head signing in person. */
function headPostLines(lines: readonly Line[], from: number, noiNhan: readonly Line[]): Line[] {
  const after = noiNhan.length > 0 ? noiNhan[noiNhan.length - 1]!.index + 1 : from;
  let seen = 0;
  for (let k = lines.length - 1; k >= after && seen < HEAD_TAIL_LINES; k--) {
    const l = lines[k]!;
    if (l.blank) continue;
    seen++;
    if (isAllCaps(l.trimmed) && HEAD_POST.test(l.trimmed)) return [l];
  }
  return [];
}

/** A gap of spaces wide enough to part two columns of a plain-text copy. */
const COLUMN_GAP = /[ ]{3,}|\t+/gu;

/**
 * "Nơi nhận:          KT. TRƯỞNG CÔNG AN HUYỆN" / "- Công an tỉnh (b/c);     PHÓ TRƯỞNG …": a plain-text
 * copy prints the signature block beside the recipients, so its capacity lines are the right-hand
 * column of the Nơi nhận lines, which the layout reads as recipients. The right-hand cell of each
 * such line, in capitals and opening on a capacity, is taken as a capacity line of its own.
 */
function besideRecipients(noiNhan: readonly Line[]): Line[] {
  const out: Line[] = [];
  // "- BTV Hội ND huyện (b/c);      HỘI NÔNG DÂN XÃ NAM DONG": the cell right under a capacity cell may be its owner.
  let under: number | null = null;
  for (const l of noiNhan) {
    let cut = -1;
    COLUMN_GAP.lastIndex = 0;
    for (let m = COLUMN_GAP.exec(l.text); m; m = COLUMN_GAP.exec(l.text)) cut = m.index + m[0].length;
    if (cut <= 0) continue;
    const right = l.text.slice(cut).trimEnd();
    // "- Ban Giám đốc CATP (b/c);     TRƯỞNG CÔNG AN QUẬN": a head signing in person beside them, as after them.
    const capacity = isAllCaps(right) && (CAPACITY_PREFIX.test(right) || HEAD_POST.test(right));
    const owner = !capacity && under === l.index && isAllCaps(right);
    under = capacity ? l.index + 1 : null;
    if (!capacity && !owner) continue;
    const contentStart = l.start + cut;
    out.push({ ...l, text: right, trimmed: right, folded: fold(right), contentStart, start: contentStart, end: contentStart + right.length });
  }
  return out;
}

/** A body named by its place or name; a ministry ("Bộ Giao thông vận tải") by its field, as there is one of each. */
function named(m: UnitMention): boolean {
  return m.name !== null || m.areas.some((a) => a.name !== null) || (m.head.kind === 'ministry' && m.tail !== null);
}

/**
 * The issuer of a headless document: the one its body names, unless the signature names the same
 * kind of body with its place and the body does not ("Ban Thường vụ Huyện ủy yêu cầu …" signed
 * "TM. BAN THƯỜNG VỤ HUYỆN ỦY CAN LỘC").
 */
export function preferSigned(spoken: UnitMention | null, signed: Signed | null): { mention: UnitMention | null; source: SignedSource | null } {
  if (!signed) return { mention: spoken, source: null };
  if (!spoken) return signed;
  const body = (m: UnitMention) => (m.head.shape === 'part' && m.owner ? m.owner : m);
  const spokenNamed = named(body(spoken));
  if (!spokenNamed && body(spoken).head.canonical === body(signed.mention).head.canonical) {
    // "Ban Chỉ đạo phòng, chống thiên tai huyện xây dựng …" over "TM. BAN CHỈ ĐẠO / … CHỦ TỊCH UBND HUYỆN KỲ ANH": the
    // signature places the board, the body's sentence says which board it is.
    const topic = spoken.head.shape !== 'part' && !signed.mention.tail && !signed.mention.owner ? spoken.tail : null;
    return topic ? { ...signed, mention: { ...signed.mention, tail: topic } } : signed;
  }
  return { mention: spoken, source: null };
}
