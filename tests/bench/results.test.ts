import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeResults, round } from '../../scripts/bench/results.js';

describe('bench/results.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-results-'));
  afterEach(() => rmSync(join(dir, 'bench'), { recursive: true, force: true }));

  it('each module replaces its own key groups and keeps the others', () => {
    const file = join(dir, 'bench', 'results.json');
    mergeResults(file, { queries: { lineage: { p50Ms: 12 } }, parse: { docsPerSec: 100 } });
    mergeResults(file, { parse: { docsPerSec: 250, scale5to1: 5.2 }, ingest: { docs: 10000 } });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      ingest: { docs: 10000 },
      parse: { docsPerSec: 250, scale5to1: 5.2 },
      queries: { lineage: { p50Ms: 12 } },
    });
  });

  it('starts afresh from a file that is not JSON', () => {
    const file = join(dir, 'bench', 'results.json');
    mergeResults(file, { parse: { docsPerSec: 1 } });
    writeFileSync(file, '{ half');
    expect(mergeResults(file, { ingest: { docs: 5 } })).toEqual({ ingest: { docs: 5 } });
  });

  it('rounds figures for reading, and says null for what was not measured', () => {
    expect([round(1234.56), round(3.14159), round(0.0049), round(undefined), round(NaN)]).toEqual([1235, 3.14, 0, null, null]);
  });
});
