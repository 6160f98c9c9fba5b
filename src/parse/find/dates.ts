/**
 * Dates (docs/domain.md §6): "ngày 14 tháng 8 năm 2020", "ngày 23/7/2021", "ngày 01-10-1997".
 * A date is checked (day within its month) before it becomes ISO; one that fails is reported
 * by the caller as DATE_UNREADABLE rather than guessed.
 */
import { WEEKDAY_NAMES, WEEKDAY_ORDINALS, WEEKDAY_WORD } from '../vocabulary/page-chrome.js';

export interface FoundDate {
  iso: string | null;
  /** The written form, for warnings. */
  text: string;
  start: number;
  end: number;
}

export const WORD_DATE = String.raw`ngày[ ]{1,3}(\d{1,2})[ ]{1,3}tháng[ ]{1,3}(\d{1,2})[ ]{1,3}năm[ ]{1,3}(\d{4})`;
export const NUMERIC_DATE = String.raw`(\d{1,2})[ ]{0,2}[/.-][ ]{0,2}(\d{1,2})[ ]{0,2}[/.-][ ]{0,2}(\d{4})`;

export function isoDate(day: number, month: number, year: number): string | null {
  if (!(year >= 1945 && year <= 2100 && month >= 1 && month <= 12 && day >= 1)) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * After "ngày", a web copy may wrap the line right after the month's slash ("ngày 12/4/" / "2023 của Ủy ban nhân dân
 * thành phố …"): the year on the next line still belongs to the date, and the issuer after it to the citation.
 */
const WRAPPED_YEAR_DATE = String.raw`(\d{1,2})[ ]{0,2}/[ ]{0,2}(\d{1,2})[ ]{0,2}/[ \t]{0,2}\n[ \t]{0,2}(\d{4})(?!\d)`;

const DATE_AT = new RegExp(String.raw`^(?:${WORD_DATE}|ngày[ ]{1,3}${NUMERIC_DATE}|${NUMERIC_DATE}|ngày[ ]{1,3}${WRAPPED_YEAR_DATE})`, 'iu');

/** A date written at `from` in `text` ("ngày 23/7/2021", "23/7/2021", "ngày 14 tháng 8 năm 2020"). */
export function dateAt(text: string, from: number): FoundDate | null {
  const m = DATE_AT.exec(text.slice(from, from + 40));
  if (!m) return null;
  const [d, mo, y] = m[1] ? [m[1], m[2], m[3]] : m[4] ? [m[4], m[5], m[6]] : m[7] ? [m[7], m[8], m[9]] : [m[10], m[11], m[12]];
  return { iso: isoDate(Number(d), Number(mo), Number(y)), text: m[0], start: from, end: from + m[0].length };
}

export interface DateLine {
  place: string | null;
  placeStart: number;
  placeEnd: number;
  date: FoundDate | null;
  /** The written date part even when unreadable ("ngày   tháng   năm 2021"). */
  dateText: string;
  dateStart: number;
}

const WITH_PLACE = /^([ ]{0,8}\(?[ ]{0,3})([^,\n]{1,60}?)[ ]{0,3},[ ]{0,3}(ngày(?![\p{L}\p{N}]).*)$/iu;
const WITHOUT_PLACE = /^([ ]{0,8}\(?[ ]{0,3})(ngày(?![\p{L}\p{N}]).*)$/iu;

const WEEKDAY_PLACE = new RegExp(`^(?:${WEEKDAY_WORD}[ ]{1,2}(?:${WEEKDAY_ORDINALS.join('|')})|${WEEKDAY_NAMES.join('|')})$`, 'iu');

/**
 * A header date line: "Thanh Xuân, ngày 14 tháng 8 năm 2020", "(Ngày 11 tháng 9 năm 2025)".
 * Nothing but a closing parenthesis or a full stop may follow the date, so that a body sentence
 * "Ngày 12/8/2020, Ban Thường vụ Quận ủy đã họp" is not taken for one.
 */
export function readDateLine(line: string, lineStart: number): DateLine | null {
  const withPlace = WITH_PLACE.exec(line);
  const m = withPlace ?? WITHOUT_PLACE.exec(line);
  if (!m) return null;
  const rest = withPlace ? withPlace[3]! : m[2]!;
  const at = line.length - rest.length;
  const date = dateAt(line, at);
  if (date) {
    if (!/^[ ).]*$/.test(line.slice(date.end))) return null;
  } else if (!/^ngày[ .…_]{1,12}tháng[ .…_]{1,12}năm(?![\p{L}\p{N}])/iu.test(rest)) {
    return null;
  }
  const place = withPlace ? withPlace[2]!.trim() : '';
  // "Thứ Ba, ngày 12 tháng 3 năm 2024": a page's dateline, its weekday no place.
  if (WEEKDAY_PLACE.test(place)) return null;
  const placeStart = withPlace ? withPlace[1]!.length : 0;
  return {
    place: place || null,
    placeStart: lineStart + placeStart,
    placeEnd: lineStart + placeStart + place.length,
    date: date ? { ...date, start: lineStart + date.start, end: lineStart + date.end } : null,
    dateText: (date?.text ?? rest.replace(/[ ).]*$/, '')).trim(),
    dateStart: lineStart + at,
  };
}
