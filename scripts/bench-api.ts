#!/usr/bin/env -S npx tsx
/**
 * Latency of the lineage questions through the whole API (GraphQL parse, validation, limits,
 * resolvers, one Cypher query each, JSON), on whatever graph the environment's Neo4j holds. Requests
 * go through fastify's inject (no socket), one at a time, so the numbers are the server's own time.
 *
 *   npx tsx scripts/bench-api.ts [--runs 200] [--warmup 20]
 *   NEO4J_URI=bolt://127.0.0.1:7702 npx tsx scripts/bench-api.ts
 *
 * Roots are sampled through the API itself, the newest 100 of a level: province-level directives that
 * something implements for `lineage DOWN` and `derivedTasks(level: WARD)` (the city orders), district
 * ones likewise, ward-level directives for `lineage UP`. The graph is only read.
 */
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import app from '../src/api/app.js';
import { loadConfig } from '../src/config.js';
import { createDriver, describeTarget, verify } from '../src/graph/driver.js';
import { createReadRunner } from '../src/graph/read/runner.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '200' }, warmup: { type: 'string', default: '20' } } });
const runs = Number(values.runs);
const warmup = Number(values.warmup);

const config = loadConfig();
const driver = createDriver(config);
await verify(driver);
const fastify = Fastify({ logger: false });
await fastify.register(app, { runner: createReadRunner(driver, { database: config.NEO4J_DATABASE, timeoutMs: 30_000 }) });
await fastify.ready();

// A response value read by this script: any field, any index.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const res = await fastify.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  const body = res.json() as { data: Json; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${body.errors[0]!.message}\n${query}`);
  return body.data;
}

const stats = await gql('{ stats { labels { name count } relationships { name count } } }');
const count = (list: { name: string; count: number }[], name: string) => list.find((c) => c.name === name)?.count ?? 0;
process.stderr.write(`bench-api: ${describeTarget(config)}: ${count(stats.stats.labels, 'Directive')} directives, ` +
  `${count(stats.stats.relationships, 'IMPLEMENTS')} IMPLEMENTS, ${count(stats.stats.relationships, 'ASSIGNS')} ASSIGNS\n`);

/** Up to 100 directives of a level; for walks down, only those something implements (the orders). */
async function sample(level: string, implemented: boolean): Promise<string[]> {
  const nodes = (await gql(`{ directives(level: ${level}, first: 100) { nodes { key implementedBy { directive { key } } } } }`)).directives.nodes as
    { key: string; implementedBy: unknown[] }[];
  return nodes.filter((n) => !implemented || n.implementedBy.length > 0).map((n) => n.key);
}
const provinceRoots = await sample('PROVINCE', true);
const wardRoots = await sample('WARD', false);
const districtRoots = await sample('DISTRICT', true);

const LINEAGE = `query($k: ID!, $d: Direction) { lineage(key: $k, direction: $d, maxDepth: 10) {
  truncated nodes { key number title issuer { name } } edges { from { key } to { key } type depth evidence { sentence span } } } }`;
const DERIVED = `query($k: ID!) { derivedTasks(order: $k, level: WARD, first: 20) { totalCount truncated nodes {
  depth task { id clause text units { unit { name level } role } } directive { number } chain { number } links { evidence { sentence } } mandate { text } } } }`;

interface Case { name: string; roots: string[]; query: string; variables: (k: string) => Record<string, unknown>; size: (d: Json) => number }
const cases: Case[] = [
  { name: 'lineage DOWN (province roots)', roots: provinceRoots, query: LINEAGE, variables: (k) => ({ k, d: 'DOWN' }), size: (d) => d.lineage.nodes.length },
  { name: 'lineage UP (ward roots)', roots: wardRoots.length ? wardRoots : districtRoots, query: LINEAGE, variables: (k) => ({ k, d: 'UP' }), size: (d) => d.lineage.nodes.length },
  { name: 'derivedTasks WARD (province roots)', roots: provinceRoots, query: DERIVED, variables: (k) => ({ k }), size: (d) => d.derivedTasks.totalCount },
  { name: 'derivedTasks WARD (district roots)', roots: districtRoots, query: DERIVED, variables: (k) => ({ k }), size: (d) => d.derivedTasks.totalCount },
];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const rows: string[] = [];
for (const c of cases) {
  if (c.roots.length === 0) {
    rows.push(`${c.name.padEnd(36)} (no roots of that level in this graph)`);
    continue;
  }
  for (let i = 0; i < warmup; i++) await gql(c.query, c.variables(c.roots[i % c.roots.length]!));
  const times: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const data = await gql(c.query, c.variables(c.roots[i % c.roots.length]!));
    times.push(performance.now() - t0);
    sizes.push(c.size(data));
  }
  times.sort((a, b) => a - b);
  sizes.sort((a, b) => a - b);
  rows.push(`${c.name.padEnd(36)} p50 ${pct(times, 50).toFixed(1).padStart(7)} ms  p95 ${pct(times, 95).toFixed(1).padStart(7)} ms  ` +
    `max ${times.at(-1)!.toFixed(1).padStart(7)} ms  (${runs} runs over ${c.roots.length} roots; result size p50 ${pct(sizes, 50)}, max ${sizes.at(-1)})`);
}
process.stdout.write(rows.join('\n') + '\n');
await fastify.close();
await driver.close();
