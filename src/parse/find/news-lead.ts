import { tokenize } from '../tokens.js';
import { NEWS_LEAD_OPENERS, NEWS_LEAD_WORDS } from '../vocabulary/identity.js';
import { isoDate, type FoundDate } from './dates.js';
import { withoutNameAbbreviations } from './name-abbreviation.js';
import type { UnitMention } from './units.js';
import { reportedAgent } from './reported-agent.js';
import { datedSigning, genericSigning, unnumberedPassive, unnumberedSigning } from './unnumbered-lead.js';
import { unitIssuing } from './issued-by-after.js';
import { onBehalfOf } from './on-behalf.js';
import { withoutSignerName } from './signer-after-level.js';
import { clauseSubject } from './issuer-sentence.js';
import { ANNOUNCE_GAP, clauseDate, DATELINE, DATELINE_LINES, lineStarts, mentionsIn, PRESS_TAG, shortDate, yearFor } from './opening-reads.js';
import { dateAfter, isIssuerLike, numberAt, sentenceStart, TYPE_ALT, typeOfWord, unitAt, type TextIdentity } from './text-identity.js';

/*
 * The shapes of a news report's lead (the paragraphs under its dateline): the document it opens on with its
 * number (newsLead, issuedLead) or signs without one (unnumberedLead). They are the lead's readings that
 * find/identity.ts chains with the announcing sentence's; find/news-identity.ts then reads the whole article
 * on top of them (articleIdentity), filling and correcting what they found.
 */

// A press agency's tag may open the lead: "(Báo Quảng Bình) - ", "(Chinhphu.vn) – ", "HNP - ".
const AGENCY_TAG = String.raw`(?:\([^()\n]{1,40}\)[ ]{0,2}[-–][ ]{0,2}|[\p{Lu}.]{2,12}[ ]{1,2}[-–][ ]{1,2})?`;
/** The lead may open on the day: "Ngày 12/4, tại Kế hoạch số …, UBND huyện … yêu cầu". */
const LEAD_DAY = String.raw`(?:Ngày[ ]{1,3}\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?[ ]{0,2},[ ]{1,3})?`;
const LEAD_WORDS = [...NEWS_LEAD_WORDS, ...NEWS_LEAD_WORDS.map((w) => w.toLowerCase())].join('|');
const NEWS_LEAD = new RegExp(String.raw`^${AGENCY_TAG}${LEAD_DAY}(?:${LEAD_WORDS})[ ]{1,3}(${TYPE_ALT})[ ]{1,3}(?:số[ ]{1,3})?(?=\d)`, 'u');
/** The lead may name the document as its subject: "Kế hoạch 112/KH-UBND ngày … của UBND tỉnh … đặt mục tiêu …". */
// It may open on when: "Vừa qua, Kế hoạch số …", "Ngày 12/4, Kế hoạch số …".
const LEAD_WHEN = String.raw`${LEAD_DAY}(?:(?:${NEWS_LEAD_OPENERS.join('|')})[ ]{0,2},[ ]{1,3})?`;
const NEWS_SUBJECT = new RegExp(String.raw`^${AGENCY_TAG}${LEAD_WHEN}(${TYPE_ALT})[ ]{1,3}(?:số[ ]{1,3})?(?=\d)`, 'u');

/**
 * In a news article (a dateline near the top), the lead may start with the document itself:
 * "Theo Kế hoạch số 88/KH-UBND ngày 02/4/2024 của UBND huyện X, …". Only the first paragraphs
 * after the dateline are read: further down, such a sentence cites another document.
 */
export function newsLead(text: string, from: number, to: number): TextIdentity | null {
  const lines = lineStarts(text, from, to);
  const tagged = lines[0] && PRESS_TAG.test(text.slice(lines[0][0], lines[0][1]).trim()) ? -1 : null;
  const d = tagged ?? lines.slice(0, 4).findIndex(([s, e]) => DATELINE.test(text.slice(s, e).trim()));
  if (d < 0 && tagged === null) return null;
  for (const [s, e] of lines.slice(d + 1, d + 3)) {
    const lead = s + (text.slice(s, e).length - text.slice(s, e).trimStart().length);
    const lineText = text.slice(lead, e);
    const led = NEWS_LEAD.exec(lineText);
    const m = led ?? NEWS_SUBJECT.exec(lineText);
    if (!m) continue;
    const num = numberAt(text, lead + m[0].length);
    if (!num) continue;
    const date = dateAfter(text, num.end);
    const of = /^[ ,)]{0,3}của[ ]{1,3}/u.exec(text.slice(date?.end ?? num.end, (date?.end ?? num.end) + 10));
    // "Tại Công văn số … ngày … gửi các sở, ngành, UBND tỉnh X yêu cầu …": without "của", the subject
    // of the sentence's main clause.
    // "Kế hoạch số … ngày …, UBND tỉnh X đặt mục tiêu …": the document fronted, its issuer the subject after the comma.
    const issuer = of ? unitAt(text, (date?.end ?? num.end) + of[0].length, e) : led ? clauseSubject(text, date?.end ?? num.end, e) : subjectAfterComma(text, date?.end ?? num.end, e);
    const type = typeOfWord(m[1]!) ?? num.num.docType;
    const typeStart = lead + m[0].indexOf(m[1]!);
    // "Hướng dẫn số 15/HD-… ngày … về … vừa được gửi tới các xã": the document the lead reports, its issuer named elsewhere.
    // "Kế hoạch số 58/KH-UBND ngày 14/3/2025 về đẩy nhanh … đặt mục tiêu …": the lead's subject with its
    // own subject line ("về …") and no "của": the document the article reports, as the passive says.
    // "Vừa qua, Kế hoạch số … ngày … về việc … đã được Ban Thường vụ Hội … ban hành, …": the passive's agent issued it.
    const agent = !issuer && !led && type ? reportedAgent(text, date?.end ?? num.end, e) : null;
    if (agent && isIssuerLike(agent)) return { source: 'announcement', num, docType: { type: type!, span: [typeStart, typeStart + m[1]!.length] }, date, issuer: agent };
    const reported = !issuer && !led && type && (PASSIVE_REPORTED.test(text.slice(date?.end ?? num.end, e)) || (date !== null && TOPIC_NEXT.test(text.slice(date.end, date.end + 6)) && !LOOKED_BACK.test(text.slice(date.end, e))));
    if (reported) return { source: 'announcement', num, docType: { type, span: [typeStart, typeStart + m[1]!.length] }, date, issuer: null };
    if (!issuer || !isIssuerLike(issuer) || !type) continue;
    return { source: 'announcement', num, docType: { type, span: [typeStart, typeStart + m[1]!.length] }, date, issuer };
  }
  return null;
}


/** How far after the lead's type word the day it was signed may be told. */
const SIGNED_ON_CHARS = 600;

/**
 * "Kế hoạch, ký ngày 14/5, nhằm …", "Kế hoạch (ký ngày 14/5/2024) …", "Kế hoạch được ký ban hành ngày 14/5": a later
 * sentence opening on the lead's type word tells the day its document was signed (its year the article's).
 */
function signedOn(text: string, after: number, to: number, word: string): FoundDate | null {
  const re = new RegExp(String.raw`(?:^|\n|[.][ ])[ ]*${word.replace(/\s+/gu, '[ \\n]{1,2}')}[ ]{0,2}[,(]?[ ]{0,2}(?:được[ ]{1,2})?ký(?:[ ]{1,2}ban[ ]hành)?[ ]{1,2}ngày[ ]{1,2}(\d{1,2})\/(\d{1,2})(?:\/((?:19|20)\d{2}))?(?![\d/])`, 'iu');
  const m = re.exec(text.slice(after, Math.min(to, after + SIGNED_ON_CHARS)));
  if (!m) return null;
  const start = after + m.index + m[0].lastIndexOf('ngày');
  const year = m[3] ? Number(m[3]) : yearFor(text, start, Number(m[1]), Number(m[2]));
  const iso = year ? isoDate(Number(m[1]), Number(m[2]), year) : null;
  return iso ? { iso, text: m[0].slice(m[0].lastIndexOf('ngày')), start, end: after + m.index + m[0].length } : null;
}

/** The end of the paragraph whose line ends at `lineEnd`: the next blank line, or `to`. */
function paragraphEnd(text: string, lineEnd: number, to: number): number {
  const blank = /\n[ \t]*\n/u.exec(text.slice(lineEnd, to));
  return blank ? lineEnd + blank.index : to;
}

/**
 * A page's cells after the dateline, each on a line of its own once cleaned ("15:05", "Lượt xem: 387", "Chia sẻ"):
 * short, no sentence. The lead is read past them.
 */
const CHROME_AFTER_DATELINE = /^[^.!?]{0,24}$/u;

/** The first `n` lines after the dateline `d` that are not a page's cells. */
function leadLines(text: string, lines: ReadonlyArray<[number, number]>, d: number, n: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = d + 1; k < lines.length && out.length < n; k++) {
    const [s, e] = lines[k]!;
    // Only cells right under the dateline are passed over: a short line further down is the lead's own.
    if (out.length === 0 && k < d + 4 && k + 1 < lines.length && CHROME_AFTER_DATELINE.test(text.slice(s, e).trim())) continue;
    out.push(lines[k]!);
  }
  return out;
}

/**
 * "Ngày 7/10/2025, Chủ tịch UBND tỉnh X Hồ Quang Vinh đã ký Công điện khẩn yêu cầu …": a news lead (the
 * first two paragraphs after the dateline) reporting a document it does not number. The subject before
 * the verb is the issuer, the signer's name between them as in an announcement; the day the lead opens
 * on is the document's. A number given later is found as for any lead of the body's voice.
 */
export function unnumberedLead(text: string, from: number, to: number): TextIdentity | null {
  const lines = lineStarts(text, from, to);
  const tagged = lines[0] && PRESS_TAG.test(text.slice(lines[0][0], lines[0][1]).trim()) ? -1 : null;
  // A portal's name, its section and subsection on lines of their own and the headline may stand above the dateline.
  const d = tagged ?? lines.slice(0, DATELINE_LINES).findIndex(([s, e]) => DATELINE.test(text.slice(s, e).trim()));
  if (d < 0 && tagged === null) return null;
  for (const [s, line] of leadLines(text, lines, d, 2)) {
    // A lead wrapped at a fixed width is read to its paragraph's end, its line breaks as spaces.
    const e = paragraphEnd(text, line, to);
    const flat = e > line ? `${text.slice(0, s)}${text.slice(s, e).replace(/\n/g, ' ')}${text.slice(e)}` : text;
    const signed = unnumberedSigning(flat, s, e) ?? datedSigning(flat, s, e);
    const passive = signed ? null : issuedPassive(text, s, line);
    if (passive) return passive;
    const generic = signed ? null : genericSigning(text, s, line);
    const at = signed?.at ?? generic?.at;
    if (at === undefined) continue;
    const sStart = sentenceStart(flat, at, s);
    const subject = mentionsIn(withoutNameAbbreviations(tokenize(text, sStart, at))).filter(isIssuerLike).pop();
    if (!subject || !ANNOUNCE_GAP.test(flat.slice(subject.end, at))) continue;
    const told = generic ? bracketedOwn(text, generic.end, to) : null;
    const date = told?.date ?? clauseDate(text, sStart, subject.start) ?? (signed ? signedOn(text, signed.docType.span[1], to, text.slice(...signed.docType.span)) : null);
    return { source: 'body', num: told?.num ?? null, docType: signed?.docType ?? told?.docType ?? null, date, issuer: onBehalfOf(text, sStart, subject.start) ?? withoutSignerName(text, subject) };
  }
  return null;
}

/** "Văn bản (Công văn số 5127/SNNMT-TL ngày 8/10/2025) được ban hành …": the generic word, then its type and number in brackets. */
const GENERIC_BRACKETED = new RegExp(String.raw`(?<![\p{L}])văn bản[ ]{0,2}\([ ]{0,2}(${TYPE_ALT})[ ]{1,3}(?:số[ ]{1,3})?(?=\d)`, 'giu');

/**
 * The document a lead reported by the generic word ("vừa có văn bản hỏa tốc gửi …"), named again later with its
 * type and number in brackets after the word: the brackets say which document "văn bản" is, as they do after a
 * bare type word (withBracketedNumber). The first such naming after the lead, closed by its bracket.
 */
function bracketedOwn(text: string, from: number, to: number): { num: NonNullable<TextIdentity['num']>; docType: NonNullable<TextIdentity['docType']>; date: FoundDate | null } | null {
  const re = new RegExp(GENERIC_BRACKETED.source, GENERIC_BRACKETED.flags);
  const opening = text.slice(0, to);
  re.lastIndex = from;
  const m = re.exec(opening);
  const type = m ? typeOfWord(m[1]!) : null;
  if (!m || !type) return null;
  const num = numberAt(text, m.index + m[0].length);
  if (!num || (num.num.docType && num.num.docType !== type)) return null;
  const date = dateAfter(text, num.end);
  if (!/^[ ]{0,2}\)/u.test(text.slice(date?.end ?? num.end, (date?.end ?? num.end) + 4))) return null;
  const typeStart = m.index + m[0].indexOf(m[1]!);
  return { num, docType: { type, span: [typeStart, typeStart + m[1]!.length] }, date };
}

/** The issuing verb right after a passive's agent, and perhaps the day: "… ban hành ngày 12/3". */
const PASSIVE_ISSUING = /^[ ]{1,3}(?:ký[ ]{1,3})?ban hành(?![\p{L}])/u;

/**
 * "… kế hoạch vừa được Ban Thường vụ Hội Nông dân huyện ban hành ngày 12/3": the lead's unnumbered document
 * in the passive, its agent the issuer, the day after the verb (its year the article's) or the one the lead
 * opens on.
 */
function issuedPassive(text: string, s: number, e: number): TextIdentity | null {
  const passive = unnumberedPassive(text, s, e);
  const agent = passive ? unitIssuing(text, passive.at, 160, PASSIVE_ISSUING)?.mention : null;
  if (!passive || !agent || !isIssuerLike(agent)) return null;
  const verb = PASSIVE_ISSUING.exec(text.slice(agent.end, agent.end + 24))!;
  const on = agent.end + verb[0].length;
  const date = dateAfter(text, on) ?? shortDate(text, on) ?? clauseDate(text, sentenceStart(text, passive.docType.span[0], s), passive.docType.span[0]);
  return { source: 'body', num: null, docType: passive.docType, date, issuer: agent };
}

/** "về …" right after the number's date: the reported document's subject line. */
const TOPIC_NEXT = /^[ ,]{0,2}về[ ]/u;
/** "Kế hoạch số … ngày … về … đã giúp giảm …": what an older document did, looked back on; cited, not reported. */
const LOOKED_BACK = /^[^.\n]*?[ ]đã[ ]/u;
/** The lead's document the subject of a passive of its issuing or sending, in the lead's first sentence. */
const PASSIVE_REPORTED = /^[^.\n]{0,240}?[ ](?:vừa|mới|đã)[ ]{1,3}được[ ]{1,3}(?:ký[ ]{1,3})?(?:ban hành|gửi|phát hành|triển khai)(?![\p{L}])/u;

const ISSUED_LEAD = new RegExp(String.raw`^${AGENCY_TAG}(?:${NEWS_LEAD_WORDS.join('|')})[ ]{1,3}(${TYPE_ALT}|văn bản)[ ]{1,3}(?:số[ ]{1,3})?(?=\d)`, 'u');
/** "vừa ban hành", "mới được ký ban hành" right after the number: the document the lead reports. */
const JUST_ISSUED = /^[ ]{1,3}(?:vừa|mới)[ ]{1,3}(?:được[ ]{1,3})?(?:ký[ ]{1,3})?ban hành(?![\p{L}])/u;

/**
 * Without a dateline, a lead that says the document was just issued is still the document's own:
 * "Theo văn bản số 52/KH-UBND vừa ban hành ngày 06/5/2024, UBND huyện Yên Thành yêu cầu …". The
 * issuer is the main clause's subject, after the number; "văn bản" takes its type from the symbol.
 */
export function issuedLead(text: string, from: number, to: number): TextIdentity | null {
  for (const [s, e] of lineStarts(text, from, to).slice(0, 3)) {
    const lead = s + (text.slice(s, e).length - text.slice(s, e).trimStart().length);
    const m = ISSUED_LEAD.exec(text.slice(lead, e));
    if (!m) continue;
    const num = numberAt(text, lead + m[0].length);
    // "Theo Đề án số 05/ĐA-UBND ngày 11/3/2024 vừa được UBND tỉnh X ban hành, …": the date before the passive.
    const dated = num ? dateAfter(text, num.end) : null;
    const agent = num ? issuedBy(text, num.end, e) ?? (dated ? issuedBy(text, dated.end, e) : null) : null;
    const issued = num && (agent?.verb ?? JUST_ISSUED.exec(text.slice(num.end, num.end + 40)));
    if (!num || !issued) continue;
    const date = dated ?? dateAfter(text, num.end + issued[0].length);
    const issuer = agent?.issuer ?? clauseSubject(text, date?.end ?? num.end + issued[0].length, e);
    const type = typeOfWord(m[1]!) ?? num.num.docType;
    if (!issuer || !type) continue;
    const typeStart = lead + m[0].indexOf(m[1]!);
    return { source: 'announcement', num, docType: { type, span: [typeStart, typeStart + m[1]!.length] }, date, issuer };
  }
  return null;
}

/** "vừa được UBND huyện Can Lộc ban hành": the passive with its agent before the verb. */
const ISSUED_BY = /^[ ]{1,3}(?:vừa|mới|đã)[ ]{1,3}được[ ]{1,3}([^,.;:\n]{3,90}?)[ ]{1,3}(?:ký[ ]{1,3})?ban hành(?![\p{L}])/u;

/**
 * "Theo Kế hoạch số 210/KH-UBND vừa được UBND huyện Can Lộc ban hành, …": the document the lead
 * reports, its issuer the agent of the passive (the whole stretch, an issuer-like unit).
 */
function issuedBy(text: string, at: number, to: number): { verb: RegExpExecArray; issuer: UnitMention } | null {
  const verb = ISSUED_BY.exec(text.slice(at, Math.min(to, at + 140)));
  if (!verb) return null;
  const from = at + verb[0].indexOf(verb[1]!);
  const issuer = unitAt(text, from, from + verb[1]!.length);
  return issuer && isIssuerLike(issuer) && issuer.end === from + verb[1]!.length ? { verb, issuer } : null;
}

const SMALL_AFTER = /^[ ]{1,3}\p{Ll}/u;

/** The unit right after a comma at `at`, followed by a word in lower case (its verb). */
function subjectAfterComma(text: string, at: number, to: number): UnitMention | null {
  const comma = /^[ ]{0,2},[ ]{1,3}/u.exec(text.slice(at, at + 6));
  if (!comma) return null;
  const m = unitAt(text, at + comma[0].length, to);
  return m && isIssuerLike(m) && SMALL_AFTER.test(text.slice(m.end, m.end + 4)) ? m : null;
}
