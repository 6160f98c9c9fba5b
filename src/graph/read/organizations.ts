import type { Query } from '../query.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { foldCypher, foldParams, orgSearchText, searchTokens } from './fold.js';
import { allOf, prefixClauses } from './fulltext.js';
import { organizationMap } from './projections.js';
import type { ReadRunner } from './runner.js';
import type { OrganizationRow, Page } from './types.js';
import { IN_FORCE } from './succession.js';

export function organizationByKeyQuery(key: string): Query {
  return {
    cypher: `MATCH (o:Organization {key: $key})
RETURN ${organizationMap('o')} AS organization
LIMIT 1`,
    params: { key },
  };
}

export async function findOrganization(runner: ReadRunner, key: string): Promise<OrganizationRow | null> {
  const rows = await runner.run<{ organization: OrganizationRow }>(organizationByKeyQuery(key), 'looking up an organisation');
  return rows[0]?.organization ?? null;
}

export interface OrganizationFilter {
  search?: string | null | undefined;
  level?: string | null | undefined;
  /** ISO date: only the organisations in force on it (validFrom/validTo; those without a period always are). */
  at?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}

const ORGANIZATION_FILTER = `($level IS NULL OR o.level = $level)
  AND (size($tokens) = 0 OR head([hay IN [${orgSearchText('o')}] | all(t IN $tokens WHERE hay CONTAINS t)]))`;

/**
 * With search words the organisations come from the full-text index organization_search
 * (schema/040_organization_search.cypher): those whose name and area hold a word starting with each
 * word (one Lucene AND of prefix clauses); ORGANIZATION_FILTER then decides exactly, as it did when
 * it folded every organisation. Without words (or only stop words, which the index drops) they come
 * from the label. A word found only inside another word ("oa" in "hòa") is no longer a match, as in
 * directives(search:).
 */
function organizationSource(words: readonly string[]): string {
  return words.length > 0
    ? "CALL db.index.fulltext.queryNodes('organization_search', $allWords) YIELD node AS o"
    : 'MATCH (o:Organization)';
}

/** Sorted by folded name, then key: the keyset is (sortName, key). */
export function searchOrganizationsQuery(f: OrganizationFilter): Query {
  const [afterName, afterKey] = f.after ? decodeCursor('organizations', f.after, 2) : [null, null];
  // The date filter only when asked: the query without it stays as it was.
  const filter = f.at ? `${ORGANIZATION_FILTER}\n  AND ${IN_FORCE}` : ORGANIZATION_FILTER;
  const tokens = searchTokens(f.search);
  const { words, clauses } = prefixClauses(tokens);
  const source = organizationSource(words);
  return {
    cypher: `CALL () {
  ${source}
  WHERE ${filter}
  RETURN count(o) AS total
}
CALL () {
  ${source}
  WHERE ${filter}
  WITH o, ${foldCypher('o.name')} AS sortName
  WHERE $afterKey IS NULL OR sortName > $afterName OR (sortName = $afterName AND o.key > $afterKey)
  WITH o, sortName
  ORDER BY sortName, o.key
  LIMIT toInteger($limit)
  RETURN collect({ sortName: sortName, organization: ${organizationMap('o')} }) AS page
}
RETURN total, page`,
    params: { level: f.level ?? null, tokens, ...(words.length > 0 ? { allWords: allOf(clauses) } : {}), ...foldParams, afterName, afterKey, limit: f.first + 1, ...(f.at ? { at: f.at } : {}) },
  };
}

export async function searchOrganizations(runner: ReadRunner, f: OrganizationFilter): Promise<Page<OrganizationRow>> {
  const rows = await runner.run<{ total: number; page: { sortName: string; organization: OrganizationRow }[] }>(searchOrganizationsQuery(f), 'listing organisations');
  const row = rows[0] ?? { total: 0, page: [] };
  return {
    totalCount: row.total,
    items: row.page.slice(0, f.first).map((p) => ({ cursor: encodeCursor('organizations', [p.sortName, p.organization.key]), node: p.organization })),
    hasNextPage: row.page.length > f.first,
    hasPreviousPage: Boolean(f.after),
  };
}
