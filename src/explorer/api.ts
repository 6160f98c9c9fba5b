import type { Direction, DirectiveDetail, Directive, Lineage, LineageDirective, Relation, TaskTrace } from './types.js';

/**
 * The explorer's only way out: POST /graphql on the page's own origin. Failures become one
 * ApiError whose message a person can act on (the server is down, Neo4j is down, a limit).
 */
export class ApiError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = 'ApiError';
  }
}

const MESSAGES: Record<string, string> = {
  DB_UNAVAILABLE: 'The graph database (Neo4j) does not answer. The server is up; try again once the database is back.',
  LIMIT_EXCEEDED: 'The request is over a server limit',
  NETWORK: 'The directive-graph server does not answer. Is it running?',
};

interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    // A request the page cancelled itself (a stale suggestion) is not the server's failure.
    if (signal?.aborted) throw err;
    throw new ApiError(MESSAGES.NETWORK!, 'NETWORK');
  }
  let body: { data?: T | null; errors?: GraphqlError[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`The server answered ${res.status} ${res.statusText} without GraphQL data.`, 'NETWORK');
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'ERROR';
    const known = MESSAGES[code];
    throw new ApiError(known && code !== 'LIMIT_EXCEEDED' ? known : known ? `${known}: ${first.message}` : first.message, code);
  }
  if (!body.data) throw new ApiError(`The server answered ${res.status} without data.`, 'ERROR');
  return body.data;
}

const ORG = 'key name kind level area';
const DIRECTIVE = `key number docType title issuedOn level status family resolvedBy issuedBy issuer { ${ORG} }`;
const EVIDENCE = 'sentence statedIn span rule confidence resolvedBy';
const EDGE = `from { key } to { key } type depth evidence { ${EVIDENCE} }`;
const TASK = `id clause text deadline span units { unit { ${ORG} } role directedBy { key name } }`;

/** Only what a suggestion shows: every field asked for is resolved for each of the matches listed. */
const SUGGESTION = 'key number docType title issuedOn status issuedBy issuer { name }';

/** A suggestion's directive: the fields the list shows, the rest unknown until it is chosen. */
export type Suggestion = Pick<Directive, 'key' | 'number' | 'docType' | 'title' | 'issuedOn' | 'status' | 'issuedBy'> & { issuer: { name: string | null } | null };

export async function searchDirectives(search: string, first: number, signal?: AbortSignal): Promise<{ total: number; items: Suggestion[] }> {
  const data = await gql<{ directives: { totalCount: number; nodes: Suggestion[] } }>(
    `query Search($s: String!, $first: Int) { directives(search: $s, first: $first) { totalCount nodes { ${SUGGESTION} } } }`,
    { s: search, first },
    signal,
  );
  return { total: data.directives.totalCount, items: data.directives.nodes };
}

/**
 * Tasks per directive whose units a drawing shows: a document assigning more has the units of its
 * first UNIT_TASKS tasks drawn and the rest counted (the status line says so). Kept small because
 * the API prices a nested page by its size (complexity.ts) and a lineage has hundreds of nodes.
 */
export const UNIT_TASKS = 30;

const ASSIGNED = `assignmentsConnection(first: ${UNIT_TASKS}) { totalCount nodes { units { role unit { ${ORG} } } } }`;

export async function fetchLineage(key: string, direction: Direction, maxDepth: number, relations: Relation[], units = false): Promise<Lineage | null> {
  const assigned = units ? ASSIGNED : '';
  const data = await gql<{ lineage: Lineage | null }>(
    `query Lineage($k: ID!, $d: Direction!, $m: Int!, $r: [Relation!]!) { lineage(key: $k, direction: $d, maxDepth: $m, relations: $r) {
      root { ${DIRECTIVE} } truncated nodes { ${DIRECTIVE} ${assigned} }
      edges { ${EDGE} } context { from { ${DIRECTIVE} } to { ${DIRECTIVE} } type depth evidence { ${EVIDENCE} } }
    } }`,
    { k: key, d: direction, m: maxDepth, r: relations },
  );
  return data.lineage;
}

export async function fetchDetail(key: string): Promise<DirectiveDetail | null> {
  const cite = `directive { ${DIRECTIVE} } relation evidence { ${EVIDENCE} }`;
  const data = await gql<{ directive: DirectiveDetail | null }>(
    `query Detail($k: ID!) { directive(key: $k) { ${DIRECTIVE} text
      implements { ${cite} } basedOn { ${cite} } cites { ${cite} } implementedBy { ${cite} } citedBy { ${cite} }
      assignments { ${TASK} } } }`,
    { k: key },
  );
  return data.directive;
}

/** The units of a lineage's directives alone: what a small cascade adds once it is known to be small. */
export async function fetchLineageUnits(key: string, direction: Direction, maxDepth: number, relations: Relation[]): Promise<LineageDirective[]> {
  const data = await gql<{ lineage: { nodes: LineageDirective[] } | null }>(
    `query Units($k: ID!, $d: Direction!, $m: Int!, $r: [Relation!]!) { lineage(key: $k, direction: $d, maxDepth: $m, relations: $r) {
      nodes { key ${ASSIGNED} } } }`,
    { k: key, d: direction, m: maxDepth, r: relations },
  );
  return data.lineage?.nodes ?? [];
}

/** Pages through derivedTasks up to `cap` traces; `total` says how many there are in all. */
export async function fetchDerivedTasks(order: string, level: string, relations: Relation[], cap = 1000): Promise<{ total: number; truncated: boolean; items: TaskTrace[] }> {
  const items: TaskTrace[] = [];
  let after: string | null = null;
  let total = 0;
  let truncated = false;
  do {
    const data: { derivedTasks: { totalCount: number; truncated: boolean; nodes: TaskTrace[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } | null } = await gql(
      `query Tasks($o: ID!, $l: Level, $r: [Relation!]!, $after: String) { derivedTasks(order: $o, level: $l, relations: $r, first: 100, after: $after) {
        totalCount truncated pageInfo { hasNextPage endCursor }
        nodes { depth task { ${TASK} } directive { ${DIRECTIVE} } chain { key number }
          mandate { ${TASK} directive { key number } } }
      } }`,
      { o: order, l: level, r: relations, after },
    );
    const page = data.derivedTasks;
    if (!page) break;
    total = page.totalCount;
    truncated = page.truncated;
    items.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && items.length < cap);
  return { total, truncated, items };
}

export async function fetchStats(): Promise<{ name: string; count: number }[]> {
  const data = await gql<{ stats: { directivesByStatus: { name: string; count: number }[] } }>('{ stats { directivesByStatus { name count } } }');
  return data.stats.directivesByStatus;
}
