import { parseUnitAt } from '../find/units.js';
import { tokenize } from '../tokens.js';
import { resolveMention, type DocContext } from './orgs.js';

/**
 * "Tiếp theo Công văn số 1502/UBND-TNMT …, để triển khai văn bản nêu trên của Sở, …": a back-reference
 * that names its sender points to that sender's document, not to the one named last. Returns a test
 * for the candidates, or null when no sender follows.
 */
const OF = /^(?:[ \t]{1,2}|[ \t]*\n[ \t]*)của[ \t]{1,2}/u;
/** One capitalised word alone before a break: "của Sở." */
const BARE_CAPITAL_WORD = /^\p{Lu}\p{Ll}*(?=[ \t]*[,.;)]|$)/u;

/** What is compared of a candidate citation: its issuer (a CitationDraft's, without importing that module). */
interface Candidate {
  issuer: { key: string; name: string; body?: string | null } | null;
}

/** `strict`: a sender the gazetteer places must be the candidate's issuer itself, not a body of the same head ("Kế hoạch của Ban Thường vụ Tỉnh ủy"). */
export function backReferenceOwner(end: number, ctx: DocContext, strict = false): ((c: Candidate) => boolean) | null {
  const of = OF.exec(ctx.text.slice(end, end + 12));
  if (!of) return null;
  const from = end + of[0].length;
  const tokens = tokenize(ctx.text, from, Math.min(ctx.text.length, from + 120));
  const mention = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
  // "của Sở": a body named by its kind alone, which the unit grammar does not take for a unit.
  const bare = mention ? null : BARE_CAPITAL_WORD.exec(ctx.text.slice(from, from + 20));
  if (!mention && !bare) return null;
  const resolved = mention ? resolveMention(mention, ctx)[0] ?? null : null;
  const head = (mention ? mention.head.canonical : bare![0]).toLowerCase();
  return (c) => c.issuer !== null && ((resolved !== null && (c.issuer.key === resolved.key || c.issuer.body === resolved.name || c.issuer.name === resolved.name))
    || (!(strict && resolved !== null) && c.issuer.name.toLowerCase().startsWith(head)));
}
