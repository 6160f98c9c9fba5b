import { QueryError } from '../../errors.js';
import type { Query } from '../query.js';
import { READ_LIMITS } from './limits.js';
import { checkFollowSuccession, CROSS_REFORM, crossingsOf, type CrossedRecord } from './lineage-succession.js';
import { comparePreferredEdges, directiveFromTuple, directiveTuple, edgeFromTuple, edgeTuple, preferredEdgeOrder } from './projections.js';
import type { ReadRunner } from './runner.js';
import type { DirectiveRow, EdgeRow, LineageResult, Side } from './types.js';
import { checkWalk, HOP_DOWN, HOP_UP, type WalkArgs } from './walk.js';

/**
 * Lineage: the directives reachable from a root within maxDepth hops, each at its shortest
 * distance (ANY SHORTEST finds one shortest path per reached directive with a breadth-first
 * search, instead of enumerating every path of a DAG), then every edge of the requested
 * relations among them, with its evidence.
 *
 * The context: one hop out of the walk from each reached directive (not the root), in the walk's
 * direction. Going DOWN from 17/CT-UBND reaches 308-TB/QU; 308-TB/QU implements 500-CV/QU as well
 * (the district's own letter carrying out the Thành ủy's 177-CV/TU), which is not downstream of
 * 17/CT-UBND but is what a reader of that lineage wants next to it.
 */
export type Direction = 'UP' | 'DOWN' | 'BOTH';

const WALK: Record<Side, string> = {
  DOWN: `  MATCH p = ANY SHORTEST (root)${HOP_DOWN}{1,20}(n:Directive)
  WHERE length(p) <= $maxDepth AND n <> root
  RETURN n, length(p) AS depth, 'DOWN' AS side`,
  UP: `  MATCH p = ANY SHORTEST (root)${HOP_UP}{1,20}(n:Directive)
  WHERE length(p) <= $maxDepth AND n <> root
  RETURN n, length(p) AS depth, 'UP' AS side`,
};

/**
 * The order in which an edge cap keeps edges, so that a cut lineage is the same whatever order
 * Neo4j stores a node's relationships in (it changes with insertion order): member by member in the
 * walk's order (depth, side, key: the root first), and each member's edges by the other end's key,
 * the type, and parallel edges (two documents stating the same link) in preferredEdgeOrder, so that
 * a cut between them keeps the statement every other answer shows. `a` is the member, `b` the other
 * end. Each member's edges are sorted in a subquery of their own, not all edges in one sort: a sort's
 * rows carry the lists the query holds (members, walked), and one sort of every edge held them once
 * per edge (PROFILE on a city order of the 5,000-document corpus: 20 MiB of transaction memory for
 * 93 edges, against 0.25 MiB unsorted; per member, 0.25 MiB again).
 */
const EDGE_ORDER = `b.key, type(r), ${preferredEdgeOrder('r', 'a.key')}`;
/** EDGE_ORDER walking UP: the member `a` is the cited end, the citing end is `b`. */
const EDGE_ORDER_UP = `b.key, type(r), ${preferredEdgeOrder('r', 'b.key')}`;

/**
 * The edges among the members and the DOWN context, from one expand per member: out of each member
 * it meets every edge among the members (both ends are members, and the edge leaves one of them) and
 * every DOWN context edge (it leaves a directive reached DOWN). Two expands, one for the edges and one
 * for the context, read each member's relationship chain twice (PROFILE on a city order of the
 * 10,000-document corpus: 11,050 db hits each, for 612 directives). The context leaves out the root
 * and, walking BOTH, the directives reached UP only (`sideNodes`: those reached DOWN).
 *
 * Each list is cut at the edge cap + 1 (so that fetchLineage can tell a cut list from one that
 * fits), both together at twice that: past it, one of the two lists is over the cap anyway. Which
 * edges a cut keeps is EDGE_ORDER's, not the expand's (see there).
 */
function edgesAndContextDown(oneSide: boolean, lean: boolean): string {
  const side: Side = 'DOWN';
  const hop = '(a)-[r:IMPLEMENTS|BASED_ON|CITES]->(b:Directive)';
  // Walking DOWN only, every member but the root was reached DOWN.
  const ofSide = oneSide ? 'a <> root' : 'a IN sideNodes';
  return `CALL (root, members, walked) {
  WITH root, members, [w IN walked WHERE w.n IS NOT NULL AND w.side = '${side}' | w.n] AS sideNodes
  UNWIND members AS a
  CALL (a) {
    MATCH ${hop}
    WHERE type(r) IN $types
    WITH r, b
    ORDER BY ${EDGE_ORDER}
    RETURN r, b
  }
  WITH r, b, b IN members AS inside, a, root, sideNodes
  WHERE inside OR ${ofSide}
  WITH DISTINCT r, CASE WHEN inside THEN null ELSE b END AS b, inside
  LIMIT 2 * (toInteger($edgeCap) + 1)
  WITH collect(CASE WHEN inside THEN r END) AS among, collect(CASE WHEN NOT inside THEN r END) AS out,
    collect(DISTINCT b) AS outside
  RETURN [r IN among[0..toInteger($edgeCap) + 1] | ${edgeTuple('r', lean)}] AS edges,
    [r IN out[0..toInteger($edgeCap) + 1] | ${edgeTuple('r', lean)}] AS context${side},
    [b IN outside | ${directiveTuple('b', lean)}] AS contextNodes${side}
}`;
}

/**
 * Edges leaving the walk at a reached directive `a` of one side, to a `b` outside `members`: the UP
 * context (walking BOTH, the DOWN side's expand gave the edges among the members already).
 */
function contextOf(side: Side, lean: boolean): string {
  const hop = side === 'DOWN' ? '(a)-[r:IMPLEMENTS|BASED_ON|CITES]->(b:Directive)' : '(a)<-[r:IMPLEMENTS|BASED_ON|CITES]-(b:Directive)';
  return `CALL (members, walked) {
  UNWIND walked AS w
  WITH w.n AS a, members
  WHERE a IS NOT NULL AND w.side = '${side}'
  CALL (a) {
    MATCH ${hop}
    WHERE type(r) IN $types
    WITH r, b
    ORDER BY ${side === 'DOWN' ? EDGE_ORDER : EDGE_ORDER_UP}
    RETURN r, b
  }
  WITH r, b, members
  WHERE NOT b IN members
  WITH DISTINCT r, b
  LIMIT toInteger($edgeCap) + 1
  RETURN collect(${edgeTuple('r', lean)}) AS context${side}, collect(DISTINCT ${directiveTuple('b', lean)}) AS contextNodes${side}
}`;
}

/**
 * The edges among the members on their own, out of each member: walking UP, the context goes the
 * other way (into the reached directives), so the two cannot share an expand; these members are few.
 * Parallel edges (two IMPLEMENTS between the same pair, stated in different documents) are put in
 * order by fetchLineage (comparePreferredEdges), not by the expand.
 */
function edgesAmong(lean: boolean): string {
  return `CALL (members) {
  UNWIND members AS a
  CALL (a) {
    MATCH (a)-[r:IMPLEMENTS|BASED_ON|CITES]->(b:Directive)
    WHERE type(r) IN $types
    WITH r, b
    ORDER BY ${EDGE_ORDER}
    RETURN r, b
  }
  WITH r, b, members
  WHERE b IN members
  WITH DISTINCT r
  LIMIT toInteger($edgeCap) + 1
  RETURN collect(${edgeTuple('r', lean)}) AS edges
}`;
}

/** Each side's context is returned on its own: each is cut (and trimmed) at the edge cap on its own. */
function contexts(direction: Direction, lean: boolean): { calls: string; returns: string } {
  switch (direction) {
    case 'DOWN': return { calls: edgesAndContextDown(true, lean), returns: 'contextDOWN, [] AS contextUP, contextNodesDOWN AS contextNodes' };
    case 'UP': return { calls: `${edgesAmong(lean)}\n${contextOf('UP', lean)}`, returns: '[] AS contextDOWN, contextUP, contextNodesUP AS contextNodes' };
    case 'BOTH': return { calls: `${edgesAndContextDown(false, lean)}\n${contextOf('UP', lean)}`, returns: 'contextDOWN, contextUP, contextNodesDOWN + contextNodesUP AS contextNodes' };
  }
}

const WALKS: Record<Direction, string> = {
  DOWN: WALK.DOWN,
  UP: WALK.UP,
  BOTH: `${WALK.DOWN}\n  UNION\n${WALK.UP}`,
};

export interface LineageArgs extends WalkArgs {
  key: string;
  direction: Direction;
  /** Also cross the 1 July 2025 reform on the way down (lineage-succession.ts). Off by default. */
  followSuccession?: boolean | null | undefined;
  /** The node and edge caps; READ_LIMITS unless a caller (a test) lowers them. */
  caps?: LineageCaps | undefined;
  /**
   * Directives as lean tuples (projections.ts: the fields of LEAN_LEAVES_OUT null), for a caller
   * that shows none of those fields: the API when the request asks for none.
   */
  lean?: boolean | undefined;
}

export interface LineageCaps {
  lineageNodeCap: number;
  lineageEdgeCap: number;
}

export function lineageQuery(args: LineageArgs): Query {
  const { maxDepth, types } = checkWalk(args);
  const cross = checkFollowSuccession(args.direction, args.followSuccession);
  const caps = args.caps ?? READ_LIMITS;
  const lean = args.lean === true;
  const around = contexts(args.direction, lean);
  return {
    cypher: `MATCH (root:Directive {key: $key})
OPTIONAL CALL (root) {
${WALKS[args.direction]}
}
WITH root, n, depth, side
ORDER BY depth, side, n.key
LIMIT toInteger($nodeCap) + 1
WITH root, collect(n) AS reachedNodes, collect({ n: n, side: side, depth: depth }) AS walked,
  collect([CASE WHEN n IS NULL THEN null ELSE ${directiveTuple('n', lean)} END, depth, side]) AS reached
WITH root, reached, walked, [root] + reachedNodes AS members
${cross ? CROSS_REFORM : ''}
${around.calls}
RETURN ${directiveTuple('root', lean)} AS root, reached, edges,
  ${around.returns},
  ${cross ? 'crossings, crossTruncated' : '[] AS crossings, false AS crossTruncated'}`,
    params: { key: args.key, maxDepth, types, nodeCap: caps.lineageNodeCap, edgeCap: caps.lineageEdgeCap },
  };
}

/** Directives and edges come as lists of values (projections.ts: directiveTuple, edgeTuple). */
type Tuple = unknown[];
interface LineageRecord {
  root: Tuple;
  /** [directive, depth, side]; the directive is null when the walk reached nothing. */
  reached: [Tuple | null, number | null, Side | null][];
  edges: Tuple[];
  contextDOWN: Tuple[];
  contextUP: Tuple[];
  contextNodes: Tuple[];
  crossings: CrossedRecord[];
  crossTruncated: boolean;
}

/** Null when no directive has the key. */
export async function fetchLineage(runner: ReadRunner, args: LineageArgs): Promise<LineageResult | null> {
  const rows = await runner.run<LineageRecord>(lineageQuery(args), 'walking a lineage');
  const raw = rows[0];
  if (!raw) return null;
  const row = {
    ...raw,
    root: directiveFromTuple(raw.root),
    reached: raw.reached.map(([d, depth, side]) => ({ directive: d ? directiveFromTuple(d) : null, depth, side })),
    edges: raw.edges.map(edgeFromTuple),
    contextDOWN: raw.contextDOWN.map(edgeFromTuple),
    contextUP: raw.contextUP.map(edgeFromTuple),
    contextNodes: raw.contextNodes.map(directiveFromTuple),
  };
  // A node reached both UP and DOWN (a cycle) is kept once, at its shorter distance.
  const best = new Map<string, { directive: DirectiveRow; depth: number; side: Side }>();
  best.set(row.root.key, { directive: row.root, depth: 0, side: 'DOWN' });
  const { lineageNodeCap: nodeCap, lineageEdgeCap: edgeCap } = args.caps ?? READ_LIMITS;
  let reached = row.reached.filter((r): r is { directive: DirectiveRow; depth: number; side: Side } => r.directive !== null);
  const nodesCut = reached.length > nodeCap || row.crossTruncated;
  if (nodesCut) reached = reached.slice(0, nodeCap);
  // Each edge list comes back with at most edgeCap + 1 edges: one more than the cap means it was cut.
  const edgesCut = row.edges.length > edgeCap || row.contextDOWN.length > edgeCap || row.contextUP.length > edgeCap;
  const truncated = nodesCut || edgesCut;
  for (const r of reached) {
    const seen = best.get(r.directive.key);
    if (!seen || r.depth < seen.depth) best.set(r.directive.key, r);
  }
  const depthOf = (key: string) => best.get(key)?.depth;
  const edges = row.edges.slice(0, edgeCap).flatMap((e) => {
    const a = depthOf(e.from);
    const b = depthOf(e.to);
    return a === undefined || b === undefined ? [] : [{ ...e, depth: Math.max(a, b) }];
  });
  const rank = collationRanks([...row.edges, ...row.contextDOWN, ...row.contextUP]);
  const order = (x: EdgeRow & { depth: number }, y: EdgeRow & { depth: number }) =>
    x.depth - y.depth || rank.get(x.from)! - rank.get(y.from)! || rank.get(x.to)! - rank.get(y.to)! || collate(x.type, y.type) ||
    comparePreferredEdges(x, y);
  edges.sort(order);
  // A context edge has one end in the walk; it sits at that end's depth.
  const contextEdges = [...row.contextDOWN.slice(0, edgeCap), ...row.contextUP.slice(0, edgeCap)];
  const context = contextEdges.flatMap((e) => {
    const d = depthOf(e.from) ?? depthOf(e.to);
    return d === undefined ? [] : [{ ...e, depth: d }];
  });
  context.sort(order);
  // The outside ends of the context edges kept: a node only the cut edge reached goes with it.
  const ends = new Set(context.flatMap((e) => [e.from, e.to]));
  const contextNodes = row.contextNodes.filter((n) => ends.has(n.key));
  const crossed = new Map(row.crossings.map((c) => [c.key, c]));
  const nodes = [...best.values()].map((n) => {
    const c = crossed.get(n.directive.key);
    return c ? { ...n, succession: { predecessor: c.predecessor, successor: c.successor } } : n;
  });
  const crossings = crossingsOf(row.crossings, new Set(best.keys()));
  return { root: row.root, nodes, edges, context, contextNodes, crossings, truncated };
}

/** `a.localeCompare(b)`: the same collator, made once. */
const collate = new Intl.Collator().compare;

/**
 * Each end key of the edges with its place in collation order (keys that collate as equal share
 * one), so that sorting the edges compares numbers, in the same order as comparing the keys with
 * localeCompare: each distinct key is collated in one sort of the keys, not again in every
 * comparison of two edges (two per comparison where the citing ends are equal).
 */
function collationRanks(edges: readonly EdgeRow[]): Map<string, number> {
  const keys = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort(collate);
  const rank = new Map<string, number>();
  let r = 0;
  keys.forEach((k, i) => {
    if (i > 0 && collate(keys[i - 1]!, k) !== 0) r++;
    rank.set(k, r);
  });
  return rank;
}

/** Like fetchLineage, but a missing root is DG_NOT_FOUND. */
export async function requireLineage(runner: ReadRunner, args: LineageArgs): Promise<LineageResult> {
  const result = await fetchLineage(runner, args);
  if (!result) throw notFound('key', args.key);
  return result;
}

export function notFound(argument: string, key: string): QueryError {
  return new QueryError('DG_NOT_FOUND', `no directive has key "${key}" (${argument}); find keys with directive(number:) or directives(search:)`, {
    details: { argument, key },
  });
}
