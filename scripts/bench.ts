#!/usr/bin/env -S npx tsx
/**
 * `npm run bench`: every benchmark of the project, each against a baseline measured in the same run,
 * written to BENCHMARKS.md. Sections: parse, read, ingest, queries (see scripts/bench/sections/).
 * A section whose component is not in the tree yet is reported as "not available: <why>"; a section
 * that throws is reported as failed with its message; the others run either way.
 *
 *   npm run bench [-- --quick] [-- --docs N] [-- --only parse,read]
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs, USAGE, UsageError } from './bench/args.js';
import { seconds } from './bench/format.js';
import { currentLoad, describeMachine } from './bench/machine.js';
import { firstLine, loadComponent, Unavailable } from './bench/optional.js';
import { renderReport } from './bench/report.js';
import * as graph from './bench/sections/graph.js';
import * as parse from './bench/sections/parse.js';
import * as read from './bench/sections/read.js';
import type { BenchContext, SectionBody, SectionReport, SectionSpec } from './bench/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(USAGE + '\n');
  process.exit(0);
}
let options;
try {
  options = parseBenchArgs(argv);
} catch (err) {
  if (!(err instanceof UsageError)) throw err;
  process.stderr.write(`bench: ${err.message}\n\n${USAGE}\n`);
  process.exit(2);
}

const started = performance.now();
const log = (line: string) => process.stderr.write(`[bench ${seconds(performance.now() - started).padStart(7)}] ${line}\n`);
const ctx: BenchContext = { ...options, root, log };
const wanted = (id: string) => options.only.length === 0 || options.only.includes(id);

/** Runs one section body; whatever it throws becomes its status, never the end of the run. */
async function section(s: SectionSpec, body: () => Promise<SectionBody>): Promise<SectionReport> {
  const t0 = performance.now();
  log(`${s.title}...`);
  const base = { id: s.id, title: s.title, baseline: s.baseline, tables: [], notes: [], raw: {} };
  try {
    const out = await body();
    const report: SectionReport = { ...base, ...out, status: out.status ?? 'ok', reason: out.reason, ms: out.ms ?? performance.now() - t0 };
    log(`${s.title}: ${report.status}${report.reason ? ` (${report.reason})` : ''}`);
    return report;
  } catch (err) {
    const unavailable = err instanceof Unavailable;
    const reason = unavailable ? err.message : (err instanceof Error ? `${err.name}: ${err.message}` : String(err));
    log(`${s.title}: ${unavailable ? 'not available' : 'FAILED'}: ${reason}`);
    if (!unavailable && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    return { ...base, status: unavailable ? 'unavailable' : 'failed', reason, ms: performance.now() - t0 };
  }
}

const machine = describeMachine();
let neo4j = 'not used';
try {
  const build = await loadComponent<{ neo4jVersion: () => string }>(root, 'src/db/build.ts', ['neo4jVersion']);
  neo4j = `${build.neo4jVersion()} (embedded)`;
} catch (err) {
  neo4j = `unknown (${firstLine(err)})`;
}
log(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; ${options.quick ? 'quick' : 'full'} run, ${options.docs} generated documents`);

const reports: SectionReport[] = [];
if (wanted('parse')) reports.push(await section(parse.spec, () => parse.run(ctx)));
if (wanted('read')) reports.push(await section(read.spec, () => read.run(ctx)));
if (wanted('ingest') || wanted('queries') || wanted('serve')) {
  // Ingest, queries and the server share one Neo4j and one ingested graph, so they run as one body.
  reports.push(...(await graph.run(ctx, { ingest: wanted('ingest'), queries: wanted('queries'), serve: wanted('serve') }, section)));
}

const totalMs = performance.now() - started;
const out = resolve(root, options.out);
writeFileSync(out, renderReport({ machine, neo4j, options, argv, sections: reports, totalMs, loadAtEnd: currentLoad() }));
log(`wrote ${out} (${seconds(totalMs)}); sections: ${reports.map((r) => `${r.id} ${r.status}`).join(', ')}`);
