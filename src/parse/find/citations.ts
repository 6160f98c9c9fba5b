import { mainClauseAt } from './issuer-clause-end.js';
import type { DocType } from '../../model/record.js';
import { tokenize } from '../tokens.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { ANAPHORA_BARE, ANAPHORA_BARE_FOLLOWERS, ANAPHORA_SUFFIXES, CLAUSE_TRIGGER_LEADS, ISSUER_LEAD_FILLERS, ISSUER_LEAD_WORDS, NAMED_DOCUMENT_LEADS, NESTING_LEADS, NESTING_VERBS, RELATION_TRIGGERS, SELF_SUFFIXES, TITLE_STOPS } from '../vocabulary/relations.js';
import { DOC_TYPES } from '../vocabulary/doc-types.js';
import { TYPE_QUALIFIERS } from '../vocabulary/identity.js';
import { findRelatedLists } from './citation-blocks.js';
import { issuerWrittenBefore, refineIssuer } from './citation-issuer.js';
import { commanderIssuer } from './commander-issuer.js';
import { issuerOfReport } from './report-issuer.js';
import { mainClauseComma } from './name-enumeration.js';
import { passiveAgent } from './passive-agent.js';
import { followUpSender } from './follow-up-sender.js';
import { issuedByAfter } from './issued-by-after.js';
import { joinedNamedDocument } from './joined-document.js';
import { issuerFirstItemIn } from './issuer-first-item.js';
import { pluralBefore } from './plural-back.js';
import { COUNCIL_TERM } from './council-term.js';
import { dateAt, type FoundDate } from './dates.js';
import { WRAPPED_SPACE } from '../wrapped-line.js';
import { numberRegex, readNumber, type DocNumber } from './number.js';
import { sentenceEnd, sentenceStart } from './sentences.js';
import { WordStarts } from './word-start.js';
import { BoundedPattern } from '../bounded-pattern.js';
import { parseUnitAt, type UnitMention } from './units.js';
import type { Token } from '../tokens.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const LETTER = /[\p{L}]/u;

/**
 * Citation mentions (docs/domain.md §8.1): `<Type> [kết luận] [số] <NUM-SYM> [, ngày <DATE>]
 * [kết luận] [của <ISSUER>] ["title" | về <subject>]`, the date and the issuer in either order.
 * Short forms ("Chỉ thị 17") and back-references ("văn bản nêu trên") are found too; they are
 * tied to the full mention they repeat in src/parse/resolve/citations.ts.
 */
export interface TitleSpan {
  start: number;
  end: number;
  quoted: boolean;
}

export interface IssuerPhrase {
  mention: UnitMention;
  tokens: Token[];
  /** Where the words that name the issuer after the citation end, when the mention stands elsewhere ("… của Sở"). */
  phraseEnd?: number;
}

export interface FullMention {
  kind: 'full';
  number: DocNumber;
  typeWord: DocType | null;
  /** From the type word (or the number) to the end of the date or issuer. */
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  date: FoundDate | null;
  issuer: IssuerPhrase | null;
  /**
   * The issuer is the subject that issues it ("UBND huyện đã ban hành Kế hoạch số …"): the documents
   * listed after it in the same breath ("… và Quyết định số …") are that subject's too.
   */
  issuedBySubject?: boolean;
  /** The issuer is the agent of a passive act the document records ("được UBND huyện phê duyệt tại …"): kept only where the symbol fits it. */
  passiveAgent?: boolean;
  title: TitleSpan | null;
  sentenceStart: number;
  sentenceEnd: number;
}

export interface ShortMention {
  kind: 'short';
  serial: string;
  typeWord: DocType;
  start: number;
  end: number;
}

export interface BackReference {
  kind: 'back';
  /** Null for "văn bản nêu trên": any type. */
  typeWord: DocType | null;
  start: number;
  end: number;
  /** The type word alone ("Để triển khai thực hiện Chỉ thị, …"): a repeat only where a trigger governs it. */
  typeOnly?: boolean;
  /** "các văn bản này", "các văn bản trên": every document told just before (find/plural-back.ts). */
  plural?: boolean;
  /** "Để triển khai thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy, …": the type word named by its sender; only a document of that sender is repeated. */
  bySender?: boolean;
}

export type Mention = FullMention | ShortMention | BackReference;

const TYPE_WORDS: Array<[string, DocType]> = DOC_TYPES.flatMap((d) => d.words.map((w) => [w, d.type] as [string, DocType]))
  .sort((a, b) => b[0].length - a[0].length);
const TYPE_ALT = TYPE_WORDS.map(([w]) => w.replace(/ /g, '\\s{1,2}')).join('|');
const TYPE_BY_WORD = new Map(TYPE_WORDS.map(([w, t]) => [w.toLowerCase(), t]));

/** The words before a number: type word, "kết luận", "số". Anchored at the end of a window. */
/** "Nghị quyết liên tịch số …", "Công văn hỏa tốc số …": the words keep the type (vocabulary/identity.ts). */
const QUALIFIERS = TYPE_QUALIFIERS.map((w) => w.replace(/ /g, '\\s{1,2}')).join('|');
const BEFORE_NUMBER = new RegExp(String.raw`(?:(?<![\p{L}])(${TYPE_ALT})(?:\s{1,2}(kết\s{1,2}luận))?(?:\s{1,2}(?:${QUALIFIERS}))?\s{1,3})?(?:(?<![\p{L}])(số)\s{0,2}:?\s{0,2})?$`, 'iu');
/**
 * Short forms and back-references: both start a word (their lookbehind held apart, bounded-pattern.ts),
 * and a type word (or "văn bản"), so they are tried only where TYPE_STARTS finds one of those words'
 * first syllables: one pass over the text for the four.
 */
const WORD_START = String.raw`(?<![\p{L}])`;
const SHORT = new BoundedPattern(WORD_START, String.raw`(${TYPE_ALT})\s{1,2}(?:số\s{1,2})?(\d{1,5})(?![\d\p{L}/.\-–])`, 'iu');
/**
 * Back-references that name no type: "văn bản nêu trên", and the instruction a document just named
 * carries ("Ngày …, Sở Y tế có Công văn số … . Thực hiện chỉ đạo trên, UBND huyện …").
 */
const TYPELESS = String.raw`văn\s{1,2}bản|chỉ\s{1,2}đạo`;
const TYPELESS_WORD = new RegExp(String.raw`^(?:${TYPELESS})$`, 'iu');
const BACK = new BoundedPattern(WORD_START, String.raw`(${TYPE_ALT}|${TYPELESS})\s{1,2}(${phraseAlternation([...ANAPHORA_SUFFIXES, ...SELF_SUFFIXES])})(?![\p{L}])`, 'iu');
/** A bare back-reference ("Kế hoạch trên"): only before punctuation or a following word, so "kế hoạch trên địa bàn" is none. */
const BACK_BARE = new BoundedPattern(WORD_START, String.raw`(${TYPE_ALT}|${TYPELESS})\s{1,2}${ANAPHORA_BARE}(?=[ \t]{0,2}[,.;:)\n]|[ \t]{1,2}(?:${ANAPHORA_BARE_FOLLOWERS.map((w) => w.replace(/ /g, '\\s{1,2}')).join('|')})(?![\p{L}]))`, 'iu');
/**
 * "Để triển khai thực hiện Chỉ thị, Ban Thường vụ …": a capitalised type word alone before a
 * punctuation mark repeats the document of that type named before (NĐ 30 cites a document in full
 * once); case counts, for "chỉ thị" in lower case is the common noun.
 */
const TYPE_ONLY = new BoundedPattern(WORD_START, String.raw`(${TYPE_WORDS.map(([w]) => w).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/ /g, '\\s{1,2}')).join('|')})(?=[ \t]{0,2}[,;:.])`, 'u');
/**
 * "Ngày 04/9/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 27-KH/TU …. Để triển khai thực hiện Kế hoạch của Ban
 * Thường vụ Tỉnh ủy, …": a capitalised type word named by its sender ("của" and a name) repeats that sender's document
 * of the type, where a trigger governs it, as the type word alone does. A fragment's lines may wrap before "của".
 */
const TYPE_OF_SENDER = new BoundedPattern(WORD_START, String.raw`(${TYPE_WORDS.map(([w]) => w).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/ /g, '\\s{1,2}')).join('|')})(?=(?:[ \t]{1,2}|[ \t]*\n[ \t]*)của[ \t]{1,2}\p{Lu})`, 'u');
const TYPE_STARTS = new WordStarts([...TYPE_WORDS.map(([w]) => w), 'văn bản'].map((w) => w.split(' ')[0]!));
const SELF = new Set(SELF_SUFFIXES);

function typeOf(word: string | undefined): DocType | null {
  if (!word) return null;
  const t = TYPE_BY_WORD.get(word.toLowerCase().replace(/\s+/g, ' '));
  return t ?? null;
}

/** A year alone after a cited number, in the date's place. */
const BARE_YEAR = /^,?[ \t]{1,2}năm[ \t]{1,2}(?:19|20)\d{2}(?!\d)/u;
const DATE_LEAD = /^\s{0,2},?\s{0,3}(?:ban hành\s{1,2})?(?=ngày(?![\p{L}\p{N}]))/iu;
const ISSUER_LEAD = new RegExp(String.raw`^\s{0,2},?\s{0,3}(?:(?:${phraseAlternation(ISSUER_LEAD_FILLERS, { gap: '\\s{1,2}' })})\s{1,2})?(?:${phraseAlternation(ISSUER_LEAD_WORDS)})\s{1,2}`, 'iu');
const QUOTE_LEAD = /^\s{0,2},?\s{0,3}([“"«])/u;
const ABOUT_LEAD = /^\s{0,2},?\s{0,3}(?=(?:về|V\/v|v\/v)(?![\p{L}\p{N}]))/u;
const CLOSING_QUOTE: Record<string, string> = { '“': '”', '"': '"', '«': '»' };
/** A phrase as a pattern, where a line may wrap between its words ("… về tiếp tục" / "thực hiện Chỉ thị số …" in a title). */
const escapeWrapped = (w: string) => w.replace(/[/.]/g, (c) => `\\${c}`).replace(/ /g, WRAPPED_SPACE);

/** A subject that carries out the citation right after it (see NESTING_LEADS); a wrapped title line reads so too. */
export const NESTING_TITLE = new RegExp(
  String.raw`^(?:${NESTING_LEADS.map(escapeWrapped).join('|')})${WRAPPED_SPACE}(?:${NESTING_VERBS.map(escapeWrapped).join('|')})${WRAPPED_SPACE}$`, 'iu');

/**
 * A line that opens a block of its own never continues an issuer's name wrapped onto it: "… của Văn
 * phòng UBND thành phố" then "Kính gửi: …" is not a place called "Kính".
 */
const BLOCK_LINE = /\n[ \t]*(?:Kính[ ]gửi|Căn[ ]cứ|Thực[ ]hiện|Nơi[ ]nhận|Số[ ]?:|V\/v|[-–•+*][ ]|\d{1,2}[.)/][ ])/u;

const CAPS_SUBJECT = /[ \t\n](?:VỀ|V\/V|NHẰM|ĐỂ)[ \t]/u;

/**
 * "của Hội nghị Trung ương 4 khóa XIII", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII"
 * (with or without "của"): a committee's plenary session speaks as the committee; the words that
 * name the session are skipped and the committee read after them.
 */
const SESSION = /^Hội\s{1,2}nghị(?:\s{1,2}lần\s{1,2}thứ\s{1,2}[\p{L}\d]+)?\s{1,2}(?=\p{Lu})/u;
/** "… Ban Chấp hành Trung ương Đảng khóa XII", "(khóa XIII)": the term after an issuer belongs to its phrase, so a list goes on after it. */
const TERM_AFTER = /^[ ]{1,2}\(?khóa[ ]{1,2}[IVXLC]{1,6}\)?(?![\p{L}])/u;
const SESSION_LEAD = /^\s{0,2},?\s{0,3}(?=Hội\s{1,2}nghị\s)/u;

/**
 * "Sở Tài nguyên và Môi trường chủ trì kiểm tra … theo Kế hoạch số 45/KH-STNMT … của Sở": the head word
 * alone, after a body named in full a little before, is that body (as "văn bản nêu trên" is the
 * document named before). Looked for back to the paragraph's start, nearest first. Only before a
 * punctuation mark or the subject: a line break may wrap a name ("của Ban" / "Thường vụ Tỉnh ủy"). A military
 * body's head is two words ("… báo cáo Bộ Tư lệnh Bộ đội Biên phòng theo Kế hoạch số … của Bộ Tư lệnh.").
 */
const BARE_HEAD = /^\s{0,2},?\s{0,3}của\s{1,2}(Bộ\s{1,2}Tư\s{1,2}lệnh|Bộ\s{1,2}Chỉ\s{1,2}huy|Sở|Bộ|Cục|Chi\s{1,2}cục|Phòng|Ban|Trung\s{1,2}tâm|Văn\s{1,2}phòng)(?=[ \t]*(?:[,.;:)]|về\s|ngày\s))/u;
const BARE_REACH = 400;

function bareHeadIssuer(text: string, at: number): IssuerPhrase | null {
  const bare = BARE_HEAD.exec(text.slice(at, at + 40));
  if (!bare) return null;
  const word = bare[1]!.replace(/\s+/g, ' ');
  const floor = Math.max(0, at - BARE_REACH, text.lastIndexOf('\n\n', at) + 1);
  for (let k = text.lastIndexOf(word, at - 1); k >= floor; k = text.lastIndexOf(word, k - 1)) {
    if (k > 0 && LETTER.test(text[k - 1]!)) continue;
    const tokens = tokenize(text, k, Math.min(text.length, k + 120));
    const mention = parseUnitAt(tokens, 0);
    if (mention && mention.to > 1) return { ...refineIssuer(text, { mention, tokens }), phraseEnd: at + bare[0].length };
  }
  return null;
}

function parseIssuer(text: string, at: number, ceil: number): IssuerPhrase | null {
  const lead = ISSUER_LEAD.exec(text.slice(at, at + 40)) ?? SESSION_LEAD.exec(text.slice(at, at + 12));
  if (!lead) return null;
  const bare = bareHeadIssuer(text, at);
  if (bare) return bare;
  let from = at + lead[0].length;
  from += SESSION.exec(text.slice(from, from + 40))?.[0].length ?? 0;
  let to = Math.min(ceil, from + 160);
  const block = BLOCK_LINE.exec(text.slice(from, to));
  if (block) to = from + block.index;
  // A title in capitals: "… CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ TĂNG CƯỜNG …": the subject is no place name.
  const subject = CAPS_SUBJECT.exec(text.slice(from, to));
  if (subject) to = from + subject.index;
  const joined = joinedNamedDocument(text, from, to);
  if (joined >= 0) to = joined;
  let tokens = tokenize(text, from, to);
  let mention = parseUnitAt(tokens, 0);
  if (!mention) {
    const commander = commanderIssuer(text, from, to);
    if (commander) ({ tokens, mention } = commander);
  }
  // Read on, a name cut before a comma that opens the main clause may be whole up to it.
  const cut = mainClauseAt(text, from, to);
  if (cut < to && (!mention || mention.end <= cut)) {
    const before = tokenize(text, from, cut);
    const whole = parseUnitAt(before, 0);
    if (whole && (!mention || whole.end > mention.end)) { tokens = before; mention = whole; }
  }
  return mention ? refineIssuer(text, { mention, tokens }) : null;
}

/**
 * "Tiếp theo Công văn số … về việc chuẩn bị …, thực hiện ý kiến chỉ đạo của Phó Thủ tướng tại Văn bản
 * số …": a subject that runs up to the next number ends at a comma that opens a clause with a trigger
 * of its own; the clause says what the document does with the next one.
 */
const CLAUSE_TRIGGERS = RELATION_TRIGGERS.filter((t) => t.relation !== 'cites' && !t.actionableOnly && !t.neutral).map((t) => t.phrase);
// The alternatives' order (longest first, the leads' table order before) changes no result: only where
// a match starts is read; whether one starts at a comma does not depend on the order, and a match holds
// no comma but its first (no phrase has one), so the next is looked for at the next comma either way.
const CLAUSE_TRIGGER = new RegExp(String.raw`,[ ]{1,2}(?:(?:${phraseAlternation(CLAUSE_TRIGGER_LEADS)})[ ]{1,2})?(?:${phraseAlternation(CLAUSE_TRIGGERS, { gap: '[ ]{1,2}' })})(?![\p{L}])`, 'giu');

/** Length of a subject up to the last comma that opens such a clause (all of it when none does). */
function clauseOpensIn(subject: string): number {
  let cut = subject.length;
  CLAUSE_TRIGGER.lastIndex = 0;
  for (let m = CLAUSE_TRIGGER.exec(subject); m; m = CLAUSE_TRIGGER.exec(subject)) cut = m.index;
  return cut;
}

const LAW_LEADS = NAMED_DOCUMENT_LEADS.filter((l) => l.docType === 'Luật').map((l) => l.lead.replace(/ /g, '[ ]{1,2}')).join('|');
// "… về vận động giao nộp vũ khí và thực hiện Luật Quản lý, sử dụng vũ khí …": a trigger of its own
// between "và" and the Law makes it no less a second document.
// "… và bám sát các quy định của Luật Thủy lợi": a trigger that cites (`bám sát`, `gắn với`) joins a second object too;
// "… và bảo đảm thực hiện nghiêm Luật Khoáng sản": so does a carrying-out the purpose promises to keep.
const LAW_JOINED_TRIGGERS = ['thực hiện', 'triển khai', 'triển khai thực hiện', 'quán triệt', 'thi hành', 'cụ thể hóa', 'cụ thể hoá', 'bám sát', 'gắn với']
  .map((t) => `(?:(?:bảo[ ]{1,2}đảm|đảm[ ]{1,2}bảo)[ ]{1,2})?${t.replace(/ /g, '[ ]{1,2}')}`).join('|');
// "… về công tác tuyển quân và để thực hiện đúng Luật Nghĩa vụ quân sự, …": a purpose clause of its own
// ("để", "nhằm"), its trigger with a manner word after it ("… và nhằm thực hiện thắng lợi Nghị quyết Đại hội …").
// "… tầm nhìn đến năm 2045 và Nghị quyết Đại hội Đảng bộ thị xã … lần thứ XV": a congress resolution joined the same way.
// "… đến năm 2030 và Nghị quyết Đại hội đại biểu Đảng bộ huyện … lần thứ XXV": its name may go on in lower case.
const JOINED_LEADS = `${LAW_LEADS}|Nghị[ ]{1,2}quyết[ ]{1,2}Đại[ ]{1,2}hội(?:[ ]{1,2}(?:đại[ ]{1,2}biểu|lần[ ]{1,2}thứ))?`;
// "… về Chiến lược … và các quy định (mới) của Luật Thủy sản": the rules of a Law as the second object.
// "… và các quy định về phân loại rác tại nguồn của Luật Bảo vệ môi trường": the rules may be named by their matter first.
const LAW_RULES_OF = String.raw`(?:(?:các|những)[ ]{1,2}quy[ ]{1,2}định(?:[ ]{1,2}mới)?(?:[ ]{1,2}về(?:[ ]{1,2}\p{Ll}+){1,10})?[ ]{1,2}của[ ]{1,2})`;
// "… về tổ chức Chiến dịch … năm 2024 và Chương trình công tác năm 2024 của Ban Thường vụ Thành đoàn": a body's yearly
// work programme, named by its year or its organisation, joined the same way. One whose number follows in brackets
// ("… năm 2025 của Ban Chấp hành Trung ương Đoàn (Chương trình số 02-CTr/…)") is the numbered citation after, left to it.
const YEARLY_JOINED = String.raw`Chương[ ]{1,2}trình[ ]{1,2}công[ ]{1,2}tác[ ]{1,2}(?:\p{Lu}|năm[ ]{1,2}\d{4})(?![^(]*\()`;
const LAW_JOINED = new RegExp(String.raw`[ ]và[ ]{1,2}(?:(?:để|nhằm)[ ]{1,2})?(?:(?:${LAW_JOINED_TRIGGERS})[ ]{1,2}(?:(?:đúng|nghiêm|tốt|thắng[ ]lợi|(?:có[ ])?hiệu[ ]quả)[ ]{1,2})?)?(?:${LAW_RULES_OF}?(?:${JOINED_LEADS})[ ]{1,2}\p{Lu}|${YEARLY_JOINED})`, 'u');
const LAW_IN = new RegExp(String.raw`(?<![\p{L}])(?:${LAW_LEADS})[ ]{1,2}\p{Lu}`, 'u');

/**
 * "Nghị quyết số 18-NQ/TW … về … quản lý và sử dụng đất và Luật Đất đai năm 2024": a Law joined by
 * "và" to a subject that names none is a second document, not part of the subject. A subject about
 * Laws ("sửa đổi, bổ sung một số điều của Luật A và Luật B") keeps them.
 */
function lawJoinedIn(subject: string): number {
  if (!subject.includes(' và ')) return subject.length;
  const j = LAW_JOINED.exec(subject);
  return j && !LAW_IN.test(subject.slice(0, j.index)) ? j.index : subject.length;
}

/** ", ngày 16/5/2024 Ban Thường vụ …", ", sáng ngày 16 tháng 5 năm 2024, UBND xã …": a dated main clause. */
const DATED_CLAUSE = /,\s+(?:(?:sáng|chiều|tối)\s{1,2})?ngày\s{1,2}\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\s{1,2}tháng\s{1,2}\d{1,2}(?:\s{1,2}năm\s{1,2}\d{4})?),?\s{1,2}\p{Lu}/u;

const COLON_ENDS_LINE = /^[ \t]*(?:\n|$)/u;

function titleEnd(text: string, from: number, ceil: number, nextMentionStart: number): number {
  // "về thực hiện Chỉ thị số 17/CT-UBND ...": the next citation is inside this subject.
  const nests = nextMentionStart < ceil && NESTING_TITLE.test(text.slice(from, nextMentionStart));
  const limit = Math.min(ceil, from + 300, nests ? ceil : nextMentionStart);
  let end = limit;
  for (let k = from; k < limit; k++) {
    const c = text[k]!;
    if (c === ';' || c === '”' || c === '"' || (c === '\n' && text[k + 1] === '\n')) { end = k; break; }
    if (c === '.' && (k + 1 >= text.length || /\s/.test(text[k + 1]!))) { end = k; break; }
    // "… về phát triển du lịch, trong năm 2024 các cấp ủy … thực hiện tốt các nội dung sau:" then "- Tuyên truyền …": a
    // colon that ends its line opens a list; the items are no part of the subject.
    if (c === ':' && COLON_ENDS_LINE.test(text.slice(k + 1, k + 4))) { end = k; break; }
  }
  const tail = text.slice(from, end);
  // ", Ủy ban nhân dân Quận 3 đề nghị ...": a capital after a comma opens the main clause; so does a
  // date before it (", ngày 16/5/2024 Ban Thường vụ Đảng ủy xã họp, …"): the day the body acted.
  // A comma after a name, in a subject that runs on to "và" and the next document, lists names (name-enumeration.ts).
  const comma = mainClauseComma(tail, end === nextMentionStart);
  const clause = comma >= 0 ? { index: comma } : DATED_CLAUSE.exec(tail);
  if (clause) end = Math.min(end, from + clause.index);
  // A web copy wraps its lines anywhere, inside a stop too (", căn" / "cứ Luật …"): a line break reads as a space.
  const flat = tail.includes('\n') ? tail.replace(/\n/gu, ' ') : tail;
  for (const stop of TITLE_STOPS) {
    const i = flat.indexOf(stop);
    if (i >= 0) end = Math.min(end, from + i);
  }
  if (end === nextMentionStart) end = from + clauseOpensIn(text.slice(from, end));
  if (end === nextMentionStart) end = from + issuerFirstItemIn(text.slice(from, end));
  end = from + lawJoinedIn(text.slice(from, end));
  // "... về X và Quyết định số 3642/...": a following citation is not part of the subject.
  const next = /(?:,|[ ]và)[ ]{1,2}$/u.exec(text.slice(from, end));
  if (next && end === nextMentionStart) end = from + next.index;
  return end;
}

function readTitle(text: string, at: number, ceil: number, nextMentionStart: number): TitleSpan | null {
  const q = QUOTE_LEAD.exec(text.slice(at, at + 8));
  if (q) {
    const open = at + q[0].length;
    const close = text.indexOf(CLOSING_QUOTE[q[1]!]!, open);
    if (close > open && close - open <= 500) return { start: open, end: close, quoted: true };
    return null;
  }
  const a = ABOUT_LEAD.exec(text.slice(at, at + 8));
  if (!a) return null;
  const start = at + a[0].length;
  const end = titleEnd(text, start, ceil, nextMentionStart);
  return end > start + 3 ? { start, end, quoted: false } : null;
}

/**
 * "… ban hành", "… vừa ký", "… đã có", "Sở … có Công văn số …", a council's "… đã thông qua" right before the cited document: its
 * issuer is the subject before, written right before the verb (issuedBefore takes no other).
 */
// "UBND xã đã xây dựng Kế hoạch số …": the body that drew the plan up issued it (past, so not a task).
const ISSUED = /(?:(?:(?:đã|vừa)\s{1,2})?(?:ký\s{1,2}ban\s{1,2}hành|ban\s{1,2}hành|ký|thông\s{1,2}qua)|(?:đã|vừa)\s{1,2}(?:có|xây\s{1,2}dựng)|có)\s{1,3}$/u;

/**
 * "Ngày 02 tháng 6 năm 2023, Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành Chỉ thị số
 * 05/CT-UBND ...": the issuer (and the date) written before the citation.
 */
function issuedBefore(text: string, sentence: number, start: number): { issuer: IssuerPhrase; date: FoundDate | null } | null {
  const lead = ISSUED.exec(text.slice(Math.max(sentence, start - 24), start));
  if (!lead) return null;
  let cut = start - (Math.min(start - sentence, 24) - lead.index);
  // "Hội đồng nhân dân tỉnh khóa X, kỳ họp thứ 20 đã thông qua …": the council's term is no part of the name.
  const term = COUNCIL_TERM.exec(text.slice(Math.max(sentence, cut - 40), cut));
  if (term) cut -= term[0].length;
  const tokens = tokenize(text, sentence, cut);
  let mention: UnitMention | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const m = parseUnitAt(tokens, i);
    if (m) { if (m.to === tokens.length) mention = m; i = m.to - 1; }
  }
  if (!mention) return null;
  let date: FoundDate | null = null;
  const prefix = text.slice(sentence, mention.start);
  for (const m of prefix.matchAll(/(?<![\p{L}])ngày(?=\s)/giu)) {
    date = dateAt(text, sentence + m.index);
    if (date) break;
  }
  return { issuer: { mention, tokens }, date };
}

const BETWEEN = new RegExp(String.raw`(?<![\p{L}])(${TYPE_ALT})[ ]{1,2}của[ ]{1,2}([^;:\n()]{2,120}?)[ ]{1,2}số[ ]{0,2}:?[ ]{0,2}$`, 'iu');

/** "Công văn của Sở Y tế số 1234/SYT-NVY", "Kế hoạch của UBND tỉnh số 45/KH-UBND": the issuer between the type word and "số". */
function issuerBetween(text: string, from: number, numberStart: number): { typeWord: string; start: number; issuer: IssuerPhrase } | null {
  const m = BETWEEN.exec(text.slice(from, numberStart));
  if (!m) return null;
  const nameStart = from + m.index + m[0].indexOf(m[2]!, m[1]!.length);
  const tokens = tokenize(text, nameStart, nameStart + m[2]!.length);
  const mention = parseUnitAt(tokens, 0);
  // The whole stretch must be the issuer, as with "của <issuer> tại".
  return mention && mention.to === tokens.length ? { typeWord: m[1]!, start: from + m.index, issuer: { mention, tokens } } : null;
}

/**
 * "3/ Ban cán sự đảng ..." opening a line is an item marker (docs/domain.md §8.3), never a number:
 * one or two digits, a slash, a space, then a word in lower case after its capital.
 */
const ITEM_MARKER = /^\d{1,2}\/[ ]+\p{Lu}\p{Ll}/u;

function isItemMarker(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, at)) && ITEM_MARKER.test(text.slice(at, at + 12));
}

/** Find citation mentions in text[from, to). */
export function findMentions(text: string, from: number, to: number): Mention[] {
  const region = text.slice(from, to);
  const numbers: Array<{ m: RegExpExecArray; start: number; end: number }> = [];
  const re = numberRegex('gu');
  const related = findRelatedLists(text, from, to);
  const inRelated = (at: number) => related.some(([s, e]) => at >= s && at < e);
  for (let m = re.exec(region); m; m = re.exec(region)) {
    if (isItemMarker(text, from + m.index) || inRelated(from + m.index)) continue;
    numbers.push({ m, start: from + m.index, end: from + m.index + m[0].length });
  }

  const befores = numbers.map(({ start }) => BEFORE_NUMBER.exec(text.slice(Math.max(from, start - 40), start)));
  const starts = numbers.map(({ start }, n) => start - (befores[n]?.[0].length ?? 0));
  const full: FullMention[] = [];
  for (let n = 0; n < numbers.length; n++) {
    const { m, start: numberStart, end: numberEnd } = numbers[n]!;
    const before = befores[n] ?? null;
    const start = starts[n]!;
    // "3/ Ban cán sự đảng ...": a list marker before a capitalised word, not a number. A bare
    // number (no type word, no "số") is taken only when written tight.
    if (!before?.[1] && !before?.[3] && /\s/u.test(m[0])) continue;
    const number = readNumber(m);
    // "Công văn của Sở Y tế số 1234/SYT-NVY": the type word, then the issuer, then the number.
    const between = !before?.[1] && before?.[3] ? issuerBetween(text, Math.max(from, numberStart - 180), numberStart) : null;
    const typeWord = between ? typeOf(between.typeWord) : before?.[2] ? (typeOf(before[1]) === 'Thông báo' ? 'Thông báo kết luận' : typeOf(before[1])) : typeOf(before?.[1]);
    const sStart = sentenceStart(text, start, from);
    const sEnd = sentenceEnd(text, numberEnd, to);
    const nextStart = starts[n + 1] ?? to;
    let end = numberEnd;
    let date: FoundDate | null = null;
    let issuer: IssuerPhrase | null = null;
    for (let pass = 0; pass < 2; pass++) {
      if (!date) {
        const d = DATE_LEAD.exec(text.slice(end, end + 12));
        const found = d ? dateAt(text, end + d[0].length) : null;
        if (found) { date = found; end = found.end; continue; }
        // "Chỉ thị số 12-CT/TU năm 2017 của Ban Thường vụ Tỉnh ủy …": a bare year stands where the date would.
        const year = BARE_YEAR.exec(text.slice(end, end + 12));
        if (year && pass === 0) { end += year[0].length; continue; }
      }
      if (!issuer) {
        const i = parseIssuer(text, end, Math.min(sEnd, nextStart));
        if (i) { issuer = i; end = i.phraseEnd ?? i.tokens[i.mention.to - 1]!.end; end += TERM_AFTER.exec(text.slice(end, end + 24))?.[0].length ?? 0; continue; }
      }
    }
    if (!issuer && between && between.start >= sStart) issuer = refineIssuer(text, between.issuer);
    if (!issuer) {
      const written = issuerWrittenBefore(text, sStart, start);
      if (written) issuer = refineIssuer(text, written);
    }
    if (!issuer) {
      const reported = issuerOfReport(text, sStart, start, typeWord);
      if (reported) issuer = refineIssuer(text, reported);
    }
    if (!issuer) {
      const agent = issuedByAfter(text, end);
      if (agent) issuer = refineIssuer(text, agent);
    }
    if (!issuer) {
      const sender = followUpSender(text, start, end);
      if (sender) issuer = refineIssuer(text, sender);
    }
    let passive = false;
    if (!issuer) {
      const agent = passiveAgent(text, sStart, start);
      if (agent) { issuer = refineIssuer(text, agent); passive = true; }
    }
    let issuedBySubject = false;
    if (!issuer) {
      const before = issuedBefore(text, sStart, start);
      if (before) { issuer = before.issuer; date ??= before.date; issuedBySubject = true; }
    }
    full.push({
      kind: 'full', number, typeWord, start: between && between.start >= sStart ? between.start : start, end, numberStart, numberEnd, date, issuer, ...(issuedBySubject ? { issuedBySubject } : {}), ...(passive ? { passiveAgent: true } : {}),
      title: readTitle(text, end, to, nextStart), sentenceStart: sStart, sentenceEnd: sEnd,
    });
  }

  const inFull = (s: number, e: number) => full.some((f) => s < f.end && e > f.start);
  const out: Mention[] = [...full];
  const typeStarts = TYPE_STARTS.in(region);
  for (const m of SHORT.matchesAt(region, typeStarts)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const typeWord = typeOf(m[1]);
    if (typeWord && !inFull(start, end)) out.push({ kind: 'short', serial: m[2]!, typeWord, start, end });
  }
  for (const m of BACK.matchesAt(region, typeStarts)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const plural = pluralBefore(text, start);
    // "Chỉ thị này" is the document itself; "các văn bản này" is not.
    if ((SELF.has(m[2]!.toLowerCase()) && !(plural && TYPELESS_WORD.test(m[1]!))) || inFull(start, end)) continue;
    out.push({ kind: 'back', typeWord: TYPELESS_WORD.test(m[1]!) ? null : typeOf(m[1]), start, end, ...(plural ? { plural } : {}) });
  }
  for (const m of TYPE_ONLY.matchesAt(region, typeStarts)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (!inFull(start, end) && !out.some((o) => o.start === start)) out.push({ kind: 'back', typeWord: typeOf(m[1]), start, end, typeOnly: true });
  }
  for (const m of TYPE_OF_SENDER.matchesAt(region, typeStarts)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (!inFull(start, end) && !out.some((o) => o.start === start)) out.push({ kind: 'back', typeWord: typeOf(m[1]), start, end, typeOnly: true, bySender: true });
  }
  for (const m of BACK_BARE.matchesAt(region, typeStarts)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (!inFull(start, end)) out.push({ kind: 'back', typeWord: TYPELESS_WORD.test(m[1]!) ? null : typeOf(m[1]), start, end, ...(pluralBefore(text, start) ? { plural: true } : {}) });
  }
  return out.sort((a, b) => a.start - b.start);
}
