import { fold } from '../../model/keys.js';
import { FirstWords, PhraseTable, phraseSet } from '../phrases.js';
import { capitalizeFirst, isAllCaps } from '../text.js';
import { capsInnerSyllable } from './caps-inner.js';
import { fromCapitals } from './caps-name.js';
import { definedUnitAt, isDefinedUnit } from './defined-units.js';
import { isDash, tokenize, type Token } from '../tokens.js';
import { issuerKindEnd } from './issuer-organ.js';
import { headIsPlaceName } from './list-place.js';
import { unitAfterAnd } from './and-unit.js';
import { commaFieldAt } from './comma-field.js';
import { personNameAt, provinceNameEnd } from './place-names.js';
import { namedInArticleEnd, whichPlacesEnd } from './which-places.js';
import { residentialListEnd } from './residential-list.js';
import { villageHeadPost } from './village-head.js';
import { chargedBloc, chargeIsWork } from './charge.js';
import { bracketedHolder } from './bracketed-post.js';
import { abbreviatedHalf, readCell } from './union-cell.js';
import { PREDICATE_WORDS } from '../vocabulary/assignment.js';
import { ENTERPRISE_FORMS, ENTERPRISE_HEADS, ENTERPRISE_NAME_STOPS } from '../vocabulary/enterprise.js';
import {
  AREA_WORDS, DEPARTMENT_NAMES, FORCE_SECTORS, GRASSROOTS_WORDS, HAVING_WORDS, INSTITUTION_OWNER_HEADS, LEVEL_WORDS, LIST_GLUE, NAME_INNER_NOUNS, NAME_INNER_PHRASES, NAME_STOPWORDS, NON_UNITS, OFFICE_WORDS, PLURAL_WORDS,
  RELATED_WORDS, SUBWARD_QUALIFIERS,
  TOPIC_STOPS, UNIT_HEADS, COMMITTEE_MEMBER_WORDS, type AreaWord, type UnitHead,
} from '../vocabulary/units.js';

/**
 * The unit grammar: how a document writes an organisation, read over tokens.
 *
 *   mention   := office* plural? office* head tail? owner? (area-refs | committee-name)? subward?
 *   area-refs := ("thuộc" | "trực thuộc" | "của" | "ở")? area-ref ((, | và | –) area-ref)*
 *              | "từ" area-ref ("đến" | "tới") "cơ sở"
 *   area-ref  := plural? area-word place-name? | "cơ sở"
 *
 * "Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 quận và các phường" is one head with a topic
 * tail and two area refs; "Chủ tịch UBND phường" is an office over UBND with one ward ref.
 * A mention is not yet resolved: src/parse/resolve/orgs.ts gives it a name, an area and a key.
 */
export interface AreaRef {
  level: AreaWord['level'];
  types: readonly string[];
  name: string | null;
  nameSpan: [number, number] | null;
  plural: boolean;
  count: number | null;
  /** "cơ sở": the wards of the district. */
  grassroots: boolean;
  /** "từ Quận đến cơ sở": the district and everything below it. */
  range: boolean;
  /** The type words as printed ("quận", "huyện, thị xã, thành phố"), for names. */
  words: string[];
  /** A place name with no type word ("Báo Đà Nẵng"): its level is whatever the gazetteer finds. */
  bare?: boolean;
  /** "cấp huyện", "cấp xã": every unit of that level, named as printed. */
  levelWord?: string;
}

export interface UnitMention {
  head: UnitHead;
  tail: string | null;
  /** A committee's own place name as printed ("Hai Bà Trưng" in "Quận ủy Hai Bà Trưng"). */
  name: string | null;
  nameSpan: [number, number] | null;
  areas: AreaRef[];
  owner: UnitMention | null;
  /** An organ of several committees: "Ban Tuyên giáo các huyện ủy, thành ủy, thị ủy". */
  moreOwners: UnitMention[];
  plural: boolean;
  office: string | null;
  subward: string | null;
  /** Token indices [first, after last). */
  from: number;
  to: number;
  /** Offsets in the cleaned text. */
  start: number;
  end: number;
  /**
   * "Đảng ủy Công an Trung ương", "các đoàn thể chính trị - xã hội Trung ương": the national one. This and
   * the two fields after it are on every mention, so that all mentions share one shape.
   */
  central: boolean;
  /** "Giám đốc các Sở: Y tế, Tài chính": the names listed after a plural head, one unit each. */
  tails: string[] | null;
  /** "Chi bộ thôn Thành Lợi": the unit of one village, as printed from its head to the village's name. */
  village: string | null;
}

const HEADS = new PhraseTable<UnitHead>(UNIT_HEADS.flatMap((h) => h.phrases.map((p) => [p, h] as const)));

const AREAS = new PhraseTable<AreaWord>(AREA_WORDS.flatMap((a) => a.phrases.map((p) => [p, a] as const)));
const TYPES_OF_LEVEL: Record<AreaWord['level'], string[]> = {
  province: ['tinh', 'thanh-pho'], district: ['quan', 'huyen', 'thi-xa', 'thanh-pho'], ward: ['phuong', 'xa', 'thi-tran'],
};
const LEVELS = new PhraseTable<AreaWord>(LEVEL_WORDS.map(([p, level]) => [p, { phrases: [p], level, types: TYPES_OF_LEVEL[level] }] as const));
const OFFICES = phraseSet([...OFFICE_WORDS, 'thành ủy viên', 'tỉnh ủy viên', 'quận ủy viên', 'huyện ủy viên', 'đảng ủy viên']);
const PLURALS = phraseSet(PLURAL_WORDS);
/** Every word a head, an office or a plural can start with: asked first, it rules out most tokens of a body at once. */
const UNIT_FIRST_WORDS = new FirstWords([HEADS, OFFICES, PLURALS]);
/**
 * First words of heads written only with a capital ("Vụ Pháp chế", "Thanh tra huyện") and of nothing
 * else: in lower case ("nhiệm vụ", "thanh tra việc …") they start no unit, and are too common to try.
 */
const CAPITAL_ONLY_FIRST: ReadonlySet<string> = (() => {
  const first = (p: string) => tokenize(p)[0]!.norm;
  const capital = (h: UnitHead) => h.qualified || h.capitalOnly;
  const others = new Set([...UNIT_HEADS.filter((h) => !capital(h)).flatMap((h) => h.phrases), ...OFFICE_WORDS, ...PLURAL_WORDS].map(first));
  return new Set(UNIT_HEADS.filter(capital).flatMap((h) => h.phrases).map(first).filter((w) => !others.has(w)));
})();
/**
 * First words of heads that are heads only made plural ("các thôn", "Trưởng các bản") and of nothing else: a
 * unit of them starts at its plural or office word, never at them, and "bản" is in every "văn bản".
 */
const PLURAL_ONLY_FIRST: ReadonlySet<string> = (() => {
  const first = (p: string) => tokenize(p)[0]!.norm;
  const others = new Set([...UNIT_HEADS.filter((h) => !h.pluralOnly).flatMap((h) => h.phrases), ...OFFICE_WORDS, ...PLURAL_WORDS].map(first));
  return new Set(UNIT_HEADS.filter((h) => h.pluralOnly).flatMap((h) => h.phrases).map(first).filter((w) => !others.has(w)));
})();
export const GLUE = phraseSet(LIST_GLUE);
const SUBWARD = phraseSet(SUBWARD_QUALIFIERS);
const NONUNITS = phraseSet(NON_UNITS);
const GRASSROOTS = phraseSet(GRASSROOTS_WORDS);
const LOCALITIES = phraseSet(['địa phương']);
const BELONGS = phraseSet(['thuộc', 'trực thuộc']);
const CENTRE = phraseSet(['trung ương', 'TW']);
const REF_LEADS = phraseSet(['trực thuộc', 'thuộc', 'của', 'ở', 'tại', 'trên địa bàn']);
const RANGE_FROM = phraseSet(['từ']);
const RANGE_TO = phraseSet(['đến', 'tới']);
const SUBWARD_LEADS = phraseSet(['ở', 'tại', 'trong']);
const NAME_STOPS = phraseSet([...NAME_STOPWORDS, ...PREDICATE_WORDS]);
const PREDICATE_STOPS = phraseSet(PREDICATE_WORDS);
const ENTERPRISE = new Set(ENTERPRISE_HEADS);
const INSTITUTION_OWNERS = new Set(INSTITUTION_OWNER_HEADS);
const ENTERPRISE_FORM = phraseSet(ENTERPRISE_FORMS);
const ENTERPRISE_STOPS = phraseSet(ENTERPRISE_NAME_STOPS);
const STOPWORDS = phraseSet(NAME_STOPWORDS);
const PARTY_OF_BODY = new Set(['Đảng ủy', 'Đảng bộ']);
const POLICE_TEAM_HEADS = new Set(['Đội', 'Phòng']);
const MEMBER_COMMITTEES = new Map(COMMITTEE_MEMBER_WORDS.map(([w, c]) => [fold(w), UNIT_HEADS.find((h) => h.canonical === c)!] as const));
const POLICE = phraseSet(['công an']);
const DEPARTMENTS = phraseSet(DEPARTMENT_NAMES);
const NAME_INNER = phraseSet(NAME_INNER_PHRASES);
const NAME_NOUNS = phraseSet(NAME_INNER_NOUNS);
const RELATED = phraseSet(RELATED_WORDS);
const HAVING = phraseSet(HAVING_WORDS);
const COUNCIL = phraseSet(['HĐND', 'hội đồng nhân dân']);
const SECTORS = phraseSet(FORCE_SECTORS);
const GENERIC_HEADS = new Set(UNIT_HEADS.filter((h) => h.generic).map((h) => h.canonical));

/** List glue at token i ("," "và" "–" ...): the glue word and the index after it. */
export function glueAt(tokens: readonly Token[], i: number, limit: number): { word: string; end: number } | null {
  if (i >= limit) return null;
  if (isDash(tokens[i])) return { word: '–', end: i + 1 };
  const g = GLUE.match(tokens, i, limit);
  return g ? { word: g.values[0]!, end: g.end } : null;
}

function isCapWord(t: Token | undefined): boolean {
  return !!t && t.word && (t.upper || /^\d/.test(t.text));
}

function isLowerWord(t: Token | undefined): boolean {
  return !!t && t.word && /^\p{Ll}/u.test(t.text);
}

/** True when a head, an area word or an office starts at i: a name stops there. A head that is also a common word ("Điện lực") does not stop "Công ty Điện lực". */
function startsSomething(tokens: readonly Token[], i: number, limit: number): boolean {
  const h = HEADS.match(tokens, i, limit);
  return (!!h && !h.values[0]!.qualified && !placeSyllable(h.values[0]!, tokens[i]!) && !commonNounOfName(h.values[0]!, tokens, h.end))
    || AREAS.has(tokens, i, limit) || OFFICES.has(tokens, i, limit);
}

/**
 * "Phòng Tuyên truyền - Báo chí - Xuất bản": a bare generic head with a lower-case word after it is a common noun of the
 * name ("Báo chí", "Trường học"), not the paper or the school; those take a capitalised name ("Báo Đồng Tháp").
 */
function commonNounOfName(head: UnitHead, tokens: readonly Token[], end: number): boolean {
  return !!head.generic && head.phrases.length === 1 && isLowerWord(tokens[end]);
}

/** After a bare plural head ("các sở"): nothing, punctuation, list glue, an area word or a predicate, but no word of its own. */
function endsBare(tokens: readonly Token[], j: number, limit: number): boolean {
  const t = tokens[j];
  return j >= limit || !t || !t.word || !!glueAt(tokens, j, limit) || AREAS.has(tokens, j, limit) || NAME_STOPS.has(tokens, j, limit);
}

/**
 * A generic head with a known department name after it ("Phòng Kinh tế", "Sở Y tế"): a new unit,
 * never a place's name. Table cells joined on one line ("Công an huyện Phòng Kinh tế và Hạ tầng")
 * put it right after an area word.
 */
function departmentAt(tokens: readonly Token[], j: number, limit: number): boolean {
  const h = HEADS.match(tokens, j, limit);
  return !!h && GENERIC_HEADS.has(h.values[0]!.canonical) && DEPARTMENTS.has(tokens, h.end, limit) && isCapWord(tokens[h.end]);
}

/** A head that is more than a bare generic word ("Phòng" in "Hải Phòng" is no head). */
function specificHead(tokens: readonly Token[], i: number, limit: number): boolean {
  const h = HEADS.match(tokens, i, limit);
  return !!h && !GENERIC_HEADS.has(h.values[0]!.canonical) && !placeSyllable(h.values[0]!, tokens[i]!);
}

/** "xã Bản Lầu": a head that is one only in lower case, written with a capital inside a name. */
function placeSyllable(head: UnitHead, t: Token): boolean {
  return !!head.lowerOnly && t.upper;
}

/**
 * Inside a name's lower-case words, a head that is one only with a capital ("điện lực", "thanh tra") is a
 * word of the name: "Cục Điều tiết điện lực" ended at "tiết".
 */
function headInName(tokens: readonly Token[], j: number, limit: number): boolean {
  const h = HEADS.match(tokens, j, limit);
  return !!h && !GENERIC_HEADS.has(h.values[0]!.canonical) && !h.values[0]!.qualified;
}

/**
 * Inside a name, an area word starts a new area only when a name follows it ("Hòa Minh Quận Liên
 * Chiểu"), an office only when a unit follows it ("Chánh Văn phòng"); otherwise it is a syllable
 * of the name: "XÃ TÂN XÃ", "HUYỆN BÌNH CHÁNH", "PHƯỜNG TÂN CHÁNH HIỆP".
 */
function startsInsideName(tokens: readonly Token[], j: number, limit: number): boolean {
  const a = AREAS.match(tokens, j, limit);
  if (a && a.end < limit && isCapWord(tokens[a.end])) return true;
  const o = OFFICES.match(tokens, j, limit);
  return !!o && (HEADS.has(tokens, o.end, limit) || PLURALS.has(tokens, o.end, limit));
}

/** "… Nho Quan và Thủ trưởng các cơ quan": an office over a unit, no place's name. */
function officeOverUnit(tokens: readonly Token[], j: number, limit: number): boolean {
  const o = OFFICES.match(tokens, j, limit);
  return !!o && (HEADS.has(tokens, o.end, limit) || PLURALS.has(tokens, o.end, limit));
}

/** A run of capitalised words (a place or a proper name), at most `max` words. */
function capsRun(tokens: readonly Token[], i: number, limit: number, max = 5): number {
  let j = i;
  while (j < limit && j - i < max && isCapWord(tokens[j])) {
    if (specificHead(tokens, j, limit) || departmentAt(tokens, j, limit) || (j > i && startsInsideName(tokens, j, limit))) break;
    // "UBND tỉnh Hà Tĩnh Nguyễn Hồng Lĩnh": the signer's name after the place (place-names.ts).
    if (j - i >= 2 && personNameAt(tokens, j, limit)) break;
    j++;
  }
  return j;
}

/** One capitalised word group of a name ("Văn hóa", "Quản lý đô thị") at k: its end, or -1. */
function capsGroup(tokens: readonly Token[], k: number, limit: number, areaName = false, proper = false): number {
  if (!isCapWord(tokens[k]) || (!areaName && startsSomething(tokens, k, limit) && !commaFieldAt(tokens, k, limit, DEPARTMENTS))) return -1;
  // A known name ends where it ends, unless its words go on with capitals ("Y tế Dự phòng").
  const known = DEPARTMENTS.match(tokens, k, limit);
  // "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh": a unit after it ends it too.
  if (known && (!isCapWord(tokens[known.end]) || startsSomething(tokens, known.end, limit))) return NAME_INNER.match(tokens, known.end, limit)?.end ?? known.end;
  // "Đồn Biên phòng Hải Lý điều tra …", "Tổng công ty Đông Bắc cung cấp …": a proper name's later syllable
  // takes no lower-case words; those are the clause's verb.
  if (proper) return k + 1;
  // A province's name ends there too: "Báo Thanh Hóa tăng thời lượng …" (its syllables all capitalised).
  if (isCapWord(tokens[k + 1])) {
    const province = provinceNameEnd(tokens, k, limit);
    if (province > k && isLowerWord(tokens[province])) return province;
  }
  // "Cục Quản lý Khám, chữa bệnh", "Vụ … Thi đua, khen thưởng": a pair of the name with its comma, from its capital;
  // lower-case words after it go on only as a longer name's do (closed by an area word).
  const pair = NAME_INNER.match(tokens, k, limit);
  k = pair?.end ?? k + 1;
  const nameWord = (j: number) => isLowerWord(tokens[j]) && !headInName(tokens, j, limit) && !AREAS.has(tokens, j, limit)
    && !OFFICES.has(tokens, j, limit) && !glueAt(tokens, j, limit) && !NAME_STOPS.has(tokens, j, limit);
  let lower = pair ? 3 : 0;
  for (;;) {
    // "Vụ Thị trường trong nước": a stopword inside a fixed phrase of the name.
    // A fixed phrase may end a name whose three lower-case words are spent ("… môi trường nông thôn").
    const inner = lower < 5 && k < limit && isLowerWord(tokens[k]) ? NAME_INNER.match(tokens, k, limit) : null;
    if (inner) { k = inner.end; lower++; continue; }
    // "Trung tâm Truyền thông lao động - xã hội", "Ban Kinh tế - kỹ thuật": two fields joined by a dash are one
    // compound of the name; "xã" there is no commune. Only between lower-case words: "Phòng Y tế - Trung tâm …" is a list.
    const dashed = lower > 0 && k + 1 < limit && isDash(tokens[k]) ? dashedFieldEnd(tokens, k + 1, limit, nameWord) : -1;
    if (dashed > 0) { k = dashed; continue; }
    if (!(k < limit && lower < 3 && nameWord(k))) break;
    k++;
    lower++;
  }
  // "Đội Trật tự xây dựng đô thị phường": a verb inside a short name too, when an area word closes it at once.
  if (lower < 3) return verbInsideName(tokens, k, limit, nameWord) ?? k;
  // A longer name ("Trung tâm Phục vụ hành chính công tỉnh") only when an area word or a list
  // comma closes it: otherwise the lower-case words are more likely the clause's.
  let e = k;
  while (e < limit && e - k < 4 && nameWord(e)) e++;
  // "Công ty … Khai thác công trình thủy lợi Cà Mau", "Ban Quản lý Khu di tích quốc gia đặc biệt Tân Trào": a
  // place's or a proper name closes it as well; a clause's words would go on in lower case or stop at a verb.
  if (e > k && (AREAS.has(tokens, e, limit) || tokens[e]?.text === ',' || properCloses(tokens, e, limit))) return e;
  return verbInsideName(tokens, k, limit, nameWord) ?? k;
}

/** The lower-case field after a dash inside a name ("- xã hội", "- thương binh"): its end, or -1. */
function dashedFieldEnd(tokens: readonly Token[], k: number, limit: number, nameWord: (j: number) => boolean): number {
  const social = FIELD_WORDS.match(tokens, k, limit);
  if (social) return social.end;
  return nameWord(k) ? k + 1 + (nameWord(k + 1) ? 1 : 0) : -1;
}

/**
 * "Hợp tác xã nông nghiệp Nhơn Hải", "Hợp tác xã dịch vụ nông nghiệp Tống Phan": the kind of business in
 * lower case before the name, when a proper name follows it; where that name starts, else j.
 */
function lowerKindEnd(tokens: readonly Token[], j: number, limit: number): number {
  let k = j;
  while (k < limit && k - j < 4 && isLowerWord(tokens[k]) && !NAME_STOPS.has(tokens, k, limit) && !AREAS.has(tokens, k, limit) && !glueAt(tokens, k, limit)) k++;
  return k > j && properCloses(tokens, k, limit) ? k : j;
}

/** A capitalised word at e that is no head, area word, office or list glue: a proper name going on. */
function properCloses(tokens: readonly Token[], e: number, limit: number): boolean {
  return isCapWord(tokens[e]) && !isAllCaps(tokens[e]!.text) && !startsSomething(tokens, e, limit) && !departmentAt(tokens, e, limit);
}

/**
 * "Đội Quản lý trật tự xây dựng đô thị huyện": a verb inside the name ("xây dựng") when an area
 * word closes it at once; a clause's verb is followed by its object, not by an area word. The
 * name's end, or null.
 */
function verbInsideName(tokens: readonly Token[], k: number, limit: number, nameWord: (j: number) => boolean): number | null {
  let v = k;
  while (v < limit && v - k < 4 && (nameWord(v) || (isLowerWord(tokens[v]) && PREDICATE_STOPS.has(tokens, v, limit) && !STOPWORDS.has(tokens, v, limit)))) v++;
  return v > k && AREAS.has(tokens, v, limit) && !REF_LEADS.has(tokens, v - 1, limit) ? v : null;
}

/**
 * After a comma at `i`: true when the name goes on as "B và C" or "B, C và D" ("Phòng Kinh tế,
 * Hạ tầng và Đô thị", "Phòng Văn hóa, Khoa học và Thông tin"), every group a capitalised one
 * that starts no unit. "Phòng Y tế, Trung tâm Y tế" is a list: "Trung tâm" starts a unit.
 */
function commaContinues(tokens: readonly Token[], i: number, limit: number): boolean {
  if (capsLineGoesOn(tokens, i, limit)) return true;
  let k = i;
  for (let n = 0; n < 4; n++) {
    const e = capsRunOfGroups(tokens, k, limit);
    if (e < 0) return false;
    const glue = glueAt(tokens, e, limit);
    if (glue?.word === 'và') return capsGroup(tokens, glue.end, limit) > 0;
    if (glue?.word !== ',') return false;
    k = glue.end;
  }
  return false;
}

/**
 * A header cell in capitals, "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH": every word is a capital one, so the
 * groups of commaContinues cannot be told apart; the name goes on when the rest of the line after
 * the comma is a few capital words and glue that start no unit of their own, ending in "VÀ" and a word.
 */
const CAPS_TAIL_MAX = 8;
function capsLineGoesOn(tokens: readonly Token[], i: number, limit: number): boolean {
  if (limit - i > CAPS_TAIL_MAX || limit - i < 3 || !tokens[i]?.caps || startsSomething(tokens, i, limit)) return false;
  let and = false;
  for (let k = i; k < limit; k++) {
    const t = tokens[k]!;
    if (t.norm === 'và') { if (k === i || k === limit - 1) return false; and = true; continue; }
    if (!t.word || !t.caps || AREAS.has(tokens, k, limit)) return false;
  }
  return and;
}

/**
 * A capitalised group at k, and in capitals ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", where each word is a
 * group of its own) the run of them up to list glue: its end, or -1.
 */
function capsRunOfGroups(tokens: readonly Token[], k: number, limit: number): number {
  let e = capsGroup(tokens, k, limit);
  if (e < 0 || !isAllCaps(tokens[k]!.text)) return e;
  while (e < limit && isAllCaps(tokens[e]!.text) && !glueAt(tokens, e, limit)) {
    const g = capsGroup(tokens, e, limit);
    if (g <= e) break;
    e = g;
  }
  return e;
}

/** "Văn hóa và Thông tin", "Giáo dục và Đào tạo", "– Dân vận", "Kinh tế, Hạ tầng và Đô thị": capitalised word groups. */
function capsTail(tokens: readonly Token[], i: number, limit: number, department = false): number {
  let j = i;
  let groups = 0;
  while (j < limit && groups < 6) {
    let k = j;
    // "Văn hóa và Thông tin", "Tuyên giáo – Dân vận": groups joined by "và" or a dash; after
    // one, "Xã hội" is a word of the name ("Phòng Văn hóa - Xã hội"), not an area.
    const glue = glueAt(tokens, k, limit);
    // "GD&ĐT", "LĐ-TB&XH", "VH&TT": an abbreviated name joined by "&" with no space is one name,
    // whatever its letters also abbreviate ("TT" is no Thường trực there).
    const tight = groups > 0 && glue?.word === '&' && tokens[k]!.start === tokens[k - 1]!.end && tokens[k + 1]?.start === tokens[k]!.end;
    const joined = !!glue && (glue.word === '–' || tight || (groups > 0 && glue.word === 'và' && !unitAfterAnd(tokens, glue.end, limit, HEADS))
      || (groups > 0 && glue.word === ',' && commaContinues(tokens, glue.end, limit)));
    if (joined) k = glue!.end;
    const areaName = tight || (joined && AREAS.has(tokens, k, limit) && isLowerWord(tokens[k + 1]));
    // "Sở Y tế Hà Tĩnh": the province's name ends the department's (find/place-names.ts).
    if (department && groups > 0 && !joined && provinceNameEnd(tokens, k, limit) > 0) break;
    const prev = tokens[k - 1];
    // "Quỹ Hỗ trợ nông dân": after a common noun of a name ("Quỹ") a new name starts, no later syllable.
    const proper = (groups > 0 && !joined && !!prev && isCapWord(prev) && !isAllCaps(prev.text) && !/^\d/.test(prev.text)
      && !NAME_NOUNS.has(tokens, k - 1, limit)) || abbreviatedHalf(tokens, k, joined ? glue!.word : null);
    const e = capsGroup(tokens, k, limit, areaName, proper);
    if (e < 0) break;
    j = e;
    groups++;
  }
  return j;
}

/** After an enterprise's head, its legal forms ("cổ phần", "TNHH MTV"): where its own name starts. */
function enterpriseForm(tokens: readonly Token[], j: number, limit: number): number {
  let k = j;
  for (let f = ENTERPRISE_FORM.match(tokens, k, limit); f; f = ENTERPRISE_FORM.match(tokens, k, limit)) k = f.end;
  return k;
}

/** An enterprise's name read from `from` to `e` ends before a clause's verb ("… Cao su Krông Buk yêu cầu"). */
function enterpriseNameEnd(tokens: readonly Token[], from: number, e: number): number {
  for (let k = from + 1; k < e; k++) if (!tokens[k]!.upper && ENTERPRISE_STOPS.has(tokens, k, e)) return k;
  return e;
}

/** An enterprise's head starts at j ("Công ty …", "CÔNG TY …"). */
function startsEnterprise(tokens: readonly Token[], j: number, limit: number): boolean {
  const h = HEADS.match(tokens, j, limit);
  return !!h && (ENTERPRISE.has(h.values[0]!.canonical) || INSTITUTION_OWNERS.has(h.values[0]!.canonical));
}

/** True when an area word, an office or a head other than a bare generic one ("phòng") starts at i. */
const TOPIC_END = phraseSet(TOPIC_STOPS);

function stopsTopic(tokens: readonly Token[], i: number, limit: number): boolean {
  if (AREAS.has(tokens, i, limit) || OFFICES.has(tokens, i, limit) || TOPIC_END.has(tokens, i, limit)) return true;
  const h = HEADS.match(tokens, i, limit);
  return !!h && !GENERIC_HEADS.has(h.values[0]!.canonical);
}

/** "phòng, chống dịch bệnh Covid-19": a lower-case topic after "Ban Chỉ đạo". */
function topicTail(tokens: readonly Token[], i: number, limit: number): number {
  let j = i;
  while (j < limit && j - i < 12) {
    const t = tokens[j]!;
    if (t.text === ',' && isLowerWord(tokens[j + 1]) && !stopsTopic(tokens, j + 1, limit) && !glueAt(tokens, j + 1, limit)) { j++; continue; }
    if (!t.word || stopsTopic(tokens, j, limit) || glueAt(tokens, j, limit)) break;
    if (!(isLowerWord(t) || /covid|sars|\d/iu.test(t.text))) break;
    j++;
  }
  return j;
}

/** Area refs after a head: "quận", "11 phường", "Quận và các phường", "thuộc Quận", "từ Quận đến cơ sở". */
export function parseAreaRefs(tokens: readonly Token[], i: number, limit: number): { refs: AreaRef[]; end: number } | null {
  const refs: AreaRef[] = [];
  let j = i;
  const lead = REF_LEADS.match(tokens, j, limit);
  if (lead) j = lead.end;
  const range = RANGE_FROM.match(tokens, j, limit);
  if (range) {
    const first = areaRef(tokens, range.end, limit);
    const to = first ? RANGE_TO.match(tokens, first.end, limit) : null;
    const last = to ? GRASSROOTS.match(tokens, to.end, limit) ?? areaRefMatch(tokens, to.end, limit) : null;
    if (first && last) return { refs: [{ ...first.ref, range: true }], end: last.end };
    return null;
  }
  let ref = areaRef(tokens, j, limit);
  if (!ref) return null;
  while (ref) {
    const named = ref.ref.plural && !ref.ref.name ? namedList(tokens, ref.ref, ref.end, limit) : null;
    if (named) {
      refs.push(...named.refs);
      j = named.end;
      break;
    }
    // "UBND phường Hòa Minh, Hòa Khánh Nam": more places of the same type after a named one.
    const more = ref.ref.name ? glueAt(tokens, ref.end, limit) : null;
    const moreNamed = more && (more.word === ',' || more.word === 'và') && isCapWord(tokens[more.end]) && !NONUNITS.has(tokens, more.end, limit)
      ? namedList(tokens, ref.ref, more.end, limit) : null;
    if (moreNamed) {
      refs.push(ref.ref, ...moreNamed.refs);
      j = moreNamed.end;
      break;
    }
    const last = refs[refs.length - 1];
    // "các huyện, thị xã, thành phố": one plural ref over several bare type words.
    if (last?.plural && !ref.ref.plural && !ref.ref.name) {
      last.words.push(...ref.ref.words);
      last.types = [...last.types, ...ref.ref.types];
    } else {
      refs.push(ref.ref);
    }
    j = ref.end;
    const glue = glueAt(tokens, j, limit);
    if (!glue || !['và', ',', '–'].includes(glue.word)) break;
    ref = areaRef(tokens, glue.end, limit);
  }
  const last = refs[refs.length - 1];
  // "các xã, thị trấn ven biển": which of the places, a word of the unit's name.
  const which = last?.plural && !last.name ? whichPlacesEnd(tokens, j, limit) : null;
  if (which !== null && last) {
    last.words[last.words.length - 1] += ` ${printed(tokens, j, which)}`;
    j = which;
  }
  // "các tỉnh, thành phố trực thuộc Trung ương": the provinces, named as printed; "Trung ương" is not
  // a unit of its own after them.
  if (last?.plural && last.level === 'province' && !last.name) {
    const under = BELONGS.match(tokens, j, limit);
    const centre = under ? CENTRE.match(tokens, under.end, limit) : null;
    if (centre) {
      last.words[last.words.length - 1] += ` ${tokens.slice(j, centre.end).map((t) => t.text).join(' ')}`;
      j = centre.end;
    }
  }
  return { refs, end: j };
}

/**
 * "các phường Ngọc Hà, Giảng Võ", "các xã Thạch Hòa và Thạch Trị": a plural type word followed
 * by the places it means, one named ref per place. A capitalised area word ("các phường Quận Ba
 * Đình") or a unit head starts no name.
 */
function namedList(tokens: readonly Token[], plural: AreaRef, i: number, limit: number): { refs: AreaRef[]; end: number } | null {
  const refs: AreaRef[] = [];
  // "UBND các phường: Hòa Khánh Bắc, Hòa Hiệp Nam".
  let j = plural.plural && tokens[i]?.text === ':' ? i + 1 : i;
  let end = i;
  let kind = plural;
  for (;;) {
    // "các xã Nghĩa Hải, Nghĩa Lợi và thị trấn Rạng Đông": the list may go on with a place of another
    // type of the same level, its type word written before it.
    const other = refs.length > 0 ? AREAS.match(tokens, j, limit) : null;
    const word = other?.values[0];
    if (other && word && word.level === plural.level && !word.types.some((t) => plural.types.includes(t)) && isCapWord(tokens[other.end])) {
      kind = { ...plural, level: word.level, types: word.types, words: [tokens.slice(j, other.end).map((t) => t.text).join(' ')] };
      j = other.end;
    } else if (AREAS.has(tokens, j, limit) || (HEADS.has(tokens, j, limit) && !(refs.length > 0 && headIsPlaceName(tokens, j, HEADS.match(tokens, j, limit)!.end, limit, (k) => startsSomething(tokens, k, limit), (k) => PREDICATE_STOPS.has(tokens, k, limit))))
      || NONUNITS.has(tokens, j, limit) || officeOverUnit(tokens, j, limit)) break;
    const e = capsRun(tokens, j, limit);
    if (e === j) break;
    refs.push({ ...kind, words: [...kind.words], plural: false, count: null, name: tokens.slice(j, e).map((t) => t.text).join(' '), nameSpan: [tokens[j]!.start, tokens[e - 1]!.end] });
    end = e;
    const glue = glueAt(tokens, e, limit);
    if (!glue || (glue.word !== ',' && glue.word !== 'và') || !(isCapWord(tokens[glue.end]) || AREAS.has(tokens, glue.end, limit))) break;
    j = glue.end;
  }
  return refs.length > 0 ? { refs, end } : null;
}

/** "11 phường", "18 UBND": a count, not the minutes of a clock ("08:15") at the end of a dateline above. */
function isCount(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return !!t && !!next && t.word && /^\d{1,3}$/.test(t.text) && tokens[j - 1]?.text !== ':';
}

function areaRefMatch(tokens: readonly Token[], i: number, limit: number): { end: number } | null {
  const r = areaRef(tokens, i, limit);
  return r ? { end: r.end } : null;
}

function areaRef(tokens: readonly Token[], i: number, limit: number): { ref: AreaRef; end: number } | null {
  let j = i;
  let plural = false;
  let count: number | null = null;
  const p = PLURALS.match(tokens, j, limit);
  if (p) { plural = true; j = p.end; }
  else if (isCount(tokens, j) && AREAS.has(tokens, j + 1, limit)) {
    plural = true; count = Number(tokens[j]!.text); j++;
  }
  const g = GRASSROOTS.match(tokens, j, limit);
  if (g && !plural) {
    return { ref: { level: 'ward', types: [], name: null, nameSpan: null, plural: true, count: null, grassroots: true, range: false, words: [] }, end: g.end };
  }
  // "UBND các địa phương": the areas below the writer's, printed as such; not the writer's own area.
  if (plural && LOCALITIES.has(tokens, j, limit)) {
    const end = LOCALITIES.match(tokens, j, limit)!.end;
    return { ref: { level: 'district', types: TYPES_OF_LEVEL.district, name: null, nameSpan: null, plural: true, count: null, grassroots: false, range: false, words: ['địa phương'] }, end };
  }
  const lv = LEVELS.match(tokens, j, limit);
  if (lv) {
    const w = lv.values[0]!;
    return { ref: { level: w.level, types: w.types, name: null, nameSpan: null, plural: true, count: null, grassroots: false, range: false, words: [], levelWord: w.phrases[0]! }, end: lv.end };
  }
  const a = AREAS.match(tokens, j, limit);
  // "Tỉnh ủy", "Quận ủy", "Huyện đoàn": a committee, not an area word.
  if (!a || tokens[a.end]?.norm === 'ủy' || committeeAt(tokens, j, limit)) return null;
  const word = a.values[0]!;
  const printed = tokens.slice(j, a.end).map((t) => t.text).join(' ').toLowerCase();
  j = a.end;
  let name: string | null = null;
  let nameSpan: [number, number] | null = null;
  if (!plural) {
    const e = capsRun(tokens, j, limit);
    if (e > j) {
      nameSpan = [tokens[j]!.start, tokens[e - 1]!.end];
      name = tokens.slice(j, e).map((t) => t.text).join(' ');
      j = e;
    }
  }
  return { ref: { level: word.level, types: word.types, name, nameSpan, plural, count, grassroots: false, range: false, words: [printed] }, end: j };
}

/** A committee named like an area ("Huyện đoàn", "Tỉnh đoàn") starts at j, not an area word. */
function committeeAt(tokens: readonly Token[], j: number, limit: number): boolean {
  const h = HEADS.match(tokens, j, limit);
  const head = h?.values[0];
  return !!head && head.shape === 'committee' && !(head.notBefore && h!.end < limit && head.notBefore.includes(tokens[h!.end]!.norm));
}

/**
 * Up to three offices from token j ("Lãnh đạo", "Chủ tịch"): the last one printed (or `office`)
 * and where they end. A module function: parseUnitAt runs at every token of a body, and a closure
 * made on each call cost more than the look-ups.
 */
function headPastOffice(tokens: readonly Token[], j: number, end: number, limit: number): boolean {
  for (let k = j; k < end; k++) if ((HEADS.match(tokens, k, limit)?.end ?? 0) > end) return true;
  return false;
}

function takeOffices(tokens: readonly Token[], j: number, limit: number, office: string | null): { office: string | null; j: number } {
  for (let n = 0; n < 3; n++) {
    const o = OFFICES.match(tokens, j, limit);
    if (!o) break;
    // "(các) thành viên có tên tại Điều 1": a head that opens inside an office's words and goes on past them is the head.
    if (headPastOffice(tokens, j, o.end, limit)) break;
    office = tokens.slice(j, o.end).map((t) => t.text).join(' ');
    j = o.end;
  }
  return { office, j };
}

/** Parse one unit mention starting at token i, or null. */
export function parseUnitAt(tokens: readonly Token[], i: number, limit = tokens.length, depth = 0): UnitMention | null {
  // "TKV và Tổng công ty …", "PC06 là đầu mối …": a unit the document named in full with this abbreviation.
  const defined = depth === 0 ? definedUnitAt<UnitMention>(tokens, i) : null;
  if (defined) return defined;
  let j = i;
  let office: string | null = null;
  let plural = false;
  ({ office, j } = takeOffices(tokens, j, limit, office));
  const p = PLURALS.match(tokens, j, limit);
  if (p) { plural = true; j = p.end; }
  else if (isCount(tokens, j) && HEADS.has(tokens, j + 1, limit)) { plural = true; j++; }
  ({ office, j } = takeOffices(tokens, j, limit, office));
  if (NONUNITS.has(tokens, j, limit) && !staffByField(tokens, j)) return null;
  // "Các đồng chí cấp ủy viên phụ trách tổ dân phố": members of the document's own committee in charge, as printed.
  const cellMember = CELL_MEMBERS.match(tokens, j, limit);
  if (cellMember) {
    const charged = inChargeEnd(tokens, cellMember.end, limit);
    if (charged > cellMember.end) return membersInCharge(tokens, i, charged);
  }
  const holder = office && depth < 2 ? bracketedHolder(tokens, j, limit, (k) => parseUnitAt(tokens, k, limit, depth + 1)) : null;
  if (holder) return { ...holder, from: i, to: holder.to + 1 };
  const h = HEADS.match(tokens, j, limit);
  if (!h) {
    // "Các huyện, thị, thành đoàn": committees whose common syllable is written once, at the end.
    const elided = plural ? elidedCommittees(tokens, j, limit) : null;
    if (elided) {
      return {
        head: elided.head, tail: null, name: null, nameSpan: null, areas: [], owner: null, moreOwners: [], plural, office, subward: null,
        from: i, to: elided.end, start: tokens[i]!.start, end: tokens[elided.end - 1]!.end, central: false, tails: elided.heads, village: null,
      };
    }
    // "Các đồng chí Đảng ủy viên": the members stand for their committee, the document's own.
    const committee = office ? MEMBER_COMMITTEES.get(fold(office).replace(/^(?:cac )?(?:dong chi |d\/c )?/u, '')) : undefined;
    if (!committee) return null;
    const charged = inChargeEnd(tokens, j, limit);
    if (charged > j) return membersInCharge(tokens, i, charged);
    return { ...syntheticMention(committee), plural, office, from: i, to: j, start: tokens[i]!.start, end: tokens[j - 1]!.end };
  }
  let head = h.values[0]!;
  const headAt = j;
  j = h.end;
  if (head.notBefore && j < limit && head.notBefore.includes(tokens[j]!.norm)) return null;
  if (head.pluralOnly && !plural && !villageHeadPost(head, office, tokens, headAt)) return null;
  if (placeSyllable(head, tokens[headAt]!)) return null;
  // "Các xóm trưởng", "các thôn trưởng": the heads of the villages stand for them, as "Trưởng các thôn" does.
  if (head.shape === 'subward' && tokens[j]?.norm === 'trưởng' && !office) { office = tokens[j]!.text; j++; }
  const villages = plural && head.shape === 'subward' && head.collective ? residentialListEnd(tokens, j, limit, (k) => villageKindAt(tokens, k, limit)) : null;
  // A word that is a head only written with a capital ("Vụ Pháp chế", not "nhiệm vụ"): asked first, as it is common.
  if ((head.qualified || head.capitalOnly) && (!tokens[headAt]!.upper || capsInnerSyllable(tokens, headAt))) return null;
  if (head.notAfter && headAt > 0 && head.notAfter.includes(tokens[headAt - 1]!.norm)) return null;
  const cell = depth < 2 ? readCell(tokens, headAt, j, limit, head, (k) => parseUnitAt(tokens, k, limit, depth + 1)) : null;
  if (cell?.kind === 'reject') return null;
  if (cell?.kind === 'cell') {
    return {
      head: { ...head, shape: 'part' }, tail: null, name: null, nameSpan: null, areas: [], owner: cell.owner, moreOwners: [], plural: plural || cell.owner.plural, office, subward: null,
      from: i, to: cell.end, start: tokens[i]!.start, end: tokens[cell.end - 1]!.end, central: false, tails: null, village: null,
    };
  }

  let tail: string | null = null;
  if (villages && villages.end > j) {
    if (villages.kinds > j) head = { ...head, canonical: printed(tokens, headAt, villages.kinds) };
    if (villages.end > villages.kinds) tail = printed(tokens, villages.kinds, villages.end);
    j = villages.end;
  }
  if (cell?.kind === 'association') { tail = cell.tail; office = cell.office ?? office; j = cell.end; }
  // "Chi hội trưởng các chi hội phụ nữ tổ dân phố": the heads of the cells named after them, one unit (the cells, by
  // their heads), not the head's own kind and then the cells.
  const headOf = cell?.kind === 'association' && !cell.tail ? cell.office : null;
  const cells = headOf && depth < 2 && PLURALS.has(tokens, j, limit) ? parseUnitAt(tokens, j, limit, depth + 1) : null;
  if (headOf && cells && cells.plural && !cells.office && cells.head.canonical === head.canonical) return { ...cells, office: headOf, from: i, start: tokens[i]!.start };
  // "Ban Tổ chức - Kiểm tra", "Ban Kiểm tra - Giám sát": an association's board of two fields, a board of its own
  // named by both (not the Party's Ban Tổ chức and a word after it).
  const merged = head.kind === 'party-organ' && !head.tail && head.canonical.startsWith('Ban ') && isDash(tokens[j]) ? capsGroup(tokens, j + 1, limit) : -1;
  if (merged > j + 1) {
    head = BOARD;
    tail = printed(tokens, headAt + 1, merged);
    j = merged;
  }
  // "các sở, ngành liên quan", "các phòng, ban có liên quan": the related ones of the kind, named so.
  const related = head.collective && !head.tail && !head.keyKind ? RELATED.match(tokens, j, limit) : null;
  if (related) {
    tail = 'liên quan';
    j = related.end;
  }
  const having = head.collective && !head.tail && !related ? HAVING.match(tokens, j, limit)?.end ?? namedInArticleEnd(tokens, j, limit) : null;
  if (having) {
    tail = printed(tokens, j, having);
    j = having;
  }
  if (head.tail && merged < 0) {
    const enterprise = ENTERPRISE.has(head.canonical);
    const from = enterprise ? enterpriseForm(tokens, j, limit) : head.lowerKind ? lowerKindEnd(tokens, j, limit) : j;
    let e = head.tail === 'caps' ? capsTail(tokens, from, limit, head.kind === 'department') : topicTail(tokens, from, limit);
    if (enterprise && e > from) e = enterpriseNameEnd(tokens, from, e);
    if (e === from) e = j;
    // "Giám đốc các Sở: Văn hóa và Thể thao, Du lịch, Tài chính": a plural head over the names of its units.
    const listed = e === j && plural && head.tail === 'caps' && GENERIC_HEADS.has(head.canonical) ? namesAfterColon(tokens, j, limit, head.kind === 'department') : null;
    if (listed) {
      return {
        head, tail: null, name: null, nameSpan: null, areas: [], owner: null, moreOwners: [], plural: false, office, subward: null,
        from: i, to: listed.end, start: tokens[i]!.start, end: tokens[listed.end - 1]!.end, central: false, tails: listed.names, village: null,
      };
    }
    if (e > j) {
      tail = tokens.slice(j, e).map((t, n) => (n > 0 && t.start === tokens[j + n - 1]!.end ? '' : ' ') + t.text).join('').trim().replace(/ ,/g, ',');
      // A header in capitals ("SỞ Y TẾ"): keep the first letter only; names are compared folded
      // anyway. An abbreviation ("GD&ĐT", "LĐ-TB&XH", "NÔNG NGHIỆP VÀ PTNT") stays as printed.
      if (isAllCaps(tail) && /\s/.test(tail)) tail = fromCapitals(tail);
      j = e;
      // "Đội Quản lý thị trường số 6": a numbered team keeps its number.
      if (tokens[j]?.norm === 'số' && isSmallNumber(tokens[j + 1]?.text ?? '')) {
        tail = `${tail} ${tokens[j]!.text} ${tokens[j + 1]!.text}`;
        j += 2;
      }
    }
    // "Giám đốc các sở, …", "các bệnh viện và …": a generic word made plural, ending there, is a
    // collective of its kind; "các trường hợp", "các phòng chức năng" go on with words of their own.
    else if (GENERIC_HEADS.has(head.canonical) && !(plural && endsBare(tokens, j, limit))) return null;
  }
  // "Đội Cảnh sát giao thông - Trật tự Công an quận": a police team or department is named with the
  // police of its area, one unit (not the team and then the police).
  if (tail && POLICE_TEAM_HEADS.has(head.canonical)) {
    const police = POLICE.match(tokens, j, limit);
    if (police && AREAS.has(tokens, police.end, limit)) {
      tail = `${tail} ${tokens.slice(j, police.end).map((t) => t.text).join(' ')}`;
      j = police.end;
    }
  }

  // "Ban Dân tộc HĐND tỉnh", "Ban Pháp chế Hội đồng nhân dân huyện": a committee of the council, one
  // unit named with its area (not the board and then the council).
  if (tail && head.canonical === 'Ban' && depth < 2 && COUNCIL.has(tokens, j, limit)) {
    const council = parseUnitAt(tokens, j, limit, depth + 1);
    if (council && council.head.kind === 'people-council' && !council.office && !council.plural) {
      return { ...council, head, tail: `${tail} HĐND`, office, plural, from: i, start: tokens[i]!.start };
    }
  }

  // "Hội Phụ nữ Quân đội", "Hội Phụ nữ Công an nhân dân": the association of a force, national, named as printed.
  if (!tail && head.kind === 'mass-organization' && head.shape === 'body' && tokens[j]?.upper) {
    const sector = SECTORS.match(tokens, j, limit);
    if (sector) {
      const own: UnitHead = { ...head, canonical: capitalizeFirst(printed(tokens, headAt, h.end)), shape: 'central', level: 'central', keyKind: undefined };
      return {
        head: own, tail: printed(tokens, j, sector.end), name: null, nameSpan: null, areas: [], owner: null, moreOwners: [], plural, office, subward: null,
        from: i, to: sector.end, start: tokens[i]!.start, end: tokens[sector.end - 1]!.end, central: false, tails: null, village: null,
      };
    }
  }

  // "Công đoàn cơ sở Công ty Cổ phần Chè …", "Công đoàn Công ty …": the union of that enterprise, one unit
  // ("cơ sở" is no ward there, nor the enterprise a unit of its own).
  if (!tail && head.canonical === 'Công đoàn' && depth < 2) {
    const base = GRASSROOTS.match(tokens, j, limit);
    const at = base ? base.end : j;
    const firm = startsEnterprise(tokens, at, limit) ? parseUnitAt(tokens, at, limit, depth + 1) : null;
    if (firm?.tail && !firm.office && !firm.plural) {
      const own: UnitHead = { ...head, canonical: base ? 'Công đoàn cơ sở' : 'Công đoàn', shape: 'part' };
      return {
        head: own, tail: null, name: null, nameSpan: null, areas: [], owner: firm, moreOwners: [], plural, office, subward: null,
        from: i, to: firm.to, start: tokens[i]!.start, end: firm.end, central: false, tails: null, village: null,
      };
    }
    // "các công đoàn cơ sở": the unions of the enterprises and agencies, not the unions of the wards.
    if (base) { tail = tokens[j]!.upper ? 'Cơ sở' : 'cơ sở'; j = base.end; }
  }

  // "Cục Quản lý thị trường tỉnh", "Cục Thuế tỉnh Nghệ An": a province's department of a national one, of that province.
  if (tail && head === CUC && depth < 2) {
    const refs = parseAreaRefs(tokens, j, limit);
    if (refs && refs.refs.length === 1 && refs.refs[0]!.level === 'province' && !refs.refs[0]!.plural) {
      return {
        head: CUC_OF_PROVINCE, tail, name: null, nameSpan: null, areas: refs.refs, owner: null, moreOwners: [], plural, office, subward: null,
        from: i, to: refs.end, start: tokens[i]!.start, end: tokens[refs.end - 1]!.end, central: false, tails: null, village: null,
      };
    }
  }

  // "Ban Phong trào Tỉnh đoàn", "Ban Gia đình - Xã hội Trung ương Hội": a board of the committee written
  // right after it, one unit (not the board of the document's area and then the committee).
  // "Trung tâm Truyền thông Trung ương Đoàn": a centre of a mass organisation's central committee is its organ too.
  if (tail && (head.canonical === 'Ban' || head.canonical === 'Trung tâm') && depth < 2) {
    const board = boardOwner(tokens, j, limit, depth);
    if (board && (head.canonical === 'Ban' || board.owner.head.shape === 'central')) {
      return {
        head: head.canonical === 'Ban' ? board.head : { ...head, kind: board.head.kind, shape: 'part' }, tail, name: null, nameSpan: null, areas: [], owner: board.owner, moreOwners: [], plural, office, subward: null,
        from: i, to: board.owner.to, start: tokens[i]!.start, end: board.owner.end, central: false, tails: null, village: null,
      };
    }
  }

  // "các thành viên có tên tại Điều 1": the article's number is the rest of the name.
  if (head.article && isSmallNumber(tokens[j]?.text ?? '')) tail = tokens[j++]!.text;

  let owner: UnitMention | null = null;
  const moreOwners: UnitMention[] = [];
  const ownsOthers = head.shape === 'part' || head.shape === 'member';
  if (ownsOthers && depth < 2) {
    let k = j;
    const lead = REF_LEADS.match(tokens, k, limit);
    if (lead && head.shape === 'member') k = lead.end;
    const o = parseUnitAt(tokens, k, limit, depth + 1);
    // "các đảng ủy trực thuộc Trung ương": the committees under the Central Committee.
    const fits = o && (head.shape === 'member' ? o.head.shape === 'committee' || o.head.keyKind === 'Trung ương' : ['committee', 'body', 'central'].includes(o.head.shape));
    // "Ban Tuyên giáo các huyện ủy, thành ủy, thị ủy": an organ of each of several committees.
    if (o && fits && !o.office && (!o.plural || head.shape === 'part')) {
      owner = o;
      j = o.to;
      while (o.plural && head.shape === 'part') {
        const glue = glueAt(tokens, j, limit);
        const next = glue ? parseUnitAt(tokens, glue.end, limit, depth + 1) : null;
        if (!next || next.office || (next.head.shape !== 'committee' && next.head.shape !== 'member')) break;
        moreOwners.push({ ...next, plural: true });
        j = next.to;
      }
    }
  }

  // "các Tổ đại biểu và đại biểu HĐND tỉnh": the groups and the deputies of one council, written once after both.
  if (!owner && head === DEPUTY_GROUPS && depth < 2) {
    const glue = glueAt(tokens, j, limit);
    const deputies = glue?.word === 'và' ? parseUnitAt(tokens, glue.end, limit, depth + 1) : null;
    if (deputies?.head === DEPUTIES && deputies.areas.length > 0) owner = { ...deputies, head: COUNCIL_HEAD, office: null, plural: false };
  }

  // "phối hợp với Ủy ban MTTQ Việt Nam cùng cấp": the body of the level of the clause's units, named so, of no area.
  const same = !owner && !office ? SAME_LEVEL.match(tokens, j, limit) : null;
  if (same) {
    tail = tail ? `${tail} cùng cấp` : 'cùng cấp';
    j = same.end;
  }

  // "Văn phòng Ban", "Thanh tra Sở": the issuer's own organ, named with the bare kind word of the issuer.
  const kindEnd = !owner && !same && depth === 0 && (head.shape === 'part' || head.canonical === 'Thanh tra')
    ? issuerKindEnd(tokens, j, limit, (k) => AREAS.has(tokens, k, limit)) : -1;
  if (kindEnd > 0) {
    return {
      head, tail, name: null, nameSpan: null, areas: [], owner: null, moreOwners, plural, office, subward: null,
      from: i, to: kindEnd, start: tokens[i]!.start, end: tokens[kindEnd - 1]!.end, central: false, tails: null, village: null,
    };
  }

  let name: string | null = null;
  let nameSpan: [number, number] | null = null;
  let areas: AreaRef[] = [];
  if (!owner && !same && head.shape !== 'central') {
    // "Ngân hàng Chính sách xã hội chi nhánh tỉnh Bình Định": a body's branch in an area is its body of that area.
    const branch = head.shape === 'body' ? BRANCH.match(tokens, j, limit) : null;
    if (branch && AREAS.has(tokens, branch.end, limit)) j = branch.end;
    const refs = parseAreaRefs(tokens, j, limit);
    if (refs) { areas = refs.refs; j = refs.end; }
    // "Công đoàn Công ty …": an enterprise after the head is no place name ("Công").
    else if (head.shape === 'body' && (head.tail !== 'caps' || (head.kind === 'department' && provinceNameEnd(tokens, j, limit) > 0)) && !startsEnterprise(tokens, j, limit)) {
      // "Đài Phát thanh - Truyền hình Đà Nẵng": a place name straight after the head; after a
      // capitalised name ("Sở Y tế Hà Tĩnh"), only a province's.
      const e = head.tail === 'caps' ? provinceNameEnd(tokens, j, limit) : capsRun(tokens, j, limit, 4);
      if (e > j) {
        const placeName = tokens.slice(j, e).map((t) => t.text).join(' ');
        areas = [{ level: 'province', types: [], name: placeName, nameSpan: [tokens[j]!.start, tokens[e - 1]!.end], plural: false, count: null, grassroots: false, range: false, words: [], bare: true }];
        j = e;
      }
    }
    else if (head.shape === 'committee') {
      // "Đảng ủy Công ty cổ phần Xi măng Bỉm Sơn": the committee of an enterprise, not a ward's named "Công".
      const firm = PARTY_OF_BODY.has(head.canonical) && depth < 2 && startsEnterprise(tokens, j, limit) ? parseUnitAt(tokens, j, limit, depth + 1) : null;
      const e = firm?.tail ? j : capsRun(tokens, j, limit);
      if (firm?.tail && !firm.office) {
        owner = firm;
        j = firm.to;
      } else if (e > j) {
        name = tokens.slice(j, e).map((t) => t.text).join(' ');
        nameSpan = [tokens[j]!.start, tokens[e - 1]!.end];
        j = e;
      } else if (PARTY_OF_BODY.has(head.canonical) && depth < 2) {
        // "Đảng ủy Ủy ban nhân dân tỉnh": the Party committee of a State body.
        const o = parseUnitAt(tokens, j, limit, depth + 1);
        if (o && o.head.shape === 'body' && !o.office) { owner = o; j = o.to; }
      }
    }
  }

  // "Các cơ quan, đơn vị thuộc UBND huyện": a collective of the People's Committee's area, named with it.
  if (head.collective && areas.length === 0 && !owner && depth < 2) {
    const lead = BELONGS.match(tokens, j, limit);
    const o = lead ? parseUnitAt(tokens, lead.end, limit, depth + 1) : null;
    if (o && o.head.canonical === 'UBND' && !o.office && !o.plural && o.areas.length > 0 && !o.areas.some((a) => a.plural)) { areas = o.areas; j = o.to; }
  }

  // "Văn phòng - Thống kê UBND xã", "Công chức Địa chính UBND xã": a commune's post named with its People's Committee is
  // the post of that commune, one unit (not the post and then the committee).
  if (head.level === 'ward' && head.kind === 'agency' && head.shape === 'body' && areas.length === 0 && !owner && depth < 2 && tokens[j]?.text === 'UBND') {
    const o = parseUnitAt(tokens, j, limit, depth + 1);
    if (o && o.head.canonical === 'UBND' && !o.office && !o.plural && o.areas.length === 1 && o.areas[0]!.level === 'ward') { areas = o.areas; j = o.to; }
  }

  // "thanh tra việc …", "tham gia bảo hiểm xã hội": a common word, not the agency of an area.
  if (head.qualified && (!tokens[headAt]!.upper || (areas.length === 0 && !owner && !name && !tail))) return null;
  // "cơ quan thường trực": the adjective, not the standing committee of the issuer.
  if (head.lowerNeedsOwner && !tokens[headAt]!.upper && areas.length === 0 && !owner && !name) return null;

  // "Đảng ủy Công an Trung ương", "các đoàn thể chính trị - xã hội Trung ương": the word names the
  // national body; read alone after the name it became a unit of its own, the Central Committee.
  const centre = head.shape !== 'central' && !name && areas.length === 0 ? centreAfter(tokens, j, limit) : 0;
  if (centre > 0) {
    if (owner && owner.head.shape === 'body' && owner.areas.length === 0 && !owner.name) {
      owner = { ...owner, central: true, to: centre, end: tokens[centre - 1]!.end };
      return { head, tail, name, nameSpan, areas, owner, moreOwners, plural, office, subward: null, from: i, to: centre, start: tokens[i]!.start, end: tokens[centre - 1]!.end, central: false, tails: null, village: null };
    }
    if (!owner && head.shape === 'body') {
      return { head, tail, name, nameSpan, areas, owner, moreOwners, plural, office, subward: null, from: i, to: centre, start: tokens[i]!.start, end: tokens[centre - 1]!.end, central: true, tails: null, village: null };
    }
  }

  let subward: string | null = null;
  let village: string | undefined;
  const sl = SUBWARD_LEADS.match(tokens, j, limit);
  // "Ban Công tác Mặt trận các xóm": the villages qualify the unit before them, made plural or not.
  const sp = PLURALS.match(tokens, sl ? sl.end : j, limit);
  const sq = SUBWARD.match(tokens, sp ? sp.end : sl ? sl.end : j, limit);
  if (sq) {
    subward = tokens.slice(sp ? sp.end : sl ? sl.end : j, sq.end).map((t) => t.text).join(' ');
    j = sq.end;
    // "Chi bộ thôn Thành Lợi", "Chi hội Phụ nữ xóm 5": one village, named or numbered after its type word.
    const named = !sp ? villageNameEnd(tokens, j, limit) : j;
    if (named > j) {
      subward = `${subward} ${printed(tokens, j, named)}`;
      village = capitalizeFirst(printed(tokens, headAt, named));
      j = named;
    }
    // "Chi hội trưởng phụ nữ các thôn, khu phố": the other kinds of village listed with the first, of the same cells.
    const kinds = sp && !village ? residentialListEnd(tokens, j, limit, (k) => villageKindAt(tokens, k, limit)).kinds : j;
    if (kinds > j) { subward = `${subward}${printed(tokens, j, kinds)}`; j = kinds; }
    // "Các chi bộ thôn ven biển": which villages, as after plural places ("các xã ven biển"); lost, the unit was every cell.
    const which = village ? null : whichPlacesEnd(tokens, j, limit);
    if (which) { subward = `${subward} ${printed(tokens, j, which)}`; j = which; }
  }

  // "Đồng chí Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội": a deputy given a field is a post of their own,
  // not the committee (which a chair stands for).
  const field = office && !plural && DEPUTY.has(tokens, officeAt(tokens, i, limit), limit) && !chargeIsWork(tokens, j, limit) ? fieldInChargeEnd(tokens, j, limit) : j;
  if (field > j) return postInCharge(tokens, i, field, head);
  // "Các đồng chí Ủy viên Ban Thường vụ Huyện ủy phụ trách địa bàn": members of an organ in charge of places, as printed.
  const charged = office && MEMBER_OFFICE.has(tokens, officeAt(tokens, i, limit), limit) ? placesInChargeEnd(tokens, j, limit) : j;
  if (charged > j) return membersInCharge(tokens, i, charged);
  return {
    head, tail, name, nameSpan, areas, owner, moreOwners, plural, office, subward,
    from: i, to: j, start: tokens[i]!.start, end: tokens[j - 1]!.end, central: false, tails: null, village: village ?? null,
  };
}

/** "Cán bộ Thú y xã": the staff of a field, a post; "cán bộ, đảng viên", "Cán bộ xã" stay people. */
function staffByField(tokens: readonly Token[], j: number): boolean {
  return tokens[j]!.norm === 'cán' && tokens[j + 1]?.norm === 'bộ' && !!tokens[j + 2]?.upper && tokens[j + 2]!.word;
}

/** Another kind of village at k ("khu phố" after "các thôn, "): where it ends, or -1. */
function villageKindAt(tokens: readonly Token[], k: number, limit: number): number {
  const h = HEADS.match(tokens, k, limit);
  const v = h?.values[0];
  if (!h || !v || v.shape !== 'subward' || !v.collective) return -1;
  return v.notBefore && h.end < limit && v.notBefore.includes(tokens[h.end]!.norm) ? -1 : h.end;
}

const CELL_MEMBERS = phraseSet(['cấp ủy viên', 'chi ủy viên']);
const MEMBER_OFFICE = phraseSet(['ủy viên']);
const DEPUTY = phraseSet(['phó chủ tịch', 'phó giám đốc', 'phó trưởng', 'phó bí thư', 'phó chánh']);
const FIELD_GLUE = phraseSet([',', 'và']);
const FIELD_WORDS = phraseSet(['xã hội']);

/** Where the last office before a mention's head starts ("Đồng chí Phó Chủ tịch UBND": at "Phó"). */
function officeAt(tokens: readonly Token[], i: number, limit: number): number {
  let at = i;
  for (let j = i, n = 0; n < 3; n++) {
    const o = OFFICES.match(tokens, j, limit);
    if (!o) break;
    at = j;
    j = o.end;
  }
  return at;
}

/** "phụ trách văn hóa - xã hội", "phụ trách lĩnh vực nông nghiệp": the field's lower-case words, up to the verb; j when none. */
function fieldInChargeEnd(tokens: readonly Token[], j: number, limit: number): number {
  const c = IN_CHARGE.match(tokens, j, limit);
  if (!c) return j;
  let k = c.end;
  let words = 0;
  while (k < limit && words < 8) {
    const g = words > 0 ? (isDash(tokens[k]) ? { end: k + 1 } : FIELD_GLUE.match(tokens, k, limit)) : null;
    const at = g ? g.end : k;
    // "văn hóa - xã hội": "xã" is no commune there.
    const social = FIELD_WORDS.match(tokens, at, limit);
    if (social) { k = social.end; words++; continue; }
    if (!isLowerWord(tokens[at]) || NAME_STOPS.has(tokens, at, limit) || startsSomething(tokens, at, limit)) break;
    k = at + 1;
    words++;
  }
  return words > 0 ? k : j;
}

/** A deputy in charge of a field, a unit named as printed (without "Đồng chí"), of the kind of the body named. */
function postInCharge(tokens: readonly Token[], i: number, end: number, head: UnitHead): UnitMention {
  const name = capitalizeFirst(printed(tokens, i, end).replace(/^(?:đồng chí\s+|đ\/c\s+)/iu, ''));
  const post: UnitHead = { canonical: name, phrases: [], kind: head.kind, shape: 'body' };
  return { ...syntheticMention(post), from: i, to: end, start: tokens[i]!.start, end: tokens[end - 1]!.end };
}

const SAME_LEVEL = phraseSet(['cùng cấp']);
const IN_CHARGE = phraseSet(['phụ trách', 'được phân công phụ trách', 'trực tiếp phụ trách']);

/** After a committee's members: "phụ trách chi bộ", "phụ trách các thôn": where the charge ends, or j when none is written. */
function inChargeEnd(tokens: readonly Token[], j: number, limit: number): number {
  const c = IN_CHARGE.match(tokens, j, limit);
  if (!c) return j;
  const k = PLURALS.match(tokens, c.end, limit)?.end ?? c.end;
  const what = SUBWARD.match(tokens, k, limit) ?? chargedBloc(tokens, k, limit) ?? HEADS.match(tokens, k, limit) ?? chargedAreas(tokens, k, limit);
  return what ? what.end : j;
}

/** "phụ trách địa bàn", "phụ trách các thôn": places only (an organ's member in charge of a field stands for the organ). */
function placesInChargeEnd(tokens: readonly Token[], j: number, limit: number): number {
  const c = IN_CHARGE.match(tokens, j, limit);
  if (!c) return j;
  const k = PLURALS.match(tokens, c.end, limit)?.end ?? c.end;
  const what = SUBWARD.match(tokens, k, limit) ?? chargedAreas(tokens, k, limit);
  return what ? what.end : j;
}

const CHARGED_AREAS = phraseSet(['xã', 'phường', 'thị trấn', 'cơ sở', 'địa bàn', 'khu dân cư']);

/** "phụ trách xã, thị trấn": the kinds of places a member is in charge of, listed; where the list ends, or null. */
function chargedAreas(tokens: readonly Token[], k: number, limit: number): { end: number } | null {
  let m = CHARGED_AREAS.match(tokens, k, limit);
  if (!m) return null;
  for (;;) {
    const glue = glueAt(tokens, m.end, limit);
    const next = glue && (glue.word === ',' || glue.word === 'và') ? CHARGED_AREAS.match(tokens, glue.end, limit) : null;
    if (!next) return m;
    m = next;
  }
}

const MEMBERS_HEAD: UnitHead = { canonical: 'ủy viên', phrases: [], kind: 'party-organ', shape: 'part', collective: true };

/**
 * "Các đồng chí Đảng ủy viên phụ trách chi bộ dự …": the members in charge are the unit, named as printed
 * (the labelling convention), an organ of the document's committee; not the committee itself.
 */
function membersInCharge(tokens: readonly Token[], i: number, end: number): UnitMention {
  const name = capitalizeFirst(printed(tokens, i, end).replace(/^(?:các\s+)?(?:đồng chí\s+|đ\/c\s+)?/iu, ''));
  return { ...syntheticMention({ ...MEMBERS_HEAD, canonical: name }), plural: true, from: i, to: end, start: tokens[i]!.start, end: tokens[end - 1]!.end };
}

/** The first syllable of a committee named like an area ("huyện" of "Huyện đoàn", "thị" of "Thị ủy"). */
const COMMITTEE_FIRST = new Map<string, string>([['huyện', 'Huyện'], ['quận', 'Quận'], ['thị', 'Thị'], ['thành', 'Thành'], ['tỉnh', 'Tỉnh']]);
const COMMITTEE_BY_NAME = new Map(UNIT_HEADS.filter((h) => h.shape === 'committee').map((h) => [h.canonical, h] as const));

/**
 * "huyện, thị, thành đoàn", "huyện, thị, thành ủy" after "các": the first syllables of committees listed,
 * the second written once with the last. The last committee's head, every committee's canonical name in
 * order, and where the list ends; null when the words are not such a list.
 */
function elidedCommittees(tokens: readonly Token[], j: number, limit: number): { head: UnitHead; heads: string[]; end: number } | null {
  const firsts: string[] = [];
  let k = j;
  for (;;) {
    const first = COMMITTEE_FIRST.get(tokens[k]?.norm ?? '');
    if (!first || !tokens[k]!.word) return null;
    const glue = glueAt(tokens, k + 1, limit);
    if (!glue || (glue.word !== ',' && glue.word !== 'và')) break;
    firsts.push(first);
    k = glue.end;
  }
  const h = firsts.length > 0 ? HEADS.match(tokens, k, limit) : null;
  const last = h?.values[0];
  if (!h || !last || last.shape !== 'committee' || h.end !== k + 2) return null;
  const second = tokens[k + 1]!.norm;
  const heads = [...firsts.map((f) => `${f} ${second}`), last.canonical];
  if (!heads.every((c) => COMMITTEE_BY_NAME.has(c))) return null;
  return { head: last, heads, end: h.end };
}

const BAN = UNIT_HEADS.find((h) => h.canonical === 'Ban')!;
const CUC = UNIT_HEADS.find((h) => h.canonical === 'Cục')!;
const BRANCH = phraseSet(['chi nhánh']);
const DEPUTY_GROUPS = UNIT_HEADS.find((h) => h.canonical === 'Tổ đại biểu')!;
const DEPUTIES = UNIT_HEADS.find((h) => h.canonical === 'đại biểu HĐND')!;
const COUNCIL_HEAD = UNIT_HEADS.find((h) => h.canonical === 'HĐND')!;
const BOARD = UNIT_HEADS.find((h) => h.canonical === 'Ban' && h.generic)!;
const CUC_OF_PROVINCE: UnitHead = { ...CUC, shape: 'body', level: 'province' };
const BOARD_OF_PARTY: UnitHead = { ...BAN, kind: 'party-organ', shape: 'part' };
const BOARD_OF_MASS: UnitHead = { ...BAN, kind: 'mass-organization', shape: 'part' };
const BOARD_OF_FRONT: UnitHead = { ...BAN, kind: 'front', shape: 'part' };

/**
 * After "Ban <name>": a committee (a Party one, the Youth Union's "Tỉnh đoàn") or a mass organisation's
 * central committee ("Trung ương Hội") written at once, one of them, with no office: the board's owner,
 * and the head the board takes as its organ.
 */
function boardOwner(tokens: readonly Token[], j: number, limit: number, depth: number): { owner: UnitMention; head: UnitHead } | null {
  if (!isCapWord(tokens[j])) return null;
  const o = parseUnitAt(tokens, j, limit, depth + 1);
  if (!o || o.office || o.plural || o.from !== j) return null;
  // "Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh": the Front's committee has boards of its own.
  const front = o.head.canonical === 'Ủy ban MTTQ';
  // "Ban Tuyên huấn Hội Nông dân tỉnh", "Ban Tổ chức - Kiểm tra Hội Cựu chiến binh huyện": a mass
  // organisation of an area has boards of its own too (read apart, the board became the province's).
  const association = o.head.kind === 'mass-organization' && o.head.shape === 'body' && !o.head.collective && !o.head.generic
    && (o.areas.length > 0 || !!o.name);
  const committee = o.head.shape === 'committee' || (o.head.shape === 'central' && o.head.kind === 'mass-organization') || front || association;
  if (!committee) return null;
  return { owner: o, head: o.head.kind === 'party-committee' ? BOARD_OF_PARTY : front ? BOARD_OF_FRONT : BOARD_OF_MASS };
}

/** Printed words of tokens [a, b), spaced as printed ("GD&ĐT" stays one word). */
function printed(tokens: readonly Token[], a: number, b: number): string {
  return tokens.slice(a, b).map((t, n) => (n > 0 && t.start === tokens[a + n - 1]!.end ? '' : ' ') + t.text).join('').trim().replace(/ ,/g, ',');
}

/**
 * ": Văn hóa và Thể thao, Du lịch, Tài chính" after a plural head: the names it lists, at least two,
 * each read as a name after the head would be; null when no such list follows.
 */
function namesAfterColon(tokens: readonly Token[], j: number, limit: number, department: boolean): { names: string[]; end: number } | null {
  if (tokens[j]?.text !== ':') return null;
  const names: string[] = [];
  let k = j + 1;
  let end = k;
  for (;;) {
    const e = capsTail(tokens, k, limit, department);
    if (e === k) break;
    names.push(printed(tokens, k, e));
    end = e;
    const glue = glueAt(tokens, e, limit);
    if (!glue || (glue.word !== ',' && glue.word !== 'và') || !isCapWord(tokens[glue.end])) break;
    k = glue.end;
  }
  return names.length >= 2 ? { names, end } : null;
}

/** After a village's type word: its name ("Thành Lợi", "Đông 2") or number ("5", "3A"), where it ends; j when none. */
function villageNameEnd(tokens: readonly Token[], j: number, limit: number): number {
  const t = tokens[j];
  if (t && /^\d{1,3}[A-Za-z]?$/.test(t.text)) return j + 1;
  return capsRun(tokens, j, limit, 4);
}

/**
 * "Trung ương" (or "Trung ương Đảng") right after a name, not opening another name ("Trung ương Đoàn",
 * "Trung ương Hội …" are bodies of their own): where it ends, or 0.
 */
function centreAfter(tokens: readonly Token[], j: number, limit: number): number {
  const c = CENTRE.match(tokens, j, limit);
  if (!c || !tokens[j]!.upper) return 0;
  const party = tokens[c.end]?.norm === 'đảng' ? c.end + 1 : c.end;
  return isCapWord(tokens[party]) ? 0 : party;
}

const PEOPLE_COMMITTEE = UNIT_HEADS.find((h) => h.canonical === 'UBND')!;
const AREA_PLURALS = phraseSet(['các', 'tất cả các']);

/**
 * "Các xã, thị trấn kiểm tra …": areas made plural with no head, as the subject of a clause, are
 * their People's Committees. Only "các" (not "cả", "toàn": "toàn tỉnh" is a place) and only where
 * the caller reads a subject: elsewhere "các xã" is where something happens.
 */
export function areaBodyAt(tokens: readonly Token[], i: number, limit: number): UnitMention | null {
  const p = AREA_PLURALS.match(tokens, i, limit);
  if (!p || !AREAS.has(tokens, p.end, limit) || committeeAt(tokens, p.end, limit)) return null;
  const refs = parseAreaRefs(tokens, i, limit);
  if (!refs || refs.refs.length === 0 || !refs.refs.every((r) => r.plural || r.name !== null)) return null;
  return { ...syntheticMention(PEOPLE_COMMITTEE), areas: refs.refs, plural: true, from: i, to: refs.end, start: tokens[i]!.start, end: tokens[refs.end - 1]!.end };
}

/** A mention with no text behind it: a head named by a symbol's code or by context. */
export function syntheticMention(head: UnitHead): UnitMention {
  return { head, tail: null, name: null, nameSpan: null, areas: [], owner: null, moreOwners: [], plural: false, office: null, subward: null, from: 0, to: 0, start: 0, end: 0, central: false, tails: null, village: null };
}

/** True when a unit mention could start at i (cheap test before parseUnitAt). */
export function mayStartUnit(tokens: readonly Token[], i: number, limit: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (!UNIT_FIRST_WORDS.has(t) || (!t.upper && CAPITAL_ONLY_FIRST.has(t.norm)) || PLURAL_ONLY_FIRST.has(t.norm)) return isSmallNumber(t.text) || isDefinedUnit(t);
  return HEADS.has(tokens, i, limit) || OFFICES.has(tokens, i, limit) || PLURALS.has(tokens, i, limit) || isSmallNumber(t.text);
}

/** /^\d{1,3}$/ without a regex: asked at every token of the body. */
function isSmallNumber(s: string): boolean {
  if (s.length === 0 || s.length > 3) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** True when only list glue (",", "và", "–" ...) lies between token a and token b. */
export function onlyGlue(tokens: readonly Token[], a: number, b: number): boolean {
  let k = a;
  while (k < b) {
    const g = glueAt(tokens, k, b);
    if (!g) return false;
    k = g.end;
  }
  return true;
}

/**
 * Distribute a trailing qualifier or owner back over a list: in "Ủy ban MTTQ, các tổ chức chính
 * trị - xã hội Quận và các phường" both units are of the district and of its wards; in "Các ban
 * xây dựng Đảng và Văn phòng Quận ủy" both are organs of the Quận ủy. A unit with its own
 * qualifier, owner or name keeps it and passes it on to the units before it.
 */
export function distribute(tokens: readonly Token[], list: UnitMention[]): UnitMention[] {
  const out = list.map((m) => ({ ...m }));
  // "Các huyện ủy, thị ủy, thành ủy": the plural of the first committee is the list's.
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1]!;
    const m = out[k]!;
    if (prev.plural && prev.head.shape === 'committee' && m.head.shape === 'committee' && !m.plural && !m.name && onlyGlue(tokens, prev.to, m.from)) {
      out[k] = { ...m, plural: true };
    }
  }
  for (let k = out.length - 2; k >= 0; k--) {
    const m = out[k]!;
    const next = out[k + 1]!;
    if (!onlyGlue(tokens, m.to, next.from)) continue;
    const own = m.areas.length > 0 || m.owner !== null || m.name !== null || m.head.shape === 'central';
    if (own) continue;
    if (m.head.shape === 'part' || m.head.shape === 'member') {
      if (next.owner && (next.head.shape === 'part' || next.head.shape === 'member')) out[k] = { ...m, owner: next.owner };
    } else if (next.areas.length > 0 && next.head.shape !== 'part') {
      // Not onto a head of another level: in "Phòng Kinh tế và Hạ tầng, UBND các xã" the wards are UBND's only.
      if (m.head.level && m.head.shape !== 'committee' && !next.areas.some((a) => a.level === m.head.level)) continue;
      // Nor onto a collective from the units below: "các cơ quan, đơn vị liên quan và Chủ tịch UBND các xã".
      if (m.head.collective && next.areas.some((a) => a.plural || a.grassroots)) continue;
      out[k] = { ...m, areas: next.areas };
    }
  }
  return out;
}
