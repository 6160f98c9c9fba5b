import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { writeBaselineRows } from '../baseline-writes.js';
import { generateCorpus } from '../corpus.js';
import { mib, ms, num, seconds, signedMib, times } from '../format.js';
import { runProbe } from '../child.js';
import { measureIngest, type IngestRun, type RunOutcome } from '../ingest-run.js';
import { now } from '../measure.js';
import { firstLine, loadComponent, Unavailable } from '../optional.js';
import { mergeResults, recordResults, RESULTS_FILE, round } from '../results.js';
import { median, rate, ratio, summariseLatency, summariseThroughput } from '../stats.js';
import { currentLoad } from '../machine.js';
import type { BenchContext, SectionBody, SectionReport, SectionSpec, Table } from '../types.js';
import { BENCH_SERVE_NOTE, runServe, serveSpec, type ServeResults } from './serve.js';

import type * as EmbeddedExports from '../../../src/db/embedded.js';
import type * as DriverExports from '../../../src/graph/driver.js';
import type * as MigrateExports from '../../../src/graph/migrate.js';
import type * as MaintenanceExports from '../../../src/graph/maintenance.js';
import type * as CountsExports from '../../../src/graph/read/counts.js';
import type * as ExecutorExports from '../../../src/graph/executor.js';
import type * as PipelineExports from '../../../src/ingest/pipeline.js';
import type * as StagesExports from '../../../src/ingest/stages.js';
import type * as ReadExports from '../../../src/read/index.js';
import type * as AppExports from '../../../src/api/app.js';
import type * as RunnerExports from '../../../src/graph/read/runner.js';
import type * as PoolExports from '../../../src/ingest/workers/pool.js';
import type * as ExpectedExports from '../../../src/graph/read/expected.js';
import type * as StageClockExports from '../../../src/ingest/stage-clock.js';
type EmbeddedModule = typeof EmbeddedExports;
type DriverModule = typeof DriverExports;
type MigrateModule = typeof MigrateExports;
type MaintenanceModule = typeof MaintenanceExports;
type CountsModule = typeof CountsExports;
type ExecutorModule = typeof ExecutorExports;
type PipelineModule = typeof PipelineExports;
type StagesModule = typeof StagesExports;
type ReadModule = typeof ReadExports;
type AppModule = typeof AppExports;
type RunnerModule = typeof RunnerExports;
type PoolModule = typeof PoolExports;
type ExpectedModule = typeof ExpectedExports;
type StageClockModule = typeof StageClockExports;
type Driver = ReturnType<DriverModule['createDriver']>;
type Stages = Awaited<ReturnType<StagesModule['defaultStages']>>;

/**
 * The bench's own embedded Neo4j: never the dev (.data, 7687) or test (.data/test, 7688) one.
 * BENCH_NEO4J_PORT moves it when 7703 is taken (several worktrees benchmarking on one machine).
 */
export const BENCH_DATA_DIR = '.data/bench';
export const BENCH_PORT = Number(process.env.BENCH_NEO4J_PORT || 7703);

export const ingestSpec: SectionSpec = {
  id: 'ingest',
  title: '3. ingest',
  baseline: 'the raw write cost of the same server: as many rows as the ingest created nodes + edges, written with ' +
    '`UNWIND $rows AS r CREATE (:BenchBaseline {k: r.k})` in as many transactions as the ingest used, on an emptied ' +
    'database. The ratio is time(ingest) / time(baseline). A second baseline writes one row per document, batch-size ' +
    'rows per transaction.',
};

export const queriesSpec: SectionSpec = {
  id: 'queries',
  title: '4. queries',
  baseline: 'the same HTTP + GraphQL stack (fastify `inject`, mercurius, no socket) answering `{ __typename }`, which ' +
    'touches no database, and a Cypher `RETURN 1` through the API\'s own read runner (driver session per query, as ' +
    'every API query). Ratios are p50(query) / p50(baseline).',
};

type SectionRunner = (s: SectionSpec, body: () => Promise<SectionBody>) => Promise<SectionReport>;

interface Env {
  pipeline: PipelineModule;
  clearGraph: MaintenanceModule['clearGraph'];
  graphCounts: CountsModule['graphCounts'];
  stages: Stages;
  pool: PoolModule;
  checkExpected: ExpectedModule['checkExpected'];
  /** The pipeline's stage clock, when the tree has one (the per-stage split of the ingest table). */
  StageClock?: StageClockModule['StageClock'];
  driver: Driver;
  target: { driver: Driver; database?: string | undefined };
  /** The bench server: how it was started, for the report. */
  server: string;
  api?: { app: FastifyInstance; ping: () => Promise<void> };
}

interface QueryCase { name: string; ms: number[]; sizes: number[] }
interface QueryResult { dataset: string; docs: number; roots: string[]; rootKeys: string[]; rootNote: string; cases: QueryCase[]; ms: number }

interface State {
  env?: Env;
  stopServer?: () => Promise<void>;
  queriesUnavailable?: string;
  queryResults: QueryResult[];
  queryErrors: string[];
  serve?: SectionBody;
  serveResults?: ServeResults;
  serveError?: string;
}

export async function run(ctx: BenchContext, want: { ingest: boolean; queries: boolean; serve?: boolean }, section: SectionRunner): Promise<SectionReport[]> {
  const state: State = { queryResults: [], queryErrors: [] };
  const reports: SectionReport[] = [];
  // The server is a detached process that outlives this one: an interrupted bench must stop it too.
  const onInterrupt = () => {
    ctx.log('interrupted');
    void (state.stopServer?.() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  try {
    const ingest = await section(ingestSpec, () => ingestBody(ctx, want, state));
    if (want.ingest) reports.push(ingest);
    if (want.queries) reports.push(await section(queriesSpec, async () => queriesBody(ctx, ingest, state)));
    if (want.serve) {
      reports.push(await section(serveSpec, async () => {
        if (state.serve) return state.serve;
        throw new Error(state.serveError ?? 'needs the ingested graph and a city order in it');
      }));
    }
  } finally {
    await state.env?.api?.app.close().catch(() => undefined);
    await state.env?.driver.close().catch(() => undefined);
    await state.stopServer?.();
    state.stopServer = undefined;
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
  }
  return reports;
}

async function setUp(ctx: BenchContext, state: State, wantQueries: boolean): Promise<Env> {
  const root = ctx.root;
  const embedded = await loadComponent<EmbeddedModule>(root, 'src/db/embedded.ts', ['start', 'stop']);
  const drv = await loadComponent<DriverModule>(root, 'src/graph/driver.ts', ['createDriver']);
  const executor = await loadComponent<ExecutorModule>(root, 'src/graph/executor.ts', ['verify']);
  const migrate = await loadComponent<MigrateModule>(root, 'src/graph/migrate.ts', ['applySchema']);
  const maintenance = await loadComponent<MaintenanceModule>(root, 'src/graph/maintenance.ts', ['clearGraph']);
  const counts = await loadComponent<CountsModule>(root, 'src/graph/read/counts.ts', ['graphCounts']);
  const pipeline = await loadComponent<PipelineModule>(root, 'src/ingest/pipeline.ts', ['ingest']);
  const stagesMod = await loadComponent<StagesModule>(root, 'src/ingest/stages.ts', ['defaultStages']);
  const pool = await loadComponent<PoolModule>(root, 'src/ingest/workers/pool.ts', ['ParsePool', 'defaultWorkers']);
  const expected = await loadComponent<ExpectedModule>(root, 'src/graph/read/expected.ts', ['checkExpected']);
  const clockMod = await loadComponent<StageClockModule>(root, 'src/ingest/stage-clock.ts', ['StageClock']).catch(() => undefined);
  let stages: Stages;
  try {
    stages = await stagesMod.defaultStages();
  } catch (err) {
    // The ingest stages load the parser (src/parse/index.ts) at run time.
    throw new Unavailable(`the ingest pipeline cannot load its stages: ${firstLine(err)}`);
  }

  let appMod: AppModule | undefined;
  let runnerMod: RunnerModule | undefined;
  if (wantQueries) {
    try {
      appMod = await loadComponent<AppModule>(root, 'src/api/app.ts', ['default']);
      runnerMod = await loadComponent<RunnerModule>(root, 'src/graph/read/runner.ts', ['createReadRunner']);
    } catch (err) {
      state.queriesUnavailable = firstLine(err);
    }
  }

  const { loadConfig } = await import('../../../src/config.js');
  const heap = loadConfig({ ...process.env, NEO4J_URI: undefined }).NEO4J_EMBEDDED_HEAP;
  const dataDir = join(root, BENCH_DATA_DIR);
  ctx.log(`ingest: starting the bench's embedded Neo4j (${BENCH_DATA_DIR}, port ${BENCH_PORT}, heap ${heap})...`);
  const started = await embedded.start({ dataDir, port: BENCH_PORT, heap, owner: 'cli', log: (l) => ctx.log(`neo4j: ${l}`) });
  ctx.log(`ingest: Neo4j ${started.reused ? 'was already running, reused' : `up in ${seconds(started.ms)}`} (pid ${started.pid})`);
  if (!started.reused) {
    state.stopServer = async () => {
      ctx.log('stopping the bench\'s embedded Neo4j...');
      const r = await embedded.stop({ dataDir, log: (l) => ctx.log(`neo4j: ${l}`) });
      ctx.log(`Neo4j stopped in ${seconds(r.ms)}${r.clean ? '' : ' (not cleanly: see ' + r.logFile + ')'}`);
    };
  }
  const driver = drv.createDriver({ NEO4J_URI: undefined, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'unused', NEO4J_EMBEDDED_PORT: BENCH_PORT });
  const server = `the bench's own embedded Neo4j (${BENCH_DATA_DIR}, bolt port ${BENCH_PORT}, JVM heap ${heap}${started.reused ? ', found running and reused' : ''})`;
  const env: Env = {
    pipeline, clearGraph: maintenance.clearGraph, graphCounts: counts.graphCounts, stages, pool, checkExpected: expected.checkExpected,
    ...(clockMod ? { StageClock: clockMod.StageClock } : {}),
    driver, target: { driver }, server,
  };
  state.env = env;
  await executor.verify(driver);
  await migrate.applySchema(driver, join(root, 'schema'));

  if (appMod && runnerMod) {
    try {
      const { default: Fastify } = await import('fastify');
      const runner = runnerMod.createReadRunner(driver, { timeoutMs: 30_000 });
      const app = Fastify({ logger: false });
      await app.register(appMod.default, { runner });
      await app.ready();
      env.api = { app, ping: () => runner.ping() };
    } catch (err) {
      state.queriesUnavailable = `the API does not start: ${firstLine(err)}`;
    }
  }
  return env;
}

async function ingestBody(ctx: BenchContext, want: { ingest: boolean; queries: boolean; serve?: boolean }, state: State): Promise<SectionBody> {
  const env = await setUp(ctx, state, want.queries || Boolean(want.serve));
  const problems: string[] = [];
  let corpusDir: string | undefined;
  try {
    corpusDir = await generateCorpus(ctx, join(ctx.root, BENCH_DATA_DIR, `corpus-${ctx.docs}`), ctx.docs);
  } catch (err) {
    // Without a corpus the seeds are still measured.
    problems.push(`generated corpus: ${firstLine(err)}`);
  }
  const { pipeline } = env;
  const batchSize = pipeline.DEFAULT_BATCH_SIZE ?? 200;
  const walk = (await loadComponent<ReadModule>(ctx.root, 'src/read/index.ts', ['walkDocuments'])).walkDocuments;
  const listFiles = async (dir: string) => {
    const out: string[] = [];
    for await (const p of walk([dir])) out.push(p);
    return out;
  };
  const seedPaths = await listFiles(join(ctx.root, 'corpus/seeds'));
  const corpusPaths = corpusDir ? await listFiles(corpusDir) : [];
  // --reuse: nothing may empty the graph, so no seeds run, no baselines and no sweep.
  const measureOnly = !want.ingest || ctx.reuse;

  const tables: Table[] = [];
  const notes: string[] = [];
  const raw: Record<string, unknown> = {};
  const mainRows: string[][] = [];
  const ingestResults: Record<string, unknown> = {};
  let factsNote: string | undefined;

  // The corpus on parse workers (at least 2, so that a 2-core machine measures them too) and, in a
  // full run, in one thread as well: the before/after of the workers in the same run.
  const workers = Math.max(2, env.pool.defaultWorkers());
  const all = [
    { name: 'seeds', label: `the ${seedPaths.length} seed documents`, paths: seedPaths, warmup: measureOnly ? 0 : 1, reps: measureOnly ? 1 : ctx.quick ? 3 : 10, workers: 1, queries: true, ownProcess: false },
    { name: 'corpus', label: `the generated corpus (${corpusPaths.length.toLocaleString('en-US')} documents)`, paths: corpusPaths, warmup: 0, reps: measureOnly || ctx.quick ? 1 : 2, workers, queries: true, ownProcess: true },
    ...(measureOnly || ctx.quick ? [] : [
      { name: 'corpus, 1 thread', label: `the generated corpus in one thread (--workers 1)`, paths: corpusPaths, warmup: 0, reps: 1, workers: 1, queries: false, ownProcess: true },
    ]),
  ];
  const datasets = all.filter((d) => d.paths.length > 0 && (!ctx.reuse || d.name === 'corpus'));
  const serveOn = serveDataset(datasets);

  for (const ds of datasets) {
    try {
      const runs: IngestRun[] = [];
      let last: RunOutcome | undefined;
      if (ctx.reuse) ctx.log('ingest: --reuse: checking whether the graph holds the corpus already...');
      const kept = ctx.reuse && corpusDir ? await keptCorpus(env, corpusDir) : undefined;
      if (kept === undefined) {
        ctx.log(`ingest: ${ds.label}, batch size ${batchSize}, ${ds.workers} worker(s), ${ds.reps} run(s)${ds.warmup ? ` after ${ds.warmup} warm-up` : ''}...`);
      } else {
        ctx.log(`ingest: --reuse: the graph already holds the ${num(kept)} documents and every expected link of the corpus: not ingested again`);
        if ((want.queries || want.serve) && env.api) state.queryResults.push(await measureQueries(ctx, env, ds.name, kept));
        const measured = state.queryResults.at(-1);
        if (want.serve && measured) state.serve = await serveBody(ctx, env, measured).catch((err: unknown) => { state.serveError = firstLine(err); return undefined; });
        continue;
      }
      for (let i = 0; i < ds.warmup + ds.reps; i++) {
        const r = await ingestOnce(ctx, env, ds.paths, batchSize, ds.workers, ds.ownProcess);
        last = r.outcome;
        if (i >= ds.warmup) runs.push(r.run);
        ctx.log(`ingest: ${ds.name} run ${i + 1}${i < ds.warmup ? ' (warm-up)' : ''}: ${r.run.docs} docs in ${seconds(r.run.ms)} ` +
          `(${num(rate(r.run.docs, r.run.ms))} docs/s, ${num(rate(r.run.elements, r.run.ms))} nodes+edges/s)${r.run.failed ? `, ${r.run.failed} failed` : ''}`);
      }
      if (!last || runs.length === 0) continue;
      const ingested = runs[0]!.docs;
      if (ingested === 0) throw new Error(`nothing was ingested (${last.counts.failed} failed: ${last.failures[0] ?? 'no message'})`);
      if (last.counts.failed > 0) {
        notes.push(`${ds.name}: ${last.counts.failed} of ${ds.paths.length} documents failed to ingest, e.g. ${last.failures[0] ?? ''}`);
      }
      const counts = await env.graphCounts(env.target);
      if (ds.name === 'corpus' && corpusDir) {
        const check = await checkCorpus(env, corpusDir);
        raw.expectedFacts = check;
        const bad = check.documents.found !== check.documents.expected || check.implements.missing > 0;
        factsNote = `Expected facts (scripts/gen-corpus.ts manifest): ${check.documents.found} of ${check.documents.expected} documents ingested, ` +
          `${check.implements.expected - check.implements.missing} of ${check.implements.expected} "implements" links found${bad ? ' — CHECK FAILED' : ''}.`;
        if (bad) {
          problems.push(`the ingested graph lacks expected facts: ${check.documents.expected - check.documents.found} documents, ` +
            `${check.implements.missing} implements links (e.g. ${check.implements.examples.slice(0, 2).map((e) => `${e.from} -> ${e.to}`).join(', ')})`);
          process.exitCode = 1;
        }
        ingestResults.expectedFacts = { ok: !bad, ...check };
        ingestResults.graph = { nodes: counts.totalNodes, edges: counts.totalEdges, storeMB: round(storeBytes(ctx) / MiB_) };
      }

      if ((want.queries || want.serve) && ds.queries) {
        if (env.api) {
          try {
            state.queryResults.push(await measureQueries(ctx, env, ds.name, ingested));
          } catch (err) {
            state.queryErrors.push(`${ds.name}: ${firstLine(err)}`);
            ctx.log(`queries on ${ds.name} failed: ${firstLine(err)}`);
          }
        }
      }
      // The server section runs on the largest graph, before the baselines empty it.
      const measured = state.queryResults.at(-1);
      if (want.serve && ds === serveOn && measured?.dataset === ds.name) {
        try {
          state.serve = await serveBody(ctx, env, measured);
        } catch (err) {
          state.serveError = firstLine(err);
          ctx.log(`server section failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        }
      }
      if (measureOnly) continue;

      // Baselines with the amounts this ingest actually wrote.
      const elements = runs[0]!.elements;
      const transactions = runs[0]!.transactions;
      const perTx = Math.ceil(elements / Math.max(1, transactions));
      ctx.log(`ingest: baseline for ${ds.name}: ${elements} rows in ${transactions} transactions, and ${ingested} rows ${batchSize} per transaction...`);
      const baseElements: number[] = [];
      const baseDocs: number[] = [];
      // The first pair of the run compiles the query and warms the page cache: not counted.
      const baseWarmup = ds === datasets[0] ? 1 : 0;
      for (let i = 0; i < baseWarmup + ds.reps; i++) {
        await env.clearGraph(env.target);
        const e = await writeBaselineRows(env.driver, elements, perTx);
        await env.clearGraph(env.target);
        const d = await writeBaselineRows(env.driver, ingested, batchSize);
        if (i >= baseWarmup) {
          baseElements.push(e.ms);
          baseDocs.push(d.ms);
        }
      }
      await env.clearGraph(env.target);

      const ingMs = runs.map((r) => r.ms);
      const docsPerSec = summariseThroughput(runs.map((r) => rate(r.docs, r.ms)));
      const elPerSec = summariseThroughput(runs.map((r) => rate(r.elements, r.ms)));
      const baseElPerSec = summariseThroughput(baseElements.map((t) => rate(elements, t)));
      const baseDocsPerSec = summariseThroughput(baseDocs.map((t) => rate(ingested, t)));
      mainRows.push([
        ds.name, String(ds.workers), String(ingested), String(runs.length), seconds(median(ingMs)),
        `${num(docsPerSec.min)} / ${num(docsPerSec.median)}`,
        `${num(elPerSec.min)} / ${num(elPerSec.median)}`,
        `${num(counts.totalNodes)} + ${num(counts.totalEdges)}`,
        String(transactions),
        `${mib(Math.min(...runs.map((r) => r.rssBefore)))} → ${mib(Math.max(...runs.map((r) => r.peakRss)))}`,
        `${mib(Math.max(...runs.map((r) => r.heapPeak)))} (${mib(Math.max(...runs.map((r) => r.heapPeakMain ?? 0)))} + ${mib(Math.max(...runs.map((r) => r.heapPeakWorkers ?? 0)))})`,
        `${mib(Math.max(...runs.map((r) => r.heapRetained)))} (${signedMib(Math.max(...runs.map((r) => r.heapRetainedGrowth)))})`,
        runs.map((r) => r.load1.toFixed(1)).join(', '),
        `${num(baseElPerSec.min)} / ${num(baseElPerSec.median)}`,
        times(ratio(median(ingMs), median(baseElements))),
        `${num(baseDocsPerSec.min)} / ${num(baseDocsPerSec.median)}`,
        times(ratio(median(ingMs), median(baseDocs))),
      ]);
      raw[ds.name] = { runs, graph: counts, baselineElementsMs: baseElements, baselineDocsMs: baseDocs, baselineRowsPerTransaction: perTx };
      const figures = {
        docs: ingested,
        docsPerSec: round(docsPerSec.median),
        baselineRatio: round(ratio(median(ingMs), median(baseElements))),
        heapPeakMB: round(Math.max(...runs.map((r) => r.heapPeak)) / MiB_),
        heapPeakMainMB: round(Math.max(...runs.map((r) => r.heapPeakMain ?? 0)) / MiB_),
        heapPeakWorkersMB: round(Math.max(...runs.map((r) => r.heapPeakWorkers ?? 0)) / MiB_),
        heapRetainedMB: round(Math.max(...runs.map((r) => r.heapRetained)) / MiB_),
        heapRetainedGrowthMB: round(Math.max(...runs.map((r) => r.heapRetainedGrowth)) / MiB_),
        workers: ds.workers,
        loadAverage1m: runs.map((r) => round(r.load1)),
      };
      if (ds.name === 'corpus') Object.assign(ingestResults, figures, { corpus: { documents: ingested, generator: 'scripts/gen-corpus.ts', seed: 20240601 } });
      if (ds.name === 'corpus, 1 thread') ingestResults.oneThread = figures;
    } catch (err) {
      problems.push(`${ds.name}: ${firstLine(err)}`);
      ctx.log(`ingest: ${ds.name} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
  }
  if (measureOnly) return { tables, notes, raw };

  tables.push({
    title: `read + parse + resolve + write, as \`directive-graph ingest\` does, batch size ${batchSize}, on an emptied database each run`,
    columns: ['dataset', 'parse workers', 'docs', 'runs', 'time median', 'docs/s min / median', 'nodes+edges/s min / median', 'graph nodes + edges', 'transactions',
      'Node RSS before → peak', 'V8 heap peak: main + workers (main sampled + workers\' peaks)', 'main heap retained (growth over the run)', '1-min load at start of each run', 'baseline rows/s min / median', 'ratio ingest/baseline', 'baseline 1 row per doc: rows/s', 'ratio ingest/1-row-per-doc'],
    rows: mainRows,
  });
  const split = stageTable(datasets.find((d) => d.name === 'corpus')?.label, raw.corpus as { runs: IngestRun[] } | undefined);
  if (split) tables.push(split);
  notes.push(`Server: ${env.server}.`);
  notes.push('parse workers: 1 = read and parse in the main thread (`--workers 1`); more = that many worker threads reading and parsing the ' +
    'next batch while the main thread writes the current one. V8 heap peak = the main thread\'s heap in use (sampled every 50 ms) plus, ' +
    'for each worker, the highest heap in use it reported after a document (an upper bound on their sum at any one moment): ' +
    'garbage not yet collected included, so it moves with V8\'s collection timing and with the machine\'s load, and a longer run ' +
    'meets a higher one. In brackets the two parts: the main thread\'s sampled peak (results.json `ingest.heapPeakMainMB`, the one heap ' +
    'whose peak is measured as such) and the workers\' peaks summed (`ingest.heapPeakWorkersMB`; each worker is capped at 256 MB). Main heap retained = the main thread\'s heap in use after a full collection, highest of the four taken ' +
    'at each quarter of the run (their time is not counted), and in brackets its growth from before the run to after it: the ' +
    'state a run keeps, which must not grow with the corpus. The workers keep nothing between tasks (a heap snapshot of one after ' +
    '20,000 documents: 30 MB, what its parser loads at start). ' +
    'The load average is the machine\'s: other sessions share its 2 cores, so compare the rows of one run, not absolute figures.');
  if (factsNote) notes.push(factsNote);
  notes.push('nodes+edges = what the writer reports as created (Neo4j counters); "graph nodes + edges" is the graph after the run. ' +
    'Peak RSS is the Node process (sampled every 50 ms); Neo4j runs in its own JVM. The list of files is walked before the clock starts. ' +
    'The corpus runs each run in a fresh Node process (scripts/bench/child/ingest-probe.ts), as `directive-graph ingest` does, so that their ' +
    'RSS and heap are the ingest\'s alone; the seeds and the sweep run in the bench\'s own process, which already holds the API and the earlier runs.',
  'The seeds are run once as a warm-up first (query plans, page cache); the corpus runs are not preceded by a warm-up of their own.');

  // Batch-size sweep on the first documents of the corpus.
  const sweepDocs = Math.min(corpusPaths.length, ctx.quick ? 300 : 1000);
  const sizes = ctx.quick ? [50, 200] : [50, 200, 500, 1000];
  const sweepReps = ctx.quick ? 1 : 2;
  const sweepRows: string[][] = [];
  const sweepRaw: unknown[] = [];
  try {
    if (sweepDocs === 0) throw new Error('no generated corpus');
    const subset = corpusPaths.slice(0, sweepDocs);
    const bySize = new Map(sizes.map((size) => [size, { runs: [] as IngestRun[], baseMs: [] as number[] }]));
    // Sizes take turns (50, 200, ..., 50, 200, ...) so that a slow spell of the machine does not land on one size.
    for (let rep = 0; rep < sweepReps; rep++) {
      for (const size of sizes) {
        ctx.log(`ingest: sweep, ${sweepDocs} documents, batch size ${size}, round ${rep + 1} of ${sweepReps}...`);
        const { run: r } = await ingestOnce(ctx, env, subset, size, 1);
        await env.clearGraph(env.target);
        const base = await writeBaselineRows(env.driver, r.elements, Math.ceil(r.elements / Math.max(1, r.transactions)));
        await env.clearGraph(env.target);
        bySize.get(size)!.runs.push(r);
        bySize.get(size)!.baseMs.push(base.ms);
        sweepRaw.push({ batchSize: size, ...r, baselineMs: base.ms });
      }
    }
    for (const [size, { runs: rs, baseMs }] of bySize) {
      const docsPerSec = summariseThroughput(rs.map((r) => rate(r.docs, r.ms)));
      const elPerSec = summariseThroughput(rs.map((r) => rate(r.elements, r.ms)));
      const t = median(rs.map((r) => r.ms));
      sweepRows.push([String(size), String(rs[0]!.docs), seconds(t), `${num(docsPerSec.min)} / ${num(docsPerSec.median)}`,
        `${num(elPerSec.min)} / ${num(elPerSec.median)}`, String(rs[0]!.transactions),
        `${mib(Math.min(...rs.map((r) => r.rssBefore)))} → ${mib(Math.max(...rs.map((r) => r.peakRss)))}`,
        seconds(median(baseMs)), times(ratio(t, median(baseMs)))]);
    }
  } catch (err) {
    problems.push(`batch-size sweep: ${firstLine(err)}`);
  }
  if (sweepRows.length) {
    tables.push({
      title: `Batch-size sweep: the first ${sweepDocs.toLocaleString('en-US')} documents of the corpus, ${sweepReps} run(s) per size, sizes taking turns`,
      columns: ['batch size (docs per transaction)', 'docs', 'time median', 'docs/s min / median', 'nodes+edges/s min / median', 'transactions',
        'Node RSS before → peak', 'baseline time median', 'ratio ingest/baseline'],
      rows: sweepRows,
    });
    raw.sweep = sweepRaw;
  }
  if (Object.keys(ingestResults).length > 0) {
    mergeResults(join(ctx.root, RESULTS_FILE), { ingest: { ...ingestResults, batchSize, measuredAt: new Date().toISOString() } });
  }
  if (mainRows.length === 0 && problems.length > 0) throw new Error(problems.join('; '));
  return { tables, notes, raw, ...(problems.length ? { status: 'partial' as const, reason: problems.join('; ') } : {}) };
}

const MiB_ = 1024 * 1024;

/** What each stage of the pipeline's clock measures (src/ingest/stage-clock.ts), for the split table. */
const STAGE_NOTES: Record<string, string> = {
  'start.firstBatch': 'before the first write: the workers starting, the first batch read and parsed (a fixed cost of the run)',
  'idle.write': 'the writer waiting for the next parsed batch (after the first)',
  'idle.prepare': 'the read + parse side waiting for the writer (back-pressure: two batches at most in memory)',
  'prepare.hash': 'hashing the files in the main thread, to skip bytes already in',
  'prepare.read': 'reading the files in the main thread (one thread)',
  'prepare.knownShas': 'asking the graph which of those bytes are in (one read transaction per batch)',
  'prepare.parse': 'read + parse on the workers, from the first file sent to the last record back',
  'write.transaction': 'the batch\'s write transaction, end to end (session, statements, commit)',
  'write.lock': 'taking the ingest lock (sent together with the look-up: one round trip)',
  'write.lookup': 'the identity look-up (paths, candidate keys) under the lock, from the lock\'s answer to its own',
  'write.plan': 'planning the batch in the main thread (resolve, rows)',
  'write.organizations': 'organisations: new or changed ones only (sent together with the documents\' statement)',
  'write.documents': 'directives, cited directives, persons and every edge, in one statement, from the organisations\' answer to its own',
  'write.hierarchy': 'PART_OF, successions and periods of the organisations written, in one statement',
  'write.unlock': 'dropping the lock (sent with the hierarchy; the lock is held until the commit anyway)',
};

/** Where the corpus run's time went, stage by stage (the first run's clock). */
function stageTable(label: string | undefined, data: { runs: IngestRun[] } | undefined): Table | undefined {
  const run = data?.runs[0];
  if (!run?.stages) return undefined;
  const rows = Object.entries(run.stages).map(([stage, t]) => [stage, seconds(t.ms), String(t.count), ms(t.ms / Math.max(1, t.count)), `${((100 * t.ms) / run.ms).toFixed(1)}%`, STAGE_NOTES[stage] ?? '']);
  const inTx = Object.entries(run.stages).filter(([stage]) => stage.startsWith('write.') && stage !== 'write.transaction')
    .reduce((n, [, t]) => n + t.ms, 0);
  const tx = run.stages['write.transaction'];
  if (tx) rows.push(['write.commit (rest)', seconds(tx.ms - inTx), String(tx.count), ms((tx.ms - inTx) / Math.max(1, tx.count)), `${((100 * (tx.ms - inTx)) / run.ms).toFixed(1)}%`, 'the transaction\'s time outside its statements: opening the session, commit']);
  return {
    title: `Where the time goes: ${label ?? 'the corpus'}, first run, stage by stage (stages overlap: the next batch is parsed while one is written)`,
    columns: ['stage', 'total', 'times', 'each', '% of the run', 'what'],
    rows,
  };
}

/** --reuse: the number of documents when the graph holds the whole corpus already, else undefined. */
async function keptCorpus(env: Env, corpusDir: string): Promise<number | undefined> {
  const check = await checkCorpus(env, corpusDir);
  return check.documents.found === check.documents.expected && check.implements.missing === 0 ? check.documents.found : undefined;
}

/** The generator's manifest against the graph: every file ingested, every "implements" link there. */
async function checkCorpus(env: Env, corpusDir: string) {
  const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as { expected?: { documents: number; implements: [string, string][] } };
  if (!manifest.expected) throw new Error(`${corpusDir}/manifest.json states no expected facts: generate the corpus again`);
  const pairs = manifest.expected.implements.map(([from, to]) => ({ from: join(corpusDir, from), to: join(corpusDir, to) }));
  return env.checkExpected(env.target, `${corpusDir}/`, manifest.expected.documents, pairs);
}

/** Bytes of the bench database's store files (data/databases/neo4j; transaction logs apart). */
function storeBytes(ctx: BenchContext): number {
  const dir = join(ctx.root, BENCH_DATA_DIR, 'neo4j', 'data', 'databases', 'neo4j');
  if (!existsSync(dir)) return NaN;
  let total = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) total += statSync(p).size;
    }
  };
  walk(dir);
  return total;
}

/**
 * Empties the graph and ingests `paths` into it, measured. `ownProcess`: in a fresh Node process
 * (child/ingest-probe.ts), so that the heap and RSS figures are the ingest's alone.
 */
async function ingestOnce(ctx: BenchContext, env: Env, paths: string[], batchSize: number, workers: number,
  ownProcess = false): Promise<{ run: IngestRun; outcome: RunOutcome }> {
  await env.clearGraph(env.target);
  if (!ownProcess) {
    return measureIngest({ ingest: env.pipeline.ingest, stages: env.stages, target: env.target, ParsePool: env.pool.ParsePool,
      ...(env.StageClock ? { StageClock: env.StageClock } : {}) }, paths, batchSize, workers);
  }
  const list = join(ctx.root, BENCH_DATA_DIR, 'ingest-probe-paths.txt');
  writeFileSync(list, paths.join('\n'));
  const probe = fileURLToPath(new URL('../child/ingest-probe.ts', import.meta.url));
  // Generous: a 100,000-document run takes minutes; the deadline is only for a run that hangs.
  const timeoutMs = Math.max(10 * 60_000, paths.length * 20);
  return runProbe<{ run: IngestRun; outcome: RunOutcome }>(probe, [ctx.root, String(BENCH_PORT), list, String(batchSize), String(workers)], timeoutMs,
    (line) => ctx.log(line));
}

// A GraphQL response as read here: any field, any index.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const LINEAGE = `query($k: ID!) { lineage(key: $k, direction: DOWN, maxDepth: 10) {
  truncated nodes { key number title issuer { name } } edges { from { key } to { key } type depth evidence { sentence span } } } }`;
const DERIVED = `query($k: ID!) { derivedTasks(order: $k, level: WARD, first: 20) { totalCount truncated nodes {
  depth task { id clause text units { unit { name level } role } } directive { number } chain { number } links { evidence { sentence } } } } }`;

const SEARCH = 'query($s: String) { directives(search: $s, first: 20) { totalCount nodes { key number title issuer { name } } } }';
const SEARCH_CASE = 'directives(search: "chi thi <number>") of a city order';
/** How people look a city order up: its type and the number before the slash ("chi thi 226"). */
const searchFor = (d: { number: string | null; key: string }) => `chi thi ${(d.number ?? d.key).split('/')[0]}`;

async function measureQueries(ctx: BenchContext, env: Env, dataset: string, docs: number): Promise<QueryResult> {
  const api = env.api!;
  const gql = async (query: string, variables: Record<string, unknown> = {}): Promise<Json> => {
    const res = await api.app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
    const body = res.json() as { data?: Json; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors[0]!.message}`);
    if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}`);
    return body.data;
  };

  // City orders: province-level Chỉ thị, preferably ones whose text was ingested (the generated corpus has
  // one per cascade); the seeds only cite theirs (17/CT-UBND), so there it is a referenced node.
  type Listed = { key: string; number: string | null; docType: string | null; status: string };
  const list = async (args: string): Promise<Listed[]> =>
    ((await gql(`{ directives(${args}, first: 100) { nodes { key number docType status } } }`)).directives.nodes ?? []) as Listed[];
  const isOrder = (d: Listed) => /chỉ thị/i.test(d.docType ?? '') || /\/CT-/.test(d.number ?? '');
  let orders = (await list('level: PROVINCE, docType: "Chỉ thị"').catch(() => [] as Listed[])).filter(isOrder);
  const province = orders.length > 0 ? orders : await list('level: PROVINCE');
  if (orders.length === 0) orders = province.filter(isOrder);
  const ingestedOrders = orders.filter((d) => d.status === 'INGESTED');
  let roots = ingestedOrders.length > 0 ? ingestedOrders : orders.length > 0 ? orders : province;
  if (roots.length === 0) {
    const d = (await gql('{ directive(number: "17/CT-UBND") { key number docType status } }')).directive as Listed | null;
    if (d) roots = [d];
  }
  if (roots.length === 0) throw new Error('no city order (province-level directive) in the graph to start a lineage from');
  const rootNote = `${orders.length} province-level Chỉ thị found (at most 100 asked), ${ingestedOrders.length} of them ingested, the others only cited; ` +
    `roots: the ${ingestedOrders.length > 0 ? 'ingested ones' : orders.length > 0 ? 'cited ones' : 'province-level directives'}`;

  const runs = ctx.quick ? 30 : 200;
  // Neo4j's JVM compiles its hot paths over the first few dozen requests after a start (a search costs 66-73 ms
  // of Neo4j CPU in its first 35, about 5 ms once compiled): the same warm-up in both runs, so that the quick
  // run's p95 of 30 requests is the served latency, not the compiler's. The first query after start is measured apart.
  const warmup = 20;
  const keyAt = (i: number) => roots[i % roots.length]!.key;
  // A report fetches the lineage, every derived task (pages of 500 with their chains and mandates), the
  // counts per level and the tree's caveats, then renders: what `directive-graph report` and /reports do.
  const report = async (path: string, key: string, count: (body: Json) => number) => {
    const res = await api.app.inject({ method: 'GET', url: `${path}&order=${encodeURIComponent(key)}` });
    if (res.statusCode !== 200) throw new Error(`${path}: HTTP ${res.statusCode} ${res.body.slice(0, 200)}`);
    return count(path.includes('format=json') ? res.json() : res.body);
  };
  const reportRuns = ctx.quick ? 3 : 10;
  const cases: Array<{ name: string; call: (i: number) => Promise<number>; runs?: number; warmup?: number }> = [
    { name: '{ __typename } (baseline)', call: async () => { await gql('{ __typename }'); return 0; } },
    { name: 'RETURN 1 through the read runner (baseline)', call: async () => { await api.ping(); return 0; } },
    { name: 'lineage DOWN from a city order', call: async (i) => (await gql(LINEAGE, { k: keyAt(i) })).lineage?.nodes.length ?? 0 },
    { name: 'derivedTasks(level: WARD) of a city order', call: async (i) => (await gql(DERIVED, { k: keyAt(i) })).derivedTasks?.totalCount ?? 0 },
    { name: SEARCH_CASE, call: async (i) => (await gql(SEARCH, { s: searchFor(roots[i % roots.length]!) })).directives.totalCount as number },
    {
      name: 'report derived-tasks, ward level, HTML (/reports/derived-tasks)', runs: reportRuns, warmup: 2,
      call: async (i) => report('/reports/derived-tasks?level=ward&format=html', keyAt(i), (html: string) => (html.match(/<tr><td class="num">/g) ?? []).length),
    },
    {
      name: 'report derived-tasks, ward level, JSON', runs: reportRuns, warmup: 1,
      call: async (i) => report('/reports/derived-tasks?level=ward&format=json', keyAt(i), (r: Json) => r.tasks.total as number),
    },
    {
      name: 'report coverage, CSV (/reports/coverage)', runs: reportRuns, warmup: 1,
      call: async (i) => report('/reports/coverage?format=csv', keyAt(i), (csv: string) => csv.split('\r\n').length - 2),
    },
  ];
  const out: QueryCase[] = [];
  const t0 = now();
  for (const c of cases) {
    const caseRuns = c.runs ?? runs;
    ctx.log(`queries: ${dataset}: ${c.name}, ${caseRuns} runs over ${roots.length} roots...`);
    for (let i = 0; i < (c.warmup ?? warmup); i++) await c.call(i);
    const msList: number[] = [];
    const sizes: number[] = [];
    for (let i = 0; i < caseRuns; i++) {
      const t0 = now();
      const size = await c.call(i);
      msList.push(now() - t0);
      sizes.push(size);
    }
    out.push({ name: c.name, ms: msList, sizes });
  }
  return { dataset, docs, roots: roots.map((r) => r.number ?? r.key), rootKeys: roots.map((r) => r.key), rootNote, cases: out, ms: now() - t0 };
}

function queriesBody(ctx: BenchContext, ingest: SectionReport, state: State): SectionBody {
  if (state.queriesUnavailable) throw new Unavailable(state.queriesUnavailable);
  if (state.queryResults.length === 0) {
    if (state.queryErrors.length) throw new Error(state.queryErrors.join('; '));
    throw new Unavailable(`needs the ingested graph, and the ingest section is ${ingest.status === 'unavailable' ? 'not available' : ingest.status}: ${ingest.reason ?? ''}`);
  }
  const tables: Table[] = [];
  const raw: Record<string, unknown> = {};
  const notes: string[] = [];
  for (const q of state.queryResults) {
    const [typename, ping] = q.cases;
    const tn = typename ? summariseLatency(typename.ms) : undefined;
    const pg = ping ? summariseLatency(ping.ms) : undefined;
    const rows = q.cases.map((c) => {
      const s = summariseLatency(c.ms);
      const baselineRow = c === typename || c === ping;
      return [c.name, ms(s.p50), ms(s.p95), ms(s.max), String(s.runs), baselineRow ? '–' : `${num(median(c.sizes), 0)} / ${Math.max(...c.sizes)}`,
        times(ratio(s.p50, tn?.p50)), times(ratio(s.p50, pg?.p50)), times(ratio(s.p95, tn?.p95))];
    });
    tables.push({
      title: `${q.dataset}: ${q.roots.length} city order(s) as roots (${q.roots.slice(0, 5).join(', ')}${q.roots.length > 5 ? ', ...' : ''}), requests one at a time`,
      columns: ['request', 'p50', 'p95', 'max', 'runs', 'result size median / max', 'p50 ratio / __typename', 'p50 ratio / RETURN 1', 'p95 ratio / __typename'],
      rows,
    });
    raw[q.dataset] = { roots: q.roots, cases: q.cases };
    notes.push(`${q.dataset}: ${q.rootNote}.`);
  }
  notes.push('Reports: result size = ward tasks in the report (rows of its task table; `tasks.total` in JSON) and units in the coverage CSV; ' +
    'each is one GET through `app.inject`, the same src/report code as `directive-graph report`, roots taken in turn.');
  notes.push('Result size: lineage = directives in the answer; derivedTasks = totalCount of ward tasks. Each request is measured end to end ' +
    'through `app.inject` (GraphQL parse, validation, limits, resolvers, Cypher, JSON). Each request case is preceded by 20 uncounted requests ' +
    '(reports: 1 or 2), in the quick run too: the first few dozen requests after Neo4j starts pay for its JIT compiler (see "first query after start" for that cost).',
  'The queries run on the graph the ingest section has just written, so their time is also counted in the ingest section\'s time.');
  recordQueryResults(ctx, state.queryResults.at(-1)!);
  const partial = state.queryErrors.length ? { status: 'partial' as const, reason: state.queryErrors.join('; ') } : {};
  return { tables, notes, raw, ms: state.queryResults.reduce((n, q) => n + q.ms, 0), ...partial };
}


async function serveBody(ctx: BenchContext, env: Env, q: QueryResult): Promise<SectionBody> {
  const read = await import('../../../src/graph/read/index.js');
  const runner = read.createReadRunner(env.driver, { timeoutMs: 30_000 });
  const { parseDirectiveKey } = await import('../../../src/model/keys.js');
  // `directive(number, issuer)` must name one directive: on 100,000 documents one city issued a
  // 293/CT-UBND in 2020 and in 2024, and the API rightly refuses that as ambiguous. Measure the
  // first order whose number and issuer find it alone.
  let pick = 0;
  for (let i = 0; i < q.rootKeys.length; i++) {
    const issuerKey = parseDirectiveKey(q.rootKeys[i]!)?.issuerKey ?? null;
    const found = await runner.run(read.directivesByNumberQuery(q.roots[i]!, issuerKey), 'bench: choosing an unambiguous order');
    if (found.length === 1) { pick = i; break; }
  }
  const orderKey = q.rootKeys[pick]!;
  const number = q.roots[pick]!;
  const issuer = parseDirectiveKey(orderKey)?.issuerKey ?? null;
  const { results, ...body } = await runServe(ctx, {
    root: ctx.root, boltPort: BENCH_PORT, orderKey, number, issuer, search: searchFor({ number, key: orderKey }),
    direct: {
      directive: () => runner.run(read.directivesByNumberQuery(number, issuer), 'bench'),
      // The arguments the GraphQL request gets (DERIVED in serve.ts): the schema's defaults, maxDepth 10 and relations [IMPLEMENTS].
      derivedTasks: () => runner.run(read.derivedTasksQuery({ order: orderKey, level: 'ward', first: 20, maxDepth: 10, relations: ['IMPLEMENTS'] }), 'bench'),
      clearQueryCaches: async () => { await runner.run({ cypher: 'CALL db.clearQueryCaches()', params: {} }, 'bench'); },
    },
  });
  recordResults(ctx.root, 'throughput', {
    docs: q.docs, connections: results.throughput.connections, seconds: results.throughput.seconds, load1: currentLoad(),
    directive: { rps: results.throughput.directiveRps },
    search: { rps: results.throughput.searchRps },
    derivedTasks: { rps: results.throughput.derivedTasksRps },
    derivedTasksUncached: { rps: results.throughput.derivedTasksUncachedRps },
    helloRps: results.throughput.helloRps,
  });
  stateServeResults = results;
  return { ...body, notes: [...body.notes, `${BENCH_SERVE_NOTE} Graph: the ${q.dataset} (${q.docs.toLocaleString('en-US')} documents); order ${number} (${orderKey}).`] };
}

/** The serve section's figures that belong to the queries group of bench/results.json. */
let stateServeResults: ServeResults | undefined;

function recordQueryResults(ctx: BenchContext, q: QueryResult): void {
  const find = (prefix: string) => q.cases.find((c) => c.name.startsWith(prefix));
  const lat = (prefix: string) => {
    const c = find(prefix);
    if (!c) return undefined;
    const s = summariseLatency(c.ms);
    return { p50Ms: s.p50, p95Ms: s.p95, resultSizeMedian: median(c.sizes), resultSizeMax: Math.max(...c.sizes) };
  };
  recordResults(ctx.root, 'queries', {
    docs: q.docs, dataset: q.dataset, load1: currentLoad(),
    lineage: lat('lineage DOWN'),
    derivedTasks: lat('derivedTasks('),
    search: lat('directives(search'),
    firstAfterStartMs: stateServeResults?.firstAfterStartMs ?? null,
    firstAfterStartWithoutWarmUpMs: stateServeResults?.firstAfterStartColdMs ?? null,
    overheadRatio: stateServeResults?.overheadRatio ?? null,
    overheadRatioDirective: stateServeResults?.overheadRatioDirective ?? null,
  });
}

/**
 * The dataset the server section runs on: the last one whose queries are measured, the largest graph with its
 * figures. A full run ends with the corpus in one thread, which measures no queries: taking the last dataset
 * left the server section of every full run without a graph.
 */
export function serveDataset<D extends { queries: boolean }>(datasets: readonly D[]): D | undefined {
  return datasets.filter((d) => d.queries).at(-1);
}
