import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { pdfReadLimits } from '../config.js';
import { InputError } from '../errors.js';
import { PDF_CONTENT_LIMITS, type PdfContentLimits, type PdfText } from './pdf.js';
import type { PdfJob, PdfReply } from './pdf-worker.js';

/**
 * Reads a PDF in a worker thread, stopped at a wall-clock deadline and a heap limit.
 *
 * pdfjs runs in the thread that calls it, and the bounds of pdf.ts are checked between its
 * operations: one operation that blocks (a pathological font, stream or operator) runs to its
 * end, and takes what memory it wants. A worker can be terminated in the middle of any operation,
 * and V8 stops it when it passes its `resourceLimits`, without taking the process with it: the file
 * gets DG_INPUT_TOO_LARGE and the batch goes on.
 *
 * A worker that answered is kept (unref'd, so it never holds the process open) for the next PDF:
 * starting one and loading pdfjs in it costs a second or more, reading a short PDF tens of
 * milliseconds; so is one that refused a PDF at a bound of pdf.ts (it stopped cleanly). A worker
 * that overran the deadline or heap, or crashed, is terminated and never reused.
 *
 * Node's own worker_threads rather than a pool library (piscina, workerpool): what matters here is
 * terminating one worker at a deadline and telling an out-of-memory end from an error, which is
 * Node's API directly; a pool library wraps the same calls, and its task timeouts and recycling
 * would still have to be mapped back onto our typed errors.
 */

export interface PdfReadBounds {
  /** Wall-clock milliseconds for one PDF, from the job being sent to the answer (PDF_READ_TIMEOUT_MS). */
  timeoutMs: number;
  /** Old-generation heap of the worker, in MB (PDF_READ_HEAP_MB). */
  heapMb: number;
}

/** The worker's entry: the compiled .js beside this file, or the .ts source run through tsx (dev, tests). */
function workerEntry(): { filename: string; eval: boolean } {
  const here = fileURLToPath(import.meta.url);
  const ext = here.endsWith('.ts') ? '.ts' : '.js';
  const file = join(dirname(here), `pdf-worker${ext}`);
  if (ext === '.js') return { filename: file, eval: false };
  // A worker does not inherit tsx's loader from `--import tsx`: it registers it itself, then loads the source.
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = pathToFileURL(join(dirname(pkg), 'dist/esm/api/index.mjs')).href;
  return { filename: `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); });`, eval: true };
}

interface Reader { worker: Worker; heapMb: number }

/** Workers that answered their last job, ready for the next; at most one per core is kept. */
const idle: Reader[] = [];
let nextId = 1;

function takeReader(heapMb: number): Reader {
  const i = idle.findIndex((r) => r.heapMb === heapMb);
  if (i >= 0) return idle.splice(i, 1)[0] as Reader;
  const entry = workerEntry();
  const worker = new Worker(entry.filename, { eval: entry.eval, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  const reader = { worker, heapMb };
  // An idle worker has no job to fail: if it ends, it only leaves the idle list (an unheard 'error' would throw here).
  worker.on('error', () => undefined).on('exit', () => {
    const at = idle.indexOf(reader);
    if (at >= 0) idle.splice(at, 1);
  });
  return reader;
}

export function readPdfInWorker(
  bytes: Uint8Array,
  path: string,
  bounds: PdfReadBounds = pdfReadLimits(),
  limits: PdfContentLimits = PDF_CONTENT_LIMITS,
): Promise<PdfText> {
  const location = { path };
  const reader = takeReader(bounds.heapMb);
  const { worker } = reader;
  const job: PdfJob = { id: nextId++, bytes: bytes.slice(), path, limits };
  return new Promise<PdfText>((resolve, reject) => {
    /** `answered`: the worker replied (text or a typed refusal), so it is sound and may read the next PDF. */
    const finish = (outcome: { pdf: PdfText } | { error: InputError }, answered: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (answered && idle.length < availableParallelism()) {
        worker.unref();
        idle.push(reader);
      } else {
        void worker.terminate();
      }
      if ('pdf' in outcome) resolve(outcome.pdf);
      else reject(outcome.error);
    };
    const onMessage = (reply: PdfReply) => {
      if (reply.id !== job.id) return;
      if (reply.ok) finish({ pdf: reply.pdf }, true);
      else finish({ error: new InputError(reply.error.code, reply.error.message, { location, ...(reply.error.details ? { details: reply.error.details } : {}) }) }, true);
    };
    const onError = (err: Error & { code?: string }) => {
      finish({ error: err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new InputError('DG_INPUT_TOO_LARGE', `${path} needed more than ${bounds.heapMb} MB of memory to read as a PDF, over the limit per PDF`, {
          location, details: { limit: 'heapMb', max: bounds.heapMb }, cause: err,
        })
        : new InputError('DG_INPUT_UNREADABLE', `${path} cannot be read as a PDF: ${err.message}`, { location, cause: err }) }, false);
    };
    const onExit = (code: number) => {
      finish({ error: new InputError('DG_INPUT_UNREADABLE', `${path} cannot be read as a PDF: its reader stopped (exit code ${code}) without an answer`, { location }) }, false);
    };
    const timer = setTimeout(() => finish({ error: new InputError('DG_INPUT_TOO_LARGE',
      `${path} took more than ${bounds.timeoutMs} ms to read as a PDF, over the limit per PDF`,
      { location, details: { limit: 'timeoutMs', max: bounds.timeoutMs } }) }, false), bounds.timeoutMs);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.ref();
    worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
  });
}
