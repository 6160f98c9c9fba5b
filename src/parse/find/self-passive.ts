import { NAMED_TYPE_WORDS } from '../vocabulary/doc-types.js';
import { SELF_PASSIVE_VERBS, SELF_REFERENCE_WORD } from '../vocabulary/identity.js';
import { tokenize } from '../tokens.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { parseUnitAt, type UnitMention } from './units.js';

/**
 * A headless fragment may name its issuer only as the agent of a passive on itself: "Nghị quyết này
 * được Ban Chấp hành Đảng bộ phường Vĩnh Nguyên thông qua tại Hội nghị lần thứ 23, …". The agent is
 * the whole stretch between "được" and the verb, one body (not "các chi bộ"), or nothing is read.
 */
const TYPE_WORDS = NAMED_TYPE_WORDS.map(([w]) => w);
const VERBS = phraseAlternation(SELF_PASSIVE_VERBS);
const SELF_PASSIVE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${TYPE_WORDS.join('|')})[ ]{1,2}${SELF_REFERENCE_WORD}[ ]{1,2}(?:(?:đã|vừa)[ ]{1,2})?được[ ]{1,2}([^,.;:()\n]{3,120}?)[ ]{1,2}(?:${VERBS})(?![\p{L}])`, 'dgiu');

export function selfPassiveIssuer(text: string): UnitMention | null {
  // Cheap guard: the passive needs "này được" somewhere.
  if (!/này[ ]{1,2}(?:(?:đã|vừa)[ ]{1,2})?được/u.test(text)) return null;
  SELF_PASSIVE.lastIndex = 0;
  for (const m of text.matchAll(SELF_PASSIVE)) {
    const [from, to] = m.indices![1]!;
    const tokens = tokenize(text, from, to);
    const u = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
    if (!u || u.to !== tokens.length || u.plural || u.head.collective === true || u.head.shape === 'member') continue;
    return u;
  }
  return null;
}
