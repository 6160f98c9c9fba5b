/**
 * Two checkouts' API on one graph, in one process, taking turns: the bench's three GraphQL requests
 * (lineage DOWN, derivedTasks at ward level, directives(search: "chi thi <number>")) through fastify's
 * inject, for the bench's roots; with --only also `searchNumber` (the order's printed number) and
 * `searchWords` ("ke hoach <number> ubnd"), searches whose words many issuers hold. Per request: Node's CPU (process.cpuUsage), the embedded Neo4j's CPU
 * (/proc/<pid>/stat), and the wall time; the first two do not grow with other sessions' load as the
 * wall time does. Every answer of the other checkout must be byte-identical to this one's.
 *
 *   DATA_DIR=.data/bench NEO4J_EMBEDDED_PORT=7837 npx tsx scripts/profile/api-ab.ts --old /tmp/old-checkout \
 *     [--rounds 6] [--only lineage,derived,search,searchNumber,searchWords] [--roots 30] [--cache]
 *
 * `--old` is a checkout of the code to compare with (`git archive <commit> | tar -x -C dir`, with
 * node_modules linked in). Each round runs every case over every root once per side, the sides in
 * alternating order; the first round only warms (JIT, plans) and checks the answers. `--cache` puts each
 * side's answer cache (its src/graph/read/cache.ts, as `serve` runs) in front of its runner: derivedTasks
 * then comes from memory after the first round.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Fastify, { type FastifyInstance } from 'fastify';
import type * as ConfigModule from '../../src/config.js';
import type * as OpenModule from '../../src/graph/open.js';
import type * as AppModule from '../../src/api/app.js';
import type * as CacheModule from '../../src/graph/read/cache.js';
import { findNeo4j } from './neo4j-process.js';

const { values } = parseArgs({
  options: {
    old: { type: 'string' }, rounds: { type: 'string', default: '6' }, only: { type: 'string' }, roots: { type: 'string', default: '30' },
    cache: { type: 'boolean', default: false },
  },
});
if (!values.old) throw new Error('--old <checkout> is required');

const LINEAGE = `query($k: ID!) { lineage(key: $k, direction: DOWN, maxDepth: 10) {
  truncated nodes { key number title issuer { name } } edges { from { key } to { key } type depth evidence { sentence span } } } }`;
const DERIVED = `query($k: ID!) { derivedTasks(order: $k, level: WARD, first: 20) { totalCount truncated nodes {
  depth task { id clause text units { unit { name level } role } } directive { number } chain { number } links { evidence { sentence } } } } }`;
const SEARCH = 'query($s: String) { directives(search: $s, first: 20) { totalCount nodes { key number title issuer { name } } } }';

interface Root { key: string; number: string }
const CASES: Record<string, { gql: string; vars: (r: Root) => Record<string, unknown> }> = {
  lineage: { gql: LINEAGE, vars: (r) => ({ k: r.key }) },
  derived: { gql: DERIVED, vars: (r) => ({ k: r.key }) },
  search: { gql: SEARCH, vars: (r) => ({ s: `chi thi ${r.number.split('/')[0]}` }) },
  // Searches whose words many issuers hold ("ubnd", "ct"), so that the issuer branch of the candidates finds most of them.
  searchNumber: { gql: SEARCH, vars: (r) => ({ s: r.number }) },
  searchWords: { gql: SEARCH, vars: (r) => ({ s: `ke hoach ${r.number.split('/')[0]} ubnd` }) },
};

interface Side { name: string; app: FastifyInstance; close: () => Promise<void> }

async function side(name: string, root: string): Promise<Side> {
  const { loadConfig } = await import(join(root, 'src/config.ts')) as typeof ConfigModule;
  const { connectGraph } = await import(join(root, 'src/graph/open.ts')) as typeof OpenModule;
  const { default: app } = await import(join(root, 'src/api/app.ts')) as typeof AppModule;
  const { cachedReads } = await import(join(root, 'src/graph/read/cache.ts')) as typeof CacheModule;
  const graph = connectGraph(loadConfig(), { schema: false });
  const reads = graph.reads({ timeoutMs: 120_000 });
  const fastify = Fastify({ logger: false });
  await fastify.register(app, { runner: values.cache ? cachedReads(reads, { entries: 1_000, version: () => graph.version() }) : reads });
  await fastify.ready();
  return { name, app: fastify, close: async () => { await fastify.close(); await graph.close(); } };
}

async function ask(s: Side, query: string, variables: Record<string, unknown>): Promise<string> {
  const r = await s.app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  if (r.statusCode !== 200 || r.body.includes('"errors"')) throw new Error(`${s.name}: ${r.body.slice(0, 300)}`);
  return r.body;
}

const ticks = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
const nodeMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)] ?? NaN;

async function main(): Promise<void> {
  const port = Number(process.env.NEO4J_EMBEDDED_PORT);
  const pid = findNeo4j(port);
  if (!pid) throw new Error(`no embedded Neo4j on port ${port}`);
  const sides = [await side('old', resolve(values.old!)), await side('new', resolve('.'))];
  try {
    const listed = JSON.parse(await ask(sides[1]!, '{ directives(level: PROVINCE, docType: "Chỉ thị", first: 100) { nodes { key number status } } }', {}));
    const roots: Root[] = (listed.data.directives.nodes as (Root & { status: string })[]).filter((d) => d.status === 'INGESTED' && d.number)
      .slice(0, Number(values.roots));
    const names = values.only ? values.only.split(',') : ['lineage', 'derived', 'search'];
    type Figures = { node: number[]; neo4j: number[]; wall: number[]; bytes: number };
    const fig: Record<string, Record<string, Figures>> = Object.fromEntries(names.map((c) => [c, Object.fromEntries(sides.map((s) => [s.name, { node: [], neo4j: [], wall: [], bytes: 0 }]))]));
    const rounds = Number(values.rounds);
    for (let round = 0; round <= rounds; round++) {
      for (const c of names) {
        const order = round % 2 === 0 ? sides : [...sides].reverse();
        const bodies: Record<string, string[]> = {};
        for (const s of order) {
          const f = fig[c]![s.name]!;
          const n0 = nodeMs();
          const j0 = ticks(pid);
          bodies[s.name] = [];
          for (const r of roots) {
            const t0 = performance.now();
            const body = await ask(s, CASES[c]!.gql, CASES[c]!.vars(r));
            if (round > 0) f.wall.push(performance.now() - t0);
            bodies[s.name]!.push(body);
          }
          if (round > 0) {
            f.node.push((nodeMs() - n0) / roots.length);
            f.neo4j.push((ticks(pid) - j0) / roots.length);
          }
          f.bytes = bodies[s.name]!.reduce((n, b) => n + b.length, 0) / roots.length;
        }
        if (round === 0) {
          const diff = roots.findIndex((_, i) => bodies.old![i] !== bodies.new![i]);
          if (diff >= 0) throw new Error(`${c}: answers differ for ${roots[diff]!.key}:\nold ${bodies.old![diff]!.slice(0, 400)}\nnew ${bodies.new![diff]!.slice(0, 400)}`);
          console.log(`${c}: ${roots.length} answers identical (${Math.round(fig[c]!.new!.bytes / 1024)} KiB each on average)`);
        }
      }
    }
    for (const c of names) {
      for (const s of sides) {
        const f = fig[c]![s.name]!;
        console.log(`${c} ${s.name}: Node CPU ${median(f.node).toFixed(2)} ms/request (${f.node.map((x) => x.toFixed(1)).join(' ')}), ` +
          `Neo4j CPU ${median(f.neo4j).toFixed(2)} ms/request (${f.neo4j.map((x) => x.toFixed(1)).join(' ')}), ` +
          `wall p50/p95 ${median(f.wall).toFixed(1)}/${pct(f.wall, 0.95).toFixed(1)} ms, ${Math.round(f.bytes)} bytes`);
      }
    }
  } finally {
    for (const s of sides) await s.close();
  }
}

await main();
