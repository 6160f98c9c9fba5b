import { phraseAlternation } from '../phrase-alternation.js';
import { MANDATE_WORDS, OWN_ACT_OPENERS, RELATION_TRIGGERS } from '../vocabulary/relations.js';
import { WRAPPED_GAP } from '../wrapped-line.js';

/**
 * "Theo tinh thần Chỉ thị số 32-CT/TW … của Ban Bí thư, việc gỡ thẻ vàng là nhiệm vụ chính trị trọng tâm",
 * "Theo định hướng tại Chương trình số …, năm nay các chiến dịch tình nguyện tập trung vào …": a sentence that
 * opens on "theo" a document and goes on, after the citation's comma, with a main clause in lower case that no
 * unit names and no verb of the issuer's own act opens, states what the document says or a fact it measures;
 * the document is referred to (cites). With a subject ("…, Ủy ban nhân dân huyện xây dựng Kế hoạch …") or the
 * issuer's verb ("…, đề nghị các xã …") it is carried out, as before.
 */
const OWN_ACT = [...MANDATE_WORDS, ...OWN_ACT_OPENERS, ...RELATION_TRIGGERS.filter((t) => t.relation !== 'cites' && !t.neutral).map((t) => t.phrase)];
/** The citation's end, a short tail without a clause break (a bracket, the rest of an issuer), the comma, a lower-case opening. */
const LOWER_CLAUSE = /^[^,.;:\n]{0,80},[ \t\n]{1,2}(?=\p{Ll})/u;
const OWN_ACT_AT = new RegExp(String.raw`^(?:${phraseAlternation(OWN_ACT, { gap: WRAPPED_GAP })})(?![\p{L}])`, 'iu');

/** True when the citation ending at `end` is followed, in its sentence, by a comma and a main clause that states a fact. */
export function statedAfterTheo(text: string, end: number, sentenceEnd: number): boolean {
  const m = LOWER_CLAUSE.exec(text.slice(end, Math.min(sentenceEnd, end + 200)));
  return m !== null && !OWN_ACT_AT.test(text.slice(end + m[0].length, end + m[0].length + 40));
}
