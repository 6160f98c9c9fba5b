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
 */
import { spawn } from 'node:child_process';
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

async function main(): Promise<void> {
  const config = loadConfig();
  const env = { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', RATE_LIMIT_MAX: values['rate-limit'] };
  const stats = await run(['ingest', values.corpus], env);
  process.stderr.write(`corpus: ${stats.split('\n')[0]}\n`);

  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'serve'], {
    cwd: ROOT, env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    const ready = await fetch(`${url}/ready`).then((r) => r.ok, () => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 500));
  }
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

  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const warm = avg(samples.filter((s) => s.t >= 5 && s.t < 15).map((s) => s.rss));
  const end = avg(samples.filter((s) => s.t >= duration - 10).map((s) => s.rss));
  const statuses = { '2xx': result['2xx'], '4xx': result['4xx'], '5xx': result['5xx'], non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts };
  const figures = {
    duration, connections, requests: result.requests.total, rps: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    statuses,
    rssMb: { afterWarmup: Math.round(warm), last10s: Math.round(end), peak: Math.round(Math.max(...samples.map((s) => s.rss))) },
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
