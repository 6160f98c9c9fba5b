#!/usr/bin/env -S npx tsx
/**
 * The hostile client of `npm run soak` (scripts/soak.ts), in a process of its own so that its work
 * never slows the event loop that times the normal query:
 *
 *   tsx scripts/soak-attacker.ts --url http://127.0.0.1:4000 --connections 16 --duration 30
 *
 * Sends, round-robin on every connection, each attack of ATTACKS and checks every answer against
 * the refusal that attack must get (HTTP status, GraphQL error code, the limit named). Prints one
 * JSON object on stdout: per attack, how many answers, how many as expected, the others by what
 * they were, the 5xx; and autocannon's totals (requests sent, connection errors, timeouts).
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    connections: { type: 'string', default: '16' },
    duration: { type: 'string', default: '30' },
    rate: { type: 'string', default: '0' },
  },
});
if (!values.url) throw new Error('--url is required');

const aliases = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: directives(first: 100) { totalCount }`).join(' ')} }`;
const nest = (n: number): string => (n === 0 ? 'number' : `implementedBy { directive { ${nest(n - 1)} } }`);

/** What the server must answer: status, and the code (and limit) of its first GraphQL error. */
interface Refusal { status: number; code: string; limit?: string }

/** Each attack: its body, and the refusal README's Security table promises for it. */
const ATTACKS: Record<string, { body: string; refusal: Refusal }> = {
  // 1,000 aliases of an expensive field: stopped while parsing, past 4,000 tokens.
  aliases: { body: JSON.stringify({ query: aliases }), refusal: { status: 400, code: 'LIMIT_EXCEEDED', limit: 'queryTokens' } },
  // 8 nested lists, 17 levels deep: under the token and query-count limits, over the depth limit of 10.
  nesting: { body: JSON.stringify({ query: `{ directive(number: "17/CT-UBND") { ${nest(8)} } }` }), refusal: { status: 400, code: 'LIMIT_EXCEEDED', limit: 'queryDepth' } },
  // Over the 64 KB an anonymous request may send: refused from Content-Length, unread.
  oversized: {
    body: JSON.stringify({ query: '{ stats { labels { name count } } }', padding: 'x'.repeat(80_000) }),
    refusal: { status: 413, code: 'LIMIT_EXCEEDED', limit: 'anonymousBodyLimit' },
  },
  // 200 operations in one batched array: batching is off.
  batched: {
    body: JSON.stringify(Array.from({ length: 200 }, () => ({ query: '{ stats { labels { name count } } }' }))),
    refusal: { status: 400, code: 'BAD_USER_INPUT' },
  },
};

interface Tally { answers: number; asExpected: number; serverErrors: number; other: Record<string, number> }

/** "413 LIMIT_EXCEEDED anonymousBodyLimit": what one answer was, for counting the unexpected ones. */
function describe(status: number, body: string): Refusal {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string; limit?: string } }[] };
    const ext = parsed.errors?.[0]?.extensions;
    return { status, code: ext?.code ?? 'none', ...(ext?.limit ? { limit: ext.limit } : {}) };
  } catch {
    return { status, code: 'not JSON' };
  }
}

const tallies: Record<string, Tally> = Object.fromEntries(Object.keys(ATTACKS).map((k) => [k, { answers: 0, asExpected: 0, serverErrors: 0, other: {} }]));

/**
 * One autocannon per attack, all at once, each on its share of the connections: an answer is then
 * always that attack's (autocannon's request rotation on one connection loses step when the server
 * closes the connection after refusing an oversized body).
 */
function run(kind: string, a: { body: string; refusal: Refusal }, connections: number, rate: number) {
  const t = tallies[kind]!;
  return autocannon({
    url: values.url!,
    connections,
    duration: Number(values.duration),
    ...(rate > 0 ? { overallRate: rate } : {}),
    requests: [{
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: a.body,
      onResponse: (status: number, body: string) => {
        t.answers += 1;
        if (status >= 500) t.serverErrors += 1;
        const got = describe(status, body);
        if (got.status === a.refusal.status && got.code === a.refusal.code && got.limit === a.refusal.limit) {
          t.asExpected += 1;
        } else {
          const label = `${got.status} ${got.code}${got.limit ? ` ${got.limit}` : ''}`;
          t.other[label] = (t.other[label] ?? 0) + 1;
        }
      },
    }],
  });
}

const kinds = Object.keys(ATTACKS);
const each = Math.max(1, Math.floor(Number(values.connections) / kinds.length));
const rate = Number(values.rate) / kinds.length;
const results = await Promise.all(kinds.map((k) => run(k, ATTACKS[k]!, each, rate)));
const sum = (f: (r: autocannon.Result) => number) => results.reduce((n, r) => n + f(r), 0);
const result = {
  requests: { total: sum((r) => r.requests.total), average: sum((r) => r.requests.average) },
  errors: sum((r) => r.errors), timeouts: sum((r) => r.timeouts), '5xx': sum((r) => r['5xx']),
};
const connectionErrors = Object.fromEntries(kinds.map((k, i) => [k, results[i]!.errors]));

process.stdout.write(`${JSON.stringify({
  expected: Object.fromEntries(Object.entries(ATTACKS).map(([k, a]) => [k, a.refusal])),
  byAttack: tallies,
  sent: result.requests.total,
  perSecond: Math.round(result.requests.average),
  connectionErrors: result.errors,
  connectionErrorsByAttack: connectionErrors,
  connectionsPerAttack: each,
  timeouts: result.timeouts,
  '5xx': result['5xx'],
})}\n`);
