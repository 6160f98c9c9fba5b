import type { DocType } from '../../model/record.js';
import { tokenize } from '../tokens.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { CARRYING_OUT_WORDS, NEWS_LEAD_OPENERS, NEWS_LEAD_WORDS, PASSIVE_ISSUED, TYPE_QUALIFIERS } from '../vocabulary/identity.js';
import { POSTED_STAMPS, UPDATED_STAMPS, WEEKDAY_NAMES, WEEKDAY_WORD } from '../vocabulary/page-chrome.js';
import { AGENT_ISSUING_VERBS, APPOSITION_WORDS, BACK_REFERENCE_DEMONSTRATIVES, BACK_REFERENCE_OPENERS, GENERIC_DOCUMENT_WORD, LEAD_DAY_PAST_WORDS, LEAD_DAY_WORDS, LETTER_TITLE_LEADS, MAKING_AGENT_CHARS, MAKING_AGENT_WORDS, MAKING_VERBS, NARROWER_TYPES, NOT_A_LAW_BEFORE, NEWS_DOCUMENT_VERBS, NUMBER_GIVING_WORDS, OWN_MAKING_PASSIVES, RELATIVE_LEAD_DAYS, RELATIVE_MONTHS, SITTING_WORDS, SOURCE_AFTER_WORDS, SUBJECT_PROVINCE_WORDS, SOURCE_BEFORE_WORDS, STATED_IN_PREPOSITION, STATED_IN_WORDS } from '../vocabulary/news-identity.js';
import { dateAt, isoDate, WORD_DATE, type FoundDate } from './dates.js';
import { withoutNameAbbreviations } from './name-abbreviation.js';
import { inOtherPlace } from './news-own-mention.js';
import { recalledAt } from './opening-reads.js';
import { OWN_SERIES_TRIGGERS } from '../vocabulary/relations.js';
import { onBehalfOf } from './on-behalf.js';
import { parseUnitAt, type UnitMention } from './units.js';
import { withoutSignerName } from './signer-after-level.js';
import { dateAfter, isIssuerLike, numberAt, sentenceStart, TYPE_ALT, typeOfWord, unitAt, type TextIdentity } from './text-identity.js';

/*
 * A news report's identity as a reading of the whole article, not of its lead's shape alone. The lead
 * (the paragraphs under the dateline) tells which document the article is about: the type word after an
 * issuing verb ("… vừa ban hành kế hoạch …", "… đã ký công điện khẩn …"), or one given with its number
 * or a quoted title. Its number, date and issuer are then taken wherever the article states them about
 * THAT document: in brackets after the type word ("kế hoạch (số 2150/KH-BCH ngày 22/11/2024)"), in a
 * later sentence or clause that opens on the type word ("Kế hoạch do Chủ tịch Hội … ký ngày 08/3/2024,
 * mang số 12-KH/HCCB, …", "Công điện (số 17/CĐ-UBND) được ban hành …", "Văn bản do Bộ … ban hành …"),
 * and the lead's subject. A day without its year takes the article's; a month alone is no date. A type
 * word with "của <another body>" after its number names another document and is passed over.
 */

type Num = NonNullable<TextIdentity['num']>;

interface Reading {
  type: DocType | null;
  typeSpan: [number, number] | null;
  /** The lead named the document by the generic word ("văn bản hỏa tốc (Công văn số …)"). */
  generic: boolean;
  num: Num | null;
  date: FoundDate | null;
  issuer: UnitMention | null;
  /** The number was read in the lead itself. */
  numInLead: boolean;
  /** The lead announced the document with an issuing verb. */
  announced: boolean;
  /** … with a verb of its issuing or signing ("vừa ban hành", "đã ký"): a document of that day, not one carried out. */
  issuedNow?: boolean;
}

/** How many paragraphs under the dateline the lead may take to name its document. */
const LEAD_PARAGRAPHS = 2;
/** How far before the type word its issuing verb's subject may end ("… Hồ Thị Hoàng Yến vừa ký"). */
const SUBJECT_GAP = 40;

const DATE_FULL = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.-])/u;
const STAMPS = phraseAlternation([...UPDATED_STAMPS, ...POSTED_STAMPS, WEEKDAY_WORD, ...WEEKDAY_NAMES]);
/** A short line holding a full date and a weekday, a time or a page's stamp: an article's dateline. */
const DATELINE_MARK = new RegExp(String.raw`(?:^|[ |,])(?:${STAMPS})(?![\p{L}])|\d{1,2}:\d{2}`, 'iu');
const PRESS_TAG = /^\([^()\n]{1,40}\)[ ]{0,2}[-–]/u;
const DATELINE_LINES = 6;
/** The longest headline. */
const HEADLINE_CHARS = 160;

const QUALIFIERS = `(?:[ ]{1,3}(?:${TYPE_QUALIFIERS.join('|')})(?![\\p{L}]))?`;
/** A dateline's place: a few words ("Bến Tre", "HÀ NỘI"). */
const LEAD_PLACE = String.raw`[\p{L}.]{1,20}(?:[ ][\p{L}.]{1,20}){0,3}`;
/** Any type word, or the generic word, in any case: the lead's wording. */
const TYPE_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!(?:${NOT_A_LAW_BEFORE.join('|')})[ ])(${TYPE_ALT}|${GENERIC_DOCUMENT_WORD})(?![\p{L}])`, 'giu');
/** A clause opening on a capitalised type word: the article speaking of a document by its name. */
// A quoted statement may open on it: `… cho biết: "Nghị quyết số … được xây dựng …`.
// A paragraph may open on the dateline's place and a dash again: "Hà Nội - Kế hoạch do … ban hành ngày …".
const CLAUSE_TYPE = new RegExp(String.raw`(?:^|\n|\n[ ]{0,2}\p{Lu}${LEAD_PLACE}[ ]{1,2}[-–][ ]{1,2}|[.!?;:][ ]{1,3}|,[ ]{1,3})["“]?(${TYPE_ALT}|${GENERIC_DOCUMENT_WORD[0]!.toUpperCase()}${GENERIC_DOCUMENT_WORD.slice(1)})(?![\p{L}])`, 'gu');
// "số", or the symbol's own name: "Kế hoạch (ký hiệu 95/KH-UBND)", "Công văn số hiệu …".
const NUMBER_WORD = String.raw`(?:số|ký hiệu|số hiệu|số, ký hiệu)`;
const NUMBER_NEXT = new RegExp(String.raw`^${QUALIFIERS}[ ]{1,3}(?:${NUMBER_WORD}[ ]{0,2}:?[ ]{1,3})?(?=\d)`, 'u');
const BRACKET_NEXT = new RegExp(String.raw`^${QUALIFIERS}[ ]{0,3}\([ ]{0,2}(?:(${TYPE_ALT})[ ]{1,3})?(?:${NUMBER_WORD}[ ]{0,2}:?[ ]{1,3})?(?=\d)`, 'iu');
const VERB_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${phraseAlternation(NEWS_DOCUMENT_VERBS.map((v) => v.verb))})[ ]{1,3}$`, 'iu');
const DATED_VERBS = new Set(NEWS_DOCUMENT_VERBS.filter((v) => v.dated).map((v) => v.verb));
const CARRIED_OUT = new RegExp(String.raw`(?<![\p{L}])(?:${CARRYING_OUT_WORDS.join('|')})[ ]{1,3}$`, 'iu');
const OF_ANOTHER = /^[ ,)]{0,3}của[ ]{1,3}/u;
const QUOTED_NEXT = /^[ ]{0,2}["“]/u;
const NUMBER_GIVING = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(NUMBER_GIVING_WORDS)})[ ]{1,3}(?=\d)`, 'u');
const BY_AGENT = /(?<![\p{L}])do[ ]{1,3}(?=\p{Lu})/u;
const AGENT_VERB = new RegExp(String.raw`^[ ]{1,3}(?:${phraseAlternation(AGENT_ISSUING_VERBS)})(?![\p{L}])`, 'u');
// A resolution is adopted, not signed: "Nghị quyết số … được Đảng ủy xã thông qua ngày 28/6/2023".
const SIGNED_ON = /(?<![\p{L}])(?:ký|ban hành|thông qua)[ ]{1,3}(?=ngày[ ])/u;
// Some papers write the day with dashes ("Chiều 14-10,", "ngày 10-10-2024"), one separator throughout; "Hôm nay (15/10),"
// puts it in brackets.
// Others with dots ("Ngày 8.3, …"); "Ngày 8/3 vừa qua, …" keeps its day.
const LEAD_DAY = new RegExp(String.raw`(?<![\p{L}])(?:${LEAD_DAY_WORDS.join('|')})(?:[ ]{1,3}ngày)?[ ]{1,3}(\(?)(\d{1,2})([/.-])(\d{1,2})(?:\3((?:19|20)\d{2}))?(?![\d/.-])(\)?)(?:[ ]{1,2}(?:${phraseAlternation(LEAD_DAY_PAST_WORDS)}))?[ ]{0,2},`, 'giu');
/** A lead's day written in words: "Ngày 11 tháng 3 năm 2024, …", "Chiều 5 tháng 3, …". */
const LEAD_DAY_WORDED = new RegExp(String.raw`(?<![\p{L}])(?:${LEAD_DAY_WORDS.join('|')})(?:[ ]{1,3}ngày)?[ ]{1,3}(\d{1,2})[ ]{1,3}tháng[ ]{1,3}(\d{1,2})(?:[ ]{1,3}năm[ ]{1,3}((?:19|20)\d{2}))?[ ]{0,2},`, 'giu');
/** A lead opening on a day relative to the article's: "Hôm qua, …", "Chiều nay, …". */
const RELATIVE_DAY = new RegExp(String.raw`(?<![\p{L}])(${phraseAlternation(RELATIVE_LEAD_DAYS.flatMap((r) => r.words))})[ ]{0,2},`, 'giu');
const SITTING = new RegExp(String.raw`(?<![\p{L}])(?:${SITTING_WORDS.join('|')})(?![\p{L}])`, 'iu');
/** A lead opening on its place and the article's full date in brackets: "KON TUM (10/7/2023) - …", "Hà Nội (5-3-2024) – …". */
const PLACE_DATE_LEAD = new RegExp(String.raw`^\p{Lu}[\p{L}.]{0,19}(?:[ ][\p{L}.]{1,20}){0,3}[ ]{0,2}\([ ]{0,2}${DATE_FULL.source}[ ]{0,2}\)[ ]{0,2}[-–][ ]{1,2}\S`, 'u');
/** "(TN&MT) - Hà Nội: " before the lead's first sentence, which the colon opens. */
const TAG_PLACE_COLON = new RegExp(String.raw`^\s*\([^()\n]{1,40}\)[ ]{0,2}[-–][ ]{0,2}${LEAD_PLACE}[ ]{0,2}:[ ]{0,2}$`, 'u');
/** What may stand before a document a lead gives by number alone: an agency's tag, the day, "Vừa qua,", "Theo" (group 1). */
// The agency's tag may follow the place ("Bến Tre (TTXVN) - …") or be followed by it ("(TN&MT) - Hà Nội: …").
const LEAD_OPENING = new RegExp(String.raw`^[ ]*(?:(?:${LEAD_PLACE}[ ]{1,2})?\([^()\n]{1,40}\)[ ]{0,2}[-–][ ]{0,2}(?:${LEAD_PLACE}[ ]{0,2}:[ ]{1,2})?|${LEAD_PLACE}[ ]{1,2}[-–][ ]{1,2})?`
  + String.raw`(?:(?:${LEAD_DAY_WORDS.join('|')})(?:[ ]{1,3}ngày)?[ ]{1,3}\d{1,2}\/\d{1,2}(?:\/\d{4})?[ ]{0,2},[ ]{1,3})?`
  + String.raw`(?:(?:${NEWS_LEAD_OPENERS.join('|')})[ ]{0,2},[ ]{1,3})?((?:${NEWS_LEAD_WORDS.join('|')})[ ]{1,3})?$`, 'iu');
/** A past deed of the document ("… đã giúp giảm …"), not its being issued ("… đã được ban hành"). */
const LOOKED_BACK = /(?<![\p{L}])đã[ ](?!được[ ])/u;
// "ngày 8/3", "ngày 8-3", "ngày 8.3", "ngày 8 tháng 3", after "vào" or not; a year after it makes a full date, read elsewhere.
const SHORT_DATE = /^(?:vào[ ]{1,3})?ngày[ ]{1,3}(\d{1,2})(?:[/.-](\d{1,2})|[ ]{1,3}tháng[ ]{1,3}(\d{1,2}))(?!\d|[/.-]\d|[ ]{1,3}năm[ ])/u;
/** Another numbered document before the agent: "… nhằm thực hiện Kế hoạch số … do …" is that one's. */
const OTHER_NUMBERED = new RegExp(String.raw`(?<![\p{L}])(?:${TYPE_ALT})[ ]{1,3}(?:số[ ]{1,3})?\d`, 'u');

/** The article's dateline: where its lead starts, and its date (the year of a day given without one). */
function dateline(text: string, from: number, to: number): { lead: number; date: { day: number; month: number; year: number } | null; tagged?: true } | null {
  let s = from;
  // "BÁO … - CƠ QUAN …" / the headline / "(ĐĐK) - Ban Thường vụ …": a press tag opening a line under the masthead opens the lead.
  let tagged: number | null = null;
  for (let n = 0; s < to && n < DATELINE_LINES; ) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > to) e = to;
    const line = text.slice(s, e).trim();
    if (line) {
      n++;
      // "(Baonghean.vn) - Ngày 8/3, …" opening the text: the article's date, if any, is at its end.
      if (n === 1 && PRESS_TAG.test(line)) return { lead: s, date: bylineDate(text, from, to) };
      if (PRESS_TAG.test(line)) tagged ??= s;
      // "KON TUM (10/7/2023) - Ban Chấp hành …": the place and the article's date in brackets open the lead itself.
      const dated = PLACE_DATE_LEAD.exec(line);
      if (dated) return { lead: s, date: { day: Number(dated[1]), month: Number(dated[3]), year: Number(dated[4]) } };
      const d = DATE_FULL.exec(line) ?? worded(line);
      if (d && line.length <= 90 && (DATELINE_MARK.test(line) || line === d[0]) && !/[.;]$/u.test(line)) {
        // A short article's byline stamp may be among its first lines: the lead is above it.
        if (n > 1 && underName(text, s, e, to)) break;
        return { lead: pastHeadline(text, e + 1, to), date: { day: Number(d[1]), month: Number(d[3]), year: Number(d[4]) } };
      }
    }
    s = e + 1;
  }
  const under = bylineDate(text, from, to);
  if (under) return { lead: pastHeadline(text, from, to), date: under };
  return tagged === null ? null : { lead: tagged, date: null, tagged: true };
}

/** A time with its date, or a date alone, on a short line: a byline's stamp ("15/05/2024 10:20"). */
// "Ngày 12/03/2024", "Cập nhật: 12/03/2024" under the name read the same.
const STAMP_LINE = new RegExp(String.raw`^(?:(?:${STAMPS}|ngày)[ ]{0,2}:?[ ]{1,2})?(?:\d{1,2}:\d{2}[ ,|-]{1,4})?(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?:[ ,|-]{1,4}\d{1,2}:\d{2})?$`, 'iu');
/** The name and the stamp on one line: "Minh Khang - 12/03/2024". */
const NAMED_STAMP = /^(.{2,40}?)[ ]{1,2}[-–|][ ]{1,2}(.+)$/u;
const BYLINE_LINES = 3;

/**
 * The article's date printed under the author's name at its end ("Hoàng Lan\n15/05/2024 10:20"), where no dateline
 * stands above the lead: the reference for the lead's days without a year, never the document's own date.
 */
function bylineDate(text: string, from: number, to: number): { day: number; month: number; year: number } | null {
  const lines = text.slice(from, to).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  for (let i = lines.length - 1; i >= Math.max(1, lines.length - BYLINE_LINES); i--) {
    const d = STAMP_LINE.exec(lines[i]!);
    if (d && AUTHOR_NAME.test(lines[i - 1]!)) return { day: Number(d[1]), month: Number(d[2]), year: Number(d[3]) };
    const named = NAMED_STAMP.exec(lines[i]!);
    const stamp = named && AUTHOR_NAME.test(named[1]!) ? STAMP_LINE.exec(named[2]!) : null;
    if (stamp) return { day: Number(stamp[1]), month: Number(stamp[2]), year: Number(stamp[3]) };
  }
  return null;
}

/** The name above a byline's stamp: a short line of capitalised words with no stop. */
const AUTHOR_NAME = /^\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,4}$/u;

/** The line from `s` to `e` is a byline's stamp under the author's name, among the article's last lines. */
function underName(text: string, s: number, e: number, to: number): boolean {
  if (!STAMP_LINE.test(text.slice(s, e).trim())) return false;
  const above = text.slice(0, s).trimEnd();
  const name = above.slice(above.lastIndexOf('\n') + 1).trim();
  const below = text.slice(e, to).split('\n').filter((l) => l.trim() !== '').length;
  return AUTHOR_NAME.test(name) && below < BYLINE_LINES;
}

/** A headline may stand under the dateline: one short line without a closing stop ("Huế ra công điện khẩn: …"). */
function pastHeadline(text: string, at: number, to: number): number {
  let s = at;
  for (let n = 0; n < 2 && s < to; n++) {
    while (s < to && /\s/u.test(text[s]!)) s++;
    let e = text.indexOf('\n', s);
    if (e < 0 || e > to) e = to;
    const line = text.slice(s, e).trim();
    const alone = e >= to || /^\n[ \t]*(?:\n|$)/u.test(text.slice(e, e + 8));
    if (!line || line.length > HEADLINE_CHARS || /[.!?"”:]$/u.test(line) || !alone || PRESS_TAG.test(line)) return s;
    s = e + 1;
  }
  return s;
}

/** "Thứ Ba, ngày 12 tháng 3 năm 2024" on a dateline, as DATE_FULL's groups (day, separator, month, year). */
function worded(line: string): string[] | null {
  const m = WORDED_DATE.exec(line);
  return m ? [m[0], m[1]!, ' ', m[2]!, m[3]!] : null;
}
const WORDED_DATE = new RegExp(WORD_DATE, 'iu');

/**
 * Line breaks inside a paragraph read as spaces: "kế\nhoạch", "số 2150/KH-BCH\nngày …" read whole. Offsets are kept, so
 * units are still read off the text itself, whose tokens the parse has already made.
 */
function unwrapped(text: string, from: number, to: number): string {
  const part = text.slice(from, to);
  if (!/\n[ \t]*\n/u.test(part)) return text;
  return text.slice(0, from) + part.replace(/([^\n])\n(?=[^\n])/gu, '$1 ') + text.slice(to);
}

/** The ends of the first paragraphs from `at`. */
function paragraphEnds(text: string, at: number, to: number, count: number): number {
  let k = at;
  for (let n = 0; n < count; n++) {
    while (k < to && /\s/u.test(text[k]!)) k++;
    const next = text.indexOf('\n', k);
    if (next < 0 || next >= to) return to;
    k = next;
  }
  return k;
}

function yearOf(day: number, month: number, article: { day: number; month: number; year: number } | null): number | null {
  if (!article) return null;
  const later = month > article.month || (month === article.month && day > article.day);
  return later ? article.year - 1 : article.year;
}

/** "ngày 5 tháng này": a day of a month the article's date gives. */
const DAY_OF_RELATIVE_MONTH = new RegExp(String.raw`^ngày[ ]{1,3}(\d{1,2})[ ]{1,3}tháng[ ]{1,3}(${phraseAlternation(RELATIVE_MONTHS.flatMap((r) => r.words))})(?![\p{L}])`, 'u');

/** The article's date moved back by days or months (a lead's "hôm qua", a "tháng trước"). */
function movedBack(article: { day: number; month: number; year: number }, days: number, months = 0, day = article.day): string | null {
  const d = new Date(Date.UTC(article.year, article.month - 1 - months, 1));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  if (day > last) return null;
  d.setUTCDate(day - days);
  return isoDate(d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear());
}

/** "ngày 14/5" at `at`: a day whose year is the article's; "ngày 5 tháng này", a day of the article's month. */
function shortDate(text: string, at: number, article: { day: number; month: number; year: number } | null): FoundDate | null {
  const r = article ? DAY_OF_RELATIVE_MONTH.exec(text.slice(at, at + 30)) : null;
  if (r) {
    const back = RELATIVE_MONTHS.find((x) => x.words.includes(r[2]!))!.back;
    const iso = movedBack(article!, 0, back, Number(r[1]));
    return iso ? { iso, text: r[0], start: at, end: at + r[0].length } : null;
  }
  const m = SHORT_DATE.exec(text.slice(at, at + 30));
  if (!m) return null;
  const month = Number(m[2] ?? m[3]);
  const year = yearOf(Number(m[1]), month, article);
  const iso = year ? isoDate(Number(m[1]), month, year) : null;
  return iso ? { iso, text: m[0], start: at, end: at + m[0].length } : null;
}

function dateOn(text: string, at: number, article: { day: number; month: number; year: number } | null): FoundDate | null {
  const full = dateAt(text, at);
  return full?.iso ? full : shortDate(text, at, article);
}

/** An issuing verb between a number and its day: "… số 48/KH-UBND vừa ban hành ngày …", "… số … được ký ngày …". */
const ISSUED_BEFORE_DAY = new RegExp(String.raw`^[ ,(]{0,3}(?:(?:vừa|mới|đã)[ ]{1,3})?(?:được[ ]{1,3})?(?:${phraseAlternation(AGENT_ISSUING_VERBS)})[ ]{1,3}(?:vào[ ]{1,3})?(?=ngày[ ])`, 'u');
/** A day relative to the article's right after the number, its verb before it or not: "… Công điện số 08/CĐ-UBND hôm nay …". */
const RELATIVE_AFTER_NUMBER = new RegExp(String.raw`^[ ,(]{0,3}(?:(?:vừa|mới|đã)[ ]{1,3})?(?:(?:${phraseAlternation(AGENT_ISSUING_VERBS)})[ ]{1,3})?(?:(?:vào[ ]{1,3})?ngày[ ]{1,3})?(${phraseAlternation(RELATIVE_LEAD_DAYS.flatMap((r) => r.words))})(?![\p{L}])`, 'iu');

/**
 * The day relative to the article's right after the document's number: the text ties the document to the article's day
 * ("vừa ký Công điện số … hôm nay"), which is read only then.
 */
function relativeDay(text: string, at: number, article: { day: number; month: number; year: number } | null): FoundDate | null {
  const m = article ? RELATIVE_AFTER_NUMBER.exec(text.slice(at, at + 40)) : null;
  if (!m) return null;
  const iso = movedBack(article!, RELATIVE_LEAD_DAYS.find((r) => r.words.includes(m[1]!.toLowerCase()))!.back);
  const start = at + m[0].length - m[1]!.length;
  return iso ? { iso, text: m[1]!, start, end: start + m[1]!.length } : null;
}

/** The number right after a type word, directly or in brackets, and its date; `of` when "của" names another body's. */
function numberAfter(text: string, at: number, article: { day: number; month: number; year: number } | null): { num: Num; date: FoundDate | null; type: DocType | null; of: boolean; ofAt: number; bracketed: boolean } | null {
  const rest = text.slice(at, at + 120);
  const direct = NUMBER_NEXT.exec(rest);
  const bracket = direct ? null : BRACKET_NEXT.exec(rest);
  const m = direct ?? bracket;
  const num = m ? numberAt(text, at + m[0].length) : null;
  if (!m || !num) return null;
  let date = dateAfter(text, num.end);
  if (!date) {
    // "Kế hoạch số 48/KH-UBND vừa ban hành ngày 20/2, …": the issuing verb, with its adverb, before the day.
    const skip = ISSUED_BEFORE_DAY.exec(text.slice(num.end, num.end + 30))?.[0].length ?? /^[ ,(]{0,3}/u.exec(text.slice(num.end, num.end + 3))![0].length;
    date = shortDate(text, num.end + skip, article) ?? relativeDay(text, num.end, article);
  }
  let end = date?.end ?? num.end;
  if (bracket && !/^[ ]{0,2}\)/u.test(text.slice(end, end + 4))) return null;
  if (bracket && !date) {
    // "Kế hoạch (số 95/KH-UBND) vừa ban hành ngày 8/3": the day after the bracket.
    const close = end + text.slice(end, end + 4).indexOf(')') + 1;
    const verb = ISSUED_BEFORE_DAY.exec(text.slice(close, close + 30));
    date = verb ? shortDate(text, close + verb[0].length, article) ?? dateAt(text, close + verb[0].length) : null;
    if (date && !date.iso) date = null;
    if (date) end = date.end;
  }
  const of = OF_ANOTHER.exec(text.slice(end, end + 8));
  return { num, date, type: bracket?.[1] ? typeOfWord(bracket[1]) : null, of: of !== null, ofAt: of ? end + of[0].length : end, bracketed: bracket !== null };
}

/** A bracket with a number ("(số 27/KH-CCB, ngày 12/4/2024)", "(Kế hoạch số …)"). */
// With its type word the bracket may leave "số" out: `kế hoạch "…" (Kế hoạch 41-KH/TĐTN ngày 18/4/2024)`.
const NUMBER_BRACKET = new RegExp(String.raw`\([ ]{0,2}(?:(?:${TYPE_ALT})[ ]{1,3}(?:số[ ]{1,3})?|số[ ]{1,3})(?=\d)`, 'iu');
const ANY_TYPE_WORD = new RegExp(TYPE_WORD.source, 'iu');

/**
 * The number in brackets after the document's title rather than its type word: `kế hoạch "Cựu chiến binh gương mẫu …"
 * (số 27/KH-CCB, ngày 12/4/2024)`. The brackets name the document just spoken of, up to the sentence's end and
 * before any other type word.
 */
function afterTitle(text: string, typeEnd: number, article: { day: number; month: number; year: number } | null): ReturnType<typeof numberAfter> {
  const stretch = text.slice(typeEnd, sentenceEnd(text, typeEnd));
  const b = NUMBER_BRACKET.exec(stretch);
  if (b && !ANY_TYPE_WORD.test(stretch.slice(0, b.index))) {
    const read = numberAfter(text, typeEnd + b.index, article);
    if (read?.bracketed) return read;
  }
  // "ban hành Kế hoạch phòng chống thiên tai năm 2024 số 60/KH-UBND ngày 20/3/2024": "số" closing the title, its symbol of
  // the title's type (a number without one may count anything).
  const n = TITLE_NUMBER.exec(stretch);
  if (!n || ANY_TYPE_WORD.test(stretch.slice(0, n.index)) || /[()"“”]/u.test(stretch.slice(0, n.index))) return null;
  const read = numberAfter(text, typeEnd + n.index, article);
  const word = TYPE_ENDING.exec(text.slice(Math.max(0, typeEnd - 40), typeEnd));
  const type = word ? typeOfWord(word[0]) : null;
  return read && read.num.num.docType !== null && read.num.num.docType === type ? read : null;
}

/** "số" and a number after a title, not in brackets. */
const TITLE_NUMBER = /[ ,](?=số[ ]{1,3}\d)/u;
const TYPE_ENDING = new RegExp(String.raw`(?:${TYPE_ALT})$`, 'iu');

/** "… yêu cầu tại ", "… ban hành tại " right before a numbered type word: the document the lead's content stands in. */
const STATED_IN = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(STATED_IN_WORDS)})[ ]{1,3}${STATED_IN_PREPOSITION}[ ]{1,3}$`, 'iu');
/** A document announced further on in the same sentence ("…, UBND tỉnh vừa ban hành kế hoạch …"): the lead's, not the one before. */
const ANNOUNCED_AFTER = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(NEWS_DOCUMENT_VERBS.filter((v) => v.dated).map((v) => v.verb))})[ ]{1,3}(?:${TYPE_ALT}|${GENERIC_DOCUMENT_WORD})(?![\p{L}])`, 'iu');
/** A carrying-out clause not yet closed by a comma: a type word in it names what the reported document stands on. */
const CARRYING_CLAUSE = new RegExp(String.raw`(?<![\p{L}])(?:${CARRYING_OUT_WORDS.join('|')})[ ][^,;]*$`, 'iu');
/** The owner right after the type word: "kế hoạch của Ban Thường trực … ban hành ngày …", "kế hoạch do … ký". */
const OWNER_NEXT = new RegExp(String.raw`^${QUALIFIERS}[ ]{1,3}(?:của|do)[ ]{1,3}(?=\p{Lu})`, 'u');
const OWNER_ISSUING = new RegExp(String.raw`^[ ]{1,3}(?:(?:vừa|mới|đã)[ ]{1,3})?(?:${phraseAlternation(AGENT_ISSUING_VERBS)})(?![\p{L}])`, 'u');
/** A day right after the type word: "ban hành Kế hoạch ngày 03/7/2024 về …", "kế hoạch, ký ngày 14/5, …". */
const DATE_NEXT = new RegExp(String.raw`^${QUALIFIERS}[ ,]{1,3}(?:(?:ký|ban hành)[ ]{1,3})?(?=ngày[ ])`, 'u');
/** A body named back by its head word alone ("của Sở", "của Bộ"), capitalised. */
const BACK_REFERENCE = /^\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*)?(?=[ ,])/u;
/** The owner after "của" then a passive of the document's own making: "… của Sở được ban hành nhằm …". */
const OWN_MAKING = new RegExp(String.raw`^[ ,]{0,3}(?:${phraseAlternation(OWN_MAKING_PASSIVES)})(?![\p{L}])`, 'u');

/**
 * The owner named right after the type word and the issuing verb after it ("kế hoạch của Ban Thường trực … ban hành
 * ngày 18/10/2024 về …"): the lead says whose and when, so the document is the one it reports, whatever verb led to it.
 */
function ownerIssued(text: string, original: string, typeEnd: number, article: { day: number; month: number; year: number } | null): { issuer: UnitMention; date: FoundDate | null } | null {
  const m = OWNER_NEXT.exec(text.slice(typeEnd, typeEnd + 40));
  if (!m) return null;
  const at = typeEnd + m[0].length;
  const owner = unitAt(original, at, sentenceEnd(text, at));
  if (!owner || !isIssuerLike(owner)) return null;
  const verb = OWNER_ISSUING.exec(text.slice(owner.end, owner.end + 30));
  if (!verb) return null;
  const on = owner.end + verb[0].length;
  const day = /^[ ]{1,3}(?=ngày[ ])/u.exec(text.slice(on, on + 8));
  return { issuer: owner, date: day ? dateOn(text, on + day[0].length, article) : null };
}

const OWNER_OF = /^[ ]{1,3}của[ ]{1,3}(?=\p{Lu})/u;

/** The body after "của" right after the type word: "Chỉ thị của Ban Thường vụ Thành ủy Đà Nẵng về …". */
function ownerNamed(original: string, text: string, typeEnd: number): UnitMention | null {
  const m = OWNER_OF.exec(text.slice(typeEnd, typeEnd + 12));
  if (!m) return null;
  const owner = unitAt(original, typeEnd + m[0].length, sentenceEnd(text, typeEnd));
  return owner && isIssuerLike(owner) ? owner : null;
}

/**
 * After "của", the clause going on with the document's own making: the clause is that document's issuing, and the
 * owner its issuer when it reads as a unit (a back-reference, "của Sở", may not: the making still tells).
 */
function makingOwner(text: string, original: string, ofAt: number): { owner: UnitMention | null } | null {
  const owner = unitAt(original, ofAt, sentenceEnd(text, ofAt));
  if (owner && OWN_MAKING.test(text.slice(owner.end, owner.end + 24))) return { owner };
  const back = BACK_REFERENCE.exec(text.slice(ofAt, ofAt + 40));
  return back && OWN_MAKING.test(text.slice(ofAt + back[0].length, ofAt + back[0].length + 24)) ? { owner: null } : null;
}

/** The day right after the type word, before any number: "Kế hoạch ngày 03/7/2024 về …". */
function dateNext(text: string, typeEnd: number, article: { day: number; month: number; year: number } | null): FoundDate | null {
  const m = DATE_NEXT.exec(text.slice(typeEnd, typeEnd + 40));
  return m ? dateOn(text, typeEnd + m[0].length, article) : null;
}

/** The lead's document the subject of its own issuing: "Một kế hoạch … vừa được ban hành ngày 10/5". */
const PASSIVE = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation([...PASSIVE_ISSUED])})(?![\p{L}])`, 'u');

function issuedPassive(text: string, typeEnd: number): { end: number } | null {
  const stretch = text.slice(typeEnd, sentenceEnd(text, typeEnd));
  const p = PASSIVE.exec(stretch);
  if (!p || ANY_TYPE_WORD.test(stretch.slice(0, p.index))) return null;
  return { end: typeEnd + p.index + p[0].length };
}

const MAKING_AGENT = new RegExp(String.raw`(?<![\p{L}])(?:(?:vừa|mới|đã)[ ]{1,3})?(?:${phraseAlternation(MAKING_AGENT_WORDS)})[ ]{1,3}(?=\p{L})`, 'gu');
/** An agent opens on a capital, after its address word or not. */
const AGENT_OPENS = /^(?:đồng chí[ ])?\p{Lu}/u;
const MAKING_VERB = new RegExp(String.raw`[ ](?:${phraseAlternation(MAKING_VERBS)})(?![\p{L}])`, 'u');
const STATED_IN_NEXT = new RegExp(String.raw`^[ ]{1,3}${STATED_IN_PREPOSITION}[ ]{1,3}(?:${TYPE_ALT}|${GENERIC_DOCUMENT_WORD})(?![\p{L}])`, 'iu');
/** A place in brackets between an agent's unit and its verb: "Đảng ủy xã Y Tý, huyện Bát Xát (Lào Cai) ban hành". */
const AGENT_PLACE_REST = /^[ ]{0,2}\([^()\n]{2,40}\)[ ]*$/u;
/** A quoted title, blanked before looking for another type word: `Nghị quyết "Quy định mức hỗ trợ …"` names one document. */
const QUOTED_SPAN = /["“][^"“”\n]{0,300}["”]/gu;

/**
 * The making of the document whose type word ends at `typeEnd`, told in the passive later in its sentence and before
 * any other type word: the agent (a body, or null for a signer's title and name) and the day after the verb.
 */
function makingClause(text: string, original: string, typeEnd: number, article: { day: number; month: number; year: number } | null): { agent: UnitMention | null; date: FoundDate | null } | null {
  const end = sentenceEnd(text, typeEnd);
  const stretch = text.slice(typeEnd, end).replace(QUOTED_SPAN, (q) => ' '.repeat(q.length));
  const other = ANY_TYPE_WORD.exec(stretch);
  const own = other ? stretch.slice(0, other.index) : stretch;
  const re = new RegExp(MAKING_AGENT.source, MAKING_AGENT.flags);
  for (let m = re.exec(own); m; m = re.exec(own)) {
    const agentAt = m.index + m[0].length;
    const verb = MAKING_VERB.exec(own.slice(agentAt, agentAt + MAKING_AGENT_CHARS + 16));
    if (!verb || verb.index === 0 || verb.index > MAKING_AGENT_CHARS || /[;:"“”]/u.test(own.slice(agentAt, agentAt + verb.index))) continue;
    // An agent opens on a capital ("được Ban Thường vụ …", "do đồng chí Phó Bí thư …" after its address word).
    if (!AGENT_OPENS.test(own.slice(agentAt, agentAt + 12))) continue;
    const from = typeEnd + agentAt;
    const to = from + verb.index;
    const unit = unitAt(original, from, to);
    // The agent is one body, its place written with it: "Đảng ủy xã Y Tý, huyện Bát Xát (Lào Cai)"; any other comma or
    // bracket parts two clauses.
    const whole = unit !== null && unit.start === from && (unit.end === to || AGENT_PLACE_REST.test(text.slice(unit.end, to)));
    if (!whole && /[,()]/u.test(own.slice(agentAt, agentAt + verb.index))) continue;
    const agent = unit && whole && isIssuerLike(unit) ? unit : null;
    const on = to + verb[0].length;
    // "Nội dung kết luận được Ban Thường vụ … ban hành tại Thông báo số …": made in that document, not as this one.
    if (STATED_IN_NEXT.test(text.slice(on, on + 40))) return null;
    const day = /^[ ]{1,3}(?:ban hành[ ]{1,3})?(?=ngày[ ])/u.exec(text.slice(on, on + 16));
    return { agent, date: day ? dateOn(text, on + day[0].length, article) : null };
  }
  return null;
}

/** ", ký ngày 03/6/2024" after the document's title, in its sentence. */
// Also in brackets: "… kế hoạch tiêm chủng mở rộng năm 2024 (ký ngày 8/3)".
// "…, ngày ký 24/02/2025, …" names the day first, then the verb.
const SIGNED_AFTER = /[,(][ ]{0,3}(?:(?:được[ ]{1,3})?(?:ký|ban hành)[ ]{1,3}(?=ngày[ ])|ngày[ ](?:ký|ban hành)[ ]{0,2}:?[ ]{1,3}(?=\d))/u;

/**
 * The day the lead's sentence says the document was signed, after its title and before any other type word: "… đã ban
 * hành kế hoạch ứng phó sạt lở bờ biển năm 2024, ký ngày 03/6/2024, …". It outweighs the lead's day, which may be the
 * reporting's ("Ngày 7/6, phóng viên … cho biết, …").
 */
function signedAfter(text: string, typeEnd: number, article: { day: number; month: number; year: number } | null): FoundDate | null {
  const stretch = text.slice(typeEnd, sentenceEnd(text, typeEnd)).replace(QUOTED_SPAN, (q) => ' '.repeat(q.length));
  const other = ANY_TYPE_WORD.exec(stretch);
  const m = SIGNED_AFTER.exec(other ? stretch.slice(0, other.index) : stretch);
  return m ? dateOn(text, typeEnd + m.index + m[0].length, article) : null;
}

/** The day between the subject and its issuing verb: "UBND tỉnh Bình Định ngày 20/9 ban hành Quyết định …". */
const DAY_BETWEEN = /^[ ,]{0,3}(?:vào[ ]{1,3})?(?=ngày[ ]{1,3}\d)/u;

function dayBetween(text: string, subjectEnd: number, verbStart: number, article: { day: number; month: number; year: number } | null): FoundDate | null {
  // "UBND TP Buôn Ma Thuột (Đắk Lắk) ngày 10/4 đã ban hành …": the subject's place in brackets before its day.
  const from = subjectEnd + (PLACE_BRACKET.exec(text.slice(subjectEnd, verbStart))?.[0].length ?? 0);
  const m = DAY_BETWEEN.exec(text.slice(from, verbStart));
  const day = m ? dateOn(text, from + m[0].length, article) : null;
  return day && /^[ ,]{0,3}(?:(?:đã|vừa|mới)[ ]{1,3})?$/u.test(text.slice(day.end, verbStart)) ? day : null;
}

/** A place in brackets right after a body: "UBND xã Tân Thành (thành phố Ngã Bảy, tỉnh Hậu Giang)". */
const PLACE_BRACKET = /^[ ]{0,2}\([^()\n]{2,70}\)/u;

/** The owner after "của" going on with the document's content: a verb or its subject line ("… của UBND tỉnh X yêu cầu …"). */
const OWNER_GOES_ON = /^[ ]{1,3}(?:về[ ]|\p{Ll})/u;

/**
 * The owner of a numbered document that opens the lead's first sentence ("(KTO) - Công văn số … ngày … của UBND tỉnh Kon Tum
 * yêu cầu …", "Theo Kế hoạch số … của UBND huyện X, …"): the lead fronts the document it reports, so "của" names its
 * issuer, not another body's document. Deeper in the sentence a number with "của" is a citation.
 */
function frontedOwner(text: string, original: string, leadStart: number, sStart: number, typeStart: number, ofAt: number): UnitMention | null {
  // Only the lead's first sentence fronts its document: "Thời gian qua, … . Theo Nghị quyết số … của …, …" cites one.
  const before = text.slice(leadStart, sStart);
  if ((before.trim() !== '' && !TAG_PLACE_COLON.test(before)) || !LEAD_OPENING.exec(text.slice(sStart, typeStart))) return null;
  const owner = unitAt(original, ofAt, sentenceEnd(text, ofAt));
  if (!owner || !isIssuerLike(owner)) return null;
  // "… của UBND xã Tân Thành (thành phố Ngã Bảy, tỉnh Hậu Giang) đặt mục tiêu …": the owner's place in brackets first.
  const after = owner.end + (PLACE_BRACKET.exec(text.slice(owner.end, owner.end + 80))?.[0].length ?? 0);
  return OWNER_GOES_ON.test(text.slice(after, after + 6)) || /^[ ]{0,2},/u.test(text.slice(after, after + 3)) ? owner : null;
}

/** "Thay mặt Ban Thường vụ Tỉnh ủy X, Phó Bí thư … vừa ký …": the body the subject signs for issues the document. */
function signedFor(text: string, sStart: number, subject: UnitMention | null): UnitMention | null {
  return subject ? onBehalfOf(text, sStart, subject.start) ?? subject : null;
}

/** Where the sentence holding `at` ends. */
function sentenceEnd(text: string, at: number): number {
  const stop = /[.;!?](?:\s|$)|\n/u.exec(text.slice(at, at + 400));
  return at + (stop?.index ?? Math.min(400, text.length - at));
}

/** A province after the subject's comma: ", tỉnh Bến Tre", ", thành phố Cần Thơ". */
const PROVINCE_APPOSITION = new RegExp(String.raw`^[ ]{0,2},[ ]{1,2}(?:${phraseAlternation(SUBJECT_PROVINCE_WORDS)})[ ]{1,2}\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){0,3}(?![\p{L}])`, 'u');

/** The unit, or the committee it is an organ of, names its own place: "Huyện ủy Ba Tri", "Ban Thường vụ Đảng ủy xã …". */
function ownPlace(unit: UnitMention): boolean {
  return !unit.central && (unit.name !== null || unit.areas.length > 0 || (unit.owner !== null && ownPlace(unit.owner)));
}

/** The last issuer-like unit of a stretch not inside brackets ("Chi cục … tỉnh (thuộc Sở …) vừa ban hành"). */
function subjectBefore(text: string, from: number, at: number): UnitMention | null {
  const tokens = withoutNameAbbreviations(tokenize(text, from, at));
  let last: UnitMention | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const m = parseUnitAt(tokens, i);
    if (!m) continue;
    i = m.to - 1;
    const before = text.slice(from, m.start);
    if ((before.match(/\(/gu)?.length ?? 0) > (before.match(/\)/gu)?.length ?? 0)) continue;
    if (isIssuerLike(m)) last = m;
  }
  if (!last) return null;
  // "Ban Thường vụ Huyện ủy Ba Tri, tỉnh Bến Tre vừa ban hành …": the province of a subject that names its own place below
  // it is still the subject; after a body of no place ("… của Hội Nông dân Việt Nam, huyện Ba Tri vừa …") the place
  // is the subject itself.
  const place = ownPlace(last) ? PROVINCE_APPOSITION.exec(text.slice(last.end, at)) : null;
  const gap = text.slice(last.end + (place?.[0].length ?? 0), at);
  return gap.length <= SUBJECT_GAP && !/[,;:"“”]/u.test(gap) ? withoutSignerName(text, last) : null;
}

/** The day the lead's sentence opens on, before its subject: "Chiều 26/10, …", "Ngày 14/10/2025, …". */
function leadDay(text: string, from: number, at: number, article: { day: number; month: number; year: number } | null): FoundDate | null {
  let best: FoundDate | null = null;
  const stretch = text.slice(from, at);
  for (const m of stretch.matchAll(LEAD_DAY)) {
    if (SITTING.test(stretch.slice(m.index + m[0].length))) continue;
    if ((m[1] === '(') !== (m[6] === ')')) continue;
    const year = m[5] ? Number(m[5]) : yearOf(Number(m[2]), Number(m[4]), article);
    const iso = year ? isoDate(Number(m[2]), Number(m[4]), year) : null;
    if (iso) best = { iso, text: m[0].replace(/[ ]*,$/u, ''), start: from + m.index, end: from + m.index + m[0].replace(/[ ]*,$/u, '').length };
  }
  // "Ngày 11 tháng 3 năm 2024, …": the day in words.
  for (const m of stretch.matchAll(LEAD_DAY_WORDED)) {
    if (SITTING.test(stretch.slice(m.index + m[0].length)) || (best && best.start > from + m.index)) continue;
    const year = m[3] ? Number(m[3]) : yearOf(Number(m[1]), Number(m[2]), article);
    const iso = year ? isoDate(Number(m[1]), Number(m[2]), year) : null;
    const said = m[0].replace(/[ ]*,$/u, '');
    if (iso) best = { iso, text: said, start: from + m.index, end: from + m.index + said.length };
  }
  if (!article) return best;
  for (const m of stretch.matchAll(RELATIVE_DAY)) {
    if (SITTING.test(stretch.slice(m.index + m[0].length)) || (best && best.start > from + m.index)) continue;
    const back = RELATIVE_LEAD_DAYS.find((r) => r.words.includes(m[1]!.toLowerCase()))!.back;
    const iso = movedBack(article, back);
    if (iso) best = { iso, text: m[1]!, start: from + m.index, end: from + m.index + m[1]!.length };
  }
  return best;
}

/** The generic word followed by a quoted letter's subject line: `văn bản "Về việc …"`. */
const LETTER_TITLED = new RegExp(String.raw`^[ ]{0,2}["“][ ]{0,2}(?:${phraseAlternation(LETTER_TITLE_LEADS)})[ ]`, 'iu');

/** The document the lead reports: its type word after an issuing verb, or given with its number or a quoted title. */
function leadDocument(text: string, original: string, from: number, to: number, article: { day: number; month: number; year: number } | null): Reading | null {
  const re = new RegExp(TYPE_WORD.source, TYPE_WORD.flags);
  const stretch = text.slice(0, to);
  re.lastIndex = from;
  for (let m = re.exec(stretch); m; m = re.exec(stretch)) {
    const typeStart = m.index;
    const typeEnd = typeStart + m[1]!.length;
    const head = text.slice(Math.max(from, typeStart - 30), typeStart);
    const verb = VERB_BEFORE.exec(head);
    const numbered = numberAfter(text, typeEnd, article) ?? afterTitle(text, typeEnd, article);
    const sStart = sentenceStart(text, typeStart, from);
    // "Đó là một trong những yêu cầu tại Chỉ thị số … của Ban Thường vụ Tỉnh ủy về …": the lead's content stands in
    // that document, whose owner "của" names; unless the sentence goes on to announce another.
    const stated = !verb && numbered ? STATED_IN.exec(head) : null;
    const statedIn = stated !== null && !ANNOUNCED_AFTER.test(text.slice(typeEnd, sentenceEnd(text, typeEnd)));
    // "Công văn số … ngày … của UBND tỉnh X yêu cầu …" opening the lead: the document the article reports, its owner the issuer.
    const fronted = numbered?.of && !statedIn && !verb ? frontedOwner(text, original, from, sStart, typeStart, numbered.ofAt) : null;
    if ((numbered?.of && !statedIn && !fronted) || (numbered && CARRIED_OUT.test(head))) continue;
    // "Trước đó, UBND tỉnh đã ban hành Kế hoạch số …": an earlier document, recalled.
    if (recalledAt(text, typeStart, from)) continue;
    // "Nhằm thực hiện Chỉ thị số … và Đề án "…", Ban Thường vụ Hội … đã ban hành Kế hoạch …": what it stands on.
    if (!verb && CARRYING_CLAUSE.test(text.slice(sStart, typeStart))) continue;
    const quoted = QUOTED_NEXT.test(text.slice(typeEnd, typeEnd + 3));
    const owned = verb || numbered ? null : ownerIssued(text, original, typeEnd, article);
    // Given by its number alone, the document is the lead's only where it opens the sentence ("(TTXVN) - Theo Kế
    // hoạch số …", "Ngày 12/4, Kế hoạch số … được …"); deeper in ("Nhằm cụ thể hóa Nghị quyết số …, UBND tỉnh ban
    // hành …") it is what the document stands on, and as the subject of a past deed ("Kế hoạch số … đã giúp …") an older one.
    const passive = verb || numbered || owned ? null : issuedPassive(text, typeEnd);
    // "… theo kế hoạch được Ban Thường vụ Thành đoàn ban hành …", "Chỉ thị của … về … được Phó Bí thư … ký ngày …".
    const making = owned ? null : makingClause(text, original, typeEnd, article);
    if (!verb && !quoted && !numbered && !passive && !owned && !making) continue;
    if (!verb && !quoted && !passive && !statedIn && !fronted && numbered && !numbered.bracketed) {
      const opening = LEAD_OPENING.exec(text.slice(sStart, typeStart));
      if (!opening) continue;
      const after = text.slice(numbered.date?.end ?? numbered.num.end, sentenceEnd(text, typeEnd));
      if (!opening[1] && LOOKED_BACK.test(after)) continue;
    }
    const generic = m[1]!.toLowerCase() === GENERIC_DOCUMENT_WORD;
    const type = (generic ? (LETTER_TITLED.test(text.slice(typeEnd, typeEnd + 16)) ? 'Công văn' : null) : typeOfWord(m[1]!)) ?? numbered?.type ?? numbered?.num.num.docType ?? null;
    if (!type && !generic) continue;
    const verbStart = verb ? typeStart - head.length + verb.index : stated ? typeStart - head.length + stated.index : typeStart;
    const of = statedIn && numbered?.of ? unitAt(original, numbered.ofAt, sentenceEnd(text, numbered.ofAt)) : null;
    // Without a verb before the type word, the owner right after it ("Chỉ thị của … được Phó Bí thư … ký": whose the document
    // is, the agent only signs it), else the passive's agent, names who issued it.
    const owner = !verb && making ? ownerNamed(original, text, typeEnd) : null;
    const issuer = owned?.issuer ?? fronted ?? (of && isIssuerLike(of) ? of : null) ?? (verb ? null : owner ?? making?.agent) ?? signedFor(original, sStart, subjectBefore(original, sStart, verbStart));
    const dated = verb !== null && DATED_VERBS.has(verb[1]!.toLowerCase());
    const onDay = passive && /^[ ]{1,3}ngày[ ]/u.test(text.slice(passive.end, passive.end + 8)) ? dateOn(text, passive.end + text.slice(passive.end).indexOf('ngày'), article) : null;
    const between = verb && issuer && issuer.end <= verbStart ? dayBetween(text, issuer.end, verbStart, article) : null;
    const date = numbered?.date ?? owned?.date ?? dateNext(text, typeEnd, article) ?? between ?? onDay ?? making?.date ?? signedAfter(text, typeEnd, article) ?? (dated || passive ? leadDay(text, sStart, issuer?.start ?? verbStart, article) : null);
    return { type, typeSpan: [typeStart, typeEnd], generic, num: numbered?.num ?? null, date, issuer, numInLead: numbered !== null, announced: verb !== null || statedIn, issuedNow: dated };
  }
  return null;
}

/**
 * What the article says later of the document, in clauses opening on its type word (or the generic word
 * where the lead used it): its number right after the word, in brackets or "mang số …"; the day it was
 * signed; the agent that issued it ("do … ký/ban hành"). Each field from the first clause that gives it.
 */
function laterStatements(text: string, original: string, from: number, to: number, own: Reading, article: { day: number; month: number; year: number } | null): Reading {
  const out = { ...own };
  for (const { word, typeStart, typeEnd, said } of mentionsBack(text, from, to)) {
    const generic = word.toLowerCase() === GENERIC_DOCUMENT_WORD;
    const type = generic ? null : typeOfWord(word);
    const narrower = own.type !== null && type !== null && NARROWER.has(`${own.type}|${type}`);
    if (generic ? !(own.generic || own.type === 'Công văn') : own.type !== null && type !== own.type && !narrower) continue;
    const stop = /[.;](?:\s|$)|\n\s*\n/u.exec(text.slice(typeEnd, typeEnd + 400));
    const end = typeEnd + (stop?.index ?? Math.min(400, to - typeEnd));
    const numbered = narrower ? null : numberAfter(text, typeEnd, article) ?? afterTitle(text, typeEnd, article);
    const maker = numbered?.of ? makingOwner(text, original, numbered.ofAt) : null;
    if ((numbered?.of && !maker) || (numbered?.num.num.docType && own.type && numbered.num.num.docType !== own.type)) continue;
    if (numbered && own.num && numbered.num.num.number !== own.num.num.number) continue;
    if (narrower) out.type = type;
    if (maker?.owner && isIssuerLike(maker.owner)) out.issuer ??= maker.owner;
    out.type ??= type ?? numbered?.type ?? numbered?.num.num.docType ?? null;
    out.typeSpan ??= [typeStart, typeStart + word.length];
    const clause = text.slice(typeEnd, end);
    // Only up to another numbered document: "… nhằm thực hiện Kế hoạch số 45 do …" speaks of that one.
    const other = OTHER_NUMBERED.exec(clause);
    const own_ = other ? clause.slice(0, other.index) : clause;
    if (!out.num) {
      const given = numbered ? null : NUMBER_GIVING.exec(own_);
      const num = numbered?.num ?? (given ? numberAt(text, typeEnd + given.index + given[0].length) : null);
      if (num) out.num = num;
    }
    if (!out.date) {
      const signed = SIGNED_ON.exec(own_);
      const before = said ? SIGNED_ON.exec(text.slice(said[0], said[1])) : null;
      out.date = numbered?.date ?? (signed ? dateOn(text, typeEnd + signed.index + signed[0].length, article) : null)
        ?? (before ? dateOn(text, said![0] + before.index + before[0].length, article) : null);
    }
    if (!out.issuer) {
      const by = BY_AGENT.exec(own_);
      const agent = by ? unitAt(original, typeEnd + by.index + by[0].length, end) : null;
      if (agent && isIssuerLike(agent) && AGENT_VERB.test(text.slice(agent.end, agent.end + 16))) out.issuer = agent;
    }
  }
  return out;
}

/** "Theo kế hoạch (số …), …": a clause opening on the bare type word after "Theo", in any case. */
const BACK_OPENER = new RegExp(String.raw`(?:^|\n|[.!?;:][ ]{1,3}|,[ ]{1,3})(?:${phraseAlternation(BACK_REFERENCE_OPENERS)})[ ]{1,3}(${TYPE_ALT}|${GENERIC_DOCUMENT_WORD})(?![\p{L}])`, 'giu');
/** "kế hoạch trên (số …)", "văn bản này mang số …": the type word named back by a demonstrative, anywhere in a sentence. */
const BACK_DEMONSTRATIVE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${TYPE_ALT}|${GENERIC_DOCUMENT_WORD})[ ]{1,3}(?:${phraseAlternation(BACK_REFERENCE_DEMONSTRATIVES)})(?![\p{L}])`, 'giu');

/** How long a source may be: a person with a title, or a body. */
const SOURCE_CHARS = 90;
/**
 * "Theo anh …, Bí thư Đoàn phường, kế hoạch được … ban hành ngày …", "Ông … cho biết, kế hoạch …": the bare type word
 * opening the clause after the source of what the sentence says, in any case.
 */
const SOURCED_TYPE = new RegExp(String.raw`(?:^|\n|[.!?][ ]{1,3})(?:(?:${phraseAlternation(SOURCE_BEFORE_WORDS)})[ ]{1,3}[^.;:!?\n]{1,${SOURCE_CHARS}}?|[^.;:!?\n]{1,${SOURCE_CHARS}}?[ ](?:${phraseAlternation(SOURCE_AFTER_WORDS)}))[ ]{0,2},[ ]{1,3}(${TYPE_ALT}|${GENERIC_DOCUMENT_WORD})(?![\p{L}])`, 'giu');

/**
 * The later mentions of a document by its type word, in order: a clause opening on it ("Kế hoạch do … ký ngày …"), on "Theo"
 * and it ("Theo kế hoạch (số …), …"), on it after a source ("Theo anh …, kế hoạch được …"), or the word named back by a
 * demonstrative ("kế hoạch trên mang số …"); `typeEnd` is where what the mention says of the document starts (past the
 * demonstrative).
 */
function mentionsBack(text: string, from: number, to: number): Mention[] {
  const stretch = text.slice(0, to);
  const out = new Map<number, Mention>();
  for (const source of [CLAUSE_TYPE, BACK_OPENER, SOURCED_TYPE, BACK_DEMONSTRATIVE]) {
    const re = new RegExp(source.source, source.flags);
    re.lastIndex = from;
    for (let m = re.exec(stretch); m; m = re.exec(stretch)) {
      const typeStart = source === BACK_DEMONSTRATIVE ? m.index : m.index + m[0].lastIndexOf(m[1]!);
      const end = m.index + m[0].length;
      const typeEnd = source === BACK_DEMONSTRATIVE ? end : typeStart + m[1]!.length;
      // "Văn bản này, tức Nghị quyết số …": the back-reference named again by its type in apposition.
      const named = APPOSITION.exec(stretch.slice(typeEnd, typeEnd + 30));
      // "Văn bản được ban hành ngày 01/02/2024 là Kế hoạch số …": the generic word named by its type after "là", what
      // stands between them said of the same document.
      const isNamed = !named && m[1]!.toLowerCase() === GENERIC_DOCUMENT_WORD ? NAMED_AS.exec(stretch.slice(typeEnd, typeEnd + NAMED_AS_CHARS + 20)) : null;
      const mention = named ? { word: named[1]!, typeStart: typeEnd + named[0].length - named[1]!.length, typeEnd: typeEnd + named[0].length }
        : isNamed ? { word: isNamed[2]!, typeStart: typeEnd + isNamed[0].length - isNamed[2]!.length, typeEnd: typeEnd + isNamed[0].length, said: [typeEnd, typeEnd + isNamed[1]!.length] as [number, number] }
          : { word: m[1]!, typeStart, typeEnd };
      const known = out.get(mention.typeStart);
      if (!known || mention.typeEnd > known.typeEnd) out.set(mention.typeStart, mention);
    }
  }
  return [...out.values()].sort((a, b) => a.typeStart - b.typeStart);
}

/** A later mention of a document by its type word; `said` is what the article said of it before naming its type. */
interface Mention { word: string; typeStart: number; typeEnd: number; said?: [number, number] }

const NAMED_AS_CHARS = 60;
const NAMED_AS = new RegExp(String.raw`^([^.;:\n]{0,${NAMED_AS_CHARS}}?)[ ,]là[ ]{1,3}(${TYPE_ALT})(?![\p{L}])`, 'u');

/** A mention named again by its type: ", tức Nghị quyết …", "(tức là Kế hoạch …)". */
const APPOSITION = new RegExp(String.raw`^[ ]{0,2}[,(][ ]{0,2}(?:${phraseAlternation(APPOSITION_WORDS)})[ ]{1,3}(${TYPE_ALT})(?![\p{L}])`, 'u');

const NARROWER = new Set(NARROWER_TYPES.map(([a, b]) => `${a}|${b}`));

const SOURCE_BEFORE = new RegExp(String.raw`(?:^|\n|[.!?][ ]{1,3})(?:${phraseAlternation(SOURCE_BEFORE_WORDS)})[ ]{1,3}(?=\p{Lu})`, 'gu');
const SOURCE_AFTER = new RegExp(String.raw`^[ ]{1,3}(?:${phraseAlternation(SOURCE_AFTER_WORDS)})(?![\p{L}])`, 'u');
const SENTENCE_OPEN = /(?:^|\n|[.!?][ ]{1,3})(?=\p{Lu})/gu;

/**
 * The issuer named only as the source of what the article says of the document: "Theo Đoàn Chủ tịch Hội LHPN tỉnh, kế
 * hoạch nhằm …", "Ban Thường vụ Huyện đoàn cho biết, kế hoạch …". The sentence must speak of the document by its bare
 * type word; a source of figures ("Theo Đài Khí tượng thủy văn, …") does not.
 */
function toldBy(text: string, original: string, from: number, to: number, type: DocType, generic: boolean): UnitMention | null {
  const speaksOf = (at: number) => {
    const rest = text.slice(at, sentenceEnd(text, at));
    const w = new RegExp(TYPE_WORD.source, 'giu');
    for (let m = w.exec(rest); m; m = w.exec(rest)) {
      const word = m[1]!.toLowerCase();
      const same = word === GENERIC_DOCUMENT_WORD ? generic : typeOfWord(word) === type;
      if (same && !numberAfter(text, at + m.index + m[1]!.length, null)) return true;
    }
    return false;
  };
  const stretch = text.slice(0, to);
  const before = new RegExp(SOURCE_BEFORE.source, SOURCE_BEFORE.flags);
  before.lastIndex = from;
  for (let m = before.exec(stretch); m; m = before.exec(stretch)) {
    const at = m.index + m[0].length;
    const unit = unitAt(original, at, sentenceEnd(text, at));
    if (unit && isIssuerLike(unit) && /^[ ]{0,2},/u.test(text.slice(unit.end, unit.end + 3)) && speaksOf(unit.end)) return unit;
  }
  const open = new RegExp(SENTENCE_OPEN.source, SENTENCE_OPEN.flags);
  open.lastIndex = from;
  for (let m = open.exec(stretch); m; m = open.exec(stretch)) {
    const at = m.index + m[0].length;
    const unit = unitAt(original, at, sentenceEnd(text, at));
    if (unit && isIssuerLike(unit) && SOURCE_AFTER.test(text.slice(unit.end, unit.end + 16)) && speaksOf(unit.end)) return unit;
    if (open.lastIndex === m.index) open.lastIndex++;
  }
  return null;
}

/**
 * The lead announced its document without a number, and the article numbers it ("Chỉ thị (số 09-CT/HU, ký ngày …)")
 * before the number the chain took further down ("Chỉ thị mới thay thế Chỉ thị số 04-CT/HU …"): the first
 * statement about the document of the lead's type is the document's own.
 */
function firstSaid(lead: Reading, num: Num, chainNum: Num, chainType: DocType | null): boolean {
  return lead.announced && !lead.numInLead && chainType === lead.type && num.start < chainNum.start;
}

/**
 * Each type word of `type` between `from` and `to` with a number right after it that is not "của" another body's: what
 * the headline and a later sentence both look for, each then with its own test of the number's symbol.
 */
function* typedNumbers(text: string, from: number, to: number, type: DocType, article: { day: number; month: number; year: number } | null): Generator<{ m: RegExpExecArray; numbered: NonNullable<ReturnType<typeof numberAfter>> }> {
  const re = new RegExp(TYPE_WORD.source, TYPE_WORD.flags);
  const stretch = text.slice(0, to);
  re.lastIndex = from;
  for (let m = re.exec(stretch); m; m = re.exec(stretch)) {
    const numbered = numberAfter(text, m.index + m[1]!.length, article);
    if (numbered && !numbered.of && typeOfWord(m[1]!) === type) yield { m, numbered };
  }
}

/**
 * The number the headline gives a document of the lead's type ("Thanh Hóa ban hành Kế hoạch 210/KH-UBND về …" over "UBND tỉnh
 * Thanh Hóa vừa ban hành kế hoạch …"): a headline names the article's document, unless "của" makes it another body's or it
 * is what the document carries out ("Triển khai Kế hoạch số …: …").
 */
function headlineNumber(text: string, from: number, to: number, type: DocType, article: { day: number; month: number; year: number } | null): Num | null {
  for (const { m, numbered } of typedNumbers(text, from, to, type, article)) {
    if (numbered.num.num.docType && numbered.num.num.docType !== type) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (CARRYING_CLAUSE.test(text.slice(lineStart, m.index)) || CARRIED_OUT.test(text.slice(lineStart, m.index))) continue;
    return numbered.num;
  }
  return null;
}

/** How many words may stand before a later sentence's type word and number ("Toàn văn Kế hoạch …"). */
const LATER_NUMBER_WORDS = 3;

/**
 * The number a later sentence gives a document of the lead's type by its type word and number alone, where no clause
 * opens on them ("Toàn văn Kế hoạch 96/KH-UBND ngày 14/5/2024 được đăng …" under "UBND tỉnh vừa ban hành kế hoạch …"):
 * only a number whose symbol is of that type, not "của" another body's, not what a clause carries out and not a
 * document the article recalls ("Trước đó, … đã ban hành Kế hoạch 55/KH-UBND").
 */
function typedNumberLater(text: string, from: number, to: number, type: DocType, lead: number, article: { day: number; month: number; year: number } | null): ReturnType<typeof numberAfter> {
  for (const { m, numbered } of typedNumbers(text, from, to, type, article)) {
    if (numbered.num.num.docType !== type) continue;
    const sStart = sentenceStart(text, m.index, lead);
    const before = text.slice(sStart, m.index);
    // Deeper in its sentence the number is what another clause relates ("… theo chỉ đạo của … tại Kế hoạch số …",
    // "… được ban hành tiếp theo Công điện số …"): only near the sentence's start is it the subject's own name.
    if ((before.match(/\p{L}+/gu)?.length ?? 0) > LATER_NUMBER_WORDS || CARRYING_CLAUSE.test(before) || CARRIED_OUT.test(before) || recalledAt(text, m.index, lead)) continue;
    return numbered;
  }
  return null;
}

/** An own-series trigger ("tiếp theo") right before a type word and number: the document the new one follows up. */
const FOLLOWED_UP = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(OWN_SERIES_TRIGGERS, { gap: '[ ]{1,2}' })})[ ]{1,2}(?:${TYPE_ALT})[ ]{1,2}(?:số[ ]{0,2})?$`, 'iu');

/**
 * "Công điện được ban hành tiếp theo Công điện số 627/CĐ-TTg ngày 15/7/2023 của Thủ tướng Chính phủ" under "Tối 17/7, Thủ
 * tướng Chính phủ đã ký công điện …": the number after "tiếp theo" is the earlier document of the series, which the
 * reported one follows up, not the reported one's own (the lead's new document gives none).
 */
function followedUpAt(text: string, at: number): boolean {
  return FOLLOWED_UP.test(text.slice(Math.max(0, at - 60), at));
}

/**
 * The identity a news article gives the document it reports, read over the whole article, merged with
 * what the lead's shapes found (`chain`): the article's reading fills the fields the chain left empty,
 * and replaces the chain's number where the lead itself numbers another document of its type, or where
 * the chain's is of another type than the one the lead announces.
 */
export function articleIdentity(text: string, from: number, to: number, chain: TextIdentity | null): TextIdentity | null {
  const line = dateline(text, from, to);
  if (!line) return chain;
  const flat = unwrapped(text, line.lead, to);
  const leadEnd = paragraphEnds(flat, line.lead, to, LEAD_PARAGRAPHS);
  const lead = leadDocument(flat, text, line.lead, leadEnd, line.date);
  // A lead found by its press tag alone (no dateline) is read only where it announces a document: a report of a meeting
  // ("(Báo Hà Tĩnh) - Chiều 22/02, Đảng ủy xã … tổ chức hội nghị …") names others' documents only.
  if (line.tagged && !lead?.announced) return chain;
  const seed: Reading = lead ?? { type: chain?.docType?.type ?? null, typeSpan: null, generic: false, num: chain?.num ?? null, date: null, issuer: null, numInLead: false, announced: false };
  // With neither the lead's document nor the chain's type, only the lead's paragraphs and the next may name it.
  const scanTo = lead || seed.type ? to : paragraphEnds(flat, line.lead, to, LEAD_PARAGRAPHS + 1);
  const read = laterStatements(flat, text, lead?.typeSpan?.[1] ?? line.lead, scanTo, seed, line.date);
  if (!read.type && !read.num) return chain;
  if (!read.issuer && !chain?.issuer && read.type) read.issuer = toldBy(flat, text, line.lead, to, read.type, read.generic);
  const docType = read.type && read.typeSpan ? { type: read.type, span: read.typeSpan } : null;
  // Announced without a number anywhere in the article, the document may be numbered in the headline alone.
  const titled = lead?.announced && !read.num && !chain?.num && read.type ? headlineNumber(flat, from, line.lead, read.type, line.date) : null;
  // … or in a later sentence by its type word and number alone.
  const later = lead?.announced && lead.typeSpan && !read.num && !chain?.num && !titled && read.type ? typedNumberLater(flat, lead.typeSpan[1], to, read.type, line.lead, line.date) : null;
  if (later) { read.num = later.num; read.date ??= later.date; }
  if (!chain) return { source: read.num ?? titled ? 'announcement' : 'body', num: read.num ?? titled, docType, date: read.date, issuer: read.issuer };
  const chainType = chain.docType?.type ?? null;
  // "UBND tỉnh Hà Giang vừa ban hành kế hoạch …" then "Kế hoạch số … của UBND tỉnh Tuyên Quang …", or "Trước đó, UBND tỉnh đã
  // ban hành Kế hoạch số …": the chain's number is another province's, or an earlier, document of the lead's type, not
  // the one the lead announced.
  if (lead?.announced && !lead.numInLead && lead.typeSpan && chain.num && chainType === lead.type && chain.num.start > lead.typeSpan[1]
    && ((lead.issuer && chain.issuer && inOtherPlace(lead.issuer, chain.issuer)) || (lead.issuedNow && (recalledAt(flat, chain.num.start, line.lead) || followedUpAt(flat, chain.num.start))))) {
    return { source: read.num ? 'announcement' : 'body', num: read.num, docType: docType ?? chain.docType, date: read.date, issuer: read.issuer ?? lead.issuer };
  }
  // The chain's number read in the lead yields only to the document the lead announces with its number.
  const chainInLead = chain.num !== null && chain.num.start < leadEnd;
  const replaces = read.num !== null && chain.num !== null && read.num.num.number !== chain.num.num.number
    && lead !== null && lead.type !== null
    && (chainInLead ? lead.numInLead && lead.announced : lead.numInLead || (chainType !== null && chainType !== lead.type) || firstSaid(lead, read.num, chain.num, chainType));
  if (replaces) {
    const sameDoc = chainType === read.type;
    return { source: 'announcement', num: read.num, docType: docType ?? chain.docType, date: read.date, issuer: read.issuer ?? (sameDoc ? chain.issuer : null) };
  }
  const agrees = !chainType || !read.type || chainType === read.type;
  if (!agrees) return chain;
  const num = chain.num ?? read.num;
  // Neither names a number: the lead's own document, read with its sentence (its signing day after the title, the agent
  // of its making), is surer than the lead shapes' chain, which takes the lead's day and a later sentence's subject
  // ("Ngày 7/6, phóng viên … cho biết, UBND thị xã … đã ban hành kế hoạch …, ký ngày 03/6/2024").
  const leadFirst = lead !== null && !chain.num && !read.num;
  return {
    ...chain,
    num: num ?? titled,
    docType: chain.docType ?? docType,
    date: leadFirst ? read.date ?? chain.date : chain.date ?? (!chain.num || chain.num.num.number === read.num?.num.number ? read.date : null),
    issuer: leadFirst ? read.issuer ?? chain.issuer : chain.issuer ?? read.issuer,
  };
}
