import type { DocType } from '../../model/record.js';
import { phraseSet } from '../phrases.js';
import { tokenize, type Token } from '../tokens.js';
import { ASIDE_OPENERS, CARRYING_OUT_WORDS, FIRST_PERSON_WORDS, MEETING_JOINS, MEETING_QUALIFIERS, MEETING_VERBS, OBJECT_TAKING_VERBS, RECEIVING_VERBS, SETTLING_VERBS, SUBJECT_VERBS, TYPE_VERBS } from '../vocabulary/identity.js';
import { handsWorkTo } from './assigning-subject.js';
import type { DocNumber } from './number.js';
import { withoutNameAbbreviations } from './name-abbreviation.js';
import { receivedAfter } from './received-document.js';
import { selfReferenceType } from './self-reference.js';
import { receivedBySender } from './sender-back-reference.js';
import { dateAfter, isIssuerLike, numberAt, sameBody, sentenceStart, TYPE_ALT, typeOfWord, unitAt, type TextIdentity } from './text-identity.js';
import { mayParseUnitAt, parseUnitAt, type UnitMention } from './units.js';

/*
 * A body sentence whose subject speaks as the document's issuer ("<body> <verb> …"), read forward from
 * each subject of a headless text's opening: through a place in brackets, a meeting's name and clause,
 * an aside ("…, căn cứ Hướng dẫn số …, đề nghị …"), to a verb of vocabulary/identity.ts's SUBJECT_VERBS.
 * The best it meets (a lead-in naming its place first), with the type its verb or a follow-up names.
 * Used by find/identity.ts.
 */

const IDENTITY_VERBS = phraseSet(SUBJECT_VERBS.filter((v) => v.issuer === 'always').map((v) => v.verb));
const LEAD_IN_VERBS = phraseSet(SUBJECT_VERBS.filter((v) => v.issuer === 'lead-in').map((v) => v.verb));
const TYPED_ISSUER_VERBS = phraseSet(SUBJECT_VERBS.filter((v) => v.issuer === 'typed').map((v) => v.verb));
const ASIDES = phraseSet(ASIDE_OPENERS);
const MEETINGS = phraseSet(MEETING_VERBS);
const MEETING_JOIN = phraseSet(MEETING_JOINS);
const MEETING_QUALIFIER = phraseSet(MEETING_QUALIFIERS);

/** The number written after a type word that ends at `at` ("Kế hoạch số 45/KH-UBND"), when one is. */
function numberAfterType(text: string, at: number): { num: DocNumber; start: number; end: number } | null {
  const lead = /^[ ]{1,3}(?:số[ ]{1,3})?(?=\d)/u.exec(text.slice(at, at + 8));
  return lead ? numberAt(text, at + lead[0].length) : null;
}

/**
 * The subject of the main clause after a fronted "Tại Công văn số …, …": the last issuer-like unit
 * before the sentence's first verb of an issuer ("yêu cầu", "đề nghị", "chỉ đạo" …), with only a
 * comma between the clause and it.
 */
export function clauseSubject(text: string, from: number, to: number): UnitMention | null {
  const tokens = tokenize(text, from, Math.min(to, from + 400));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text === '.') return null;
    if (tokens[i]!.text !== ',') continue;
    const m = parseUnitAt(tokens, i + 1);
    if (!m || !isIssuerLike(m)) continue;
    const at = afterBrackets(tokens, m.to);
    if (IDENTITY_VERBS.match(tokens, at, tokens.length) || LEAD_IN_VERBS.match(tokens, at, tokens.length)) return m;
  }
  return null;
}

/** The paragraph from `at` ends with a colon or says "như sau": it leads in to what the issuer asks. */
function leadsIn(text: string, at: number): boolean {
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const rest = text.slice(at, Math.min(end, at + 600)).trimEnd();
  return rest.endsWith(':') || /(?<![\p{L}])như sau(?![\p{L}])/u.test(rest);
}

/**
 * The rest of the sentence from `at` names the document itself ("Đảng ủy phường … giao Ủy ban Kiểm
 * tra theo dõi việc thực hiện Kế hoạch này"): its subject is the issuer, wherever the sentence
 * stands, as only the issuer hands out the follow-up of its own document.
 */
function actsOnItself(text: string, at: number): boolean {
  const stop = /\.(?:\s|$)|\n/u.exec(text.slice(at, at + 400));
  return selfReferenceType(text, at, at + (stop?.index ?? 400)) !== null;
}

/** "… mở rộng", "… lần thứ 23" after a committee in its meeting's name: the token after the qualifier (and a number). */
function afterQualifier(tokens: readonly Token[], i: number): number {
  const q = MEETING_QUALIFIER.match(tokens, i, tokens.length);
  if (!q) return i;
  return /^[\dIVXLC]+$/u.test(tokens[q.end]?.text ?? '') ? q.end + 1 : q.end;
}

/**
 * "Hội đồng nhân dân xã Đức Lĩnh khóa XX, kỳ họp thứ 8 quyết nghị": the council's term and session between its name
 * and its verb (find/council-term.ts reads the same in a citation): the token after them, or i when none is there.
 */
function afterTerm(tokens: readonly Token[], i: number): number {
  const word = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  let k = word(i) === ',' ? i + 1 : i;
  if ((word(k) !== 'khóa' && word(k) !== 'khoá') || !/^[IVXL\d]{1,6}$/u.test(tokens[k + 1]?.text ?? '')) return i;
  k += 2;
  const session = word(k) === ',' ? k + 1 : k;
  if (word(session) === 'kỳ' && word(session + 1) === 'họp' && word(session + 2) === 'thứ' && tokens[session + 3]) k = session + 4;
  return word(k) === ',' ? k + 1 : k;
}

/** The token after a bracketed aside at i ("(huyện Thạch Hà)"), or i when none opens there. */
function afterBrackets(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== '(') return i;
  for (let k = i + 1; k < tokens.length && k < i + 12; k++) if (tokens[k]!.text === ')') return k + 1;
  return i;
}

/** "Chúng tôi, " opening a sentence: the writer names itself in apposition. */
const FIRST_PERSON_BEFORE = new RegExp(String.raw`(?:^|[.:;\n])[ \t]*(?:${FIRST_PERSON_WORDS.join('|')})[ ]{0,2},[ ]{0,2}$`, 'iu');

/**
 * "Chúng tôi, Ban Chỉ huy Quân sự xã An Trung, đề nghị …": the body between the first person and the verb, in
 * commas, is the writer; its verb is read after the closing comma. `at` unchanged otherwise.
 */
function afterApposition(text: string, tokens: readonly Token[], m: UnitMention, at: number): number {
  return tokens[at]?.text === ',' && FIRST_PERSON_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ? at + 1 : at;
}

/**
 * For each token, the index of the first token of the next paragraph: a name never runs over a
 * blank line ("… quán triệt Nghị quyết Trung ương" / "" / "Đảng ủy xã … thông báo" is no "Trung ương Đảng").
 */
function paragraphEnds(text: string, tokens: readonly Token[]): Int32Array {
  const ends = new Int32Array(tokens.length);
  let end = tokens.length;
  for (let k = tokens.length - 1; k >= 0; k--) {
    ends[k] = end;
    // A blank line takes two characters at least: most gaps (one space) are passed over unread.
    if (k > 0 && tokens[k]!.start - tokens[k - 1]!.end >= 2 && /\n[ \t]*\n/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) end = k;
  }
  return ends;
}

/**
 * The subject at `at` opens a numbered or dashed item ("2. Công chức Tư pháp xây dựng …", "2.3. Ủy ban nhân dân xã
 * xây dựng …"): a task's unit, not the issuer.
 */
function opensItem(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]|[-–+•]|[a-zđ]\))[ \t]*$/u.test(text.slice(lineStart, at));
}

/** "… thông báo và đề nghị các xóm:": one of two verbs joined, the letter's act rather than its type. */
const JOINED_VERB = /^[ ]{0,2}(?:,|và[ ])/u;
const VERB_TYPE = new Map<string, DocType>(TYPE_VERBS);
/**
 * "… thông báo bổ sung một số nội dung như sau:": the lead-in's verb names the document's type (in
 * lower case: a verb, not a heading); "… thông báo kết luận …" names a Thông báo kết luận.
 */
function verbType(text: string, verb: string, last: Token, first: Token): TextIdentity['docType'] {
  const type = VERB_TYPE.get(verb);
  if (!type || first.upper) return null;
  // "… thông báo kết luận …", "… thông báo ý kiến kết luận của …": the notice of a conclusion.
  const concluded = type === 'Thông báo' && /^[ ]{1,3}(?:ý[ ]{1,2}kiến[ ]{1,2})?kết luận(?![\p{L}])/u.test(text.slice(last.end, last.end + 20));
  return { type: concluded ? 'Thông báo kết luận' : type, span: [first.start, last.end] };
}

const FOLLOW_UP = new RegExp(String.raw`^[ ]*Tiếp theo[ ]{1,3}(${TYPE_ALT})[ ]{1,3}số[ ]{1,3}(?=\d)`, 'u');

/**
 * "Tiếp theo Kế hoạch số 48/KH-UBND ngày … của UBND tỉnh, Ủy ban nhân dân tỉnh giao …": a body following
 * up its own document writes one of the same kind; the follow-up of another body's names no type.
 */
function followUpType(text: string, subject: UnitMention, floor: number): TextIdentity['docType'] {
  const start = sentenceStart(text, subject.start, floor);
  const m = FOLLOW_UP.exec(text.slice(start, subject.start));
  const num = m ? numberAt(text, start + m[0].length) : null;
  if (!m || !num) return null;
  const at = dateAfter(text, num.end)?.end ?? num.end;
  const of = /^[ ]{0,2}của[ ]{1,3}/u.exec(text.slice(at, at + 10));
  const owner = of ? unitAt(text, at + of[0].length, subject.start) : null;
  const type = typeOfWord(m[1]!);
  if (!owner || !type || !sameBody(owner, subject) || !/^[ ]{0,2},[ ]{0,3}$/u.test(text.slice(owner.end, subject.start))) return null;
  const typeStart = start + m[0].indexOf(m[1]!);
  return { type, span: [typeStart, typeStart + m[1]!.length] };
}

/** How many tokens an aside between a subject and its verb may take. */
const ASIDE_TOKENS = 60;

/**
 * The token after an aside opening at `i` (", căn cứ Hướng dẫn số … của Ban Tổ chức Huyện ủy,"),
 * or `i` when none does: the aside ends at the next comma, within the sentence and the paragraph.
 */
function afterAside(tokens: readonly Token[], i: number, limit: number): number {
  if (tokens[i]?.text !== ',' || !ASIDES.match(tokens, i + 1, limit)) return i;
  for (let k = i + 2; k < limit && k < i + ASIDE_TOKENS; k++) {
    const t = tokens[k]!.text;
    if (t === '.' || t === ';' || t === ':') return i;
    if (t === ',') return k + 1;
  }
  return i;
}

/** How many tokens a meeting's clause ("họp phiên thường kỳ tháng 01 năm 2025,") may take. */
const MEETING_TOKENS = 24;

/**
 * The token after a meeting's clause opening at `i` ("họp phiên thường kỳ, thảo luận và …"), or `i`
 * when none does: the issuer who met is the one that settles what follows.
 */
function afterMeeting(tokens: readonly Token[], i: number, limit: number): number {
  if (!MEETINGS.match(tokens, i, limit)) return i;
  for (let k = i + 1; k < limit && k < i + MEETING_TOKENS; k++) {
    const t = tokens[k]!.text;
    if (t === '.' || t === ';' || t === ':') return i;
    if (t === ',') return MEETING_JOIN.match(tokens, k + 1, limit)?.end ?? k + 1;
  }
  return i;
}

/**
 * The body sentence whose subject is the issuer: "Ủy ban nhân dân huyện Đông Anh xây dựng Kế hoạch …",
 * "Ban Thường vụ Huyện ủy Phong Điền yêu cầu …", in `[from, to)`; with `leadInOnly`, a lead-in only.
 */
export function issuerSentence(text: string, from: number, to: number, leadInOnly = false): TextIdentity | null {
  const tokens = withoutNameAbbreviations(tokenize(text, from, to));
  const paragraphEnd = paragraphEnds(text, tokens);
  // Best first: a lead-in that names its place, a lead-in, a sentence that names its place, any.
  const ranked: Array<TextIdentity | undefined> = [];
  // The first subject of each head that names its place, whatever its rank: the full name of a bare lead-in's organ.
  const namedByHead = new Map<string, UnitMention>();
  // Where the last unit given work or joined by "với" ended: a unit joined to it is an object too.
  let objectTo = -1;
  for (let i = 0; i < tokens.length && !ranked[0]; i++) {
    // Most tokens open no unit: asked first, the same units at an eighth of the parses (mayParseUnitAt).
    const m = mayParseUnitAt(tokens, i) ? parseUnitAt(tokens, i, paragraphEnd[i]) : null;
    if (!m) continue;
    const first = i;
    i = m.to - 1;
    const object = objectOfVerb(tokens, first) || joinedToObject(tokens, m, first, objectTo);
    if (object) objectTo = m.to;
    if (!isIssuerLike(m) || object || deputyOf(tokens, first) || CITED_ISSUER_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) || agentOfCarriedOut(text, m.start, from)) continue;
    // "Đảng ủy xã Thạch Hòa (huyện Thạch Hà) vừa có …": a place in brackets between subject and verb.
    const at = afterApposition(text, tokens, m, afterTerm(tokens, afterQualifier(tokens, afterBrackets(tokens, m.to))));
    const typedVerb = TYPED_ISSUER_VERBS.match(tokens, at, tokens.length);
    // "Ban Thường vụ Huyện ủy X thảo luận và kết luận như sau:": the deliberation joined before the verb, with no meeting named.
    const met = afterMeeting(tokens, afterAside(tokens, at, paragraphEnd[i]!), paragraphEnd[i]!);
    const verbAt = met === at ? MEETING_JOIN.match(tokens, at, paragraphEnd[i]!)?.end ?? at : met;
    const strong = typedVerb ?? IDENTITY_VERBS.match(tokens, verbAt, tokens.length);
    const v = strong ?? LEAD_IN_VERBS.match(tokens, verbAt, tokens.length);
    // "Ban Thường vụ Đảng ủy phường X họp nghe … báo cáo …. … Ban Thường vụ kết luận như sau:": the body that met,
    // named in full, is the bare organ that then speaks, though its meeting clause runs on without a comma.
    if (!v && namedSubject(m) && MEETINGS.match(tokens, at, paragraphEnd[i]!) && !namedByHead.has(m.head.canonical)) namedByHead.set(m.head.canonical, m);
    if (!v) continue;
    let docType: TextIdentity['docType'] = null;
    // "… thống nhất ban hành Nghị quyết về …": the committee settles on issuing it; the type follows the second verb.
    const settles = SETTLING_VERBS.has(v.values[0]!);
    const typed = new RegExp(String.raw`^[ ]{1,3}${settles ? String.raw`(?:ban[ ]hành[ ]{1,3})` : ''}(${TYPE_ALT})(?![\p{L}\p{N}])`, 'iu').exec(text.slice(tokens[v.end - 1]!.end, tokens[v.end - 1]!.end + 50));
    if (typedVerb && !typed) continue;
    // "Ngày …, UBND tỉnh ban hành Kế hoạch số 45/…; để triển khai Kế hoạch trên, UBND huyện …": not this document's issuer.
    const received = typed ? numberAfterType(text, tokens[v.end - 1]!.end + typed[0].length) : null;
    if (received && (receivedAfter(text, received.end, m) || receivedBySender(text, received.end, m))) continue;
    // "1. Ban Thường vụ Đảng ủy xây dựng chương trình kiểm tra …": an item's subject is a task's unit, its object the task's work.
    const item = opensItem(text, m.start);
    if (typed && !item && (typedVerb || settles || /^(?:(?:vừa|đã|mới)[ ])?(?:xây dựng|ban hành)$/u.test(v.values[0]!))) {
      const type = typeOfWord(typed[1]!);
      const at = tokens[v.end - 1]!.end + typed[0].length - typed[1]!.length;
      if (type) docType = { type, span: [at, at + typed[1]!.length] };
    }
    // "1. Phòng Nội vụ huyện hướng dẫn, kiểm tra việc thực hiện Kế hoạch này": an item's unit, or a body of a lead-in verb
    // that does not hand a unit its work, acts on the document as its task, not as its issuer.
    const handsOn = !item || handsWorkTo(tokens, v.values[0]!, v.end, paragraphEnd[i]!);
    const onItself = handsOn && (strong !== null || handsWorkTo(tokens, v.values[0]!, v.end, paragraphEnd[i]!)) && actsOnItself(text, tokens[v.end - 1]!.end);
    const leadIn = docType !== null || leadsIn(text, tokens[v.end - 1]!.end) || onItself;
    // "Đảng ủy phường X giao Ủy ban nhân dân phường chỉ đạo …": the body handing out work (find/assigning-subject.ts),
    // opening its sentence; "Năm 2023, Đảng ủy phường X giao …" tells the past.
    const hands = !strong && namedSubject(m) && !text.slice(sentenceStart(text, m.start, from), m.start).trim() && handsWorkTo(tokens, v.values[0]!, v.end, paragraphEnd[i]!);
    if (((!strong && !hands) || leadInOnly || item) && !leadIn) continue;
    if (!docType && leadIn && !typed && !JOINED_VERB.test(text.slice(tokens[v.end - 1]!.end, tokens[v.end - 1]!.end + 6))) {
      docType = verbType(text, v.values[0]!, tokens[v.end - 1]!, tokens[m.to]!);
    }
    if (!docType && leadIn) docType = followUpType(text, m, from);
    const id: TextIdentity = { source: 'body', num: null, docType, date: null, issuer: m };
    const named = namedSubject(m);
    const rank = (leadIn ? 0 : 2) + (named ? 0 : 1);
    ranked[rank] ??= id;
    if (named && !namedByHead.has(m.head.canonical)) namedByHead.set(m.head.canonical, m);
  }
  const best = ranked.find((x) => x !== undefined) ?? null;
  // "Ban Thường vụ xây dựng Kế hoạch này …" … "Ban Thường vụ Hội Nông dân huyện X đề nghị …": the lead-in's
  // bare organ is the one a later sentence in the issuer's voice names in full.
  const full = best?.issuer && bareOrgan(best.issuer) ? namedByHead.get(best.issuer.head.canonical) : undefined;
  return full ? { ...best!, issuer: full } : best;
}

/** A sentence opening on a document carried out ("Thực hiện Kế hoạch … được "), up to a passive's agent. */
const CARRIED_OUT_PASSIVE = new RegExp(String.raw`^[ ]*(?:${CARRYING_OUT_WORDS.join('|')})(?![\p{L}])[^.;:]*(?<![\p{L}])được[ \n]{1,2}$`, 'iu');

/**
 * "Thực hiện Kế hoạch phòng, chống dịch … được Ủy ban nhân dân huyện Đồng Xuân ban hành ngày …, đề nghị …": the agent
 * of the passive issued the document the sentence carries out, not this one.
 */
function agentOfCarriedOut(text: string, at: number, floor: number): boolean {
  return CARRIED_OUT_PASSIVE.test(text.slice(sentenceStart(text, at, floor), at));
}

const OBJECT_VERBS = new Set(OBJECT_TAKING_VERBS);
/**
 * "… Hướng dẫn số 02-HD/UBKTTW ngày 10/01/2022 của Ủy ban Kiểm tra Trung ương xây dựng kế hoạch …": a unit after a
 * number or a date and "của" is a cited document's issuer; the verb after it is the sentence's own subject's.
 */
const CITED_ISSUER_BEFORE = /\d[ ,)]{0,3}của[ \n]{1,3}$/u;

/**
 * The word at k in lower case, null for a mark or before the start. At module level, not a closure made per call:
 * under tsx each closure made also gets its name set at run time.
 */
function lowerWordAt(tokens: readonly Token[], k: number): string | null {
  return k >= 0 && tokens[k]!.word ? tokens[k]!.text.toLowerCase() : null;
}

/** The unit starting at token i is the object of a verb that hands it work ("… giao Ủy ban nhân dân phường xây dựng …"). */
function objectOfVerb(tokens: readonly Token[], i: number): boolean {
  const one = lowerWordAt(tokens, i - 1);
  const two = one && lowerWordAt(tokens, i - 2);
  return !!one && (OBJECT_VERBS.has(one) || (!!two && OBJECT_VERBS.has(`${two} ${one}`)));
}

/**
 * "… phối hợp với Công an huyện và Hạt Kiểm lâm huyện X xây dựng phương án …": a unit joined by "và" to the object
 * just before it (`objectTo`, the token after that object) is one more object, not a subject. After a comma only
 * inside a list that runs on ("với Sở A, Sở B và …"): "Sau khi làm việc với Sở A, UBND huyện …" opens a clause.
 */
function joinedToObject(tokens: readonly Token[], m: UnitMention, i: number, objectTo: number): boolean {
  if (objectTo < 0 || i !== objectTo + 1) return false;
  const join = tokens[objectTo]!.text;
  return join === 'và' || (join === ',' && /^(?:và|,)$/u.test(tokens[m.to]?.text ?? ''));
}

/**
 * "Phó Thủ tướng yêu cầu …", "Phó Chủ tịch UBND tỉnh kết luận …": the post after "Phó" is a deputy's title, a person
 * whose words a notice reports, not the post's holder speaking as the issuer.
 */
function deputyOf(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && before.word && before.end === tokens[i]!.start - 1 && before.text.toLowerCase() === 'phó';
}

/** The subject names its place or its name (or its owner's). */
export function namedSubject(m: UnitMention): boolean {
  return m.name !== null || m.areas.some((a) => a.name) || (m.owner !== null && (m.owner.name !== null || m.owner.areas.some((a) => a.name)));
}

/** An organ named by its head alone ("Ban Thường vụ", "Thường trực"): no name, no place, no owner. */
function bareOrgan(m: UnitMention): boolean {
  return m.name === null && m.owner === null && m.areas.length === 0 && m.head.shape === 'part';
}

const RECEIVING = phraseSet(RECEIVING_VERBS);
const FIRST_PERSON = new RegExp(String.raw`(?<![\p{L}])(?:${FIRST_PERSON_WORDS.join('|')})(?![\p{L}])`, 'iu');

/**
 * "Phòng Tài chính - Kế hoạch huyện Lâm Hà nhận được văn bản đề nghị góp ý …. Sau khi nghiên cứu, chúng tôi thống nhất
 * …": a reply whose writer speaks as "chúng tôi" names itself once, as the subject receiving what it answers, opening a
 * paragraph of `[from, to)`. Without the first person, a body receiving a document is only told about.
 */
export function firstPersonWriter(text: string, from: number, to: number): TextIdentity | null {
  if (!FIRST_PERSON.test(text.slice(from, to))) return null;
  const tokens = withoutNameAbbreviations(tokenize(text, from, to));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const opens = t.start === from || /\n[ \t]*$/u.test(text.slice(Math.max(from, t.start - 8), t.start));
    if (!opens) continue;
    const m = mayParseUnitAt(tokens, i) ? parseUnitAt(tokens, i) : null;
    if (!m || !isIssuerLike(m) || !namedSubject(m) || opensItem(text, m.start)) continue;
    if (RECEIVING.match(tokens, afterBrackets(tokens, m.to), tokens.length)) return { source: 'body', num: null, docType: null, date: null, issuer: m };
  }
  return null;
}
