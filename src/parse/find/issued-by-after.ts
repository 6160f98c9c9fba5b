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
  return unitIssuing(text, end + lead[0].length, 120, ISSUING);
}

/**
 * The unit named from `from` (within `chars`) when `issuing`, anchored, matches right after its name:
 * the agent of "do UBND huyện Tam Nông ban hành", here and where a news lead looks for the body that
 * issued its document (place-lead.ts). `issuing` is tried on the 24 characters after the name.
 */
export function unitIssuing(text: string, from: number, chars: number, issuing: RegExp): IssuerTokens | null {
  const tokens = tokenize(text, from, Math.min(text.length, from + chars));
  const mention = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
  if (!mention || !issuing.test(text.slice(mention.end, mention.end + 24))) return null;
  return { mention, tokens };
}
