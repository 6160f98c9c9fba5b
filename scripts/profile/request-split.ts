/**
 * Where the time of one API request goes, on the graph of the configured Neo4j: Neo4j (the server's
 * own figures: until the first record, then until the last one was streamed), the driver's decoding
 * of the records, the read runner's conversion to plain rows, and GraphQL (mercurius, through
 * fastify's inject: no socket). The four are measured taking turns, on the bench's requests.
 *
 *   DATA_DIR=.data/bench NEO4J_EMBEDDED_PORT=7817 npx tsx scripts/profile/request-split.ts [--runs 40] [--only derived,search,lineage]
 *
 * Nothing is written. The roots are the ingested province-level Chỉ thị, as the bench takes them.
 */
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import app from '../../src/api/app.js';
import { loadConfig } from '../../src/config.js';
import { readTx } from '../../src/graph/executor.js';
import { connectGraph } from '../../src/graph/open.js';
import type { Query } from '../../src/graph/query.js';
import { derivedTasksQuery, lineageQuery, searchDirectives, searchDirectivesQuery } from '../../src/graph/read/index.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '40' }, only: { type: 'string' } } });
const RUNS = Number(values.runs);

const DERIVED = `query($k: ID!) { derivedTasks(order: $k, level: WARD, first: 20) { totalCount truncated nodes {
  depth task { id clause text units { unit { name level } role } } directive { number } chain { number } links { evidence { sentence } } } } }`;
const LINEAGE = `query($k: ID!) { lineage(key: $k, direction: DOWN, maxDepth: 10) {
  truncated nodes { key number title issuer { name } } edges { from { key } to { key } type depth evidence { sentence span } } } }`;
const SEARCH = 'query($s: String) { directives(search: $s, first: 20) { totalCount nodes { key number title issuer { name } } } }';

interface Case { name: string; gql: string; vars: (r: Root) => Record<string, unknown>; query: (r: Root) => Query }
interface Root { key: string; number: string }
const searchFor = (r: Root) => `chi thi ${r.number.split('/')[0]}`;

const CASES: Case[] = [
  {
    name: 'derived', gql: DERIVED, vars: (r) => ({ k: r.key }),
    query: (r) => derivedTasksQuery({ order: r.key, level: 'ward', first: 20, maxDepth: 10, relations: ['IMPLEMENTS'] }),
  },
  {
    name: 'lineage', gql: LINEAGE, vars: (r) => ({ k: r.key }),
    query: (r) => lineageQuery({ key: r.key, direction: 'DOWN', maxDepth: 10, relations: ['IMPLEMENTS'], lean: true }),
  },
  { name: 'search', gql: SEARCH, vars: (r) => ({ s: searchFor(r) }), query: (r) => searchDirectivesQuery({ search: searchFor(r), first: 20 }) },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)] ?? NaN;

async function main(): Promise<void> {
  const config = loadConfig();
  const graph = connectGraph(config, { schema: false });
  const runner = graph.reads({ timeoutMs: 120_000 });
  const fastify = Fastify({ logger: false });
  await fastify.register(app, { runner });
  await fastify.ready();
  try {
    const listed = await searchDirectives(runner, { level: 'province', docType: 'Chỉ thị', first: 100 });
    const roots: Root[] = listed.items.map((i) => i.node).filter((d) => d.status === 'ingested' && d.number)
      .slice(0, 10).map((d) => ({ key: d.key, number: d.number! }));
    const only = values.only?.split(',');
    for (const c of CASES.filter((x) => !only || only.includes(x.name))) {
      const t = { server: [] as number[], driver: [] as number[], runner: [] as number[], graphql: [] as number[], bytes: [] as number[] };
      for (let i = -5; i < RUNS; i++) {
        const root = roots[(i + 5) % roots.length]!;
        const q = c.query(root);
        let t0 = performance.now();
        const res = await readTx({ driver: graph.driver, database: graph.database }, { what: 'probe' }, (tx) => tx.run(q.cypher, q.params));
        const driverMs = performance.now() - t0;
        t0 = performance.now();
        await runner.run(q, 'probe');
        const runnerMs = performance.now() - t0;
        t0 = performance.now();
        const r = await fastify.inject({ method: 'POST', url: '/graphql', payload: { query: c.gql, variables: c.vars(root) } });
        const gqlMs = performance.now() - t0;
        if (r.statusCode !== 200 || (r.json() as { errors?: unknown[] }).errors) throw new Error(`${c.name}: ${r.body.slice(0, 300)}`);
        if (i < 0) continue;
        const s = res.summary;
        t.server.push(Number(s.resultAvailableAfter) + Number(s.resultConsumedAfter));
        t.driver.push(driverMs);
        t.runner.push(runnerMs);
        t.graphql.push(gqlMs);
        t.bytes.push(r.body.length);
      }
      const f = (xs: number[]) => `${median(xs).toFixed(1)}/${p95(xs).toFixed(1)}`;
      console.log(`${c.name}: p50/p95 ms  neo4j ${f(t.server)}  driver (neo4j + decode, managed tx) ${f(t.driver)}  runner (+ plain rows) ${f(t.runner)}  ` +
        `graphql inject ${f(t.graphql)}  body ${Math.round(median(t.bytes) / 1024)} KiB`);
    }
  } finally {
    await fastify.close();
    await graph.close();
  }
}

await main();
