import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/migrate.js';
import { createDriver } from '../../src/graph/driver.js';
import { autoCommit, type GraphTarget } from '../../src/graph/executor.js';
import { cleanDatabase, testEnv, testNeo4j, testTarget, useGraph } from '../helpers/graph.js';
import { CuttableProxy } from '../helpers/proxy.js';
import { canonicalDump, graphTools } from '../ingest/graph-helpers.js';

/**
 * Ingests that are interrupted, killed or run side by side must leave exactly the graph one clean
 * run leaves: compared as a canonical dump of every node, edge and property (tests/ingest/graph-helpers.ts).
 */
const graph = useGraph();
const { q } = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));
const ROOT = resolve(import.meta.dirname, '../..');
const COUNT = 120;
const BATCH = '5';
/** DG_SOAK=1: every kill point gets its own re-run and comparison (slow); by default they are chained. */
const SOAK = process.env.DG_SOAK === '1';

/** mulberry32: kill points that a failing run can name and a re-run can repeat (DG_FAULT_SEED). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = Number(process.env.DG_FAULT_SEED ?? Date.now() % 100_000);

interface Ran { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** `directive-graph ingest` in a real process; `onStderr` may signal it. */
function ingest(args: string[], onStderr?: (text: string, child: ReturnType<typeof spawn>) => void, env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'ingest', ...args], { cwd: ROOT, env: testEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      onStderr?.(stderr, child);
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

function run(entry: string, args: string[]): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, entry), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

const dump = () => canonicalDump(graph.driver, graph.target.NEO4J_DATABASE);
const ingestedCount = async () => Number((await q<{ n: number }>(`MATCH (d:Directive {status: 'ingested'}) RETURN count(d) AS n`))[0]!.n);

let corpus: string;
let clean: Awaited<ReturnType<typeof dump>>;
beforeAll(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'dg-faults-'));
  const gen = await run('scripts/gen-corpus.ts', ['--out', corpus, '--count', String(COUNT), '--seed', '11']);
  expect(gen.stdout).toMatch(new RegExp(`^wrote ${COUNT} documents`));
  await cleanDatabase(graph.driver);
  const whole = await ingest([corpus, '--batch-size', BATCH]);
  expect(whole.stdout).toMatch(new RegExp(`^documents: ${COUNT} \\(${COUNT} ingested`, 'm'));
  clean = await dump();
});
afterAll(() => rmSync(corpus, { recursive: true, force: true }));

describe('Ctrl-C during an ingest', () => {
  it('finishes the batch being written, says what was stored, exits 130; the re-run completes the graph', async () => {
    await cleanDatabase(graph.driver);
    let watching = false;
    let sent = false;
    const stopped = await ingest([corpus, '--batch-size', BATCH], (err, child) => {
      if (watching || !/^ingest: writing to /m.test(err)) return;
      watching = true;
      // Ctrl-C once some batches are in and at least half are still to come, as the graph says: a
      // progress line is no sign of that, the run can be over before its first one (every 2 s).
      const poll = setInterval(() => {
        void ingestedCount().then((n) => {
          if (sent || n === 0 || n > COUNT / 2 || child.exitCode !== null || child.signalCode !== null) return;
          sent = true;
          clearInterval(poll);
          child.kill('SIGINT');
        });
      }, 10);
      child.on('close', () => clearInterval(poll));
    });
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toContain('SIGINT: finishing the batch being written, then stopping');
    const said = /^interrupted: (\d+) documents stored, (\d+) of 120 files handled, (\d+) not read or not written; run the same command again/m.exec(stopped.stdout);
    expect(said).not.toBeNull();
    const stored = Number(said![1]);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(COUNT);
    expect(stored % Number(BATCH)).toBe(0); // whole batches only
    expect(await ingestedCount()).toBe(stored);

    const rerun = await ingest([corpus, '--batch-size', BATCH]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`(${COUNT - stored} ingested, 0 updated, ${stored} unchanged, 0 failed)`);
    expect(await dump()).toEqual(clean);
  });
});

/** Kills an ingest with SIGKILL `delayMs` after it starts writing; resolves when it is gone. */
function killedAfter(delayMs: number): Promise<Ran> {
  let armed = false;
  return ingest([corpus, '--batch-size', BATCH], (err, child) => {
    if (!armed && /^ingest: writing to /m.test(err)) {
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    }
  });
}

describe('SIGKILL at random points', () => {
  it(`killed at 10 random points (seed ${SEED}), then re-run: exactly the graph of one clean run`, async () => {
    const random = prng(SEED);
    const points = Array.from({ length: 10 }, () => Math.floor(random() * 2500));
    await cleanDatabase(graph.driver);
    const seen: number[] = [];
    for (const delay of points) {
      const killed = await killedAfter(delay);
      // A run that finished before its kill point is fine too; most are killed mid-write.
      expect(killed.signal === 'SIGKILL' || killed.code === 0).toBe(true);
      seen.push(await ingestedCount());
      if (SOAK) {
        const rerun = await ingest([corpus, '--batch-size', BATCH]);
        expect(rerun.code).toBe(0);
        expect(await dump()).toEqual(clean);
        await cleanDatabase(graph.driver);
      }
    }
    // Whatever each kill left, it is whole batches of whole documents, never more than the corpus.
    expect(seen.every((n) => n <= COUNT)).toBe(true);
    const rerun = await ingest([corpus, '--batch-size', BATCH]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`^documents: ${COUNT} \\(\\d+ ingested, 0 updated, \\d+ unchanged, 0 failed\\)`, 'm'));
    expect(await dump()).toEqual(clean);
  });
});

describe('two ingests at once', () => {
  it('over overlapping folders, in opposite orders: exactly the graph of one clean run', async () => {
    await cleanDatabase(graph.driver);
    const round = join(corpus, '00-01');
    const [a, b] = await Promise.all([
      ingest([corpus, '--batch-size', BATCH]),
      ingest([join(round, '3-ward'), join(round, '2-district'), '--batch-size', BATCH]),
    ]);
    expect([a.code, b.code, a.stderr.match(/\[DG_[A-Z_]+\]/g), b.stderr.match(/\[DG_[A-Z_]+\]/g)]).toEqual([0, 0, null, null]);
    expect(await dump()).toEqual(clean);
  });

  it('the schema migration run by several processes at once succeeds in each', async () => {
    const n = testNeo4j();
    const drivers = Array.from({ length: 4 }, () => createDriver(testTarget()));
    try {
      // Drop what the migration creates (not the harness's marker), then let four migrate at once.
      const first: GraphTarget = { driver: drivers[0]!, database: n.database };
      const schema = (cypher: string) => autoCommit<{ name: string }>(first, { cypher, params: {} }, { mode: 'WRITE', what: 'dropping the schema' });
      // Names of schema objects cannot be parameters; these come from the server's own listing.
      for (const r of await schema('SHOW CONSTRAINTS YIELD name RETURN name')) await schema(`DROP CONSTRAINT ${r.name}`);
      for (const r of await schema("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' AND name <> 'dg_test_harness_marker' RETURN name")) {
        await schema(`DROP INDEX ${r.name} IF EXISTS`);
      }
      // A graph made before schema/050: it holds the two full-text indexes that migration drops.
      await schema("CREATE FULLTEXT INDEX directive_text IF NOT EXISTS FOR (d:Directive) ON EACH [d.searchText, d.number]");
      await schema('CREATE FULLTEXT INDEX task_text IF NOT EXISTS FOR ()-[r:ASSIGNS]-() ON EACH [r.text]');
      const results = await Promise.allSettled(drivers.map((d) => applySchema(d, 'schema', { database: n.database })));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
      const names = (await q<{ name: string }>('SHOW INDEXES YIELD name RETURN name')).map((r) => r.name);
      expect(names).toEqual(expect.arrayContaining(['directive_search', 'issuer_search', 'organization_search', 'directive_key_unique', 'ingestlock_id_unique']));
      expect(names.filter((x) => x === 'directive_text' || x === 'task_text')).toEqual([]);
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
  });
});

describe('Neo4j gone mid-ingest', () => {
  it('stops with an error naming the batch and its documents; the re-run completes the graph', async () => {
    await cleanDatabase(graph.driver);
    const n = testNeo4j();
    const uri = new URL(n.uri.replace(/^bolt/, 'http'));
    const proxy = new CuttableProxy({ host: uri.hostname, port: Number(uri.port || 7687) });
    await proxy.open();
    try {
      let cut = false;
      const broken = await ingest([corpus, '--batch-size', BATCH], (err) => {
        if (!cut && new RegExp(`^ingest: \\d+/${COUNT} documents`, 'm').test(err)) { cut = true; void proxy.cut(); }
      // 2 s of driver retries instead of the default 30: the outage lasts, so retrying longer only waits longer.
      }, { NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`, NEO4J_MAX_RETRY_MS: '2000' });
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(/Neo4j cannot be reached .*; while (reading|writing) batch \d+ \(5 documents: \/.+\.txt … \/.+\.txt\), which is not stored; \d+ documents were stored before it; run the same command again to finish \[DG_DB_UNAVAILABLE\]/);
      const stored = Number(/(\d+) documents were stored before it/.exec(broken.stderr)![1]);
      expect(await ingestedCount()).toBe(stored);
    } finally {
      await proxy.cut();
    }
    const rerun = await ingest([corpus, '--batch-size', BATCH]);
    expect(rerun.code).toBe(0);
    expect(await dump()).toEqual(clean);
  });
});
