import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocumentFile } from '../../src/read/index.js';

/**
 * The OCR cache (src/read/ocr-cache.ts) that the evaluation uses for its scans, with the real
 * Tesseract: a cached read gives what a fresh one gives, an entry stands for the image's bytes
 * (not its path: a PDF page is OCR'd from a temporary PNG), and a folder that cannot be written
 * only means no cache.
 */
const ROOT = join(import.meta.dirname, '../..');
const HEADER_PNG = join(ROOT, 'tests/fixtures/scans/004-header.scan.png');
const scratch = mkdtempSync(join(tmpdir(), 'dg-ocr-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const entries = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tsv'));

describe('readDocumentFile with an OCR cache folder', () => {
  const cacheDir = join(scratch, 'cache');

  it('reads a scanned page as it does without the cache, and keeps one entry for it', async () => {
    const plain = await readDocumentFile(HEADER_PNG);
    const cached = await readDocumentFile(HEADER_PNG, { ocr: { cacheDir } });
    expect(cached.text).toBe(plain.text);
    expect(cached.ocr).toEqual(plain.ocr);
    expect(entries(cacheDir)).toHaveLength(1);
  }, 120_000);

  it('serves the same bytes under another name from that entry, and reads the entry, not the image', async () => {
    const [entry] = entries(cacheDir);
    // Tesseract's TSV: a level-5 row is one word with its confidence (src/read/ocr.ts pagesFromTsv).
    writeFileSync(join(cacheDir, entry!), 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t91.5\tKHOTAM\n');
    const copy = join(scratch, 'renamed.png');
    copyFileSync(HEADER_PNG, copy);
    const f = await readDocumentFile(copy, { ocr: { cacheDir } });
    expect(f.text.trim()).toBe('KHOTAM');
    expect(f.ocr?.meanConfidence).toBe(0.915);
    expect(entries(cacheDir)).toHaveLength(1);
  }, 120_000);

  it('reads as usual when the folder cannot be made (a file stands in its place)', async () => {
    const blocked = join(scratch, 'not-a-folder');
    writeFileSync(blocked, 'x');
    const plain = await readDocumentFile(HEADER_PNG);
    const f = await readDocumentFile(HEADER_PNG, { ocr: { cacheDir: blocked } });
    expect(f.text).toBe(plain.text);
  }, 120_000);
});
