import type { Query } from '../query.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { READ_LIMITS } from './limits.js';
import { notFound } from './lineage.js';
import { ASSIGNS_PART, directiveMap, edgeMap, taskFrom } from './projections.js';
import type { ReadRunner } from './runner.js';
import type { Page, TaskTraceRow } from './types.js';
import { checkWalk, HOP_DOWN, type WalkArgs } from './walk.js';

/**
 * Derived tasks of an order: the ASSIGNS of the order and of every directive downstream of it,
 * each with the shortest chain from the order down to its directive and the mandate (the upstream
 * task that gave the assigning directive's issuer the work). One query finds every trace (the total
 * needs them) with its sort key, a single string, and projects only the page after the cursor: on a
 * city order with 1,350 ward tasks below it the projection of all of them was most of the time.
 */
export interface DerivedTasksArgs extends WalkArgs {
  order: string;
  /** A graph level ('ward' ...): keep tasks with at least one unit of that level. */
  level?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}

/**
 * A mandate: the nearest directive the assigning directive implements (within 3 hops) that assigned
 * a task to its issuer or to an organisation its issuer is part of (a Phòng of the UBND quận that
 * was assigned the task).
 */
const MANDATE = `OPTIONAL CALL (d) {
    MATCH (d)-[:ISSUED_BY]->(iss:Organization)
    MATCH mp = (d)-[:IMPLEMENTS]->{1,3}(up:Directive)
    MATCH (up)-[m:ASSIGNS]->(mu:Organization)
    WHERE mu = iss OR EXISTS { (iss)-[:PART_OF]->{1,2}(mu) }
    WITH up, m.taskId AS mtid, length(mp) AS dist
    ORDER BY dist, mtid
    LIMIT 1
    MATCH (up)-[a:ASSIGNS {taskId: mtid}]->(u:Organization)
    WITH up, mtid, collect(${ASSIGNS_PART}) AS mparts
    RETURN ${taskFrom('mtid', 'mparts', directiveMap('up'))} AS mandate
  }`;

export function derivedTasksQuery(args: DerivedTasksArgs): Query {
  const { maxDepth, types } = checkWalk(args);
  const [after] = args.after ? decodeCursor('derivedTasks', args.after, 1) : [null];
  return {
    cypher: `MATCH (order:Directive {key: $key})
CALL (order) {
  MATCH p = ANY SHORTEST (order)${HOP_DOWN}{0,20}(d:Directive)
  WHERE length(p) <= $maxDepth
  WITH d, p
  ORDER BY length(p), d.key
  LIMIT toInteger($directiveCap) + 1
  RETURN collect({ d: d, p: p }) AS visits
}
CALL (visits) {
  UNWIND visits[0..toInteger($directiveCap)] AS v
  WITH v.d AS d, v.p AS p
  MATCH (d)-[a:ASSIGNS]->(u:Organization)
  WITH d, p, a.taskId AS taskId, collect({ a: a, u: u }) AS raw
  WHERE $level IS NULL OR any(x IN raw WHERE x.u.level = $level)
  WITH d, p, taskId, raw, reduce(m = 9999999999, x IN raw | CASE WHEN x.a.span[0] < m THEN toInteger(x.a.span[0]) ELSE m END) AS at
  WITH d, p, taskId, raw,
    right('000' + toString(length(p)), 3) + '|' + d.key + '|' + right('0000000000' + toString(at), 10) + '|' + taskId AS sortKey
  ORDER BY sortKey
  LIMIT toInteger($traceCap) + 1
  RETURN collect({ sortKey: sortKey, d: d, p: p, taskId: taskId, raw: raw }) AS traces
}
WITH visits, traces, [t IN traces WHERE $after IS NULL OR t.sortKey > $after][0..toInteger($limit)] AS slice
CALL (slice) {
  UNWIND slice AS t
  CALL (t) {
    WITH t.d AS d, t.p AS p, t.taskId AS taskId
    ${MANDATE}
    CALL (t) {
      UNWIND t.raw AS x
      WITH x.a AS a, x.u AS u
      RETURN collect(${ASSIGNS_PART}) AS parts
    }
    RETURN {
      sortKey: t.sortKey,
      depth: length(p),
      task: ${taskFrom('taskId', 'parts', directiveMap('d'))},
      chain: [n IN nodes(p) | ${directiveMap('n')}],
      links: [r IN relationships(p) | ${edgeMap('r')}],
      mandate: mandate
    } AS trace
  }
  WITH t, trace
  ORDER BY t.sortKey
  RETURN collect(trace) AS page
}
RETURN size(visits) > $directiveCap OR size(traces) > $traceCap AS truncated,
  size(traces) AS total,
  page`,
    params: {
      key: args.order, maxDepth, types, level: args.level ?? null, after, limit: args.first + 1,
      directiveCap: READ_LIMITS.traceDirectiveCap, traceCap: READ_LIMITS.traceCap,
    },
  };
}

interface DerivedTasksRecord {
  truncated: boolean;
  total: number;
  page: (TaskTraceRow & { sortKey: string })[];
}

export async function fetchDerivedTasks(runner: ReadRunner, args: DerivedTasksArgs): Promise<Page<TaskTraceRow> & { truncated: boolean }> {
  const rows = await runner.run<DerivedTasksRecord>(derivedTasksQuery(args), 'tracing derived tasks');
  const row = rows[0];
  if (!row) throw notFound('order', args.order);
  return {
    totalCount: Math.min(row.total, READ_LIMITS.traceCap),
    truncated: row.truncated,
    items: row.page.slice(0, args.first).map(({ sortKey, ...trace }) => ({ cursor: encodeCursor('derivedTasks', [sortKey]), node: trace })),
    hasNextPage: row.page.length > args.first,
    hasPreviousPage: Boolean(args.after),
  };
}
