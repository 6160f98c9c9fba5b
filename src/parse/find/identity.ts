import { BoundedPattern } from '../bounded-pattern.js';
import type { DocType, Span } from '../../model/record.js';
import { tokenize, type Token } from '../tokens.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { ANNOUNCE_VERB_WORDS, CARRYING_OUT_WORDS, CONCLUDED_MEETINGS, COUNCIL_SITTING, PASSIVE_ISSUED, RECALL_OPENERS, NEWS_LEAD_OPENERS, NEWS_LEAD_WORDS, TYPE_QUALIFIERS } from '../vocabulary/identity.js';
import { dateAt, isoDate, type FoundDate } from './dates.js';
import { NUMBER_SOURCE } from './number.js';
import { isPropertyLine } from './property-lines.js';
import { COUNCIL_TERM } from './council-term.js';
import { receivedAfter } from './received-document.js';
import { receivedBySender } from './sender-back-reference.js';
import { ownerAfterType } from './closing-owner-first.js';
import { withoutNameAbbreviations } from './name-abbreviation.js';
import { isAllCaps } from '../text.js';
import { CAPACITY_PREFIX } from '../vocabulary/signature.js';
import { POSTED_STAMPS, UPDATED_STAMPS, WEEKDAY_NAMES, WEEKDAY_WORD } from '../vocabulary/page-chrome.js';
import { parseUnitAt, type UnitMention } from './units.js';
import { ownMentionAfter, type OwnMention } from './news-own-mention.js';
import { placeLead } from './place-lead.js';
import { articleIdentity } from './news-identity.js';
import { reportedAgent } from './reported-agent.js';
import { datedSigning, genericSigning, unnumberedPassive, unnumberedSigning } from './unnumbered-lead.js';
import { unitIssuing } from './issued-by-after.js';
import { onBehalfOf } from './on-behalf.js';
import { clauseSubject, issuerSentence, namedSubject } from './issuer-sentence.js';
import { dateAfter, isIssuerLike, numberAt, sameBody, sentenceStart, TYPE_ALT, typeOfWord, unitAt, type TextIdentity } from './text-identity.js';

export type { TextIdentity } from './text-identity.js';

/*
 * The identity a text gives itself where no header does (findTextIdentity, below): a title line, the
 * sentence that announces it, a news lead, a body sentence whose subject is the issuer
 * (find/issuer-sentence.ts), its closing statement. The shape and the reads they share are in
 * find/text-identity.ts.
 */

/** How far into the text a title line, an announcement or the issuer's own sentence is looked for. */
const OPENING_CHARS = 4000;
/** Lines at the top that may hold the title (a news headline and dateline come first). */
const TITLE_LINES = 2;

const RECALLED = new RegExp(String.raw`^[ ]*(?:${RECALL_OPENERS.join('|')})[ ]{0,2},`, 'u');
/** The announcing verb ending the 40 characters before a type word; a wrapped lead may break a line inside it ("vừa ký" / "ban hành"). */
const ANNOUNCE_VERBS = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phraseAlternation(ANNOUNCE_VERB_WORDS, { gap: '(?:[ ]{1,2}|[ ]?\\n)' })})[ ]{1,3}$`, 'iu');

/** "Chỉ thị số 17/CT-UBND", "KẾ HOẠCH Tổ chức …", "Thông báo về việc …" at the start of a line. */
// A page heading drops the "số": "Công văn 412-CV/HU ngày 05/6/2024 của Huyện ủy Thạch Hà …".
// A heading alone on its line ("THÔNG BÁO KẾT LUẬN") is a title too: the longest type word wins.
const TITLE_LINE = new RegExp(String.raw`^(${TYPE_ALT})(?:[ ]*$|[ ]+(số[ ]{0,2}:?[ ]{0,2}|(?=\d{1,5}[ ]{0,2}[-/]))|[ ]+(?=về(?:[ ]việc)?[ ]|V\/v[ ])|[ ]+(?=\S))`, 'iu');
/** A type word then its number inside a sentence: "ban hành Kế hoạch số 201/KH-UBND". */
// "văn bản số 2150/UBND-KTN" takes its type from the symbol; "Công văn hỏa tốc số …" is a Công văn,
// "Nghị quyết chuyên đề số …" a Nghị quyết.
// "… ban hành Chỉ thị số" / "41-CT/TU về …": a wrapped line may part "số" from its number.
// Scanned over the body: its lookbehind apart (bounded-pattern.ts), a quarter of the CPU time, the same matches.
const TYPE_NUMBER = new BoundedPattern(String.raw`(?<![\p{L}\p{N}])`, String.raw`(${TYPE_ALT}|văn bản)[ ]{1,3}(?:(?:${TYPE_QUALIFIERS.join('|')})[ ]{1,3})?(?:số(?:[ ]{1,3}|[ ]{0,2}\n[ ]{0,3}))?(?=\d)`, 'giu');

function lineStarts(text: string, from: number, to: number): Array<[number, number]> {
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

function titleLine(text: string, line: [number, number]): TextIdentity | null {
  const [s, e] = line;
  const body = text.slice(s, e);
  const lead = body.length - body.trimStart().length;
  const m = TITLE_LINE.exec(body.slice(lead));
  if (!m) return null;
  const type = typeOfWord(m[1]!);
  if (!type) return null;
  const typeStart = s + lead;
  const after = typeStart + m[0].length;
  const caps = m[1] === m[1]!.toUpperCase();
  const rest = text.slice(after, e);
  // A sentence that starts with a type word ("Kế hoạch nhằm …") is not a title: a title names the
  // number, says what it is about, or prints the type in capitals; and it ends without a stop.
  const aboutLead = /^(?:về(?:[ ]việc)?|V\/v)[ ]/iu.test(rest);
  const numbered = m[2] !== undefined;
  if (!numbered && !aboutLead && !caps) return null;
  // Without "số" a number after the type word may open a sentence ("Kế hoạch 58/KH-UBND của huyện đã …."): a heading has no stop.
  if (/[.:;]$/.test(body.trimEnd()) && (!numbered || m[2] === '')) return null;
  const id: TextIdentity = { source: 'title', num: null, docType: { type, span: [typeStart, typeStart + m[1]!.length] }, date: null, issuer: null };
  if (!numbered) {
    id.issuer = ownerInTitle(text, after, e);
    return id;
  }
  const num = numberAt(text, after);
  if (!num) return id;
  id.num = num;
  let k = num.end;
  const date = dateAfter(text, k);
  if (date) { id.date = date; k = date.end; }
  const of = /^[ ,)]{0,3}của[ ]{1,3}/iu.exec(text.slice(k, Math.min(e, k + 12)));
  if (of) {
    // The subject follows the issuer: "… của UBND quận Ninh Kiều V/v tổ chức …" ends the name at "V/v".
    const from = k + of[0].length;
    const about = /[ ](?:về|V\/v|v\/v|V\/V)(?=[ ])/u.exec(text.slice(from, e));
    id.issuer = unitAt(text, from, about ? from + about.index : e);
  }
  if (num.num.docType && num.num.docType !== type && type !== 'Thông báo kết luận') id.docType = { type: num.num.docType, span: id.docType!.span };
  return id;
}

const OF_WORD = /(?<![\p{L}])(?:của|CỦA)[ ]{1,3}/gu;
// "pháp luật" is no Luật.
const TYPE_WORD_IN = new RegExp(String.raw`(?<![\p{L}])(?<!pháp[ ])(?:${TYPE_ALT})(?![\p{L}])`, 'iu');

/**
 * "KẾ HOẠCH TỔ CHỨC HỘI THI … CỦA UBND XÃ GIA TÂN": an unnumbered title that names whose it is. Not
 * when another document is named before "của" ("Kế hoạch thực hiện Nghị quyết … của Tỉnh ủy"): the
 * issuer is then that document's.
 */
/**
 * "Kế hoạch triển khai Đề án 938 năm 2024 của Ban Thường vụ Hội …": the year (or term) just before "của" is the
 * plan's own period, not part of the named document's name; "của" then gives the plan's owner. Not when the
 * document is given with its symbol: its issuer's code and the owner after "của" are then one body's.
 */
const PERIOD_BEFORE_OF = /[ ](?:năm[ ]\d{4}|giai đoạn[ ]\d{4}[ ]?[-–][ ]?\d{4})[ ,]*$/u;
/** A document given with its symbol ("Chỉ thị số 08-CT/HU, năm 2025 của Ban Thường vụ Huyện ủy …") is the owner's. */
const SYMBOL_IN = /\d[-/]\p{Lu}/u;

function ownPeriod(title: string): boolean {
  return PERIOD_BEFORE_OF.test(title) && !SYMBOL_IN.test(title);
}

function ownerInTitle(text: string, from: number, to: number): UnitMention | null {
  const rest = text.slice(from, to);
  let last: RegExpExecArray | null = null;
  OF_WORD.lastIndex = 0;
  for (let m = OF_WORD.exec(rest); m; m = OF_WORD.exec(rest)) last = m;
  if (!last || (TYPE_WORD_IN.test(rest.slice(0, last.index)) && !ownPeriod(rest.slice(0, last.index)))) return null;
  const at = from + last.index + last[0].length;
  const unit = unitAt(text, at, to);
  return unit && isIssuerLike(unit) && unit.end === from + rest.trimEnd().length ? unit : null;
}

const CLOSING_STATEMENT = new RegExp(String.raw`(?:^|\n|[.;][ ])[ ]*Trên đây là[ ]{1,3}(${TYPE_ALT})(?![\p{L}])`, 'gu');

/**
 * "Trên đây là Kế hoạch triển khai … của UBND xã Phì Điền.": the closing sentence of a fragment names
 * its type and, after "của" with no other document between, its issuer. The last such sentence of
 * the text's closing part (`from` on).
 */
export interface ClosingStatement {
  docType: { type: DocType; span: Span };
  issuer: UnitMention | null;
}

export function closingStatement(text: string, from: number): ClosingStatement | null {
  let last: RegExpExecArray | null = null;
  CLOSING_STATEMENT.lastIndex = 0;
  const tail = text.slice(from);
  for (let m = CLOSING_STATEMENT.exec(tail); m; m = CLOSING_STATEMENT.exec(tail)) last = m;
  const type = last ? typeOfWord(last[1]!) : null;
  if (!last || !type) return null;
  const typeStart = from + last.index + last[0].length - last[1]!.length;
  const typeEnd = typeStart + last[1]!.length;
  return { docType: { type, span: [typeStart, typeEnd] }, issuer: closingOwner(text, typeEnd) ?? ownerAfterType(text, typeEnd, (m) => isIssuerLike(m) && namedSubject(m)) };
}

/**
 * Whose the closing statement says the document is: "… của <issuer>" ending the title, which may hold
 * commas of its own ("Kế hoạch bảo đảm an ninh, trật tự … của UBND xã X; đề nghị …", "Kế hoạch xóa nhà
 * tạm, nhà dột nát năm 2025 của UBND huyện Y, triển khai …"): each comma of the sentence, then its end,
 * is tried as the title's end, the first that closes on the owner taken.
 */
function closingOwner(text: string, typeEnd: number): UnitMention | null {
  const stop = /[.;:](?:\s|$)|\n/u.exec(text.slice(typeEnd, typeEnd + 400));
  const end = typeEnd + (stop?.index ?? 0);
  const sentence = text.slice(typeEnd, end);
  // A comma of the owner's own name ("Ban Chỉ đạo phòng, chống dịch bệnh … xã Suối Nghệ") may end no
  // title: an owner that reads on past it is kept only until a later comma or the end closes on one.
  let cut: UnitMention | null = null;
  for (let k = sentence.indexOf(', '); k >= 0; k = sentence.indexOf(', ', k + 1)) {
    const owner = ownerInTitle(text, typeEnd, typeEnd + k);
    if (!owner) continue;
    if ((unitAt(text, owner.start, end)?.end ?? 0) <= owner.end) return owner;
    cut ??= owner;
  }
  return ownerInTitle(text, typeEnd, end) ?? cut;
}

/** Unit mentions of a stretch, in order (each starting where the previous one ended). */
function mentionsIn(tokens: readonly Token[]): UnitMention[] {
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
function yearFor(text: string, at: number, day: number, month: number): number | null {
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
function clauseDate(text: string, from: number, to: number): FoundDate | null {
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
const ANNOUNCE_GAP = new RegExp(String.raw`^[ ]*(?:\([^()\n]{1,80}\)[ ]*)?(?:\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){2,3}[ ]*)?${COUNCIL_SITTING}(?:,[ ]*)?[ ]*$`, 'u');

/** `at` stands inside a bracket opened after `from` and not yet closed. */
function insideBrackets(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/**
 * The sentence that announces the document: an issuer, an announcing verb ("ban hành", "vừa ban
 * hành", "đã có"), a type word and the number. A document cited by its reader ("Thực hiện Kế
 * hoạch số …") has no such verb before it and is not taken.
 */
function announcement(text: string, from: number, to: number): TextIdentity | null {
  const stretch = text.slice(from, to);
  for (let m = TYPE_NUMBER.exec(stretch); m; m = TYPE_NUMBER.next(stretch, m)) {
    const typeStart = from + m.index;
    const head = text.slice(Math.max(from, typeStart - 40), typeStart);
    const num = numberAt(text, from + m.index + m[0].length);
    if (!num) continue;
    const verb = ANNOUNCE_VERBS.exec(head);
    if (!verb) {
      const passive = byIssuer(text, num.end, m[1]!, typeStart, num);
      if (passive) return passive;
      continue;
    }
    const verbStart = typeStart - head.length + verb.index;
    const sStart = sentenceStart(text, verbStart, from);
    const tokens = withoutNameAbbreviations(tokenize(text, sStart, verbStart));
    // The subject: the last unit before the verb, a parenthesised place aside ("(Hải Dương)").
    // "Chi cục Thú y tỉnh (thuộc Sở Nông nghiệp …) vừa ban hành …": a unit inside the brackets is the subject's aside.
    const said = mentionsIn(tokens).filter((u) => isIssuerLike(u) && !insideBrackets(text, sStart, u.start)).pop() ?? null;
    if (!said) continue;
    const gap = text.slice(said.end, verbStart);
    if (!ANNOUNCE_GAP.test(gap) && !COUNCIL_TERM.test(gap)) continue;
    const subject = onBehalfOf(text, sStart, said.start) ?? said;
    // "… có Công văn số … (có văn bản gửi kèm). Để triển khai văn bản trên, UBND huyện …": received, not announced.
    if (receivedAfter(text, num.end, subject) || receivedBySender(text, num.end, subject)) continue;
    const type = typeOfWord(m[1]!) ?? num.num.docType;
    const typeSpan: Span = [typeStart, typeStart + m[1]!.length];
    if (!type) continue;
    const date = dateAfter(text, num.end) ?? clauseDate(text, sStart, subject.start);
    return { source: 'announcement', num, docType: { type, span: typeSpan }, date, issuer: subject };
  }
  return null;
}

/**
 * "Kế hoạch số 45/KH-UBND (ngày 5/3/2024) do UBND tỉnh X ban hành": the issuer after the number. A relative
 * clause says the same: "… nêu tại Chỉ thị số 38-CT/TU ngày 18/9/2024 mà Ban Thường vụ Tỉnh ủy vừa ban hành".
 */
function byIssuer(text: string, at: number, word: string, typeStart: number, num: NonNullable<TextIdentity['num']>): TextIdentity | null {
  const date = dateAfter(text, at);
  const k = date?.end ?? at;
  const by = /^[ ,]{0,3}(do|mà)[ ]{1,3}/u.exec(text.slice(k, k + 8));
  if (!by) return null;
  const issuer = unitAt(text, k + by[0].length, k + by[0].length + 200);
  if (!issuer || !isIssuerLike(issuer)) return null;
  const after = text.slice(issuer.end, issuer.end + 60);
  // After "mà" only a document just issued is the text's own: "… mà UBND huyện đã ban hành năm 2022" recalls an older one.
  // A wrapped line may part the verb's words: "do Ban Thường vụ Hội … ký ban" / "hành ngày 12/3/2024".
  const verb = by[1] === 'mà' ? /^[ ]*(?:vừa |mới )(?:ký )?ban hành(?![\p{L}])/u : /^[ ]*(?:\([^()\n]{1,80}\)[ ]*)?(?:vừa[ \n]|đã[ \n]|mới[ \n])?(?:ký[ \n])?ban[ \n]hành(?![\p{L}])/u;
  const issued = verb.exec(after);
  if (!issued) return null;
  const type = typeOfWord(word) ?? num.num.docType;
  if (!type) return null;
  // "Kế hoạch số 96/KH-UBND do UBND thị xã ban hành ngày 22/7": the date may follow the verb, its year the article's.
  const on = issuer.end + issued[0].length;
  return { source: 'announcement', num, docType: { type, span: [typeStart, typeStart + word.length] }, date: date ?? dateAfter(text, on) ?? shortDate(text, on), issuer };
}

// A press agency's tag may open the lead: "(Báo Quảng Bình) - ", "(Chinhphu.vn) – ", "HNP - ".
const AGENCY_TAG = String.raw`(?:\([^()\n]{1,40}\)[ ]{0,2}[-–][ ]{0,2}|[\p{Lu}.]{2,12}[ ]{1,2}[-–][ ]{1,2})?`;
/** The lead may open on the day: "Ngày 12/4, tại Kế hoạch số …, UBND huyện … yêu cầu". */
const LEAD_DAY = String.raw`(?:Ngày[ ]{1,3}\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?[ ]{0,2},[ ]{1,3})?`;
const LEAD_WORDS = [...NEWS_LEAD_WORDS, ...NEWS_LEAD_WORDS.map((w) => w.toLowerCase())].join('|');
const NEWS_LEAD = new RegExp(String.raw`^${AGENCY_TAG}${LEAD_DAY}(?:${LEAD_WORDS})[ ]{1,3}(${TYPE_ALT})[ ]{1,3}(?:số[ ]{1,3})?(?=\d)`, 'u');
/** A press agency's tag in brackets opening the text ("(Baonghean.vn) - "): a news article, as a dateline says. */
const PRESS_TAG = /^\([^()\n]{1,40}\)[ ]{0,2}[-–]/u;
/** The lead may name the document as its subject: "Kế hoạch 112/KH-UBND ngày … của UBND tỉnh … đặt mục tiêu …". */
// It may open on when: "Vừa qua, Kế hoạch số …", "Ngày 12/4, Kế hoạch số …".
const LEAD_WHEN = String.raw`${LEAD_DAY}(?:(?:${NEWS_LEAD_OPENERS.join('|')})[ ]{0,2},[ ]{1,3})?`;
const NEWS_SUBJECT = new RegExp(String.raw`^${AGENCY_TAG}${LEAD_WHEN}(${TYPE_ALT})[ ]{1,3}(?:số[ ]{1,3})?(?=\d)`, 'u');
/** A line that is only a date and perhaps a time: the dateline of a news article. */
// "Cập nhật lúc 15:20 ngày 04/9/2024" (the time, then "ngày"; or the weekday: "Cập nhật lúc 10:20, Thứ Ba, 12/03/2024"); "Thứ Tư, 03/4/2024 - 16:45 | Kinh tế" (the page's section after a bar).
// "Kinh tế | Thứ Hai, 17/3/2025 - 09:12": the page's section may stand before the bar too.
const WEEKDAY = String.raw`${WEEKDAY_WORD} [\p{L}]+|${phraseAlternation(WEEKDAY_NAMES)}`;
const STAMP = String.raw`(?:${phraseAlternation([...UPDATED_STAMPS, ...POSTED_STAMPS])}):?`;
const DATELINE = new RegExp(String.raw`^(?:\p{Lu}[\p{L} ,&-]{0,30}?[ ]{0,2}\|[ ]{0,2})?(?:(?:${WEEKDAY}|${STAMP})[ ,]{0,3})?(?:\d{1,2}:\d{2}[ ,]{1,3}(?:ngày[ ]|(?:${WEEKDAY})[ ,]{1,3})?)?\d{1,2}\/\d{1,2}\/\d{4}(?:[ ,|-]{1,4}\d{1,2}:\d{2}(?:[ ]?(?:GMT|SA|CH)[+\d ]*)?)?(?:[ ]{0,2}\|[ ]{0,2}\p{Lu}[\p{L} ,&-]{0,30})?$`, 'iu');

/**
 * In a news article (a dateline near the top), the lead may start with the document itself:
 * "Theo Kế hoạch số 88/KH-UBND ngày 02/4/2024 của UBND huyện X, …". Only the first paragraphs
 * after the dateline are read: further down, such a sentence cites another document.
 */
function newsLead(text: string, from: number, to: number): TextIdentity | null {
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

/**
 * "Ngày 7/10/2025, Chủ tịch UBND tỉnh X Hồ Quang Vinh đã ký Công điện khẩn yêu cầu …": a news lead (the
 * first two paragraphs after the dateline) reporting a document it does not number. The subject before
 * the verb is the issuer, the signer's name between them as in an announcement; the day the lead opens
 * on is the document's. A number given later is found as for any lead of the body's voice.
 */
const DATELINE_LINES = 6;

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

function unnumberedLead(text: string, from: number, to: number): TextIdentity | null {
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
    return { source: 'body', num: told?.num ?? null, docType: signed?.docType ?? told?.docType ?? null, date, issuer: onBehalfOf(text, sStart, subject.start) ?? subject };
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
function issuedLead(text: string, from: number, to: number): TextIdentity | null {
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

/** The unit right after a comma at `at`, followed by a word in lower case (its verb). */
function subjectAfterComma(text: string, at: number, to: number): UnitMention | null {
  const comma = /^[ ]{0,2},[ ]{1,3}/u.exec(text.slice(at, at + 6));
  if (!comma) return null;
  const m = unitAt(text, at + comma[0].length, to);
  return m && isIssuerLike(m) && /^[ ]{1,3}\p{Ll}/u.test(text.slice(m.end, m.end + 4)) ? m : null;
}

/** A news article's dateline in the first lines. */
function hasDateline(text: string, from: number, to: number): boolean {
  return lineStarts(text, from, to).slice(0, 4).some(([s, e]) => DATELINE.test(text.slice(s, e).trim()));
}

/** The text ends on a signature's capacity line ("TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ"): a document, not an article. */
function signedAtEnd(text: string): boolean {
  const tail = text.slice(Math.max(0, text.length - 400)).split('\n').map((l) => l.trim()).filter((l) => l);
  return tail.slice(-6).some((l) => isAllCaps(l) && CAPACITY_PREFIX.test(l));
}

/**
 * A headless fragment may open on what its superior issued ("Ngày 12/3/2024, UBND tỉnh Hà Tĩnh ban
 * hành Kế hoạch số 45/KH-UBND …") and then lead in as itself ("Để triển khai kịp thời, UBND huyện Can
 * Lộc yêu cầu …:"). The announced document is then the one it carries out, not its own: the lead-in
 * of another body names the issuer. A news article (a dateline at the top) reports the document it
 * announces, and keeps it.
 */
function ownAnnouncement(text: string, from: number, to: number, announced: TextIdentity | null): TextIdentity | null {
  if (!announced?.num || !announced.issuer || hasDateline(text, from, to) || !signedAtEnd(text)) return announced;
  const lead = issuerSentence(text, announced.num.end, to, true);
  if (!lead?.issuer || sameBody(lead.issuer, announced.issuer)) return announced;
  return lead;
}

const PASSIVE_AFTER = new RegExp(String.raw`^[ ,]{0,3}(?:${PASSIVE_ISSUED.join('|')})(?![\p{L}])`, 'u');

/**
 * A news lead may announce the document without its number ("Ban Chấp hành Đảng bộ tỉnh vừa ban hành
 * nghị quyết chuyên đề về …") and give it paragraphs later as the subject of a passive: "Nghị quyết
 * số 12-NQ/TU ngày 28/5/2024 được ban hành nhằm …". Same type (word and symbol), in a news article.
 */
function withNumberLater(text: string, from: number, to: number, said: TextIdentity | null): TextIdentity | null {
  if (!said || said.source !== 'body' || !said.docType || said.num || !hasDateline(text, from, to)) return said;
  const type = said.docType.type;
  const after = text.slice(said.docType.span[1], to);
  for (let m = TYPE_NUMBER.exec(after); m; m = TYPE_NUMBER.next(after, m)) {
    const at = said.docType.span[1] + m.index;
    const num = sameType(typeOfWord(m[1]!), type) ? numberAt(text, at + m[0].length) : null;
    if (!num || (num.num.docType && !sameType(num.num.docType, type))) continue;
    const date = dateAfter(text, num.end);
    const end = date?.end ?? num.end;
    const own: OwnMention | null = PASSIVE_AFTER.test(text.slice(end, end + 30)) || accordingTo(text, at, end) ? { date: null } : ownMentionAfter(text, end, said.issuer, (at, d, mo) => yearFor(text, at, d, mo));
    if (!own) continue;
    return { ...said, num, date: said.date ?? date ?? own.date, issuer: own.issuer ?? said.issuer };
  }
  return withBracketedNumber(text, to, said, type, said.docType.span[1]);
}

/** A notice of conclusions is numbered, and named again, as a Thông báo ("Thông báo số 327-TB/HU"). */
function sameType(named: DocType | null, type: DocType): boolean {
  return named === type || (type === 'Thông báo kết luận' && named === 'Thông báo');
}

/** "Theo " opening a sentence, right before the type word. */
const ACCORDING_TO = /(?:^|[.!?\n])[ ]{0,3}Theo[ ]{1,2}$/u;

/**
 * "Tối 23/8, Chủ tịch UBND tỉnh đã ký ban hành công điện hỏa tốc …" / "Theo Công điện số 09/CĐ-UBND, …": a
 * sentence opening on the lead's type and a number, with nothing of another body's after it but its comma,
 * tells what the document the lead spoke of says.
 */
function accordingTo(text: string, typeStart: number, end: number): boolean {
  return ACCORDING_TO.test(text.slice(Math.max(0, typeStart - 12), typeStart)) && /^[ ]{0,2},/u.test(text.slice(end, end + 3));
}

/** The bare type word, then its number in brackets: "công điện (số 02/CĐ-UBND) giao …". */
const BRACKETED_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}])(${TYPE_ALT})[ ]{1,3}\([ ]{0,2}(?:số[ ]{1,3})?(?=\d)`, 'giu');

/**
 * A news article may number the document its lead reports only in passing, in brackets after the bare
 * type word: "…, công điện (số 02/CĐ-UBND) giao Sở …". The brackets name the one just spoken of, not
 * another document, as "của …" after a number would.
 */
function withBracketedNumber(text: string, to: number, said: TextIdentity, type: DocType, from: number): TextIdentity {
  const re = new RegExp(BRACKETED_NUMBER.source, BRACKETED_NUMBER.flags);
  const opening = text.slice(0, to);
  re.lastIndex = from;
  for (let m = re.exec(opening); m; m = re.exec(opening)) {
    if (typeOfWord(m[1]!) !== type) continue;
    const num = numberAt(text, m.index + m[0].length);
    if (!num || (num.num.docType && num.num.docType !== type) || !/^[ ]{0,2}\)/u.test(text.slice(num.end, num.end + 4))) continue;
    return { ...said, num };
  }
  return said;
}

/**
 * "Trước đó, UBND tỉnh đã ban hành Kế hoạch số …" recalls an earlier document: in a news article
 * whose lead announces a document of another type without its number ("Ban Chấp hành Đảng bộ tỉnh
 * vừa ban hành nghị quyết chuyên đề …"), the lead's is the article's. Of the same type, or with no
 * such lead, the recalled one may well be the document itself, and stays.
 */
function unlessRecalled(text: string, from: number, to: number, bodyFrom: number, announced: TextIdentity | null): TextIdentity | null {
  if (!announced?.docType || !hasDateline(text, from, to)) return announced;
  const at = announced.docType.span[0];
  if (!RECALLED.test(text.slice(sentenceStart(text, at, from), at))) return announced;
  const lead = issuerSentence(text, Math.max(from, Math.min(bodyFrom, to)), at);
  if (lead?.docType && lead.docType.type !== announced.docType.type) return withNumberLater(text, from, to, lead);
  const own = numberedInLead(text, from, to, announced.docType.type);
  if (!own || own.issuer) return own ?? announced;
  // The issuer from the sentences above the recalled one: its own subject issued the older document.
  const issuer = issuerSentence(text, Math.max(from, Math.min(bodyFrom, to)), sentenceStart(text, at, from))?.issuer ?? null;
  return issuer ? { ...own, issuer, issuerSource: 'body' } : own;
}

/** Before a number: the reader carries the document out or stands on it, so it is another body's. */
const CARRIED_OUT = new RegExp(String.raw`(?<![\p{L}])(?:${CARRYING_OUT_WORDS.join('|')})[ ]{1,3}$`, 'iu');
/** ", sau buổi làm việc của " after a notice's number and date: the meeting's holder follows. */
const MEETING_OF = new RegExp(String.raw`^[ ,]{0,3}(?:sau|tại)[ ]{1,3}(?:${CONCLUDED_MEETINGS.join('|')})[ ]{1,3}của[ ]{1,3}`, 'u');

/**
 * "Đây là yêu cầu được nêu tại Thông báo kết luận số 312-TB/HU ngày 11/3/2024, sau buổi làm việc …": a
 * numbered document of another type in the lead (the paragraphs right under the dateline and headline),
 * not another body's ("của …" after it) nor carried out ("Thực hiện …"), is the article's own when what is
 * announced stands in a recalled paragraph ("Trước đó, …"). A notice of conclusions is the meeting holder's
 * ("…, sau buổi làm việc của Thường trực Huyện ủy …"); otherwise the issuer is read by the caller.
 */
function numberedInLead(text: string, from: number, to: number, recalled: DocType): TextIdentity | null {
  const lines = lineStarts(text, from, to);
  const d = lines.slice(0, DATELINE_LINES).findIndex(([s, e]) => DATELINE.test(text.slice(s, e).trim()));
  if (d < 0) return null;
  for (const [s, e] of lines.slice(d + 1, d + 3)) {
    const line = text.slice(s, e);
    for (let m = TYPE_NUMBER.exec(line); m; m = TYPE_NUMBER.next(line, m)) {
      const typeStart = s + m.index;
      const num = numberAt(text, typeStart + m[0].length);
      const type = num ? typeOfWord(m[1]!) ?? num.num.docType : null;
      if (!num || !type || type === recalled || CARRIED_OUT.test(text.slice(Math.max(s, typeStart - 30), typeStart))) continue;
      const date = dateAfter(text, num.end);
      if (/^[ ,)]{0,3}của[ ]/u.test(text.slice(date?.end ?? num.end, (date?.end ?? num.end) + 8))) continue;
      const held = type === 'Thông báo kết luận' ? MEETING_OF.exec(text.slice(date?.end ?? num.end, (date?.end ?? num.end) + 40)) : null;
      const holder = held ? unitAt(text, (date?.end ?? num.end) + held[0].length, e) : null;
      return { source: 'announcement', num, docType: { type, span: [typeStart, typeStart + m[1]!.length] }, date, issuer: holder && isIssuerLike(holder) ? holder : null };
    }
  }
  return null;
}

/**
 * A news lead that signs a document without its number ("Ngày 16/1, Chủ tịch UBND tỉnh đã ký công điện khẩn
 * yêu cầu …") reports the article's document; one of another type announced in a later paragraph ("…, dù
 * UBND tỉnh đã có Kế hoạch số … về …") is background, cited. The lead's document keeps a number given later.
 */
function belowSignedLead(text: string, from: number, to: number, announced: TextIdentity | null): TextIdentity | null {
  if (!announced?.docType) return announced;
  const lead = unnumberedLead(text, from, to);
  if (!lead?.docType || lead.docType.type === announced.docType.type) return announced;
  const leadEnd = text.indexOf('\n', lead.docType.span[1]);
  if (leadEnd < 0 || announced.docType.span[0] < leadEnd) return announced;
  return withNumberLater(text, from, to, lead);
}

/** "… vừa có văn bản gửi …", "… đã ban hành văn bản …": a letter announced without its type or number. */
// A web copy may wrap its lines anywhere: "… Bộ Nông nghiệp và Phát triển nông thôn vừa" / "có văn bản gửi …".
const LETTER_LEAD = /(?<![\p{L}])(?:vừa|mới|đã)[ \n]{1,3}(?:có|ban[ \n]hành|gửi)[ \n]{1,3}văn[ \n]bản(?![\p{L}])/u;
const LATER_NAMED = new RegExp(String.raw`(?:^|\n|[.][ ])[ ]*(?:${NEWS_LEAD_WORDS.join('|')})[ ]{1,3}(${TYPE_ALT})[ ]{1,3}(?:số[ ]{1,3})?(?=\d)`, 'u');
/** How far after the announcing verb the letter's number may be given. */
const LETTER_CHARS = 1200;

/**
 * A news article whose lead says its issuer "vừa có văn bản gửi …" and gives the letter by its number
 * in a later sentence fronted by it: "Tại Công văn số 2415/BNN-TL ngày 2/4, Bộ cho biết …". The lead's
 * subject is the issuer; a letter given with "của <another body>" is cited, not the one announced.
 */
function letterLead(text: string, from: number, to: number): TextIdentity | null {
  const v = LETTER_LEAD.exec(text.slice(from, Math.min(to, from + LETTER_CHARS)));
  if (!v || !hasDateline(text, from, to)) return null;
  const verbStart = from + v.index;
  const subject = mentionsIn(withoutNameAbbreviations(tokenize(text, sentenceStart(text, verbStart, from), verbStart))).filter(isIssuerLike).pop();
  if (!subject || !/^[ ]*(?:\([^()\n]{1,80}\)[ ]*)?$/u.test(text.slice(subject.end, verbStart))) return null;
  const m = LATER_NAMED.exec(text.slice(verbStart, Math.min(to, verbStart + LETTER_CHARS)));
  const num = m ? numberAt(text, verbStart + m.index + m[0].length) : null;
  const type = m && num ? typeOfWord(m[1]!) ?? num.num.docType : null;
  if (!m || !num || !type) return null;
  const date = dateAfter(text, num.end) ?? shortDate(text, num.end);
  if (/^[ ,)]{0,3}của[ ]/u.test(text.slice(date?.end ?? num.end, (date?.end ?? num.end) + 8))) return null;
  const typeStart = verbStart + m.index + m[0].lastIndexOf(m[1]!);
  return { source: 'announcement', num, docType: { type, span: [typeStart, typeStart + m[1]!.length] }, date, issuer: subject };
}

/** "kết luận của …", "ý kiến kết luận tại …" right after the number and date of a Thông báo. */
const CONCLUDED_AFTER = /^[ ,]{0,3}(?:ý[ ]{1,2}kiến[ ]{1,2})?kết luận[ ]{1,3}(?:của|tại)(?![\p{L}])/u;

/**
 * "Huyện ủy … vừa có Thông báo số 415-TB/HU ngày 21/11/2024 kết luận của đồng chí Bí thư …": the notice
 * of a conclusion, its number written between its two words, as "Thông báo kết luận" is read whole.
 */
function concludedNotice(text: string, id: TextIdentity | null): TextIdentity | null {
  if (id?.docType?.type !== 'Thông báo' || !id.num) return id;
  const at = id.date && id.date.start >= id.num.end && id.date.start - id.num.end < 12 ? id.date.end : id.num.end;
  return CONCLUDED_AFTER.test(text.slice(at, at + 40)) ? { ...id, docType: { ...id.docType, type: 'Thông báo kết luận' } } : id;
}

/** A news article's lead naming its document's issuer by its place alone (find/place-lead.ts). */
function leadByPlace(text: string, from: number, to: number): TextIdentity | null {
  const news = hasDateline(text, from, to) || lineStarts(text, from, to).slice(0, 4).some(([s, e]) => PRESS_TAG.test(text.slice(s, e).trim()));
  const lead = news ? placeLead(text, from, to) : null;
  return lead && { source: 'announcement', num: lead.num, docType: lead.type, date: lead.date, issuer: lead.issuer };
}

/** "ngày 2/4" right after a number: its year the article's. */
function shortDate(text: string, at: number): FoundDate | null {
  const m = /^[ ,]{0,3}ngày[ ]{1,3}(\d{1,2})\/(\d{1,2})(?![\d/])/u.exec(text.slice(at, at + 20));
  if (!m) return null;
  const start = at + m[0].indexOf('ngày') + 5;
  const year = yearFor(text, start, Number(m[1]), Number(m[2]));
  const iso = year ? isoDate(Number(m[1]), Number(m[2]), year) : null;
  return iso ? { iso, text: text.slice(start, at + m[0].length), start, end: at + m[0].length } : null;
}

/** A lead that reports its document without the issuer: the issuer the body's sentences name, said so. */
function withBodyIssuer(news: TextIdentity | null, body: () => TextIdentity | null): TextIdentity | null {
  if (!news || news.issuer) return news;
  const issuer = body()?.issuer ?? null;
  return issuer ? { ...news, issuer, issuerSource: 'body' } : news;
}

/**
 * The identity the text gives where no header does. `from` is where the document starts (after
 * any page chrome), `bodyFrom` where its body starts; only the opening is read.
 */
export function findTextIdentity(text: string, from: number, bodyFrom: number, opts: { titleLine?: boolean } = {}): TextIdentity | null {
  const to = Math.min(text.length, from + OPENING_CHARS);
  let title: TextIdentity | null = null;
  // Under a type heading the lines that follow are the heading's, not a title line.
  // A portal's property lines ("Số ký hiệu: …") may stand above the title: they are not counted.
  const lines = lineStarts(text, from, to).filter(([s, e]) => !isPropertyLine(text.slice(s, e)));
  for (const line of opts.titleLine === false ? [] : lines.slice(0, TITLE_LINES)) {
    title = titleLine(text, line);
    if (title) break;
  }
  if (title?.num && title.issuer) return title;
  const news = concludedNotice(text, ownAnnouncement(text, from, to, unlessRecalled(text, from, to, bodyFrom, belowSignedLead(text, from, to, announcement(text, from, to)))) ?? newsLead(text, from, to) ?? issuedLead(text, from, to) ?? letterLead(text, from, to) ?? leadByPlace(text, from, to));
  const said = articleIdentity(text, from, to, withNumberLater(text, from, to, withBodyIssuer(news, () => issuerSentence(text, Math.max(from, Math.min(bodyFrom, to)), to)) ?? unnumberedLead(text, from, to) ?? issuerSentence(text, Math.max(from, Math.min(bodyFrom, to)), to)));
  if (!title) return said;
  // The title gives the type (and perhaps the number); a sentence may still give the issuer.
  return {
    ...title,
    num: title.num ?? said?.num ?? null,
    date: title.date ?? said?.date ?? null,
    issuer: title.issuer ?? said?.issuer ?? null,
    ...(!title.issuer && said?.issuer ? { issuerSource: said.source } : {}),
  };
}
