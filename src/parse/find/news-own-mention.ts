import { tokenize } from '../tokens.js';
import { isoDate, type FoundDate } from './dates.js';
import { parseUnitAt, type UnitMention } from './units.js';

/**
 * A news lead may announce its document without a number ("Đảng ủy xã vừa ban hành nghị quyết
 * chuyên đề …", "UBND tỉnh … vừa ban hành Đề án …") and name it with its number a paragraph later,
 * not as the subject of a passive but
 *
 * - with its signing: "Đề án số 08/ĐA-UBND do Phó Chủ tịch UBND tỉnh … ký ngày 14/3 được xây dựng
 *   nhằm …": the article reports one signed document, its own (the day may come without its year);
 * - with the lead's own issuer: "Theo Nghị quyết số 12-NQ/ĐU ngày 03/9/2024 của Ban Chấp hành Đảng
 *   bộ xã …, …" after "Đảng ủy xã vừa ban hành nghị quyết …": the same type from the same body.
 *
 * `at` is where the number (and its date, when one follows it) ends. The answer is the date the
 * mention gives, or null when the mention is not the document's own; `undefined` date: none given.
 */
export interface OwnMention {
  date: FoundDate | null;
  /** The issuer as the later mention names it, when it gives the place the lead left out. */
  issuer?: UnitMention;
}

/** "do <signer> ký [ban hành] [ngày 14/3[/2025]]": the signer's words are a capacity and a name. */
const SIGNED = /^[ ,]{0,3}do[ ]{1,3}[^.;:\n]{3,120}?[ ]{1,3}ký(?:[ ]{1,3}ban hành)?(?![\p{L}])(?:[ ]{1,3}ngày[ ]{1,3}(\d{1,2})[ ]{0,2}\/[ ]{0,2}(\d{1,2})(?:[ ]{0,2}\/[ ]{0,2}((?:19|20)\d{2}))?(?![\d/]))?/u;
const OF = /^[ ,]{0,3}của[ ]{1,3}/u;

export function ownMentionAfter(
  text: string,
  at: number,
  lead: UnitMention | null,
  yearFor: (at: number, day: number, month: number) => number | null,
): OwnMention | null {
  const window = text.slice(at, at + 200);
  const signed = SIGNED.exec(window);
  if (signed) {
    if (!signed[1]) return { date: null };
    const day = Number(signed[1]);
    const month = Number(signed[2]);
    const dateStart = at + signed[0].lastIndexOf('ngày');
    const year = signed[3] ? Number(signed[3]) : yearFor(dateStart, day, month);
    const iso = year === null ? null : isoDate(day, month, year);
    return { date: iso ? { iso, text: text.slice(dateStart, at + signed[0].length), start: dateStart, end: at + signed[0].length } : null };
  }
  const of = OF.exec(window);
  if (!of || !lead) return null;
  const from = at + of[0].length;
  const tokens = tokenize(text, from, Math.min(text.length, from + 160));
  const named = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
  if (!named || !sameIssuer(named, lead)) return null;
  return placeOf(bodyOf(lead)) === null && placeOf(bodyOf(named)) !== null ? { date: null, issuer: named } : { date: null };
}

/**
 * One body, however printed: a Party committee's organs (Ban Chấp hành, Ban Thường vụ) and its
 * Đảng bộ are the committee; the head and level agree, and the place names where both give one.
 */
function sameIssuer(a: UnitMention, b: UnitMention): boolean {
  const x = bodyOf(a);
  const y = bodyOf(b);
  // "Đảng ủy xã" and "Đảng bộ xã …" are two heads of one committee: for a Party committee the kind is enough.
  const head = (m: UnitMention) => (m.head.kind === 'party-committee' ? m.head.kind : m.head.canonical);
  if (head(x) !== head(y) || levelOf(x) !== levelOf(y)) return false;
  const nx = placeOf(x);
  const ny = placeOf(y);
  return nx === null || ny === null || nx === ny;
}

/** Two mentions name bodies of two different places: each names its place, and the places differ. */
export function inOtherPlace(a: UnitMention, b: UnitMention): boolean {
  const pa = placeOf(bodyOf(a));
  const pb = placeOf(bodyOf(b));
  return pa !== null && pb !== null && pa !== pb;
}

function bodyOf(m: UnitMention): UnitMention {
  return m.head.kind === 'party-organ' && m.owner ? m.owner : m;
}

function levelOf(m: UnitMention): string | null {
  return m.areas[0]?.level ?? m.head.level ?? null;
}

function placeOf(m: UnitMention): string | null {
  return m.name ?? m.areas[0]?.name ?? null;
}
