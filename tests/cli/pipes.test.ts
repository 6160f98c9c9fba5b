import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `directive-graph parse … | head`: the reader closes the pipe early. The CLI must end quietly with
 * 0, as `cat` does, not with a stack trace. A real shell pipeline and a real process, on enough
 * input (the seeds 40 times, ~4 MB of JSON) that the CLI is still writing when the reader goes.
 */
const ROOT = join(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'corpus/seeds');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-pipes-'));
  for (let i = 0; i < 40; i++) {
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, `${String(i).padStart(2, '0')}-${f}`));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sh(script: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((done) => {
    const child = spawn('bash', ['-c', script], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => { stdout += b.toString(); });
    child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
    child.on('close', (code) => done({ stdout, stderr, code }));
  });
}

const CLI = `"${process.execPath}" --import tsx src/cli.ts`;

describe('a reader that closes the pipe', () => {
  it('`parse --format jsonl | head -c 100` ends the CLI with 0 and nothing on stderr', async () => {
    const r = await sh(`set -o pipefail; ${CLI} parse "${dir}" --format jsonl 2>cli.err.$$ | head -c 100; echo; echo "status=$?"; cat cli.err.$$; rm -f cli.err.$$`);
    expect(r.stdout).toMatch(/^\{"/);
    expect(r.stdout).toContain('status=0');
    expect(r.stdout.split('status=0')[1]!.trim()).toBe('');
    expect(r.stderr).toBe('');
  });

  it('`parse | head -n 1` (JSON array form) also ends with 0', async () => {
    const r = await sh(`set -o pipefail; ${CLI} parse "${dir}" | head -n 1; echo "status=$?"`);
    expect(r.stdout).toBe('[\nstatus=0\n');
    expect(r.stderr).toBe('');
  });
});
