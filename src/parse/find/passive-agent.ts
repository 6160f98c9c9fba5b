import { tokenize } from '../tokens.js';
import type { IssuerTokens } from './citation-issuer.js';
import { parseUnitAt } from './units.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const ACT_BREAK = /[.;:,()\n]|\d[-/]\p{Lu}/u;
const OPENS_SMALL = /^\p{Ll}/u;

/**
 * The issuer of a cited document written as the agent of a passive act the document records: "đợt
 * sạt lở đã được Chủ tịch UBND tỉnh công bố tình huống khẩn cấp theo Quyết định số …" (blind batch
 * 17, h130), "dự án được UBND huyện phê duyệt tại Quyết định số …". The body that did the act did it
 * by that document. The agent must be a unit written right after "được", followed by its verb, with
 * nothing between the act and the document but its object; the resolve stage keeps it only where the
 * number's symbol can be that body's ("Sở Xây dựng thẩm định theo Nghị định số …/NĐ-CP" is not the
 * Sở's decree).
 */

/** How far before the citation "được" may stand. */
const REACH = 160;
/** "… theo ", "… tại " right before the document. */
const JOIN = /(?<![\p{L}])(?:tại|theo)[ \t]{1,2}$/u;
const AGENT_LEAD = /(?<![\p{L}])được[ \t]{1,2}(?=\p{Lu})/gu;

export function passiveAgent(text: string, sentenceStart: number, start: number): IssuerTokens | null {
  const from = Math.max(sentenceStart, start - REACH);
  const before = text.slice(from, start);
  const join = JOIN.exec(before);
  if (!join) return null;
  let lead: RegExpExecArray | null = null;
  for (const m of before.matchAll(AGENT_LEAD)) lead = m;
  if (!lead) return null;
  const agentAt = from + lead.index + lead[0].length;
  // One act, one clause: no sentence, clause or list break and no other number between.
  const act = text.slice(agentAt, from + join.index);
  if (ACT_BREAK.test(act)) return null;
  const tokens = tokenize(text, agentAt, from + join.index);
  const mention = parseUnitAt(tokens, 0);
  // The agent then its verb: a lower-case word follows the name.
  const verb = mention ? tokens[mention.to] : undefined;
  if (!mention || !verb?.word || !OPENS_SMALL.test(verb.text)) return null;
  return { mention, tokens };
}
