import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * The pid file of a running embedded server. It records the port too, so that `db status`
 * and a second `db start` find the server where it is even if NEO4J_EMBEDDED_PORT changed since.
 */
export const PidRecordSchema = z.object({
  pid: z.number().int().positive(),
  port: z.number().int().min(1).max(65535),
  home: z.string(),
  startedAt: z.string(),
  /** Who started it: the test harness stops only servers that a test run started. */
  owner: z.enum(['cli', 'test-harness']),
});

export type PidRecord = z.infer<typeof PidRecordSchema>;

/** The record, or `invalid` when a file is there but unreadable (treated as stale). */
export function readPidFile(path: string): PidRecord | 'invalid' | undefined {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const parsed = PidRecordSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : 'invalid';
  } catch {
    return 'invalid';
  }
}

export function writePidFile(path: string, record: PidRecord): void {
  mkdirSync(dirname(path), { recursive: true });
  // Write then rename: a reader never sees half a file.
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(record, null, 2) + '\n');
  renameSync(tmp, path);
}

export function removePidFile(path: string): void {
  rmSync(path, { force: true });
}
