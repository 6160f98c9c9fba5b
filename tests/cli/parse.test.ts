import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentRecord } from '../../src/model/record.js';

/** The `parse` command as a user runs it: a real process, real files, stdout and stderr apart. */
const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'corpus/seeds');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'parse', ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-parse-'));
  copyFileSync(join(SEEDS, '004_d8026a3a8832f7a7.txt'), join(dir, 'a-good.txt'));
  writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]));
  writeFileSync(join(dir, 'c-empty.txt'), '');
  writeFileSync(join(dir, 'notes.csv'), 'not a document');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('directive-graph parse', () => {
  it('prints a JSON array of valid records for the sample corpus', async () => {
    const r = await cli(SEEDS);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const records = JSON.parse(r.stdout) as unknown[];
    expect(records.map((x) => DocumentRecord.parse(x).number)).toEqual(['01-TB/QU', '308-TB/QU', '100-CV/ĐU', null, '924-CV/QU']);
    expect(DocumentRecord.parse(records[0]).source.path).toBe(join(SEEDS, '000_536973292510776d.txt'));
  }, 60_000);

  it('prints one record per line with --format jsonl', async () => {
    const r = await cli('--format', 'jsonl', join(SEEDS, '001_6e391b9519626a64.txt'), join(SEEDS, '002_78fb6ff3a99b7859.txt'));
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => DocumentRecord.parse(JSON.parse(l)).number)).toEqual(['308-TB/QU', '100-CV/ĐU']);
  }, 60_000);

  it('reports a binary and an empty file on stderr, prints the others, and exits 1', async () => {
    const r = await cli(dir);
    expect(r.code).toBe(1);
    const records = JSON.parse(r.stdout) as unknown[];
    expect(records.map((x) => DocumentRecord.parse(x).number)).toEqual(['924-CV/QU']);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(new RegExp(`^${join(dir, 'b-binary.txt')}: .+ \\[DG_INPUT_BINARY\\]$`));
    expect(errors[1]).toMatch(new RegExp(`^${join(dir, 'c-empty.txt')}: .+ \\[DG_INPUT_EMPTY\\]$`));
  }, 60_000);

  it('reports a missing file and a file of an unsupported type named on the command line', async () => {
    const r = await cli('--format', 'jsonl', join(dir, 'missing.txt'), join(dir, 'notes.csv'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/missing\.txt: .+ \[DG_INPUT_UNREADABLE\]/);
    expect(r.stderr).toMatch(/notes\.csv: .+ \[DG_INPUT_UNSUPPORTED\]/);
  }, 60_000);

  it('refuses an unknown format and a call without paths (exit 2)', async () => {
    const bad = await cli('--format', 'xml', SEEDS);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format expects json or jsonl');
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('name at least one file or folder');
  }, 60_000);
});
