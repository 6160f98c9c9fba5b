import { tokenize } from '../tokens.js';
import type { IssuerTokens } from './citation-issuer.js';
import { parseUnitAt } from './units.js';

/**
 * The issuer written after the number as the agent of its issuing: "Kế hoạch số 12/KH-UBND ngày
 * 03/02/2024 do UBND huyện Tam Nông ban hành", "… được Bộ Y tế ban hành". Without it the unwritten
 * issuer was guessed from the symbol and the citing body's own code: a district's plan became the
 * commune's. The name runs from "do" / "được" to the issuing verb, which must follow it at once.
 */
const AGENT = /^[ \t]*,?[ \t]*(?:do|được)[ \t]{1,2}(?=\p{Lu})/u;
const ISSUING = /^[ \t]{1,2}(?:(?:ký[ \t]{1,2})?ban[ \t]{1,2}hành|ký|phát[ \t]{1,2}hành|thông[ \t]{1,2}qua)(?![\p{L}])/u;

/** `end`: after the cited document's number and date. */
export function issuedByAfter(text: string, end: number): IssuerTokens | null {
  const lead = AGENT.exec(text.slice(end, end + 12));
  if (!lead) return null;
  const from = end + lead[0].length;
  const tokens = tokenize(text, from, Math.min(text.length, from + 120));
  const mention = parseUnitAt(tokens, 0);
  if (!mention || !ISSUING.test(text.slice(mention.end, mention.end + 24))) return null;
  return { mention, tokens };
}
