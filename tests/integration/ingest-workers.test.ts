import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph } from '../../src/graph/maintenance.js';
import { ingest, type IngestSummary } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { ParsePool } from '../../src/ingest/workers/pool.js';
import { walkDocuments } from '../../src/read/index.js';
import { useGraph } from '../helpers/graph.js';
import { canonicalDump, graphTools } from '../ingest/graph-helpers.js';

/**
 * Parsing on worker threads must change nothing but the speed: the same files give the same graph,
 * the same outcomes and the same typed errors (code, file) as the in-process ingest, and a worker
 * that dies fails only the file it was reading.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const graph = useGraph();
const tools = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));
const dump = () => canonicalDump(graph.driver, graph.target.NEO4J_DATABASE);

let dir: string;
const GENERATED = 120;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-workers-'));
  // A cascade from the corpus generator (its own fixed seed), the five seeds, and files that fail.
  const gen = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/gen-corpus.ts'), '--out', join(dir, 'generated'), '--count', String(GENERATED), '--seed', '7'], { cwd: ROOT, encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(`gen-corpus failed: ${gen.stderr}`);
  rmSync(join(dir, 'generated', 'manifest.json'));
  mkdirSync(join(dir, 'seeds'));
  for (const f of readdirSync(join(ROOT, 'corpus/seeds')).filter((f) => f.endsWith('.txt'))) copyFileSync(join(ROOT, 'corpus/seeds', f), join(dir, 'seeds', f));
  // the same bytes twice: the second file is "unchanged"
  const first = readdirSync(join(dir, 'seeds')).sort()[0]!;
  copyFileSync(join(dir, 'seeds', first), join(dir, 'seeds', `zz-copy-of-${first}`));
  mkdirSync(join(dir, 'bad'));
  writeFileSync(join(dir, 'bad', 'empty.txt'), '');
  writeFileSync(join(dir, 'bad', 'binary.txt'), Buffer.from([0x4b, 0x00, 0x01, 0x02, 0x00, 0x9f, 0x00, 0x00]));
  copyFileSync(join(ROOT, 'tests/fixtures/files/corrupt.pdf'), join(dir, 'bad', 'corrupt.pdf'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function paths(): Promise<string[]> {
  const out: string[] = [];
  for await (const p of walkDocuments([dir])) out.push(p);
  return out;
}

/** What a user reads in the summary: counts, and each failure as printed. */
function outcome(s: IngestSummary) {
  return { counts: s.counts, failures: s.failures.map((f) => `${f.error.name} ${f.error.toString()}`) };
}

async function ingestWith(workers: number, batchSize: number): Promise<IngestSummary> {
  const pool = workers > 1 ? new ParsePool({ workers }) : undefined;
  try {
    return await ingest(await paths(), { target: tools.target(), stages: await defaultStages(), pool, batchSize });
  } finally {
    await pool?.close();
  }
}

describe('ingest on parse workers', () => {
  it('two workers write the graph one thread writes, with the same outcomes and errors', async () => {
    await clearGraph(tools.target());
    const alone = await ingestWith(1, 25);
    const aloneGraph = await dump();
    expect(alone.counts).toEqual({ ingested: GENERATED + 5, updated: 0, unchanged: 1, failed: 3 });
    expect(alone.failures.map((f) => [f.path.slice(dir.length + 1), f.error.code])).toEqual([
      ['bad/binary.txt', 'DG_INPUT_BINARY'],
      ['bad/corrupt.pdf', 'DG_INPUT_UNREADABLE'],
      ['bad/empty.txt', 'DG_INPUT_EMPTY'],
    ]);

    await clearGraph(tools.target());
    const pooled = await ingestWith(2, 25);
    expect(outcome(pooled)).toEqual(outcome(alone));
    // 6 batches of 25 files: the writes of one overlapped the parsing of the next
    expect(pooled.batches).toBe(alone.batches);
    const pooledGraph = await dump();
    expect(pooledGraph.nodes.length).toBeGreaterThan(GENERATED);
    expect(pooledGraph).toEqual(aloneGraph);
  }, 600_000);

  it('a second run on the workers skips every file already in', async () => {
    const again = await ingestWith(2, 25);
    expect(again.counts).toEqual({ ingested: 0, updated: 0, unchanged: GENERATED + 6, failed: 3 });
  }, 300_000);

  it('the workers hash each file as the reader does, and give null for what cannot be read', async () => {
    const seedsDir = join(dir, 'seeds');
    const files = readdirSync(seedsDir).sort().map((f) => join(seedsDir, f));
    const pool = new ParsePool({ workers: 2, taskSize: 2 });
    try {
      const hashes = await pool.hash([...files, join(dir, 'no-such-file.txt'), seedsDir]);
      const stages = await defaultStages();
      const read = await Promise.all(files.map((f) => stages.read(f)));
      expect(hashes).toEqual([...read.map((r) => r.sha256), null, null]);
      // the copy has the same bytes as its original, so the same hash: it is skipped as unchanged
      expect(hashes[files.length - 1]).toBe(hashes[0]);
    } finally {
      await pool.close();
    }
  }, 300_000);

  it('a text too large for a worker\'s heap is refused before its parse, named, and the batch goes on', async () => {
    await clearGraph(tools.target());
    // About 10 million characters (a seed's body repeated, under the 20 MB read limit): its parse needs
    // more than a 64 MB heap holds (it ran out at 64 MB and fitted at 96), while the seeds fit with room.
    // A worker that ran out of heap on it aborted the whole test process, now and then, on a loaded
    // machine; the worker now refuses it before parsing (heap-room.ts).
    const big = join(dir, 'huge', 'huge.txt');
    mkdirSync(join(dir, 'huge'), { recursive: true });
    const seed = readFileSync(join(ROOT, 'corpus/seeds', readdirSync(join(ROOT, 'corpus/seeds')).filter((f) => f.endsWith('.txt')).sort()[1]!), 'utf8');
    const [head, ...rest] = seed.split('\n\n');
    writeFileSync(big, [head, ...Array.from({ length: Math.ceil((10 << 20) / seed.length) }, () => rest.join('\n\n'))].join('\n\n'));
    const seeds = (await paths()).filter((p) => p.includes('/seeds/') && !p.includes('zz-copy'));
    const pool = new ParsePool({ workers: 2, heapLimitMb: 64, taskSize: 3 });
    try {
      const s = await ingest([...seeds.slice(0, 2), big, ...seeds.slice(2)], { target: tools.target(), stages: await defaultStages(), pool, batchSize: 10 });
      expect(s.counts).toEqual({ ingested: 5, updated: 0, unchanged: 0, failed: 1 });
      expect(s.failures.map((f) => [f.path, f.error.code, f.error.location?.path])).toEqual([[big, 'DG_INPUT_TOO_LARGE', big]]);
      expect(s.failures[0]!.error.message).toMatch(/huge\.txt is 10,\d{3},\d{3} characters of text; parsing it needs about \d+ MB, more than the \d+ MB a parse worker has: ingest it with --workers 1/);
      expect((await tools.counts()).nodes.Directive).toBeGreaterThanOrEqual(5);
    } finally {
      await pool.close();
      rmSync(join(dir, 'huge'), { recursive: true, force: true });
    }
  }, 600_000);

  it('a worker that dies fails only the file it was parsing, named, and the batch goes on', async () => {
    await clearGraph(tools.target());
    const seeds = (await paths()).filter((p) => p.includes('/seeds/') && !p.includes('zz-copy'));
    const crash = join(dir, 'crash', 'third.crash.txt');
    mkdirSync(join(dir, 'crash'), { recursive: true });
    // A document like the others (a generated one, not otherwise in this run): only its name makes the test's worker die on it.
    copyFileSync((await paths()).find((p) => p.includes('/generated/'))!, crash);
    const pool = new ParsePool({ workers: 2, taskSize: 3, workerFile: join(ROOT, 'tests/fixtures/workers/dies-on-crash-file.ts') });
    try {
      const s = await ingest([...seeds.slice(0, 2), crash, ...seeds.slice(2)], { target: tools.target(), stages: await defaultStages(), pool, batchSize: 10 });
      expect(s.counts).toEqual({ ingested: 5, updated: 0, unchanged: 0, failed: 1 });
      expect(s.failures.map((f) => [f.path, f.error.code, f.error.location?.path])).toEqual([[crash, 'DG_PARSE_FAILED', crash]]);
      expect(s.failures[0]!.error.message).toBe(`${crash}: the parse worker stopped while reading this file (it exited with code 134); the other files go on`);
      expect((await tools.counts()).nodes.Directive).toBeGreaterThanOrEqual(5);
    } finally {
      await pool.close();
      rmSync(join(dir, 'crash'), { recursive: true, force: true });
    }
  }, 600_000);
});
