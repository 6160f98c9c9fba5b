import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/** The help a user reads: one source per command (defineCommand), so the three places agree. */
const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('directive-graph help', () => {
  it('--version prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await cli('--version');
    expect(r).toMatchObject({ code: 0, stdout: `directive-graph ${version}\n` });
  });

  it('lists exactly the commands that are built, each with its own summary', async () => {
    const r = await cli('help');
    expect(r.code).toBe(0);
    const commands = r.stdout.split('\n').filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim().split(/\s{2,}/));
    expect(commands).toEqual([
      ['parse', 'print the records of files or folders as JSON (no database)'],
      ['ingest', 'parse files or folders and write them to Neo4j'],
      ['serve', 'serve GraphQL and the reports over HTTP'],
      ['report', 'write a derived-tasks or coverage report of an order (html, md, csv, json)'],
      ['db', 'start | stop | status of the embedded Neo4j'],
      ['start', 'the main job: embedded Neo4j, sample corpus, serve'],
    ]);
  });

  it('help ingest and ingest --help print the same text, with every option', async () => {
    const a = await cli('help', 'ingest');
    const b = await cli('ingest', '--help');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.split('\n')[0]).toBe('Usage: directive-graph ingest <file|folder>... [options]');
    for (const option of ['--report', '--batch-size N', '--force', '--limit N', '--workers N', '--shard i/n', '-h, --help']) expect(a.stdout).toContain(`  ${option}  `);
  });

  it('a bad option prints the message and the usage, exit 2', async () => {
    const r = await cli('ingest', '--batch-size', '0', 'corpus/seeds');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('directive-graph ingest: --batch-size expects a whole number from 1 to 10000, got "0"');
    expect(r.stderr).toContain('Usage: directive-graph ingest');
  });

  it.each([
    [['--workers', 'two'], '--workers expects a whole number from 0 to 256, got "two"'],
    [['--shard', '3/2'], '--shard expects i/n with 1 ≤ i ≤ n ≤ 1024 (e.g. 1/2), got "3/2"'],
  ])('ingest %j is a usage error, exit 2', async (args, message) => {
    const r = await cli('ingest', ...args, 'corpus/seeds');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`directive-graph ingest: ${message}`);
  });

  it('help of an unknown command exits 2', async () => {
    const r = await cli('help', 'explore');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('directive-graph help: unknown command "explore"');
  });
});
