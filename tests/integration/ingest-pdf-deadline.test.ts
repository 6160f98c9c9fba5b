import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { useGraph } from '../helpers/graph.js';
import { writeManyPagePdf } from '../helpers/hostile-files.js';
import { graphTools } from '../ingest/graph-helpers.js';

/**
 * An ingest of a folder where one PDF overruns the PDF reader's deadline (PDF_READ_TIMEOUT_MS=1,
 * which an ordinary PDF overruns): the PDF is named with DG_INPUT_TOO_LARGE, every good file is
 * stored. PDFs are read in a worker thread of the parse worker, so this covers that nesting too.
 */
const graph = useGraph();
const { q } = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));
const ROOT = resolve(import.meta.dirname, '../..');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-pdf-deadline-'));
  copyFileSync(join(ROOT, 'corpus/seeds/000_536973292510776d.txt'), join(dir, 'good-000.txt'));
  copyFileSync(join(ROOT, 'tests/fixtures/files/001.docx'), join(dir, 'good-001.docx'));
  copyFileSync(join(ROOT, 'corpus/seeds/004_d8026a3a8832f7a7.txt'), join(dir, 'good-004.txt'));
  writeManyPagePdf(join(dir, 'slow.pdf'), 50);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest with a PDF past the deadline', () => {
  it('stores every good file and names the PDF', async () => {
    const r = await runCli('ingest', [dir, '--batch-size', '2'], { PDF_READ_TIMEOUT_MS: '1' });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.includes('[DG_'))).toEqual([
      `${join(dir, 'slow.pdf')}: ${join(dir, 'slow.pdf')} took more than 1 ms to read as a PDF, over the limit per PDF [DG_INPUT_TOO_LARGE]`,
    ]);
    expect(r.stdout).toMatch(/^documents: 4 \(3 ingested, 0 updated, 0 unchanged, 1 failed\)/m);
    const stored = await q<{ path: string }>(`MATCH (d:Directive {status: 'ingested'}) RETURN d.sourcePath AS path ORDER BY path`);
    expect(stored.map((s) => s.path.slice(dir.length + 1))).toEqual(['good-000.txt', 'good-001.docx', 'good-004.txt']);
  });
});
