import type { DocType, Span } from '../../model/record.js';
import { dateAt, type FoundDate } from './dates.js';
import { unitIssuing } from './issued-by-after.js';
import { clauseDate } from './opening-reads.js';
import { dateAfter, isIssuerLike, numberAt, sameBody, sentenceStart, TYPE_ALT, typeOfWord, type TextIdentity } from './text-identity.js';
import type { UnitMention } from './units.js';

/**
 * "Căn cứ …; thực hiện Kế hoạch số 87/KH-UBND … của UBND huyện Cẩm Giàng, Kế hoạch phòng, chống đuối nước cho trẻ em
 * dịp hè năm 2024 được Ủy ban nhân dân xã Cẩm Vũ ban hành với những nội dung chủ yếu sau:": a clause opening on a type
 * word in capitals, with no number (a cited document is given by its number, or after "thực hiện", "của", with no
 * comma between), whose passive names the body that issued it, is the fragment presenting itself: its type is the
 * document's, its agent the issuer.
 *
 * "Ngày 26/9/2022, Kế hoạch số 102/KH-UBND về sơ tán dân … được Ủy ban nhân dân xã Bình Dương, huyện Thăng Bình ban
 * hành với những nội dung chủ yếu sau đây.": numbered, the clause gives the number too, and the date after it or
 * opening the sentence. Not when the number is followed by "của …" (another body's document, named by its owner).
 */
const OPENING_TYPE = new RegExp(String.raw`(?:^|[,.;:][ \n]|\n)[ ]*(${TYPE_ALT})(?![\p{L}\p{N}])`, 'gu');
/** The number right after the opening type word ("Kế hoạch số 102/KH-UBND"). */
const NUMBER_AFTER = /^[ ]{1,3}(?:số[ ]{0,2}:?[ ]{0,2})?(?=\d)/u;
/** After the number and its date: another body's document named by its owner. */
const OWNER_AFTER = /^[ ,)]{0,3}của[ ]/u;
/** The passive's agent opening right after "được" (in capitals: a body's name). */
const BY = /(?<![\p{L}])được[ \n]{1,2}(?=\p{Lu})/u;
/** The issuing verb right after the agent's name. */
const ISSUING = /^[ \n]{1,2}(?:(?:đã|vừa)[ \n])?(?:ký[ \n])?ban[ \n]hành(?![\p{L}])/u;
/** How far the title between the type word and "được" may run. */
const TITLE_CHARS = 300;

/** "… ban hành ngày 10/01/2025", "… ban hành vào ngày …": the day written right after the issuing verb. */
const MADE_ON = /^[ \n]{1,2}(?:(?:đã|vừa)[ \n])?(?:ký[ \n])?ban[ \n]hành(?:[ ,]{1,2}vào)?[ ,]{1,2}(?=ngày[ ])/u;

/** "Kế hoạch số 04/KH-UBND này được UBND xã … ban hành ngày 10/01/2025": the issuing day after the agent. */
function madeOn(text: string, agentEnd: number): FoundDate | null {
  const m = MADE_ON.exec(text.slice(agentEnd, agentEnd + 30));
  const d = m ? dateAt(text, agentEnd + m[0].length) : null;
  return d?.iso ? d : null;
}

export interface TypedPassive {
  docType: { type: DocType; span: Span };
  issuer: UnitMention;
  num: TextIdentity['num'];
  date: FoundDate | null;
}

export function typedPassive(text: string, from: number, to: number): TypedPassive | null {
  const stretch = text.slice(from, to);
  OPENING_TYPE.lastIndex = 0;
  for (let m = OPENING_TYPE.exec(stretch); m; m = OPENING_TYPE.exec(stretch)) {
    const type = typeOfWord(m[1]!);
    if (!type) continue;
    const typeEnd = from + m.index + m[0].length;
    const typeStart = typeEnd - m[1]!.length;
    const numbered = NUMBER_AFTER.exec(text.slice(typeEnd, typeEnd + 12));
    const num = numbered ? numberAt(text, typeEnd + numbered[0].length) : null;
    if (numbered && !num) continue;
    const dated = num ? dateAfter(text, num.end) : null;
    const titleFrom = dated?.end ?? num?.end ?? typeEnd;
    if (num && OWNER_AFTER.test(text.slice(titleFrom, titleFrom + 8))) continue;
    // The title runs to "được" within its sentence.
    const rest = text.slice(titleFrom, Math.min(to, titleFrom + TITLE_CHARS));
    const stop = /[.;:](?:\s|$)/u.exec(rest);
    const sentence = stop ? rest.slice(0, stop.index) : rest;
    const by = BY.exec(sentence);
    if (!by) continue;
    const agent = unitIssuing(text, titleFrom + by.index + by[0].length, 120, ISSUING);
    if (!agent || !isIssuerLike(agent.mention)) continue;
    const date = num ? dated ?? madeOn(text, agent.mention.end) ?? clauseDate(text, sentenceStart(text, typeStart, from), typeStart) : null;
    return { docType: { type, span: [typeStart, typeEnd] }, issuer: agent.mention, num, date };
  }
  return null;
}

/**
 * The text's own reading with the type such a clause gives, where the reading has none: when the reading names no
 * issuer (the clause's agent then), or names the same body.
 */
export function withTypedPassive(text: string, from: number, to: number, id: TextIdentity | null): TextIdentity | null {
  if (id?.docType) return id;
  const said = typedPassive(text, from, to);
  if (!said) return id;
  if (!id) return { source: 'body', num: said.num, docType: said.docType, date: said.date, issuer: said.issuer };
  if (id.issuer && !sameBody(id.issuer, said.issuer)) return id;
  return { ...id, num: id.num ?? said.num, date: id.date ?? said.date, docType: said.docType, issuer: id.issuer ?? said.issuer };
}
