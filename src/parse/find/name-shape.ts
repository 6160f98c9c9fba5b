import { phraseSet } from '../phrases.js';
import { lowerAndFieldEnd } from './lower-and-field.js';
import { isAllCaps } from '../text.js';
import { type Token, isDash } from '../tokens.js';
import { DEPARTMENT_NAMES, NAME_INNER_NOUNS, NAME_INNER_PHRASES, NAME_STOPWORDS, TOPIC_CLAUSE_WORDS, TOPIC_OPENING_STOPS, TOPIC_STOPS, type UnitHead } from '../vocabulary/units.js';
import { unitAfterAnd } from './and-unit.js';
import { commaFieldAt } from './comma-field.js';
import { countryRegionEnd } from './country-region.js';
import { leadClosedEnd } from './lead-closed-name.js';
import { personNameAt, provinceNameEnd } from './place-names.js';
import { titledTopicEnd } from './topic-name.js';
import { abbreviatedHalf } from './union-cell.js';
import { AREAS, FIELD_WORDS, GENERIC_HEADS, HEADS, NAME_STOPS, OFFICES, PLURALS, PREDICATE_STOPS, REF_LEADS, glueAt, isCapWord, isLowerWord, printed } from './unit-words.js';

/*
 * The words of a unit's name after its head: capitalised groups ("Văn hóa, Thể thao và Du lịch"), a
 * place or proper name's run of capitals, a lower-case topic ("phòng, chống dịch bệnh"), and the tests
 * of where such a name stops because something else starts. Apart from the grammar (units.ts): it reads
 * words, not units, and area refs and villages read their place names with it too.
 */

const STOPWORDS = phraseSet(NAME_STOPWORDS);
const DEPARTMENTS = phraseSet(DEPARTMENT_NAMES);
const NAME_INNER = phraseSet(NAME_INNER_PHRASES);
const NAME_NOUNS = phraseSet(NAME_INNER_NOUNS);

/** True when a head, an area word or an office starts at i: a name stops there. A head that is also a common word ("Điện lực") does not stop "Công ty Điện lực". */
export function startsSomething(tokens: readonly Token[], i: number, limit: number): boolean {
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
export function endsBare(tokens: readonly Token[], j: number, limit: number): boolean {
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
  return !!h && !GENERIC_HEADS.has(h.values[0]!.canonical) && !placeSyllable(h.values[0]!, tokens[i]!) && !pluralOnlyBody(h.values[0]!);
}

/** "xã Bản Lầu": a head that is one only in lower case, written with a capital inside a name. */
export function placeSyllable(head: UnitHead, t: Token): boolean {
  return !!head.lowerOnly && t.upper;
}

/**
 * Inside a name's lower-case words, a head that is one only with a capital ("điện lực", "thanh tra") is a
 * word of the name: "Cục Điều tiết điện lực" ended at "tiết".
 */
function headInName(tokens: readonly Token[], j: number, limit: number): boolean {
  const h = HEADS.match(tokens, j, limit);
  return !!h && !GENERIC_HEADS.has(h.values[0]!.canonical) && !h.values[0]!.qualified && !pluralOnlyBody(h.values[0]!);
}

/**
 * A body that is a head only made plural ("các trường học"): inside a name it is the name's words ("Ban Thanh niên
 * trường học Thành Đoàn", "chi bộ trường học").
 */
export function pluralOnlyBody(h: { pluralOnly?: boolean; shape: string }): boolean {
  return !!h.pluralOnly && h.shape === 'body';
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
export function officeOverUnit(tokens: readonly Token[], j: number, limit: number): boolean {
  const o = OFFICES.match(tokens, j, limit);
  return !!o && (HEADS.has(tokens, o.end, limit) || PLURALS.has(tokens, o.end, limit));
}

/** A run of capitalised words (a place or a proper name), at most `max` words. */
export function capsRun(tokens: readonly Token[], i: number, limit: number, max = 5): number {
  let j = i;
  while (j < limit && j - i < max && isCapWord(tokens[j])) {
    if (specificHead(tokens, j, limit) || departmentAt(tokens, j, limit) || (j > i && startsInsideName(tokens, j, limit))) break;
    // "UBND tỉnh Hà Tĩnh Nguyễn Hồng Lĩnh": the signer's name after the place (place-names.ts).
    if (j - i >= 2 && personNameAt(tokens, j, limit)) break;
    j++;
  }
  return j;
}

/**
 * A lower-case word a name may hold after its capitalised start: no head, area word, office, glue or stopword, and not
 * the "số" of a team's number ("Chi đội Kiểm ngư số 5": the grammar keeps the number; read as a word of the name, the
 * number after it opened a group that took the clause's verb).
 */
function nameWordAt(tokens: readonly Token[], j: number, limit: number): boolean {
  return isLowerWord(tokens[j]) && !headInName(tokens, j, limit) && !AREAS.has(tokens, j, limit)
    && !OFFICES.has(tokens, j, limit) && !glueAt(tokens, j, limit) && !NAME_STOPS.has(tokens, j, limit)
    && !(tokens[j]!.norm === 'số' && /^\d{1,3}$/.test(tokens[j + 1]?.text ?? ''));
}

function knownHoldsComma(tokens: readonly Token[], k: number, end: number): boolean {
  for (let j = k + 1; j < end; j++) if (tokens[j]!.text === ',' || isDash(tokens[j])) return true;
  return false;
}

/** One capitalised word group of a name ("Văn hóa", "Quản lý đô thị") at k: its end, or -1. */
export function capsGroup(tokens: readonly Token[], k: number, limit: number, areaName = false, proper = false): number {
  if (!isCapWord(tokens[k]) || (!areaName && startsSomething(tokens, k, limit) && !commaFieldAt(tokens, k, limit, DEPARTMENTS))) return -1;
  // A known name ends where it ends, unless its words go on with capitals ("Y tế Dự phòng").
  const known = DEPARTMENTS.match(tokens, k, limit);
  // "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh": a unit after it ends it too.
  // "Ban Quản lý rừng phòng hộ, đặc dụng Hà Nội", "… phòng hộ - đặc dụng Sơn Động": a known name that holds a comma or a
  // dash is whole before the capitals after it (its place); read word by word, the comma ended it at its first word group.
  if (known && (!isCapWord(tokens[known.end]) || startsSomething(tokens, known.end, limit) || knownHoldsComma(tokens, k, known.end))) {
    const inner = NAME_INNER.match(tokens, known.end, limit)?.end ?? known.end;
    const led = leadClosedEnd(tokens, inner, limit, (j) => nameWordAt(tokens, j, limit));
    return led > 0 ? led : inner;
  }
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
  const first = k;
  k = pair?.end ?? k + 1;
  const nameWord = (j: number) => nameWordAt(tokens, j, limit);
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
  // "Trung tâm Nghiên cứu bò và đồng cỏ Ba Vì": a second lower-case field after "và", closed by the place (find/lower-and-field.ts).
  const second = lower > 0 && lower <= 3 ? lowerAndFieldEnd(tokens, k, limit, nameWord, (j) => properCloses(tokens, j, limit), lower === 3) : -1;
  if (second > 0) return second;
  // "Đội Trật tự xây dựng đô thị phường": a verb inside a short name too, when an area word closes it at once.
  if (lower < 3) return verbInsideName(tokens, k, limit, nameWord) ?? k;
  // A longer name ("Trung tâm Phục vụ hành chính công tỉnh") only when an area word or a list
  // comma closes it: otherwise the lower-case words are more likely the clause's.
  let e = k;
  while (e < limit && e - k < 4 && nameWord(e)) e++;
  // "Công ty … Khai thác công trình thủy lợi Cà Mau", "Ban Quản lý Khu di tích quốc gia đặc biệt Tân Trào": a
  // place's or a proper name closes it as well; a clause's words would go on in lower case or stop at a verb.
  if (e > k && (AREAS.has(tokens, e, limit) || listCommaAt(tokens, e, limit) || properCloses(tokens, e, limit))) return e;
  // "Cục Nhà giáo và Cán bộ quản lý giáo dục hướng dẫn …": a verb of the tables closes it as an area word would, after at
  // most two more syllables (more are likelier the clause's own verb and its object).
  if (e > k && e - k <= 2 && PREDICATE_STOPS.has(tokens, e, limit)) return e;
  // Lower-case words still coming, closed by nothing: a verb the tables do not know and its object ("Ban Gia đình - Xã
  // hội biên soạn tài liệu, …"); the name is its capital word and the syllable after it.
  if (e > k && !pair) return verbInsideName(tokens, k, limit, nameWord) ?? (isLowerWord(tokens[first + 1]) && !isAllCaps(tokens[first]!.text) ? first + 2 : first + 1);
  return verbInsideName(tokens, k, limit, nameWord) ?? k;
}

/**
 * A comma that closes a longer name is a list's: another unit follows it, capitalised or made plural ("…, Sở Nội vụ",
 * "…, các xã"). Before lower-case words it is the object's ("thẩm định văn kiện, phương án nhân sự"), and the name ended
 * before them.
 */
function listCommaAt(tokens: readonly Token[], e: number, limit: number): boolean {
  if (tokens[e]?.text !== ',') return false;
  const next = e + 1;
  return next >= limit || !isLowerWord(tokens[next]) || PLURALS.has(tokens, next, limit) || HEADS.has(tokens, next, limit);
}

/** The lower-case field after a dash inside a name ("- xã hội", "- thương binh"): its end, or -1. */
function dashedFieldEnd(tokens: readonly Token[], k: number, limit: number, nameWord: (j: number) => boolean): number {
  const social = FIELD_WORDS.match(tokens, k, limit);
  if (social) return social.end;
  return nameWord(k) ? k + 1 + (nameWord(k + 1) ? 1 : 0) : -1;
}

/** A capitalised word at e that is no head, area word, office or list glue: a proper name going on. */
export function properCloses(tokens: readonly Token[], e: number, limit: number): boolean {
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
export function capsTail(tokens: readonly Token[], i: number, limit: number, department = false): number {
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
    const region = countryRegionEnd(tokens, k, limit);
    const e = region > 0 ? region : capsGroup(tokens, k, limit, areaName, proper);
    if (e < 0) break;
    j = e;
    groups++;
  }
  return j;
}

/** True when an area word, an office or a head other than a bare generic one ("phòng") starts at i. */
const TOPIC_END = phraseSet(TOPIC_STOPS);

function stopsTopic(tokens: readonly Token[], i: number, limit: number): boolean {
  if (AREAS.has(tokens, i, limit) || OFFICES.has(tokens, i, limit) || TOPIC_END.has(tokens, i, limit)) return true;
  const h = HEADS.match(tokens, i, limit);
  return !!h && !GENERIC_HEADS.has(h.values[0]!.canonical);
}

export const TOPIC_CLAUSE = phraseSet(TOPIC_CLAUSE_WORDS);
const TOPIC_OPENING = phraseSet(TOPIC_OPENING_STOPS);

/**
 * After the topic's first word, the clause's predicate: an adverb, an asking verb, or a predicate word unless the topic's
 * words after it are closed at once by an area word ("Ban Chỉ đạo cuộc vận động tỉnh": the verb is the name's).
 */
function clauseStarts(tokens: readonly Token[], j: number, limit: number): boolean {
  if (TOPIC_CLAUSE.has(tokens, j, limit)) return true;
  if (!PREDICATE_STOPS.has(tokens, j, limit)) return false;
  let v = j;
  while (v < limit && v - j < 5 && isLowerWord(tokens[v]) && !AREAS.has(tokens, v, limit) && !STOPWORDS.has(tokens, v, limit)) v++;
  return !AREAS.has(tokens, v, limit);
}

/** "phòng, chống dịch bệnh Covid-19": a lower-case topic after "Ban Chỉ đạo". */
export function topicTail(tokens: readonly Token[], i: number, limit: number): number {
  let j = i;
  // A programme's name inside the topic ("Chương trình mục tiêu quốc gia …") is not counted against its length.
  let named = 0;
  while (j < limit && j - i - named < 12) {
    const t = tokens[j]!;
    if (t.text === ',' && isLowerWord(tokens[j + 1]) && !stopsTopic(tokens, j + 1, limit) && !glueAt(tokens, j + 1, limit) && !clauseStarts(tokens, j + 1, limit)) { j++; continue; }
    const titled = titledTopicEnd(tokens, j, limit, i);
    if (titled > j) { named += titled - j; j = titled; continue; }
    // "Ban Chỉ đạo xây dựng nông thôn mới xã": a fixed phrase of the topic whose word is also an area's ("thôn").
    const inner = isLowerWord(t) ? NAME_INNER.match(tokens, j, limit) : null;
    if (inner) { j = inner.end; continue; }
    if (!t.word || stopsTopic(tokens, j, limit) || glueAt(tokens, j, limit) || TOPIC_CLAUSE.has(tokens, j, limit)) break;
    if (j > i ? clauseStarts(tokens, j, limit) : TOPIC_OPENING.has(tokens, j, limit)) break;
    if (!(isLowerWord(t) || /covid|sars|\d/iu.test(t.text))) break;
    j++;
  }
  return j;
}

/**
 * ": Văn hóa và Thể thao, Du lịch, Tài chính" after a plural head: the names it lists, at least two,
 * each read as a name after the head would be; null when no such list follows.
 */
export function namesAfterColon(tokens: readonly Token[], j: number, limit: number, department: boolean): { names: string[]; end: number } | null {
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
