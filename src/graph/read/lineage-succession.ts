import { QueryError } from '../../errors.js';
import { directiveTuple, organizationMap } from './projections.js';
import type { LineageCrossing, OrganizationRow } from './types.js';
import { HOP_DOWN } from './walk.js';

/**
 * `lineage` across the 1 July 2025 reform (followSuccession), with the meaning derivedTasks gives
 * the option: from any directive of the downward walk (the root included) whose issuer, or a unit it
 * assigns to, has a successor (SUCCEEDED_BY, one or two steps), to each directive that successor
 * issued (an "entry"), and the walk down from the entry. The step counts as one hop within
 * maxDepth; it is taken once (a crossed walk does not cross again). Each reached directive keeps
 * its shortest route: a directive reached without crossing is never listed as crossed.
 *
 * The fragment runs after the direct walk (`root`, `walked` with depths, `members`) and rebinds
 * `reached`, `walked` and `members` with the crossed directives added (side DOWN). Both lists it
 * builds, entries and crossed directives, stop at the node cap + 1 and say so in `crossTruncated`.
 */
export const CROSS_REFORM = `CALL (root, walked, members) {
  UNWIND [{ n: root, side: 'DOWN', depth: 0 }] + walked AS w
  WITH w
  WHERE w.n IS NOT NULL AND w.side = 'DOWN' AND w.depth < $maxDepth
  WITH w.n AS a, w.depth AS depth
  MATCH (a)-[:ISSUED_BY|ASSIGNS]->(o:Organization)-[:SUCCEEDED_BY]->{1,2}(s:Organization)<-[:ISSUED_BY]-(e:Directive)
  WHERE NOT e IN members
  WITH e, a, depth, o, s
  ORDER BY depth, a.key, o.key, s.key
  WITH e, head(collect({ a: a, depth: depth, o: o, s: s })) AS via
  ORDER BY via.depth, e.key
  LIMIT toInteger($nodeCap) + 1
  RETURN collect({ e: e, via: via }) AS entries
}
CALL (entries, members) {
  UNWIND entries[0..toInteger($nodeCap)] AS x
  WITH x.e AS e, x.via AS via
  MATCH p = ANY SHORTEST (e)${HOP_DOWN}{0,20}(n:Directive)
  WHERE via.depth + 1 + length(p) <= $maxDepth
  WITH n, via.depth + 1 + length(p) AS depth, e, via
  WHERE NOT n IN members
  ORDER BY depth, e.key
  WITH n, head(collect({ depth: depth, e: e, via: via })) AS best
  ORDER BY best.depth, n.key
  LIMIT toInteger($nodeCap) + 1
  WITH n, best, best.via.o AS po, best.via.s AS ps
  RETURN collect({ n: n, directive: ${directiveTuple('n')}, depth: best.depth, entry: best.e.key, entryDepth: best.via.depth + 1, from: best.via.a.key,
    predecessor: ${organizationMap('po')}, successor: ${organizationMap('ps')} }) AS crossed
}
WITH root, walked, members, crossed, size(entries) > $nodeCap OR size(crossed) > $nodeCap AS crossTruncated,
  reached + [c IN crossed | [c.directive, c.depth, 'DOWN']] AS reached
WITH root, reached, crossTruncated,
  [c IN crossed | c { .entry, .entryDepth, .from, .predecessor, .successor, key: c.n.key }] AS crossings,
  walked + [c IN crossed | { n: c.n, side: 'DOWN', depth: c.depth }] AS walked,
  members + [c IN crossed | c.n] AS members`;

/** What the query returns per crossed directive. */
export interface CrossedRecord {
  key: string;
  entry: string;
  entryDepth: number;
  from: string;
  predecessor: OrganizationRow;
  successor: OrganizationRow;
}

/** The crossings used by the directives kept, one per entry, by depth then keys. */
export function crossingsOf(crossed: CrossedRecord[], kept: ReadonlySet<string>): LineageCrossing[] {
  const byEntry = new Map<string, LineageCrossing>();
  for (const c of crossed) {
    if (!kept.has(c.key) || byEntry.has(c.entry)) continue;
    byEntry.set(c.entry, { from: c.from, to: c.entry, predecessor: c.predecessor, successor: c.successor, depth: c.entryDepth });
  }
  return [...byEntry.values()].sort((x, y) => x.depth - y.depth || x.to.localeCompare(y.to));
}

/** Succession runs forward in time: a walk UP has nothing to cross to. */
export function checkFollowSuccession(direction: string, followSuccession: boolean | null | undefined): boolean {
  if (!followSuccession) return false;
  if (direction === 'UP') {
    throw new QueryError('DG_BAD_INPUT', 'followSuccession follows the walk DOWN (to what successors issued); use direction DOWN or BOTH', {
      details: { argument: 'followSuccession' },
    });
  }
  return true;
}
