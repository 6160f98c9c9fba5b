import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../../errors.js';
import type { DocumentRecord } from '../../model/record.js';
import type { Failure } from '../source.js';
import { fromWire, type ParseDone, type ParseTask, type WorkerOptions } from './wire.js';

/**
 * A fixed set of worker threads that read and parse files (parse-worker.ts). Node's own
 * worker_threads rather than piscina: the pipeline already queues, orders and bounds the work (two
 * batches in memory at most), so what is left is small, and the one behaviour that matters here,
 * a crash failing only the files of the task that crashed, is clearer written out than configured.
 *
 * - Tasks go to idle workers in order; results come back in the order of the paths given.
 * - A text too large for a worker's heap is refused before its parse, with DG_INPUT_TOO_LARGE
 *   (heap-room.ts): running out of heap can take the whole process down, not only the worker.
 * - A worker that dies all the same (an uncaught error, or its heap) is replaced.
 *   Its task's files are tried again one by one, so only the file that kills a worker fails, with
 *   DG_PARSE_FAILED naming it; the other files and the batch go on.
 */

export type ParseOutcome = { path: string; record: DocumentRecord } | Failure;

export interface PoolOptions extends WorkerOptions {
  /** Worker threads (at least 1). */
  workers: number;
  /** Old-generation heap limit of each worker, in MB (Node's resourceLimits); DEFAULT_WORKER_HEAP_MB by default, 0 for none. */
  heapLimitMb?: number | undefined;
  /** Files per task: small enough to share a batch among the workers, large enough to amortise a message. */
  taskSize?: number | undefined;
  /**
   * The workers' module, parse-worker beside this file by default. The tests give one that wraps it
   * and dies on a named file, to check that a crash fails that file alone.
   */
  workerFile?: string | undefined;
}

/**
 * Each worker's old-generation heap limit by default, in MB: a bound on what the workers can add to
 * the ingest's memory however long the run (without one, V8 lets a worker's heap grow with garbage
 * far past what it keeps, about 30 MB). Above what the largest file the reader accepts needs: a
 * 14-million-character text (18.5 MB, under the 20 MB read limit) parsed in a worker with this limit,
 * its heap peaking at 144 MB (2026-12-05). A text that would need more is refused alone before
 * its parse (DG_INPUT_TOO_LARGE, heap-room.ts).
 */
export const DEFAULT_WORKER_HEAP_MB = 256;

/** The default number of parse workers: one core is left to the main thread (and a local Neo4j). */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

interface Pending {
  task: ParseTask;
  single: boolean;
  /** A parse task's outcomes, or a hash task's hashes (the other one empty). */
  done: (outcomes: ParseOutcome[], hashes: (string | null)[]) => void;
}

interface Slot {
  /** Null once the worker has died with nothing to do: a new one starts when there is work. */
  worker: Worker | null;
  current: Pending | null;
  error: Error | null;
  heapPeak: number;
}

/** The worker's entry: the compiled .js beside this file, or the .ts source run through tsx (dev, tests). */
function workerEntry(workerFile: string | undefined): { filename: string | URL; eval: boolean } {
  const here = fileURLToPath(import.meta.url);
  const file = workerFile ?? join(dirname(here), `parse-worker${here.endsWith('.ts') ? '.ts' : '.js'}`);
  if (!file.endsWith('.ts')) return { filename: file, eval: false };
  // A worker does not inherit tsx's loader from `--import tsx`: it registers it itself, then loads the source.
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = pathToFileURL(join(dirname(pkg), 'dist/esm/api/index.mjs')).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); });`;
  return { filename: code, eval: true };
}

export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closing = false;

  constructor(private readonly opts: PoolOptions) {
    const n = Math.max(1, Math.floor(opts.workers));
    for (let i = 0; i < n; i++) this.slots.push(this.spawn(0));
  }

  get size(): number {
    return this.slots.length;
  }

  private spawn(heapPeak: number): Slot {
    const entry = workerEntry(this.opts.workerFile);
    const workerData: WorkerOptions = { maxBytes: this.opts.maxBytes };
    const heapLimitMb = this.opts.heapLimitMb ?? DEFAULT_WORKER_HEAP_MB;
    const worker = new Worker(entry.filename, {
      eval: entry.eval,
      workerData,
      ...(heapLimitMb > 0 ? { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } } : {}),
    });
    const slot: Slot = { worker, current: null, error: null, heapPeak };
    worker.on('message', (msg: ParseDone) => this.finished(slot, msg));
    worker.on('error', (err) => { slot.error = err; });
    worker.on('exit', (code) => this.exited(slot, code));
    return slot;
  }

  /** Reads and parses `paths` on the workers; one outcome per path, in the same order. Never rejects. */
  async run(paths: readonly string[]): Promise<ParseOutcome[]> {
    return (await Promise.all(this.tasks(paths).map((part) => this.submit(part, false)))).flat();
  }

  /**
   * The SHA-256 of each file's bytes, hashed on the workers (null where a file cannot be hashed:
   * its read then reports why). In the order of `paths`; never rejects.
   */
  async hash(paths: readonly string[]): Promise<(string | null)[]> {
    const parts = this.tasks(paths).map((part) => new Promise<(string | null)[]>((done) => {
      this.queue.push({ task: { id: this.nextId++, kind: 'hash', paths: part }, single: false, done: (_, hashes) => done(hashes) });
      this.dispatch();
    }));
    return (await Promise.all(parts)).flat();
  }

  private tasks(paths: readonly string[]): string[][] {
    const per = this.opts.taskSize ?? Math.min(25, Math.max(1, Math.ceil(paths.length / (this.slots.length * 4))));
    const out: string[][] = [];
    for (let i = 0; i < paths.length; i += per) out.push(paths.slice(i, i + per));
    return out;
  }

  private submit(paths: string[], single: boolean): Promise<ParseOutcome[]> {
    return new Promise((done) => {
      this.queue.push({ task: { id: this.nextId++, paths }, single, done });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (let i = 0; i < this.slots.length; i++) {
      if (this.queue.length === 0) return;
      let slot = this.slots[i]!;
      if (slot.current) continue;
      if (!slot.worker) slot = this.slots[i] = this.spawn(slot.heapPeak);
      const next = this.queue.shift()!;
      slot.current = next;
      slot.worker!.postMessage(next.task);
    }
  }

  private finished(slot: Slot, msg: ParseDone): void {
    const p = slot.current;
    if (!p || p.task.id !== msg.id) return;
    slot.current = null;
    slot.heapPeak = Math.max(slot.heapPeak, msg.heapUsed);
    p.done(msg.outcomes.map((o) => ('record' in o ? o : { path: o.path, error: fromWire(o.error) })), msg.hashes ?? []);
    this.dispatch();
  }

  private exited(slot: Slot, code: number): void {
    const i = this.slots.indexOf(slot);
    if (this.closing || i < 0) return;
    const p = slot.current;
    // Replaced when there is work only: a worker that cannot even start must not be restarted in a loop.
    slot.worker = null;
    slot.current = null;
    // A hash task's files are not hashed (their read, on a worker again, reports what is wrong).
    if (p?.task.kind === 'hash') p.done([], p.task.paths.map(() => null));
    else if (p) {
      const reason = slot.error?.message ?? `it exited with code ${code}`;
      if (p.single || p.task.paths.length === 1) {
        const path = p.task.paths[0]!;
        p.done([{
          path,
          error: new InputError('DG_PARSE_FAILED', `${path}: the parse worker stopped while reading this file (${reason}); the other files go on`, {
            location: { path }, details: { worker: 'crashed', reason },
          }),
        }], []);
      } else {
        // Which file killed it is not known: each is tried again alone.
        void Promise.all(p.task.paths.map((path) => this.submit([path], true))).then((parts) => p.done(parts.flat(), []));
      }
    }
    this.dispatch();
  }

  /** The sum over the workers of each one's highest heap in use (bytes): a bound on their heap at any one time. */
  heapPeakBytes(): number {
    return this.slots.reduce((n, s) => n + s.heapPeak, 0);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
  }
}
