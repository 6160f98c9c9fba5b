import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ms, num, times } from '../format.js';
import { currentLoad } from '../machine.js';
import { now } from '../measure.js';
import { median, ratio, summariseLatency } from '../stats.js';
import type { BenchContext, SectionBody, SectionSpec, Table } from '../types.js';

/**
 * The real server under load, beside a bare fastify server in the same run:
 * - first query after start: `serve` started as `npm start` runs it (a fresh process, Neo4j's query
 *   caches cleared first, as after a Neo4j start), with and without the plan warm-up;
 * - throughput: autocannon against `directive(number)`, `directives(search)` and `derivedTasks` of a
 *   city order, and against a fastify hello-world route (the ceiling of the HTTP stack here);
 * - overhead: the same request one at a time over HTTP, against the same Cypher through the driver.
 */
export const serveSpec: SectionSpec = {
  id: 'serve',
  title: '5. server',
  baseline: 'a fastify hello-world route (`GET /` answering `{"hello":"world"}`) in its own process, loaded by the same autocannon ' +
    'in the same run, for throughput; the same Cypher through the driver (the API\'s read runner, no HTTP, no GraphQL) for the ' +
    'end-to-end overhead; the server without its plan warm-up for the first query after a start.',
};

export const BENCH_SERVE_NOTE = 'Figures also in bench/results.json (groups `throughput` and `queries`).';

export interface ServeEnv {
  root: string;
  boltPort: number;
  /** A city order (key), its number and its issuer's key: on a large graph several cities reuse a number. */
  orderKey: string;
  number: string;
  issuer: string | null;
  search: string;
  /** The same Cypher as the GraphQL requests, through the driver (the API's read runner). */
  direct: { directive: () => Promise<unknown>; derivedTasks: () => Promise<unknown>; clearQueryCaches: () => Promise<void> };
}

export interface ServeResults {
  firstAfterStartMs: number;
  firstAfterStartColdMs: number;
  overheadRatio: number;
  overheadRatioDirective: number;
  /** derivedTasksRps: `serve` as it runs by default (its answer cache on); derivedTasksUncachedRps: every request runs its query. */
  throughput: {
    directiveRps: number; searchRps: number; derivedTasksRps: number; derivedTasksUncachedRps: number; helloRps: number;
    connections: number; seconds: number;
  };
}

const DERIVED_CACHED = 'derivedTasks (city order, ward level), answer cache on (the default)';
const DIRECTIVE = 'query($n: String, $i: String) { directive(number: $n, issuer: $i) { key number title docType issuedOn status } }';
const SEARCH = 'query($s: String) { directives(search: $s, first: 20) { totalCount nodes { key number title } } }';
const DERIVED = `query($k: ID!) { derivedTasks(order: $k, level: WARD, first: 20) { totalCount truncated nodes {
  depth task { id clause text units { unit { name level } role } } directive { number } chain { number } links { evidence { sentence } } } } }`;

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

interface Child { proc: ChildProcess; url: string; stop: () => Promise<void>; warmed: Promise<void> }

async function spawnAndWait(root: string, args: string[], env: NodeJS.ProcessEnv, readyPath: string): Promise<Child & { startMs: number }> {
  const port = await freePort();
  const t0 = now();
  const proc = spawn(process.execPath, args, { cwd: root, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  let seen = '';
  const warmed = new Promise<void>((done) => {
    proc.stdout?.on('data', (chunk: Buffer) => {
      seen = (seen + chunk.toString('utf8')).slice(-4096);
      if (/warm(ed \d+ query plans|ing the query plans failed)/.test(seen)) done();
    });
    proc.once('exit', () => done());
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (proc.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${proc.exitCode}`);
    if (await fetch(`${url}${readyPath}`).then((r) => r.ok, () => false)) break;
    if (i > 1200) throw new Error(`${args.join(' ')} did not answer ${readyPath} within 120 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const startMs = now() - t0;
  const stop = () => new Promise<void>((done) => {
    if (proc.exitCode !== null) return done();
    proc.once('exit', () => done());
    proc.kill('SIGTERM');
  });
  return { proc, url, stop, startMs, warmed };
}

function serveEnv(env: ServeEnv, warm: boolean, cacheEntries?: number): NodeJS.ProcessEnv {
  return {
    ...(cacheEntries === undefined ? {} : { QUERY_CACHE_ENTRIES: String(cacheEntries) }),
    ...process.env, NEO4J_URI: `bolt://127.0.0.1:${env.boltPort}`, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'unused', NEO4J_DATABASE: '',
    HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production', RATE_LIMIT_MAX: '0', API_TOKEN: '', WARM_QUERY_PLANS: String(warm),
  };
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: { message: string }[] };
  if (!res.ok || body.errors?.length) throw new Error(`GraphQL: HTTP ${res.status} ${body.errors?.[0]?.message ?? ''}`);
}

async function cannon(url: string, opts: { connections: number; seconds: number; body?: string; method?: 'GET' | 'POST'; path?: string }): Promise<{ rps: number; non2xx: number; errors: number; p50: number; p99: number }> {
  const r = await autocannon({
    url: `${url}${opts.path ?? '/graphql'}`, connections: opts.connections, duration: opts.seconds, method: opts.method ?? 'POST',
    ...(opts.body ? { body: opts.body, headers: { 'content-type': 'application/json' } } : {}),
  });
  return { rps: r.requests.average, non2xx: r.non2xx, errors: r.errors + r.timeouts, p50: r.latency.p50, p99: r.latency.p99 };
}

export async function runServe(ctx: BenchContext, env: ServeEnv): Promise<SectionBody & { results: ServeResults }> {
  const cli = ['--import', 'tsx', join(env.root, 'src/cli.ts'), 'serve'];
  const tables: Table[] = [];
  const notes: string[] = [];
  const raw: Record<string, unknown> = {};

  // 1. First query after start, with and without the warm-up, taking turns.
  const reps = ctx.quick ? 2 : 3;
  const first: Record<'warm' | 'cold', { start: number[]; first: number[]; second: number[] }> = {
    warm: { start: [], first: [], second: [] }, cold: { start: [], first: [], second: [] },
  };
  for (let i = 0; i < reps; i++) {
    for (const mode of ['cold', 'warm'] as const) {
      await env.direct.clearQueryCaches();
      ctx.log(`server: start ${i + 1}/${reps} ${mode === 'warm' ? 'with' : 'without'} the plan warm-up...`);
      const child = await spawnAndWait(env.root, cli, serveEnv(env, mode === 'warm', 0), '/ready');
      try {
        // The warm-up runs in the background after listen: its log line says when it is done. No answer cache:
        // the second request must run its query, as the first does.
        if (mode === 'warm') await child.warmed;
        let t = now();
        await post(child.url, DERIVED, { k: env.orderKey });
        first[mode].first.push(now() - t);
        t = now();
        await post(child.url, DERIVED, { k: env.orderKey });
        first[mode].second.push(now() - t);
        first[mode].start.push(child.startMs);
      } finally {
        await child.stop();
      }
    }
  }
  raw.firstAfterStart = first;
  tables.push({
    title: `First request after \`serve\` starts (fresh process, Neo4j query caches cleared before each start), derivedTasks of ${env.orderKey}, ${reps} starts each, taking turns`,
    columns: ['server', 'start → /ready median', 'first request median', 'second request median', 'ratio first/second'],
    rows: (['cold', 'warm'] as const).map((m) => [
      m === 'warm' ? 'with the plan warm-up (default)' : 'without (WARM_QUERY_PLANS=false)',
      ms(median(first[m].start)), ms(median(first[m].first)), ms(median(first[m].second)), times(ratio(median(first[m].first), median(first[m].second))),
    ]),
  });

  // 2. Throughput and 3. overhead, against one warmed server and a hello-world server.
  const connections = 32;
  // 5 s was too short for derivedTasks at load 20 (no request of 32 in flight finished): 10 s in --quick.
  const seconds = ctx.quick ? 10 : 20;
  // Without the answer cache: the overhead pairs and the throughput rows measure requests that run their
  // queries (a cached derivedTasks would be compared with the driver running its query). The cache has its row below.
  const server = await spawnAndWait(env.root, cli, serveEnv(env, true, 0), '/ready');
  const helloSrc = `import Fastify from 'fastify'; const app = Fastify(); app.get('/', async () => ({ hello: 'world' })); await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });`;
  const hello = await spawnAndWait(env.root, ['--input-type=module', '-e', helloSrc], process.env, '/');
  let results: ServeResults;
  try {
    // Steady state: the warm-up runs in the background after listen and would share the cores with the measures.
    await server.warmed;
    // Overhead, one request at a time: HTTP + GraphQL end to end against the same Cypher via the driver.
    const runs = ctx.quick ? 30 : 100;
    const pairs = {
      directive: { http: () => post(server.url, DIRECTIVE, { n: env.number, i: env.issuer }), direct: env.direct.directive },
      derivedTasks: { http: () => post(server.url, DERIVED, { k: env.orderKey }), direct: env.direct.derivedTasks },
    };
    const lat: Record<string, { http: number[]; direct: number[] }> = {};
    for (const [name, p] of Object.entries(pairs)) {
      for (let i = 0; i < 10; i++) { await p.http(); await p.direct(); }
      const h: number[] = [];
      const d: number[] = [];
      for (let i = 0; i < runs; i++) {
        let t = now(); await p.http(); h.push(now() - t);
        t = now(); await p.direct(); d.push(now() - t);
      }
      lat[name] = { http: h, direct: d };
    }
    // The floor of any request: an HTTP round trip through fastify and GraphQL that reads nothing. A query of a
    // few ms cannot come within 1.2x of the driver when this alone is a third of it (the fetch client included).
    const floor: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = now(); await post(server.url, '{ __typename }', {}); floor.push(now() - t);
    }
    raw.overhead = { ...lat, floor };
    tables.push({
      title: `End-to-end overhead: the request over HTTP + GraphQL against the same Cypher through the driver (read runner), ${runs} pairs taking turns`,
      columns: ['request', 'HTTP + GraphQL p50', 'p95', 'Cypher via driver p50', 'p95', 'ratio p50'],
      rows: Object.entries(lat).map(([name, l]) => {
        const a = summariseLatency(l.http); const b = summariseLatency(l.direct);
        return [name, ms(a.p50), ms(a.p95), ms(b.p50), ms(b.p95), times(ratio(a.p50, b.p50))];
      }).concat([(() => {
        const f = summariseLatency(floor);
        return ['{ __typename } (no Cypher: the HTTP + GraphQL floor)', ms(f.p50), ms(f.p95), '–', '–', '–'];
      })()]),
    });

    const load = () => currentLoad();
    const bodies = {
      'directive(number)': JSON.stringify({ query: DIRECTIVE, variables: { n: env.number, i: env.issuer } }),
      'directives(search)': JSON.stringify({ query: SEARCH, variables: { s: env.search } }),
      'derivedTasks (city order, ward level)': JSON.stringify({ query: DERIVED, variables: { k: env.orderKey } }),
    };
    const rows: string[][] = [];
    const tp: Record<string, { rps: number; non2xx: number; errors: number; p50: number; p99: number; load: number }> = {};
    ctx.log(`server: autocannon hello-world, ${connections} connections, ${seconds} s...`);
    const l0 = load();
    tp.hello = { ...(await cannon(hello.url, { connections, seconds, method: 'GET', path: '/' })), load: l0 };
    for (const [name, body] of Object.entries(bodies)) {
      ctx.log(`server: autocannon ${name}, ${connections} connections, ${seconds} s...`);
      const l = load();
      tp[name] = { ...(await cannon(server.url, { connections, seconds, body })), load: l };
    }
    // The same derivedTasks request on a server as `serve` runs by default, with its answer cache: after the
    // first request, pages come from memory while the graph does not change (src/graph/read/cache.ts).
    await server.stop();
    ctx.log('server: start with the answer cache (the default)...');
    const cached = await spawnAndWait(env.root, cli, serveEnv(env, true), '/ready');
    try {
      await cached.warmed;
      ctx.log(`server: autocannon derivedTasks with the answer cache, ${connections} connections, ${seconds} s...`);
      const l = load();
      tp[DERIVED_CACHED] = { ...(await cannon(cached.url, { connections, seconds, body: bodies['derivedTasks (city order, ward level)'] })), load: l };
    } finally {
      await cached.stop();
    }
    raw.throughput = tp;
    for (const [name, t] of Object.entries(tp)) {
      rows.push([name === 'hello' ? 'fastify hello-world (baseline)' : name, num(t.rps), ms(t.p50), ms(t.p99), String(t.non2xx), String(t.errors),
        times(ratio(t.rps, tp.hello!.rps)), t.load.toFixed(2)]);
    }
    tables.push({
      title: `Throughput: autocannon, ${connections} connections, ${seconds} s per request, one after the other against one server process`,
      columns: ['request', 'req/s (mean)', 'latency p50', 'latency p99', 'non-2xx', 'errors', 'ratio / hello-world', 'load average at its start'],
      rows,
    });
    notes.push('The server is `directive-graph serve` in its own process (NODE_ENV=production, rate limit off, warmed plans), Neo4j the bench\'s ' +
      'embedded one; autocannon runs in the bench process. All three share the 2 cores, so req/s is bounded by the machine, not by one of them.',
    'The overhead pairs and the first rows are a server without its answer cache (QUERY_CACHE_ENTRIES=0): every request runs its query. ' +
      `The row "${DERIVED_CACHED}" is a second server as \`serve\` runs by default, whose derivedTasks pages after the first come from memory ` +
      'while the graph does not change (src/graph/read/cache.ts). The queries section\'s latencies are measured without the cache.');
    const r = (name: string) => ratio(median(lat[name]!.http), median(lat[name]!.direct));
    results = {
      firstAfterStartMs: median(first.warm.first),
      firstAfterStartColdMs: median(first.cold.first),
      overheadRatio: r('derivedTasks') ?? NaN,
      overheadRatioDirective: r('directive') ?? NaN,
      throughput: {
        directiveRps: tp['directive(number)']!.rps, searchRps: tp['directives(search)']!.rps,
        derivedTasksRps: tp[DERIVED_CACHED]!.rps,
        derivedTasksUncachedRps: tp['derivedTasks (city order, ward level)']!.rps, helloRps: tp.hello!.rps, connections, seconds,
      },
    };
  } finally {
    await server.stop();
    await hello.stop();
  }
  return { tables, notes, raw, results };
}
