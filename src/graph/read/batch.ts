import { fetchPeriods } from './succession.js';
import type { Query } from '../query.js';
import { READ_LIMITS } from './limits.js';
import { ASSIGNS_PART, directiveMap, evidenceMap, organizationMap, preferredEdgeOrder, taskFrom } from './projections.js';
import type { ReadRunner } from './runner.js';
import type { CitationRow, DirectiveRow, OrganizationRow, RecipientRow, RelationType, SignerRow, TaskRow } from './types.js';

/**
 * Batched lookups behind the nested GraphQL fields: one query for all the parents of a level
 * (UNWIND $keys), each parent's list capped at `cap` so that the result is bounded by
 * keys x cap. The API's loaders call these; a parent with nothing gets an empty list.
 * The plain lists (citations, assignments, recipients, partOf) return up to cap + 1 items, so that
 * the caller can refuse a list that has more instead of cutting it; the *Page queries below count
 * every item and return one page of them.
 */
function capOf(cap: number): number {
  return Math.max(1, Math.min(cap, READ_LIMITS.nestedCap));
}

const CITATION_HOP = {
  out: '(d)-[r:IMPLEMENTS|BASED_ON|CITES]->(o:Directive)',
  in: '(d)<-[r:IMPLEMENTS|BASED_ON|CITES]-(o:Directive)',
} as const;

export function citationsQuery(keys: string[], side: 'out' | 'in', types: RelationType[], cap: number): Query {
  return {
    cypher: `UNWIND $keys AS k
MATCH (d:Directive {key: k})
CALL (d) {
  MATCH ${CITATION_HOP[side]}
  WHERE type(r) IN $types
  WITH r, o
  ORDER BY o.issuedOn IS NULL, o.issuedOn DESC, o.key, type(r), ${preferredEdgeOrder('r')}
  LIMIT toInteger($cap) + 1
  RETURN collect({ relation: type(r), other: ${directiveMap('o')}, evidence: ${evidenceMap('r')} }) AS items
}
RETURN k AS key, items`,
    params: { keys, types, cap: capOf(cap) },
  };
}

export function assignmentsQuery(keys: string[], cap: number): Query {
  return {
    cypher: `UNWIND $keys AS k
MATCH (d:Directive {key: k})
CALL (d) {
  MATCH (d)-[a:ASSIGNS]->(u:Organization)
  WITH a.taskId AS taskId, collect(${ASSIGNS_PART}) AS parts
  WITH taskId, parts
  ORDER BY coalesce(head(parts).span[0], 0), taskId
  LIMIT toInteger($cap) + 1
  RETURN collect(${taskFrom('taskId', 'parts')}) AS items
}
RETURN k AS key, ${directiveMap('d')} AS directive, items`,
    params: { keys, cap: capOf(cap) },
  };
}

export function recipientsQuery(keys: string[], cap: number): Query {
  return {
    cypher: `UNWIND $keys AS k
MATCH (d:Directive {key: k})
CALL (d) {
  MATCH (d)-[s:SENT_TO]->(u:Organization)
  WITH s, u
  ORDER BY s.list, coalesce(s.span[0], 0), u.key
  LIMIT toInteger($cap) + 1
  RETURN collect({ organization: ${organizationMap('u')}, list: s.list, purpose: s.purpose }) AS items
}
RETURN k AS key, items`,
    params: { keys, cap: capOf(cap) },
  };
}

export function signersQuery(keys: string[]): Query {
  return {
    cypher: `UNWIND $keys AS k
MATCH (d:Directive {key: k})-[s:SIGNED_BY]->(p:Person)
WITH k, s, p
ORDER BY k, p.key
WITH k, head(collect({ name: p.name, capacity: s.capacity, position: s.position })) AS signer
RETURN k AS key, signer`,
    params: { keys },
  };
}

export function partOfQuery(keys: string[]): Query {
  return {
    cypher: `UNWIND $keys AS k
MATCH (o:Organization {key: k})
CALL (o) {
  MATCH (o)-[:PART_OF]->(p:Organization)
  WITH p
  ORDER BY p.key
  LIMIT toInteger($cap) + 1
  RETURN collect(${organizationMap('p')}) AS items
}
RETURN k AS key, items`,
    params: { keys, cap: READ_LIMITS.partOfCap },
  };
}

export function issuedQuery(keys: string[], cap: number): Query {
  return {
    cypher: `UNWIND $keys AS k
MATCH (o:Organization {key: k})
CALL (o) {
  MATCH (d:Directive)-[:ISSUED_BY]->(o)
  WITH d
  ORDER BY d.issuedOn IS NULL, d.issuedOn DESC, d.key
  LIMIT toInteger($cap)
  RETURN collect(${directiveMap('d')}) AS items
}
RETURN k AS key, items`,
    params: { keys, cap: capOf(cap) },
  };
}

export function assignedTasksQuery(keys: string[], cap: number): Query {
  return {
    cypher: `UNWIND $keys AS k
MATCH (o:Organization {key: k})
CALL (o) {
  MATCH (d:Directive)-[x:ASSIGNS]->(o)
  WITH DISTINCT d, x.taskId AS taskId
  ORDER BY d.issuedOn IS NULL, d.issuedOn DESC, d.key, taskId
  LIMIT toInteger($cap)
  MATCH (d)-[a:ASSIGNS {taskId: taskId}]->(u:Organization)
  WITH d, taskId, collect(${ASSIGNS_PART}) AS parts
  RETURN collect(${taskFrom('taskId', 'parts', directiveMap('d'))}) AS items
}
RETURN k AS key, items`,
    params: { keys, cap: capOf(cap) },
  };
}

/**
 * The stored text of each directive (null for a referenced one, or one ingested before texts were
 * kept). At most textCap keys: the loader refuses more before asking, so the LIMIT never cuts.
 */
export function textsQuery(keys: string[]): Query {
  return {
    cypher: `UNWIND $keys AS k
WITH k LIMIT toInteger($cap)
MATCH (d:Directive {key: k})
RETURN k AS key, d.text AS items`,
    params: { keys, cap: READ_LIMITS.textCap },
  };
}

async function byKey<T>(runner: ReadRunner, q: Query, what: string): Promise<Map<string, T>> {
  const rows = await runner.run<{ key: string; items: T }>(q, what);
  return new Map(rows.map((r) => [r.key, r.items]));
}

export const batch = {
  citations: (runner: ReadRunner, keys: string[], side: 'out' | 'in', types: RelationType[], cap: number) =>
    byKey<CitationRow[]>(runner, citationsQuery(keys, side, types, cap), 'reading citations'),

  async assignments(runner: ReadRunner, keys: string[], cap: number): Promise<Map<string, TaskRow[]>> {
    const rows = await runner.run<{ key: string; directive: DirectiveRow; items: Omit<TaskRow, 'directive'>[] }>(assignmentsQuery(keys, cap), 'reading tasks');
    return new Map(rows.map((r) => [r.key, r.items.map((t) => ({ ...t, directive: r.directive }))]));
  },

  recipients: (runner: ReadRunner, keys: string[], cap: number) =>
    byKey<RecipientRow[]>(runner, recipientsQuery(keys, cap), 'reading recipients'),

  async signers(runner: ReadRunner, keys: string[]): Promise<Map<string, SignerRow>> {
    const rows = await runner.run<{ key: string; signer: SignerRow }>(signersQuery(keys), 'reading signers');
    return new Map(rows.map((r) => [r.key, r.signer]));
  },

  texts: (runner: ReadRunner, keys: string[]) => byKey<string | null>(runner, textsQuery(keys), 'reading texts'),

  partOf: (runner: ReadRunner, keys: string[]) => byKey<OrganizationRow[]>(runner, partOfQuery(keys), 'reading PART_OF'),

  periods: fetchPeriods,

  issued: (runner: ReadRunner, keys: string[], cap: number) => byKey<DirectiveRow[]>(runner, issuedQuery(keys, cap), 'reading issued directives'),

  async assignedTasks(runner: ReadRunner, keys: string[], cap: number): Promise<Map<string, TaskRow[]>> {
    const map = await byKey<TaskRow[]>(runner, assignedTasksQuery(keys, cap), 'reading assigned tasks');
    // The collect after the second MATCH does not keep the ORDER BY before it: sort again, newest first.
    for (const tasks of map.values()) {
      tasks.sort((a, b) => (b.directive.issuedOn ?? '').localeCompare(a.directive.issuedOn ?? '') || a.directive.key.localeCompare(b.directive.key) || a.id.localeCompare(b.id));
    }
    return map;
  },
};

/** One page of a nested list per parent, and the count of all its items. */
export interface NestedPage<T> {
  total: number;
  items: T[];
}

function pageParams(keys: string[], skip: number, first: number) {
  return { keys, skip: Math.max(0, skip), limit: Math.max(0, Math.min(first, READ_LIMITS.maxFirst)) };
}

/**
 * The shape every nested page shares: per parent key, the count of all its items and one ordered
 * page of them, each in its own subquery so that the count never sees SKIP/LIMIT.
 */
interface PageShape {
  /** `(d:Directive {key: k})`: the parent, bound to `anchor`. */
  match: string;
  anchor: 'd' | 'o';
  /** The body of the counting subquery, ending in `RETURN … AS total`. */
  count: string;
  /** The rows to page, up to and including their ORDER BY. */
  rows: string;
  /** After SKIP/LIMIT: what makes `items`. */
  items: string;
  /** Extra columns of the result beside key, total and items. */
  columns?: string;
}

function pagedQuery(shape: PageShape, params: Record<string, unknown>): Query {
  return {
    cypher: `UNWIND $keys AS k
MATCH ${shape.match}
CALL (${shape.anchor}) {
${shape.count}
}
CALL (${shape.anchor}) {
${shape.rows}
  SKIP toInteger($skip)
  LIMIT toInteger($limit)
${shape.items}
}
RETURN k AS key, ${shape.columns ? `${shape.columns}, ` : ''}total, items`,
    params,
  };
}

export function citationsPageQuery(keys: string[], side: 'out' | 'in', types: RelationType[], skip: number, first: number): Query {
  return pagedQuery({
    match: '(d:Directive {key: k})',
    anchor: 'd',
    count: `  MATCH ${CITATION_HOP[side]}
  WHERE type(r) IN $types
  RETURN count(r) AS total`,
    rows: `  MATCH ${CITATION_HOP[side]}
  WHERE type(r) IN $types
  WITH r, o
  ORDER BY o.issuedOn IS NULL, o.issuedOn DESC, o.key, type(r), ${preferredEdgeOrder('r')}`,
    items: `  RETURN collect({ relation: type(r), other: ${directiveMap('o')}, evidence: ${evidenceMap('r')} }) AS items`,
  }, { ...pageParams(keys, skip, first), types });
}

export function assignmentsPageQuery(keys: string[], skip: number, first: number): Query {
  return pagedQuery({
    match: '(d:Directive {key: k})',
    anchor: 'd',
    count: `  MATCH (d)-[a:ASSIGNS]->(:Organization)
  RETURN count(DISTINCT a.taskId) AS total`,
    rows: `  MATCH (d)-[a:ASSIGNS]->(u:Organization)
  WITH a.taskId AS taskId, collect(${ASSIGNS_PART}) AS parts
  WITH taskId, parts
  ORDER BY coalesce(head(parts).span[0], 0), taskId`,
    items: `  RETURN collect(${taskFrom('taskId', 'parts')}) AS items`,
    columns: `${directiveMap('d')} AS directive`,
  }, pageParams(keys, skip, first));
}

export function recipientsPageQuery(keys: string[], skip: number, first: number): Query {
  return pagedQuery({
    match: '(d:Directive {key: k})',
    anchor: 'd',
    count: `  MATCH (d)-[s:SENT_TO]->(:Organization)
  RETURN count(s) AS total`,
    rows: `  MATCH (d)-[s:SENT_TO]->(u:Organization)
  WITH s, u
  ORDER BY s.list, coalesce(s.span[0], 0), u.key`,
    items: `  RETURN collect({ organization: ${organizationMap('u')}, list: s.list, purpose: s.purpose }) AS items`,
  }, pageParams(keys, skip, first));
}

export function issuedPageQuery(keys: string[], skip: number, first: number): Query {
  return pagedQuery({
    match: '(o:Organization {key: k})',
    anchor: 'o',
    count: `  MATCH (d:Directive)-[:ISSUED_BY]->(o)
  RETURN count(DISTINCT d) AS total`,
    rows: `  MATCH (d:Directive)-[:ISSUED_BY]->(o)
  WITH DISTINCT d
  ORDER BY d.issuedOn IS NULL, d.issuedOn DESC, d.key`,
    items: `  RETURN collect(${directiveMap('d')}) AS items`,
  }, pageParams(keys, skip, first));
}

export function assignedTasksPageQuery(keys: string[], skip: number, first: number): Query {
  return pagedQuery({
    match: '(o:Organization {key: k})',
    anchor: 'o',
    count: `  MATCH (d:Directive)-[x:ASSIGNS]->(o)
  WITH DISTINCT d, x.taskId AS taskId
  RETURN count(*) AS total`,
    rows: `  MATCH (d:Directive)-[x:ASSIGNS]->(o)
  WITH DISTINCT d, x.taskId AS taskId
  ORDER BY d.issuedOn IS NULL, d.issuedOn DESC, d.key, taskId`,
    items: `  CALL (d, taskId) {
    MATCH (d)-[a:ASSIGNS {taskId: taskId}]->(u:Organization)
    RETURN collect(${ASSIGNS_PART}) AS parts
  }
  RETURN collect(${taskFrom('taskId', 'parts', directiveMap('d'))}) AS items`,
  }, pageParams(keys, skip, first));
}

async function pagesByKey<T>(runner: ReadRunner, q: Query, what: string): Promise<Map<string, NestedPage<T>>> {
  const rows = await runner.run<{ key: string; total: number; items: T[] }>(q, what);
  return new Map(rows.map((r) => [r.key, { total: Number(r.total), items: r.items }]));
}

export const pages = {
  citations: (runner: ReadRunner, keys: string[], side: 'out' | 'in', types: RelationType[], skip: number, first: number) =>
    pagesByKey<CitationRow>(runner, citationsPageQuery(keys, side, types, skip, first), 'reading a page of citations'),

  async assignments(runner: ReadRunner, keys: string[], skip: number, first: number): Promise<Map<string, NestedPage<TaskRow>>> {
    const rows = await runner.run<{ key: string; directive: DirectiveRow; total: number; items: Omit<TaskRow, 'directive'>[] }>(
      assignmentsPageQuery(keys, skip, first), 'reading a page of tasks');
    return new Map(rows.map((r) => [r.key, { total: Number(r.total), items: r.items.map((t) => ({ ...t, directive: r.directive })) }]));
  },

  recipients: (runner: ReadRunner, keys: string[], skip: number, first: number) =>
    pagesByKey<RecipientRow>(runner, recipientsPageQuery(keys, skip, first), 'reading a page of recipients'),

  issued: (runner: ReadRunner, keys: string[], skip: number, first: number) =>
    pagesByKey<DirectiveRow>(runner, issuedPageQuery(keys, skip, first), 'reading a page of issued directives'),

  assignedTasks: (runner: ReadRunner, keys: string[], skip: number, first: number) =>
    pagesByKey<TaskRow>(runner, assignedTasksPageQuery(keys, skip, first), 'reading a page of assigned tasks'),
};
