import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentRecord } from '../../src/model/record.js';
import { writeManyPagePdf } from '../helpers/hostile-files.js';

/**
 * `parse` over a folder where one PDF overruns the PDF deadline (set to 1 ms with
 * PDF_READ_TIMEOUT_MS, so an ordinary PDF overruns it): the PDF is named with its code, every
 * other file is read and printed, and the command ends (the reader's worker does not hold it open).
 */
const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-parse-pdf-'));
  copyFileSync(join(ROOT, 'corpus/seeds/004_d8026a3a8832f7a7.txt'), join(dir, 'a-good.txt'));
  copyFileSync(join(ROOT, 'tests/fixtures/files/001.docx'), join(dir, 'b-good.docx'));
  writeManyPagePdf(join(dir, 'c-slow.pdf'), 50);
  copyFileSync(join(ROOT, 'corpus/seeds/002_78fb6ff3a99b7859.txt'), join(dir, 'd-good.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('directive-graph parse with a PDF past the deadline', () => {
  it('names the PDF with DG_INPUT_TOO_LARGE, prints every good file, and exits 1', async () => {
    const r = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'parse', dir], {
      cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, PDF_READ_TIMEOUT_MS: '1' },
    }).then((x) => ({ code: 0, ...x }), (e: { code: number; stdout: string; stderr: string }) => e);
    expect(r.code).toBe(1);
    // the CLI says "the file" for the path it has already named at the start of the line
    expect(r.stderr).toBe(`${join(dir, 'c-slow.pdf')}: the file took more than 1 ms to read as a PDF, over the limit per PDF [DG_INPUT_TOO_LARGE]\n`);
    const records = (JSON.parse(r.stdout) as unknown[]).map((x) => DocumentRecord.parse(x));
    expect(records.map((x) => [(x.source.path ?? '').slice(dir.length + 1), x.number])).toEqual([
      ['a-good.txt', '924-CV/QU'], ['b-good.docx', '308-TB/QU'], ['d-good.txt', '100-CV/ĐU'],
    ]);
  }, 60_000);
});
