import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, InputError } from '../../src/errors.js';
import { readDocumentFile } from '../../src/read/index.js';
import { extractPdfText } from '../../src/read/pdf.js';
import { readPdfInWorker } from '../../src/read/pdf-thread.js';
import { writeDensePagePdf, writeManyPagePdf } from '../helpers/hostile-files.js';

/**
 * PDFs are read in a worker thread under a wall-clock deadline and a heap limit: a PDF that
 * overruns either gets DG_INPUT_TOO_LARGE naming the file, and the next PDF reads as before.
 * The deadline is made tiny (1 ms) so that an ordinary PDF overruns it.
 */
let dir: string;
let fifty: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-pdf-thread-'));
  fifty = join(dir, 'fifty-pages.pdf');
  writeManyPagePdf(fifty, 50);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const savedTimeout = process.env.PDF_READ_TIMEOUT_MS;
afterEach(() => {
  if (savedTimeout === undefined) delete process.env.PDF_READ_TIMEOUT_MS;
  else process.env.PDF_READ_TIMEOUT_MS = savedTimeout;
});

async function failure(run: Promise<unknown>): Promise<InputError> {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('reading a PDF in a worker thread', () => {
  it('gives the same text and pages as reading it in this thread', async () => {
    const bytes = new Uint8Array(readFileSync(fifty));
    const inThread = await extractPdfText(bytes, fifty);
    expect(await readPdfInWorker(bytes, fifty)).toEqual(inThread);
    expect(inThread.pages).toBe(50);
  }, 60_000);

  it('a PDF past the deadline is refused naming the file, and the next read works', async () => {
    const error = await failure(readDocumentFile(fifty, { pdf: { timeoutMs: 1, heapMb: 512 } }));
    expect(error.code).toBe('DG_INPUT_TOO_LARGE');
    expect(error.message).toBe(`${fifty} took more than 1 ms to read as a PDF, over the limit per PDF`);
    expect(error.location).toEqual({ path: fifty });
    expect(error.details).toEqual({ limit: 'timeoutMs', max: 1 });
    const file = await readDocumentFile(fifty);
    expect(file.pages).toBe(50);
    expect(file.text.split('Trang tai lieu')).toHaveLength(51);
  }, 60_000);

  it('takes the deadline from PDF_READ_TIMEOUT_MS, and refuses a value that is not a number of ms', async () => {
    process.env.PDF_READ_TIMEOUT_MS = '1';
    const error = await failure(readDocumentFile(fifty));
    expect(error.message).toBe(`${fifty} took more than 1 ms to read as a PDF, over the limit per PDF`);
    process.env.PDF_READ_TIMEOUT_MS = '10s';
    const bad = await readDocumentFile(fifty).then(() => null, (e: unknown) => e);
    expect(bad).toBeInstanceOf(ConfigError);
    expect(bad).toMatchObject({ code: 'DG_CONFIG_INVALID', message: 'PDF_READ_TIMEOUT_MS="10s": expected a whole number of milliseconds from 1' });
  }, 60_000);

  it('a PDF that needs more heap than the limit is refused naming the file (the worker is stopped, not the process)', async () => {
    // 400,000 text items on one page, with the per-page item bound lifted: only the heap limit stops it
    const path = join(dir, 'dense.pdf');
    writeDensePagePdf(path, 400_000);
    const unbounded = { maxItemsPerPage: Number.MAX_SAFE_INTEGER, maxTextChars: Number.MAX_SAFE_INTEGER, maxPageMs: Number.MAX_SAFE_INTEGER };
    const error = await failure(readPdfInWorker(new Uint8Array(readFileSync(path)), path, { timeoutMs: 120_000, heapMb: 16 }, unbounded));
    expect(error.code).toBe('DG_INPUT_TOO_LARGE');
    expect(error.message).toBe(`${path} needed more than 16 MB of memory to read as a PDF, over the limit per PDF`);
    expect(error.details).toEqual({ limit: 'heapMb', max: 16 });
    expect((await readDocumentFile(fifty)).pages).toBe(50);
  }, 120_000);
});
