/**
 * Probe of the ingest section, run in its own process by scripts/bench/sections/graph.ts for the
 * generated corpus, so that the Node heap and RSS it reports are the ingest's alone (the bench's
 * own process holds the API, the query results and the seeds' runs: about 130 MB before a
 * 100,000-document run, which V8 counts into every later peak):
 *
 *   ingest-probe.ts <root> <bolt port> <file listing the paths, one per line> <batch size> <workers>
 *
 * Writes into the graph the bench has just emptied; progress goes to stderr at each quarter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitResult } from '../child.js';
import { measureIngest, type IngestDeps } from '../ingest-run.js';

import type * as DriverExports from '../../../src/graph/driver.js';
import type * as PipelineExports from '../../../src/ingest/pipeline.js';
import type * as StagesExports from '../../../src/ingest/stages.js';
import type * as PoolExports from '../../../src/ingest/workers/pool.js';
import type * as StageClockExports from '../../../src/ingest/stage-clock.js';

const [root, port, listFile, batch, threads] = process.argv.slice(2);
if (!root || !port || !listFile || !batch || !threads) {
  process.stderr.write('usage: ingest-probe.ts <root> <bolt port> <paths file> <batch size> <workers>\n');
  process.exit(2);
}

// The tree under test's own modules (the bench can measure another checkout than its own).
const load = async <T>(file: string) => (await import(pathToFileURL(join(root, file)).href)) as T;
const { createDriver } = await load<typeof DriverExports>('src/graph/driver.ts');
const { ingest } = await load<typeof PipelineExports>('src/ingest/pipeline.ts');
const { defaultStages } = await load<typeof StagesExports>('src/ingest/stages.ts');
const { ParsePool } = await load<typeof PoolExports>('src/ingest/workers/pool.ts');
const StageClock = await load<typeof StageClockExports>('src/ingest/stage-clock.ts').then((m) => m.StageClock, () => undefined);

const paths = readFileSync(listFile, 'utf8').split('\n').filter((p) => p !== '');
const driver = createDriver({ NEO4J_URI: undefined, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'unused', NEO4J_EMBEDDED_PORT: Number(port) });
try {
  const deps: IngestDeps = { ingest, stages: await defaultStages(), target: { driver }, ParsePool, ...(StageClock ? { StageClock } : {}) };
  const result = await measureIngest(deps, paths, Number(batch), Number(threads),
    (done) => process.stderr.write(`ingest-probe: ${done} of ${paths.length} documents\n`));
  emitResult({ ...result, run: { ...result.run, process: 'own' } });
} finally {
  await driver.close();
}
