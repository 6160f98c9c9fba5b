import { tokenize, type Token } from '../tokens.js';
import { ASSIGN, PREDICATES } from './assignment-words.js';
import type { IssuerTokens } from './citation-issuer.js';
import { parseUnitAt } from './units.js';

/**
 * The sender of a document a follow-up names without its issuer: "Thực hiện Công điện số …, tiếp theo
 * Công điện số 20/CĐ-QG ngày 24/10/2024, Ban Chỉ đạo quốc gia đề nghị …" (blind batch 17, n105). A
 * follow-up continues the sender's own series (OWN_SERIES_TRIGGERS), and the subject of the clause right
 * after it is that sender; read from the text, it holds where the citing document's own issuer is not
 * known (a news report, a fragment without its header).
 */
const FOLLOW_UP = /(?<![\p{L}])tiếp[ \t]{1,2}theo[ \t]{1,2}$/iu;
const CLAUSE_AFTER = /^[ \t]*,[ \t]{1,2}(?=\p{Lu})/u;

// Out of the function: a \p{…} literal is a RegExp built at every call under tsx, and a named closure gets its name set.
const OPENS_SMALL = /^\p{Ll}/u;

/** A verb at k: an assigning verb or a predicate, in lower case. */
function verbAt(tokens: readonly Token[], k: number): boolean {
  return OPENS_SMALL.test(tokens[k]!.text) && (ASSIGN.has(tokens, k) || PREDICATES.match(tokens, k) !== null);
}

/** `start`: where the cited mention starts (its type word); `end`: after its number and date. */
export function followUpSender(text: string, start: number, end: number): IssuerTokens | null {
  if (!FOLLOW_UP.test(text.slice(Math.max(0, start - 16), start))) return null;
  const comma = CLAUSE_AFTER.exec(text.slice(end, end + 8));
  if (!comma) return null;
  const from = end + comma[0].length;
  const tokens = tokenize(text, from, Math.min(text.length, from + 120));
  // The subject ends at its verb, an assigning verb or a role word of the task tables ("đề nghị",
  // "yêu cầu", "chủ trì", in lower case: "Ban Chỉ đạo" holds one): the unit grammar would read "quốc gia đề nghị" on as a topic.
  let verb = 1;
  while (verb < tokens.length && !verbAt(tokens, verb)) verb++;
  if (verb >= tokens.length) return null;
  const mention = parseUnitAt(tokens, 0, verb);
  return mention && mention.to === verb ? { mention, tokens } : null;
}
