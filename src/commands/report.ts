import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { loadConfig } from '../config.js';
import { DirectiveGraphError, isDirectiveGraphError } from '../errors.js';
import { defineCommand } from './define.js';
import { EXIT } from './types.js';

/**
 * `directive-graph report derived-tasks | coverage --order <number|key> ...`: the reports of
 * src/report on the graph in Neo4j, written to a file or to stdout. Exit codes: 0 written, 1 Neo4j
 * failed, 2 usage, unknown order (with near matches) or ambiguous number (with the candidates).
 */
const KINDS = ['derived-tasks', 'coverage'] as const;
const LEVELS = ['ward', 'district', 'all'] as const;
const FORMAT_NAMES = ['html', 'md', 'csv', 'json'] as const;
const BY_EXTENSION: Record<string, string> = { html: 'html', htm: 'html', md: 'md', markdown: 'md', csv: 'csv', json: 'json' };
/** A report of a large tree runs several walks; the CLI allows them longer than the API does. */
const REPORT_TIMEOUT_MS = 120_000;

const err = (line: string) => process.stderr.write(line + '\n');
const usage = (message: string) => new DirectiveGraphError('DG_USAGE', message);

/**
 * One line on a terminal that rewrites itself ("report: 614 documents in the tree; tasks 1000/1813"),
 * shown once the tree is large enough to take a while (a seed report is done before a person reads it).
 */
function terminalProgress(stream: NodeJS.WriteStream) {
  let shown = false;
  let documents = 0;
  return {
    update(step: { stage: 'tree' | 'tasks' | 'caveats'; done: number; total: number }) {
      if (step.stage === 'tree') documents = step.done;
      if (!shown && documents < 50) return;
      shown = true;
      const tasks = step.stage === 'tasks' ? `; tasks ${step.done}/${step.total}` : step.stage === 'caveats' ? '; caveats' : '';
      stream.write(`\r\x1b[2Kreport: ${documents} documents in the tree${tasks}`);
    },
    stop() {
      if (shown) stream.write('\n');
    },
  };
}

export default defineCommand({
  name: 'report',
  summary: 'write a derived-tasks or coverage report of an order (html, md, csv, json)',
  args: 'derived-tasks|coverage --order <number|key>',
  description: `derived-tasks  the documents that implement an order, directly or through others, and the tasks they
               assign at one level, each with the chain back to the order and the upstream mandate;
               a summary by level with the lag in days, and the data-quality caveats of the tree
coverage       every unit the order's tree assigned work to and every ward of each district it
               reaches (from the gazetteer): which answered with a document of their own, when, and
               which have not (those first)`,
  options: {
    order: { type: 'string', value: 'REF', description: 'the order: its number as printed (17/CT-UBND) or its key (doc:...)' },
    issuer: { type: 'string', value: 'NAME', description: "narrows a number several issuers used (words of the issuer's name, or its key)" },
    level: { type: 'string', value: 'L', description: 'derived-tasks only: ward (default), district or all' },
    'max-depth': { type: 'string', value: 'N', description: 'how many implementation steps below the order to follow (default 10, max 20)' },
    format: { type: 'string', value: 'F', description: "html, md, csv or json (default: from --out's extension, else md)" },
    out: { type: 'string', value: 'FILE', description: 'write to FILE instead of stdout' },
  },
  notes: `Examples:
  directive-graph report derived-tasks --order 17/CT-UBND --level ward --format html --out ct17-ward-tasks.html
  directive-graph report coverage --order 180-CV/QU --issuer "Liên Chiểu" --format csv --out coverage.csv

Environment: NEO4J_URI (else the embedded Neo4j on NEO4J_EMBEDDED_PORT), NEO4J_USER, NEO4J_PASSWORD,
NEO4J_DATABASE.`,
  async run(values, positionals) {
    const kind = positionals[0];
    if (!kind) throw usage('which report? derived-tasks or coverage');
    if (!(KINDS as readonly string[]).includes(kind)) throw usage(`unknown report "${kind}"; use derived-tasks or coverage`);
    if (positionals.length > 1) throw usage(`unexpected argument "${positionals[1]}"`);
    if (!values.order) throw usage('--order is required (a number such as 17/CT-UBND, or a key)');
    const level = values.level ?? 'ward';
    if (!(LEVELS as readonly string[]).includes(level)) throw usage(`--level expects ward, district or all, got "${level}"`);
    if (kind === 'coverage' && values.level !== undefined) throw usage('--level applies to derived-tasks only');
    const maxDepth = values['max-depth'] === undefined ? 10 : Number(values['max-depth']);
    if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > 20 || !/^\d+$/.test(values['max-depth'] ?? '10')) {
      throw usage(`--max-depth expects a whole number from 1 to 20, got "${values['max-depth']}"`);
    }
    const fromOut = values.out ? BY_EXTENSION[extname(values.out).slice(1).toLowerCase()] : undefined;
    const format = values.format ?? fromOut ?? 'md';
    if (!(FORMAT_NAMES as readonly string[]).includes(format)) throw usage(`--format expects html, md, csv or json, got "${format}"`);

    const config = loadConfig();
    // Loaded after the arguments are checked: a usage error should not pay for the driver.
    const [{ openGraph }, fetchMod, render] = await Promise.all([
      import('../graph/open.js'), import('../report/fetch.js'), import('../report/render/index.js'),
    ]);
    const graph = await openGraph(config, { schema: false });
    const progress = process.stderr.isTTY ? terminalProgress(process.stderr) : null;
    try {
      const runner = graph.reads({ timeoutMs: REPORT_TIMEOUT_MS });
      const request = { order: values.order, issuer: values.issuer ?? null, maxDepth };
      const f = format as (typeof FORMAT_NAMES)[number];
      const text = kind === 'coverage'
        ? render.renderCoverage(await fetchMod.coverageReport(runner, request), f)
        : render.renderDerivedTasks(await fetchMod.derivedTasksReport(runner, { ...request, level: level as (typeof LEVELS)[number] }, progress?.update), f);
      progress?.stop();
      if (values.out) {
        await writeFile(values.out, text, 'utf8');
        err(`report: wrote ${values.out} (${format}, ${Buffer.byteLength(text)} bytes)`);
      } else {
        process.stdout.write(text);
      }
      return EXIT.OK;
    } catch (e) {
      progress?.stop();
      // The user's reference was wrong: say which and what comes near, like a usage error.
      if (isDirectiveGraphError(e) && (e.code === 'DG_NOT_FOUND' || e.code === 'DG_AMBIGUOUS' || e.code === 'DG_BAD_INPUT' || e.code === 'DG_LIMIT_EXCEEDED')) {
        err(`directive-graph report: ${e.toString()}`);
        return EXIT.USAGE;
      }
      throw e;
    } finally {
      await graph.close();
    }
  },
});
