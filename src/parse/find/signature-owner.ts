import { tokenize } from '../tokens.js';
import { foldKey } from '../text.js';
import { parseUnitAt, type UnitMention } from './units.js';
import { PARTY_GROUPS } from '../vocabulary/units.js';

/**
 * "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ" says which organ signs but not whose. A fragment that keeps only
 * that block may still name its committee in the body through one of the committee's own organs,
 * the ones a document hands its follow-up to ("Giao Văn phòng Huyện ủy Đức Thọ tổng hợp …"). When
 * the body names the organs of exactly one committee of that kind, the signing organ is that
 * committee's; an organ of a second committee (a superior's "Ban Tuyên giáo Tỉnh ủy") leaves the
 * owner unknown, as before.
 */

const RECIPIENTS = /(?:^|\n)[ \t]*Nơi[ \t]{1,2}nhận[ \t]*:?/iu;
const FILE_COPY = /(?<=\n)[ \t]*[-–+•]?[ \t]*Lưu[^\n]*/gu;

/** How much of the body, back from the signature, is read for the committee's organs. */
const BODY_CHARS = 4000;

function named(m: UnitMention): boolean {
  return m.name !== null || m.areas.some((a) => a.name !== null);
}

function ownerKey(m: UnitMention): string {
  return `${m.head.canonical}|${foldKey(m.name ?? m.areas.map((a) => a.name ?? '').join(' '))}`;
}

/** A Party committee and its Đảng bộ are one body: "Đảng ủy xã X" signs for "Đảng bộ xã X". */
const ONE_COMMITTEE = new Set(['Đảng ủy', 'Đảng bộ']);

function sameCommittee(o: UnitMention, signed: UnitMention): boolean {
  return o.head.canonical === signed.head.canonical || (ONE_COMMITTEE.has(o.head.canonical) && ONE_COMMITTEE.has(signed.head.canonical));
}

/** The signing organ with the one committee the body names as an organ's owner; null when none or several. */
export function ownerFromBody(text: string, signed: UnitMention, to: number): UnitMention | null {
  // "T/M ĐẢNG ỦY / BÍ THƯ": the committee itself signs, unplaced; its organs named in the body ("Ban Thường vụ
  // Đảng ủy phường Cẩm Thạch lãnh đạo …") name it with its place, if they name one committee of its kind.
  const itself = signed.head.shape === 'committee' && signed.head.kind === 'party-committee';
  if (!(itself || (signed.head.shape === 'part' && signed.head.kind === 'party-organ')) || signed.owner || named(signed) || signed.plural) return null;
  // The recipients are not the body: "Nơi nhận: - Ban Thường vụ Huyện ủy Can Lộc (b/c)" names the
  // superior the fragment reports to, not the committee whose Ban Thường vụ signs; only the file copy
  // ("- Lưu: Văn phòng Đảng ủy xã …") is the issuer's own.
  const from = Math.max(0, to - BODY_CHARS);
  const recipients = RECIPIENTS.exec(text.slice(from, to));
  const ranges: Array<[number, number]> = [[from, recipients ? from + recipients.index : to]];
  // A committee signing as itself: the file copy's owner is read as the archive copy's (archive-issuer.ts), not here.
  if (recipients && !itself) {
    for (const l of text.slice(from + recipients.index, to).matchAll(FILE_COPY)) {
      const s = from + recipients.index + l.index;
      ranges.push([s, s + l[0].length]);
    }
  }
  const owners = new Map<string, UnitMention>();
  // "T/M ĐẢNG ĐOÀN" over "Đảng đoàn Hội Nông dân tỉnh lãnh đạo …": the body names the signing Party group itself with
  // the body it leads, no committee; that says whose it is better than a committee's organs do. (Not any organ: a
  // "Ban Thường vụ Hội LHPN tỉnh" the body names is as often a superior's.)
  const selves = new Map<string, UnitMention>();
  let several = false;
  for (const [a, b] of ranges) {
    const tokens = tokenize(text, a, b);
    for (let i = 0; i < tokens.length; i++) {
      const m = parseUnitAt(tokens, i);
      if (!m) continue;
      i = m.to - 1;
      if (!itself && PARTY_GROUPS.has(signed.head.canonical) && m.head.canonical === signed.head.canonical && m.owner && !m.owner.plural && !m.plural) {
        selves.set(ownerKey(m.owner), m.owner);
        continue;
      }
      // "Nghị quyết Đại hội Đảng bộ xã Tân Hiệp": a committee signing as itself is named by its Đảng bộ as well.
      // Only by its place: "Đảng bộ Công ty" names no committee a place would tell.
      const o = m.head.shape === 'part' ? m.owner : itself && m.head.kind === 'party-committee' && m.areas.some((a) => a.name) ? m : null;
      if (!o || o.plural || o.head.kind !== 'party-committee' || !named(o) || (itself && !sameCommittee(o, signed))) continue;
      owners.set(ownerKey(itself ? { ...o, head: signed.head } : o), o);
      if (owners.size > 1) several = true;
    }
  }
  if (selves.size === 1) return { ...signed, owner: [...selves.values()][0]! };
  const [owner] = owners.values();
  if (!owner || several) return null;
  if (itself) return owner.head.canonical === signed.head.canonical ? owner : { ...owner, head: signed.head };
  return { ...signed, owner };
}
