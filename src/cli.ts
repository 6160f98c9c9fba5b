#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from './commands/define.js';
import { EXIT } from './commands/types.js';
import { isDirectiveGraphError } from './errors.js';
import { projectRoot } from './project-root.js';

/**
 * One command line: parse | ingest | serve | report | db | start. Each subcommand is one module in
 * src/commands made with defineCommand; its name, summary, options and help all come from there.
 * The modules import what they need inside `run`, so listing them for the help costs nothing and
 * `directive-graph parse` never pays for fastify or the Neo4j driver.
 */
const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  parse: () => import('./commands/parse.js'),
  ingest: () => import('./commands/ingest.js'),
  serve: () => import('./commands/serve.js'),
  report: () => import('./commands/report.js'),
  db: () => import('./commands/db.js'),
  start: () => import('./commands/start.js'),
};

async function load(name: string): Promise<Command | undefined> {
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  return entry ? (await entry()).default : undefined;
}

async function help(): Promise<string> {
  const commands = await Promise.all(Object.keys(COMMANDS).map(async (name) => (await load(name))!));
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'directive-graph: trace how government directives cascade down an administration',
    '',
    'Usage: directive-graph <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `directive-graph help <command>` (or `<command> --help`) for the options of one command,',
    '`directive-graph --version` for the version.',
  ].join('\n');
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    process.stdout.write(`directive-graph ${version()}\n`);
    return EXIT.OK;
  }
  if (name === 'help' && rest.length > 0) {
    const command = await load(rest[0]!);
    if (!command || rest.length > 1) {
      process.stderr.write(`directive-graph help: ${command ? 'one command at a time' : `unknown command "${rest[0]}"`}\n\n${await help()}\n`);
      return EXIT.USAGE;
    }
    process.stdout.write(`${command.help}\n`);
    return EXIT.OK;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${await help()}\n`);
    return name ? EXIT.OK : EXIT.USAGE;
  }
  const command = await load(name);
  if (!command) {
    process.stderr.write(`directive-graph: unknown command "${name}"\n\n${await help()}\n`);
    return EXIT.USAGE;
  }
  return command.run(rest);
}

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
