#!/usr/bin/env node
import { isDirectiveGraphError } from './errors.js';
import { EXIT, type Command } from './commands/types.js';

/**
 * One command line: parse | ingest | serve | report | db | start.
 * Each subcommand lives in src/commands/ and is loaded only when asked for, so that
 * `directive-graph parse` never pays for fastify or the Neo4j driver.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  parse: { summary: 'print the records of files or folders as JSON (no database)', load: async () => (await import('./commands/parse.js')).default },
  ingest: { summary: 'parse files or folders and write them to Neo4j', load: async () => (await import('./commands/ingest.js')).default },
  serve: { summary: 'serve GraphQL, the explorer and reports over HTTP', load: async () => (await import('./commands/serve.js')).default },
  report: { summary: 'write a derived-task report for an order', load: async () => (await import('./commands/report.js')).default },
  db: { summary: 'start | stop | status of the embedded Neo4j', load: async () => (await import('./commands/db.js')).default },
  start: { summary: 'the main job: embedded Neo4j, sample corpus, serve', load: async () => (await import('./commands/start.js')).default },
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'directive-graph: trace how government directives cascade down an administration',
    '',
    'Usage: directive-graph <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `directive-graph <command> --help` for the options of one command.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help() + '\n');
    return name ? EXIT.OK : EXIT.USAGE;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`directive-graph: unknown command "${name}"\n\n${help()}\n`);
    return EXIT.USAGE;
  }
  const command = await entry.load();
  return command.run(rest);
}

/**
 * A reader that stopped reading (`directive-graph parse … | head`) is the normal end of a pipeline,
 * not a failure: a write to the closed pipe (EPIPE) or a SIGPIPE ends the program quietly with 0,
 * as `cat` and `grep` do. Any other stream error is still an error.
 */
function endQuietlyWhenReaderCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(EXIT.OK);
      throw err;
    });
  }
  process.on('SIGPIPE', () => process.exit(EXIT.OK));
}

endQuietlyWhenReaderCloses();
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    if (isDirectiveGraphError(err)) {
      process.stderr.write(`directive-graph: ${err.toString()}\n`);
      process.exitCode = err.code === 'DG_USAGE' || err.code === 'DG_NOT_IMPLEMENTED' ? EXIT.USAGE : EXIT.PARTIAL;
    } else {
      process.stderr.write(`directive-graph: unexpected error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exitCode = EXIT.PARTIAL;
    }
  },
);
