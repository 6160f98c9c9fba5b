import { loadConfig } from '../config.js';
import { DirectiveGraphError } from '../errors.js';
import { defineCommand } from './define.js';
import { EXIT } from './types.js';

/**
 * `directive-graph ingest <file|folder>... [--report] [--batch-size N] [--force]`
 *
 * Reads, parses and writes documents into Neo4j (NEO4J_URI, or the embedded server started with
 * `directive-graph db start`). Exit codes: 0 every file went in (or was already in), 1 some failed
 * (the others are in; each failure is printed as `path: message [CODE]`), 2 usage.
 */
function positiveInt(value: string, name: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new DirectiveGraphError('DG_USAGE', `${name} expects a whole number from 1 to ${max}, got "${value}"`);
  }
  return Number(value);
}

const out = (line: string) => process.stdout.write(line + '\n');
const err = (line: string) => process.stderr.write(line + '\n');

export default defineCommand({
  name: 'ingest',
  summary: 'parse files or folders and write them to Neo4j',
  args: '<file|folder>...',
  description: `Reads .txt, .md, .docx and .pdf files (UTF-8 or legacy TCVN3/VNI), parses them and writes them to
Neo4j. Folders are walked recursively. A file already in the graph with the same content is skipped;
a changed file replaces what its previous version stated.`,
  options: {
    report: { type: 'boolean', description: `after ingesting, print the data-quality findings (citations whose target is
unknown or ambiguous, implementing documents dated before what they implement,
issuers and units of unknown area); with no paths, only the report` },
    'batch-size': { type: 'string', value: 'N', description: 'documents per write transaction (default 200)' },
    force: { type: 'boolean', description: 'write files again even when their content is already in the graph' },
    limit: { type: 'string', value: 'N', description: 'findings listed per kind in --report (default 50)' },
  },
  notes: `Environment: NEO4J_URI (else the embedded Neo4j on NEO4J_EMBEDDED_PORT), NEO4J_USER, NEO4J_PASSWORD,
NEO4J_DATABASE.`,
  async run(values, positionals) {
    if (positionals.length === 0 && !values.report) throw new DirectiveGraphError('DG_USAGE', 'which files or folders?');
    const batchSize = values['batch-size'] === undefined ? undefined : positiveInt(values['batch-size'], '--batch-size', 10_000);
    const limit = values.limit === undefined ? 50 : positiveInt(values.limit, '--limit', 1000);

    const config = loadConfig();
    // Loaded after the arguments are checked: a usage error should not pay for the driver.
    const [{ openGraph }, { walkDocuments }, pipeline, stagesMod, progressMod, summaryMod, { dataQuality }] = await Promise.all([
      import('../graph/open.js'), import('../read/index.js'), import('../ingest/pipeline.js'),
      import('../ingest/stages.js'), import('../ingest/progress.js'), import('../ingest/summary.js'), import('../graph/read/quality.js'),
    ]);

    const target = await openGraph(config);
    try {
      let code: number = EXIT.OK;

      if (positionals.length > 0) {
        const stages = await stagesMod.defaultStages();
        err(`ingest: writing to ${target.description}`);
        const tty = process.stderr.isTTY === true;
        const progress = tty ? progressMod.terminalProgress(process.stderr) : progressMod.plainProgress(err);
        // Counting first (names only, streamed) gives the bar its total and ETA.
        let total = 0;
        for await (const _ of walkDocuments(positionals)) total += 1;
        progress.setTotal(total);
        const summary = await pipeline.ingest(walkDocuments(positionals), {
          target,
          stages,
          batchSize,
          force: values.force,
          onProgress: (p) => progress.update(p),
          onFailure: (f) => progress.log(f.error.toString()),
        }).finally(() => progress.stop());
        for (const line of summaryMod.formatSummary(summary)) out(line);
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
