import type { Token } from '../tokens.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { COUNCIL_SITTING, RECALL_OPENERS } from '../vocabulary/identity.js';
import { POSTED_STAMPS, UPDATED_STAMPS, WEEKDAY_NAMES, WEEKDAY_WORD } from '../vocabulary/page-chrome.js';
import { dateAt, isoDate, type FoundDate } from './dates.js';
import { NUMBER_SOURCE } from './number.js';
import { parseUnitAt, type UnitMention } from './units.js';
import { sentenceStart } from './text-identity.js';

/*
 * The reads of a text's opening that the readers of its own identity share (find/identity.ts for a title,
 * an announcement or a body sentence; find/news-lead.ts for a news report's lead): its lines, its dateline,
 * the unit mentions of a stretch, the year of a day written without one, the date a clause opens on.
 */

/** How far into the text a title line, an announcement or the issuer's own sentence is looked for. */
export const OPENING_CHARS = 4000;

export function lineStarts(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = from;
  while (s < to && out.length < 200) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > to) e = to;
    if (text.slice(s, e).trim()) out.push([s, e]);
    s = e + 1;
  }
  return out;
}

/** Unit mentions of a stretch, in order (each starting where the previous one ended). */
export function mentionsIn(tokens: readonly Token[]): UnitMention[] {
  const out: UnitMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = parseUnitAt(tokens, i);
    if (m) { out.push(m); i = m.to - 1; }
  }
  return out;
}

/**
 * The year of a date written without one ("Ngày 5/3, UBND tỉnh …"): the article's own date, a
 * dated line above it, taken back a year when the day would fall after the article.
 */
export function yearFor(text: string, at: number, day: number, month: number): number | null {
  const before = text.slice(Math.max(0, at - OPENING_CHARS), at);
  const dates = [...before.matchAll(/(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})(?!\d)/g)];
  const last = dates[dates.length - 1];
  if (!last) return null;
  const y = Number(last[3]);
  const later = month > Number(last[2]) || (month === Number(last[2]) && day > Number(last[1]));
  return later ? y - 1 : y;
}

/** A document number (and perhaps its comma) just before a date: the date is that document's. */
const CITED_BEFORE = new RegExp(String.raw`${NUMBER_SOURCE}[ ,]{0,3}$`, 'u');

const SITTING_BETWEEN = /(?<![\p{L}])(?:kỳ họp|phiên họp|hội nghị)(?![\p{L}])/iu;

/** "Ngày 31/5/2024," "ngày 08/3/2024", "Ngày 5/3," or a news lead's "Chiều 26/10," opening the clause of an announcement. */
export function clauseDate(text: string, from: number, to: number): FoundDate | null {
  const stretch = text.slice(from, to);
  const re = /(?<![\p{L}\p{N}])(?:ngày|(?:sáng|trưa|chiều|tối)(?:[ ]{1,3}ngày)?)[ ]{1,3}(\d{1,2})[ ]{0,2}\/[ ]{0,2}(\d{1,2})(?:[ ]{0,2}\/[ ]{0,2}((?:19|20)\d{2}))?(?![\d/])|(?<![\p{L}\p{N}])ngày[ ]{1,3}\d{1,2}[ ]{1,3}tháng/giu;
  // The date nearest the subject that is not a cited document's ("Công văn số 688/UBND-QLĐT ngày 05/3/2024").
  let best: FoundDate | null = null;
  for (const m of stretch.matchAll(re)) {
    const at = from + m.index;
    if (CITED_BEFORE.test(text.slice(Math.max(from, at - 40), at))) continue;
    // "Chiều 11/7, tại kỳ họp thứ 25, HĐND tỉnh … đã thông qua Nghị quyết …": the day of the sitting, not the document's.
    if (SITTING_BETWEEN.test(text.slice(at + m[0].length, to))) continue;
    if (m[1] === undefined) {
      const d = dateAt(text, at);
      if (d?.iso) best = d;
      continue;
    }
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = m[3] ? Number(m[3]) : yearFor(text, at, day, month);
    if (year === null) continue;
    const iso = isoDate(day, month, year);
    if (iso) best = { iso, text: m[0], start: at, end: at + m[0].length };
  }
  return best;
}

/**
 * Between the subject and its announcing verb: a place in brackets, the signer's name after an office
 * ("Phó Chủ tịch UBND tỉnh Hà Tĩnh Nguyễn Hồng Lĩnh vừa ký …"), a council's term and session, a comma.
 */
export const ANNOUNCE_GAP = new RegExp(String.raw`^[ ]*(?:\([^()\n]{1,80}\)[ ]*)?(?:\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){2,3}[ ]*)?${COUNCIL_SITTING}(?:,[ ]*)?[ ]*$`, 'u');

/** A press agency's tag in brackets opening the text ("(Baonghean.vn) - "): a news article, as a dateline says. */
export const PRESS_TAG = /^\([^()\n]{1,40}\)[ ]{0,2}[-–]/u;
/** A line that is only a date and perhaps a time: the dateline of a news article. */
// "Cập nhật lúc 15:20 ngày 04/9/2024" (the time, then "ngày"; or the weekday: "Cập nhật lúc 10:20, Thứ Ba, 12/03/2024"); "Thứ Tư, 03/4/2024 - 16:45 | Kinh tế" (the page's section after a bar).
// "Kinh tế | Thứ Hai, 17/3/2025 - 09:12": the page's section may stand before the bar too.
const WEEKDAY = String.raw`${WEEKDAY_WORD} [\p{L}]+|${phraseAlternation(WEEKDAY_NAMES)}`;
const STAMP = String.raw`(?:${phraseAlternation([...UPDATED_STAMPS, ...POSTED_STAMPS])}):?`;
export const DATELINE = new RegExp(String.raw`^(?:\p{Lu}[\p{L} ,&-]{0,30}?[ ]{0,2}\|[ ]{0,2})?(?:(?:${WEEKDAY}|${STAMP})[ ,]{0,3})?(?:\d{1,2}:\d{2}[ ,]{1,3}(?:ngày[ ]|(?:${WEEKDAY})[ ,]{1,3})?)?\d{1,2}\/\d{1,2}\/\d{4}(?:[ ,|-]{1,4}\d{1,2}:\d{2}(?:[ ]?(?:GMT|SA|CH)[+\d ]*)?)?(?:[ ]{0,2}\|[ ]{0,2}\p{Lu}[\p{L} ,&-]{0,30})?$`, 'iu');

/** How many lines at the top may hold a portal's name, its sections and the headline above the dateline. */
export const DATELINE_LINES = 6;

/** A news article's dateline in the first lines. */
export function hasDateline(text: string, from: number, to: number): boolean {
  return lineStarts(text, from, to).slice(0, 4).some(([s, e]) => DATELINE.test(text.slice(s, e).trim()));
}

/** "ngày 2/4" right after a number: its year the article's. */
export function shortDate(text: string, at: number): FoundDate | null {
  const m = /^[ ,]{0,3}ngày[ ]{1,3}(\d{1,2})\/(\d{1,2})(?![\d/])/u.exec(text.slice(at, at + 20));
  if (!m) return null;
  const start = at + m[0].indexOf('ngày') + 5;
  const year = yearFor(text, start, Number(m[1]), Number(m[2]));
  const iso = year ? isoDate(Number(m[1]), Number(m[2]), year) : null;
  return iso ? { iso, text: text.slice(start, at + m[0].length), start, end: at + m[0].length } : null;
}

/** A sentence opening on a recall ("Trước đó, …", "Năm trước, …"): what it announces came before the article's document. */
const RECALLED = new RegExp(String.raw`^[ ]*(?:${RECALL_OPENERS.join('|')})[ ]{0,2},`, 'u');

/** The sentence holding `at` (from its start, at or after `floor`) opens on a recall. */
export function recalledAt(text: string, at: number, floor: number): boolean {
  return RECALLED.test(text.slice(sentenceStart(text, at, floor), at));
}
