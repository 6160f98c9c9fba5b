/**
 * Where the HTTP + GraphQL overhead of `directive(number, issuer)` goes, against the same Cypher
 * through the driver (the bench's serve section, "End-to-end overhead"): a `serve` process as the
 * bench starts it (no answer cache, warmed plans), and in this process the three requests taking
 * turns, one at a time: `{ __typename }` over HTTP (the floor), `directive` over HTTP, and the
 * directive query through the read runner. Per request: the wall time, and the CPU time of this
 * process, of the server process and of Neo4j (/proc: these do not grow with other sessions' load,
 * the wall time does). Wall minus the CPU of the three is time spent waiting for a core or the network.
 * --cpu-prof writes a V8 CPU profile of the server (its whole run: warm-up and the three cases) to --prof-dir.
 *
 *   NEO4J_EMBEDDED_PORT=7783 npx tsx scripts/profile/directive-overhead.ts --number 293/CT-UBND --issuer org:... \
 *     [--runs 200] [--cpu-prof] [--prof-dir .data/prof] [--log-level info] [--block 50]   (info: as the bench runs `serve`)
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { connectGraph } from '../../src/graph/open.js';
import { directivesByNumberQuery } from '../../src/graph/read/index.js';
import { findNeo4j } from './neo4j-process.js';
import { processCpuSeconds } from './proc-cpu.js';

const { values } = parseArgs({
  options: {
    number: { type: 'string' }, issuer: { type: 'string' }, runs: { type: 'string', default: '200' },
    'cpu-prof': { type: 'boolean', default: false }, 'prof-dir': { type: 'string', default: '.data/prof' }, 'log-level': { type: 'string', default: 'info' },
    block: { type: 'string', default: '50' },
  },
});
if (!values.number) throw new Error('--number is required');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(values.runs);
const DIRECTIVE = 'query($n: String, $i: String) { directive(number: $n, issuer: $i) { key number title docType issuedOn status } }';
const config = loadConfig();
const graph = connectGraph(config, { schema: false });
const runner = graph.reads({ timeoutMs: 30_000 });
const neo4jPid = findNeo4j(config.NEO4J_EMBEDDED_PORT);
if (neo4jPid === undefined) throw new Error(`no embedded Neo4j on port ${config.NEO4J_EMBEDDED_PORT}`);

const port = await new Promise<number>((done) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = s.address() as { port: number };
    s.close(() => done(p));
  });
});
const nodeArgs = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', resolve(values['prof-dir']!)] : [];
const proc = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(root, 'src/cli.ts'), 'serve'], {
  cwd: root,
  env: {
    ...process.env, QUERY_CACHE_ENTRIES: '0', NEO4J_URI: `bolt://127.0.0.1:${config.NEO4J_EMBEDDED_PORT}`, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'unused',
    NEO4J_DATABASE: '', HOST: '127.0.0.1', LOG_LEVEL: values['log-level'], NODE_ENV: 'production', RATE_LIMIT_MAX: '0', API_TOKEN: '', WARM_QUERY_PLANS: 'true', PORT: String(port),
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let seen = '';
const warmed = new Promise<void>((done) => {
  proc.stdout.on('data', (c: Buffer) => {
    seen = (seen + c.toString('utf8')).slice(-4096);
    if (/warm(ed \d+ query plans|ing the query plans failed)/.test(seen)) done();
  });
});
const url = `http://127.0.0.1:${port}`;
for (let i = 0; !(await fetch(`${url}/ready`).then((r) => r.ok, () => false)); i++) {
  if (i > 1200) throw new Error('serve did not answer /ready in 120 s');
  await new Promise((r) => setTimeout(r, 100));
}
// Below info the server does not say when its warm-up is done: a minute is enough for it here.
await Promise.race([warmed, new Promise((r) => setTimeout(r, values['log-level'] === 'info' ? 600_000 : 60_000))]);

async function post(query: string, variables: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: { message: string }[] };
  if (!res.ok || body.errors?.length) throw new Error(`GraphQL: HTTP ${res.status} ${body.errors?.[0]?.message ?? ''}`);
}

const cases: Record<string, () => Promise<unknown>> = {
  typename: () => post('{ __typename }', {}),
  directiveHttp: () => post(DIRECTIVE, { n: values.number, i: values.issuer ?? null }),
  directiveDriver: () => runner.run(directivesByNumberQuery(values.number!, values.issuer ?? null), 'probe'),
};
type Sample = { wall: number; self: number; server: number; neo4j: number };
const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
// One request's CPU is below /proc's 10 ms tick: blocks of BLOCK requests per case, taking turns.
const BLOCK = Number(values.block);
for (let r = -1; r < Math.ceil(RUNS / BLOCK); r++) {
  for (const [name, call] of Object.entries(cases)) {
    const c0 = { self: process.cpuUsage(), server: processCpuSeconds(proc.pid), neo4j: processCpuSeconds(neo4jPid) };
    const t0 = performance.now();
    for (let i = 0; i < BLOCK; i++) await call();
    const wall = (performance.now() - t0) / BLOCK;
    const self = process.cpuUsage(c0.self);
    if (r < 0) continue;
    samples[name]!.push({
      wall, self: (self.user + self.system) / 1000 / BLOCK,
      server: ((processCpuSeconds(proc.pid) - c0.server) * 1000) / BLOCK, neo4j: ((processCpuSeconds(neo4jPid) - c0.neo4j) * 1000) / BLOCK,
    });
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
console.log(`case             wall ms  this process CPU  server CPU  Neo4j CPU  (per request, medians of blocks of ${BLOCK})`);
for (const [name, s] of Object.entries(samples)) {
  console.log(`${name.padEnd(16)} ${median(s.map((x) => x.wall)).toFixed(2).padStart(7)}  ${median(s.map((x) => x.self)).toFixed(2).padStart(16)}  ` +
    `${median(s.map((x) => x.server)).toFixed(2).padStart(10)}  ${median(s.map((x) => x.neo4j)).toFixed(2).padStart(9)}`);
}
proc.kill('SIGTERM');
await new Promise((r) => proc.once('exit', r));
await graph.close();
