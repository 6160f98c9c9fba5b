import type { Level, Span } from '../../model/record.js';
import { areaOf, byCode, districtsWithWardCount, lookup, type Place, type PlaceLevel } from '../gazetteer.js';
import type { Layout, Line } from '../layout.js';
import type { DocNumber } from '../find/number.js';
import { readDateLine, type DateLine } from '../find/dates.js';
import { mayStartUnit, parseUnitAt, syntheticMention, type AreaRef, type UnitMention } from '../find/units.js';
import { capitalizeFirst, isAllCaps, squash } from '../text.js';
import { tokenize, type Token } from '../tokens.js';
import { CITY_COMMITTEES, type UnitHead } from '../vocabulary/units.js';
import { CAPACITY_PREFIX } from '../vocabulary/signature.js';
import { MOTTO_LINES } from '../vocabulary/headings.js';
import { PRESS_NAME_WORDS, UPDATED_STAMPS, WEEKDAY_NAMES, WEEKDAY_WORD } from '../vocabulary/page-chrome.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { PLACE_SHARED_WITH } from '../vocabulary/identity.js';
import { PARTNER_WORDS } from '../vocabulary/own-issuer.js';
import { Warnings } from '../warnings.js';
import { memoKey, remembered, type DocumentMemo } from '../document-memo.js';
import { codeBody, codeDepartment, headNamed } from './codes.js';
import { asCommandUnit, asCommitteeBoard, asCouncilCommittee, atSuperiorLevel, atSuperiorPlace, printedSuperiorArea } from './header-parent.js';
import { bracketedPlace } from './bracket-place.js';
import { isCitedOwner } from './cited-owner.js';
import { datelineProvince, mastheadProvince } from './masthead-place.js';
import { mayBeBoard, sentenceCaseCell, type CellReading } from './header-cell.js';
import { massCentralIssuer } from './mass-central-header.js';
import { rowNamesDepartment, rowPlacesBody, type RowUse } from './property-row.js';
import { asAreaCommittee, executiveName } from './party-body.js';
import { findPlace, resolveMention, titleCaseName, typeWord, type DocContext, type ResolvedOrg } from './orgs.js';

/**
 * The document's own context: who issued it and where. Read, in order of trust, from the
 * header lines ("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI / QUẬN ỦY HAI BÀ TRUNG"), the symbol's issuer code
 * (QU, ĐU, TU), the heading ("KẾT LUẬN CỦA BAN THƯỜNG VỤ QUẬN ỦY"), the place of the date line,
 * the issuer named in the title or body ("Ban Thường vụ Đảng ủy phường Hòa Minh yêu cầu"), and
 * the signature's capacity ("T/L BAN THƯỜNG VỤ"). A level without a name (seed 003: a Quận ủy
 * with 14 phường in Hà Nội) stays unknown; the districts that fit are reported, not chosen.
 */
export interface IssuerDraft {
  org: ResolvedOrg;
  /** Who signs: "Ban Thường vụ Quận ủy Hai Bà Trưng". */
  name: string;
  spans: Span[];
}

/** How far into the body the issuer's own name is looked for. */
const SELF_SEARCH = 20_000;

interface Candidate {
  mention: UnitMention;
  tokens: Token[];
  line: Line | null;
  /** The first of two bodies one header line prints jointly ("HĐND - UBND XÃ Y"): either may issue. */
  joint?: true;
}

/** A header line that carries on the name above it. */
const NAME_GOES_ON = /^(?:VÀ|và|-|–)[ ]/u;
/** A header line cut after its connective ("SỞ NÔNG NGHIỆP VÀ" / "PHÁT TRIỂN NÔNG THÔN"): the name goes on below. */
const NAME_CUT_AFTER = /[ ](?:VÀ|và)$/u;

/** The name on `line` goes on to `next`: a connective ends the one or opens the other. */
function nameGoesOn(line: Line, next: Line): boolean {
  return NAME_GOES_ON.test(next.trimmed) || NAME_CUT_AFTER.test(line.trimmed);
}

/**
 * The mention of `line` ends at its end and the next line is no unit of its own: the name may go on there.
 * `interleaved`: only the motto's lines stand between the two (a copy one cell per line, "BCH HỘI NÔNG DÂN" /
 * "Độc lập - Tự do - Hạnh phúc" / "XÃ YÊN ĐỒNG"), which part the cells of the other column, not the name.
 */
function joinsName(text: string, line: Line, next: Line, m: UnitMention, tokens: readonly Token[], interleaved: boolean): boolean {
  if (m.to !== tokens.length || (next.index !== line.index + 1 && !interleaved) || !isAllCaps(next.trimmed)) return false;
  const own = tokenize(text, next.start, next.end);
  return own.length > 0 && !mayStartUnit(own, 0, own.length);
}

/** The tokens of two header lines read as one name, without the motto lines a copy put between them. */
function joinedTokens(text: string, line: Line, next: Line): Token[] {
  return [...tokenize(text, line.start, line.end), ...tokenize(text, next.start, next.end)];
}

function mentionsOfLine(text: string, line: Line, next: Line | undefined, interleaved = false, third?: Line): Candidate | null {
  let tokens = tokenize(text, line.start, line.end);
  let m = parseUnitAt(tokens, 0);
  const first = m;
  // A State header split over two lines: "ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NINH".
  if (m && (m.head.shape === 'body' || (m.head.shape === 'central' && next && nameGoesOn(line, next))) && m.areas.length === 0 && next) {
    const joined = joinedTokens(text, line, next);
    const mj = parseUnitAt(joined, 0);
    // … or a name wrapped after its first words: "BỘ NÔNG NGHIỆP" / "VÀ PHÁT TRIỂN NÔNG THÔN".
    const wrapped = nameGoesOn(line, next) && mj !== null && joined[mj.to - 1]!.end > line.end;
    // … or a board's head cut in two, "BAN CHỈ HUY" / "PHÒNG THỦ DÂN SỰ": read over both lines, the
    // vocabulary knows a longer head that fills them, where the second line alone would read as a Phòng.
    const longerHead = mj !== null && mj.to === joined.length && mj.head.canonical.length > m.head.canonical.length
      && mj.head.canonical.startsWith(m.head.canonical);
    if (mj && (mj.areas.length > 0 || wrapped || longerHead)) { tokens = joined; m = mj; }
    // "ỦY BAN NHÂN DÂN" / "THÀNH PHỐ" / "CHÍ LINH": a narrow cell wrapped the area's name after its type word too.
    const last = m.areas[m.areas.length - 1];
    if (m !== first && third && last && !last.name && m.to === tokens.length) {
      const joined3 = [...tokens, ...tokenize(text, third.start, third.end)];
      const m3 = parseUnitAt(joined3, 0);
      const named = m3?.areas[m3.areas.length - 1];
      if (m3 && named?.name && m3.to === joined3.length) { tokens = joined3; m = m3; }
    }
  }
  // (also after a body's line the readings above left alone: "CHI CỤC AN TOÀN VỆ SINH" / "THỰC PHẨM")
  if (m && m === first && next && joinsName(text, line, next, m, tokens, interleaved)) {
    // Any other name wrapped over two lines ("ĐẢNG ỦY CÔNG TY CỔ PHẦN" / "XI MĂNG BỈM SƠN"): the
    // second line starts no unit of its own, and the name read over both lines runs into it.
    const joined = joinedTokens(text, line, next);
    const mj = parseUnitAt(joined, 0);
    if (mj && joined[mj.to - 1]!.end > line.end) { tokens = joined; m = mj; }
  } else if (!m && next && centralRunsOn(text, line, next)) {
    // "ỦY BAN TRUNG ƯƠNG" / "MẶT TRẬN TỔ QUỐC VIỆT NAM": a central body's name wrapped after its first
    // words; the first line is no unit alone, the second alone read as a Front of no place (a district's).
    tokens = joinedTokens(text, line, next);
    m = parseUnitAt(tokens, 0)!;
  }
  return m ? { mention: m, tokens, line } : null;
}

const synthetic = syntheticMention;

/** Tokens that may stand between two units glued on one header line: nothing, or a dash ("HĐND - UBND XÃ Y"). */
const GLUE = /^[-–]$/u;

/**
 * A web copy that lost the header's line breaks glues the parent's line to the issuer's ("ĐẢNG BỘ HUYỆN HIỆP ĐỨC
 * ĐẢNG ỦY XÃ QUẾ THỌ", "UBND TỈNH BÌNH ĐỊNH SỞ Y TẾ", three deep: "ĐẢNG BỘ TỈNH … HUYỆN ỦY … BAN TỔ CHỨC"): the
 * line's first unit stops short of its end, and the rest of the line is whole units that fill it, the last perhaps
 * a board's name in capitals (header-cell.ts: "UBND HUYỆN X BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH BỆNH"). Read as the lines
 * of the printed header, parent first, issuer last; a line whose rest is not whole units is left as read.
 */
function gluedUnits(text: string, c: Candidate, line: Line): Candidate[] {
  const { mention: m, tokens } = c;
  if (m.to >= tokens.length || tokens[tokens.length - 1]!.end > line.end) return [c];
  const out: Candidate[] = [c];
  let joint = false;
  for (let to = m.to; to < tokens.length;) {
    const at = GLUE.test(tokens[to]!.text) ? to + 1 : to;
    if (at >= tokens.length) return [c];
    joint ||= at > to && out.length === 1;
    const u = mayStartUnit(tokens, at, tokens.length) ? parseUnitAt(tokens, at) : null;
    if (u && u.to === tokens.length || (u && !mayBeBoard(u))) {
      if (u.plural) return [c];
      out.push({ mention: u, tokens, line });
      to = u.to;
      continue;
    }
    const cell = sentenceCaseCell(text, [{ ...line, start: tokens[at]!.start }], u ? { mention: u, end: tokens[u.to - 1]!.end } : null);
    if (!cell) return [c];
    out.push({ mention: cell.mention, tokens: cell.tokens, line });
    break;
  }
  // "HĐND - UBND XÃ Y": a joint header; the first names no place of its own and shares the second's.
  const second = out[1]!.mention;
  if (joint && out.length === 2 && m.areas.length === 0 && m.name === null && second.areas.some((a) => a.name)) {
    out[0] = { ...c, mention: { ...m, areas: second.areas }, joint: true };
  }
  return out;
}

/**
 * A board's name in capitals under its superior's line, read over the header lines under it that no
 * unit starts (header-cell.ts); null when the line's own reading stands.
 */
function boardCell(text: string, layout: Layout, headerLines: readonly Line[], k: number, anchor: number, c: Candidate | null): CellReading | null {
  if (c && !mayBeBoard(c.mention)) return null;
  const cell = [headerLines[k]!];
  for (let j = k + 1; j < headerLines.length && headerLines[j]!.index < anchor; j++) {
    const l = headerLines[j]!;
    const between = layout.lines.slice(cell[cell.length - 1]!.index + 1, l.index);
    if (!between.every((b) => b.blank || isMottoLine(b))) break;
    const own = tokenize(text, l.start, l.end);
    if (own.length === 0 || (mayStartUnit(own, 0, own.length) && parseUnitAt(own, 0)?.to === own.length)) break;
    cell.push(l);
  }
  const caps = c ? { mention: c.mention, end: c.tokens[c.mention.to - 1]!.end } : null;
  return sentenceCaseCell(text, cell, caps);
}

/**
 * "UBND XÃ XUÂN HÒA" the only header line, "TM. BAN CHỈ ĐẠO PHONG TRÀO …" signing: the signer speaks for a board of
 * the committee, which the header did not print; the document is the board's, as under a header
 * "UBND XÃ … / BAN CHỈ ĐẠO …" (header-parent.ts places it). Only "TM." (on behalf of) names whom the signer speaks
 * for, and only a board named beyond its head word ("TM. BAN CHỈ ĐẠO" alone names none). Null otherwise.
 */
function signingBoard(text: string, layout: Layout, issuerLine: Candidate): Candidate | null {
  const capacity = layout.signature?.capacity;
  const own = issuerLine.mention;
  if (!capacity || own.head.kind !== 'people-committee' || !own.areas.some((a) => a.name) || own.plural) return null;
  const prefix = ON_BEHALF_PREFIX.exec(capacity.trimmed);
  if (!prefix) return null;
  const from = capacity.contentStart + prefix[0].length;
  const tokens = tokenize(text, from, capacity.end);
  const caps = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
  const cell = sentenceCaseCell(text, [{ ...capacity, start: from }], caps ? { mention: caps, end: tokens[caps.to - 1]!.end } : null);
  const m = cell?.mention ?? (caps && caps.to === tokens.length && caps.areas.length === 0 && caps.name === null ? caps : null);
  if (!m || !mayBeBoard(m) || m.head.kind !== 'agency') return null;
  // A head that takes a topic ("TM. BAN CHỈ ĐẠO") names no board alone; one that is a board's whole name does ("TM. HỘI
  // ĐỒNG NGHĨA VỤ QUÂN SỰ": the council the law sets up in every commune).
  if (m.head.tail !== undefined && squash(text.slice(m.start, m.end)).length <= m.head.canonical.length) return null;
  return { mention: m, tokens: cell?.tokens ?? tokens, line: capacity };
}

/** `committee` is a people's committee of one named place at the level whose departments `department`'s head names. */
function departmentOf(committee: UnitMention, department: UnitMention): boolean {
  const area = committee.areas[0];
  return committee.head.kind === 'people-committee' && !committee.plural && committee.areas.length === 1 && !!area?.name
    && (department.head.level === 'province' ? area.level === 'province' : area.level === 'district');
}

/** The unit a `TM.` / `KT.` / `TL.` capacity line names after its prefix ("TM. ỦY BAN NHÂN DÂN XÃ SA NHƠN"), if any. */
function capacityUnit(text: string, layout: Layout): UnitMention | null {
  const capacity = layout.signature?.capacity;
  const prefix = capacity ? CAPACITY_PREFIX.exec(capacity.trimmed) : null;
  if (!capacity || !prefix) return null;
  const tokens = tokenize(text, capacity.contentStart + prefix[0].length - 1, capacity.end);
  return tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
}

/** The number's code or the signature's capacity names `m`'s kind of body: "05/NQ-HĐND", "TM. HỘI ĐỒNG NHÂN DÂN". */
function speaksFor(text: string, layout: Layout, num: DocNumber | null, m: UnitMention): boolean {
  if (codeBody(num)?.committee === m.head.canonical) return true;
  return capacityUnit(text, layout)?.head.canonical === m.head.canonical;
}

/** A signature capacity on behalf of a collective body: "TM.", "T/M". */
const ON_BEHALF_PREFIX = /^(?:T\/M|TM\.?)\s+/u;

/** A line that is no unit alone, read over the next line, makes one central body filling both. */
function centralRunsOn(text: string, line: Line, next: Line): boolean {
  if (next.index !== line.index + 1 || !isAllCaps(line.trimmed) || !isAllCaps(next.trimmed)) return false;
  const joined = joinedTokens(text, line, next);
  const mj = parseUnitAt(joined, 0);
  return mj !== null && mj.head.shape === 'central' && mj.to === joined.length && joined[mj.to - 1]!.end > line.end;
}

function emptyContext(text: string, warnings: Warnings, scope: string, memo: DocumentMemo | undefined): DocContext {
  return { province: null, district: null, ward: null, level: null, unlisted: null, issuerBody: null, scope, text, warnings, ...(memo ? { memo } : {}) };
}

function contextAt(place: Place | null, level: Level | null, base: DocContext): DocContext {
  const ctx: DocContext = { ...base, level, province: null, district: null, ward: null, unlisted: base.unlisted };
  if (!place) { ctx.province = base.province; return ctx; }
  const area = areaOf(place);
  ctx.province = area.provinceCode ? byCode('province', area.provinceCode) : null;
  ctx.district = area.districtCode ? byCode('district', area.districtCode) : null;
  ctx.ward = area.wardCode ? byCode('ward', area.wardCode) : null;
  return ctx;
}

/** The place a resolved organisation sits in, at its own level. */
function placeOf(org: ResolvedOrg | undefined): Place | null {
  const a = org?.area;
  if (!a) return null;
  if (org!.level === 'ward' && a.wardCode) return byCode('ward', a.wardCode);
  if (org!.level === 'district' && a.districtCode) return byCode('district', a.districtCode);
  if (org!.level === 'province' && a.provinceCode) return byCode('province', a.provinceCode);
  return null;
}

interface NamedUnit { mention: UnitMention; tokens: Token[] }

/**
 * The unit mentions of stretches of the text (the title's, then the body's), in order, scanned only as
 * far as a reader asks: the readers go through them in order and most stop at the first that fits (the
 * first district or ward, the issuer's own name), and a unit parse at every token of a long body was
 * a tenth of the parse. What has been scanned is kept, so a reader that comes later reads it again
 * without scanning, and one that goes further scans on from where the last one stopped; the mentions
 * are those scanMentions would give each stretch (the same scan, paused between two mentions).
 */
class NamedUnits implements Iterable<NamedUnit> {
  private readonly found: NamedUnit[] = [];
  private stretch = 0;
  private tokens: Token[] | null = null;
  private at = 0;

  constructor(private readonly text: string, private readonly stretches: ReadonlyArray<readonly [number, number]>) {}

  *[Symbol.iterator](): Iterator<NamedUnit> {
    for (let k = 0; k < this.found.length || this.scanOn(); k++) yield this.found[k]!;
  }

  /** Scan on to the next mention and keep it; false when every stretch is scanned. */
  private scanOn(): boolean {
    while (this.stretch < this.stretches.length) {
      if (this.tokens === null) {
        const [from, to] = this.stretches[this.stretch]!;
        this.tokens = tokenize(this.text, from, to);
        this.at = 0;
      }
      const tokens = this.tokens;
      for (let i = this.at; i < tokens.length; i++) {
        const m = mayStartUnit(tokens, i, tokens.length) ? parseUnitAt(tokens, i) : null;
        if (m) { this.found.push({ mention: m, tokens }); this.at = m.to; return true; }
      }
      this.tokens = null;
      this.stretch++;
    }
    return false;
  }
}

/** The title's (when there is one) and the body's unit mentions, scanned as far as they are read. */
function namedUnits(text: string, layout: Layout, bodyFrom: number, to: number): NamedUnits {
  return new NamedUnits(text, layout.title ? [[layout.title.start, layout.title.end], [bodyFrom, to]] : [[bodyFrom, to]]);
}

/**
 * The title's and body's unit mentions, for the second reading of the same document: kept in the
 * parse's own memo, dropped with it. (A WeakMap keyed by layout kept each document's mentions until
 * the next full collection, +28 MB of heap per parsing thread; a module slot made the parser
 * depend on the document before.)
 */
const NAMED_MEMO = memoKey<NamedUnits>('named units');

/** Every unit mention in a stretch of text (for names of the issuer and of superior bodies). */
function scanMentions(text: string, from: number, to: number): Array<{ mention: UnitMention; tokens: Token[] }> {
  const tokens = tokenize(text, from, to);
  const out: Array<{ mention: UnitMention; tokens: Token[] }> = [];
  for (let i = 0; i < tokens.length; i++) {
    // A cheap necessary condition first: most tokens start no unit (same answers, a fifth of the work).
    const m = mayStartUnit(tokens, i, tokens.length) ? parseUnitAt(tokens, i) : null;
    if (m) { out.push({ mention: m, tokens }); i = m.to - 1; }
  }
  return out;
}

/**
 * A header that kept only an organ's line ("VĂN PHÒNG", its committee's line lost in the copy): the committee the body
 * names the same organ with ("Văn phòng UBND tỉnh thông báo …"), the first time it does. Null when it never does.
 */
function ownerNamedInBody(text: string, layout: Layout, organ: UnitMention): UnitMention | null {
  const from = layout.lines[layout.bodyStart]?.start ?? text.length;
  const to = Math.min(layout.lines[layout.bodyEnd]?.start ?? text.length, from + SELF_SEARCH);
  for (const { mention } of scanMentions(text, from, to)) {
    if (mention.head.canonical === organ.head.canonical && mention.owner && !mention.plural && !mention.owner.plural) return mention.owner;
  }
  return null;
}

/** Resolve a place printed on its own (the date line's "Thanh Xuân", "Q. Hai Bà Trưng", "Hoà Minh"). */
function placeFromDateLine(place: string, level: Level, types: readonly string[], ctx: DocContext, span: Span): Place | null {
  const bare = place.replace(/^(?:Q\.|P\.|TP\.?|Tp\.?|quận|phường|xã|huyện|thị xã|thị trấn|thành phố)\s*/iu, '').trim();
  if (level !== 'district' && level !== 'ward' && level !== 'province') return null;
  const r = lookup(bare, level, { types, provinceCode: ctx.province?.code ?? null, districtCode: level === 'ward' ? ctx.district?.code ?? null : null });
  if (r.places.length !== 1) return null;
  return findPlace(bare, level, types, ctx, span)?.place ?? null;
}

/** The place name a mention prints for `level`: "AN LÃO" in "ĐẢNG BỘ HUYỆN AN LÃO" or "HUYỆN ỦY AN LÃO". */
function namedAt(m: UnitMention, level: PlaceLevel): { name: string; types: readonly string[] } | null {
  const ref = m.areas.find((a) => a.name && a.level === level && !a.plural);
  if (ref) return { name: ref.name!, types: ref.types };
  if (m.name && m.head.level === level) return { name: m.name, types: m.head.areaTypes ?? [] };
  return null;
}

/**
 * "Ủy ban nhân dân xã Kỳ Sơn, huyện Kỳ Anh ban hành …": a commune named with its district after a comma is read as
 * two bodies, and the commune (a name several provinces have) places nothing alone; its district then places the text.
 */
function placedBy(orgs: readonly ResolvedOrg[], m: UnitMention): ResolvedOrg | undefined {
  const [first, second] = orgs;
  if (first && !first.area?.provinceCode && first.level === 'ward' && second?.level === 'district' && m.areas[0]?.level === 'ward' && m.areas[1]?.level === 'district') return second;
  return first;
}

/**
 * "ĐẢNG BỘ HUYỆN AN LÃO / ĐẢNG ỦY XÃ TRƯỜNG THỌ": a district name the gazetteer has in several
 * provinces (An Lão of Hải Phòng and of Bình Định) is the one that holds the ward the issuer
 * line names. Null when the name is not ambiguous or the ward does not single one out.
 */
function districtOfWard(superior: UnitMention, issuer: UnitMention | null, ctx: DocContext): Place | null {
  const district = namedAt(superior, 'district');
  const ward = issuer ? namedAt(issuer, 'ward') : null;
  if (!district || !ward) return null;
  const candidates = lookup(district.name, 'district', { types: district.types, provinceCode: ctx.province?.code ?? null }).places;
  if (candidates.length < 2) return null;
  const holding = candidates.filter((d) => lookup(ward.name, 'ward', { types: ward.types, districtCode: d.code }).places.length === 1);
  return holding.length === 1 ? holding[0]! : null;
}

/**
 * A text that names no issuer of its own (a news report on what a district or a commune did, a fragment
 * cut from a body) is still about a place: "Thời gian qua, … UBND huyện Hưng Nguyên đã chỉ đạo …. Trên
 * cơ sở Nghị quyết số … của Ban Chấp hành Đảng bộ huyện, …". The first district or ward the title or
 * body names (else the first province) is the place that "huyện", "xã" written alone stand for, as an
 * issuer's place would be; the level stays unknown.
 */
function placeNamedFirst(text: string, layout: Layout, base: DocContext, memo?: DocumentMemo): DocContext {
  const from = layout.title?.start ?? layout.lines[layout.bodyStart]?.start ?? 0;
  const bodyFrom = layout.lines[layout.bodyStart]?.start ?? text.length;
  const to = Math.min(layout.lines[layout.bodyEnd]?.start ?? text.length, bodyFrom + SELF_SEARCH);
  const named = remembered(memo, NAMED_MEMO, () => namedUnits(text, layout, bodyFrom, to));
  const quiet = { ...base, warnings: new Warnings() };
  let province: ResolvedOrg | undefined;
  for (const n of named) {
    if (n.mention.start < from) continue;
    const o = resolveMention(n.mention, quiet)[0];
    if (!o || !o.area?.provinceCode || o.collective || !(o.resolvedBy === null || o.resolvedBy === 'gazetteer:fuzzy')) continue;
    if (o.level === 'district' || o.level === 'ward') return contextAt(placeOf(o), null, base);
    if (o.level === 'province') province ??= o;
  }
  return province ? contextAt(placeOf(province), null, base) : base;
}

/** How many of the text's first lines, within how many characters, may be a news headline. */
const HEADLINE_LINES = 3;
const HEADLINE_CHARS = 400;
/**
 * A news headline's opening place, before its colon ("Thanh Hóa: …", "Hưng Nguyên: …") or as the subject of its
 * verb ("Đồng Nai siết chặt …", "Điện Biên Đông hướng dẫn …": the capitals end where the lower-case verb starts).
 */
/** A line that is a date and time only ("27/09/2025 16:05", "Thứ Hai, 17/3/2025 - 09:12"): a dateline, no headline. */
const DATELINE_ONLY = new RegExp(String.raw`^[^\p{L}]*(?:(?:${WEEKDAY_WORD} [\p{L}]+|${phraseAlternation(WEEKDAY_NAMES)}|(?:${phraseAlternation(UPDATED_STAMPS)}):?)[ ,]{0,3})?[\d:, -]*\d{1,2}\/\d{1,2}\/\d{4}[\d:, -]*$`, 'iu');
const HEADLINE_PLACE = /^\s*((?:\p{Lu}[\p{L}\p{M}]*[ ]){0,3}\p{Lu}[\p{L}\p{M}]*)(?::[ \t]|[ ](?=\p{Ll}))/u;
/** A paper's name opening the breadcrumb ("Báo Bắc Kạn điện tử > …"): the place after the word. */
const PRESS_HEADS: ReadonlySet<string> = new Set(PRESS_NAME_WORDS);
const PRESS_NAME = new RegExp(String.raw`^(?:${PRESS_NAME_WORDS.join('|')})[ ](?=\p{Lu})`, 'u');

export interface ContextResult {
  ctx: DocContext;
  issuer: IssuerDraft | null;
  /** The issuer is the one a title line or a sentence names, not the header's. */
  fromText?: boolean;
}

/**
 * A header copied one cell per line interleaves the issuer's lines with the motto's: "ỦY BAN NHÂN DÂN" /
 * "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "HUYỆN LẠNG GIANG". The motto between them does not part them.
 */
function isMottoLine(l: Line): boolean {
  return MOTTO_LINES.some((re) => re.test(l.folded));
}

/** Organs through which a committee itself acts: "Ban Thường vụ Huyện ủy X yêu cầu" is the Huyện ủy's document. */
const ACTING_ORGANS: ReadonlySet<string> = new Set(['Ban Thường vụ', 'Thường trực', 'Ban Chấp hành']);

/**
 * `spoken`: the issuer a title line or a sentence names (find/identity.ts), taken where the header
 * names none, or where there is no header at all (a news headline in capitals is no issuer line).
 */
export function buildContext(
  text: string, layout: Layout, num: DocNumber | null, warnings: Warnings, scope: string, spoken: UnitMention | null = null, memo?: DocumentMemo,
  row: RowUse = 'none',
): ContextResult {
  const base = emptyContext(text, warnings, scope, memo);
  const anchor = Math.min(...[layout.number?.line.index, layout.typeHeading?.index, layout.title?.lines[0]?.index, layout.bodyStart]
    .filter((x): x is number => x !== undefined));
  const headerLines = layout.headerOrgLines;
  const candidates: Candidate[] = [];
  for (let k = 0; k < headerLines.length; k++) {
    const line = headerLines[k]!;
    const prev = candidates[candidates.length - 1];
    if (prev?.line && prev.tokens[prev.tokens.length - 1]!.end >= line.end) continue;
    // OCR and web copies put blank lines between the two lines of one issuer ("ỦY BAN NHÂN DÂN" / "" / "HUYỆN ĐÔNG ANH").
    const following = layout.lines[line.index + 1];
    const next = following && NAME_GOES_ON.test(following.trimmed) ? following : headerLines[k + 1];
    const between = next ? layout.lines.slice(line.index + 1, next.index) : [];
    const adjacent = next && between.every((l) => l.blank || isMottoLine(l));
    // the line after, for a name wrapped twice: only the motto's lines or blank ones between
    const third = adjacent && next === headerLines[k + 1] ? headerLines[k + 2] : undefined;
    const thirdAdjacent = third && layout.lines.slice(next!.index + 1, third.index).every((l) => l.blank || isMottoLine(l));
    const c = mentionsOfLine(text, line, adjacent ? next : undefined, adjacent && between.some((l) => !l.blank), thirdAdjacent ? third : undefined);
    // A board's name in capitals wrapped under its head is read over its lines under a parent's line, or as the first
    // line where the copy lost the parent's ("BAN CHỈ ĐẠO" / "PHÒNG, CHỐNG DỊCH BỆNH").
    const cell = (candidates.length > 0 || c?.mention.head.tail === 'topic') && line.index < anchor ? boardCell(text, layout, headerLines, k, anchor, c) : null;
    if (cell) {
      candidates.push({ mention: cell.mention, tokens: cell.tokens, line });
      k = headerLines.indexOf(cell.last);
      continue;
    }
    // A page with no number or date line may open on its paper's masthead ("BÁO NGHỆ AN | Xã hội"): the paper prints
    // the article, it issues no document the article reports.
    if (c && !(layout.number === null && layout.dateLine === null && PRESS_HEADS.has(c.mention.head.canonical))) candidates.push(...gluedUnits(text, c, line));
  }
  const before = candidates.filter((c) => c.line!.index < anchor);
  let issuerLine = (before.length > 0 ? before : candidates)[(before.length > 0 ? before : candidates).length - 1] ?? null;
  // In the order read: two units glued on one line ("ĐẢNG BỘ HUYỆN X ĐẢNG ỦY XÃ Y") share the line's index.
  const superiors = issuerLine ? candidates.slice(0, candidates.indexOf(issuerLine)) : candidates;
  const board = issuerLine ? signingBoard(text, layout, issuerLine) : null;
  if (board) { superiors.push(issuerLine!); issuerLine = board; }
  // "HĐND - UBND XÃ Y" over "Số: 05/NQ-HĐND" or "TM. HỘI ĐỒNG NHÂN DÂN": the first of the joint bodies issues.
  const joint = superiors[superiors.length - 1];
  if (issuerLine && joint?.joint && joint.line === issuerLine.line && speaksFor(text, layout, num, joint.mention)) { superiors.pop(); issuerLine = joint; }
  // "UBND HUYỆN X" over "Số: 312/PGDĐT-TH": a copy that kept only the committee's line; the code names the department
  // that issues in its own series (a Phòng under a district's committee, a Sở under a province's).
  const department = issuerLine && !board ? codeDepartment(num) : null;
  if (department && departmentOf(issuerLine!.mention, department)) { superiors.push(issuerLine!); issuerLine = { mention: department, tokens: [], line: issuerLine!.line }; }

  // Superior lines give the province (or district) the issuer sits in.
  let ctx = base;
  let superiorPlace: Place | null = null;
  // The area the line just above the issuer prints where no map of the document's date has it (a district after the reform).
  let superiorArea: AreaRef | null = null;
  for (const s of superiors) {
    const narrowed = districtOfWard(s.mention, issuerLine?.mention ?? null, ctx);
    if (narrowed) { ctx = contextAt(narrowed, null, ctx); superiorPlace = narrowed; superiorArea = null; continue; }
    const org = resolveMention(s.mention, ctx)[0];
    const place = placeOf(org);
    if (place) { ctx = contextAt(place, null, ctx); superiorPlace = place; }
    superiorArea = place ? null : printedSuperiorArea(s.mention);
  }

  const conclusion = layout.conclusionLine ? scanMentions(text, layout.conclusionLine.start, layout.title && layout.title.start > layout.conclusionLine.start && layout.title.start < layout.conclusionLine.end ? layout.title.start : layout.conclusionLine.end) : [];
  const conclusionMention = conclusion.find((c) => c.mention.head.shape === 'part' || c.mention.head.shape === 'committee' || c.mention.head.shape === 'body')?.mention ?? null;

  // The body: header line, else the symbol, else the heading's "của X". An organ that issues
  // in its own number series ("TỈNH ỦY NGHỆ AN / BAN TUYÊN GIÁO", "15-HD/BTGTU") is the issuer,
  // its committee the context.
  const code = codeBody(num);
  let organ: UnitMention | null = null;
  const ownLine = issuerLine && (massCentralIssuer(text, issuerLine, layout.lines.slice(0, anchor))?.mention ?? issuerLine.mention);
  const parent = superiors[superiors.length - 1]?.mention;
  let bodyMention: UnitMention | null = ownLine ? asCouncilCommittee(asCommitteeBoard(asCommandUnit(ownLine, parent), parent), parent) : null;
  let spokenPart: string | null = null;
  // Without a number or date line, capitals at the top may be a news headline, not an issuer line;
  // a heading's "KẾT LUẬN CỦA THƯỜNG TRỰC QUẬN ỦY" still comes before a sentence of the body.
  const headerless = !layout.number && !layout.dateLine;
  // `spoken` may be a portal's property row beside the header (row 'beside'): the row names a department of the
  // body the header names, and the document's symbol is not the body's own ("…/KH-UBND"): the row is read instead
  // (property-row.ts).
  const byRow = row === 'first'
    || (row === 'beside' && !!spoken && !!bodyMention && !headerless && !(code && !code.part) && rowNamesDepartment(spoken, bodyMention));
  const useSpoken = !!spoken && (!bodyMention || headerless || byRow) && !(conclusionMention && !bodyMention);
  // A header that names no body the map knows ("BCH ĐOÀN TP HÀ NỘI"), or names it without the place the row gives:
  // the row is read instead.
  const retry = () => {
    const again = row === 'beside' && !useSpoken ? buildContext(text, layout, num, warnings, scope, spoken, memo, 'first') : null;
    return again?.issuer ? again : null;
  };
  if (useSpoken) {
    bodyMention = spoken;
    if (spoken.head.shape === 'part' && ACTING_ORGANS.has(spoken.head.canonical) && spoken.owner) {
      spokenPart = spoken.head.canonical;
      bodyMention = spoken.owner;
    }
  }
  if (bodyMention?.head.shape === 'part') {
    organ = bodyMention;
    bodyMention = bodyMention.owner ?? superiors[superiors.length - 1]?.mention ?? (organ === issuerLine?.mention ? ownerNamedInBody(text, layout, organ) : null);
  }
  if (!organ && code?.part && bodyMention?.head.shape !== 'part') {
    const h = headNamed(code.part, true);
    if (h) organ = synthetic(h);
  }
  const codeHead = code ? headNamed(code.committee) : null;
  if (!bodyMention && codeHead) bodyMention = synthetic(codeHead);
  if (!bodyMention && conclusionMention) bodyMention = conclusionMention.head.shape === 'part' ? conclusionMention.owner : conclusionMention;
  if (!bodyMention) return retry() ?? { ctx: ctx.province ? ctx : placeNamedFirst(text, layout, ctx, memo), issuer: null };
  bodyMention = asAreaCommittee(bodyMention);
  const head = bodyMention.head;
  let level: Level | null = head.shape === 'central' ? 'central' : (head.level ?? null);
  const namedInHeader = bodyMention.name !== null || bodyMention.areas.some((a) => a.name);
  if (bodyMention.areas[0]) level = bodyMention.areas[0].level;
  // "Đảng ủy Công ty cổ phần …": an enterprise's committee sits where its enterprise does, not in a ward.
  const enterprise = !bodyMention.areas[0] && head.shape === 'committee' && !!bodyMention.owner?.tail && !bodyMention.owner.head.level;
  if (enterprise && ctx.province) level = 'province';

  // Disambiguate the issuer's own place with the districts and provinces the text names.
  // The body only: the signature block's lines ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Vũ Đăng Định")
  // would read as one unit with a place name.
  const searchEnd = Math.min(layout.lines[layout.bodyEnd]?.start ?? text.length, (layout.lines[layout.bodyStart]?.start ?? 0) + SELF_SEARCH);
  const titleFrom = layout.title?.start ?? layout.lines[layout.bodyStart]?.start ?? 0;
  const bodyFrom = layout.lines[layout.bodyStart]?.start ?? text.length;
  // Read only when a step below needs them (a unit parse at every token of the body was a tenth of
  // the parse), and once per layout: a document read on both maps asks again, and the mentions
  // do not depend on the map (units.ts reads tokens and vocabulary only).
  const named = () => remembered(memo, NAMED_MEMO, () => namedUnits(text, layout, bodyFrom, searchEnd));
  // The province a news page's masthead gave the context, where the text's own names gave none.
  let mastheadGave: Place | null = null;
  // The first commune a district's text names (not as a partner or a cited issuer): one of its own, for its place last.
  let ownWard: ResolvedOrg | undefined;
  if (!ctx.province) {
    // Resolved quietly: these names only narrow the search, their warnings come when they are read.
    const quiet = { ...base, warnings: new Warnings() };
    // The first district or ward named, else the first province: resolved in order, up to the
    // first district or ward only (resolving every unit of a long body was a twentieth of the parse).
    let pick: ResolvedOrg | undefined;
    let province: ResolvedOrg | undefined;
    // In a text with no header (a news report, a fragment), a body named as a cited document's issuer places that
    // document, not this one: its place is taken only where neither the text's other names nor its masthead place
    // the issuer (cited-owner.ts). A document with its own header keeps the first name: a commune's superior cited
    // there is its own district.
    let cited: ResolvedOrg | undefined;
    let citedProvince: ResolvedOrg | undefined;
    // "Đảng ủy xã Tân Phú (huyện Đồng Phú) …": the bracket after the issuer says where it is, before any other name.
    const bracketed = bracketedPlace(text, spoken, quiet);
    // A partner ("phối hợp với UBND huyện Nam Đàn", "giáp ranh tỉnh …") is another body than the issuer: its place is
    // taken only where nothing else places the text.
    let partner: ResolvedOrg | undefined;
    for (const n of bracketed ? [] : named()) {
      const o = placedBy(resolveMention(n.mention, quiet), n.mention);
      if (!o || !o.area?.provinceCode || !(o.resolvedBy === null || o.resolvedBy === 'gazetteer:fuzzy')) continue;
      if (isPartner(text, n.mention.start)) { partner ??= o; continue; }
      const byCited = headerless && isCitedOwner(text, n.mention.start, num);
      if (o.level === 'district' || o.level === 'ward') {
        if (!byCited) { pick = o; break; }
        cited ??= o;
      }
      if (o.level === 'province') {
        if (byCited) citedProvince ??= o;
        else province ??= o;
      }
    }
    if (pick?.level === 'ward' && level === 'district') ownWard = pick;
    pick ??= province;
    // A provincial paper's masthead ("BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI"), or the lead's dateline before it
    // ("(Quảng Trị) - …"), places a local issuer the article does not place (a ministry's order reported by a
    // provincial paper is no province's).
    const local = level === 'province' || level === 'district' || level === 'ward';
    const masthead = !pick && !bracketed && headerless && local ? datelineProvince(text) ?? mastheadProvince(text) : null;
    if (!masthead) pick ??= cited ?? citedProvince ?? partner;
    if (bracketed) ctx = contextAt(bracketed, null, ctx);
    else if (masthead) { ctx = contextAt(masthead, null, ctx); mastheadGave = masthead; }
    else if (pick && level === 'ward' && pick.area?.districtCode) ctx = contextAt(byCode('district', pick.area.districtCode), null, ctx);
    else if (pick?.area?.provinceCode) ctx = contextAt(byCode('province', pick.area.provinceCode), null, ctx);
  }

  let place: Place | null = null;
  let how: string | null = null;
  // "THÀNH PHỐ HẠ LONG", "THÀNH ỦY HẠ LONG": a thành phố is a province or a city inside one; the
  // place found says which, and the issuer is then the one resolved with its name.
  let otherLevel: ResolvedOrg | null = null;
  if (namedInHeader) {
    const org = resolveMention(bodyMention, ctx)[0];
    place = placeOf(org);
    how = org?.resolvedBy ?? null;
    if (org && place && (level === 'province' || level === 'district') && place.level !== level) { level = place.level; otherLevel = org; }
  }
  // "UBND HUYỆN CAN LỘC / BAN CHỈ ĐẠO 389", "SỞ Y TẾ HÀ TĨNH / TRUNG TÂM KIỂM SOÁT BỆNH TẬT": a body
  // of no level of its own under a line that names a place sits at that place (header-parent.ts).
  if (!place && !namedInHeader && issuerLine && bodyMention === issuerLine.mention && atSuperiorPlace(bodyMention, superiorPlace)) {
    place = superiorPlace;
    level = superiorPlace!.level;
    how = 'context:superior';
  }
  const dl = layout.dateLine?.info ?? closingDateLine(layout);
  if (!place && dl?.place && (level === 'district' || level === 'ward' || level === 'province')) {
    const types = level === 'ward' ? (bodyMention.areas[0]?.types.length ? bodyMention.areas[0].types : ['phuong', 'xa', 'thi-tran']) : head.areaTypes ?? [];
    place = placeFromDateLine(dl.place, level, types, ctx, [dl.placeStart, dl.placeEnd]);
    how = 'context:place';
  } else if (!place && dl?.place && level === null && !namedInHeader && head.shape === 'body' && head.level === undefined && !head.areaTypes) {
    // A web copy that kept only "ỦY BAN NHÂN DÂN" of its header, dated "Đại Lộc, ngày …": a body of no level of its
    // own sits where its date line is, when that place is one district or one ward, not both.
    const at = (['district', 'ward'] as const).map((l) => placeFromDateLine(dl.place!, l, [], ctx, [dl.placeStart, dl.placeEnd])).filter((x): x is Place => x !== null);
    if (at.length === 1) { place = at[0]!; level = place.level; how = 'context:place'; }
  }
  if (!place && !namedInHeader) {
    // "TM. ỦY BAN NHÂN DÂN XÃ SA NHƠN" under a header that kept only "ỦY BAN NHÂN DÂN": the signer speaks for the body
    // by its full name.
    const signed = capacityUnit(text, layout);
    if (signed && signed.head.canonical === head.canonical && !signed.plural && signed.areas.some((a) => a.name)) {
      const found = placeOf(resolveMention(signed, ctx)[0]);
      if (found && (level === null || found.level === level)) { place = found; level ??= found.level; how = 'context:signature'; }
    }
  }
  if (!place) {
    // The issuer named in the title or body: "Quận ủy Hai Bà Trưng", "Đảng ủy phường Hòa Minh". In a text with no
    // header, one named as a cited document's issuer ("… thay thế Nghị quyết số … của HĐND tỉnh Thái Bình") is taken
    // last, and not against the province the masthead gave: the cited document may be another place's.
    let cited: Place | null = null;
    for (const n of named()) {
      const said = n.mention.head.shape === 'part' ? n.mention.owner : n.mention;
      const m = said && asAreaCommittee(wholeOf(said, text));
      if (!m || (m.head.canonical !== head.canonical && !PLACE_SHARED_WITH[head.canonical]?.includes(m.head.canonical)) || !(m.name || m.areas.some((a) => a.name))) continue;
      // "HĐND tỉnh Hải Dương" is not the "HĐND thành phố" the article reports: another word at the level, another body.
      if (otherAreaWord(m, bodyMention)) continue;
      if (isPartner(text, n.mention.start)) continue;
      const found = placeOf(resolveMention(m, ctx)[0]);
      // The issuer's own level only: "UBND tỉnh Phú Thọ" in a commune's document is its superior.
      // A city's committee named with its city ("Thành đoàn Biên Hòa") is a district's where the city is inside a province.
      const city = CITY_COMMITTEES.has(head.canonical) && !bodyMention.areas[0] && level === 'province' && found?.level === 'district';
      if (!found || !(level === null || found.level === level || city)) continue;
      if (headerless && isCitedOwner(text, n.mention.start, num)) { cited ??= found; continue; }
      place = found;
      if (city) level = 'district';
      // A body of no level of its own ("THƯỜNG TRỰC HĐND" over "HĐND huyện Hưng Hà" in the body) is at the place's.
      level ??= found.level;
      how = n.mention.start >= bodyFrom ? 'context:body' : 'context:title';
      break;
    }
    if (!place && cited && !(mastheadGave && cited.provinceCode !== mastheadGave.provinceCode)) {
      place = cited;
      if (level === 'province' && cited.level === 'district') level = 'district';
      how = 'context:body';
    }
  }
  if (!place && (level === 'district' || level === 'ward')) {
    // "trên địa bàn quận Thanh Xuân": the issuer's own area, named in the title or body. Any other
    // mention of a district is not taken for the issuer's: it may be a neighbour's.
    const re = level === 'district' ? REPORTED_DISTRICT : REPORTED_WARD;
    for (const m of text.slice(titleFrom, searchEnd).matchAll(re)) {
      const found = findPlace(m[2]!.trim(), level, [], ctx, null);
      if (found) { place = found.place; how = m.index < (bodyFrom - titleFrom) ? 'context:title' : 'context:body'; break; }
    }
  }

  if (!place && !namedInHeader && headerless && (level === 'province' || level === 'district')) {
    // "Thanh Hóa: Siết chặt quản lý …" over "Chủ tịch UBND tỉnh vừa ký Chỉ thị …": a news headline that
    // opens on a place names where the report is; the issuer written without its place sits there.
    // The headline may stand under a portal's breadcrumb ("Trang chủ > Tin tức"): the first lines are tried.
    // A portal's name in capitals and the dateline above the headline are no headline: they are not counted.
    for (const line of text.slice(0, HEADLINE_CHARS).split('\n').filter((l) => l.trim() && !isAllCaps(l.trim()) && !DATELINE_ONLY.test(l.trim())).slice(0, HEADLINE_LINES)) {
      const headline = HEADLINE_PLACE.exec(line);
      const found = headline ? findPlace(headline[1]!.replace(PRESS_NAME, ''), level, head.areaTypes ?? [], ctx, null) : null;
      if (found) { place = found.place; how = 'context:title'; break; }
    }
  }
  if (!place && (level === 'district' || level === 'ward')) {
    const reported = reportedToPlace(text, layout.noiNhan, level, { ...ctx, warnings: new Warnings() });
    if (reported) { place = reported; how = 'context:recipients'; }
  }
  if (!place && level === 'province') {
    // "… trên địa bàn tỉnh Hà Tĩnh": a province's issuer's own area, as a district's above.
    const m = REPORTED_PROVINCE.exec(text.slice(titleFrom, searchEnd));
    const found = m ? findPlace(m[2]!.trim(), 'province', [], ctx, null) : null;
    if (found) { place = found.place; how = 'context:body'; }
  }
  if (!place && level === 'district' && !namedInHeader && ownWard?.area?.districtCode) {
    // "Ủy ban nhân dân huyện yêu cầu: … Ủy ban nhân dân xã Hưng Tây hoàn thành …": a district hands work to its own communes.
    place = byCode('district', ownWard.area.districtCode);
    how = 'context:body';
  }

  // A place the issuer names but the gazetteer lacks (a commune created in 2025): keep its name.
  // An issuer the body names without its place ("Chủ tịch UBND xã kết luận") takes it from the title
  // ("Ý kiến kết luận của Chủ tịch UBND xã Cẩm Thạch …") when no province tells which of its namesakes.
  const underPrinted = !place && !namedInHeader && !!issuerLine && bodyMention === issuerLine.mention && !!superiorArea && atSuperiorLevel(bodyMention, superiorArea.level);
  if (underPrinted) level = superiorArea!.level;
  const namedRef = bodyMention.areas.find((a) => a.name) ?? (underPrinted ? superiorArea! : undefined) ?? (place || bodyMention.name ? undefined : titledArea(text, layout, head, level));
  if (!place && (namedRef || bodyMention.name) && (level === 'district' || level === 'ward' || level === 'province')) {
    ctx = { ...ctx, unlisted: { level, word: namedRef?.words[0] ?? (level === 'ward' ? 'xã' : 'quận'), name: titleCaseName(namedRef?.name ?? bodyMention.name!) } };
  }
  ctx = contextAt(place, level, ctx);
  if (!place && !ctx.unlisted && (level === 'district' || level === 'ward')) {
    const word = bodyMention.areas.find((a) => a.level === level)?.words[0] ?? (head.areaTypes?.length === 1 ? typeWord(head.areaTypes[0]!) : undefined);
    if (word) ctx.ownWord = word;
  }
  let bodyOrg = otherLevel ?? resolveMention(place ? { ...bodyMention, name: null, areas: [] } : bodyMention, ctx)[0] ?? null;
  if (!bodyOrg) return retry() ?? { ctx, issuer: null };
  if (place) bodyOrg = { ...bodyOrg, resolvedBy: how };
  else if (ctx.province) bodyOrg = { ...bodyOrg, resolvedBy: 'context:superior' };
  ctx.issuerBody = bodyOrg;

  const spans: Span[] = [];
  if (spoken && (bodyMention === spoken || bodyMention === spoken.owner || organ === spoken)) spans.push([spoken.start, spoken.end]);
  else if (issuerLine) spans.push([issuerLine.mention.start, issuerLine.mention.end]);
  if (conclusionMention) spans.push([conclusionMention.start, conclusionMention.end]);

  // An enterprise's committee with no province above it: no ward to ask for.
  if (!place && !ctx.unlisted && !enterprise && (level === 'district' || level === 'ward')) {
    const placed = spoken && rowPlacesBody(spoken, bodyMention) ? retry() : null;
    if (placed) return placed;
    const printed = squash(text.slice(bodyMention.start, bodyMention.end)) || head.canonical;
    warnings.add({ code: 'ISSUER_AREA_UNKNOWN', message: `the ${level} of ${printed} is not named in the document`, span: spans[0] ?? null, details: { level } });
    reportCandidates(text, head, level, ctx, warnings);
  }

  // Who signs: the capacity line, the heading, or the organ that acts in the body.
  let part: string | null = spokenPart;
  const capacity = layout.signature?.capacity;
  const prefix = capacity ? CAPACITY_PREFIX.exec(capacity.trimmed) : null;
  if (part === null && capacity && prefix) {
    const t = tokenize(text, capacity.contentStart + prefix[0].length - 1, capacity.end);
    const m = parseUnitAt(t, 0);
    if (m?.head.shape === 'part') part = m.head.canonical;
    else if (m) part = '';
  }
  if (part === null && conclusionMention?.head.shape === 'part') part = conclusionMention.head.canonical;
  if (part === null) {
    for (const n of named()) {
      const m = n.mention;
      if (m.head.shape !== 'part' || !m.owner || m.owner.head.canonical !== head.canonical) continue;
      // "Văn phòng UBND thành phố Đà Nẵng ban hành …" in a quận's letter: an organ of another body.
      if (!ownBody(m.owner, bodyOrg, ctx)) continue;
      const after = n.tokens[m.to];
      if (after && /^(?:yêu|đề|giao|chỉ|thông|kết|quyết|ban)$/iu.test(after.text)) {
        part = m.head.canonical;
        spans.push([m.start, m.end]);
        break;
      }
    }
  }
  // "BCH HỘI LHPN TỈNH …" in the header, "TM. BAN THƯỜNG VỤ" signing: the committee prints its name, its standing
  // board issues (as "Ban Thường vụ Hội … xây dựng Kế hoạch" says in the body).
  if (organ?.head.canonical === 'Ban Chấp hành' && part && part !== organ.head.canonical && ACTING_ORGANS.has(part) && prefix) organ = null;
  if (organ) {
    const organOrg = resolveMention({ ...organ, owner: null }, ctx)[0];
    if (organOrg) return { ctx, issuer: { org: { ...organOrg, body: null }, name: organOrg.name, spans }, fromText: useSpoken };
  }
  const name = part ? executiveName(part, bodyOrg.name) ?? `${capitalizeFirst(part)} ${bodyOrg.name}` : bodyOrg.name;
  return { ctx, issuer: { org: bodyOrg, name, spans }, fromText: useSpoken };
}

/**
 * "… đến chi bộ và đảng viên trong toàn Đảng bộ phường Sông Hiến": "toàn" reads the whole organisation
 * (a plural, for a task's units), but one named place is still the one body's, and its place the issuer's.
 */
function wholeOf(m: UnitMention, text: string): UnitMention {
  return m.plural && m.areas.length === 1 && m.areas[0]!.name && !m.areas[0]!.plural && /^toàn[ \t]/iu.test(text.slice(m.start, m.start + 6))
    ? { ...m, plural: false } : m;
}

/**
 * The issuer is written with its own area word ("HĐND thành phố", "UBND huyện") and `m` with another word of that
 * level ("HĐND tỉnh Hải Dương", "UBND quận Hoàn Kiếm"): the same kind of body, but not the same body.
 */
function otherAreaWord(m: UnitMention, issuer: UnitMention): boolean {
  const own = issuer.areas.find((a) => !a.name && a.types.length > 0);
  const other = own && m.areas.find((a) => a.level === own.level && a.types.length > 0);
  return !!other && !other.types.some((t) => own.types.includes(t));
}

/** "(b/c)", "(để b/c)", "(báo cáo)": a recipient the document reports to. */
const REPORTS_TO = /\((?:để[ ]{1,2})?(?:b\/c|báo[ ]{1,2}cáo)\)/iu;

/**
 * "Nơi nhận: … - Đảng ủy, UBND xã Tùng Ảnh (b/c);": a body reported to at the issuer's own level is
 * its own commune's (or district's) committee, so its place is the issuer's. Superiors reported to
 * sit a level up and are passed over; a plural ("UBND các xã") names no one place.
 */
function reportedToPlace(text: string, noiNhan: readonly Line[], level: Level, ctx: DocContext): Place | null {
  for (const l of noiNhan) {
    if (!REPORTS_TO.test(l.text)) continue;
    for (const n of scanMentions(text, l.start, l.end)) {
      const said = n.mention.head.shape === 'part' ? n.mention.owner : n.mention;
      const m = said && asAreaCommittee(said);
      if (!m || m.plural || !(m.name || m.areas.some((a) => a.name))) continue;
      const found = placeOf(resolveMention(m, ctx)[0]);
      if (found?.level === level) return found;
    }
  }
  return null;
}

/** How many lines from the end a headless fragment's date line above its signature is looked for in. */
const CLOSING_LINES = 12;

/**
 * A fragment without a header may still print its date line above the signature ("Cẩm Xuyên, ngày
 * 05 tháng 6 năm 2024" / "KT. CHỦ TỊCH"): its place is the issuer's, as a header's would be.
 */
function closingDateLine(layout: Layout): DateLine | null {
  if (layout.number || layout.numberLine) return null;
  let seen = 0;
  for (let k = layout.lines.length - 1; k >= layout.bodyStart && seen < CLOSING_LINES; k--) {
    const l = layout.lines[k]!;
    if (l.blank) continue;
    seen++;
    const d = readDateLine(l.text, l.start);
    if (d?.place && d.date) return d;
  }
  return null;
}

/** The named area of the issuer's own kind and level in the title block: "… của Chủ tịch UBND xã Cẩm Thạch …". */
function titledArea(text: string, layout: Layout, head: UnitHead, level: Level | null): AreaRef | undefined {
  if (!layout.title || (level !== 'district' && level !== 'ward')) return undefined;
  for (const { mention } of scanMentions(text, layout.title.start, layout.title.end)) {
    const m = mention.head.shape === 'part' ? mention.owner : mention;
    const ref = m && m.head.canonical === head.canonical ? m.areas.find((a) => a.name && a.level === level && !a.plural) : undefined;
    if (ref) return ref;
  }
  // "Về việc … trên địa bàn xã Xuân Lai": the title's own area, when the gazetteer's namesakes left the place open.
  const own = (level === 'ward' ? OWN_WARD : OWN_DISTRICT).exec(text.slice(layout.title.start, layout.title.end));
  if (!own) return undefined;
  const word = own[1]!.toLowerCase();
  return { level: level as AreaRef['level'], types: [TYPE_OF_WORD[word] ?? word], name: own[2]!.trim(), nameSpan: null, plural: false, count: null, grassroots: false, range: false, words: [word] };
}

/** "trên địa bàn quận X", every match: the issuer's own area as buildContext scans the title and body for it. */
const REPORTED_DISTRICT = /trên địa bàn (quận|huyện|thị xã) ((?:\p{Lu}[\p{L}\p{M}]*[ ]?){1,4})/gu;
const REPORTED_WARD = /trên địa bàn (phường|xã|thị trấn) ((?:\p{Lu}[\p{L}\p{M}]*[ ]?){1,4})/gu;
const REPORTED_PROVINCE = /trên địa bàn (tỉnh|thành phố) ((?:\p{Lu}[\p{L}\p{M}]*[ ]?){1,4})/u;
const OWN_WARD = /trên địa bàn (xã|phường|thị trấn) ((?:\p{Lu}[\p{L}\p{M}]*[ ]?){1,4})/u;
const OWN_DISTRICT = /trên địa bàn (quận|huyện|thị xã) ((?:\p{Lu}[\p{L}\p{M}]*[ ]?){1,4})/u;
const TYPE_OF_WORD: Readonly<Record<string, string>> = { 'xã': 'xa', 'phường': 'phuong', 'thị trấn': 'thi-tran', 'quận': 'quan', 'huyện': 'huyen', 'thị xã': 'thi-xa' };

/** True when `owner` ("Quận ủy", "UBND quận Hải Châu") can be the issuer's own body, not another level's or place's. */
function ownBody(owner: UnitMention, body: ResolvedOrg, ctx: DocContext): boolean {
  if (owner.areas.some((a) => a.level !== body.level)) return false;
  if (!owner.name && !owner.areas.some((a) => a.name)) return true;
  const org = resolveMention(owner, { ...ctx, warnings: new Warnings() })[0];
  return !org || org.key === body.key;
}

const WARD_COUNT = /(?<![\d/])(\d{1,2})[ ]{1,2}(phường|xã)(?![\p{L}])/gu;

/** Seed 003: "14 phường" in a Hà Nội Quận ủy document fits three districts; report them all. */
function reportCandidates(text: string, head: UnitHead, level: Level, ctx: DocContext, warnings: Warnings): void {
  if (level !== 'district' || !ctx.province) return;
  const counts = new Map<string, { count: number; type: string; n: number; span: Span }>();
  for (const m of text.matchAll(WARD_COUNT)) {
    const k = `${m[1]} ${m[2]}`;
    const seen = counts.get(k);
    if (seen) seen.n++;
    else counts.set(k, { count: Number(m[1]), type: m[2] === 'xã' ? 'xa' : 'phuong', n: 1, span: [m.index, m.index + m[0].length] });
  }
  const hint = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  if (!hint) return;
  const [label, h] = hint;
  const districtTypes = head.areaTypes && head.areaTypes.length > 0 ? head.areaTypes : ['quan', 'huyen', 'thi-xa', 'thanh-pho'];
  const candidates = districtsWithWardCount(ctx.province.code, h.count, h.type, districtTypes);
  warnings.add({
    code: 'AREA_CANDIDATES',
    message: `${head.canonical} with ${label} in ${ctx.province.name}: ${candidates.map((c) => c.name).join(', ') || 'no district fits'}; none chosen`,
    span: h.span,
    details: { hint: `${head.canonical} with ${label}`, province: ctx.province.name, provinceCode: ctx.province.code, candidates: candidates.map((c) => ({ code: c.code, name: c.name })) },
  });
}

/** What stands before a body named as the issuer's partner or neighbour, not as the issuer (vocabulary/own-issuer.ts). */
const PARTNER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${PARTNER_WORDS.join('|')})[ ]{1,2}$`, 'iu');

/** The body named at `start` is introduced as a partner or a neighbour ("phối hợp với …", "giáp ranh …"). */
function isPartner(text: string, start: number): boolean {
  return PARTNER_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
