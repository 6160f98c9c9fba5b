import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { useGraph } from '../helpers/graph.js';
import { writeManyPagePdf, writeSparseFile, writeZipBombDocx } from '../helpers/hostile-files.js';
import { graphTools } from '../ingest/graph-helpers.js';

/**
 * One folder mixing good documents with every kind of hostile or broken file: `ingest` stores every
 * good one, names every bad one with its code, and exits 1. The big files are made here.
 */
const graph = useGraph();
const { q } = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));
const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'corpus/seeds');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-mixed-'));
  copyFileSync(join(SEEDS, '000_536973292510776d.txt'), join(dir, 'good-000.txt'));
  copyFileSync(join(SEEDS, '002_78fb6ff3a99b7859.txt'), join(dir, 'good-002.txt'));
  copyFileSync(join(ROOT, 'tests/fixtures/files/001.docx'), join(dir, 'good-001.docx'));
  copyFileSync(join(SEEDS, '004_d8026a3a8832f7a7.txt'), join(dir, 'good-004.txt'));
  writeZipBombDocx(join(dir, 'bad-bomb.docx'), 2048);
  writeZipBombDocx(join(dir, 'bad-lying-bomb.docx'), 2048, { lie: true });
  writeManyPagePdf(join(dir, 'bad-10000-pages.pdf'), 10_000);
  writeSparseFile(join(dir, 'bad-200mb.txt'), 200 * 1024 * 1024);
  writeFileSync(join(dir, 'bad-binary.txt'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 131) % 256)));
  writeFileSync(join(dir, 'bad-invalid-utf8.txt'), Buffer.concat([Buffer.from('Số 12-CV/QU '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]), Buffer.from(' ngày 1/1/2021')]));
  writeFileSync(join(dir, 'bad-long-line.txt'), `Số 1-CV/QU\n${'Quận ủy chỉ đạo cho UBND phường thực hiện '.repeat(260_000)}\n`);
  copyFileSync(join(ROOT, 'tests/fixtures/files/corrupt.pdf'), join(dir, 'bad-corrupt.pdf'));
  writeFileSync(join(dir, 'bad-empty.txt'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ingest = (args: string[]) => runCli('ingest', args);

describe('a folder of good and hostile files', () => {
  it('stores every good file and names every bad one with its code', async () => {
    const r = await ingest([dir, '--batch-size', '3']);
    expect(r.code).toBe(1);
    const named = r.stderr.split('\n').filter((l) => l.includes('[DG_')).map((l) => {
      const m = /^(\S+?): .*\[(DG_[A-Z_]+)\]$/.exec(l);
      return m ? [m[1]!.slice(dir.length + 1), m[2]] : [l, '?'];
    }).sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(named).toEqual([
      ['bad-10000-pages.pdf', 'DG_INPUT_TOO_LARGE'],
      ['bad-200mb.txt', 'DG_INPUT_TOO_LARGE'],
      ['bad-binary.txt', 'DG_INPUT_BINARY'],
      ['bad-bomb.docx', 'DG_INPUT_TOO_LARGE'],
      ['bad-corrupt.pdf', 'DG_INPUT_UNREADABLE'],
      ['bad-empty.txt', 'DG_INPUT_EMPTY'],
      ['bad-invalid-utf8.txt:1:15', 'DG_INPUT_ENCODING'], // the first byte that is not UTF-8
      ['bad-long-line.txt:2', 'DG_INPUT_TOO_LARGE'],
      ['bad-lying-bomb.docx', 'DG_INPUT_TOO_LARGE'],
    ]);
    expect(r.stdout).toMatch(/^documents: 13 \(4 ingested, 0 updated, 0 unchanged, 9 failed\)/m);
    const stored = await q<{ path: string }>(`MATCH (d:Directive {status: 'ingested'}) RETURN d.sourcePath AS path ORDER BY path`);
    expect(stored.map((s) => s.path.slice(dir.length + 1))).toEqual(['good-000.txt', 'good-001.docx', 'good-002.txt', 'good-004.txt']);
  });
});
