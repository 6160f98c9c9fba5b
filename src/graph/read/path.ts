import type { Query } from '../query.js';
import { notFound } from './lineage.js';
import { comparePreferredEdges, directiveMap, edgeMap } from './projections.js';
import type { ReadRunner } from './runner.js';
import type { PathRow } from './types.js';
import { checkWalk, HOP_UP, type WalkArgs } from './walk.js';

/**
 * The chains between two directives, in whichever direction they run: SHORTEST 10 from the lower
 * end up to the upper one, tried both ways, so the caller need not know which of the two is the order.
 * Each path starts at the implementing directive.
 */
export interface PathArgs extends Omit<WalkArgs, 'maxDepth'> {
  from: string;
  to: string;
}

export function pathQuery(args: PathArgs): Query {
  const { types } = checkWalk({ maxDepth: 20, relations: args.relations });
  return {
    cypher: `OPTIONAL MATCH (a:Directive {key: $from})
OPTIONAL MATCH (b:Directive {key: $to})
OPTIONAL CALL (a, b) {
  MATCH p = SHORTEST 10 (a)${HOP_UP}{1,20}(b)
  RETURN p
  UNION
  MATCH p = SHORTEST 10 (b)${HOP_UP}{1,20}(a)
  RETURN p
}
WITH a, b, p
ORDER BY length(p)
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
  collect(CASE WHEN p IS NULL THEN null ELSE {
    directives: [n IN nodes(p) | ${directiveMap('n')}],
    edges: [r IN relationships(p) | ${edgeMap('r')}]
  } END) AS paths`,
    params: { from: args.from, to: args.to, types },
  };
}

interface PathRecord {
  fromFound: boolean;
  toFound: boolean;
  paths: PathRow[];
}

export async function fetchPaths(runner: ReadRunner, args: PathArgs): Promise<PathRow[]> {
  const rows = await runner.run<PathRecord>(pathQuery(args), 'finding paths');
  const row = rows[0];
  if (!row?.fromFound) throw notFound('from', args.from);
  if (!row.toFound) throw notFound('to', args.to);
  return [...row.paths].sort(comparePaths);
}

/**
 * Shortest first, then by the directives passed through, then, between paths through the same
 * directives (a link stated by two documents gives two paths), the one of preferred edges first.
 * The query orders by length only: the rest followed the order the search met the edges in.
 */
function comparePaths(a: PathRow, b: PathRow): number {
  const byLength = a.edges.length - b.edges.length;
  if (byLength) return byLength;
  const byNodes = a.directives.map((d) => d.key).join('\n').localeCompare(b.directives.map((d) => d.key).join('\n'));
  if (byNodes) return byNodes;
  for (let i = 0; i < a.edges.length; i++) {
    const e = a.edges[i];
    const f = b.edges[i];
    const c = e && f ? e.type.localeCompare(f.type) || comparePreferredEdges(e, f) : 0;
    if (c) return c;
  }
  return 0;
}
