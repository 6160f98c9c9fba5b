import type { FastifyInstance } from 'fastify';

/**
 * After the plans are warmed (graph/read/warm.ts), a few GraphQL requests through the app itself
 * (`inject`, no socket), on a directive of the graph at depth 1: the first request of a process
 * otherwise runs cold code on both sides (graphql validation and execution, the resolvers, the
 * error formatter, the JSON serializer; Neo4j's walk, sort and projection operators, which a plan
 * warmed on a key that matches nothing never ran). Their answers are dropped.
 */
const REQUESTS = [
  'query($n: String) { directive(number: $n) { key number title docType issuedOn status issuer { name level } } }',
  'query($s: String) { directives(search: $s, first: 20) { totalCount nodes { key number title issuer { name } } } }',
  `query($k: ID!) { lineage(key: $k, maxDepth: 1) { root { key } nodes { key number title } depths { depth direction }
    edges { from { key } to { key } type evidence { sentence span } } context { type } truncated } }`,
  `query($k: ID!) { derivedTasks(order: $k, level: WARD, maxDepth: 1, first: 20) { totalCount truncated pageInfo { endCursor } nodes {
    depth task { id clause text units { unit { name level } role } } directive { number } chain { number } links { evidence { sentence } }
    mandate { id } } } }`,
  'query($k: ID!) { derivedTasks(order: $k, maxDepth: 1, first: 20) { totalCount nodes { depth task { id } } } }',
];

/** Sends the requests one after the other; returns how many answered without an error. */
export async function warmRequests(app: FastifyInstance, orderKey: string): Promise<number> {
  let ok = 0;
  for (const query of REQUESTS) {
    const res = await app.inject({
      method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query, variables: { n: 'warm up', s: 'warm up', k: orderKey } }),
    });
    if (res.statusCode === 200 && !(res.json() as { errors?: unknown[] }).errors) ok++;
  }
  return ok;
}
