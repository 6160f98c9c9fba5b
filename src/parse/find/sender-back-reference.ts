import { DOC_TYPES } from '../vocabulary/doc-types.js';
import { RECEIVING_TRIGGERS } from '../vocabulary/relations.js';
import { tokenize } from '../tokens.js';
import { foldKey } from '../text.js';
import { sentenceEnd } from './sentences.js';
import { parseUnitAt, type UnitMention } from './units.js';
import { longestFirst, phraseAlternation } from '../phrase-alternation.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_SMALL = /^\p{Ll}/u;

/**
 * A fragment that opens by telling a document of another body, then carries it out in a clause with
 * no subject of its own: "Ngày 04/9/2025, Ban Thường vụ Tỉnh ủy X ban hành Kế hoạch số 27-KH/TU về …. Để
 * triển khai thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy, đề ra các nhiệm vụ cụ thể như sau:". The
 * next sentence names the document again by its sender (`<Type> của <the announcing body>`), and the
 * clause after its comma opens on a verb: the writer is the fragment's own body, left unsaid, and
 * the announced document is one it receives. A news article that reports a plan names who carries it
 * out ("…, UBND huyện Y yêu cầu …"; received-document.ts) or goes on about the plan itself.
 */
const WORD_GAP = '[ ]{1,2}';
const TRIGGER = longestFirst(RECEIVING_TRIGGERS).map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1).replace(/ /g, WORD_GAP)}`).join('|');
const TYPE_ALT = phraseAlternation(DOC_TYPES.flatMap((d) => d.words), { gap: WORD_GAP });
const BACK_TO_SENDER = new RegExp(
  String.raw`^(?:(?:Để|Nhằm)[ ]{1,2})?(?:${TRIGGER})(?:[ ]{1,2}[\p{Ll}]+){0,3}?[ ]{1,2}(?:${TYPE_ALT})[ ]{1,2}của[ ]{1,2}`,
  'iu',
);
/** How far after the number the next sentence is looked for. */
const REACH = 600;

export function receivedBySender(text: string, numberEnd: number, subject: UnitMention): boolean {
  const end = sentenceEnd(text, numberEnd, Math.min(text.length, numberEnd + REACH));
  const start = end + /^\s*/u.exec(text.slice(end, end + 40))![0].length;
  const m = BACK_TO_SENDER.exec(text.slice(start, start + 200));
  if (!m) return false;
  const from = start + m[0].length;
  const comma = text.indexOf(',', from);
  if (comma < 0 || comma - from > 120 || /[.;:\n]/u.test(text.slice(from, comma))) return false;
  // The sender named again, perhaps without its place: "Ban Thường vụ Tỉnh ủy" for "Ban Thường vụ Tỉnh ủy Quảng Ngãi".
  const sender = foldKey(text.slice(from, comma).trim());
  if (!sender || !foldKey(text.slice(subject.start, subject.end)).startsWith(sender)) return false;
  const after = comma + 1 + /^\s*/u.exec(text.slice(comma + 1, comma + 8))![0].length;
  // The clause after the comma opens on a verb, no body of its own.
  if (!OPENS_SMALL.test(text.slice(after, after + 1))) return false;
  const tokens = tokenize(text, after, Math.min(text.length, after + 120));
  return tokens.length > 0 && parseUnitAt(tokens, 0) === null;
}
