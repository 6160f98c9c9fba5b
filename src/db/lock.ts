import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseError } from '../errors.js';
import { isAlive, sleep } from './process.js';

/**
 * A lock file holding the owner's pid, created with O_EXCL. Two `db start` (or two test runs)
 * at once must not both build with Maven or both launch a JVM on one store; the second waits.
 * A lock left by a process that died is taken over.
 */
export async function withFileLock<T>(
  path: string,
  what: string,
  fn: () => Promise<T>,
  opts: { timeoutMs?: number; log?: (line: string) => void } = {},
): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? 15 * 60_000;
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    if (tryCreate(path)) break;
    let owner = readOwner(path);
    if (owner === undefined) {
      // The owner may be between creating the file and writing its pid.
      await sleep(100);
      owner = readOwner(path);
    }
    if (owner === undefined || !isAlive(owner)) {
      // Left by a process that is gone (or half written by one that died): take it over.
      rmSync(path, { force: true });
      continue;
    }
    if (!told) {
      opts.log?.(`waiting for process ${owner}, which is ${what}...`);
      told = true;
    }
    if (Date.now() > deadline) {
      throw new DatabaseError('DG_DB_START_FAILED', `gave up waiting ${Math.round(timeoutMs / 1000)} s for process ${owner}, which is ${what} (lock ${path})`);
    }
    await sleep(200);
  }
  try {
    return await fn();
  } finally {
    if (readOwner(path) === process.pid) rmSync(path, { force: true });
  }
}

function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    writeSync(fd, String(process.pid));
  } finally {
    closeSync(fd);
  }
  return true;
}

function readOwner(path: string): number | undefined {
  try {
    const n = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(n) ? n : undefined;
  } catch {
    return undefined;
  }
}
