import { phraseAlternation } from '../phrase-alternation.js';
import { tokenize } from '../tokens.js';
import { SUBJECT_VERBS } from '../vocabulary/identity.js';
import { FOLLOW_UP_VERBS, OPENING_MEETING_VERBS, SPEAKER_POSTS, TURN_TO_PURPOSES, TURN_TO_TROUBLES, TURN_TO_VERBS, type OwnEvidence } from '../vocabulary/own-issuer.js';
import { parseUnitAt, type UnitMention } from './units.js';

/** One body the text offers as its own issuer, and the evidence that names it. */
export interface OwnCandidate {
  mention: UnitMention;
  evidence: OwnEvidence;
}

const LETTER = /\p{L}/u;
/** How many clause starts before a verb are tried for a subject that ends at it. */
const STARTS_TRIED = 3;
/** How far past a sentence's start its subject may run. */
const SUBJECT_CHARS = 200;
/** Sentences of the body read for a subject handing out work: a long report is not read whole. */
const MAX_STARTS = 400;

/** Verbs by which a subject hands out the document's work. */
const OWN_LEAD_VERBS = SUBJECT_VERBS.filter((v) => v.handsOutWork).map((v) => v.verb);
const LEAD_VERB = new RegExp(String.raw`^[ ]{1,2}(?:(?:đã|vừa)[ ]{1,2})?(?:${phraseAlternation(OWN_LEAD_VERBS, { gap: '[ ]{1,2}' })})(?![\p{L}])`, 'u');
const FOLLOW_UP = new RegExp(String.raw`^[ ]{1,2}(?:${phraseAlternation(FOLLOW_UP_VERBS, { gap: '[ ]{1,2}' })})(?![\p{L}])`, 'u');
/** One of those verbs, perhaps after "đã" or "vừa": where a subject handing out work may end. */
const VERB_AT = new RegExp(String.raw`[ ]{1,2}(?:(?:đã|vừa)[ ]{1,2})?(?:${phraseAlternation([...OWN_LEAD_VERBS, ...FOLLOW_UP_VERBS], { gap: '[ ]{1,2}' })})(?![\p{L}])`, 'gu');
/** "Ông Lê Văn A, Chủ tịch …": the post after a person's name and its comma. */
const SPEAKER = new RegExp(String.raw`(?:Ông|Bà)[ ]+(?:\p{Lu}[\p{L}\p{M}]*[ ]+){0,4}\p{Lu}[\p{L}\p{M}]*,[ ]+(?=(?:${phraseAlternation(SPEAKER_POSTS)})[ ])`, 'gu');
/** Where a sentence or a clause after an opener may start: a line (after its bullet), a full stop, a comma. */
const STARTS = /(?:^|\n)[ \t]*(?:[-–+•*][ ]*|\d{1,2}[.)][ ]*|[a-zđ][)][ ]*)?(?=\p{Lu})|[.;:][ ]{1,3}(?=\p{Lu})|,[ ]{1,2}(?=\p{Lu})/gu;

function unitAt(text: string, at: number, to: number): UnitMention | null {
  const tokens = tokenize(text, at, Math.min(to, at + SUBJECT_CHARS));
  const m = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
  return m && m.start === at ? m : null;
}

/**
 * The subject that ends at a verb: a unit read from one of the last clause starts before it, the nearest
 * first, that runs up to the verb. `tries` counts the starts read, for a caller that bounds its work.
 */
function subjectEndingAt(text: string, from: number, verbAt: number, tries: { n: number }): UnitMention | null {
  const floor = Math.max(from, verbAt - SUBJECT_CHARS);
  const window = text.slice(floor, verbAt);
  const starts: number[] = [];
  STARTS.lastIndex = 0;
  for (let m = STARTS.exec(window); m; m = STARTS.exec(window)) {
    if (m[0].length === 0) STARTS.lastIndex++;
    // The window's first position is a start only where the text's line or sentence starts there.
    if (m.index === 0 && m[0].length === 0 && floor > from && !/[\n.;:,][ \t]*$/u.test(text.slice(floor - 4, floor))) continue;
    starts.push(floor + m.index + m[0].length);
  }
  for (let k = starts.length - 1; k >= Math.max(0, starts.length - STARTS_TRIED); k--) {
    tries.n++;
    // Tokens up to the verb only: the subject must end there.
    const u = unitAt(text, starts[k]!, verbAt);
    if (u && u.end === verbAt) return u;
  }
  return null;
}

/**
 * Subjects that hand out the document's work ("Ban Thường vụ Hội LHPN huyện đề nghị …", "Theo kế hoạch,
 * UBND huyện giao …") and own offices that follow it up ("Văn phòng Đảng ủy theo dõi, …"), in the body.
 * Read from each verb back to the sentence or clause starts before it: a long body has hundreds of
 * starts and far fewer such verbs.
 */
function subjects(text: string, from: number, to: number, out: OwnCandidate[]): void {
  const body = text.slice(from, to);
  VERB_AT.lastIndex = 0;
  const tries = { n: 0 };
  for (let v = VERB_AT.exec(body); v && tries.n < MAX_STARTS; v = VERB_AT.exec(body)) {
    const u = subjectEndingAt(text, from, from + v.index, tries);
    if (!u || u.plural || u.head.collective) continue;
    const after = text.slice(u.end, u.end + 30);
    if (u.head.canonical === 'Văn phòng' && u.owner && !u.owner.plural && FOLLOW_UP.test(after)) out.push({ mention: u.owner, evidence: 'office' });
    else if (LEAD_VERB.test(after)) out.push({ mention: u, evidence: 'lead-in' });
  }
}

/** A meeting's verb after its convener: "Ban Thường vụ Huyện ủy Mê Linh đã nghe báo cáo …", "… tổ chức hội nghị sơ kết". */
const MEETING_AT = new RegExp(String.raw`[ ]{1,2}(?:(?:đã|vừa)[ ]{1,2})?(?:${phraseAlternation(OPENING_MEETING_VERBS, { gap: '[ ]{1,2}' })})(?![\p{L}])`, 'gu');
/** How much of the body's opening is read for the meeting it reports. */
const OPENING_CHARS = 600;

/**
 * The body that held the meeting a fragment opens on ("Tại hội nghị ngày 10/10/2024, Ban Thường vụ Huyện ủy Mê
 * Linh đã nghe báo cáo … và thống nhất kết luận:"): a notice of its conclusions, or a plan it agreed on, is its own.
 * Only the opening paragraph: further down, a meeting is another body's, reported.
 */
function meetings(text: string, from: number, to: number, out: OwnCandidate[]): void {
  const end = Math.min(to, from + OPENING_CHARS);
  const para = text.indexOf('\n\n', from);
  const opening = text.slice(from, para > from && para < end ? para : end);
  MEETING_AT.lastIndex = 0;
  const v = MEETING_AT.exec(opening);
  if (!v) return;
  const u = subjectEndingAt(text, from, from + v.index, { n: 0 });
  if (u && !u.plural && !u.head.collective) out.push({ mention: u, evidence: 'meeting' });
}

/** Officials a report quotes, by post and body: "Ông Trần Quốc Bảo, Phó Chủ tịch UBND thị xã Sông Cầu cho biết". */
function speakers(text: string, from: number, to: number, out: OwnCandidate[]): void {
  const body = text.slice(from, to);
  SPEAKER.lastIndex = 0;
  for (let m = SPEAKER.exec(body); m; m = SPEAKER.exec(body)) {
    // No lookbehind in the pattern (it would be tried at every position): the letter before is checked here.
    if (m.index > 0 && LETTER.test(body[m.index - 1]!)) continue;
    const at = from + m.index + m[0].length;
    const u = unitAt(text, at, to);
    if (!u || u.plural) continue;
    const owned = u.office ? u : u.head.shape === 'part' && u.owner ? u.owner : null;
    if (owned) out.push({ mention: owned, evidence: 'speaker' });
  }
}

/** The trouble, then in the same sentence the verb of turning to a body and its "về", "với" or nothing. */
const TURN_TO = new RegExp(String.raw`(?:${phraseAlternation(TURN_TO_TROUBLES, { gap: '[ \n]{1,2}' })})(?![\p{L}])[^.;]{0,200}?[ ,\n](${phraseAlternation(TURN_TO_VERBS, { gap: '[ \n]{1,2}' })})(?:\s{1,2}kịp\s{1,2}thời)?(?:\s{1,2}(?:về|với))?\s{1,2}(?=\p{Lu})`, 'gdu');
/** After the body: perhaps its department in brackets or after "qua", then what the body is asked to do itself. */
const TURN_TO_PURPOSE = new RegExp(String.raw`^[ ]*(?:\([^)]{0,160}\))?[ ,]*(?:qua[ ][^,.;()]{1,80}[ ,]+)?để[ ]+(?:được[ ]+|kịp[ ]thời[ ]+)?(?:${phraseAlternation(TURN_TO_PURPOSES, { gap: '[ ]{1,2}' })})(?![\p{L}])`, 'u');
/** Heads whose owner is the body turned to: the owner's office, a youth union's or an association's bare "Ban". */
const OWNED_HEADS = new Set(['Văn phòng', 'Ban']);

/**
 * A department or organ with neither owner nor place ("Ban Tổ chức - Kiểm tra", "Ban Thường vụ", "Sở Tài chính"):
 * no body of its own, or the province's agency that gathers the reports for the province. A ministry's name is whole.
 */
function nameless(u: UnitMention): boolean {
  return !u.owner && !u.name && u.areas.length === 0 && u.head.shape !== 'central' && (u.head.shape === 'part' || u.head.generic === true);
}

/**
 * The body a closing sends the implementers to with their difficulties, to be guided ("Quá trình thực hiện, nếu
 * có vướng mắc, các đơn vị phản ánh về Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên để được hướng dẫn"). Where a
 * body of its own is the verb's subject ("UBND xã báo cáo về UBND huyện để được hướng dẫn"), the one turned
 * to is its superior, not the issuer.
 */
function turnedTo(text: string, from: number, to: number, out: OwnCandidate[]): void {
  const body = text.slice(from, to);
  TURN_TO.lastIndex = 0;
  for (let m = TURN_TO.exec(body); m; m = TURN_TO.exec(body)) {
    if (m[0].includes('\n\n')) continue;
    let verbAt = from + m.indices![1]![0];
    while (verbAt > from && /\s/u.test(text[verbAt - 1]!)) verbAt--;
    const subject = subjectEndingAt(text, from, verbAt, { n: 0 });
    if (subject && !subject.plural && !subject.head.collective) continue;
    const u = unitAt(text, from + m.index + m[0].length, to);
    // A department alone ("liên hệ Ban Tổ chức - Kiểm tra (đồng chí …) để được hướng dẫn") names no body.
    if (!u || u.plural || u.head.collective || nameless(u)) continue;
    if (!TURN_TO_PURPOSE.test(text.slice(u.end, u.end + 300).replace(/\n/gu, ' '))) continue;
    const owned = OWNED_HEADS.has(u.head.canonical) && u.owner && !u.owner.plural ? u.owner : u;
    out.push({ mention: owned, evidence: 'turn-to' });
  }
}

/** "Giao Văn phòng …" opening a sentence, a clause or an item: the document hands its own office work. */
const GIVE_OFFICE = /(?:^|\n)[ \t]*(?:[-–+•*][ ]*|\d{1,2}[.)][ ]*)?(?:Giao|giao)[ ]{1,2}(?=Văn[ ]phòng[ ])|[.;:,][ ]{1,3}giao[ ]{1,2}(?=Văn[ ]phòng[ ])/gu;
/** The People's Committee inside a joint office's name ("Văn phòng HĐND và UBND huyện …"). */
const COMMITTEE_IN_OFFICE = /(?:UBND|Ủy[ ]ban[ ]nhân[ ]dân)[ ]/u;

/**
 * The body whose office the document hands its follow-up: "Giao Văn phòng HĐND và UBND huyện Can Lộc theo dõi, đôn
 * đốc, tổng hợp …", "giao Văn phòng Huyện ủy Đức Thọ tổng hợp kết quả". A body gives work only to its own office, so the
 * office's owner is the issuer; only an owner named with its place is a witness (a bare "Văn phòng Huyện ủy" tells
 * the kind only).
 */
function ownOffice(text: string, from: number, to: number, out: OwnCandidate[]): void {
  const body = text.slice(from, to);
  GIVE_OFFICE.lastIndex = 0;
  for (let m = GIVE_OFFICE.exec(body); m; m = GIVE_OFFICE.exec(body)) {
    const u = unitAt(text, from + m.index + m[0].length, to);
    if (!u || u.plural || !u.head.canonical.startsWith('Văn phòng') || !FOLLOW_UP.test(text.slice(u.end, u.end + 30))) continue;
    let owner = u.owner && !u.owner.plural ? u.owner : null;
    if (!owner && u.head.canonical !== 'Văn phòng') {
      const inner = COMMITTEE_IN_OFFICE.exec(text.slice(u.start, u.end));
      owner = inner ? unitAt(text, u.start + inner.index, u.end) : null;
    }
    if (owner && !owner.plural && (owner.name || owner.areas.some((a) => a.name && !a.plural))) out.push({ mention: owner, evidence: 'own-office' });
  }
}

/**
 * Every body the text offers as its own issuer beyond what the chain found: subjects handing out
 * work, officials quoted, offices following up. The chain's, the signature's, the archive's and the
 * closing's candidates are passed in by the caller, which has read them already.
 */
export function ownIssuerCandidates(text: string, from: number, to: number, known: ReadonlyArray<OwnCandidate>): OwnCandidate[] {
  const found: OwnCandidate[] = [];
  subjects(text, from, to, found);
  speakers(text, from, to, found);
  meetings(text, from, to, found);
  turnedTo(text, from, to, found);
  ownOffice(text, from, to, found);
  // One sentence is one witness: a subject the chain (or the closing) read already is not counted again.
  const out: OwnCandidate[] = [];
  for (const c of [...known, ...found]) {
    if (!out.some((o) => o.mention.start === c.mention.start && o.mention.end === c.mention.end)) out.push(c);
  }
  return out;
}
