import { NAMED_TYPE_WORDS } from '../vocabulary/doc-types.js';
import { SELF_PASSIVE_DELIBERATION, SELF_PASSIVE_VERBS, SELF_REFERENCE_WORD } from '../vocabulary/identity.js';
import { tokenize } from '../tokens.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { parseUnitAt, type UnitMention } from './units.js';

/**
 * A headless fragment may name its issuer only as the agent of a passive on itself: "Nghị quyết này
 * được Ban Chấp hành Đảng bộ phường Vĩnh Nguyên thông qua tại Hội nghị lần thứ 23, …". The agent is
 * one body (not "các chi bộ") read from "được", followed perhaps by its term ("khóa XXIII", "nhiệm kỳ
 * 2020 - 2025") and by the deliberation before the verb ("thảo luận, nhất trí thông qua"); a fragment
 * wrapped at a fixed width may break a line anywhere in it. Else nothing is read.
 */
const TYPE_WORDS = NAMED_TYPE_WORDS.map(([w]) => w);
const GAP = '[ \\n]{1,2}';
const VERBS = phraseAlternation(SELF_PASSIVE_VERBS, { gap: GAP });
const SELF_PASSIVE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${TYPE_WORDS.join('|')})${GAP}${SELF_REFERENCE_WORD}${GAP}(?:(?:đã|vừa)${GAP})?được${GAP}(?=\p{Lu})`, 'giu');
/** After the agent: its term, the deliberation that led to the act, then the act. */
const AGENT_END = new RegExp(
  String.raw`^(?:${GAP}(?:khóa${GAP}[IVXLC\d]+|nhiệm${GAP}kỳ${GAP}\d{4}[ ]{0,2}[-–][ ]{0,2}\d{4}))?(?:,?${GAP}(?:${phraseAlternation(SELF_PASSIVE_DELIBERATION, { gap: GAP })})(?:${GAP}và|,)?)*${GAP}(?:${VERBS})(?![\p{L}])`, 'iu');
/** How far the agent's name may run. */
const AGENT_CHARS = 120;

export function selfPassiveIssuer(text: string): UnitMention | null {
  // Cheap guard: the passive needs "này được" somewhere.
  if (!/này[ \n]{1,2}(?:(?:đã|vừa)[ \n]{1,2})?được/u.test(text)) return null;
  SELF_PASSIVE.lastIndex = 0;
  for (const m of text.matchAll(SELF_PASSIVE)) {
    const from = m.index + m[0].length;
    const tokens = tokenize(text, from, Math.min(text.length, from + AGENT_CHARS));
    const u = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
    if (!u || u.start !== from || u.plural || u.head.collective === true || u.head.shape === 'member') continue;
    if (AGENT_END.test(text.slice(u.end, u.end + 80))) return u;
  }
  return null;
}
