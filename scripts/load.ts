#!/usr/bin/env -S npx tsx
/**
 * A bounded loopback load on the GraphQL API (not part of `npm test`: it takes minutes):
 *
 *   npm run load -- [--duration 60] [--connections 64] [--rate-limit 0] [--corpus corpus/seeds]
 *
 * Loads --corpus into the configured Neo4j (NEO4J_URI, else the embedded one on NEO4J_EMBEDDED_PORT,
 * which must be running: `directive-graph db start`) when it holds no directive, starts `serve` as
 * a child process on a free port, runs autocannon with a mix of queries (search, a directive with
 * its nested lists, lineage, derived tasks, stats, organisations, one request refused by a limit),
 * samples the server's resident memory every second, and prints status counts, latency and memory.
 * Exit 1 when any 5xx answered or memory kept growing (last 10 s 25 % above the 10 s after warm-up).
 *
 * Then attack phases (--attack-seconds each, default 20; --attacks oversized,aliases,nesting,flood) on a
 * second server with the default rate limit
 * (--attack-rate-limit 600 a minute per client): one client (127.0.0.2) times a normal query alone,
 * then again while another (127.0.0.1, 32 connections) sends hostile requests (1,000 aliases, deep
 * nesting, fragment cycles, batched arrays, 3.9 MB bodies, injection strings); the two latencies are
 * printed side by side.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.js';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    'rate-limit': { type: 'string', default: '0' },
    corpus: { type: 'string', default: 'corpus/seeds' },
    'attack-seconds': { type: 'string', default: '20' },
    'attack-rate-limit': { type: 'string', default: '600' },
    attacks: { type: 'string', default: 'oversized,aliases,nesting,flood' },
    'skip-load': { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
    child.on('close', (code) => (code === 0 || code === 1 ? done(out) : fail(new Error(`${args[0]} exited ${code}`))));
  });
}

const ALIASES = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: directives(first: 100) { totalCount }`).join(' ')} }`;
const nest = (n: number): string => (n === 0 ? 'number' : `implementedBy { directive { ${nest(n - 1)} } }`);
const post = (b: string) => ({ method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body: b });
/** Each attack runs alone against the probe, so that its own cost shows. */
const ATTACKS: Record<string, string[]> = {
  // Over the body limit of an anonymous request (and under the 4 MB of an authenticated ingest).
  oversized: [JSON.stringify({ query: '{ stats { labels { name count } } }', padding: 'x'.repeat(3_900_000) })],
  aliases: [JSON.stringify({ query: ALIASES })],
  nesting: [
    JSON.stringify({ query: `{ directive(key: "k") { ${nest(40)} } }` }),
    JSON.stringify({ query: 'fragment A on Directive { implementedBy { directive { ...B } } } fragment B on Directive { implements { directive { ...A } } } { directive(key: "k") { ...A } }' }),
  ],
  // Cheap, valid queries as fast as the connections allow: past the rate limit, 429s.
  flood: [
    JSON.stringify({ query: '{ stats { labels { name count } } }' }),
    JSON.stringify({ query: 'query($k: ID) { directive(key: $k) { number } }', variables: { k: "x'}) MATCH (n) DETACH DELETE n //" } }),
    JSON.stringify(Array.from({ length: 200 }, () => ({ query: '{ stats { labels { name count } } }' }))),
  ],
};

/** CPU seconds (user + system) the process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const ORDER = 'doc:17/CT-UBND|org:ubnd@p01|2021';
const REQUESTS = [
  body('query($s: String) { directives(search: $s, first: 20) { totalCount nodes { key number title issuer { name } } } }', { s: 'phong chong dich' }),
  body('query($k: ID) { directive(key: $k) { number title implementedBy { directive { number } evidence { rule } } assignments { clause text units { unit { name } } } recipients { organization { name } } } }', { k: ORDER }),
  body('query($k: ID!) { lineage(key: $k, direction: DOWN) { depths { depth directive { number } } edges { type evidence { sentence } } truncated } }', { k: ORDER }),
  body('query($k: ID!) { derivedTasks(order: $k, first: 10) { totalCount nodes { task { clause } directive { number } chain { number } } } }', { k: ORDER }),
  body('{ stats { labels { name count } directivesByLevel { name count } } }'),
  body('{ organizations(search: "quan uy", first: 20) { totalCount nodes { key name level } } }'),
  body('query($k: ID) { directive(key: $k) { implementedByConnection(first: 50) { totalCount nodes { directive { number } } } } }', { k: ORDER }),
  body('{ directives(first: 1000) { totalCount } }'), // refused: LIMIT_EXCEEDED, a 200 with an error
];

/** `serve` on a free port, listening on every loopback address (127.0.0.2 is a second client). */
async function serve(env: NodeJS.ProcessEnv, profileDir?: string): Promise<{ server: ChildProcess; url: string; port: number }> {
  const port = await freePort();
  const prof = profileDir ? ['--cpu-prof', '--cpu-prof-dir', resolve(profileDir)] : [];
  const server = spawn(process.execPath, [...prof, '--import', 'tsx', join(ROOT, 'src/cli.ts'), 'serve'], {
    cwd: ROOT, env: { ...env, PORT: String(port), HOST: '0.0.0.0' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    const ready = await fetch(`${url}/ready`).then((r) => r.ok, () => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return { server, url, port };
}

/** One POST from a chosen local address (another client, for the rate limit). */
function postFrom(localAddress: string, port: number, payload: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, localAddress, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? 0));
    });
    req.on('error', fail);
    req.end(payload);
  });
}

/** p50/p95 of a sorted list of milliseconds. */
function percentiles(times: number[]): { n: number; p50: number; p95: number } {
  const t = [...times].sort((a, b) => a - b);
  return { n: t.length, p50: Math.round(t[Math.floor(t.length / 2)] ?? NaN), p95: Math.round(t[Math.floor(t.length * 0.95)] ?? NaN) };
}

function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

/**
 * A normal client (127.0.0.2) times a normal query alone, then while another client (127.0.0.1,
 * 32 connections, in a worker thread so it does not slow this event loop) sends one kind of attack.
 * Also the server's CPU seconds per attack request: the cost that does not depend on how busy the
 * machine is.
 */
async function attackPhase(port: number, url: string, pid: number, kind: string, seconds: number) {
  const probe = async (s: number) => {
    const times: number[] = [];
    const until = Date.now() + s * 1000;
    while (Date.now() < until) {
      const t = performance.now();
      const status = await postFrom('127.0.0.2', port, REQUESTS[1]!);
      if (status === 200) times.push(performance.now() - t);
      // A normal client's pace (5 a second), well inside its own rate limit.
      await new Promise((r) => setTimeout(r, 200));
    }
    return percentiles(times);
  };
  const alone = await probe(seconds / 2);
  const cpu0 = cpuSeconds(pid);
  const hostile = autocannon({ url: `${url}/graphql`, connections: 32, duration: seconds, workers: 1, requests: ATTACKS[kind]!.map(post) });
  await new Promise((r) => setTimeout(r, 1000));
  const during = await probe(seconds - 2);
  const h = await hostile;
  const cpu = cpuSeconds(pid) - cpu0;
  return {
    kind, loadAverage: loadAverage(), normalAloneMs: alone, normalDuringMs: during,
    attackRequests: h.requests.total, '2xx': h['2xx'], '4xx': h['4xx'], '5xx': h['5xx'], errors: h.errors,
    serverCpuSeconds: Number(cpu.toFixed(2)), serverCpuMsPerAttackRequest: Number(((cpu * 1000) / Math.max(1, h.requests.total)).toFixed(3)),
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const env = { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', RATE_LIMIT_MAX: values['rate-limit'] };
  const stats = await run(['ingest', values.corpus], env);
  process.stderr.write(`corpus: ${stats.split('\n')[0]}\n`);

  let figures: Record<string, unknown> = {};
  if (!values['skip-load']) {
    const { server, url } = await serve(env);
    process.stderr.write(`serving at ${url} (pid ${server.pid}), ${config.NEO4J_URI ?? `embedded :${config.NEO4J_EMBEDDED_PORT}`}; ${connections} connections for ${duration} s\n`);

    const samples: { t: number; rss: number }[] = [];
    const started = Date.now();
    const sampler = setInterval(() => samples.push({ t: (Date.now() - started) / 1000, rss: rssMb(server.pid!) }), 1000);
    const result = await autocannon({ url: `${url}/graphql`, connections, duration, requests: REQUESTS.map(post) });
    clearInterval(sampler);
    server.kill('SIGTERM');

    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const warm = avg(samples.filter((s) => s.t >= 5 && s.t < 15).map((s) => s.rss));
    const end = avg(samples.filter((s) => s.t >= duration - 10).map((s) => s.rss));
    const statuses = { '2xx': result['2xx'], '4xx': result['4xx'], '5xx': result['5xx'], non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts };
    figures = {
      duration, connections, loadAverage: loadAverage(), requests: result.requests.total, rps: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      statuses,
      rssMb: { afterWarmup: Math.round(warm), last10s: Math.round(end), peak: Math.round(Math.max(...samples.map((s) => s.rss))) },
    };
    const grew = end > warm * 1.25;
    if (result['5xx'] > 0 || result.errors > 0 || grew) {
      process.stderr.write(`FAIL: ${result['5xx']} 5xx, ${result.errors} connection errors${grew ? ', memory grew' : ''}\n`);
      process.exitCode = 1;
    }
  }

  const attackSeconds = Number(values['attack-seconds']);
  if (attackSeconds > 0) {
    const target = await serve({ ...env, RATE_LIMIT_MAX: values['attack-rate-limit'] }, values.profile);
    const attacks = [];
    for (const kind of values.attacks.split(',')) {
      if (!ATTACKS[kind]) throw new Error(`unknown attack ${kind}: one of ${Object.keys(ATTACKS).join(', ')}`);
      const a = await attackPhase(target.port, target.url, target.server.pid!, kind, attackSeconds);
      process.stderr.write(`${JSON.stringify(a)}\n`);
      attacks.push(a);
      if (a['5xx'] > 0) process.exitCode = 1;
    }
    figures.attack = { rateLimitPerMinute: Number(values['attack-rate-limit']), attacks };
    await new Promise<void>((done) => {
      target.server.once('close', () => done());
      target.server.kill('SIGTERM');
    });
  }
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`load: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
});
