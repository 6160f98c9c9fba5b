import { parseUnitAt } from '../find/units.js';
import { tokenize } from '../tokens.js';
import { Warnings } from '../warnings.js';
import { issuerOfMention } from './citations.js';
import type { DocContext, ResolvedOrg } from './orgs.js';

/**
 * "Thực hiện Chương trình công tác năm 2025 của Ban Chấp hành Hội LHPN tỉnh, …", "Căn cứ Chương trình công
 * tác Đoàn … năm 2025 của Ban Chấp hành Tỉnh Đoàn; …": a document named by the year it is for ends at that
 * year, and the body whose it is follows with "của". Read in the citing document's context, as a rule
 * book's owner is; a body that names neither its place nor an owner with one ("của Ban Chấp hành") is none, unless it is
 * a mass organisation's central body.
 */
const OF = /^[ ]{1,2}của[ ]{1,2}(?=\p{Lu})/u;
/** Where the owner's name stops at the latest: a clause or sentence break. */
const STOP = /[;:()\n]|\.(?:\s|$)|,[ ]/u;
const REACH = 160;
const LEVEL_NAMED = /^(?:Tỉnh|Thành|Huyện|Quận|Thị)[ ](?:ủy|đoàn)$/iu;

export function ownerAfterName(nameEnd: number, text: string, ctx: DocContext): ResolvedOrg | null {
  const of = OF.exec(text.slice(nameEnd, nameEnd + 12));
  if (!of) return null;
  const from = nameEnd + of[0].length;
  const rest = text.slice(from, from + REACH);
  const stop = STOP.exec(rest);
  const tokens = tokenize(text, from, from + (stop ? stop.index : rest.length));
  const u = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
  // A committee named by its level ("Tỉnh Đoàn", "Huyện ủy") is placed by the citing document, as its own header is.
  // A mass organisation's central body ("của Ban Bí thư Trung ương Đoàn") is one body wherever it is cited.
  const placed = (x: typeof u) => x !== null && (x.areas.length > 0 || x.name !== null || (x.head.shape === 'committee' && LEVEL_NAMED.test(x.head.canonical))
    || (x.head.shape === 'central' && x.head.kind === 'mass-organization'));
  return u && (placed(u) || placed(u.owner)) ? issuerOfMention(u, { ...ctx, warnings: new Warnings() }, null) : null;
}
