/**
 * Where the ingest's memory goes, in one run: the main thread's heap in use sampled every 50 ms
 * (garbage included) and, every `--every` documents, after a full collection (what is retained);
 * the workers' heaps as they report them; optionally heap snapshots of the main thread and of a
 * worker at the end. A development probe (the bench reports the same two figures for its runs).
 *
 *   npx tsx scripts/heap-probe.ts --dir .data/bench/corpus-20000 [--every 2000] [--workers 2] [--worker-heap MB] [--snapshot out-prefix]
 *
 * `--ballast N` keeps about 0.8 N MB of small objects alive beside the run, as a caller does (the
 * bench holds 55 MB before a 5,000-document run, about 130 MB before a 100,000-document one): V8
 * sets the next full collection's threshold from what is live, so the sampled peak, garbage
 * included, grows with what the process holds, not only with what the ingest holds.
 *
 * Uses its own embedded Neo4j (DATA_DIR .data/heap-probe, Bolt port BENCH_NEO4J_PORT or 7811).
 */
import { writeFileSync, createWriteStream } from 'node:fs';
import { pipeline as streamPipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { writeHeapSnapshot } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import { collectGarbage } from './bench/measure.js';
import { ingest } from '../src/ingest/pipeline.js';
import { defaultStages } from '../src/ingest/stages.js';
import { ParsePool } from '../src/ingest/workers/pool.js';
import { openScratchGraph } from './profile/scratch-graph.js';

const { values } = parseArgs({ options: {
  dir: { type: 'string' }, every: { type: 'string', default: '2000' }, workers: { type: 'string', default: '2' },
  snapshot: { type: 'string' }, 'worker-heap': { type: 'string' }, port: { type: 'string' }, keep: { type: 'boolean', default: false }, ballast: { type: 'string', default: '0' },
} });
if (!values.dir) throw new Error('--dir is required');
const port = Number(values.port ?? process.env.BENCH_NEO4J_PORT ?? 7811);
const every = Number(values.every);
const workers = Number(values.workers);
const MB = 1024 * 1024;
const mb = (b: number) => Math.round(b / MB);

const graph = await openScratchGraph('heap-probe', { port, dir: values.dir, keep: values.keep });
const { target } = graph;
try {
  const paths = graph.paths;
  const stages = await defaultStages();
  // --ballast: see the header.
  const ballast = Array.from({ length: Number(values.ballast) }, (_, i) => Array.from({ length: 1024 * 16 }, (_, j) => ({ i, j })));
  collectGarbage();
  const base = process.memoryUsage().heapUsed;
  console.log(`${paths.length} files; main heap before the run, after GC: ${mb(base)} MB`);

  let peak = base;
  let windowPeak = base;
  const timer = setInterval(() => {
    const h = process.memoryUsage().heapUsed;
    peak = Math.max(peak, h);
    windowPeak = Math.max(windowPeak, h);
  }, 50);
  const heapLimitMb = values['worker-heap'] === undefined ? undefined : Number(values['worker-heap']);
  const pool = workers > 1 ? new ParsePool({ workers, ...(heapLimitMb === undefined ? {} : { heapLimitMb }) }) : undefined;
  let next = every;
  const t0 = performance.now();
  let gcMs = 0;
  const rows: unknown[] = [];
  const summary = await ingest(paths, {
    target, stages, pool,
    onProgress: (p) => {
      if (p.done < next) return;
      next += every;
      const t = performance.now();
      collectGarbage();
      gcMs += performance.now() - t;
      const retained = process.memoryUsage().heapUsed;
      const row = { done: p.done, mainPeakMB: mb(windowPeak), mainRetainedMB: mb(retained), mainGrowthMB: mb(retained - base), workersPeakMB: mb(pool?.heapPeakBytes() ?? 0) };
      rows.push(row);
      console.log(JSON.stringify(row));
      windowPeak = 0;
    },
  });
  const ms = performance.now() - t0 - gcMs;
  clearInterval(timer);
  collectGarbage();
  const retainedEnd = process.memoryUsage().heapUsed;
  const done = summary.counts.ingested + summary.counts.updated;
  console.log(JSON.stringify({ docs: done, failed: summary.counts.failed, docsPerSec: Math.round(done / (ms / 1000)), mainPeakMB: mb(peak), mainRetainedEndMB: mb(retainedEnd),
    mainGrowthMB: mb(retainedEnd - base), workersPeakMB: mb(pool?.heapPeakBytes() ?? 0), }));
  if (values.snapshot && pool) {
    const slots = (pool as unknown as { slots: { worker: Worker | null }[] }).slots;
    const w = slots[0]?.worker;
    if (w) await streamPipeline(await w.getHeapSnapshot(), createWriteStream(`${values.snapshot}-worker.heapsnapshot`));
  }
  await pool?.close();
  if (values.snapshot) console.log(`snapshot: ${writeHeapSnapshot(`${values.snapshot}-main.heapsnapshot`)}`);
  writeFileSync('/tmp/heap-probe-last.json', JSON.stringify({ rows }));
  // The summary stays alive to here, as in a caller that prints it.
  if (summary.batches < 0) console.log(summary, ballast.length);
} finally {
  await graph.close();
}
