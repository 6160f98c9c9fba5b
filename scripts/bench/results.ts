import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * bench/results.json: the headline figures for machines, one key group per bench module
 * (`parse`, `ingest`, `queries`, `throughput`, ...). A module writes only its own groups and keeps
 * the others' as they are, so that sections run separately (`--only`) or written by different
 * modules merge into one file.
 */
export const RESULTS_FILE = 'bench/results.json';

export type ResultGroup = Record<string, unknown>;

export function mergeResults(file: string, groups: Record<string, ResultGroup>): Record<string, ResultGroup> {
  let current: Record<string, ResultGroup> = {};
  if (existsSync(file)) {
    try {
      current = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ResultGroup>;
    } catch {
      current = {};
    }
  }
  const next = { ...current, ...groups };
  const sorted = Object.fromEntries(Object.keys(next).sort().map((k) => [k, next[k]!]));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(sorted, null, 2) + '\n');
  return sorted;
}

/** Rounded for reading; ratios and rates keep 3 significant figures or 2 decimals, whichever is finer. */
export function round(x: number | undefined): number | null {
  if (x === undefined || !Number.isFinite(x)) return null;
  return Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 100) / 100;
}

/** One group, from the project root: what a section writes when it owns exactly one key group. */
export function recordResults(root: string, group: string, values: ResultGroup, file = RESULTS_FILE): void {
  mergeResults(join(root, file), { [group]: values });
}
