import { fold } from '../../model/keys.js';
import type { UnitMention } from '../find/unit-mention.js';

/*
 * One holder of two posts: "Đồng chí Phó Bí thư Đảng ủy, Chủ tịch UBND xã chỉ đạo …" in the commune's own conclusions,
 * "Đảng ủy giao Đảng ủy viên, Chủ tịch UBND phường chỉ đạo …". A Party committee's officer who also holds a post of
 * another body is named by both, the Party's first, joined by a comma; what the clause gives them they do by the second
 * post. Read as a list, the committee became a unit of the task beside the body. Only where the second post is of one
 * body: in a district's letter "Bí thư Đảng ủy, Chủ tịch UBND phường phải bám sát địa bàn" names every ward's two
 * officers, two units each (found by resolving, not by the words).
 */

/** A post of a Party committee held by one person: its secretaries and members, not its standing committee. */
const PARTY_POST = /^(?:dong chi |d\/c )?(?:pho bi thu(?: thuong truc)?|bi thu|(?:dang|huyen|quan|thi|thanh|tinh) uy vien|uy vien)$/u;

function single(m: UnitMention): boolean {
  return !m.plural && !m.areas.some((a) => a.plural || a.grassroots);
}

function partyPost(m: UnitMention): boolean {
  return single(m) && m.office !== null && m.head.kind === 'party-committee' && PARTY_POST.test(fold(m.office));
}

/**
 * A group of mentions without the Party posts whose holder's second post follows at once after a comma (`text` is what
 * the mentions' offsets point into); `oneBody` says whether a mention resolves to one body rather than a collective.
 */
export function withoutFirstPosts(g: readonly UnitMention[], text: string, oneBody: (m: UnitMention) => boolean): readonly UnitMention[] {
  if (g.length < 2) return g;
  let k = 0;
  while (k < g.length && !firstPostDropped(g, k, text, oneBody)) k++;
  return k < g.length ? g.filter((_, j) => !firstPostDropped(g, j, text, oneBody)) : g;
}

/**
 * Whether withoutFirstPosts drops g[k]. At module level, not a closure made per group: under tsx each closure made
 * also gets its name set at run time (0.3% of the seeds' parse here).
 */
function firstPostDropped(g: readonly UnitMention[], k: number, text: string, oneBody: (m: UnitMention) => boolean): boolean {
  const m = g[k]!;
  const next = g[k + 1];
  return !!next && partyPost(m) && next.office !== null && single(next) && next.head.kind !== 'party-committee'
    && text.slice(m.end, next.start).trim() === ',' && oneBody(next);
}
