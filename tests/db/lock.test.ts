import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileLock } from '../../src/db/lock.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('withFileLock', () => {
  it('runs two holders one after the other, never both at once', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dg-lock-')), 'start.lock');
    const events: string[] = [];
    const holder = (name: string) => withFileLock(path, name, async () => {
      events.push(`${name} in`);
      await sleep(300);
      events.push(`${name} out`);
    });
    await Promise.all([holder('a'), holder('b')]);
    expect(events).toEqual(['a in', 'a out', 'b in', 'b out']);
    expect(existsSync(path)).toBe(false);
  });

  it('takes over a lock whose owner died, and says nothing about waiting', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dg-lock-')), 'start.lock');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(path, String(dead));
    const said: string[] = [];
    const got = await withFileLock(path, 'testing', async () => 'ran', { log: (l) => said.push(l), timeoutMs: 2_000 });
    expect(got).toBe('ran');
    expect(said).toEqual([]);
  });

  it('says who it waits for and gives up after the timeout with DG_DB_START_FAILED', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dg-lock-')), 'start.lock');
    // A live process other than this one: the vitest main process.
    writeFileSync(path, String(process.ppid));
    const said: string[] = [];
    const err = await withFileLock(path, 'building the launcher', async () => 'ran', { log: (l) => said.push(l), timeoutMs: 500 })
      .then(() => undefined, (e: unknown) => e);
    expect(said).toEqual([`waiting for process ${process.ppid}, which is building the launcher...`]);
    expect((err as { code?: string }).code).toBe('DG_DB_START_FAILED');
    expect(String((err as Error).message)).toContain(`process ${process.ppid}, which is building the launcher`);
    // Not ours: left in place.
    expect(existsSync(path)).toBe(true);
  });
});
