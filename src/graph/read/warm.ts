import type { Query } from '../query.js';
import {
  assignedTasksPageQuery, assignedTasksQuery, assignmentsPageQuery, assignmentsQuery, citationsPageQuery, citationsQuery, issuedPageQuery,
  issuedQuery, partOfQuery, recipientsPageQuery, recipientsQuery, signersQuery, textsQuery,
} from './batch.js';
import { coverageQuery } from './coverage.js';
import { derivedTasksQuery } from './derived-tasks.js';
import { directiveByKeyQuery, directivesByKeysQuery, directivesByNumberQuery, searchDirectivesQuery } from './directives.js';
import { READ_LIMITS } from './limits.js';
import { lineageQuery, type Direction } from './lineage.js';
import { nearDirectivesQuery } from './near.js';
import { organizationByKeyQuery, searchOrganizationsQuery } from './organizations.js';
import { pathQuery } from './path.js';
import type { ReadRunner } from './runner.js';
import { treeCaveatsQuery } from './tree-caveats.js';
import { RELATION_TYPES } from './types.js';

/**
 * Warming the query plans when the API opens the graph: Neo4j plans a statement the first time it
 * sees its text (hundreds of milliseconds to more than a second for the walks), then reuses the plan.
 * Each read query the API sends is run once here, with a key no node has, so that it plans but
 * finds nothing; the text of a query does not depend on request values (they are parameters), only
 * on the variant (lineage direction, search with or without words), and each variant is warmed.
 * The graph-wide reports (stats, dataQuality) read every node and are left to their first caller.
 */
const NO_KEY = 'doc:\u0000warm-up';

export function warmUpQueries(): Query[] {
  const walk = { maxDepth: 10, relations: [...RELATION_TYPES] };
  const keys = [NO_KEY];
  const directions: Direction[] = ['DOWN', 'UP', 'BOTH'];
  return [
    directiveByKeyQuery(NO_KEY),
    directivesByKeysQuery(keys),
    directivesByNumberQuery('0/WARM-UP', null),
    directivesByNumberQuery('0/WARM-UP', 'warm up'),
    searchDirectivesQuery({ search: 'warm up', first: READ_LIMITS.defaultFirst }),
    searchDirectivesQuery({ first: READ_LIMITS.defaultFirst }),
    organizationByKeyQuery(NO_KEY),
    searchOrganizationsQuery({ search: 'warm up', first: READ_LIMITS.defaultFirst }),
    ...directions.map((direction) => lineageQuery({ key: NO_KEY, direction, ...walk })),
    derivedTasksQuery({ order: NO_KEY, first: READ_LIMITS.defaultFirst, ...walk }),
    coverageQuery({ order: NO_KEY, ...walk }),
    pathQuery({ from: NO_KEY, to: NO_KEY, relations: walk.relations }),
    nearDirectivesQuery(NO_KEY, 5),
    treeCaveatsQuery(keys, 200),
    citationsQuery(keys, 'out', walk.relations, READ_LIMITS.nestedCap),
    citationsQuery(keys, 'in', walk.relations, READ_LIMITS.nestedCap),
    assignmentsQuery(keys, READ_LIMITS.nestedCap),
    recipientsQuery(keys, READ_LIMITS.nestedCap),
    signersQuery(keys),
    textsQuery(keys),
    partOfQuery(keys),
    issuedQuery(keys, READ_LIMITS.nestedCap),
    assignedTasksQuery(keys, READ_LIMITS.nestedCap),
    citationsPageQuery(keys, 'out', walk.relations, 0, READ_LIMITS.nestedDefault),
    citationsPageQuery(keys, 'in', walk.relations, 0, READ_LIMITS.nestedDefault),
    assignmentsPageQuery(keys, 0, READ_LIMITS.nestedDefault),
    recipientsPageQuery(keys, 0, READ_LIMITS.nestedDefault),
    issuedPageQuery(keys, 0, READ_LIMITS.nestedDefault),
    assignedTasksPageQuery(keys, 0, READ_LIMITS.nestedDefault),
  ];
}

/** Runs every warm-up query once; returns how many ran and how long they took together. */
export async function warmUp(runner: ReadRunner): Promise<{ queries: number; ms: number }> {
  const t0 = performance.now();
  const queries = warmUpQueries();
  for (const q of queries) await runner.run(q, 'warming the query plans');
  return { queries: queries.length, ms: performance.now() - t0 };
}
