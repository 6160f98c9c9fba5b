import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_MAX_BYTES } from '../../read/decode.js';
import { hashFile } from '../../read/index.js';
import { defaultStages } from '../stages.js';
import { assertParseFits, keptHeapBytes } from './heap-room.js';
import { parseSource, toFailure } from '../source.js';
import { toWire, type ParseDone, type ParseTask, type WireOutcome, type WorkerOptions } from './wire.js';

/**
 * A parse worker: reads and parses the files of each task it is sent (src/read, then src/parse,
 * exactly as the in-process ingest does) and posts back the records, or the typed error of each
 * file that failed. A hash task only hashes the files' bytes, so that the main thread, which decides
 * what is already in the graph, reads no file itself. It holds nothing between tasks.
 */
const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread (see pool.ts)');
const opts = (workerData ?? {}) as WorkerOptions;
const stages = await defaultStages(opts.maxBytes ? { maxBytes: opts.maxBytes } : {});
// What the worker holds with no document (the parser's tables): the base of heap-room.ts's room.
const idleHeap = keptHeapBytes();

port.on('message', (task: ParseTask) => {
  void handle(task).then((done) => port.postMessage(done));
});

async function handle(task: ParseTask): Promise<ParseDone> {
  if (task.kind === 'hash') {
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const hashes = await Promise.all(task.paths.map((path) => hashFile(path, maxBytes)));
    return { id: task.id, outcomes: [], hashes, heapUsed: getHeapStatistics().used_heap_size };
  }
  const outcomes: WireOutcome[] = [];
  let heapUsed = 0;
  for (const path of task.paths) {
    try {
      const source = await stages.read(path);
      assertParseFits(path, source.text.length, idleHeap);
      outcomes.push({ path, record: parseSource(stages, source) });
    } catch (err) {
      outcomes.push({ path, error: toWire(toFailure(err, path).error) });
    }
    heapUsed = Math.max(heapUsed, getHeapStatistics().used_heap_size);
  }
  return { id: task.id, outcomes, heapUsed };
}
