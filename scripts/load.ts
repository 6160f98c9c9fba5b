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
 * Then an attack phase (--attack-seconds, default 20) on a second server with the default rate limit
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
const ATTACKS = [
  JSON.stringify({ query: ALIASES }),
  JSON.stringify({ query: `{ directive(key: "k") { ${nest(40)} } }` }),
  JSON.stringify({ query: 'fragment A on Directive { implementedBy { directive { ...B } } } fragment B on Directive { implements { directive { ...A } } } { directive(key: "k") { ...A } }' }),
  JSON.stringify(Array.from({ length: 200 }, () => ({ query: '{ stats { directives } }' }))),
  JSON.stringify({ query: '{ stats { directives } }', padding: 'x'.repeat(3_900_000) }),
  JSON.stringify({ query: 'query($k: ID) { directive(key: $k) { number } }', variables: { k: "x'}) MATCH (n) DETACH DELETE n //" } }),
];

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const ORDER = 'doc:17/CT-UBND|org:ubnd@p01|2021';
const REQUESTS = [
  body('query($s: String) { directives(search: $s, first: 20) { totalCount nodes { key number title issuer { name } } } }', { s: 'phong chong dich' }),
  body('query($k: ID) { directive(key: $k) { number title implementedBy { directive { number } evidence { rule } } assignments { clause text units { unit { name } } } recipients { organization { name } } } }', { k: ORDER }),
  body('query($k: ID!) { lineage(key: $k, direction: DOWN) { depths { depth directive { number } } edges { type evidence { sentence } } truncated } }', { k: ORDER }),
  body('query($k: ID!) { derivedTasks(order: $k, first: 10) { totalCount nodes { task { clause } directive { number } chain { number } } } }', { k: ORDER }),
  body('{ stats { directives organizations } }'),
  body('{ organizations(search: "quan uy", first: 20) { totalCount nodes { key name level } } }'),
  body('query($k: ID) { directive(key: $k) { implementedByConnection(first: 50) { totalCount nodes { directive { number } } } } }', { k: ORDER }),
  body('{ directives(first: 1000) { totalCount } }'), // refused: LIMIT_EXCEEDED, a 200 with an error
];

/** `serve` on a free port, listening on every loopback address (127.0.0.2 is a second client). */
async function serve(env: NodeJS.ProcessEnv): Promise<{ server: ChildProcess; url: string; port: number }> {
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'serve'], {
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

async function main(): Promise<void> {
  const config = loadConfig();
  const env = { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', RATE_LIMIT_MAX: values['rate-limit'] };
  const stats = await run(['ingest', values.corpus], env);
  process.stderr.write(`corpus: ${stats.split('\n')[0]}\n`);

  const { server, url } = await serve(env);
  process.stderr.write(`serving at ${url} (pid ${server.pid}), ${config.NEO4J_URI ?? `embedded :${config.NEO4J_EMBEDDED_PORT}`}; ${connections} connections for ${duration} s\n`);

  const samples: { t: number; rss: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(() => samples.push({ t: (Date.now() - started) / 1000, rss: rssMb(server.pid!) }), 1000);
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration,
    requests: REQUESTS.map((b) => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: b })),
  });
  clearInterval(sampler);

  server.kill('SIGTERM');

  // Attack phase: a normal query's latency alone, then under hostile load from another client.
  const attackSeconds = Number(values['attack-seconds']);
  const target = attackSeconds > 0 ? await serve({ ...env, RATE_LIMIT_MAX: values['attack-rate-limit'] }) : undefined;
  const probe = async (seconds: number) => {
    const times: number[] = [];
    const until = Date.now() + seconds * 1000;
    while (Date.now() < until) {
      const t = performance.now();
      const status = await postFrom('127.0.0.2', target!.port, REQUESTS[1]!);
      if (status === 200) times.push(performance.now() - t);
      // A normal client's pace (5 a second), well inside its own rate limit.
      await new Promise((r) => setTimeout(r, 200));
    }
    times.sort((a, b) => a - b);
    return { n: times.length, p50: Math.round(times[Math.floor(times.length / 2)] ?? NaN), p90: Math.round(times[Math.floor(times.length * 0.9)] ?? NaN) };
  };
  let attack: Record<string, unknown> = {};
  if (attackSeconds > 0) {
    const alone = await probe(attackSeconds / 2);
    const hostile = autocannon({
      // In a worker thread: the attacker must not slow the probe's own event loop in this process.
      url: `${target!.url}/graphql`, connections: 32, duration: attackSeconds, workers: 1,
      requests: ATTACKS.map((b) => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: b })),
    });
    await new Promise((r) => setTimeout(r, 1000));
    const during = await probe(attackSeconds - 2);
    const h = await hostile;
    attack = {
      rateLimitPerMinute: Number(values['attack-rate-limit']), normalQueryAloneMs: alone, normalQueryDuringAttackMs: during,
      attackRequests: h.requests.total, attack2xx: h['2xx'], attack4xx: h['4xx'], attack5xx: h['5xx'], attackErrors: h.errors,
    };
    if (h['5xx'] > 0) process.exitCode = 1;
    target!.server.kill('SIGTERM');
  }

  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const warm = avg(samples.filter((s) => s.t >= 5 && s.t < 15).map((s) => s.rss));
  const end = avg(samples.filter((s) => s.t >= duration - 10).map((s) => s.rss));
  const statuses = { '2xx': result['2xx'], '4xx': result['4xx'], '5xx': result['5xx'], non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts };
  const figures = {
    duration, connections, requests: result.requests.total, rps: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    statuses,
    rssMb: { afterWarmup: Math.round(warm), last10s: Math.round(end), peak: Math.round(Math.max(...samples.map((s) => s.rss))) },
    attack,
  };
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  const grew = end > warm * 1.25;
  if (result['5xx'] > 0 || result.errors > 0 || grew) {
    process.stderr.write(`FAIL: ${result['5xx']} 5xx, ${result.errors} connection errors${grew ? ', memory grew' : ''}\n`);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`load: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
});
