import { readFileSync } from 'node:fs';

/**
 * Is a process alive? A zombie (exited, not yet reaped by its parent) counts as gone: it holds
 * no port and no store lock, and `kill(pid, 0)` alone would call it alive.
 */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  const stat = readProc(pid, 'stat');
  if (stat === undefined) return true;
  // "pid (comm) S ...": the state letter follows the last ')', as comm may hold spaces or parens.
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}

/**
 * The command line of a process as its arguments, or undefined where /proc is not there
 * (macOS): callers then trust the pid alone.
 */
export function commandLine(pid: number): string[] | undefined {
  const raw = readProc(pid, 'cmdline');
  if (raw === undefined) return undefined;
  return raw.split('\0').filter((a) => a.length > 0);
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
