import { NAMED_DOCUMENT_LEADS } from '../vocabulary/relations.js';

/**
 * "… của Ban Thường vụ Hội Cựu chiến binh tỉnh Bạc Liêu và Nghị quyết Đại hội đại biểu …", "… về …
 * ma túy, Luật Phòng, chống ma túy năm 2021 …": a document named without a number, joined by "và" or a
 * comma to a numbered one, is the next item of the list, never part of that one's issuer or subject
 * ("Bạc Liêu và Nghị" is no pair of places). Only leads that name an enacted text or a congress's
 * resolution: a programme or a conclusion may be the work a body is named for.
 */
const LEADS = NAMED_DOCUMENT_LEADS.filter((l) => !l.yearly && !l.ownerFollows).map((l) => l.lead.replace(/ /g, '[ ]{1,2}'));
/** After the lead, a capital opens the name; a congress's name may go on in lower case ("đại biểu", "lần thứ"). */
const JOINED = new RegExp(String.raw`(?:,|[ ]và)[ ]{1,2}(?:${LEADS.join('|')})[ ]{1,2}(?:\p{Lu}|đại[ ]{1,2}biểu[ ]|lần[ ]{1,2}thứ[ ])`, 'u');

/** Offset in text[from, to) where such a joined document's glue starts, or -1. */
export function joinedNamedDocument(text: string, from: number, to: number): number {
  const m = JOINED.exec(text.slice(from, to));
  return m ? from + m.index : -1;
}
