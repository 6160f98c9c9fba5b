import type { Area, Level } from '../../model/record.js';
import { fold, orgKey, slug } from '../../model/keys.js';
import { activeMap, areaOf, lookup, placeLabel, placeName, typeWord, type Place, type PlaceLevel } from '../gazetteer.js';
import type { AreaRef, UnitMention } from '../find/units.js';
import { capitalizeFirst, isAllCaps, nameKey, squash } from '../text.js';
import { NOT_PLACE_NAMES } from '../vocabulary/identity.js';
import { CITY_COMMITTEES, DEPARTMENT_NAMES, OWN_NAMED_HEADS, TOPIC_KEY_QUALIFIERS, UNIT_HEADS, type UnitHead } from '../vocabulary/units.js';
import type { DocContext, ResolvedOrg } from '../types.js';
import { asAreaCommittee, executiveName } from './party-body.js';
import { expandedName } from './name-key.js';
import { fromCapitals } from '../find/caps-name.js';
import { memoKey, remembered } from '../document-memo.js';
import { BoundedPattern } from '../bounded-pattern.js';
import { provinceNamedList } from './province-list.js';
import { namedByRegion } from '../find/region-name.js';
import { endsInOwnPlace } from './own-place-name.js';

export type { DocContext, ResolvedOrg } from '../types.js';

/**
 * Resolution of unit mentions in the document's context: "Quận ủy" in a Hai Bà Trưng document
 * is Quận ủy Hai Bà Trưng, "UBND 11 phường" in a Thanh Xuân one the people's committees of its
 * wards, "Liên Chiêu" is quận Liên Chiểu with a NAME_MISSPELLED warning. What cannot be known
 * stays unknown: such a unit gets a key scoped to the document (src/model/keys.ts).
 *
 * Levels: a unit has the level of its area; an organ ("Văn phòng Quận ủy", "Ban Thường vụ
 * Đảng ủy phường") has its owner's; the organisations directly under a committee are one
 * level below it; units below the ward (chi bộ, tổ dân phố) are `internal`.
 */

/**
 * Where a mention points: one place; the wards (or districts) of a place taken together; an
 * area of known level but unknown place (printed name kept when there is one); the centre.
 */
type Target =
  | { kind: 'place'; place: Place; how: string | null }
  | { kind: 'wards'; within: Place | null; words: string; how: string | null }
  | { kind: 'districts'; within: Place | null; words: string; how: string | null }
  | { kind: 'unknown'; level: PlaceLevel; word: string; province: Place | null; name: string | null }
  | { kind: 'central' };

const emptyArea = (): Area => ({ province: null, provinceCode: null, district: null, districtCode: null, ward: null, wardCode: null });

const WORD_INITIAL = /(^|\s)(\p{Ll})/gu;

/** "TAM NÔNG" -> "Tam Nông": a place name from a header in capitals. */
export function titleCaseName(s: string): string {
  return isAllCaps(s) ? s.toLowerCase().replace(WORD_INITIAL, (_, sp: string, c: string) => sp + c.toUpperCase()) : s;
}

/**
 * Find a named place, nearest to the document first; flag names matched without their diacritics.
 * On the 2025 map a commune or ward is looked for only in the document's province: with no district
 * between, mergers made names repeat across provinces, and an old ward's name on a document after
 * the reform (phường Tân Hiệp of Đồng Nai, now Tam Hiệp) would land on a namesake elsewhere.
 */
export function findPlace(name: string, level: PlaceLevel, types: readonly string[], ctx: DocContext, span: [number, number] | null): { place: Place; exact: boolean } | null {
  // Folded and keyed once for every scope asked.
  const keys = placeName(name);
  if (NOT_PLACES.has(keys.name === name ? keys.key : nameKey(name))) return null;
  const scopes: Array<{ provinceCode?: string | null; districtCode?: string | null }> = [];
  if (level === 'ward' && ctx.district) scopes.push({ districtCode: ctx.district.code });
  if (level !== 'province' && ctx.province) scopes.push({ provinceCode: ctx.province.code });
  if (!(level === 'ward' && activeMap() === '2025')) scopes.push({});
  for (const scope of scopes) {
    const r = lookup(keys, level, { types, ...scope });
    if (r.places.length === 1) {
      const place = r.places[0]!;
      if (!r.exact) {
        ctx.warnings.add({
          code: 'NAME_MISSPELLED',
          message: `"${name}" read as ${placeLabel(place)} (${place.level === 'province' ? place.name : areaOf(place).province})`,
          span,
          details: { printed: name, resolved: place.name, code: place.code },
        }, `${name}|${place.code}`);
      }
      return { place, exact: r.exact };
    }
    if (r.places.length > 1) return null;
  }
  return null;
}

/**
 * Why a name found no place: none has it, or several do ("HUYỆN AN LÃO" with no province: Hải
 * Phòng's and Bình Định's), which the warning lists so that a user can choose.
 */
function unresolvedMessage(name: string, levels: readonly PlaceLevel[], types: readonly string[], ctx: DocContext, none: string): string {
  const keys = placeName(name);
  for (const level of levels) {
    const scopes: Array<{ provinceCode?: string | null; districtCode?: string | null }> = [];
    if (level === 'ward' && ctx.district) scopes.push({ districtCode: ctx.district.code });
    if (level !== 'province' && ctx.province) scopes.push({ provinceCode: ctx.province.code });
    scopes.push({});
    for (const scope of scopes) {
      const places = lookup(keys, level, { types, ...scope }).places;
      if (places.length === 0) continue;
      if (places.length === 1) break;
      const where = places.slice(0, 5).map((p) => `${placeLabel(p)}, ${areaOf(p).province ?? '?'}`).join('; ');
      return `${places.length} places named "${name}" (${where}${places.length > 5 ? '; ...' : ''}): none chosen`;
    }
  }
  return none;
}

const NOT_PLACES: ReadonlySet<string> = new Set(NOT_PLACE_NAMES.map(nameKey));

function wardWordOf(within: Place | null): string {
  return within && within.type === 'huyen' ? 'xã' : 'phường';
}

const DEFAULT_WORD: Record<PlaceLevel, string> = { province: 'tỉnh', district: 'quận', ward: 'phường' };

/** A district written as an area word in lower case: "UBND huyện", "Công an thị xã". */
// Over the whole text: its lookbehind apart (bounded-pattern.ts), 2.8x faster, the same matches.
const DISTRICT_WORD = new BoundedPattern(String.raw`(?<![\p{L}\p{M}])`, String.raw`(huyện|quận|thị xã)(?![\p{L}\p{M}])`, 'gu');
/** Read once per document: every unit of unknown district asks, on each map reading. */
const DISTRICT_WORD_MEMO = memoKey<string | undefined>('district word');

/**
 * The kind of district a document without a known issuer speaks of: the district word it writes
 * most ("UBND huyện giao Phòng Y tế …" is a huyện's). A news report or fragment with no header
 * gives its units no other hint, and "quận" guessed for a rural district names units wrongly.
 */
function textDistrictWord(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of DISTRICT_WORD.all(text)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function districtWordOf(ctx: DocContext): string | undefined {
  return remembered(ctx.memo, DISTRICT_WORD_MEMO, () => textDistrictWord(ctx.text));
}

function unknownAt(level: PlaceLevel, ctx: DocContext, word?: string): Target {
  const own = ctx.unlisted?.level === level ? ctx.unlisted : null;
  // A ward of an unknown district may be a phường or a xã: a headless document says neither.
  // The issuer's own kind of area when its place is unknown: "Công an" in a headless "UBND huyện"
  // document is "Công an huyện", not a guessed "quận".
  const ownWord = ctx.level === level ? ctx.ownWord : undefined;
  const textWord = level === 'district' && !ownWord ? districtWordOf(ctx) : undefined;
  const fallback = level !== 'ward' ? ownWord ?? textWord ?? DEFAULT_WORD[level] : ctx.district ? wardWordOf(ctx.district) : ownWord ?? '';
  return { kind: 'unknown', level, word: word ?? own?.word ?? fallback, province: ctx.province, name: own?.name ?? null };
}

/** "các xã", "các phường, thị trấn", "cấp xã": the text speaks of communes below it. */
const WARDS_BELOW = new BoundedPattern(String.raw`(?<![\p{L}\p{M}])`, String.raw`(?:các|cấp) (?:xã|phường|thị trấn)(?![\p{L}\p{M}])`, 'iu');
/** "Ủy ban nhân dân xã", "Công an phường", "Trạm Y tế xã": a commune's own bodies, one of them. */
// Case by hand: with the i flag, \p{Lu} would match any letter.
// Both over the whole text: their lookbehinds apart (bounded-pattern.ts), the same matches.
const OWN_WARD_BODY = new BoundedPattern(String.raw`(?<![\p{L}\p{M}])`, String.raw`(?:[ỦủUu][yỷ] ban nhân dân|UBND|[Cc]ông an|[Tt]rạm [Yy] tế) (xã|phường|thị trấn)(?![\p{L}\p{M}]| [\p{Lu}\d])`, 'u');
const OWN_WARD_MEMO = memoKey<boolean>('own ward text');

/**
 * A text with no known issuer that names a commune's own bodies ("Tham mưu Ủy ban nhân dân xã …",
 * "Công an xã chủ trì …") and never communes below it ("các xã") is a commune's: its "xã" alone
 * is that commune, not every commune of a district (a fragment copied from a commune plan).
 */
function isOwnWardText(text: string): boolean {
  return OWN_WARD_BODY.test(text) && !WARDS_BELOW.test(text);
}

function ownWardText(ctx: DocContext): boolean {
  return remembered(ctx.memo, OWN_WARD_MEMO, () => isOwnWardText(ctx.text));
}

/** The ward word of a commune's own body in the text ("xã", "phường", "thị trấn"). */
function textWardWord(text: string): string {
  return OWN_WARD_BODY.exec(text)?.[1] ?? 'xã';
}

/**
 * The document's own place at a level ("quận" alone in a Hai Bà Trưng document). A text with no
 * issuer that names a commune's own bodies stands in the commune it names first (context.ts,
 * `placeNamedFirst`). When the text does not tell that place, the word as printed stays: "Phòng Y
 * tế huyện" is no "quận", "xã" no "các phường" (docs/domain.md §5).
 */
function ownLevelTarget(level: PlaceLevel, ctx: DocContext, word?: string): Target {
  if (level === 'province') return ctx.province ? { kind: 'place', place: ctx.province, how: 'context:document' } : unknownAt(level, ctx, word);
  if (level === 'district') return ctx.district ? { kind: 'place', place: ctx.district, how: 'context:document' } : unknownAt(level, ctx, word);
  if (ctx.level === 'ward') return ctx.ward ? { kind: 'place', place: ctx.ward, how: 'context:document' } : unknownAt(level, ctx, word);
  if (ctx.level === null && ownWardText(ctx)) return ctx.ward ? { kind: 'place', place: ctx.ward, how: 'context:document' } : unknownAt(level, ctx, word);
  // The type words as printed: "xã" in a thị xã document is its communes, not "các phường".
  return { kind: 'wards', within: wardsWithin(ctx), words: word || wardWordOf(ctx.district), how: 'context:document' };
}

/** The place whose wards "các phường" means: the district, or the province in a province document. */
function wardsWithin(ctx: DocContext): Place | null {
  return ctx.level === 'province' || ctx.level === 'central' ? ctx.province : ctx.district;
}

/** Several places below the document's ("các phường", "các quận, huyện", "cấp xã"). */
function pluralTarget(level: PlaceLevel, words: string, ctx: DocContext): Target {
  if (level === 'district') return { kind: 'districts', within: ctx.province, words: words || 'quận, huyện', how: 'context:document' };
  if (level === 'ward') return { kind: 'wards', within: wardsWithin(ctx), words: words || wardWordOf(ctx.district), how: 'context:document' };
  // "UBND các tỉnh, thành phố" in a central document: every province, as printed, not one "tỉnh".
  if (words) return { kind: 'unknown', level, word: /^cấp /u.test(words) ? words : `các ${words}`, province: null, name: null };
  return unknownAt(level, ctx);
}

/**
 * The document is of a city inside a province, or of one of its wards: "thành phố" means that city.
 * A province that is a city (Hà Nội, Thành phố Hồ Chí Minh) keeps the word for itself: in a Thủ Đức
 * document "UBND Thành phố" is the province's.
 */
function ownCity(ctx: DocContext): boolean {
  return !!ctx.district && ctx.district.type === 'thanh-pho' && ctx.province?.type !== 'thanh-pho'
    && (ctx.level === 'district' || ctx.level === 'ward');
}

function refTarget(ref: AreaRef, ctx: DocContext): Target {
  if (ref.grassroots) return pluralTarget('ward', '', ctx);
  if (ref.name) {
    const levels: PlaceLevel[] = ref.bare ? ['province', 'district', 'ward'] : ref.level === 'province' && ref.types.includes('thanh-pho') ? ['province', 'district'] : [ref.level];
    for (const level of levels) {
      const found = findPlace(ref.name, level, ref.types, ctx, ref.nameSpan);
      // A name printed without a type word is a place only when spelt as the place is: "Báo Đảng"
      // is the Party's paper, not a paper of a commune whose name folds to "dang".
      if (found && (!ref.bare || found.exact)) return { kind: 'place', place: found.place, how: found.exact ? null : 'gazetteer:fuzzy' };
    }
    const message = unresolvedMessage(ref.name, levels, ref.types, ctx, `no ${ref.level} named "${ref.name}" in the gazetteer`);
    ctx.warnings.add({ code: 'UNIT_UNRESOLVED', message, span: ref.nameSpan }, ref.name);
    return { kind: 'unknown', level: ref.level, word: ref.words[0] ?? DEFAULT_WORD[ref.level], province: ctx.province, name: titleCaseName(ref.name) };
  }
  // "các ban, ngành cấp tỉnh" in a province document: the province's own.
  if (ref.levelWord && ctx.level === ref.level) return ownLevelTarget(ref.level, ctx);
  // "UBND thành phố" in a document of a city inside a province (Vinh, Hạ Long): that city, not the province.
  if (!ref.plural && ref.types.includes('thanh-pho') && ownCity(ctx)) return { kind: 'place', place: ctx.district!, how: 'context:document' };
  if (ref.plural) return pluralTarget(ref.level, ref.levelWord ?? ref.words.join(', '), ctx);
  // "xã" alone in a State document of a district: every commune of it.
  return ownLevelTarget(ref.level, ctx, ref.words.join(', ') || undefined);
}

function committeeTarget(m: UnitMention, ctx: DocContext): Target {
  const head = m.head;
  if (m.name) {
    const types = head.areaTypes ?? [];
    const levels: PlaceLevel[] = CITY_COMMITTEES.has(head.canonical) ? ['province', 'district'] : [head.level as PlaceLevel];
    for (const level of levels) {
      const found = findPlace(m.name, level, types, ctx, m.nameSpan);
      if (found) return { kind: 'place', place: found.place, how: found.exact ? null : 'gazetteer:fuzzy' };
    }
    const message = unresolvedMessage(m.name, levels, types, ctx, `no area named "${m.name}" for ${head.canonical}`);
    ctx.warnings.add({ code: 'UNIT_UNRESOLVED', message, span: m.nameSpan }, m.name);
    const level = (head.level ?? 'district') as PlaceLevel;
    return { kind: 'unknown', level, word: DEFAULT_WORD[level], province: ctx.province, name: titleCaseName(m.name) };
  }
  if (m.areas.length > 0) return refTarget(m.areas[0]!, ctx);
  // "Thành ủy", "Thành đoàn" alone in a document of a city inside a province: that city's committee.
  if (!m.plural && CITY_COMMITTEES.has(head.canonical) && ownCity(ctx)) return { kind: 'place', place: ctx.district!, how: 'context:document' };
  let level = (head.level ?? 'district') as PlaceLevel;
  // "các huyện ủy, thị ủy, thành ủy" in a Tỉnh ủy document: cities inside the province.
  if (m.plural && CITY_COMMITTEES.has(head.canonical) && ctx.level === 'province') level = 'district';
  // "Các huyện ủy, thị ủy" in a Tỉnh ủy document: every committee of that level in the province.
  if (m.plural && ctx.level && RANK[level] > RANK[ctx.level as PlaceLevel]) return pluralTarget(level, '', ctx);
  return ownLevelTarget(level, ctx);
}

const RANK: Record<PlaceLevel, number> = { province: 0, district: 1, ward: 2 };

function levelOfTarget(t: Target): Level | null {
  if (t.kind === 'central') return 'central';
  if (t.kind === 'wards') return 'ward';
  if (t.kind === 'districts') return 'district';
  if (t.kind === 'unknown') return t.level;
  return t.place.level;
}

function areaOfTarget(t: Target): Area | null {
  if (t.kind === 'place') return areaOf(t.place);
  if (t.kind === 'wards' || t.kind === 'districts') return t.within ? areaOf(t.within) : null;
  if (t.kind === 'unknown') {
    const area = t.province ? { ...emptyArea(), province: t.province.name, provinceCode: t.province.code } : null;
    if (!t.name) return area;
    // The printed name of a place the gazetteer lacks, without a code.
    return { ...(area ?? emptyArea()), [t.level]: t.name };
  }
  return null;
}

/** Key area: only an area known at the unit's own level makes a shared key. */
function keyArea(t: Target): Area | null {
  if (t.kind === 'place') return areaOf(t.place);
  if ((t.kind === 'wards' || t.kind === 'districts') && t.within) return areaOf(t.within);
  return null;
}

/** A group's tail may open on its list's comma ("doanh nghiệp" + ", cơ sở đóng gói …"): no space before it. */
const tailJoin = (tail: string) => (tail.startsWith(',') ? tail : ` ${tail}`);

function baseName(m: UnitMention): string {
  return m.tail ? `${m.head.canonical}${tailJoin(m.tail)}` : m.head.canonical;
}

/** The name part of a key: heads that name one body differently share it ("Đài Phát thanh và/- Truyền hình"). */
function keyBase(m: UnitMention): string {
  const head = m.head.keyKind ?? m.head.canonical;
  if (!m.tail) return head;
  return `${head}${tailJoin(m.head.tail === 'topic' ? topicKey(m.tail) : expandedName(m.tail))}`;
}

const topicWords = (topic: string): string[] => fold(topic).split(/[^\p{L}\p{N}-]+/u).filter(Boolean);

/** A topic without the words that only qualify it: "phòng, chống dịch bệnh Covid-19" -> "phong chong dich". */
function topicKey(topic: string): string {
  return topicWords(topic).filter((w) => !TOPIC_KEY_QUALIFIERS.includes(w)).join(' ');
}

/** Recorded on the unit when its key merged it with differently worded mentions (`resolvedBy`), so that a merge the parser inferred stays visible to the reader. */
function topicMerge(m: UnitMention): string | null {
  if (m.head.tail !== 'topic' || !m.tail) return null;
  return topicKey(m.tail) === topicWords(m.tail).join(' ') ? null : 'name:topic-qualifiers-dropped';
}

function joinResolved(...how: Array<string | null>): string | null {
  const parts = how.filter((h): h is string => !!h);
  return parts.length > 0 ? parts.join('+') : null;
}

function surfaceOf(m: UnitMention, ctx: DocContext): string {
  return squash(ctx.text.slice(m.start, m.end));
}

function withCollective(base: string, collective: boolean): string {
  if (!collective) return capitalizeFirst(base);
  return /^các(?![\p{L}\p{N}])/iu.test(base) ? capitalizeFirst(base) : `Các ${base}`;
}

/** How a target is written after a unit's head: "quận Thanh Xuân", "các phường quận Thanh Xuân". */
function targetLabel(t: Target): string {
  switch (t.kind) {
    case 'place': return placeLabel(t.place);
    case 'wards':
    case 'districts': return `${/^cấp /u.test(t.words) ? '' : 'các '}${t.words}${t.within ? ` ${placeLabel(t.within)}` : ''}`;
    case 'unknown': return t.name ? `${t.word} ${t.name}` : t.word;
    default: return '';
  }
}

function committeeName(head: UnitHead, t: Target): string {
  if (t.kind === 'place') {
    const own = head.areaTypes?.includes(t.place.type) && head.canonical !== 'Đảng ủy' && head.canonical !== 'Đảng bộ';
    return own ? `${head.canonical} ${t.place.name}` : `${head.canonical} ${placeLabel(t.place)}`;
  }
  if (t.kind === 'districts') return `Các ${head.canonical}${t.within ? ` ${placeLabel(t.within)}` : ''}`;
  if (t.kind === 'unknown') {
    if (t.name) return head.canonical === 'Đảng ủy' || head.canonical === 'Đảng bộ' ? `${head.canonical} ${t.word} ${t.name}`.replace(/\s+/g, ' ') : `${head.canonical} ${t.name}`;
    return head.canonical === 'Đảng ủy' && t.word ? `Đảng ủy ${t.word}` : head.canonical;
  }
  return `${head.canonical} ${targetLabel(t)}`;
}

function resolveCommittee(m: UnitMention, ctx: DocContext): ResolvedOrg {
  const t = committeeTarget(m, ctx);
  const head = m.head;
  // A Tỉnh ủy of a centrally-run city is its Thành ủy (and the TU code says nothing more).
  const city = head.canonical === 'Tỉnh ủy' && t.kind === 'place' && t.place.type === 'thanh-pho';
  const canonical = city ? 'Thành ủy' : head.canonical;
  const h: UnitHead = city ? { ...head, canonical, areaTypes: ['thanh-pho'] } : head;
  // "các tỉnh ủy, thành ủy" in a central document: every one of them, not the one of an unknown province.
  const many = m.plural && t.kind === 'unknown' && !t.name;
  const name = many ? `Các ${canonical}` : committeeName(h, t);
  const kindKey = t.kind === 'wards' || t.kind === 'districts' ? `${canonical} các ${t.words}`
    : t.kind === 'unknown' ? (canonical === 'Đảng ủy' || canonical === 'Đảng bộ' ? `${many ? 'các ' : ''}${canonical} ${t.word}${t.name ? ` ${t.name}` : ''}` : `${many ? 'các ' : ''}${canonical}${t.name ? ` ${t.name}` : ''}`)
      : canonical;
  const area = keyArea(t);
  return {
    key: orgKey(kindKey, area, area ? undefined : ctx.scope),
    name, surface: surfaceOf(m, ctx), kind: head.kind, level: levelOfTarget(t), area: areaOfTarget(t),
    collective: t.kind === 'wards' || t.kind === 'districts' || m.plural, resolvedBy: t.kind === 'place' || t.kind === 'wards' || t.kind === 'districts' ? t.how : null,
    spans: [[m.start, m.end]], body: null, partOf: null,
  };
}

function resolveBody(m: UnitMention, t: Target, ctx: DocContext): ResolvedOrg {
  const base = baseName(m);
  const headCollective = !!m.head.collective;
  const collective = headCollective || m.plural;
  const sub = m.subward ? ` ${m.subward}` : '';
  let name: string;
  let kindKey: string;
  const kb = keyBase(m);
  if (ownNamed(m)) {
    name = withCollective(base, collective);
    kindKey = `${collective ? 'các ' : ''}${kb}`;
  } else if (t.kind === 'place' || t.kind === 'unknown') {
    const placeName = t.kind === 'place' ? t.place.name : t.name;
    const placeInName = !sub && !!placeName && endsInOwnPlace(base, placeName);
    name = placeInName ? withCollective(base, collective) : `${withCollective(base, collective)}${sub} ${targetLabel(t)}`.trimEnd();
    kindKey = `${collective ? 'các ' : ''}${kb}${sub}${t.kind === 'unknown' ? ` ${targetLabel(t)}` : ''}`.trimEnd();
  } else if (t.kind === 'wards' || t.kind === 'districts') {
    name = `${withCollective(base, headCollective)}${sub} ${targetLabel(t)}`.trimEnd();
    kindKey = `${headCollective ? 'các ' : ''}${kb}${sub} các ${t.words}`;
  } else {
    // "Công an Trung ương", "Các tổ chức chính trị - xã hội Trung ương": a national body of a local kind.
    name = `${withCollective(base, collective)}${m.central ? ' Trung ương' : ''}`;
    kindKey = `${collective ? 'các ' : ''}${kb}${m.central ? ' trung ương' : ''}`;
  }
  const area = keyArea(t);
  const level = m.subward ? 'internal' : levelOfTarget(t);
  return {
    key: orgKey(kindKey, area, area || t.kind === 'central' ? undefined : ctx.scope),
    name, surface: surfaceOf(m, ctx), kind: m.head.kind, level, area: areaOfTarget(t),
    collective: collective || t.kind === 'wards' || t.kind === 'districts',
    resolvedBy: joinResolved(t.kind === 'place' || t.kind === 'wards' || t.kind === 'districts' ? t.how : null, topicMerge(m)),
    spans: [[m.start, m.end]], body: null, partOf: null,
  };
}

/**
 * "Hợp tác xã Cà phê Ia Dơk": a cooperative's name is whole as written, with no area written after it;
 * the document's place is where it is, not a word of its name. (Companies are named with their
 * province, "Công ty Điện lực Hòa Bình tỉnh Hà Nam", but once where their name ends in it: own-place-name.ts.)
 */
const FIRM_HEADS: ReadonlySet<string> = new Set(OWN_NAMED_HEADS);
function ownNamed(m: UnitMention): boolean {
  if (m.head.ownName) return m.areas.length === 0;
  if (!m.tail || m.areas.length > 0) return false;
  // "Ủy ban MTTQ cùng cấp": the one of the level of the units it is named beside, whichever they are.
  return m.tail.endsWith('cùng cấp') || (!m.plural && FIRM_HEADS.has(m.head.canonical)) || namedByRegion(m.tail);
}

/** Several type words of one level and no place name ("quận, huyện"): one target when the text names no district. */
function sameUnnamedLevel(areas: readonly AreaRef[]): boolean {
  const first = areas[0]!;
  return areas.every((r) => !r.name && !r.plural && !r.grassroots && !r.range && !r.bare && r.level === first.level);
}

/** Type words of one level read as one ref, plural when the head is ("các đảng ủy xã, thị trấn"). */
function mergedRef(areas: readonly AreaRef[], plural: boolean): AreaRef {
  return { ...areas[0]!, plural: plural || areas[0]!.plural, words: areas.flatMap((r) => r.words), types: areas.flatMap((r) => r.types) };
}

/** "Báo Phụ nữ Việt Nam", "Học viện Phụ nữ Việt Nam": a name that ends in the country's is a national body, of no area. */
const NATIONAL_NAME = /(?:^| )Việt Nam$/u;
const NATIONAL_TOPIC = /^quốc gia(?![\p{L}])/u;

function bodyTargets(m: UnitMention, ctx: DocContext): Target[] {
  if (m.head.shape === 'central' || m.central) return [{ kind: 'central' }];
  if (m.tail && m.areas.length === 0 && m.head.tail === 'caps' && NATIONAL_NAME.test(m.tail)) return [{ kind: 'central' }];
  // "Ban Chỉ đạo quốc gia về Phòng, chống thiên tai": a board whose topic opens on "quốc gia" is the nation's.
  if (m.tail && m.areas.length === 0 && m.head.tail === 'topic' && NATIONAL_TOPIC.test(m.tail)) return [{ kind: 'central' }];
  if (m.areas.length > 1 && sameUnnamedLevel(m.areas)) {
    // "Phòng Giáo dục và Đào tạo quận, huyện": one collective of that level, its words as printed.
    return [refTarget({ ...m.areas[0]!, words: m.areas.flatMap((r) => r.words), types: m.areas.flatMap((r) => r.types) }, ctx)];
  }
  if (provinceNamedList(m.areas, ctx.province)) {
    return [refTarget({ ...m.areas[0]!, name: null, nameSpan: null, plural: true, words: m.areas.flatMap((r) => r.words), types: m.areas.flatMap((r) => r.types) }, ctx)];
  }
  if (m.areas.length > 0) return m.areas.map((r) => refTarget(r, ctx));
  let level = m.head.level ?? ctx.level;
  // "Phòng Kinh tế" in a province or (after 2025) a commune document is that level's own.
  if (level === 'district' && (ctx.level === 'province' || ctx.level === 'ward')) level = ctx.level;
  if (level === 'central') return [{ kind: 'central' }];
  // "Trường Mầm non", "các ban, ngành" with no area in a commune's fragment: the commune's own.
  if (level !== 'province' && ctx.level === null && ownWardText(ctx)) return [unknownAt('ward', ctx, textWardWord(ctx.text))];
  if (level === 'internal' || level === null) return [unknownAt('district', ctx)];
  return [ownLevelTarget(level, ctx)];
}

const LEVEL_BELOW: Readonly<Record<Level, Level>> = { central: 'province', province: 'district', district: 'ward', ward: 'internal', internal: 'internal' };

function ownerOf(m: UnitMention, ctx: DocContext): { owner: ResolvedOrg; defaulted: boolean } | null {
  if (m.owner) {
    // "Ban Chấp hành Đảng bộ huyện …": the organ of the district's committee (party-body.ts).
    const owners = resolveMention(asAreaCommittee(m.owner), ctx);
    if (owners[0]) return { owner: owners[0], defaulted: false };
  }
  return ctx.issuerBody ? { owner: ctx.issuerBody, defaulted: true } : null;
}

const lowerFirst = (s: string) => (/^Các /u.test(s) ? `các ${s.slice(4)}` : s);

function resolvePart(m: UnitMention, ctx: DocContext): ResolvedOrg {
  const found = ownerOf(m, ctx);
  const collective = !!m.head.collective || m.plural || (found?.owner.collective ?? false);
  const base = withCollective(baseName(m), !!m.head.collective || m.plural);
  if (!found) {
    return {
      key: orgKey(`${collective ? 'các ' : ''}${baseName(m)}`, null, ctx.scope), name: base, surface: surfaceOf(m, ctx), kind: m.head.kind,
      level: null, area: null, collective, resolvedBy: null, spans: [[m.start, m.end]], body: null, partOf: null,
    };
  }
  const { owner, defaulted } = found;
  const member = m.head.shape === 'member';
  // "Ban Tuyên giáo Trung ương Hội": a mass organisation's board, not the Party's.
  const kind = m.head.kind === 'party-organ' && (owner.kind === 'people-council' || owner.kind === 'people-committee')
    ? (owner.kind === 'people-council' ? 'council-organ' : 'agency') : m.head.kind === 'party-organ' && owner.kind === 'mass-organization' ? owner.kind : m.head.kind;
  const level: Level | null = member ? (owner.level ? LEVEL_BELOW[owner.level] : null) : owner.level;
  return {
    key: owner.key.replace(/^org:/, `org:${slug(`${m.head.collective || m.plural ? 'các ' : ''}${baseName(m)}`)}-`),
    name: executiveName(baseName(m), owner.name) ?? `${base} ${CENTRAL_COMMITTEE_NAMES.has(owner.name) ? 'Trung ương' : lowerFirst(owner.name)}`, surface: surfaceOf(m, ctx), kind, level, area: owner.area, collective,
    resolvedBy: defaulted ? 'context:issuer' : owner.resolvedBy, spans: [[m.start, m.end]], body: owner.name, partOf: owner.key,
  };
}

/**
 * "Chi bộ thôn Thành Lợi", "Chi hội Phụ nữ xóm 5": the one unit of a named village of the document's
 * commune (not every cell under the issuer, nor the cells of every village), below the ward.
 */
function resolveVillageUnit(m: UnitMention, village: string, ctx: DocContext): ResolvedOrg {
  const t: Target = ctx.level === 'ward' && ctx.ward ? { kind: 'place', place: ctx.ward, how: 'context:document' } : bodyTargets({ ...m, head: { ...m.head, level: 'ward' }, areas: [] }, ctx)[0]!;
  const area = keyArea(t);
  // Of the commune when it is known; "các phường" or a bare "xã" would name no village's commune.
  const where = t.kind === 'place' || (t.kind === 'unknown' && t.name) ? ` ${targetLabel(t)}` : '';
  const printed = isAllCaps(village) ? fromCapitals(village) : village;
  return {
    key: orgKey(printed, area, area ? undefined : ctx.scope), name: `${printed}${where}`, surface: surfaceOf(m, ctx), kind: m.head.kind,
    level: 'internal', area: areaOfTarget(t), collective: false, resolvedBy: t.kind === 'place' ? t.how : null, spans: [[m.start, m.end]], body: null, partOf: null,
  };
}

/** A table cell's unit the grammar does not know, named as printed, in the document's scope ("Các công ty lâm nghiệp"). */
function printedUnit(m: UnitMention, printed: string, ctx: DocContext): ResolvedOrg {
  const collective = /^các /iu.test(printed);
  return {
    key: orgKey(printed.toLowerCase(), null, ctx.scope), name: printed, surface: surfaceOf(m, ctx), kind: m.head.kind,
    level: null, area: null, collective, resolvedBy: null, spans: [[m.start, m.end]], body: null, partOf: null,
  };
}

/** Offices inside an agency (its "Phòng", a health centre's "Khoa", a police department's "Đội"). */
const INNER_HEADS: ReadonlySet<string> = new Set(['Phòng', 'Khoa', 'Đội']);
const INNER_OWNER = /^(?:Sở|Chi cục|Trung tâm|Bệnh viện|Công an) /u;
const DISTRICT_DEPARTMENT = new RegExp(`^(?:${DEPARTMENT_NAMES.filter((n) => !/^(?:cảnh sát|an ninh|hậu cần)(?: |$)/u.test(n)).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`, 'iu');

/**
 * "Phòng Nghiệp vụ Y" in a Sở's own plan, "Khoa Hồi sức cấp cứu" in a health centre's, "Đội Tham mưu" in
 * a police department's: an office of the issuer, named with it, not a body of the province or district.
 * A district department's name ("Phòng Tài chính") is no office of the issuer's.
 */
function innerOffice(m: UnitMention, ctx: DocContext): ResolvedOrg | null {
  const issuer = ctx.issuerBody;
  if (!issuer || !INNER_HEADS.has(m.head.canonical) || !m.tail || m.plural || m.areas.length > 0 || m.owner || m.name) return null;
  if (!INNER_OWNER.test(issuer.name) || issuer.collective || (m.head.canonical === 'Phòng' && DISTRICT_DEPARTMENT.test(m.tail))) return null;
  const base = baseName(m);
  return {
    key: issuer.key.replace(/^org:/, `org:${slug(base)}-`), name: `${base} ${issuer.name}`, surface: surfaceOf(m, ctx), kind: m.head.kind,
    level: issuer.level, area: issuer.area, collective: false, resolvedBy: 'context:issuer', spans: [[m.start, m.end]], body: issuer.name, partOf: issuer.key,
  };
}

/** An organ of the Central Committee is named "Ban Tuyên giáo Trung ương", as it signs, not "… Ban Chấp hành Trung ương". */
const CENTRAL_COMMITTEE_NAMES: ReadonlySet<string> = new Set(['Ban Chấp hành Trung ương']);

function resolveSubward(m: UnitMention, ctx: DocContext): ResolvedOrg {
  const t: Target = ctx.level === 'ward' && ctx.ward ? { kind: 'place', place: ctx.ward, how: 'context:document' } : bodyTargets(m, ctx)[0]!;
  const r = resolveBody({ ...m, subward: null }, t, ctx);
  return { ...r, level: 'internal', collective: true };
}

const COMMITTEE_HEADS = new Map(UNIT_HEADS.filter((h) => h.shape === 'committee').map((h) => [h.canonical, h] as const));
const committeeHead = (canonical: string): UnitHead | undefined => COMMITTEE_HEADS.get(canonical);

/** Resolve a mention to one organisation per area it names ("Quận và các phường" gives two). */
export function resolveMention(m: UnitMention, ctx: DocContext): ResolvedOrg[] {
  if (m.printed) return [printedUnit(m, m.printed, ctx)];
  if (m.village && !m.plural && !m.owner) return [resolveVillageUnit(m, m.village, ctx)];
  // "Chi bộ" (one, no owner) in a Party cell's own document is that cell, not the cells under it.
  const own = ctx.issuerBody;
  if (m.head.kind === 'party-cell' && m.head.shape === 'member' && !m.plural && !m.owner && !m.subward && own?.kind === 'party-cell' && !own.collective) {
    return [{ ...own, surface: surfaceOf(m, ctx), spans: [[m.start, m.end]] }];
  }
  switch (m.head.shape) {
    case 'committee': {
      // "Các huyện, thị, thành đoàn": one committee of each kind listed, each printed with the whole list.
      if (m.tails) return m.tails.flatMap((c) => resolveMention({ ...m, head: committeeHead(c) ?? m.head, tails: null }, ctx));
      // "Đảng ủy Ủy ban nhân dân tỉnh": a committee named after its State body, like an organ.
      if (m.owner) return [resolvePart(m, ctx)];
      // "các đảng ủy xã, thị trấn": one collective over the type words as printed.
      if (m.areas.length > 1 && sameUnnamedLevel(m.areas)) return [resolveCommittee({ ...m, areas: [mergedRef(m.areas, m.plural)] }, ctx)];
      if (m.areas.length > 1) return m.areas.map((a) => resolveCommittee({ ...m, areas: [a] }, ctx));
      return [resolveCommittee(m, ctx)];
    }
    case 'part':
    case 'member':
      return [m, ...m.moreOwners.map((o) => ({ ...m, owner: o, moreOwners: [] }))].map((x) => resolvePart(x, ctx));
    case 'subward':
      return [resolveSubward(m, ctx)];
    default: {
      // "Giám đốc các Sở: Y tế, Tài chính": one unit per name listed.
      if (m.tails) return m.tails.flatMap((tail) => resolveMention({ ...m, tail, tails: null }, ctx));
      const inner = innerOffice(m, ctx);
      if (inner) return [inner];
      const orgs = bodyTargets(m, ctx).map((t) => resolveBody(m, t, ctx));
      // A department of a people's committee is part of it: "Phòng Y tế quận" of UBND quận.
      return orgs.map((o) => (m.head.kind === 'department' && o.area && !o.collective && o.level !== 'central'
        ? { ...o, partOf: orgKey('UBND', o.area) } : o));
    }
  }
}

/** The units of one phrase (a task's subject, a recipient item) as organisations, merged by key. */
export function resolveUnits(mentions: readonly UnitMention[], ctx: DocContext): ResolvedOrg[] {
  return mergeOrgs(mentions.flatMap((m) => resolveMention(m, ctx)));
}

/** Merge resolved organisations with the same key, keeping every span (first name wins). */
export function mergeOrgs(orgs: readonly ResolvedOrg[]): ResolvedOrg[] {
  const byKey = new Map<string, ResolvedOrg>();
  for (const o of orgs) {
    const seen = byKey.get(o.key);
    if (seen) seen.spans.push(...o.spans);
    else byKey.set(o.key, { ...o, spans: [...o.spans] });
  }
  return [...byKey.values()];
}

export { typeWord };
