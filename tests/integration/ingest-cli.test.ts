import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanDatabase, testEnv, useGraph } from '../helpers/graph.js';
import { graphTools } from '../ingest/graph-helpers.js';

/**
 * `directive-graph ingest` as a user runs it: a real process against the test Neo4j; what it
 * prints, its exit code, and what ends up in the graph.
 */
const graph = useGraph();
const { q, counts } = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));
const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'corpus/seeds');

interface Ran { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Runs a TypeScript entry point; `killWhen` sends SIGKILL as soon as stderr matches it. */
function tsx(entry: string, args: string[], opts: { killWhen?: RegExp } = {}): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, entry), ...args], { cwd: ROOT, env: testEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (opts.killWhen?.test(stderr)) child.kill('SIGKILL');
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}
const cli = (args: string[], opts: { killWhen?: RegExp } = {}) => tsx('src/cli.ts', ['ingest', ...args], opts);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-ingest-cli-'));
  copyFileSync(join(SEEDS, '000_536973292510776d.txt'), join(dir, 'a-seed-000.txt'));
  copyFileSync(join(SEEDS, '004_d8026a3a8832f7a7.txt'), join(dir, 'b-seed-004.txt'));
  copyFileSync(join(ROOT, 'tests/fixtures/files/corrupt.docx'), join(dir, 'c-broken.docx'));
  copyFileSync(join(ROOT, 'tests/fixtures/encodings/binary.txt'), join(dir, 'd-binary.txt'));
  copyFileSync(join(SEEDS, '002_78fb6ff3a99b7859.txt'), join(dir, 'e-seed-002.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('usage', () => {
  it.each([
    [[], /which files or folders/],
    [['--batch-size', '0', 'x'], /--batch-size expects a whole number from 1 to 10000, got "0"/],
    [['--frobnicate', 'x'], /Unknown option '--frobnicate'/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Usage: directive-graph ingest');
  });
});

describe('a folder with good and broken files', () => {
  it('writes the good ones, names each broken file, exits 1', async () => {
    await cleanDatabase(graph.driver);
    const r = await cli([dir]);
    expect(r.code).toBe(1);
    const failures = r.stderr.split('\n').filter((l) => l.includes('[DG_'));
    expect(failures).toEqual([
      expect.stringMatching(new RegExp(`^${join(dir, 'c-broken.docx')}: .+ \\[DG_INPUT_UNREADABLE\\]$`)),
      expect.stringMatching(new RegExp(`^${join(dir, 'd-binary.txt')}: .+ \\[DG_INPUT_BINARY\\]$`)),
    ]);
    expect(r.stdout).toMatch(/^documents: 5 \(3 ingested, 0 updated, 0 unchanged, 2 failed\) in \d+s, [\d.]+ docs\/s$/m);
    expect(r.stdout).toMatch(/^graph: \d+ nodes and \d+ edges created \(1 transaction\)$/m);
    const ingested = await q<{ n: string }>(`MATCH (d:Directive {status: 'ingested'}) RETURN d.number AS n ORDER BY n`);
    expect(ingested.map((x) => x.n)).toEqual(['01-TB/QU', '100-CV/ĐU', '924-CV/QU']);
  });

  it('a second run finds everything unchanged and writes nothing', async () => {
    const before = await q(`MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS edges`);
    const r = await cli([join(dir, 'a-seed-000.txt'), join(dir, 'b-seed-004.txt'), join(dir, 'e-seed-002.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^documents: 3 \(0 ingested, 0 updated, 3 unchanged, 0 failed\)/m);
    expect(r.stdout).toMatch(/^graph: 0 nodes and 0 edges created$/m);
    expect(await q(`MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS edges`)).toEqual(before);
  });

  it('--report alone prints the data-quality findings', async () => {
    const r = await cli(['--report']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^data quality$/m);
    expect(r.stdout).toMatch(/^citations whose target is unknown or ambiguous: \d+$/m);
    expect(r.stdout).toMatch(/^implementing documents dated before what they implement: 0$/m);
    expect(r.stdout).toMatch(/^issuers of unknown area: \d+$/m);
  });

  it('prints plain progress lines when stderr is not a terminal', async () => {
    await cleanDatabase(graph.driver);
    const r = await cli([dir, '--batch-size', '2']);
    expect(r.stderr).toMatch(/^ingest: writing to Neo4j at bolt:\/\//m);
    expect(r.stderr).toMatch(/^ingest: 5\/5 documents, [\d.]+ docs\/s, ETA 0s, 2 failed$/m);
    // batches [a, b] and [e] are written; [c, d] both fail before any write
    expect(r.stdout).toMatch(/\(2 transactions\)$/m);
  });
});

describe('a killed ingest', () => {
  // 800 documents in batches of 20: 40 transactions. The kill waits for the first progress line (printed every 2 s)
  // that shows fewer than all of them in, so it lands while batches are still being written. 400 were too few: on a
  // quiet machine (2026-12-07, fresh clone, Node 24) the whole ingest finished within the first 2 s and the kill found
  // nothing left to interrupt. Should ingest ever finish 800 before its first progress line, the kill never comes and
  // the test says so (signal null), rather than passing on a run that was never interrupted.
  const COUNT = 800;
  it('re-run, completes the graph without duplicates', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'dg-ingest-kill-'));
    try {
      const gen = await tsx('scripts/gen-corpus.ts', ['--out', corpus, '--count', String(COUNT), '--seed', '7']);
      expect(gen.stdout).toMatch(new RegExp(`^wrote ${COUNT} documents`));
      const snapshot = () => counts();
      const keys = () => q(`MATCH (d:Directive) RETURN d.key AS key, d.status AS status ORDER BY key`);

      await cleanDatabase(graph.driver);
      const whole = await cli([corpus, '--batch-size', '20']);
      expect(whole.stdout).toMatch(new RegExp(`^documents: ${COUNT} \\(${COUNT} ingested`, 'm'));
      const expected = { counts: await snapshot(), keys: await keys() };

      await cleanDatabase(graph.driver);
      // Killed once the plain progress shows that a few batches are in (progress is printed every 2 s).
      const killed = await cli([corpus, '--batch-size', '20'], { killWhen: new RegExp(`^ingest: (?!${COUNT}/)\\d+/${COUNT} documents`, 'm') });
      expect(killed.signal).toBe('SIGKILL');
      const partial = (await keys()).filter((k) => k.status === 'ingested').length;
      expect(partial).toBeGreaterThan(0);
      expect(partial).toBeLessThan(COUNT);
      expect(partial % 20).toBe(0);

      const rerun = await cli([corpus, '--batch-size', '20']);
      expect(rerun.code).toBe(0);
      expect(rerun.stdout).toContain(`(${COUNT - partial} ingested, 0 updated, ${partial} unchanged, 0 failed)`);
      expect({ counts: await snapshot(), keys: await keys() }).toEqual(expected);
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });
});
