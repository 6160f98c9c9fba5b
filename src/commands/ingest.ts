import { loadConfig } from '../config.js';
import { DirectiveGraphError } from '../errors.js';
import { defineCommand } from './define.js';
import { EXIT } from './types.js';

/**
 * `directive-graph ingest <file|folder>... [--report] [--batch-size N] [--force] [--workers N] [--shard i/n]`
 *
 * Reads, parses and writes documents into Neo4j (NEO4J_URI, or the embedded server started with
 * `directive-graph db start`). Exit codes: 0 every file went in (or was already in), 1 some failed
 * (the others are in; each failure is printed as `path: message [CODE]`), 2 usage.
 */
function wholeNumber(value: string, name: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) > max) {
    throw new DirectiveGraphError('DG_USAGE', `${name} expects a whole number from 0 to ${max}, got "${value}"`);
  }
  return Number(value);
}

function positiveInt(value: string, name: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new DirectiveGraphError('DG_USAGE', `${name} expects a whole number from 1 to ${max}, got "${value}"`);
  }
  return Number(value);
}

const out = (line: string) => process.stdout.write(line + '\n');
const err = (line: string) => process.stderr.write(line + '\n');

/**
 * Ctrl-C (or SIGTERM) during an ingest: the batch being written finishes (its transaction is
 * all or nothing), then the run stops and says what was stored. A second Ctrl-C exits at once:
 * the open transaction dies with the connection, so Neo4j rolls it back and nothing is half-written.
 */
function stopOnSignal(log: (line: string) => void): { signal: AbortSignal; exitCode: () => number; dispose: () => void } {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const codeOf = (s: NodeJS.Signals | undefined) => (s === 'SIGTERM' ? 143 : EXIT.INTERRUPTED);
  const handler = (signal: NodeJS.Signals) => {
    if (received) {
      log(`${signal} again: stopping now; the batch being written is rolled back`);
      process.exit(codeOf(signal));
    }
    received = signal;
    log(`${signal}: finishing the batch being written, then stopping (press Ctrl-C again to stop at once)`);
    controller.abort();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    exitCode: () => codeOf(received),
    dispose: () => { process.off('SIGINT', handler); process.off('SIGTERM', handler); },
  };
}

export default defineCommand({
  name: 'ingest',
  summary: 'parse files or folders and write them to Neo4j',
  args: '<file|folder>...',
  description: `Reads .txt, .md, .docx, .pdf and .html files and page images (.png, .jpg, .tif, read by OCR) (UTF-8 or legacy TCVN3/VNI), parses them and writes them to
Neo4j. Folders are walked recursively. A file already in the graph with the same content is skipped;
a changed file replaces what its previous version stated.`,
  options: {
    report: { type: 'boolean', description: `after ingesting, print the data-quality findings (citations whose target is
unknown or ambiguous, implementing documents dated before what they implement,
issuers and units of unknown area); with no paths, only the report` },
    'batch-size': { type: 'string', value: 'N', description: 'documents per write transaction (default 200)' },
    force: { type: 'boolean', description: 'write files again even when their content is already in the graph' },
    limit: { type: 'string', value: 'N', description: 'findings listed per kind in --report (default 50)' },
    workers: { type: 'string', value: 'N', description: `threads that read and parse files while batches are written (default: cores - 1,
at least 1); 0 or 1 reads and parses in the main thread` },
    shard: { type: 'string', value: 'i/n', description: `take only the files whose path hashes to shard i of n, so that n processes
given the same folders share them (they take turns writing; the graph is the same as one process's)` },
  },
  notes: `Environment: NEO4J_URI (else the embedded Neo4j on NEO4J_EMBEDDED_PORT), NEO4J_USER, NEO4J_PASSWORD,
NEO4J_DATABASE.`,
  async run(values, positionals) {
    if (positionals.length === 0 && !values.report) throw new DirectiveGraphError('DG_USAGE', 'which files or folders?');
    const batchSize = values['batch-size'] === undefined ? undefined : positiveInt(values['batch-size'], '--batch-size', 10_000);
    const limit = values.limit === undefined ? 50 : positiveInt(values.limit, '--limit', 1000);
    const workers = values.workers === undefined ? undefined : wholeNumber(values.workers, '--workers', 256);

    const config = loadConfig();
    // Loaded after the arguments are checked: a usage error should not pay for the driver.
    const shardMod = await import('../ingest/shard.js');
    const shard = values.shard === undefined ? undefined : shardMod.parseShard(values.shard);
    const [{ openGraph }, { walkDocuments }, pipeline, stagesMod, progressMod, summaryMod, { dataQuality }, poolMod] = await Promise.all([
      import('../graph/open.js'), import('../read/index.js'), import('../ingest/pipeline.js'),
      import('../ingest/stages.js'), import('../ingest/progress.js'), import('../ingest/summary.js'), import('../graph/read/quality.js'),
      import('../ingest/workers/pool.js'),
    ]);
    const files = () => (shard ? shardMod.inShard(walkDocuments(positionals), shard) : walkDocuments(positionals));

    const target = await openGraph(config, { log: err });
    try {
      let code: number = EXIT.OK;

      if (positionals.length > 0) {
        const stages = await stagesMod.defaultStages();
        const threads = workers ?? poolMod.defaultWorkers();
        const pool = threads > 1 ? new poolMod.ParsePool({ workers: threads }) : undefined;
        err(`ingest: writing to ${target.description}${pool ? `, reading and parsing on ${pool.size} worker threads` : ''}` +
          `${shard ? `, shard ${shard.index}/${shard.count}` : ''}`);
        const tty = process.stderr.isTTY === true;
        const progress = tty ? progressMod.terminalProgress(process.stderr) : progressMod.plainProgress(err);
        // Counting first (names only, streamed) gives the bar its total and ETA.
        let total = 0;
        for await (const _ of files()) total += 1;
        progress.setTotal(total);
        const stop = stopOnSignal(progress.log);
        const summary = await pipeline.ingest(files(), {
          target,
          stages,
          pool,
          batchSize,
          force: values.force,
          signal: stop.signal,
          onProgress: (p) => progress.update(p),
          onFailure: (f) => progress.log(f.error.toString()),
        }).finally(async () => { progress.stop(); stop.dispose(); await pool?.close(); });
        for (const line of summaryMod.formatSummary(summary)) out(line);
        if (summary.interrupted) {
          const handled = Object.values(summary.counts).reduce((a, b) => a + b, 0);
          out(`interrupted: ${summary.counts.ingested + summary.counts.updated} documents stored, ${handled} of ${total} files handled, ` +
            `${total - handled} not read or not written; run the same command again to finish (files already in are skipped)`);
          return stop.exitCode();
        }
        if (summary.counts.failed > 0) code = EXIT.PARTIAL;
      }

      if (values.report) {
        const report = await dataQuality(target, { limit });
        for (const line of summaryMod.formatReport(report)) out(line);
      }
      return code;
    } finally {
      await target.close();
    }
  },
});
