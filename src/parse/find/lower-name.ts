import { phraseSet } from '../phrases.js';
import { type Token, isDash } from '../tokens.js';
import { TOPIC_CLAUSE, capsRun, pluralOnlyBody } from './name-shape.js';
import { NAME_INNER_NOUNS } from '../vocabulary/units.js';
import { AREAS, GENERIC_HEADS, HEADS, NAME_STOPS, OFFICES, PLURALS, REF_LEADS, glueAt, isCapWord, isLowerWord } from './unit-words.js';

// Out of the function: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const CAPITAL_LETTER = /^\p{Lu}/u;

/** At most this many lower-case syllables: a name's work ("quản lý trật tự đô thị"), not a clause. */
const MAX_SYLLABLES = 6;

/**
 * A unit the vocabulary does not name, read by its shape: a kind of organ from the tables written with a capital
 * ("Ban", "Tổ", "Trung tâm"), then what it does in lower case, closed at once by an area word ("Tổ quản lý trật tự đô
 * thị phường") or by a place's capitalised name that ends there ("Ban quản lý rừng phòng hộ Thạch Thành tổ chức …").
 * A clause's words are not closed so: they run on to a verb of the tables, a stopword ("tại", "cho") or list glue.
 * The end of the name (the place's name included, the area word not), or -1.
 */
export function lowerNameEnd(tokens: readonly Token[], j: number, limit: number): number {
  let k = j;
  while (k < limit && k - j < MAX_SYLLABLES && nameSyllable(tokens, k, limit)) k++;
  if (k - j < 2) return -1;
  if (AREAS.has(tokens, k, limit)) return REF_LEADS.has(tokens, k - 1, limit) ? -1 : k;
  const named = innerNameEnd(tokens, k, limit);
  if (named > 0) return named;
  const place = capsRun(tokens, k, limit, 3);
  return place > k && !isCapWord(tokens[place]) ? place : -1;
}

const NAME_NOUNS = phraseSet(NAME_INNER_NOUNS);
/** At most this many lower-case syllables of the kind after a name's common noun ("Khu du lịch", "Chợ đầu mối"). */
const MAX_KIND_SYLLABLES = 3;

/**
 * "Ban quản lý Khu du lịch Sơn Bình", "Ban quản lý Chợ đầu mối Bình Điền": what the board runs, a common noun of a name
 * with a capital, its kind in lower case, then its own capitalised name closed there. Read as a place, the name ended at
 * the noun ("Ban quản lý Khu") and the rest, with a partner after it, was lost. The end, or -1.
 */
function innerNameEnd(tokens: readonly Token[], k: number, limit: number): number {
  const noun = NAME_NOUNS.match(tokens, k, limit);
  if (!noun || !isCapWord(tokens[k])) return -1;
  let e = noun.end;
  while (e < limit && e - noun.end < MAX_KIND_SYLLABLES && nameSyllable(tokens, e, limit)) e++;
  if (e === noun.end) return -1;
  const name = capsRun(tokens, e, limit, 3);
  return name > e && !isCapWord(tokens[name]) ? name : -1;
}

function nameSyllable(tokens: readonly Token[], k: number, limit: number): boolean {
  return isLowerWord(tokens[k]) && !NAME_STOPS.has(tokens, k, limit) && !TOPIC_CLAUSE.has(tokens, k, limit) && !glueAt(tokens, k, limit) && !AREAS.has(tokens, k, limit)
    && !OFFICES.has(tokens, k, limit) && !PLURALS.has(tokens, k, limit) && !specificHeadAt(tokens, k, limit);
}

/** A head other than a bare generic word: in lower case inside a name, "phòng" ("rừng phòng hộ") is a syllable. */
function specificHeadAt(tokens: readonly Token[], k: number, limit: number): boolean {
  const h = HEADS.match(tokens, k, limit);
  return !!h && !GENERIC_HEADS.has(h.values[0]!.canonical) && !pluralOnlyBody(h.values[0]!);
}

/**
 * After a capitalised name, up to three lower-case syllables closed at once by an area word are the name's too ("Câu lạc
 * bộ Tiếng Anh thanh niên phường"); a clause's words are not closed so. Where the name ends.
 */
export function lowerWordsToArea(tokens: readonly Token[], e: number, limit: number, max = 3): number {
  let k = e;
  while (k < limit && k - e < max && nameSyllable(tokens, k, limit)) k++;
  return k > e && AREAS.has(tokens, k, limit) && !REF_LEADS.has(tokens, k - 1, limit) ? k : e;
}

/** "các" opening what a board manages: "Ban Quản lý các công trình công cộng huyện". */
const MANAGED_PLURAL = phraseSet(['các']);

/**
 * After a capitalised name, "các" and the things it manages or serves, in lower case, closed at once by an area word
 * ("Ban Quản lý các công trình công cộng huyện", "Ban Quản lý các dự án đầu tư xây dựng tỉnh") are the name's too; cut
 * at "các", the body was a bare "Ban Quản lý". "các" straight before the area ("Sở Y tế các tỉnh") is the area's, and a
 * clause's words run on to a verb, not to an area. Where the name ends, else e.
 */
export function pluralWorkToArea(tokens: readonly Token[], e: number, limit: number): number {
  if (!MANAGED_PLURAL.has(tokens, e, limit)) return e;
  const k = lowerWordsToArea(tokens, e + 1, limit, MAX_SYLLABLES);
  return k - (e + 1) >= 2 ? k : e;
}

/**
 * After a capitalised name, what the body does in lower case, then its own capitalised name closed there: "Trung tâm
 * Quản lý bảo tồn di sản văn hóa Hội An kê cao …", "Ban Quản lý rừng phòng hộ ven biển An Minh kiểm tra …". Cut at the
 * lower case, the body was a bare "Trung tâm Quản lý" placed in the issuer's place. Read as lowerNameEnd reads a name
 * the vocabulary lacks (a clause's words run on to a verb or a stopword, not to a name). Where the name ends, else e.
 */
export function lowerWorkToOwnName(tokens: readonly Token[], e: number, limit: number): number {
  let k = e;
  while (k < limit && k - e < MAX_SYLLABLES && nameSyllable(tokens, k, limit)) k++;
  if (k - e < 2 || AREAS.has(tokens, k, limit)) return e;
  const named = innerNameEnd(tokens, k, limit);
  if (named > 0) return named;
  // A name in letters: a number after the words ("đăng ký ít nhất 01 mô hình") is the clause's count.
  if (!CAPITAL_LETTER.test(tokens[k]?.text ?? '')) return e;
  const name = capsRun(tokens, k, limit, 3);
  if (name === k || isCapWord(tokens[name])) return e;
  // "… bảo vệ an ninh Tổ quốc Công an huyện": a capital then one lower-case word then its owner's head is a word of the
  // work ("Tổ quốc"), and the name goes on to the owner (read elsewhere), not closed at the capital.
  if (isLowerWord(tokens[name]) && name + 1 < limit && HEADS.match(tokens, name + 1, limit) && isCapWord(tokens[name + 1])) return e;
  return dashedSecondPlace(tokens, name, limit);
}

/**
 * "Ban Quản lý rừng phòng hộ ven biển An Minh - An Biên khảo sát …": a second place joined by a dash to the one closing
 * the body's work, both the body's (its forest spans the two districts). A unit after the dash ("… An Minh - Sở Tài chính
 * …") is a list's next item, and a place followed by a capital runs on into another name. Where the name ends.
 */
function dashedSecondPlace(tokens: readonly Token[], name: number, limit: number): number {
  if (!isDash(tokens[name]) || !isCapWord(tokens[name + 1]) || HEADS.has(tokens, name + 1, limit) || AREAS.has(tokens, name + 1, limit)) return name;
  const second = capsRun(tokens, name + 1, limit, 3);
  return second > name + 1 && !isCapWord(tokens[second]) ? second : name;
}
