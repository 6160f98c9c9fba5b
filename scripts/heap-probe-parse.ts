/** Parse-only probe: read + parse files in this thread, heap after a full GC every --every documents. */
import { parseArgs } from 'node:util';
import { writeHeapSnapshot, getHeapStatistics } from 'node:v8';
import { collectGarbage } from './bench/measure.js';
import { defaultStages } from '../src/ingest/stages.js';
import { parseSource } from '../src/ingest/source.js';
import { walkDocuments } from '../src/read/index.js';

const { values } = parseArgs({ options: { dir: { type: 'string' }, every: { type: 'string', default: '2000' }, snapshot: { type: 'string' }, limit: { type: 'string' } } });
const MB = 1024 * 1024;
const paths: string[] = [];
for await (const p of walkDocuments([values.dir!])) paths.push(p);
const limit = Number(values.limit ?? paths.length);
const stages = await defaultStages();
collectGarbage();
const base = process.memoryUsage().heapUsed;
let peak = 0;
const t0 = performance.now();
let gcMs = 0;
for (let i = 0; i < Math.min(limit, paths.length); i++) {
  parseSource(stages, await stages.read(paths[i]!));
  peak = Math.max(peak, getHeapStatistics().used_heap_size);
  if ((i + 1) % Number(values.every) === 0) {
    const t = performance.now();
    collectGarbage();
    gcMs += performance.now() - t;
    console.log(JSON.stringify({ done: i + 1, peakMB: Math.round(peak / MB), retainedMB: Math.round(process.memoryUsage().heapUsed / MB), growthMB: +((process.memoryUsage().heapUsed - base) / MB).toFixed(1), docsPerSec: Math.round((i + 1) / ((performance.now() - t0 - gcMs) / 1000)) }));
    peak = 0;
  }
}
if (values.snapshot) console.log(writeHeapSnapshot(values.snapshot));
