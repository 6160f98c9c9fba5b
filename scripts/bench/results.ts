import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * bench/results.json: the figures of BENCHMARKS.md for machines. Each section module writes its own
 * top-level group (`parse`, `ingest`, `queries`, `throughput` ...) and leaves the others as they are,
 * so a run of some sections (`--only queries`) updates those groups and keeps the rest.
 */
export const RESULTS_FILE = 'bench/results.json';

export type ResultGroup = Record<string, unknown>;

export function recordResults(root: string, group: string, values: ResultGroup, file = RESULTS_FILE): void {
  const path = join(root, file);
  const current: Record<string, unknown> = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
  current[group] = values;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(current, null, 2)}\n`);
}
