import { BoundedPattern } from '../bounded-pattern.js';
import type { DocType, Span } from '../../model/record.js';
import { tokenize } from '../tokens.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { OTHER_DOCUMENT_BEFORE } from '../vocabulary/news-identity.js';
import { ANNOUNCE_VERB_WORDS, CARRYING_OUT_WORDS, CONCLUDED_MEETINGS, PASSIVE_ISSUED, NEWS_LEAD_WORDS, TYPE_QUALIFIERS } from '../vocabulary/identity.js';
import { isPropertyLine } from './property-lines.js';
import { COUNCIL_TERM } from './council-term.js';
import { receivedAfter } from './received-document.js';
import { receivedBySender } from './sender-back-reference.js';
import { ownerAfterType } from './closing-owner-first.js';
import { withoutNameAbbreviations } from './name-abbreviation.js';
import { isAllCaps } from '../text.js';
import { CAPACITY_PREFIX } from '../vocabulary/signature.js';
import type { UnitMention } from './units.js';
import type { FoundDate } from './dates.js';
import { ownMentionAfter, type OwnMention } from './news-own-mention.js';
import { placeLead } from './place-lead.js';
import { articleIdentity } from './news-identity.js';
import { issuedLead, newsLead, unnumberedLead } from './news-lead.js';
import { ANNOUNCE_GAP, clauseDate, DATELINE, DATELINE_LINES, hasDateline, lineStarts, mentionsIn, OPENING_CHARS, PRESS_TAG, recalledAt, shortDate, yearFor } from './opening-reads.js';
import { onBehalfOf } from './on-behalf.js';
import { firstPersonWriter, issuerSentence, namedSubject } from './issuer-sentence.js';
import { withTypedPassive } from './typed-passive.js';
import { dateAfter, isIssuerLike, numberAt, sameBody, sentenceStart, TYPE_ALT, typeOfWord, unitAt, type TextIdentity } from './text-identity.js';

export type { TextIdentity } from './text-identity.js';

/*
 * The identity a text gives itself where no header does (findTextIdentity, below): a title line, the
 * sentence that announces it, a news lead, a body sentence whose subject is the issuer
 * (find/issuer-sentence.ts), its closing statement. The shape and the reads they share are in
 * find/text-identity.ts and find/opening-reads.ts; a news report's lead shapes are find/news-lead.ts's,
 * and its whole article is read over them in find/news-identity.ts.
 */

/** Lines at the top that may hold the title (a news headline and dateline come first). */
const TITLE_LINES = 2;

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


/** "của Ban Thường vụ Đảng ủy xã Kim Hóa tại hội nghị ngày …": a line opening on "của", ending at the meeting or subject. */
const OWNER_LINE = /^[ \t]*(?:của|CỦA)[ ]{1,3}/u;
const OWNER_END = /[ ](?:tại|về|TẠI|VỀ|V\/v|nhiệm kỳ|NHIỆM KỲ)(?=[ ])|[ ]*[,.;:]?[ ]*$/u;

/**
 * The owner a heading in capitals names on the line under it ("KẾ HOẠCH" / "THÔNG BÁO KẾT LUẬN", then "của Ban Thường
 * vụ Đảng ủy xã Kim Hóa tại hội nghị ngày 10/3/2024"): one body, named, running to the meeting, the subject or the end.
 */
function ownerUnderHeading(text: string, lines: ReadonlyArray<[number, number]>): UnitMention | null {
  for (let k = 1; k < Math.min(lines.length, TITLE_LINES + 1); k++) {
    const [s, e] = lines[k]!;
    const [ps, pe] = lines[k - 1]!;
    const of = OWNER_LINE.exec(text.slice(s, e));
    if (!of || !isAllCaps(text.slice(ps, pe).trim()) || !TYPE_WORD_IN.test(text.slice(ps, pe))) continue;
    const from = s + of[0].length;
    const stop = OWNER_END.exec(text.slice(from, e));
    const end = from + (stop?.index ?? e - from);
    const unit = unitAt(text, from, end);
    return unit && isIssuerLike(unit) && namedSubject(unit) && unit.end >= end - 1 ? unit : null;
  }
  return null;
}

/** The line under a heading alone on its line: "số 12-CT/TU ngày 05/7/2022 của Ban Thường vụ Tỉnh ủy Tây Ninh về …". */
const NUMBER_LINE = /^[ \t]*(?:số|Số|SỐ)[ ]{0,2}:?[ ]{0,2}(?=\d)/u;

/**
 * "CHỈ THỊ" / "số 12-CT/TU ngày 05/7/2022 của Ban Thường vụ Tỉnh ủy Tây Ninh về …": a type heading alone on its line, and
 * under it the title's rest, opening on its number, read as one numbered title line.
 */
function numberUnderHeading(text: string, heading: TextIdentity, line: [number, number] | undefined): TextIdentity {
  if (!line || heading.num || heading.issuer) return heading;
  const [s, e] = line;
  const m = NUMBER_LINE.exec(text.slice(s, e));
  return m ? numberedTitle(text, s + m[0].length, e, { ...heading }) : heading;
}

/** "(Trích Kế hoạch số 15/KH-UBND … của UBND xã Kim Hóa)": an excerpt names, in brackets, the document it is cut from. */
const EXCERPT = /^[ \t]*\(?[ ]?(?:Trích|TRÍCH)[ ]{1,2}(?=\p{Lu})/u;

function titleLine(text: string, line: [number, number]): TextIdentity | null {
  const [s, e] = line;
  const body = text.slice(s, e);
  const excerpt = EXCERPT.exec(body);
  const lead = excerpt ? excerpt[0].length : body.length - body.trimStart().length;
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
  return numberedTitle(text, after, e, id);
}

/** The number, date and owner a title gives from `at` (its number) to the line's end `e`: "… 12-CT/TU ngày … của … về …". */
function numberedTitle(text: string, at: number, e: number, id: TextIdentity): TextIdentity {
  const type = id.docType!.type;
  const num = numberAt(text, at);
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
  /** "Trên đây là Kế hoạch số 21-KH/ĐTN ngày 02/6/2023 của …": the number and date it gives right after the type word. */
  num?: TextIdentity['num'];
  date?: FoundDate | null;
}

/** The number right after the closing statement's type word ("Trên đây là Kế hoạch số 21-KH/ĐTN …"). */
const STATEMENT_NUMBER = /^[ ]{1,3}số[ ]{0,2}:?[ ]{0,2}(?=\d)/u;

export function closingStatement(text: string, from: number): ClosingStatement | null {
  let last: RegExpExecArray | null = null;
  CLOSING_STATEMENT.lastIndex = 0;
  const tail = text.slice(from);
  for (let m = CLOSING_STATEMENT.exec(tail); m; m = CLOSING_STATEMENT.exec(tail)) last = m;
  const type = last ? typeOfWord(last[1]!) : null;
  if (!last || !type) return null;
  const typeStart = from + last.index + last[0].length - last[1]!.length;
  const typeEnd = typeStart + last[1]!.length;
  const docType = { type, span: [typeStart, typeEnd] as Span };
  const numbered = STATEMENT_NUMBER.exec(text.slice(typeEnd, typeEnd + 12));
  const num = numbered ? numberAt(text, typeEnd + numbered[0].length) : null;
  if (num) {
    // "… số 21-KH/ĐTN ngày 02/6/2023 của Ban Thường vụ Đoàn phường Tân Thịnh thực hiện Kế hoạch số … của …": the owner
    // right after the number and its date, before what the document carries out.
    const date = dateAfter(text, num.end);
    const after = date?.end ?? num.end;
    const issuer = ownerAfterType(text, after, (m) => isIssuerLike(m) && namedSubject(m)) ?? closingOwner(text, after);
    return { docType, issuer, num, date };
  }
  return { docType, issuer: closingOwner(text, typeEnd) ?? ownerAfterType(text, typeEnd, (m) => isIssuerLike(m) && namedSubject(m)) };
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
    if (!num || (num.num.docType && !sameType(num.num.docType, type)) || tiedToAnother(text, at, from)) continue;
    const date = dateAfter(text, num.end);
    const end = date?.end ?? num.end;
    const own: OwnMention | null = PASSIVE_AFTER.test(text.slice(end, end + 30)) || accordingTo(text, at, end) ? { date: null } : ownMentionAfter(text, end, said.issuer, (at, d, mo) => yearFor(text, at, d, mo));
    if (!own) continue;
    return { ...said, num, date: said.date ?? date ?? own.date, issuer: own.issuer ?? said.issuer };
  }
  return withBracketedNumber(text, to, said, type, said.docType.span[1]);
}

/** Before a numbered type word: the reported document replaces or carries out that one ("… thay thế Quyết định số …"). */
const TIED_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation([...OTHER_DOCUMENT_BEFORE, ...CARRYING_OUT_WORDS])})[ ]{1,3}$`, 'iu');

/**
 * A numbered type word the text ties to another document than the one the lead reports: replaced, amended or carried out
 * by it, or named in a sentence that recalls what came before ("Trước đó, UBND tỉnh đã ban hành Quyết định số …").
 */
function tiedToAnother(text: string, typeStart: number, floor: number): boolean {
  return TIED_BEFORE.test(text.slice(Math.max(floor, typeStart - 30), typeStart)) || recalledAt(text, typeStart, floor);
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
  if (!recalledAt(text, at, from)) return announced;
  const lead = issuerSentence(text, Math.max(from, Math.min(bodyFrom, to)), at);
  if (lead?.docType && lead.docType.type !== announced.docType.type) return withNumberLater(text, from, to, lead);
  // "Công văn số … của UBND tỉnh X yêu cầu …" opening the lead: the document the article reports, whatever its owner.
  const fronted = newsLead(text, from, to);
  if (fronted?.num && fronted.num.num.number !== announced.num?.num.number) return fronted;
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
  // A type heading (the layout's, or a title line alone) with the title's rest under it, opening on its number.
  for (const [k, line] of lines.slice(0, TITLE_LINES).entries()) {
    const heading = opts.titleLine === false || title ? titleLine(text, line) : null;
    const under = heading && text.slice(line[0], line[1]).trim().length === heading.docType!.span[1] - heading.docType!.span[0] ? numberUnderHeading(text, heading, lines[k + 1]) : null;
    if (under?.num) { title = under; break; }
  }
  // "THÔNG BÁO KẾT LUẬN" / "của Ban Thường vụ Đảng ủy xã … tại hội nghị ngày …": the heading's owner on the line under it.
  const under = ownerUnderHeading(text, lines);
  if (title && !title.issuer && !title.num && under) title = { ...title, issuer: under };
  if (title?.num && title.issuer) return title;
  const news = concludedNotice(text, ownAnnouncement(text, from, to, unlessRecalled(text, from, to, bodyFrom, belowSignedLead(text, from, to, announcement(text, from, to)))) ?? newsLead(text, from, to) ?? issuedLead(text, from, to) ?? letterLead(text, from, to) ?? leadByPlace(text, from, to));
  // A news article's own reading, trusted first where it names the document whole (number, type and issuer); the lead
  // shapes' chain fills in otherwise.
  const article = concludedNotice(text, articleIdentity(text, from, to, null));
  const bodyAt = Math.max(from, Math.min(bodyFrom, to));
  const said = article?.num && article.docType && article.issuer ? article : articleIdentity(text, from, to, withNumberLater(text, from, to, withBodyIssuer(news, () => issuerSentence(text, bodyAt, to)) ?? unnumberedLead(text, from, to) ?? issuerSentence(text, bodyAt, to) ?? firstPersonWriter(text, bodyAt, to)));
  // "…, Kế hoạch phòng, chống … được Ủy ban nhân dân xã X ban hành với những nội dung sau:": the type its own passive gives.
  if (!title) {
    const typed = withTypedPassive(text, from, to, said);
    return under && (!typed?.issuer || !namedSubject(typed.issuer)) ? { source: 'title', num: null, docType: null, date: null, ...typed, issuer: under, issuerSource: 'title' } : typed;
  }
  // A news report's headline may open on a type word ("Kết luận về công tác …") without naming the document; where
  // the article's own reading names it whole, that reading is the document's ("… ban hành Thông báo kết luận số …").
  if (!title.num && article && said === article) return said;
  // The title gives the type (and perhaps the number); a sentence may still give the issuer.
  return {
    ...title,
    num: title.num ?? said?.num ?? null,
    date: title.date ?? said?.date ?? null,
    issuer: title.issuer ?? said?.issuer ?? null,
    ...(!title.issuer && said?.issuer ? { issuerSource: said.source } : {}),
  };
}
