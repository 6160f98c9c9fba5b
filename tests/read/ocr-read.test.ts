import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { DocumentRecord } from '../../src/model/record.js';
import { parseDocument } from '../../src/parse/index.js';
import { readDocumentFile } from '../../src/read/index.js';

/**
 * The OCR path with the real tools (Debian's tesseract-ocr + tesseract-ocr-vie and poppler-utils,
 * which .ci/run installs), on pages rendered from the seeds by scripts/fixtures/make-scans.ts.
 */
const ROOT = join(import.meta.dirname, '../..');
const HEADER_PNG = join(ROOT, 'tests/fixtures/scans/004-header.scan.png');
const SCAN_PDF = join(ROOT, 'tests/fixtures/scans/004.scan.pdf');
const SEED_002 = join(ROOT, 'corpus/seeds/002_78fb6ff3a99b7859.txt');

const scratch = mkdtempSync(join(tmpdir(), 'dg-ocr-'));
const savedPath = process.env.PATH;
afterEach(() => { process.env.PATH = savedPath; });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function readError(path: string): Promise<InputError> {
  const e = await readDocumentFile(path).then(() => null, (err: unknown) => err);
  if (e instanceof InputError) return e;
  throw new Error(`expected an InputError from ${path}, got ${String(e)}`);
}

describe('readDocumentFile: a scanned page image', () => {
  it('reads the header of a Quận ủy Công văn, with the OCR warning and confidence on the record', async () => {
    const f = await readDocumentFile(HEADER_PNG);
    expect(f.format).toBe('image');
    expect(f.encoding).toBe('ocr');
    expect(f.ocr).toMatchObject({ language: 'vie', pages: [1] });
    expect(f.ocr?.engine).toMatch(/^tesseract \d+\.\d+/);
    expect(f.ocr?.meanConfidence).toBeGreaterThan(0.85);
    expect(f.warnings[0]).toMatchObject({ code: 'OCR', span: null });
    expect(f.warnings[0]?.message).toMatch(/^.*004-header\.scan\.png: text read by OCR \(tesseract [\d.]+, vie\) from 1 page, mean word confidence \d+%$/);

    const r = parseDocument(f.text, { path: f.path, encoding: f.encoding, warnings: f.warnings, ocr: f.ocr });
    expect(r).toMatchObject({ number: '924-CV/QU', docType: 'Công văn', issuedOn: '2022-04-25', family: 'party' });
    expect(r.issuer).toMatchObject({ name: 'Quận ủy Hai Bà Trưng', key: 'org:quan-uy@d007' });
    expect(r.citations.map((c) => [c.number, c.relation, c.key])).toEqual([['739-TB/TU', 'implements', 'doc:739-TB/TU|org:thanh-uy@p01|2022']]);
    expect(r.source.ocr).toEqual(f.ocr);
    expect(r.warnings.map((w) => w.code)).toContain('OCR');
    expect(DocumentRecord.parse(r)).toEqual(r);
  }, 120_000);
});

describe('readDocumentFile: a PDF with a typed page and a scanned one', () => {
  it('OCRs only the page without a text layer and keeps it in its place', async () => {
    const f = await readDocumentFile(join(ROOT, 'tests/fixtures/scans/mixed.scan.pdf'));
    expect(f).toMatchObject({ format: 'pdf', encoding: 'pdf+ocr', pages: 2 });
    expect(f.ocr).toMatchObject({ pages: [2] });
    const cover = f.text.indexOf('PHIẾU CHUYỂN VĂN BẢN\nVăn phòng Quận ủy chuyển bản chụp văn bản sau');
    const scanned = f.text.indexOf('Số 924-CV/QU');
    expect(cover).toBe(0);
    expect(scanned).toBeGreaterThan(cover);
    expect(f.text.slice(0, scanned)).toContain('Bộ phận văn thư\n\n');
  }, 180_000);
});

describe('readDocumentFile: OCR time limit', () => {
  it('stops Tesseract at the time limit with a typed error naming the file', async () => {
    const e = await readDocumentFile(HEADER_PNG, { ocr: { timeoutMs: 50 } }).then(() => null, (err: unknown) => err);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).code).toBe('DG_OCR_FAILED');
    expect((e as InputError).message).toBe(`${HEADER_PNG}: tesseract did not finish within 0.05 s`);
  });
});

describe('readDocumentFile: OCR tools missing', () => {
  it('says to install Tesseract when it is not on the PATH', async () => {
    process.env.PATH = scratch; // an empty folder: no tesseract, no pdftoppm
    const e = await readError(HEADER_PNG);
    expect(e.code).toBe('DG_OCR_UNAVAILABLE');
    expect(e.message).toBe(`${HEADER_PNG} needs OCR (it has no text layer), but tesseract is not installed: install tesseract-ocr and tesseract-ocr-vie (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils)`);
    expect(e.location?.path).toBe(HEADER_PNG);
  });

  it('says to install poppler when Tesseract is there but pdftoppm is not', async () => {
    const onlyTesseract = mkdtempSync(join(scratch, 'bin-'));
    symlinkSync('/usr/bin/tesseract', join(onlyTesseract, 'tesseract'));
    process.env.PATH = onlyTesseract;
    const e = await readError(SCAN_PDF);
    expect(e.code).toBe('DG_OCR_UNAVAILABLE');
    expect(e.message).toBe(`${SCAN_PDF} needs OCR (it has no text layer), but pdftoppm is not installed: install poppler-utils (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils)`);
  });

  it('lets the rest of a batch through: `parse` prints the text seed and reports the image', async () => {
    let code = 0;
    let stdout = '';
    let stderr = '';
    try {
      ({ stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'parse', '--format', 'jsonl', HEADER_PNG, SEED_002], {
        cwd: ROOT, env: { ...process.env, PATH: scratch }, maxBuffer: 16 * 1024 * 1024,
      }));
    } catch (e) {
      ({ code, stdout, stderr } = e as { code: number; stdout: string; stderr: string });
    }
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`${HEADER_PNG}: the file needs OCR (it has no text layer), but tesseract is not installed: install tesseract-ocr and tesseract-ocr-vie (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils) [DG_OCR_UNAVAILABLE]`);
    expect(stdout.trim().split('\n').map((l) => (JSON.parse(l) as { number: string }).number)).toEqual(['100-CV/ĐU']);
  }, 60_000);
});
