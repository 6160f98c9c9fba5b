#!/usr/bin/env -S npx tsx
/**
 * Ingest throughput: documents/s, nodes+edges/s and peak RSS of the ingest process, for several
 * batch sizes, on an empty graph each time. It talks to the Neo4j of the environment (NEO4J_URI, or
 * the embedded one on NEO4J_EMBEDDED_PORT) and EMPTIES it first: never point it at a graph you keep.
 *
 *   npx tsx scripts/gen-corpus.ts --out .data/corpus-10k
 *   NEO4J_URI=bolt://127.0.0.1:7701 npx tsx scripts/bench-ingest.ts .data/corpus-10k --batch-sizes 50,100,200,500,1000
 *
 * --mode pipeline (default): read + parse + write, as `directive-graph ingest` does.
 * --mode writer: the files are read and parsed once, up front (not timed); only the writes are timed,
 *                which isolates what the batch size changes.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { createDriver, describeTarget, verify } from '../src/graph/driver.js';
import { clearGraph } from '../src/graph/maintenance.js';
import { applySchema } from '../src/graph/migrate.js';
import { graphCounts } from '../src/graph/counts.js';
import { ingest, ingestRecords, parseSource, type IngestSummary } from '../src/ingest/pipeline.js';
import { defaultStages } from '../src/ingest/stages.js';
import { walkDocuments } from '../src/read/index.js';
import type { DocumentRecord } from '../src/model/record.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'batch-sizes': { type: 'string', default: '200' }, mode: { type: 'string', default: 'pipeline' }, yes: { type: 'boolean', default: false } },
});
if (positionals.length === 0) {
  process.stderr.write('usage: bench-ingest.ts <folder>... [--batch-sizes 50,100,200] [--mode pipeline|writer]\n');
  process.exit(2);
}

const config = loadConfig();
const driver = createDriver(config);
const target = { driver, database: config.NEO4J_DATABASE };
await verify(driver);
await applySchema(driver, 'schema', { database: config.NEO4J_DATABASE });
process.stderr.write(`bench: ${describeTarget(config)} (emptied before each run)\n`);

const stages = await defaultStages();
let records: DocumentRecord[] | null = null;
if (values.mode === 'writer') {
  records = [];
  for await (const path of walkDocuments(positionals)) {
    try {
      records.push(parseSource(stages, await stages.read(path)));
    } catch {
      // a file that does not parse is left out of the writer benchmark
    }
  }
  process.stderr.write(`bench: ${records.length} records parsed up front\n`);
}

/** Peak RSS of this process during one run, sampled (process.resourceUsage().maxRSS is for the whole life). */
function sampleRss() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
  return () => { clearInterval(timer); return Math.max(peak, process.memoryUsage().rss); };
}

const mb = (b: number) => (b / 1048576).toFixed(0);
process.stdout.write('| batch | docs | failed | seconds | docs/s | nodes+edges | nodes+edges/s | transactions | peak RSS MB |\n|---|---|---|---|---|---|---|---|---|\n');
for (const size of values['batch-sizes']!.split(',').map(Number)) {
  await clearGraph(target);
  global.gc?.();
  const stop = sampleRss();
  const started = performance.now();
  const summary: IngestSummary = records
    ? await ingestRecords(records, { target, batchSize: size })
    : await ingest(walkDocuments(positionals), { target, stages, batchSize: size });
  const seconds = (performance.now() - started) / 1000;
  const peak = stop();
  const c = await graphCounts(target);
  const docs = summary.counts.ingested + summary.counts.updated;
  const written = summary.stats.nodesCreated + summary.stats.relationshipsCreated;
  process.stdout.write(`| ${size} | ${docs} | ${summary.counts.failed} | ${seconds.toFixed(1)} | ${(docs / seconds).toFixed(1)} | ${written} (graph: ${c.totalNodes}+${c.totalEdges}) | ${(written / seconds).toFixed(0)} | ${summary.batches} | ${mb(peak)} |\n`);
}
await driver.close();
