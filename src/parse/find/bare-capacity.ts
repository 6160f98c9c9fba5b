import { fold } from '../../model/keys.js';
import { tokenize } from '../tokens.js';
import type { Line } from '../types.js';
import { CAPACITY_PREFIX } from '../vocabulary/signature.js';
import type { AreaRef, UnitMention } from './unit-mention.js';
import { documentPlace } from './own-issuer-score.js';
import { mentionsBefore, NOT_OWN_BEFORE, ownUnitsLevel } from './signature-organ.js';
import { ARCHIVE_LINE } from './archive-issuer.js';
import { parseUnitAt } from './units.js';
import { readDateLine } from './dates.js';
import { lookup } from '../gazetteer.js';

/**
 * "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH": a capacity naming its kind of body with neither level nor place (or, for
 * "T/M ĐẢNG ỦY", only the level its head usually stands at). The
 * Nơi nhận tells the level: the body of that kind it reports to ("- UBND huyện (b/c);") is its superior, the
 * signer one level below; with no such superior, the level its own units stand at. The place is then the
 * completion's (own-issuer-score.ts): the one such place named.
 */

/** A recipient the fragment reports to: "(b/c)", "(để b/c)", "(báo cáo)". */
const REPORTS_TO = /\((?:để[ ]+)?(?:b\/c|báo cáo)\)/iu;
const BULLET = /^[-–+•*][ ]*/u;
const BELOW: Readonly<Record<string, AreaRef['level']>> = { province: 'district', district: 'ward' };

function capacityBody(text: string, line: Line): UnitMention | null {
  const prefix = CAPACITY_PREFIX.exec(line.trimmed);
  if (!prefix) return null;
  const m = parseUnitAt(tokenize(text, line.contentStart + prefix[0].length - 1, line.end), 0);
  if (!m || m.areas.length > 0 || m.name || m.owner || m.plural || m.head.collective) return null;
  // "T/M ĐẢNG ỦY": a Party committee whose head tells its usual level but not its place.
  const committee = m.head.shape === 'committee' && m.head.kind === 'party-committee';
  if (!committee && (m.head.shape !== 'body' || m.head.level)) return null;
  return m.end === line.contentStart + line.trimmed.length ? m : null;
}

/** The capacity's body with the level below the superior of its kind it reports to, or null. */
export function bareCapacity(text: string, capacityLines: readonly Line[], noiNhan: readonly Line[]): UnitMention | null {
  const line = capacityLines.find((l) => CAPACITY_PREFIX.test(l.trimmed));
  const m = line ? capacityBody(text, line) : null;
  if (!m) return null;
  const filed = filedWith(text, m, noiNhan);
  if (filed) return filed;
  let level: AreaRef['level'] | null = null;
  for (const r of noiNhan) {
    if (!REPORTS_TO.test(r.trimmed)) continue;
    const lead = BULLET.exec(r.trimmed)?.[0].length ?? 0;
    const sup = parseUnitAt(tokenize(text, r.contentStart + lead, r.end), 0);
    // "UBND thành phố (b/c)": a city of the province's level or of the district's, so no level below it is told.
    const area = sup && sup.head.canonical === m.head.canonical && sup.areas.length === 1 ? sup.areas[0]! : null;
    const below = area && !area.types.includes('thanh-pho') ? BELOW[area.level] : undefined;
    if (!below) continue;
    // Two superiors of two levels: the lower one is the direct superior.
    if (!level || below === 'ward') level = below;
  }
  // No superior in the Nơi nhận (or no Nơi nhận): the level the body's own units stand at ("Ủy ban nhân dân xã
  // chỉ đạo Công an xã …" under "T/M ĐẢNG ỦY"), where the text names one place of that level to complete it: a
  // guessed level with no place would name no body.
  // "Can Lộc, ngày 15 tháng 4 năm 2024" right over "TM. ỦY BAN NHÂN DÂN": the date line's place is the signer's, and
  // its level the one the gazetteer has that name at (a name of both a district and a ward tells none). The resolver
  // places the body by the same line (resolve/context.ts).
  level ??= datedLevel(text, line!.start);
  if (!level) {
    // Its own units may name the place too ("Công an xã Cam Thành", "Trạm Y tế xã Cam Thành" under "TM. ỦY BAN NHÂN
    // DÂN"): counted here, where the one place of that level the text names must then complete the body.
    const own = ownUnitsLevel(text, line!.start, true);
    level = own && documentPlace(text, own) ? own : null;
  }
  // "Ủy ban nhân dân các xã, thị trấn tổ chức …" under "TM. ỦY BAN NHÂN DÂN": the body hands work to every body of its
  // own kind one level down, so it stands a level above them; the one place of that level the text names completes it.
  if (!level) {
    const above = aboveItsOwnKind(text, m, line!.start);
    level = above && documentPlace(text, above) ? above : null;
  }
  if (!level) return namedOfKind(text, m, line!.start) ?? atPlaceLine(text, m, line!.start);
  if (m.head.level && m.head.level !== level) return null;
  return { ...m, areas: [{ level, types: [], name: null, nameSpan: null, plural: false, count: null, grassroots: false, range: false, words: [] }] };
}

/**
 * "T/M ĐẢNG ỦY" over "- Lưu: VT, Đảng ủy xã Hoài Sơn.": the archive copy is kept by the issuer, so one body of the
 * capacity's own kind named there with its place is the signer (an office's owner is archive-issuer.ts's).
 */
function filedWith(text: string, m: UnitMention, noiNhan: readonly Line[]): UnitMention | null {
  const found = new Map<string, UnitMention>();
  for (const line of noiNhan) {
    const lead = ARCHIVE_LINE.exec(line.text);
    if (!lead) continue;
    const tokens = tokenize(text, line.start + lead[0].length, line.end);
    for (let i = 0; i < tokens.length; i++) {
      const u = parseUnitAt(tokens, i);
      if (!u) continue;
      i = u.to - 1;
      if (u.head.canonical !== m.head.canonical || u.office || u.owner || u.plural || u.areas.length !== 1) continue;
      const a = u.areas[0]!;
      if (a.name && !a.plural) found.set(`${a.level}|${fold(a.name)}`, u);
    }
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

const ABOVE: Readonly<Record<string, AreaRef['level']>> = { ward: 'district', district: 'province' };

/**
 * The level above every body of the capacity's kind the text hands work to ("Ủy ban nhân dân các xã, thị trấn …",
 * "UBND các huyện, thị xã …"): those of one level only, not after "của", "báo cáo", "gửi" (another body's plural
 * named in a citation or a report's address). Plurals of two levels tell nothing.
 */
function aboveItsOwnKind(text: string, m: UnitMention, to: number): AreaRef['level'] | null {
  const levels = new Set<AreaRef['level']>();
  for (const { m: u } of mentionsBefore(text, to)) {
    if (u.head.canonical !== m.head.canonical || u.office || u.owner || NOT_OWN_BEFORE.test(text.slice(Math.max(0, u.start - 16), u.start))) continue;
    for (const a of u.areas) if (a.plural && a.name === null) levels.add(a.level);
  }
  const [level] = levels;
  return levels.size === 1 && level ? ABOVE[level] ?? null : null;
}

/** How much of the text before the signature is read for the one body of the capacity's kind it names with its place. */
const NAMED_CHARS = 6000;

/**
 * "TM. ỦY BAN NHÂN DÂN" over "… Kế hoạch số 15/KH-UBND … của Ủy ban nhân dân xã Tùng Ảnh …, chúng tôi đề nghị …" and
 * "Công an xã hỗ trợ …": where neither a superior nor two own units tell the level, the one body of the capacity's
 * kind the text names with its place, wherever (a fragment cites its own earlier plans), when its level is the one its
 * own unplaced units stand at; bodies of the kind at other levels are its superiors or cited issuers, passed over. Two
 * such bodies at that level, and nothing is read.
 */
function namedOfKind(text: string, m: UnitMention, to: number): UnitMention | null {
  const level = ownUnitsLevel(text, to, false, 1);
  if (!level || (m.head.level && m.head.level !== level)) return null;
  const tokens = tokenize(text, Math.max(0, to - NAMED_CHARS), to);
  const found = new Map<string, UnitMention>();
  for (let i = 0; i < tokens.length; i++) {
    const u = parseUnitAt(tokens, i);
    if (!u) continue;
    i = u.to - 1;
    if (u.head.canonical !== m.head.canonical || u.office || u.owner) continue;
    // A body of the kind at another level ("UBND huyện" over a commune's units) is a superior or a cited issuer.
    const at = u.areas.filter((a) => a.level === level);
    if (at.length === 0) continue;
    // Several of them at that level ("UBND các xã", "xã A và xã B"): no one body is told.
    if (u.plural || at.length > 1 || at[0]!.plural) return null;
    if (at[0]!.name) found.set(fold(at[0]!.name), u);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** How far around the capacity line the place-date line of the signature is looked for. */
const PLACE_LINE_CHARS = 400;
/** "Triệu Phong, ngày 12 tháng 8 năm 2024": the place-date line over or under a signature, its place alone. */
const PLACE_LINE = /^[ \t]*[(_]?[ ]{0,2}(\p{Lu}[\p{L}\p{M}'’ -]{1,40}?),[ ]{0,3}ngày[ ]/gmu;

/**
 * "Triệu Phong, ngày 12 tháng 8 năm 2024" / "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH": a body writes its own seat in its
 * place-date line, so a place the gazetteer knows at one level only (a district, not a commune anywhere) gives the
 * capacity's level; the place itself is the date line's (resolve/context.ts). A name of both levels tells nothing.
 */
function atPlaceLine(text: string, m: UnitMention, at: number): UnitMention | null {
  const level = placeLineLevel(text, at);
  if (!level || (m.head.level && m.head.level !== level)) return null;
  return { ...m, areas: [{ level, types: [], name: null, nameSpan: null, plural: false, count: null, grassroots: false, range: false, words: [] }] };
}

/** The level of the place the place-date line around the signature at `at` prints, when the gazetteer has it at one level only. */
function placeLineLevel(text: string, at: number): AreaRef['level'] | null {
  const from = Math.max(0, at - PLACE_LINE_CHARS);
  let name: string | null = null;
  for (const p of text.slice(from, Math.min(text.length, at + PLACE_LINE_CHARS)).matchAll(PLACE_LINE)) name = p[1]!.trim();
  if (!name) return null;
  const levels = (['district', 'ward'] as const).filter((l) => lookup(name, l).exact);
  return levels.length === 1 ? levels[0]! : null;
}

/**
 * "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ" under "Tuyên Hóa, ngày …", the body naming the organs of one Party committee
 * without its place ("… báo cáo về Ban Tổ chức Huyện ủy"): the signing organ is that committee's, at the level the
 * place-date line tells; the resolver places it by that line. Not where the body names a committee of that level with
 * its place (signature-owner.ts reads that), nor two committees of it.
 */
export function organOwnerAtPlaceLine(text: string, organ: UnitMention, capacityStart: number): UnitMention | null {
  if (organ.head.shape !== 'part' || organ.head.kind !== 'party-organ' || organ.owner || organ.areas.length > 0 || organ.name || organ.plural) return null;
  const level = datedLevel(text, capacityStart) ?? placeLineLevel(text, capacityStart);
  if (!level) return null;
  const owners = new Map<string, UnitMention>();
  for (const { m, cited } of mentionsBefore(text, capacityStart)) {
    const o = m.head.shape === 'part' ? m.owner : m.head.kind === 'party-committee' ? m : null;
    if (!o || o.head.kind !== 'party-committee' || o.plural || cited || (o.areas[0]?.level ?? o.head.level) !== level) continue;
    if (o.name || o.areas.some((a) => a.name || a.plural)) return null;
    owners.set(o.head.canonical, o);
  }
  return owners.size === 1 ? { ...organ, owner: [...owners.values()][0]! } : null;
}

/** A date line's place with its type word ("TP. Vinh", "huyện Can Lộc"): the name alone is looked up. */
const PLACE_TYPE_WORD = /^(?:Q\.|P\.|TP\.?|Tp\.?|quận|phường|xã|huyện|thị xã|thị trấn|thành phố)\s*/iu;

/**
 * The level of the place the date line right over the signature prints, when the gazetteer has it at one level only.
 * Asked first, before the capacity is read any other way; `atPlaceLine` is the last resort and also looks under the
 * signature (two rounds of one evening wrote the two; unifying them changes which reading comes first: measure it).
 */
function datedLevel(text: string, capacityStart: number): AreaRef['level'] | null {
  const before = text.slice(Math.max(0, capacityStart - 200), capacityStart).replace(/\s+$/u, '');
  const from = before.lastIndexOf('\n') + 1;
  const dl = readDateLine(before.slice(from), 0);
  if (!dl?.place || !dl.date) return null;
  const name = dl.place.replace(PLACE_TYPE_WORD, '').trim();
  const levels = (['district', 'ward'] as const).filter((l) => lookup(name, l).places.length > 0);
  return levels.length === 1 && lookup(name, 'province').places.length === 0 ? levels[0]! : null;
}
