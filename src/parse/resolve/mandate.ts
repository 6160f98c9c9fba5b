import { parseUnitAt, type UnitMention } from '../find/units.js';
import { sentenceStart } from '../find/sentences.js';
import { ITEM_MARK, ITEM_MARK_NESTED } from '../item-marks.js';
import { tokenize } from '../tokens.js';
import { documentWordAt } from './document-word.js';
import { COLLECTIVE_SUBJECTS, MANDATE_EXCEPTIONS, MANDATE_WORDS, MEMBER_QUANTIFIERS, MEMBER_SUBJECTS, PURPOSE_WORDS, SECTION_HEADINGS, SUBJECT_LEADS } from '../vocabulary/relations.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { NAMED_TYPE_WORDS } from '../vocabulary/doc-types.js';

/**
 * Is the "thực hiện" before a citation the document's own act, or a task it gives to someone
 * else? "Thực hiện Công văn số 180-CV/QU, Ban Thường vụ Đảng ủy yêu cầu ..." carries the cited
 * document out; "Đề nghị UBND Quận ... triển khai thực hiện Thông báo số 428-TB/TU" and "4. UBND
 * Quận tiếp tục chỉ đạo thực hiện Nghị quyết 68/NQ-CP" tell others to (seed 001): the directive
 * mandates the cited document, it does not implement it. So does a statement of what others did
 * ("Quận ủy, UBND Quận đã ... ban hành các văn bản triển khai thực hiện ...").
 */
/** Between a phrase's words in the text. */
const WORD_GAP = '\\s{1,2}';
const MANDATE = new RegExp(
  String.raw`(?<![\p{L}])(?:(${phraseAlternation(MANDATE_EXCEPTIONS, { gap: WORD_GAP })})|(${phraseAlternation(MANDATE_WORDS, { gap: WORD_GAP })}))(?![\p{L}])`,
  'giu',
);
const ISSUED_BY_OTHERS = /ban\s{1,2}hành\s{1,2}(?:các\s{1,2}|nhiều\s{1,2})?văn\s{1,2}bản(?:\s{1,2}\p{Ll}+){0,4}\s{0,3}$/iu;
/** A list item's marker at a line start, "1/" included. */
const ITEM_LINE = new RegExp(String.raw`\n[ \t]*${ITEM_MARK}[ \t]*`, 'gu');
const WINDOW = 500;

/**
 * Is a unit that opens a clause the document's issuer itself? Given by the caller, who knows the
 * issuer; without it only a collective subject ("Các xã, thị trấn …") is known to be someone else.
 * Null when the document's own issuer is not known (a headless fragment that never names it).
 */
export type IsIssuer = (mention: UnitMention) => boolean | null;

/**
 * The line before `at` holds only an item marker: "4. " or "- " before a sentence, or nothing; or a
 * clause opens after a semicolon ("…; các xã, thị trấn rà soát … theo Quyết định số …"), which
 * names its own subject as a line would.
 */
const OPENS_LINE = new RegExp(String.raw`(?:(?:^|\n)[ \t]*${ITEM_MARK}?|;)[ \t]*$`, 'u');
/** An item's marker opening the line right before (the sentence reader may start after "3."). */
const ITEM_BEFORE = new RegExp(String.raw`(?:^|\n)[ \t]*${ITEM_MARK}[ \t]*$`, 'u');
/** The subject issues a document ("vừa ban hành Kế hoạch số … triển khai …"): what it carries out is the issued one's. */
const PLURAL_SUBJECT = new RegExp(String.raw`^(?:(?:UBND|Ủy\s{1,2}ban\s{1,2}nhân\s{1,2}dân)\s{1,2})?các\s{1,2}(?:${phraseAlternation(COLLECTIVE_SUBJECTS, { gap: WORD_GAP })})(?![\p{L}])`, 'iu');
/** "Mỗi đảng viên viết bản cam kết …, thực hiện nghiêm …", "Mỗi hội viên phải gương mẫu thực hiện …": a group of people, never the issuer. */
const MEMBERS_SUBJECT = new RegExp(String.raw`^(?:${phraseAlternation(MEMBER_QUANTIFIERS, { gap: WORD_GAP })})\s{1,2}(?:${phraseAlternation(MEMBER_SUBJECTS, { gap: WORD_GAP })})(?![\p{L}])`, 'iu');
const othersSubject = (s: string): boolean => PLURAL_SUBJECT.test(s) || MEMBERS_SUBJECT.test(s);
const SUBJECT_LEAD = new RegExp(String.raw`^(?:${phraseAlternation(SUBJECT_LEADS, { gap: WORD_GAP })})\s{0,2},\s{1,3}`, 'iu');
/** A full stop and the space after it, right before a sentence. */
const AFTER_STOP = /\.[ \t]{1,2}$/u;
const ISSUES = /(?<![\p{L}])(?:ban\s{1,2}hành|ký)(?![\p{L}])/iu;
const OPENS_SMALL = /^\p{Ll}/u;

/** "Hướng dẫn số 25-HD/BTCTW": a mandate word that is the type of a numbered document names it, it asks nothing. */
const NUMBER_AFTER = /^\s{1,2}(?:số\s{0,2})?\d/u;
function namesDocument(clause: string, m: RegExpExecArray): boolean {
  return NUMBER_AFTER.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 8)) || documentWordAt(clause, m[0], m.index + m[0].length);
}

/**
 * "Căn cứ Quyết định số … của UBND huyện về giao chỉ tiêu …, UBND xã xây dựng Kế hoạch để triển khai thực hiện …": a
 * mandate word in the subject of a numbered document named earlier in the clause (after its number and `về`, with no
 * clause break between) is that document's business; it asks nothing of anyone here.
 */
const CITED_SUBJECT = /(?<![\p{L}])số\s{0,2}\d[^,;:\n]{0,200}?\s(?:về|V\/v)\s[^,;:\n]*$/u;
function inCitedSubject(clause: string, at: number): boolean {
  return CITED_SUBJECT.test(clause.slice(Math.max(0, at - 260), at));
}

/**
 * The text from a line's start through the first letter of a trigger, when the line opens a sentence: on the trigger
 * in capitals, or on a purpose word in capitals ("Để cụ thể hóa …", "Nhằm triển khai thực hiện …").
 */
const CAPITAL_PURPOSE = phraseAlternation(PURPOSE_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)), { gap: '[ \\t]{1,2}' });
const OPENS_CAPITAL_LINE = new RegExp(String.raw`^[ \t]*(?:\p{Lu}$|(?:${CAPITAL_PURPOSE})[ \t])`, 'u');
/** Lines in capitals, with a section marker or not, at the start of a clause: headings over it. */
const CAPITAL_HEADINGS = /^(?:[ \t]*(?:[IVXL]{1,5}[.)/-]|\d{1,2}(?:\.\d{1,2}){0,2}[.)/-])?[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n]*\n)+/u;
/** A numbered section heading in sentence case (SECTION_HEADINGS), alone on its line. */
const SECTION_LINE = new RegExp(String.raw`^[ \t]*(?:(?:[IVXL]{1,5}[.)/-]|${ITEM_MARK_NESTED})[ \t]*)?(?:${phraseAlternation(SECTION_HEADINGS, { gap: '[ \\t]{1,2}' })})[ \t]*:?[ \t]*\n`, 'iu');
/** The headings over a clause that opens at the start of `clause`: lines in capitals, or sentence-case section headings. */
function headingsAbove(clause: string): number {
  let at = 0;
  for (;;) {
    const m = CAPITAL_HEADINGS.exec(clause.slice(at)) ?? SECTION_LINE.exec(clause.slice(at));
    if (!m || m[0].length === 0) return at;
    at += m[0].length;
  }
}


/**
 * "Căn cứ Kế hoạch này và Kế hoạch số … của …, Hội LHPN các huyện … xây dựng kế hoạch cụ thể": a trigger whose first
 * object is the document itself is no ground of the document's own (a document stands on no part of itself), so it
 * opens a clause handing work to units as an item's marker does.
 */
const SELF_FIRST = new RegExp(String.raw`^[\p{L} ]{2,20}?[ ](?:${NAMED_TYPE_WORDS.map(([w]) => w).join('|')})[ \n]{1,2}này[ \n]{1,2}(?:và|cùng)[ \n]`, 'u');

/** An item's marker opening the line, then the trigger: "2. Trên cơ sở …", "- Căn cứ …". */
const ITEM_THEN = new RegExp(String.raw`(?:^|\n)[ \t]*${ITEM_MARK_NESTED}[ \t]*$`, 'u');

/**
 * "2. Trên cơ sở Kế hoạch này và Hướng dẫn số …, UBND các xã xây dựng kế hoạch chi tiết.": a list item that opens
 * on its trigger and hands the work, after the comma, to a unit other than the issuer. The ground or the order is
 * given to that unit (cites), as "Các chi bộ căn cứ Kế hoạch này và Kế hoạch số …" is (labels35: 7 of 7).
 * `at` is the citation; the main clause is the first clause after it that opens on a unit.
 */
export function itemGivesOthers(text: string, triggerAt: number, at: number, isIssuer?: IsIssuer): boolean {
  if (!ITEM_THEN.test(text.slice(Math.max(0, triggerAt - 16), triggerAt)) && !SELF_FIRST.test(text.slice(triggerAt, at))) return false;
  const stop = /[.;:\n]/u.exec(text.slice(at, at + 400));
  const end = at + (stop ? stop.index : Math.min(400, text.length - at));
  for (let comma = text.indexOf(',', at); comma >= 0 && comma < end; comma = text.indexOf(',', comma + 1)) {
    const from = comma + 1 + /^\s*/u.exec(text.slice(comma + 1, end))![0].length;
    if (!/^\p{Lu}/u.test(text.slice(from, from + 1))) continue;
    if (PLURAL_SUBJECT.test(text.slice(from, end))) return true;
    const tokens = tokenize(text, from, end);
    const subject = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
    if (subject) return othersAct(subject, isIssuer);
  }
  return false;
}

/** True when the clause text[from, triggerAt) makes the trigger at `triggerAt` a task for others. */
export function mandatedBefore(text: string, from: number, triggerAt: number, isIssuer?: IsIssuer): boolean {
  let start = Math.max(from, triggerAt - WINDOW);
  // The clause starts at the list item that holds the trigger, when there is one (the line break
  // before `start` is looked at too, for an item that opens the sentence).
  const base = Math.max(0, start - 1);
  const region = text.slice(base, triggerAt);
  let itemStart = -1;
  ITEM_LINE.lastIndex = 0;
  for (let m = ITEM_LINE.exec(region); m; m = ITEM_LINE.exec(region)) itemStart = base + m.index + m[0].length;
  if (itemStart >= 0) start = Math.max(start, itemStart);
  // "I. MỤC ĐÍCH, YÊU CẦU" then "Quán triệt sâu sắc Nghị quyết …": a heading above the sentence is
  // no part of its clause ("YÊU CẦU" there names a section, it asks nothing of anyone).
  const heading = headingsAbove(text.slice(start, triggerAt));
  if (heading > 0) { start += heading; from = Math.max(from, start); }
  // "KẾ HOẠCH" / "Phòng chống thiên tai năm 2024" / "Thực hiện Công văn số …": a web copy gives the title in
  // small letters with no stop after it. A trigger in capitals that opens its line, or one after a purpose word in
  // capitals ("Để cụ thể hóa …"), opens its clause (a wrap inside a sentence leaves these words in small letters),
  // so the line above is no subject of it.
  const lineStart = text.lastIndexOf('\n', triggerAt - 1) + 1;
  if (itemStart < 0 && lineStart > start && OPENS_CAPITAL_LINE.test(text.slice(lineStart, triggerAt + 1))) {
    start = lineStart;
    from = Math.max(from, start);
  }
  const clause = text.slice(start, triggerAt);
  if (ISSUED_BY_OTHERS.test(clause)) return true;
  MANDATE.lastIndex = 0;
  for (let m = MANDATE.exec(clause); m; m = MANDATE.exec(clause)) {
    if (m[2] !== undefined && !namesDocument(clause, m) && !inCitedSubject(clause, m.index)) return true;
  }
  // "2. Sở Tài chính tham mưu ... theo Nghị quyết số …", "Các xã, thị trấn rà soát ... theo Quyết
  // định số …": an item, or a sentence that opens its line, whose subject is a unit other than the
  // issuer is a task for that unit; the document names the cited one for it to carry out.
  let inItem = itemStart >= 0;
  if (itemStart < 0) {
    const lead = /^\s*/u.exec(clause)![0].length;
    if (start !== from) return false;
    if (!OPENS_LINE.test(text.slice(Math.max(0, from + lead - 12), from + lead))) {
      // "… để triển khai thực hiện. Các chi bộ đã tổ chức quán triệt Chỉ thị số …": a sentence inside a paragraph whose
      // subject is plural (never the issuer) tells what those units do or did, as on a line of its own.
      return AFTER_STOP.test(text.slice(Math.max(0, from + lead - 4), from + lead)) && othersSubject(text.slice(from + lead, triggerAt));
    }
    inItem = ITEM_BEFORE.test(text.slice(Math.max(0, from + lead - 12), from + lead));
    start += lead;
    start += SUBJECT_LEAD.exec(text.slice(start, triggerAt))?.[0].length ?? 0;
  }
  if (ISSUES.test(clause)) return false;
  if (othersSubject(text.slice(start, triggerAt))) return true;
  const tokens = tokenize(text, start, triggerAt);
  const subject = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
  // "Ban Thường vụ yêu cầu các đảng ủy thực hiện các nội dung sau:" then "1. Tiếp tục quán triệt
  // Chỉ thị số …": an item without a subject of its own is a task of the lead-in's units.
  if (!subject) {
    // "1. Nâng cao nhận thức về kinh tế tập thể" / "Các cấp ủy, tổ chức đảng quán triệt Nghị quyết số …": the item's
    // first line is its heading, with no stop after it; the sentence under it opens on its own subject.
    const headingFrom = itemStart >= 0 ? itemStart : inItem ? start : -1;
    const under = headingFrom >= 0 ? subjectUnderHeading(text, headingFrom, triggerAt) : null;
    if (under === 'plural') return true;
    if (under) return othersAct(under, isIssuer, true);
    if (itemStart < 0 && sharesClauseBefore(text, from)) {
      return clauseHandsOver(text, sentenceStart(text, text.lastIndexOf(';', from - 1)), isIssuer, 1);
    }
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const isItem = itemStart >= 0 || LIST_ITEM.test(text.slice(lineStart, start + 1).trimStart());
    return leadInMandates(text, itemStart >= 0 ? itemStart : start, isItem, isIssuer);
  }
  return othersAct(subject, isIssuer, inItem);
}

/** An item's heading line: no stop or comma at its end, at most this long. */
const ITEM_HEADING_MAX = 100;
const HEADING_LINE_END = /[^.;:,!?…\s][ \t]*$/u;
const CAPITAL_START = /^[ \t]*\p{Lu}/u;

/**
 * The subject of the sentence under an item's heading line, before the trigger at `triggerAt`: "1. Nâng cao nhận
 * thức …" then "Các cấp ủy … quán triệt …". Null when the item's first line ends as a sentence part does, is long,
 * or the next line opens in small letters (a wrapped sentence). `plural` for a plural subject the gazetteer does not
 * name ("Các cấp ủy, tổ chức đảng …").
 */
function subjectUnderHeading(text: string, itemStart: number, triggerAt: number): UnitMention | 'plural' | null {
  const nl = text.indexOf('\n', itemStart);
  if (nl < 0 || nl >= triggerAt || nl - itemStart > ITEM_HEADING_MAX || !HEADING_LINE_END.test(text.slice(itemStart, nl))) return null;
  const from = nl + 1;
  if (!CAPITAL_START.test(text.slice(from, from + 4)) || text.slice(from, triggerAt).includes('\n\n')) return null;
  const lead = /^[ \t]*/u.exec(text.slice(from, triggerAt))![0].length;
  if (PLURAL_SUBJECT.test(text.slice(from + lead, triggerAt))) return 'plural';
  const tokens = tokenize(text, from + lead, triggerAt);
  return tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
}

/** Clauses looked back over, semicolon by semicolon, for the subject a clause shares. */
const SHARED_CLAUSES = 4;
const AFTER_SEMICOLON = /;[ \t]*$/u;
/** A line break, then a capital: what follows opens a line of its own. */
const OWN_LINE_CAPITAL = /^[ \t]*\n[ \t]*\p{Lu}/u;

/**
 * Does the clause that starts at `from` share the subject of the clause before, a semicolon away? "…; bám
 * sát Nghị quyết số …" on the same line, or on the next line in small letters (a web copy wraps its lines
 * anywhere), goes on with it. A line that opens on a capital after a line that ends with a semicolon is a
 * paragraph of its own: "Căn cứ Luật …;" then "Thực hiện Nghị quyết số … của Đảng ủy xã, UBND xã xây dựng
 * Kế hoạch" is the preamble's next ground, and the lines above lead only to the header, whose other
 * office ("UBND HUYỆN …" over the issuer) would read as a unit handed the work (w315, w321, w324).
 */
function sharesClauseBefore(text: string, from: number): boolean {
  return AFTER_SEMICOLON.test(text.slice(Math.max(0, from - 4), from)) && !OWN_LINE_CAPITAL.test(text.slice(from, from + 8));
}
/** The blank space and item mark before a trigger. */
const MARKER_LEAD = new RegExp(String.raw`^[\s]*(?:${ITEM_MARK_NESTED}[ \t]*)?`, 'u');
const CLAUSE_MARKER = new RegExp(String.raw`^[ \t\n]*(?:${ITEM_MARK_NESTED}[ \t]*)?`, 'u');

/**
 * "1. Các cấp ủy tiếp tục thực hiện Nghị quyết số 52-NQ/TW …; bám sát Nghị quyết số 03/NQ-CP …": a
 * clause after a semicolon that opens with its verb has no subject of its own; it shares the subject
 * of the clause before, and so whether the document hands it to others. Read from the opening words of
 * the clause that starts at `from`: a mandate word, a plural subject, a unit, or (no subject again) the
 * clause before that one, or the lead-in over the item it opens.
 */
function clauseHandsOver(text: string, from: number, isIssuer: IsIssuer | undefined, depth: number): boolean {
  const end = Math.min(text.length, from + 200);
  const marker = CLAUSE_MARKER.exec(text.slice(from, end))![0];
  let start = from + marker.length;
  start += SUBJECT_LEAD.exec(text.slice(start, end))?.[0].length ?? 0;
  const opening = text.slice(start, end);
  MANDATE.lastIndex = 0;
  const first = MANDATE.exec(opening);
  // "…; Hướng dẫn số 25-HD/BTCTW … ;" before a "Thực hiện …" line: a clause that opens on a document's type names it, it asks nothing.
  if (first && first.index === 0 && first[2] !== undefined && !namesDocument(opening, first)) return true;
  if (PLURAL_SUBJECT.test(opening)) return true;
  const tokens = tokenize(text, start, end);
  const subject = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
  if (subject) return othersAct(subject, isIssuer);
  if (depth < SHARED_CLAUSES && sharesClauseBefore(text, from)) {
    const semicolon = text.lastIndexOf(';', from - 1);
    return clauseHandsOver(text, sentenceStart(text, semicolon), isIssuer, depth + 1);
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return LIST_ITEM.test(text.slice(lineStart, start + 1).trimStart()) && leadInMandates(text, start, true, isIssuer);
}

/**
 * "UBND các xã, thị trấn căn cứ Hướng dẫn số … xây dựng kế hoạch": the trigger is the verb of the
 * clause's subject, a word or two after it. A basis the document gives a unit to stand on is a
 * mandate; "Phòng … tổng hợp, tham mưu … trình … phê duyệt trên cơ sở Nghị quyết số …" names the ground
 * of what is approved, further on in the clause, and stays a basis.
 */
export function subjectRightBefore(text: string, from: number, triggerAt: number): boolean {
  const lead = MARKER_LEAD.exec(text.slice(from, triggerAt))![0].length;
  const tokens = tokenize(text, from + lead, triggerAt);
  let end = subjectEnd(text, tokens, 0, from + lead, triggerAt);
  // "Các chi bộ, UBND các xã căn cứ Kế hoạch này …": a list of subjects, joined by commas or "và", is one subject.
  for (let guard = 0; end >= 0 && guard < 6; guard++) {
    const k = tokens.findIndex((t) => t.start >= end);
    if (k < 0 || !(tokens[k]!.text === ',' || tokens[k]!.text === 'và')) break;
    const next = subjectEnd(text, tokens, k + 1, tokens[k + 1]?.start ?? triggerAt, triggerAt);
    if (next < 0) break;
    end = next;
  }
  return end >= 0 && tokens.filter((t) => t.word && t.start >= end).length <= 2;
}

/** The end of a unit or a plural subject ("Các chi bộ") opening at token `i` (offset `at`), or -1. */
function subjectEnd(text: string, tokens: ReturnType<typeof tokenize>, i: number, at: number, limit: number): number {
  const subject = i < tokens.length ? parseUnitAt(tokens, i) : null;
  const plural = PLURAL_SUBJECT.exec(text.slice(at, limit));
  return subject ? subject.end : plural ? at + plural[0].length : -1;
}

/**
 * `inItem`: the subject opens a numbered item. Where the document's own issuer is not known, such a
 * subject is another unit the document hands work to ("3. Ủy ban MTTQ xã vận động hội viên thực hiện
 * Chỉ thị số …" in a headless fragment of the Đảng ủy's): a document lists others' tasks, not its own.
 */
function othersAct(subject: UnitMention, isIssuer?: IsIssuer, inItem = false): boolean {
  if (subject.plural || subject.head.collective || subject.areas.some((a) => a.plural || a.grassroots)) return true;
  if (isIssuer === undefined) return false;
  const own = isIssuer(subject);
  return own === null ? inItem : !own;
}

/** The nearest non-blank line ending before `at`, trimmed. */
function previousLine(text: string, at: number): { text: string; start: number } | null {
  let end = at - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line !== '') return { text: line, start };
    end = start - 1;
  }
  return null;
}

/** A lead-in line (its marker cut) that hands what follows to others: a mandate word, or a subject other than the issuer. */
function leadInGivesOthers(body: string, isIssuer?: IsIssuer): boolean {
  MANDATE.lastIndex = 0;
  for (let m = MANDATE.exec(body); m; m = MANDATE.exec(body)) if (m[2] !== undefined) return true;
  const lead = body.replace(/^đối\s{1,2}với\s{1,2}/iu, '');
  if (PLURAL_SUBJECT.test(lead)) return true;
  // "Tiếp tục triển khai Nghị quyết số …, trong năm 2024 các cấp ủy, chính quyền thực hiện tốt các nội dung sau:": the
  // lead-in's main clause, after its opening's comma, hands the items to a plural subject (a few small words of time before it).
  for (let comma = lead.indexOf(','); comma >= 0; comma = lead.indexOf(',', comma + 1)) {
    const clause = LEAD_IN_CLAUSE.exec(lead.slice(comma));
    if (clause && PLURAL_SUBJECT.test(lead.slice(comma + clause[0].length))) return true;
  }
  const tokens = tokenize(lead);
  const subject = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
  return subject !== null && othersAct(subject, isIssuer);
}

/** A comma and up to four small words (or a year) before the lead-in's main clause. */
const LEAD_IN_CLAUSE = /^,[ \t]+(?:(?!các[ \t])(?:\p{Ll}+|\d{4})[ \t]+){0,4}/u;

/** How many lines of a list are looked back over for its lead-in. */
const LEAD_IN_LINES = 40;
const LIST_ITEM = new RegExp(String.raw`^${ITEM_MARK_NESTED}\s*`, 'u');

/**
 * The line that opens the list holding the item at `itemStart` (the nearest line before it that
 * ends with ":", over items and their wrapped lines) hands its items to others: it holds a mandate
 * word ("yêu cầu", "đề nghị", "giao") or names as its subject a unit other than the issuer
 * ("1. Đối với các xã:", "- UBND các phường:"). A plain line (a heading, a sentence) ends the search.
 * A paragraph without a marker belongs to a lead-in only right under it: after a list it is the
 * document's own sentence again.
 */
function leadInMandates(text: string, itemStart: number, isItem: boolean, isIssuer?: IsIssuer): boolean {
  let end = text.lastIndexOf('\n', itemStart - 1);
  for (let n = 0; n < LEAD_IN_LINES && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    end = start - 1;
    if (line === '') continue;
    const marker = LIST_ITEM.exec(line);
    if (line.endsWith(':')) {
      if (leadInGivesOthers(marker ? line.slice(marker[0].length) : line, isIssuer)) return true;
      // "Ban Thường vụ đề nghị các chi bộ:" then "Thực hiện tốt các nội dung sau:": a lead-in
      // written over two lines that each end with a colon.
      const above = previousLine(text, start);
      if (above === null || !above.text.endsWith(':')) return false;
      return leadInGivesOthers(above.text.replace(LIST_ITEM, ''), isIssuer);
    }
    if (!isItem || (!marker && !OPENS_SMALL.test(line))) return false;
  }
  return false;
}
