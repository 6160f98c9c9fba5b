import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseDocument } from '../../src/parse/index.js';
import { readDocumentFile } from '../../src/read/index.js';
import { extractPdfText, PDF_CONTENT_LIMITS } from '../../src/read/pdf.js';
import { boundedDocxParts } from '../../src/read/zip-guard.js';
import { writeDensePagePdf, writeDocxWithMediaBomb, writeManyPagePdf, writeSparseFile, writeZipBombDocx } from '../helpers/hostile-files.js';

/**
 * Files meant to exhaust the reader: each gives a typed error naming the file, without the memory
 * its content would take (checked against the process's resident size; the test timeout bounds
 * the time). The big files are made here, in a temp folder, and never committed.
 */
const ROOT = join(import.meta.dirname, '../..');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refusal(path: string): Promise<{ error: InputError; rssGrowthMb: number }> {
  const before = process.memoryUsage().rss;
  let error: unknown;
  try {
    await readDocumentFile(path);
  } catch (e) {
    error = e;
  }
  const rssGrowthMb = (process.memoryUsage().rss - before) / 1048576;
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).location?.path).toBe(path);
  return { error: error as InputError, rssGrowthMb };
}

describe('hostile files', () => {
  it('a .docx whose XML expands to 2 GB is refused as a zip bomb, from its directory', async () => {
    const path = join(dir, 'bomb.docx');
    writeZipBombDocx(path, 2048);
    const { error, rssGrowthMb } = await refusal(path);
    expect(error.code).toBe('DG_INPUT_TOO_LARGE');
    expect(error.message).toBe(`${path} is refused as a possible zip bomb: its XML parts declare 2147483746 bytes uncompressed (word/document.xml: 2147483648), over the limit of 67108864`);
    expect(rssGrowthMb).toBeLessThan(256);
  });

  it('one whose directory lies about its size is refused once 64 MB are inflated, not 2 GB', async () => {
    const path = join(dir, 'lying-bomb.docx');
    writeZipBombDocx(path, 2048, { lie: true });
    const { error, rssGrowthMb } = await refusal(path);
    expect(error.code).toBe('DG_INPUT_TOO_LARGE');
    expect(error.message).toBe(`${path} is refused as a possible zip bomb: word/document.xml expands past the limit of 67108864 bytes of XML (it declares 4096)`);
    expect(rssGrowthMb).toBeLessThan(256);
  });

  it('a real .docx still reads', async () => {
    const path = join(dir, 'good.docx');
    copyFileSync(join(ROOT, 'tests/fixtures/files/001.docx'), path);
    const file = await readDocumentFile(path);
    expect(parseDocument(file.text).number).toBe('308-TB/QU');
  });

  it('a .docx whose picture inflates to 2 GB (declaring 4 KB) reads its text: media are never inflated', async () => {
    const path = join(dir, 'picture-bomb.docx');
    const xml = boundedDocxParts(readFileSync(join(ROOT, 'tests/fixtures/files/001.docx')), '001.docx');
    writeDocxWithMediaBomb(path, xml, { name: 'word/media/image1.png', mb: 2048, declared: 4096 });
    const before = process.memoryUsage().rss;
    const file = await readDocumentFile(path);
    expect(parseDocument(file.text).number).toBe('308-TB/QU');
    expect((process.memoryUsage().rss - before) / 1048576).toBeLessThan(256);
  });

  it('a .docx whose pictures declare 1 GB is refused naming the biggest one', async () => {
    const path = join(dir, 'declared-pictures.docx');
    const xml = boundedDocxParts(readFileSync(join(ROOT, 'tests/fixtures/files/001.docx')), '001.docx');
    writeDocxWithMediaBomb(path, xml, { name: 'word/media/image1.png', mb: 1, declared: 1024 * 1024 * 1024 });
    const { error } = await refusal(path);
    expect(error.code).toBe('DG_INPUT_TOO_LARGE');
    expect(error.message).toBe(`${path} is refused as a possible zip bomb: its media parts declare 1073741824 bytes uncompressed (word/media/image1.png: 1073741824), over the limit of 536870912`);
  });

  it('a one-page PDF of 400,000 text operators (a few KB compressed) is refused at the per-page bound, naming the page', async () => {
    const path = join(dir, 'dense-page.pdf');
    writeDensePagePdf(path, 400_000);
    // PDFs are read in a worker thread (src/read/pdf-thread.ts): start it and load pdfjs in it with a
    // small PDF first, so that the growth measured is the hostile page's, not the reader's fixed cost
    writeManyPagePdf(join(dir, 'warm-up.pdf'), 1);
    await readDocumentFile(join(dir, 'warm-up.pdf'));
    const { error, rssGrowthMb } = await refusal(path);
    expect(error.code).toBe('DG_INPUT_TOO_LARGE');
    expect(error.message).toBe(`${path}: page 1 has more than 50000 text items, over the limit per page`);
    expect(error.details).toEqual({ page: 1, limit: 'maxItemsPerPage', max: 50_000 });
    expect(rssGrowthMb).toBeLessThan(256);
  });

  it('the text of a whole PDF and the time per page are bounded too (small limits, same pages)', async () => {
    const path = join(dir, 'pages.pdf');
    writeManyPagePdf(path, 5);
    const bytes = new Uint8Array(readFileSync(path));
    // 'Trang tai lieu' is 14 characters a page: the third page passes 30.
    await expect(extractPdfText(bytes, path, { ...PDF_CONTENT_LIMITS, maxTextChars: 30 })).rejects.toMatchObject({
      code: 'DG_INPUT_TOO_LARGE', message: `${path}: page 3 takes the text of the PDF past 30 characters, over the limit per PDF`,
    });
    await expect(extractPdfText(bytes, path, { ...PDF_CONTENT_LIMITS, maxPageMs: -1 })).rejects.toMatchObject({
      code: 'DG_INPUT_TOO_LARGE', message: `${path}: page 1 took more than -1 ms to read, over the limit per page`,
    });
    expect((await extractPdfText(bytes, path)).pages).toBe(5);
  });

  it('a PDF of 10,000 pages is refused from its page count', async () => {
    const path = join(dir, 'ten-thousand.pdf');
    writeManyPagePdf(path, 10_000);
    const { error } = await refusal(path);
    expect(error.code).toBe('DG_INPUT_TOO_LARGE');
    expect(error.message).toBe(`${path} has 10000 pages, over the limit of 2000 pages per PDF`);
  });

  it('a PDF of 3 pages made the same way reads (the generator makes valid PDFs)', async () => {
    const path = join(dir, 'three.pdf');
    writeManyPagePdf(path, 3);
    const file = await readDocumentFile(path);
    expect(file.pages).toBe(3);
    expect(file.text).toContain('Trang tai lieu');
  });

  it('a file of 200 MB is refused before it is read', async () => {
    const path = join(dir, 'huge.txt');
    writeSparseFile(path, 200 * 1024 * 1024);
    const { error, rssGrowthMb } = await refusal(path);
    expect(error.code).toBe('DG_INPUT_TOO_LARGE');
    expect(error.message).toBe(`${path} is 200.0 MB, over the limit of 20.0 MB`);
    expect(rssGrowthMb).toBeLessThan(64);
  });

  it.each<[string, Buffer, string]>([
    ['binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, ...Array.from({ length: 4000 }, (_, i) => (i * 37) % 256)]), 'DG_INPUT_BINARY'],
    ['invalid-utf8.txt', Buffer.concat([Buffer.from('Số 12-CV/QU '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]), Buffer.from(' ngày 1/1/2021')]), 'DG_INPUT_ENCODING'],
  ])('%s is refused with its code', async (name, bytes, code) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const { error } = await refusal(path);
    expect(error.code).toBe(code);
  });

  it('a 10 MB single line is refused by the parser naming the line, at once', async () => {
    const text = 'Thực hiện Chỉ thị số 17/CT-UBND của UBND Thành phố, Quận ủy chỉ đạo cho UBND phường '.repeat(125_000);
    let error: unknown;
    try { parseDocument(`Số 1-CV/QU\n${text}\n`, { path: 'long.txt' }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('DG_INPUT_TOO_LARGE');
    expect((error as InputError).toString()).toBe(`long.txt:2: line 2 is ${text.length} characters long, over the limit of 2097152 for one paragraph [DG_INPUT_TOO_LARGE]`);
  });
});
