import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from './process.js';
import { serverPaths } from './paths.js';

/**
 * Who is using a shared embedded server. Several test runs in one working tree share the test
 * server (same DATA_DIR and port); each holds a lease (a file named by its pid) while it runs, and
 * only the last one out stops the server. Leases of processes that died do not count.
 */
export function acquireLease(dataDir: string, pid: number = process.pid): void {
  const dir = serverPaths(dataDir).leases;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, String(pid)), new Date().toISOString());
}

/** Drops this process's lease; returns the pids of the others still alive. */
export function releaseLease(dataDir: string, pid: number = process.pid): number[] {
  const dir = serverPaths(dataDir).leases;
  rmSync(join(dir, String(pid)), { force: true });
  return liveLeases(dataDir);
}

export function liveLeases(dataDir: string): number[] {
  const dir = serverPaths(dataDir).leases;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const alive: number[] = [];
  for (const name of names) {
    const pid = Number.parseInt(name, 10);
    if (Number.isInteger(pid) && isAlive(pid)) alive.push(pid);
    else rmSync(join(dir, name), { force: true });
  }
  return alive;
}
