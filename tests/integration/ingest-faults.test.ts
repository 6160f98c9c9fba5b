import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanDatabase, testEnv, useGraph } from '../helpers/graph.js';
import { canonicalDump, graphTools } from '../ingest/graph-helpers.js';

/**
 * Ingests that are interrupted, killed or run side by side must leave exactly the graph one clean
 * run leaves: compared as a canonical dump of every node, edge and property (tests/ingest/graph-helpers.ts).
 */
const graph = useGraph();
const { q } = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));
const ROOT = resolve(import.meta.dirname, '../..');
const COUNT = 300;

interface Ran { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** `directive-graph ingest` in a real process; `onStderr` may signal it. */
function ingest(args: string[], onStderr?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'ingest', ...args], { cwd: ROOT, env: testEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      onStderr?.(stderr, child);
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

function run(entry: string, args: string[]): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, entry), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

const dump = () => canonicalDump(graph.driver, graph.target.NEO4J_DATABASE);
const ingestedCount = async () => Number((await q<{ n: number }>(`MATCH (d:Directive {status: 'ingested'}) RETURN count(d) AS n`))[0]!.n);

let corpus: string;
let clean: Awaited<ReturnType<typeof dump>>;
beforeAll(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'dg-faults-'));
  const gen = await run('scripts/gen-corpus.ts', ['--out', corpus, '--count', String(COUNT), '--seed', '11']);
  expect(gen.stdout).toMatch(new RegExp(`^wrote ${COUNT} documents`));
  await cleanDatabase(graph.driver);
  const whole = await ingest([corpus, '--batch-size', '10']);
  expect(whole.stdout).toMatch(new RegExp(`^documents: ${COUNT} \\(${COUNT} ingested`, 'm'));
  clean = await dump();
});
afterAll(() => rmSync(corpus, { recursive: true, force: true }));

describe('Ctrl-C during an ingest', () => {
  it('finishes the batch being written, says what was stored, exits 130; the re-run completes the graph', async () => {
    await cleanDatabase(graph.driver);
    let sent = false;
    const stopped = await ingest([corpus, '--batch-size', '10'], (err, child) => {
      // After the first progress line (printed every 2 s) some batches are in and more are coming.
      if (!sent && /^ingest: \d+\/300 documents/m.test(err)) { sent = true; child.kill('SIGINT'); }
    });
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toContain('SIGINT: finishing the batch being written, then stopping');
    const said = /^interrupted: (\d+) documents stored, (\d+) of 300 files handled, (\d+) not read or not written; run the same command again/m.exec(stopped.stdout);
    expect(said).not.toBeNull();
    const stored = Number(said![1]);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(COUNT);
    expect(stored % 10).toBe(0); // whole batches only
    expect(await ingestedCount()).toBe(stored);

    const rerun = await ingest([corpus, '--batch-size', '10']);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`(${COUNT - stored} ingested, 0 updated, ${stored} unchanged, 0 failed)`);
    expect(await dump()).toEqual(clean);
  });
});
