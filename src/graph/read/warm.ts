import { planKey } from '../plan-key.js';
import type { Query } from '../query.js';
import {
  assignedTasksPageQuery, assignedTasksQuery, assignmentsPageQuery, assignmentsQuery, citationsPageQuery, citationsQuery, issuedPageQuery,
  issuedQuery, partOfQuery, recipientsPageQuery, recipientsQuery, signersQuery, textsQuery,
} from './batch.js';
import { coverageAssignedQuery, coverageQuery } from './coverage.js';
import { encodeCursor } from './cursor.js';
import { derivedTasksQuery } from './derived-tasks.js';
import { directiveByKeyQuery, directivesByKeysQuery, directivesByNumberQuery, searchDirectivesQuery } from './directives.js';
import { READ_LIMITS } from './limits.js';
import { lineageQuery, type Direction } from './lineage.js';
import { nearDirectivesQuery } from './near.js';
import { organizationByKeyQuery, searchOrganizationsQuery } from './organizations.js';
import { pathQuery } from './path.js';
import type { ReadRunner } from './runner.js';
import { treeCaveatsQuery } from './tree-caveats.js';
import { RELATION_TYPES, type RelationType } from './types.js';

/**
 * Warming the query plans when the API opens the graph: Neo4j plans a statement the first time it
 * sees it (hundreds of milliseconds to more than a second for the walks), then reuses the plan.
 * Each read query the API sends is run here with keys no node has, so that it plans but finds nothing.
 *
 * "Sees it" means its text AND its parameters' signature (plan-key.ts): Neo4j keys its plan cache
 * by the type of each parameter and, for strings and lists, by the power of ten at or above their
 * size. A warm-up that sends `relations: [all three]` warms nothing for a request with the
 * schema's default `[IMPLEMENTS]` (a list of exactly one), nor `level: null` for `level: WARD`:
 * the first derivedTasks after a start planned again (~660 ms) although its text had been warmed.
 * So each query is warmed in the signatures requests send: the default and the several-type
 * relation lists, with and without a level, the first page and later ones (a cursor), and the
 * nested lists for one parent, a page of parents and a lineage of them.
 * The graph-wide reports (stats, dataQuality) read every node and are left to their first caller.
 */

/** A key no node has, printable, and as long as real keys (11-100 characters: one size class). */
export const NO_KEY = 'doc:warm-up/no-such-directive';

/**
 * Directive numbers both sides of 10 characters ('17/CT-UBND', '226/CT-UBND'): two size classes; with
 * no D, with one to three (2-8 numberKey variants, directivesByNumberQuery: '17/CT-UBND', '100-CV/ĐU')
 * and with four to six (16-64: '5/QĐ-BCĐ-UBND').
 */
const NUMBERS = ['0/WARM-UP', '0/CT-WARM-UP', '0/ĐU-WARM', '0/CT-ĐU-WARM-UP', '0/D-D-D-D', '0/QĐ-BCĐ-ĐU-UBND'];

/** The schema's default relation list (exactly one type), and two or three types (one size class). */
const RELATION_SETS: RelationType[][] = [['IMPLEMENTS'], [...RELATION_TYPES]];

/** Parents of a nested list: one directive; a page (2-10, 11-100); a lineage (101-1000). */
const PARENT_COUNTS = [1, 10, 100, 1000];

/**
 * A derivedTasks cursor for a directive key of `keyChars` characters: its sort key holds the key
 * twice (directive and task id), so keys of 30 and 70 characters give the two size classes
 * real cursors fall in (11-100 and 101-1000 characters).
 */
function tasksCursor(keyChars: number): string {
  const key = NO_KEY.padEnd(keyChars, 'x');
  return encodeCursor('derivedTasks', [`001|${key}|0000000000|${key}#t1`]);
}

function keysOf(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${NO_KEY}/${i}`);
}

/** The root fields' queries, most asked first: a request during the warm-up finds those done. */
function rootQueries(): Query[] {
  const walk = (relations: RelationType[]) => ({ maxDepth: 10, relations });
  const directions: Direction[] = ['DOWN', 'UP', 'BOTH'];
  const out: Query[] = [];
  for (const number of NUMBERS) {
    // Issuer as a few words, as a key (`org:ubnd@p01`) and as a full name: three size classes.
    out.push(directivesByNumberQuery(number, null), directivesByNumberQuery(number, 'warm up'));
    out.push(directivesByNumberQuery(number, 'org:warm-up@p00'), directivesByNumberQuery(number, 'Ủy ban nhân dân thành phố Warm Up'));
  }
  out.push(directiveByKeyQuery(NO_KEY));
  // One word (a list of exactly one) and several ("chi thi 17").
  // Each as the API asks it: lean (a request showing none of LEAN_LEAVES_OUT) and whole.
  for (const lean of [true, false]) {
    for (const search of ['warmup', 'warm up']) {
      out.push(searchDirectivesQuery({ search, first: READ_LIMITS.defaultFirst, lean }));
    }
    out.push(searchDirectivesQuery({ first: READ_LIMITS.defaultFirst, lean }));
    out.push(searchDirectivesQuery({ level: 'province', docType: 'Chỉ thị', first: READ_LIMITS.defaultFirst, lean }));
  }
  out.push(organizationByKeyQuery(NO_KEY));
  out.push(searchOrganizationsQuery({ search: 'warm up', first: READ_LIMITS.defaultFirst }));
  out.push(searchOrganizationsQuery({ first: READ_LIMITS.defaultFirst }));
  for (const relations of RELATION_SETS) {
    // Lean first: the API asks for it unless a request shows a field it leaves out (projections.ts).
    for (const direction of directions) out.push(lineageQuery({ key: NO_KEY, direction, lean: true, ...walk(relations) }));
    for (const direction of directions) out.push(lineageQuery({ key: NO_KEY, direction, ...walk(relations) }));
    for (const level of [null, 'ward']) {
      out.push(derivedTasksQuery({ order: NO_KEY, level, first: READ_LIMITS.defaultFirst, ...walk(relations) }));
    }
    out.push(coverageQuery({ order: NO_KEY, ...walk(relations) }), coverageAssignedQuery({ order: NO_KEY, ...walk(relations) }));
    out.push(pathQuery({ from: NO_KEY, to: NO_KEY, relations }));
  }
  // Later pages of derivedTasks (the explorer and the reports page through them), then the walks across the reform.
  for (const after of [tasksCursor(30), tasksCursor(70)]) {
    for (const level of [null, 'ward']) {
      out.push(derivedTasksQuery({ order: NO_KEY, level, first: READ_LIMITS.defaultFirst, after, ...walk(['IMPLEMENTS']) }));
    }
  }
  for (const relations of RELATION_SETS) {
    for (const direction of ['DOWN', 'BOTH'] as const) out.push(lineageQuery({ key: NO_KEY, direction, followSuccession: true, ...walk(relations) }));
    out.push(derivedTasksQuery({ order: NO_KEY, level: 'ward', first: READ_LIMITS.defaultFirst, followSuccession: true, ...walk(relations) }));
  }
  out.push(nearDirectivesQuery('0/WARM-UP', 5));
  return out;
}

/** The nested lists' batched queries (api/graphql/loaders.ts), for each size class of parents. */
function nestedQueries(): Query[] {
  const out: Query[] = [];
  const cap = READ_LIMITS.nestedCap;
  const first = READ_LIMITS.nestedDefault;
  for (const count of PARENT_COUNTS) {
    const keys = keysOf(count);
    out.push(directivesByKeysQuery(keys), treeCaveatsQuery(keys, 200));
    for (const types of RELATION_SETS) {
      for (const side of ['out', 'in'] as const) out.push(citationsQuery(keys, side, types, cap), citationsPageQuery(keys, side, types, 0, first));
    }
    out.push(
      assignmentsQuery(keys, cap), recipientsQuery(keys, cap), signersQuery(keys), textsQuery(keys), partOfQuery(keys),
      issuedQuery(keys, cap), assignedTasksQuery(keys, cap),
      assignmentsPageQuery(keys, 0, first), recipientsPageQuery(keys, 0, first), issuedPageQuery(keys, 0, first),
      assignedTasksPageQuery(keys, 0, first),
    );
  }
  return out;
}

/** Each plan key once, in order. */
export function warmUpQueries(): Query[] {
  const seen = new Set<string>();
  return [...rootQueries(), ...nestedQueries()].filter((q) => {
    const key = planKey(q);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A directive of the graph with something below it, for the warm-up's requests with real rows
 * (api/warm-requests.ts): a plan warmed on a key that matches nothing never ran its walk, its sort
 * or its projections, whose code (Neo4j's and the API's) the first real request then runs cold.
 * Null on an empty graph.
 */
export function sampleOrderQuery(): Query {
  return {
    cypher: `MATCH (d:Directive)<-[:IMPLEMENTS]-(:Directive)
RETURN d.key AS key
LIMIT 1`,
    params: {},
  };
}

export async function sampleOrder(runner: ReadRunner): Promise<string | null> {
  const rows = await runner.run<{ key: string }>(sampleOrderQuery(), 'finding a directive to warm up with');
  return rows[0]?.key ?? null;
}

/** Runs every warm-up query once; returns how many ran and how long they took together. */
export async function warmUp(runner: ReadRunner): Promise<{ queries: number; ms: number }> {
  const t0 = performance.now();
  const queries = warmUpQueries();
  for (const q of queries) await runner.run(q, 'warming the query plans');
  return { queries: queries.length, ms: performance.now() - t0 };
}
