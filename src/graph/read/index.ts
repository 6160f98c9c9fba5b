/**
 * The read side of the graph: pure query builders (`...Query` functions returning {cypher, params})
 * and the fetchers that run them through a ReadRunner and shape the rows. The API calls these and
 * never writes Cypher itself.
 */
export { createReadRunner, toPlain, type ReadRunner, type ReadRunnerOptions, type RunOptions } from './runner.js';
export { cachedReads, type CachedReadRunner, type ReadCacheOptions } from './cache.js';
export { READ_LIMITS } from './limits.js';
export { findDirective, searchDirectives, directivesByKeys, directivesByKeysQuery, directiveByKeyQuery, directivesByNumberQuery, searchDirectivesQuery, type DirectiveFilter, type DirectiveLookup } from './directives.js';
export { findOrganization, searchOrganizations, organizationByKeyQuery, searchOrganizationsQuery, type OrganizationFilter } from './organizations.js';
export { fetchLineage, requireLineage, lineageQuery, type Direction, type LineageArgs } from './lineage.js';
export { fetchDerivedTasks, derivedTasksQuery, type DerivedTasksArgs } from './derived-tasks.js';
export { fetchCoverage, coverageQuery, coverageAssignedQuery, daysBetween, effectiveDate, type CoverageArgs, type CoverageResult, type CoverageRow, type CoverageAnswer, type CoverageTaskRef, type CoveragePlace, type CoverageDistrict } from './coverage.js';
export { fetchTreeCaveats, treeCaveatsQuery, INFERRED_BELOW, type TreeCaveats, type TreeRef } from './tree-caveats.js';
export { nearDirectives, nearDirectivesQuery } from './near.js';
export { fetchPaths, pathQuery, type PathArgs } from './path.js';
export { fetchStats, statsQuery } from './stats.js';
export { fetchDataQuality, dataQualityQuery } from './data-quality.js';
export { batch } from './batch.js';
export { checkWalk } from './walk.js';
export type * from './types.js';
