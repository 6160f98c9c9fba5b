/**
 * Two checkouts' `serve` under autocannon, taking turns, against one Neo4j (the bench's): for each
 * burst, the requests per second and the CPU each server process and Neo4j spent per request
 * (/proc, so the CPU figures do not grow with other sessions' load as req/s does). The bench's
 * derivedTasks request (a city order, ward level) by default; both servers' answers must be
 * byte-identical.
 *
 *   NEO4J_EMBEDDED_PORT=7855 npx tsx scripts/profile/serve-ab.ts --old /tmp/old-checkout --order 'doc:...' \
 *     [--cache on|off] [--rounds 4] [--seconds 5] [--connections 32]
 *
 * `--old` is a checkout of the code to compare with (`git archive <commit> | tar -x -C dir`, with
 * node_modules linked in); the other side is this checkout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { findNeo4j } from './neo4j-process.js';
import { processCpuSeconds } from './proc-cpu.js';

const { values } = parseArgs({
  options: {
    old: { type: 'string' }, order: { type: 'string' }, cache: { type: 'string', default: 'on' },
    rounds: { type: 'string', default: '4' }, seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '32' },
  },
});
if (!values.old || !values.order) throw new Error('--old <checkout> and --order <key> are required');

const DERIVED = `query($k: ID!) { derivedTasks(order: $k, level: WARD, first: 20) { totalCount truncated nodes {
  depth task { id clause text units { unit { name level } role } } directive { number } chain { number } links { evidence { sentence } } } } }`;
const body = JSON.stringify({ query: DERIVED, variables: { k: values.order } });

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

interface Side { name: string; proc: ChildProcess; url: string }

async function start(name: string, root: string): Promise<Side> {
  const port = await freePort();
  const env = {
    ...process.env, PORT: String(port), NEO4J_URI: `bolt://127.0.0.1:${process.env.NEO4J_EMBEDDED_PORT}`, NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: 'unused', NEO4J_DATABASE: '', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', RATE_LIMIT_MAX: '0',
    API_TOKEN: '', WARM_QUERY_PLANS: 'false', ...(values.cache === 'off' ? { QUERY_CACHE_ENTRIES: '0' } : {}),
  };
  const proc = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'serve'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; !(await fetch(`${url}/ready`).then((r) => r.ok, () => false)); i++) {
    if (i > 600) throw new Error(`${name} did not answer /ready`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { name, proc, url };
}

async function ask(s: Side): Promise<string> {
  const r = await fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await r.text();
  if (!r.ok || text.includes('"errors"')) throw new Error(`${s.name}: ${text.slice(0, 300)}`);
  return text;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const neo4jPid = findNeo4j(Number(process.env.NEO4J_EMBEDDED_PORT));
if (!neo4jPid) throw new Error('no embedded Neo4j on NEO4J_EMBEDDED_PORT');
const sides = [await start('old', resolve(values.old)), await start('new', resolve('.'))];
try {
  const answers = await Promise.all(sides.map(ask));
  if (answers[0] !== answers[1]) throw new Error(`answers differ:\nold ${answers[0]!.slice(0, 400)}\nnew ${answers[1]!.slice(0, 400)}`);
  console.log(`answers identical (${answers[0]!.length} bytes); cache ${values.cache}`);
  // Warm both (JIT of the server, of graphql-jit, Neo4j's plans).
  for (const s of sides) await autocannon({ url: `${s.url}/graphql`, method: 'POST', body, headers: { 'content-type': 'application/json' }, connections: 8, duration: 3 });
  const fig: Record<string, { rps: number[]; node: number[]; neo4j: number[] }> = { old: { rps: [], node: [], neo4j: [] }, new: { rps: [], node: [], neo4j: [] } };
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const s of round % 2 === 0 ? sides : [...sides].reverse()) {
      const n0 = processCpuSeconds(s.proc.pid);
      const j0 = processCpuSeconds(neo4jPid);
      const r = await autocannon({
        url: `${s.url}/graphql`, method: 'POST', body, headers: { 'content-type': 'application/json' },
        connections: Number(values.connections), duration: Number(values.seconds),
      });
      const count = r.requests.total;
      const f = fig[s.name]!;
      f.rps.push(r.requests.average);
      f.node.push((processCpuSeconds(s.proc.pid) - n0) * 1000 / count);
      f.neo4j.push((processCpuSeconds(neo4jPid) - j0) * 1000 / count);
      if (r.non2xx || r.errors) throw new Error(`${s.name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      console.log(`round ${round} ${s.name}: ${Math.round(r.requests.average)} req/s, server CPU ${f.node.at(-1)!.toFixed(3)} ms/request, Neo4j CPU ${f.neo4j.at(-1)!.toFixed(3)} ms/request`);
    }
  }
  for (const s of sides) {
    const f = fig[s.name]!;
    console.log(`${s.name}: req/s median ${Math.round(median(f.rps))} (${f.rps.map(Math.round).join(' ')}), server CPU ${median(f.node).toFixed(3)} ms/request, Neo4j CPU ${median(f.neo4j).toFixed(3)} ms/request`);
  }
} finally {
  for (const s of sides) s.proc.kill('SIGTERM');
}
