import type { Query } from '../query.js';
import type { ReadRunner } from './runner.js';
import type { StatsRow } from './types.js';

/**
 * Counts of the whole graph in one query. Label and type counts read Neo4j's count store; the
 * groupings scan Directive / Organization nodes once each, and are bounded by the number of distinct
 * values (levels, document types, statuses), capped at 100 rows anyway.
 */
const LABELS = ['Directive', 'Organization', 'Issuer', 'Unit', 'Person'] as const;
const TYPES = ['IMPLEMENTS', 'BASED_ON', 'CITES', 'ASSIGNS', 'ISSUED_BY', 'SENT_TO', 'SIGNED_BY', 'PART_OF'] as const;

function grouping(name: string, match: string, prop: string): string {
  return `CALL () {
  MATCH ${match}
  WITH coalesce(toString(${prop}), 'unknown') AS k, count(*) AS c
  ORDER BY c DESC, k
  LIMIT 100
  RETURN collect({ name: k, count: c }) AS ${name}
}`;
}

export function statsQuery(): Query {
  const labelCalls = LABELS.map((l, i) => `CALL () { MATCH (n:${l}) RETURN count(n) AS l${i} }`);
  const typeCalls = TYPES.map((t, i) => `CALL () { MATCH ()-[r:${t}]->() RETURN count(r) AS t${i} }`);
  return {
    cypher: [
      ...labelCalls,
      ...typeCalls,
      grouping('directivesByLevel', '(d:Directive)', 'd.level'),
      grouping('directivesByDocType', '(d:Directive)', 'd.docType'),
      grouping('directivesByStatus', '(d:Directive)', 'd.status'),
      grouping('organizationsByLevel', '(o:Organization)', 'o.level'),
      `RETURN [${LABELS.map((l, i) => `{ name: '${l}', count: l${i} }`).join(', ')}] AS labels,`,
      `  [${TYPES.map((t, i) => `{ name: '${t}', count: t${i} }`).join(', ')}] AS relationships,`,
      '  directivesByLevel, directivesByDocType, directivesByStatus, organizationsByLevel',
    ].join('\n'),
    params: {},
  };
}

export async function fetchStats(runner: ReadRunner): Promise<StatsRow> {
  const rows = await runner.run<StatsRow>(statsQuery(), 'counting the graph');
  const row = rows[0];
  if (!row) throw new Error('stats query returned no row');
  return row;
}

export function countDirectivesQuery(): Query {
  return { cypher: 'MATCH (d:Directive) RETURN count(d) AS n', params: {} };
}

/** How many directives the graph holds (count store: constant time). */
export async function countDirectives(runner: ReadRunner): Promise<number> {
  const rows = await runner.run<{ n: number }>(countDirectivesQuery(), 'counting directives');
  return rows[0]?.n ?? 0;
}
