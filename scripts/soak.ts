#!/usr/bin/env -S npx tsx
/**
 * Does a normal query keep its latency while an attack runs? (issue 13; not part of `npm test`:
 * it takes a few minutes.)
 *
 *   npm run soak -- [--seconds 30] [--rounds 3] [--connections 16] [--attack-rate 0] [--max-ratio 0]
 *
 * Starts the embedded Neo4j (NEO4J_EMBEDDED_PORT, data in DATA_DIR, default .data/soak so that no
 * data of yours is touched; or the server of NEO4J_URI) unless it already runs, loads the five
 * seeds, starts `serve` (NODE_ENV=production, no rate limit unless --rate-limit, so that every
 * attack reaches the check that refuses it rather than the rate limiter), then in one run, in
 * --rounds alternating rounds (--seconds on each side in all):
 *   1. times the normal query `directive(number: "17/CT-UBND")` alone, one request after another
 *      from one client;
 *   2. times it again while scripts/soak-attacker.ts (its own process) sends
 *      1,000-alias queries, 17-deep nesting, 80 KB bodies and batched arrays on --connections
 *      connections, checking that every attack answer is its refusal (status, code, limit);
 * and prints p50/p95 of both, their ratio, the attack counts, the server's CPU and the load
 * average. Exit 1 when an attack got anything but its refusal, any 5xx, a normal query failed,
 * or (with --max-ratio) the p95 ratio is over it. Stops what it started.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    connections: { type: 'string', default: '16' },
    'attack-rate': { type: 'string', default: '0' },
    'rate-limit': { type: 'string', default: '0' },
    'max-ratio': { type: 'string', default: '0' },
    rounds: { type: 'string', default: '3' },
    corpus: { type: 'string', default: 'corpus/seeds' },
  },
});
const seconds = Number(values.seconds);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: process.env.DATA_DIR ?? join(ROOT, '.data/soak'),
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  RATE_LIMIT_MAX: values['rate-limit'],
};

const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, env, encoding: 'utf8' });

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

/** CPU seconds (user + system) the process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

function percentiles(times: number[]): { n: number; p50: number; p95: number } {
  const t = [...times].sort((a, b) => a - b);
  const at = (q: number) => Number((t[Math.min(t.length - 1, Math.floor(t.length * q))] ?? NaN).toFixed(1));
  return { n: t.length, p50: at(0.5), p95: at(0.95) };
}

const NORMAL = JSON.stringify({
  query: 'query($n: String!) { directive(number: $n) { key number title issuer { name } implementedBy { directive { number } } } }',
  variables: { n: '17/CT-UBND' },
});

/** One client, one request after another (a person at GraphiQL, or a report): times and failures. */
interface Probe { times: number[]; failures: string[] }

async function probe(url: string, forSeconds: number): Promise<Probe> {
  const times: number[] = [];
  const failures: string[] = [];
  const until = Date.now() + forSeconds * 1000;
  while (Date.now() < until) {
    const t = performance.now();
    try {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: NORMAL });
      const body = (await res.json()) as { data?: { directive?: { number?: string } | null } };
      const ms = performance.now() - t;
      if (res.status === 200 && body.data?.directive?.number === '17/CT-UBND') times.push(ms);
      else failures.push(`${res.status} ${JSON.stringify(body).slice(0, 200)}`);
    } catch (err) {
      failures.push(String(err));
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { times, failures };
}

async function serve(): Promise<{ server: ChildProcess; url: string }> {
  const port = process.env.PORT ? Number(process.env.PORT) : await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'serve'], {
    cwd: ROOT, env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (await fetch(`${url}/ready`).then((r) => r.ok, () => false)) return { server, url };
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill('SIGTERM');
  throw new Error(`serve did not become ready at ${url}`);
}

function attack(url: string, duration: number): Promise<AttackReport> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [
      '--import', 'tsx', join(ROOT, 'scripts/soak-attacker.ts'), '--url', url,
      '--connections', values.connections, '--duration', String(duration), '--rate', values['attack-rate'],
    ], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
    child.on('close', (code) => (code === 0 ? done(JSON.parse(out) as AttackReport) : fail(new Error(`attacker exited ${code}`))));
  });
}

interface AttackReport {
  expected: Record<string, unknown>;
  byAttack: Record<string, { answers: number; asExpected: number; serverErrors: number; other: Record<string, number> }>;
  sent: number;
  perSecond: number;
  connectionErrors: number;
  timeouts: number;
  '5xx': number;
}

/** The rounds' attack reports as one. */
function combine(reports: AttackReport[]): AttackReport {
  const byAttack: AttackReport['byAttack'] = {};
  for (const r of reports) {
    for (const [k, t] of Object.entries(r.byAttack)) {
      const into = (byAttack[k] ??= { answers: 0, asExpected: 0, serverErrors: 0, other: {} });
      into.answers += t.answers;
      into.asExpected += t.asExpected;
      into.serverErrors += t.serverErrors;
      for (const [label, n] of Object.entries(t.other)) into.other[label] = (into.other[label] ?? 0) + n;
    }
  }
  const sum = (f: (r: AttackReport) => number) => reports.reduce((n, r) => n + f(r), 0);
  return {
    expected: reports[0]!.expected, byAttack, sent: sum((r) => r.sent), perSecond: Math.round(sum((r) => r.perSecond) / reports.length),
    connectionErrors: sum((r) => r.connectionErrors), timeouts: sum((r) => r.timeouts), '5xx': sum((r) => r['5xx']),
  };
}

async function main(): Promise<void> {
  const external = Boolean(process.env.NEO4J_URI);
  const startedDb = !external && cli(['db', 'status']).status !== 0;
  if (startedDb) {
    const s = cli(['db', 'start']);
    if (s.status !== 0) throw new Error(`db start failed: ${s.stderr || s.stdout}`);
  }
  let server: ChildProcess | undefined;
  try {
    const ingest = cli(['ingest', values.corpus]);
    if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
    process.stderr.write(`corpus: ${ingest.stdout.split('\n')[0]}\n`);
    const served = await serve();
    server = served.server;
    const pid = server.pid!;
    process.stderr.write(`serving at ${served.url}; Neo4j ${external ? process.env.NEO4J_URI : `embedded :${env.NEO4J_EMBEDDED_PORT ?? 'default port'}`}\n`);

    await probe(served.url, 3); // warm-up: plans, connections, JIT
    // Alone and under attack in alternating rounds, so that the rest of the machine's load drifting
    // during the run weighs on both sides alike.
    const rounds = Number(values.rounds);
    const per = seconds / rounds;
    const alone: Probe = { times: [], failures: [] };
    const during: Probe = { times: [], failures: [] };
    const reports: AttackReport[] = [];
    const perRound: { aloneP50: number; duringP50: number }[] = [];
    let serverCpu = 0;
    const loadBefore = loadAverage();
    for (let r = 0; r < rounds; r++) {
      const a = await probe(served.url, per);
      const cpu0 = cpuSeconds(pid);
      const attacking = attack(served.url, per + 2);
      await new Promise((done) => setTimeout(done, 1500)); // the attacker's process up and sending
      const d = await probe(served.url, per);
      reports.push(await attacking);
      serverCpu += cpuSeconds(pid) - cpu0;
      for (const [into, from] of [[alone, a], [during, d]] as const) {
        into.times.push(...from.times);
        into.failures.push(...from.failures);
      }
      perRound.push({ aloneP50: percentiles(a.times).p50, duringP50: percentiles(d.times).p50 });
    }
    const hostile = combine(reports);
    const loadAfter = loadAverage();

    const a = percentiles(alone.times);
    const d = percentiles(during.times);
    const ratio = { p50: Number((d.p50 / a.p50).toFixed(2)), p95: Number((d.p95 / a.p95).toFixed(2)) };
    const unexpected = Object.values(hostile.byAttack).reduce((n, t) => n + (t.answers - t.asExpected), 0);
    const answered = Object.values(hostile.byAttack).reduce((n, t) => n + t.answers, 0);
    const figures = {
      normalQuery: 'directive(number: "17/CT-UBND") { key number title issuer implementedBy }',
      secondsEachSide: seconds, connections: Number(values.connections), loadAverage: { before: loadBefore, after: loadAfter }, cores: availableParallelism(),
      rounds, aloneMs: a, duringAttackMs: d, ratio, perRound,
      normalFailures: [...alone.failures, ...during.failures].slice(0, 5),
      attack: { ...hostile, answered, unexpected, serverCpuSeconds: Number(serverCpu.toFixed(1)) },
    };
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);

    const problems: string[] = [];
    if (unexpected > 0) problems.push(`${unexpected} attack answers were not their refusal`);
    if (hostile['5xx'] > 0) problems.push(`${hostile['5xx']} 5xx`);
    if (alone.failures.length + during.failures.length > 0) problems.push(`${alone.failures.length + during.failures.length} normal queries failed`);
    const maxRatio = Number(values['max-ratio']);
    if (maxRatio > 0 && ratio.p95 > maxRatio) problems.push(`p95 ratio ${ratio.p95} over ${maxRatio}`);
    if (problems.length > 0) {
      process.stderr.write(`FAIL: ${problems.join('; ')}\n`);
      process.exitCode = 1;
    }
  } finally {
    if (server) {
      const s = server;
      await new Promise<void>((done) => {
        s.once('close', () => done());
        s.kill('SIGTERM');
      });
    }
    if (startedDb) cli(['db', 'stop']);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`soak: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
});
