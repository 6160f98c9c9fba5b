import type { DocType, Span } from '../../model/record.js';
import { unitIssuing } from './issued-by-after.js';
import { isIssuerLike, sameBody, TYPE_ALT, typeOfWord, type TextIdentity } from './text-identity.js';
import type { UnitMention } from './units.js';

/**
 * "Căn cứ …; thực hiện Kế hoạch số 87/KH-UBND … của UBND huyện Cẩm Giàng, Kế hoạch phòng, chống đuối nước cho trẻ em
 * dịp hè năm 2024 được Ủy ban nhân dân xã Cẩm Vũ ban hành với những nội dung chủ yếu sau:": a clause opening on a type
 * word in capitals, with no number (a cited document is given by its number, or after "thực hiện", "của", with no
 * comma between), whose passive names the body that issued it, is the fragment presenting itself: its type is the
 * document's, its agent the issuer.
 */
const OPENING_TYPE = new RegExp(String.raw`(?:^|[,.;:][ \n]|\n)[ ]*(${TYPE_ALT})(?![\p{L}\p{N}])(?![ ]{1,3}(?:số|\d))`, 'gu');
/** The passive's agent opening right after "được" (in capitals: a body's name). */
const BY = /(?<![\p{L}])được[ \n]{1,2}(?=\p{Lu})/u;
/** The issuing verb right after the agent's name. */
const ISSUING = /^[ \n]{1,2}(?:(?:đã|vừa)[ \n])?(?:ký[ \n])?ban[ \n]hành(?![\p{L}])/u;
/** How far the title between the type word and "được" may run. */
const TITLE_CHARS = 300;

export interface TypedPassive {
  docType: { type: DocType; span: Span };
  issuer: UnitMention;
}

export function typedPassive(text: string, from: number, to: number): TypedPassive | null {
  const stretch = text.slice(from, to);
  OPENING_TYPE.lastIndex = 0;
  for (let m = OPENING_TYPE.exec(stretch); m; m = OPENING_TYPE.exec(stretch)) {
    const type = typeOfWord(m[1]!);
    if (!type) continue;
    const typeEnd = from + m.index + m[0].length;
    const typeStart = typeEnd - m[1]!.length;
    // The title runs to "được" within its sentence.
    const rest = text.slice(typeEnd, Math.min(to, typeEnd + TITLE_CHARS));
    const stop = /[.;:](?:\s|$)/u.exec(rest);
    const sentence = stop ? rest.slice(0, stop.index) : rest;
    const by = BY.exec(sentence);
    if (!by) continue;
    const agent = unitIssuing(text, typeEnd + by.index + by[0].length, 120, ISSUING);
    if (agent && isIssuerLike(agent.mention)) return { docType: { type, span: [typeStart, typeEnd] }, issuer: agent.mention };
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
  if (!id) return { source: 'body', num: null, docType: said.docType, date: null, issuer: said.issuer };
  if (id.issuer && !sameBody(id.issuer, said.issuer)) return id;
  return { ...id, docType: said.docType, issuer: id.issuer ?? said.issuer };
}
