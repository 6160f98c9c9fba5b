import { foldKey } from '../text.js';
import { tokenize } from '../tokens.js';
import { LEVEL_NAMED_COMMITTEES } from '../vocabulary/identity.js';
import { PARTNER_WORDS } from '../vocabulary/own-issuer.js';
import type { AreaRef } from './unit-mention.js';
import { parseUnitAt, type UnitMention } from './units.js';

const LEVEL_NAMED = new Set(LEVEL_NAMED_COMMITTEES);

/**
 * "TM. BAN THƯỜNG TRỰC" / "T/M BAN THƯỜNG VỤ" signs for an organ without saying whose. A fragment
 * that keeps only that block still names its body in the body of the text, in two ways:
 * - the signing organ itself, with its owner and place, in a sentence that is not about a superior
 *   ("… phản ánh về Ban Thường trực Ủy ban MTTQ Việt Nam xã Bom Bo để kịp thời giải quyết"), every
 *   such mention agreeing;
 * - the committee's own organs, handed the work, none of them named by place ("Ban Tổ chức Thị ủy
 *   chủ trì …", "Văn phòng Thị ủy theo dõi …"), at least two and of one committee only, a committee
 *   whose name gives its level (a Thị ủy, not an Đảng ủy of no level).
 * A body's signature with no place ("TM. ỦY BAN NHÂN DÂN") is read the same way, by the level of the
 * body's own units (`bodyOfLevel`).
 * An organ after "của", "theo", "tại" (a cited document's issuer) or "báo cáo", "gửi" (the superior
 * reported to) is not the issuer's own. The Nơi nhận is not read.
 */

const RECIPIENTS = /(?:^|\n)[ \t]*Nơi[ \t]{1,2}nhận[ \t]*:?/iu;
/** How much of the text, back from the signature, is read. */
const BODY_CHARS = 4000;
/** A mention right after these names someone else's organ: a cited document's issuer, a superior reported to. */
export const NOT_OWN_BEFORE = /(?:của|theo|tại|báo cáo|gửi|xin ý kiến)[ ]{1,3}$/iu;
/** A mention right after these is a cited document's issuer. */
const CITED_BEFORE = /(?:của|theo|tại)[ ]{1,3}$/iu;
/** A mention right after these is a partner or a neighbour ("phối hợp với UBND huyện Nam Đàn"), another body. */
const PARTNER_BEFORE = new RegExp(`(?:${PARTNER_WORDS.join('|')})[ ]{1,3}$`, 'iu');

function named(m: UnitMention): boolean {
  return m.name !== null || m.areas.some((a) => a.name !== null);
}

function ownerKey(o: UnitMention): string {
  return `${o.head.canonical}|${o.areas.map((a) => `${a.level}:${foldKey(a.name ?? '')}`).join(',')}|${foldKey(o.name ?? '')}`;
}

/** The level the body's unplaced units stand at ("Đoàn Thanh niên xã", "Công chức … xã"): the issuer's own. */
function ownLevel(mentions: readonly UnitMention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) for (const a of m.areas) if (a.name === null && !a.plural) counts.set(a.level, (counts.get(a.level) ?? 0) + 1);
  let best: string | null = null;
  for (const [level, n] of counts) if (best === null || n > counts.get(best)!) best = level;
  return best;
}

/**
 * "TM. ỦY BAN NHÂN DÂN" with no place: the body of that kind the text names with its place at the
 * level its own unplaced units stand at ("… báo cáo Chủ tịch UBND xã Sơn Hà kết quả …" where the tasks
 * go to "Đoàn Thanh niên xã", "Công chức … xã"), every such mention agreeing; a body of that kind one
 * level up ("báo cáo UBND huyện …") is a superior and is not taken.
 */
function bodyOfLevel(text: string, signed: UnitMention, mentions: ReadonlyArray<{ m: UnitMention; cited: boolean }>): UnitMention | null {
  const level = ownLevel(mentions.map((x) => x.m));
  if (!level) return null;
  const found = new Map<string, UnitMention>();
  for (const { m, cited } of mentions) {
    if (cited || m.head.shape !== 'body' || m.head.canonical !== signed.head.canonical || !named(m)) continue;
    if (m.plural || m.areas[0]?.level !== level) continue;
    found.set(ownerKey(m), m);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/**
 * The level the body's own unplaced units stand at, read back from the signature at `to` ("Ủy ban nhân dân xã chỉ
 * đạo …", "Công an xã tuần tra …": a commune's document): those after "của", "báo cáo", "gửi" (a cited issuer, a
 * superior) are not counted, and the level must be named at least twice and more often than any other.
 */
export function ownUnitsLevel(text: string, to: number, placed = false, least = 2): AreaRef['level'] | null {
  const counts = new Map<AreaRef['level'], number>();
  for (const { m } of mentionsBefore(text, to)) {
    if (NOT_OWN_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) continue;
    // With `placed`, a unit named with its place counts too ("Công an xã Cam Thành", "Trạm Y tế xã Cam Thành").
    for (const a of m.areas) if ((a.name === null || placed) && !a.plural) counts.set(a.level, (counts.get(a.level) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= least && (!second || second[1] < first[1]) ? first[0] : null;
}

/** The unit mentions of the body back from the signature at `to`, the Nơi nhận left out; `cited` after "của", "theo", "tại" or a partner word. */
export function mentionsBefore(text: string, to: number): Array<{ m: UnitMention; cited: boolean }> {
  const from = Math.max(0, to - BODY_CHARS);
  const recipients = RECIPIENTS.exec(text.slice(from, to));
  const tokens = tokenize(text, from, recipients ? from + recipients.index : to);
  const out: Array<{ m: UnitMention; cited: boolean }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = parseUnitAt(tokens, i);
    if (!m) continue;
    i = m.to - 1;
    const before = text.slice(Math.max(from, m.start - 24), m.start);
    out.push({ m, cited: CITED_BEFORE.test(before.slice(-16)) || PARTNER_BEFORE.test(before) });
  }
  return out;
}

const RANK: Readonly<Record<string, number>> = { central: 4, province: 3, district: 2, ward: 1 };

function rankOf(o: UnitMention): number {
  return RANK[o.areas[0]?.level ?? o.head.level ?? ''] ?? 0;
}

/**
 * "T/M ỦY BAN KIỂM TRA" where the body names that organ of several committees by place ("Ủy ban Kiểm tra Huyện ủy
 * Bố Trạch và Ủy ban Kiểm tra Huyện ủy Quảng Ninh cử cán bộ …") and of one committee a level above them by its level
 * word only ("… trình Ủy ban Kiểm tra Tỉnh ủy"): the named ones are those it addresses, the one above them its own.
 */
function aboveTheNamed(signed: UnitMention, named: readonly UnitMention[], unplaced: readonly UnitMention[]): UnitMention | null {
  if (unplaced.length !== 1) return null;
  const own = unplaced[0]!;
  return named.every((o) => rankOf(o) > 0 && rankOf(own) > rankOf(o)) ? { ...signed, owner: own } : null;
}

export function signingOrganOwner(text: string, signed: UnitMention, to: number): UnitMention | null {
  if (signed.head.shape === 'body' && signed.areas.length === 0 && !named(signed)) return bodyOfLevel(text, signed, mentionsBefore(text, to));
  if (signed.head.shape !== 'part' || signed.owner || named(signed)) return null;
  const from = Math.max(0, to - BODY_CHARS);
  const recipients = RECIPIENTS.exec(text.slice(from, to));
  const end = recipients ? from + recipients.index : to;
  const tokens = tokenize(text, from, end);
  const same = new Map<string, UnitMention>();
  // The signing organ of a committee named by its level word only ("… trình Ủy ban Kiểm tra Tỉnh ủy").
  const unplaced = new Map<string, UnitMention>();
  const organs = new Map<string, { owner: UnitMention; n: number }>();
  for (let i = 0; i < tokens.length; i++) {
    const m = parseUnitAt(tokens, i);
    if (!m) continue;
    i = m.to - 1;
    const o = m.head.shape === 'part' ? m.owner : null;
    if (!o || o.plural || o.head.collective === true) continue;
    if (NOT_OWN_BEFORE.test(text.slice(Math.max(from, m.start - 16), m.start))) continue;
    if (m.head.canonical === signed.head.canonical && named(o)) same.set(ownerKey(o), o);
    if (m.head.canonical === signed.head.canonical && !named(o) && LEVEL_NAMED.has(o.head.canonical)) unplaced.set(ownerKey(o), o);
    if (!named(o) && o.head.kind === 'party-committee' && LEVEL_NAMED.has(o.head.canonical)) {
      const k = ownerKey(o);
      const seen = organs.get(k);
      if (seen) seen.n++;
      else organs.set(k, { owner: o, n: 1 });
    }
  }
  if (same.size === 1) return { ...signed, owner: [...same.values()][0]! };
  if (same.size > 1) return aboveTheNamed(signed, [...same.values()], [...unplaced.values()]);
  if (organs.size !== 1) return null;
  const [only] = organs.values();
  return only && only.n >= 2 && signed.head.kind === 'party-organ' ? { ...signed, owner: only.owner } : null;
}
