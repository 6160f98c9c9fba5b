import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph } from '../../src/graph/maintenance.js';
import { runCli } from '../helpers/cli.js';
import { useGraph } from '../helpers/graph.js';
import { canonicalDump, dumpDifferences, graphTools } from '../ingest/graph-helpers.js';

/**
 * Several ingest processes at once (`--shard i/n`, or simply one folder each) take turns on the
 * ingest lock, each batch's identity lookup seeing what the others committed: the graph they leave
 * is the graph one process leaves, to every property of every node and edge (what citations say
 * of a cited-only directive included: src/graph/write/nodes.ts, mergeReferenced).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const graph = useGraph();
const tools = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));
const dump = () => canonicalDump(graph.driver, graph.target.NEO4J_DATABASE);

const differences = dumpDifferences;

let dir: string;
const GENERATED = 150;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-shard-'));
  const gen = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/gen-corpus.ts'), '--out', join(dir, 'generated'), '--count', String(GENERATED), '--seed', '11'], { cwd: ROOT, encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(`gen-corpus failed: ${gen.stderr}`);
  rmSync(join(dir, 'generated', 'manifest.json'));
  mkdirSync(join(dir, 'seeds'));
  for (const f of readdirSync(join(ROOT, 'corpus/seeds')).filter((f) => f.endsWith('.txt'))) copyFileSync(join(ROOT, 'corpus/seeds', f), join(dir, 'seeds', f));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** "documents: N (I ingested, ...)" of a run's summary. */
const ingestedOf = (stdout: string) => Number(/\((\d+) ingested/.exec(stdout)?.[1] ?? NaN);

describe('several ingest processes at once', () => {
  let reference: Awaited<ReturnType<typeof dump>>;

  it('one process: the reference graph', async () => {
    await clearGraph(tools.target());
    const one = await runCli('ingest', [dir, '--batch-size', '20', '--workers', '0']);
    expect(one.stderr).not.toMatch(/DG_/);
    expect(one.code).toBe(0);
    expect(ingestedOf(one.stdout)).toBe(GENERATED + 5);
    reference = await dump();
    expect((await tools.counts()).nodes.Directive).toBeGreaterThanOrEqual(GENERATED + 5);
  }, 300_000);

  it('--shard 1/2 and 2/2 at once: the files split between them, the same graph', async () => {
    await clearGraph(tools.target());
    const [a, b] = await Promise.all([
      runCli('ingest', [dir, '--batch-size', '20', '--workers', '0', '--shard', '1/2']),
      runCli('ingest', [dir, '--batch-size', '20', '--workers', '0', '--shard', '2/2']),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stderr).toContain('shard 1/2');
    expect(ingestedOf(a.stdout)).toBeGreaterThan(0);
    expect(ingestedOf(b.stdout)).toBeGreaterThan(0);
    expect(ingestedOf(a.stdout) + ingestedOf(b.stdout)).toBe(GENERATED + 5);
    expect(differences(await dump(), reference)).toEqual([]);
  }, 300_000);

  it('one folder each, at once: the same graph', async () => {
    await clearGraph(tools.target());
    const [a, b] = await Promise.all([
      runCli('ingest', [join(dir, 'generated'), '--batch-size', '20', '--workers', '0']),
      runCli('ingest', [join(dir, 'seeds'), '--batch-size', '20', '--workers', '0']),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect([ingestedOf(a.stdout), ingestedOf(b.stdout)]).toEqual([GENERATED, 5]);
    expect(differences(await dump(), reference)).toEqual([]);
  }, 300_000);

  it('--workers 2 in a shard: the same graph again', async () => {
    await clearGraph(tools.target());
    const [a, b] = await Promise.all([
      runCli('ingest', [dir, '--batch-size', '20', '--workers', '2', '--shard', '1/2']),
      runCli('ingest', [dir, '--batch-size', '20', '--workers', '2', '--shard', '2/2']),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stderr).toContain('on 2 worker threads');
    expect(differences(await dump(), reference)).toEqual([]);
  }, 300_000);
});
