import type { Query } from '../query.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { READ_LIMITS } from './limits.js';
import { notFound } from './lineage.js';
import { assignsPart, directiveMap, leanDirectiveRow, leanOrganizationRow, organizationMap, preferredLinks, taskFrom } from './projections.js';
import type { ReadRunner } from './runner.js';
import type { Page, TaskRow, TaskTraceRow } from './types.js';
import { checkWalk, HOP_DOWN, type WalkArgs } from './walk.js';

/**
 * Derived tasks of an order: the ASSIGNS of the order and of every directive downstream of it,
 * each with the shortest chain from the order down to its directive and the mandate (the upstream
 * task that gave the assigning directive's issuer the work). One query finds every trace (the total
 * needs them) with its sort key, a single string, and projects only the page after the cursor: on a
 * city order with 1,350 ward tasks below it the projection of all of them was most of the time.
 * The walk runs once: its visits, capped at the cap + 1, are collected for their count (`truncated`)
 * and unwound into the traces at once, so that the rows the traces' ORDER BY holds carry the count, a
 * number, and not the list (a list of visits passed on to that sort was counted against the
 * transaction's memory once per row sorted: PROFILE GlobalMemory 355 MB for one request on a city
 * order of the 10,000-document corpus; 6.4 MB now). Two walks, one to count, cost 9,939 more db hits
 * there (50,533 against 40,594 for a page of 20); the count walk now runs only when no trace carried
 * the count (COUNT_WITHOUT_TRACES).
 */
export interface DerivedTasksArgs extends WalkArgs {
  order: string;
  /** A graph level ('ward' ...): keep tasks with at least one unit of that level. */
  level?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  /**
   * Also walk across the 1 July 2025 reform: from a directive that assigns to (or was issued by) an
   * organisation, to the directives issued by its successors (SUCCEEDED_BY, one or two steps) and what
   * implements them. Off by default: a successor's documents are about its whole new area.
   */
  followSuccession?: boolean | null | undefined;
  /** What the caller leaves out of each trace; everything is projected when absent. */
  omit?: DerivedTasksOmit | undefined;
}

/**
 * Parts of a trace a caller does not show, left out of the query: the mandate (an upstream walk
 * and an ASSIGNS scan per trace), the links (an expand per link), and the fields of
 * LEAN_LEAVES_OUT of each directive and unit (`lean`). The API sets them from the request's
 * selection (src/api/graphql/selection.ts); the rows keep their shape (null mandate, no links,
 * those fields null), so that nothing reads what was not asked for. They are parameters of one
 * text (`$withMandate`, `$withLinks`, `$lean`): as eight texts, the plan warm-up grew from 143 to
 * 213 queries and took minutes on the 100,000-document graph under load.
 */
export interface DerivedTasksOmit {
  mandate?: boolean | undefined;
  links?: boolean | undefined;
  lean?: boolean | undefined;
}

/**
 * A directive, and a task part's unit, lean or full as `$lean` says (DerivedTasksOmit): a parameter,
 * not two texts, so that every shape of a request shares one plan (the warm-up plans it once). CASE
 * evaluates only the branch taken: the lean one reads none of the properties it leaves out.
 */
const DIRECTIVE_BY_LEAN = (v: string) => `CASE WHEN $lean THEN ${directiveMap(v, true)} ELSE ${directiveMap(v)} END`;
const ASSIGNS_PART_BY_LEAN = `CASE WHEN $lean THEN ${assignsPart(true)} ELSE ${assignsPart(false)} END`;

/**
 * A mandate: the nearest directive the assigning directive implements (within 3 hops) that assigned
 * a task to its issuer or to an organisation its issuer is part of (a Phòng of the UBND quận that
 * was assigned the task).
 * The organisations that count are listed once per directive, and each upstream directive is kept
 * once at its shortest distance before its ASSIGNS are read: a PART_OF walk per ASSIGNS edge of
 * every path was most of derivedTasks' db hits (PROFILE on a city order of the 10,000-document
 * corpus: 34,128 of 121,859 for a page of 100). Task ids are unique per directive, so the order
 * (dist, mtid) picks the same task as before.
 */
const MANDATE = `OPTIONAL CALL (d) {
    WITH d
    WHERE $withMandate
    MATCH (d)-[:ISSUED_BY]->(iss:Organization)
    WITH d, [iss] + COLLECT { MATCH (iss)-[:PART_OF]->{1,2}(x:Organization) RETURN x } AS mandated
    MATCH mp = (d)-[:IMPLEMENTS]->{1,3}(up:Directive)
    WITH up, mandated, min(length(mp)) AS dist
    MATCH (up)-[m:ASSIGNS]->(mu:Organization)
    WHERE mu IN mandated
    WITH up, m.taskId AS mtid, dist
    ORDER BY dist, mtid
    LIMIT 1
    MATCH (up)-[a:ASSIGNS {taskId: mtid}]->(u:Organization)
    WITH up, mtid, collect(${ASSIGNS_PART_BY_LEAN}) AS mparts
    RETURN ${taskFrom('mtid', 'mparts', DIRECTIVE_BY_LEAN('up'))} AS mandate
  }`;

/**
 * The count of visits when the walk's rows carried it nowhere: `max(visitCount)` over no trace at all
 * (no task below the order, or none at `$level`) is null, and then the walk runs again to count.
 */
const COUNT_WITHOUT_TRACES = `CALL (order, visitCount) {
  WITH order
  WHERE visitCount IS NULL
  MATCH p = ANY SHORTEST (order)${HOP_DOWN}{0,20}(d:Directive)
  WHERE length(p) <= $maxDepth
  WITH d LIMIT toInteger($directiveCap) + 1
  RETURN count(d) AS counted
}
WITH coalesce(visitCount, counted) AS visitCount, traces
`;

/** The end both walks share: the page's traces in sort-key order, the total and whether a cap cut. */
const PAGE_TAIL = `  WITH t, trace
  ORDER BY t.sortKey
  RETURN collect(trace) AS page
}
RETURN visitCount > $directiveCap OR size(traces) > $traceCap AS truncated,
  size(traces) AS total,
  page`;

function pageParams(args: DerivedTasksArgs, maxDepth: number, types: string[], after: string | null): Record<string, unknown> {
  return {
    key: args.order, maxDepth, types, level: args.level ?? null, after, limit: args.first + 1,
    directiveCap: READ_LIMITS.traceDirectiveCap, traceCap: READ_LIMITS.traceCap,
    withMandate: args.omit?.mandate !== true, withLinks: args.omit?.links !== true, lean: args.omit?.lean === true,
  };
}

/**
 * What both walks do between the visits and the page: each visited directive's tasks (its ASSIGNS
 * grouped by task, kept when one unit is at `$level`), sorted by depth, directive, place in the
 * text and task, capped at the trace cap + 1 (so that `truncated` can tell), and the page's slice.
 * `carry` names the walk's variable each trace keeps (the path, or the visit across the reform);
 * the rows carry `prefix` (SORT_PREFIX). Each part's span is read once for the task's place (a
 * reduce that compared and kept `x.a.span[0]` read it twice: 5,052 db hits for 2,526 parts). The unit's label is not checked: the writer creates ASSIGNS only
 * to an Organization (write/edges.ts), and the check read every assigned unit's node once more (3,773
 * db hits of 40,594 for a page of 20 on a city order of the 10,000-document corpus).
 */
/**
 * The start of a trace's sort key, the same for every task of one visit: its depth and directive
 * key, built once per visit (the directive's key read once, not once per task: 1,843 db hits on a
 * city order of the 100,000-document graph). The task's place in the text and its id follow.
 */
const SORT_PREFIX = (depth: string, d: string) => `right('000' + toString(${depth}), 3) + '|' + ${d}.key + '|'`;

function tracesAndSlice(carry: string, count?: string): string {
  const keep = count ? `${count}, prefix, ` : 'prefix, ';
  return `  MATCH (d)-[a:ASSIGNS]->(u)
  WITH ${keep}d, ${carry}, a.taskId AS taskId, collect({ a: a, u: u }) AS raw
  WHERE $level IS NULL OR any(x IN raw WHERE x.u.level = $level)
  WITH ${keep}d, ${carry}, taskId, raw, reduce(m = 9999999999, at IN [x IN raw | x.a.span[0]] | CASE WHEN at < m THEN toInteger(at) ELSE m END) AS at
  WITH ${keep}d, ${carry}, taskId, raw, prefix + right('0000000000' + toString(at), 10) + '|' + taskId AS sortKey
  ORDER BY sortKey
  LIMIT toInteger($traceCap) + 1
  RETURN ${count ? `max(${count}) AS ${count}, ` : ''}collect({ sortKey: sortKey, d: d, ${carry}: ${carry}, taskId: taskId, raw: raw }) AS traces
}
${count ? COUNT_WITHOUT_TRACES : ''}WITH visitCount, traces, [t IN traces WHERE $after IS NULL OR t.sortKey > $after][0..toInteger($limit)] AS slice
CALL (slice) {
  UNWIND slice AS t
  CALL (t) {
`;
}

/** A trace's units: the ASSIGNS edges its task was collected with, each as a part of the task. */
const TRACE_PARTS = `    CALL (t) {
      UNWIND t.raw AS x
      WITH x.a AS a, x.u AS u
      RETURN collect(${ASSIGNS_PART_BY_LEAN}) AS parts
    }
`;

/**
 * The text of derivedTasksQuery: one string made once, as every builder's text depends only on which
 * builder it is (query.ts). The answer cache looks the text up on every request (cache.ts), and the
 * same string object is hashed once.
 */
const DERIVED_TASKS = `MATCH (order:Directive {key: $key})
CALL (order) {
  MATCH p = ANY SHORTEST (order)${HOP_DOWN}{0,20}(d:Directive)
  WHERE length(p) <= $maxDepth
  WITH d, p
  ORDER BY length(p), d.key
  LIMIT toInteger($directiveCap) + 1
  WITH collect({ d: d, p: p, prefix: ${SORT_PREFIX('length(p)', 'd')} }) AS visits
  WITH size(visits) AS visitCount, visits[0..toInteger($directiveCap)] AS visits
  UNWIND visits AS v
  WITH visitCount, v.d AS d, v.p AS p, v.prefix AS prefix
${tracesAndSlice('p', 'visitCount')}    WITH t.d AS d, t.p AS p, t.taskId AS taskId
    ${MANDATE}
    ${preferredLinks('p', 'relationships(p)', '$withLinks')}
${TRACE_PARTS}    RETURN {
      sortKey: t.sortKey,
      depth: length(p),
      task: ${taskFrom('taskId', 'parts', DIRECTIVE_BY_LEAN('d'))},
      chain: [n IN nodes(p) | ${DIRECTIVE_BY_LEAN('n')}],
      links: links,
      mandate: mandate
    } AS trace
  }
${PAGE_TAIL}`;

export function derivedTasksQuery(args: DerivedTasksArgs): Query {
  if (args.followSuccession) return derivedTasksAcrossReformQuery(args);
  const { maxDepth, types } = checkWalk(args);
  const [after] = args.after ? decodeCursor('derivedTasks', args.after, 1) : [null];
  return {
    cypher: DERIVED_TASKS,
    params: pageParams(args, maxDepth, types, after),
  };
}

interface DerivedTasksRecord {
  truncated: boolean;
  total: number;
  page: (TaskTraceRow & { sortKey: string })[];
}

/**
 * A page of a connection (first up to READ_LIMITS.maxFirst) may come from the server's answer cache
 * (cache.ts): the query is the same for every reader of an order until the graph changes, and most
 * of its cost is the total, which needs every trace. The reports' pages of 500 are read once each.
 */
export async function fetchDerivedTasks(runner: ReadRunner, args: DerivedTasksArgs): Promise<Page<TaskTraceRow> & { truncated: boolean }> {
  const rows = await runner.run<DerivedTasksRecord>(derivedTasksQuery(args), 'tracing derived tasks', {
    cache: args.first <= READ_LIMITS.maxFirst, ...(args.omit?.lean ? { shape: leanRecord } : {}),
  });
  const row = rows[0];
  if (!row) throw notFound('order', args.order);
  return {
    totalCount: Math.min(row.total, READ_LIMITS.traceCap),
    truncated: row.truncated,
    items: row.page.slice(0, args.first).map(({ sortKey, ...trace }) => ({
      cursor: encodeCursor('derivedTasks', [sortKey]), node: trace,
    })),
    hasNextPage: row.page.length > args.first,
    hasPreviousPage: Boolean(args.after),
  };
}

/**
 * A lean answer (DerivedTasksOmit) with the fields its maps left out null, as a full one holds them:
 * once per answer, as the runner decodes it (RunOptions.shape), not per request that reads it.
 */
function leanRecord(r: DerivedTasksRecord): DerivedTasksRecord {
  r.page = r.page.map((t) => ({ ...t, task: leanTask(t.task), chain: t.chain.map(leanDirectiveRow), mandate: t.mandate && leanTask(t.mandate) }));
  return r;
}

function leanTask(x: TaskRow): TaskRow {
  return { ...x, directive: leanDirectiveRow(x.directive), units: x.units.map((u) => ({ ...u, unit: leanOrganizationRow(u.unit) })) };
}

/**
 * The visits of derivedTasks across the reform: `direct` (the walk down from the order, cap + 1) and
 * `crossed` (one succession step from a directive of `direct`, then the walk down from there).
 * Used twice, for the traces and for the count that says `truncated`: the traces' ORDER BY must run
 * in a subquery whose rows do not carry these lists, because every row held by a sort counts the
 * lists it carries against the transaction's memory (PROFILE GlobalMemory grows with visits x
 * traces; on a city order of the 10,000-document corpus the query ran out of the 1.4 GiB pool at
 * maxDepth 3). The walk runs twice instead.
 */
const VISITS_ACROSS_REFORM = `  CALL (order) {
    MATCH p = ANY SHORTEST (order)${HOP_DOWN}{0,20}(d:Directive)
    WHERE length(p) <= $maxDepth
    WITH d, p
    ORDER BY length(p), d.key
    LIMIT toInteger($directiveCap) + 1
    RETURN collect({ d: d, depth: length(p), chain: nodes(p), rels: relationships(p), succession: null }) AS direct
  }
  CALL (direct) {
    UNWIND direct[0..toInteger($directiveCap)] AS v
    WITH v, v.d AS d0
    MATCH (d0)-[:ISSUED_BY|ASSIGNS]->(o:Organization)-[:SUCCEEDED_BY]->{1,2}(s:Organization)<-[:ISSUED_BY]-(d2:Directive)
    WHERE v.depth + 1 <= $maxDepth AND NOT d2 IN [x IN direct | x.d]
    WITH d2, v, o, s
    ORDER BY v.depth, v.d.key, o.key, s.key
    WITH d2, head(collect({ v: v, o: o, s: s })) AS via
    MATCH p2 = ANY SHORTEST (d2)${HOP_DOWN}{0,20}(d3:Directive)
    WHERE via.v.depth + 1 + length(p2) <= $maxDepth
    WITH d3, via, p2
    ORDER BY via.v.depth + 1 + length(p2), d3.key
    WITH d3, head(collect({ via: via, p2: p2 })) AS best
    WHERE NOT d3 IN [x IN direct | x.d]
    WITH d3, best, best.via.o AS po, best.via.s AS ps
    ORDER BY best.via.v.depth + 1 + length(best.p2), d3.key
    LIMIT toInteger($directiveCap) + 1
    RETURN collect({ d: d3, depth: best.via.v.depth + 1 + length(best.p2), chain: best.via.v.chain + nodes(best.p2),
      rels: best.via.v.rels + relationships(best.p2),
      succession: { predecessor: ${organizationMap('po')}, successor: ${organizationMap('ps')} } }) AS crossed
  }`;

/** The text of derivedTasksAcrossReformQuery, made once (as DERIVED_TASKS). */
const DERIVED_TASKS_ACROSS_REFORM = `MATCH (order:Directive {key: $key})
CALL (order) {
${VISITS_ACROSS_REFORM}
  // An aggregation, so that the lists stay inside: a subquery's rows carry every variable it bound.
  UNWIND direct + crossed AS visit
  RETURN count(visit) AS visitCount
}
CALL (order) {
${VISITS_ACROSS_REFORM}
  UNWIND (direct + crossed)[0..toInteger($directiveCap)] AS v
  WITH v.d AS d, v, ${SORT_PREFIX('v.depth', 'v.d')} AS prefix
${tracesAndSlice('v')}    WITH t.d AS d, t.taskId AS taskId
    ${MANDATE}
    ${preferredLinks('t', 't.v.rels', '$withLinks')}
${TRACE_PARTS}    RETURN {
      sortKey: t.sortKey,
      depth: t.v.depth,
      task: ${taskFrom('taskId', 'parts', DIRECTIVE_BY_LEAN('d'))},
      chain: [n IN t.v.chain | ${DIRECTIVE_BY_LEAN('n')}],
      links: links,
      mandate: mandate,
      succession: t.v.succession
    } AS trace
  }
${PAGE_TAIL}`;

/**
 * derivedTasks with `followSuccession`: the walk down from the order, then one succession step from
 * any directive reached (its issuer or a unit it assigns to, SUCCEEDED_BY one or two steps, to a
 * directive the successor issued) and the walk down from there, within the same maxDepth (the step
 * counts as one hop). A trace that crossed says through which organisations (`succession`); its
 * chain runs on across the step, which has no edge of its own in `links`.
 */
export function derivedTasksAcrossReformQuery(args: DerivedTasksArgs): Query {
  const { maxDepth, types } = checkWalk(args);
  const [after] = args.after ? decodeCursor('derivedTasks', args.after, 1) : [null];
  return {
    cypher: DERIVED_TASKS_ACROSS_REFORM,
    params: pageParams(args, maxDepth, types, after),
  };
}
