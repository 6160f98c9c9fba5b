/**
 * Where an ingest's time goes, stage by stage: the same run as `directive-graph ingest` (parse
 * workers, batches of DEFAULT_BATCH_SIZE, pipelined writes) with the pipeline's stage clock on.
 *
 *   npx tsx scripts/profile-ingest.ts --dir .data/bench/corpus-10000 [--workers 2] [--batch-size 200] [--plans]
 *
 * Prints, per stage, its total milliseconds, how often it ran and its share of the run's wall time:
 * - prepare.*: the next batch's side (hash the files, ask the graph which are in, read + parse on the workers);
 * - write.*: inside the batch's one write transaction (lock, identity lookup, plan, each statement, commit);
 * - start.firstBatch: from the start to the first write (workers starting, the first parse);
 * - idle.write: the writer waiting for a parsed batch; idle.prepare: the parse side waiting for the writer.
 * With --plans, the statements of one more batch are run under PROFILE once the corpus is in (in a
 * transaction that is rolled back) and their db hits printed.
 * Uses its own embedded Neo4j (DATA_DIR .data/profile-ingest, Bolt port BENCH_NEO4J_PORT or 7812).
 * The CPU of every part (the parse workers, Neo4j by thread role) and per window: scripts/profile/ingest-cpu.ts.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_BATCH_SIZE, ingest } from '../src/ingest/pipeline.js';
import { StageClock } from '../src/ingest/stage-clock.js';
import { defaultStages } from '../src/ingest/stages.js';
import { ParsePool } from '../src/ingest/workers/pool.js';
import { profileBatch } from './profile/write-plans.js';
import { openScratchGraph } from './profile/scratch-graph.js';
import { findNeo4j } from './profile/neo4j-process.js';
import { processCpuSeconds, threadCpuSeconds } from './profile/proc-cpu.js';

const { values } = parseArgs({ options: {
  dir: { type: 'string' }, workers: { type: 'string', default: '2' }, 'batch-size': { type: 'string' },
  port: { type: 'string' }, keep: { type: 'boolean', default: false }, plans: { type: 'boolean', default: false },
  limit: { type: 'string' },
} });
if (!values.dir) throw new Error('--dir is required');
const port = Number(values.port ?? process.env.BENCH_NEO4J_PORT ?? 7812);
const workers = Number(values.workers);
const batchSize = Number(values['batch-size'] ?? DEFAULT_BATCH_SIZE);

const graph = await openScratchGraph('profile-ingest', { port, dir: values.dir, keep: values.keep });
const { target } = graph;
try {
  let paths = graph.paths;
  const probe = values.plans ? paths.slice(-batchSize) : [];
  if (values.plans) paths = paths.slice(0, -batchSize);
  if (values.limit) paths = paths.slice(0, Number(values.limit));
  const stages = await defaultStages();
  const clock = new StageClock();
  const neo4jPid = findNeo4j(port);
  const cpu0 = { main: threadCpuSeconds(process.pid, process.pid), neo4j: processCpuSeconds(neo4jPid) };
  const t0 = performance.now();
  const pool = workers > 1 ? new ParsePool({ workers }) : undefined;
  const summary = await ingest(paths, { target, stages, pool, batchSize, clock }).finally(() => pool?.close());
  const wall = performance.now() - t0;
  const cpu = { main: threadCpuSeconds(process.pid, process.pid) - cpu0.main, neo4j: processCpuSeconds(neo4jPid) - cpu0.neo4j };
  const done = summary.counts.ingested + summary.counts.updated;
  console.log(`${done} documents (${summary.counts.failed} failed) in ${(wall / 1000).toFixed(1)} s: ${Math.round(done / (wall / 1000))} docs/s, ` +
    `${summary.batches} transactions, ${summary.stats.nodesCreated} nodes + ${summary.stats.relationshipsCreated} edges created; ` +
    `${workers} worker(s), batch ${batchSize}`);
  // CPU seconds are what load does not spoil: the main thread (plans, writes, and, before the hashing
  // moved to the workers, the hashing) and the Neo4j process.
  console.log(`CPU: main thread ${cpu.main.toFixed(1)} s, Neo4j ${cpu.neo4j.toFixed(1)} s; load average ${loadavg()[0]!.toFixed(1)} at the end`);
  console.log('stage'.padEnd(26) + 'total ms'.padStart(10) + 'count'.padStart(8) + 'ms each'.padStart(10) + '% of wall'.padStart(11));
  for (const [stage, t] of Object.entries(clock.totalsByStage())) {
    console.log(stage.padEnd(26) + t.ms.toFixed(0).padStart(10) + String(t.count).padStart(8) + (t.ms / t.count).toFixed(1).padStart(10) +
      `${((100 * t.ms) / wall).toFixed(1)}%`.padStart(11));
  }
  if (values.plans && probe.length > 0) {
    console.log(`\nPROFILE of the write statements of one more batch (${probe.length} documents) on this graph (rolled back):`);
    for (const row of await profileBatch(target, stages, probe)) {
      console.log(row.name.padEnd(26) + `${row.dbHits} db hits`.padStart(16) + `${row.rows} rows in`.padStart(14) + `${row.ms.toFixed(0)} ms`.padStart(9) + `  ${row.top}`);
    }
  }
} finally {
  await graph.close();
}

