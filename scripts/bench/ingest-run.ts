/**
 * One measured ingest run: time, Node memory (RSS, the main thread's heap sampled every 50 ms, the
 * workers' peaks, what the main thread retains) and the pipeline's stage clock. Shared by the ingest
 * section (seeds, batch-size sweep: in the bench's own process) and by child/ingest-probe.ts (the
 * generated corpus: in a fresh process, so that its heap is the ingest's alone, as it is under
 * `directive-graph ingest`, and not the ingest's plus what the bench holds).
 */
import { loadavg } from 'node:os';
import { collectGarbage, now, sampleRss } from './measure.js';

import type * as PipelineExports from '../../src/ingest/pipeline.js';
import type * as StagesExports from '../../src/ingest/stages.js';
import type * as PoolExports from '../../src/ingest/workers/pool.js';
import type * as StageClockExports from '../../src/ingest/stage-clock.js';
type Summary = Awaited<ReturnType<typeof PipelineExports['ingest']>>;
type Stages = Awaited<ReturnType<typeof StagesExports['defaultStages']>>;
type Target = Parameters<typeof PipelineExports['ingest']>[1]['target'];

export interface IngestRun {
  ms: number; docs: number; failed: number; elements: number; transactions: number; rssBefore: number; peakRss: number;
  /** Parse worker threads (1: read and parse in the main thread). */
  workers: number;
  /** Main thread's V8 heap in use, highest sample, plus each worker's highest (bytes). */
  heapPeak: number;
  /** Main thread's V8 heap in use, highest sample (bytes): what the 512 MB target reads on one heap. */
  heapPeakMain?: number;
  /** Each worker's highest heap in use, summed (bytes; 0 with one thread). */
  heapPeakWorkers?: number;
  /** Main thread's V8 heap in use after a full collection, highest of the checkpoints (bytes). */
  heapRetained: number;
  /** Main thread's heap after a full collection: at the end of the run minus before it (bytes). */
  heapRetainedGrowth: number;
  load1: number;
  /** Milliseconds and count per stage of the pipeline (src/ingest/stage-clock.ts), when measured. */
  stages?: Record<string, { ms: number; count: number }>;
  /** Where the run ran: the bench's own process, or a fresh one (child/ingest-probe.ts). */
  process?: 'bench' | 'own';
}

/** What the section reads of the pipeline's summary; plain data, so that a child process can send it. */
export interface RunOutcome {
  counts: Summary['counts'];
  /** The first failures' messages. */
  failures: string[];
}

export interface IngestDeps {
  ingest: typeof PipelineExports['ingest'];
  stages: Stages;
  target: Target;
  ParsePool: typeof PoolExports['ParsePool'];
  StageClock?: typeof StageClockExports['StageClock'];
}

/** Full collections during a run: at each quarter of its documents (their time is not counted). */
const RETAINED_CHECKPOINTS = 4;

/** Ingests `paths` into whatever the target holds (the caller empties it first) and measures the run. */
export async function measureIngest(deps: IngestDeps, paths: string[], batchSize: number, workers: number,
  onDone?: (done: number) => void): Promise<{ run: IngestRun; outcome: RunOutcome }> {
  collectGarbage();
  const load1 = loadavg()[0] ?? 0;
  const rssBefore = process.memoryUsage.rss();
  const retainedBefore = process.memoryUsage().heapUsed;
  const peak = sampleRss();
  let heapPeak = process.memoryUsage().heapUsed;
  const heapTimer = setInterval(() => { heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed); }, 50);
  // What the main thread holds, garbage apart: collected at each checkpoint, the clock stopped meanwhile.
  let heapRetained = retainedBefore;
  let gcMs = 0;
  const every = Math.max(1, Math.ceil(paths.length / RETAINED_CHECKPOINTS));
  let nextCheckpoint = every;
  const onProgress = (p: { done: number }) => {
    if (p.done < nextCheckpoint) return;
    while (nextCheckpoint <= p.done) nextCheckpoint += every;
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    const t = now();
    collectGarbage();
    heapRetained = Math.max(heapRetained, process.memoryUsage().heapUsed);
    gcMs += now() - t;
    onDone?.(p.done);
  };
  const t0 = now();
  // Starting the workers is part of the run, as it is of `directive-graph ingest`.
  const pool = workers > 1 ? new deps.ParsePool({ workers }) : undefined;
  const clock = deps.StageClock ? new deps.StageClock() : undefined;
  let summary: Summary;
  try {
    summary = await deps.ingest(paths, { target: deps.target, stages: deps.stages, batchSize, pool, onProgress, clock });
  } finally {
    await pool?.close();
    clearInterval(heapTimer);
  }
  const elapsed = now() - t0 - gcMs;
  const peakRss = peak();
  const heapPeakMain = Math.max(heapPeak, process.memoryUsage().heapUsed);
  const heapPeakWorkers = pool?.heapPeakBytes() ?? 0;
  collectGarbage();
  const retainedAfter = process.memoryUsage().heapUsed;
  return {
    outcome: { counts: summary.counts, failures: summary.failures.map((f) => f.error.toString()) },
    run: {
      ms: elapsed,
      docs: summary.counts.ingested + summary.counts.updated,
      failed: summary.counts.failed,
      elements: summary.stats.nodesCreated + summary.stats.relationshipsCreated,
      transactions: summary.batches,
      rssBefore,
      peakRss,
      workers,
      heapPeak: heapPeakMain + heapPeakWorkers,
      heapPeakMain,
      heapPeakWorkers,
      heapRetained,
      heapRetainedGrowth: retainedAfter - retainedBefore,
      load1,
      ...(clock ? { stages: clock.totalsByStage() } : {}),
    },
  };
}
