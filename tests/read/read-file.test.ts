import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readDocumentFile } from '../../src/read/index.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const files = (name: string) => here(`../fixtures/files/${name}`);
const SEED_001_PATH = here('../../corpus/seeds/001_6e391b9519626a64.txt');
const SEED_002_PATH = here('../../corpus/seeds/002_78fb6ff3a99b7859.txt');
const SEED_001 = readFileSync(SEED_001_PATH, 'utf8');
const SEED_002 = readFileSync(SEED_002_PATH, 'utf8');

/** The non-empty lines, white space runs made one space: what a reader of the text sees. */
const meaningfulLines = (text: string) => text.split('\n').map((l) => l.replace(/\s+/gu, ' ').trim()).filter((l) => l !== '');

const scratch = mkdtempSync(join(tmpdir(), 'dg-read-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function readError(path: string, opts?: { maxBytes?: number }): Promise<InputError> {
  try {
    await readDocumentFile(path, opts);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error(`${path} was read without error`);
}

/** Key lines of seed 001, read off the document: its number and the sentences that cite. */
const KEY_LINES_001 = [
  'Số 308-TB/QU',
  'theo Chỉ thị số 17/CT-UBND, ngày 23/7/2021 của UBND Thành phố Hà Nội về thực hiện giãn cách xã hội',
  'Công văn số 500-CV/QU, ngày 24/7/2021 của Quận ủy “thực hiện Công văn số 177-CV/TU, ngày 23/7/2021 của Ban Thường vụ Thành ủy',
  'triển khai thực hiện Thông báo kết luận số 420-TB/TU, ngày 23/7/2021, Công văn số 177-CV/TU, ngày 23/7/2021 của Ban Thường vụ Thành ủy',
  'nghiêm túc triển khai thực hiện Thông báo số 428-TB/TU, ngày 27/7/2021 kết luận của Thường trực Thành ủy',
  'Nghị quyết 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định số 3642/QĐ-UBND, ngày 21/2/2021 của UBND Thành phố Hà Nội',
];

describe('readDocumentFile: text files', () => {
  it('reads a UTF-8 seed with its hash and encoding', async () => {
    const f = await readDocumentFile(SEED_002_PATH);
    expect(f).toMatchObject({ path: SEED_002_PATH, format: 'text', encoding: 'utf-8', text: SEED_002, warnings: [] });
    // sha256sum corpus/seeds/002_78fb6ff3a99b7859.txt
    expect(f.sha256).toBe('43cfc50e3694de9e4802947cd4c117bedcf16b236632abb0440abc57eacfd7b1');
    expect(Buffer.from(f.bytes).equals(readFileSync(SEED_002_PATH))).toBe(true);
  });

  it('reads a TCVN3 file and warns that it was legacy', async () => {
    const path = here('../fixtures/encodings/002.tcvn3.txt');
    const f = await readDocumentFile(path);
    expect(f.encoding).toBe('tcvn3');
    expect(f.text).toBe(SEED_002);
    expect(f.warnings.map((w) => w.code)).toEqual(['LEGACY_ENCODING']);
  });

  it('reads .md like .txt', async () => {
    const path = join(scratch, 'note.md');
    writeFileSync(path, '# Thông báo\n\nSố 12-TB/QU\n');
    expect(await readDocumentFile(path)).toMatchObject({ format: 'text', text: '# Thông báo\n\nSố 12-TB/QU\n' });
  });
});

describe('readDocumentFile: .docx made by LibreOffice', () => {
  it('gives exactly the text of the seed it was made from', async () => {
    const f = await readDocumentFile(files('001.docx'));
    expect(f.format).toBe('docx');
    expect(f.encoding).toBe('docx');
    // one paragraph per line and an empty paragraph per blank line, as in the .txt
    expect(f.text).toBe(SEED_001);
  });

  it('repairs a document typed in a .VnTime (TCVN3) font', async () => {
    // its text runs hold "Uû ban nh©n d©n"-style Latin-1 letters, as Word stores .VnTime text
    const f = await readDocumentFile(files('002-vntime.docx'));
    expect(f.encoding).toBe('docx+tcvn3');
    expect(f.text).toBe(SEED_002);
    expect(f.warnings[0]?.code).toBe('LEGACY_ENCODING');
  });
});

describe('readDocumentFile: .pdf made by LibreOffice', () => {
  it('has the number and the citation sentences', async () => {
    const f = await readDocumentFile(files('001.pdf'));
    expect(f.format).toBe('pdf');
    expect(f.pages).toBe(3);
    // the raw bytes survive extraction (pdfjs detaches the buffer it is handed)
    expect(Buffer.from(f.bytes).equals(readFileSync(files('001.pdf')))).toBe(true);
    const flat = f.text.replace(/\s+/gu, ' ');
    for (const line of KEY_LINES_001) expect(flat).toContain(line);
  });

  it('gives the same lines as the .txt, but for the paragraph cut by the page 1/2 break', async () => {
    const f = await readDocumentFile(files('001.pdf'));
    const txt = meaningfulLines(SEED_001);
    const pdf = meaningfulLines(f.text);
    // Pages are joined with a blank line, so the one paragraph that runs from page 1 onto
    // page 2 ("1. Đề nghị UBND Quận ...") comes out as two lines; every other line is equal.
    const cut = txt.findIndex((l) => l.startsWith('1. Đề nghị UBND Quận'));
    expect(cut).toBe(9);
    expect(pdf.length).toBe(txt.length + 1);
    expect(pdf.slice(0, cut)).toEqual(txt.slice(0, cut));
    expect(`${pdf[cut]} ${pdf[cut + 1]}`).toBe(txt[cut]);
    expect(pdf.slice(cut + 2)).toEqual(txt.slice(cut + 1));
    expect(f.text).toContain(`${pdf[cut]}\n\n${pdf[cut + 1]}`);
  });
});

describe('readDocumentFile: refused files', () => {
  it('refuses a truncated .docx, naming the file', async () => {
    const path = files('corrupt.docx');
    const e = await readError(path);
    expect(e.code).toBe('DG_INPUT_UNREADABLE');
    expect(e.message).toContain(`${path} cannot be read as a .docx`);
    expect(e.location?.path).toBe(path);
  });

  it('refuses a Word 97-2003 file renamed to .docx with a hint', async () => {
    const path = join(scratch, 'old.docx');
    writeFileSync(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const e = await readError(path);
    expect(e.code).toBe('DG_INPUT_UNREADABLE');
    expect(e.message).toContain('Word 97-2003');
  });

  it('refuses a corrupt .pdf, naming the file', async () => {
    const path = files('corrupt.pdf');
    const e = await readError(path);
    expect(e.code).toBe('DG_INPUT_UNREADABLE');
    expect(e.message).toContain(`${path} cannot be read as a PDF`);
    expect(e.location?.path).toBe(path);
  });

  it.each([
    // [fixture, code]
    ['empty.txt', 'DG_INPUT_EMPTY'],
    ['binary.txt', 'DG_INPUT_BINARY'],
    ['invalid.txt', 'DG_INPUT_ENCODING'],
  ])('refuses %s with %s and the path', async (name, code) => {
    const path = here(`../fixtures/encodings/${name}`);
    const e = await readError(path);
    expect(e.code).toBe(code);
    expect(e.message).toContain(path);
    expect(e.location?.path).toBe(path);
  });

  it('refuses an unsupported type without reading it', async () => {
    const path = join(scratch, 'scan.rtf');
    writeFileSync(path, '{\\rtf1 Số 1}');
    const e = await readError(path);
    expect(e.code).toBe('DG_INPUT_UNSUPPORTED');
    expect(e.message).toBe(`${path}: unsupported file type ".rtf"; directive-graph reads .txt, .md, .docx, .pdf, .html, .htm, .png, .jpg, .jpeg, .tif, .tiff`);
  });

  it('refuses a missing file', async () => {
    const path = join(scratch, 'missing.txt');
    const e = await readError(path);
    expect(e.code).toBe('DG_INPUT_UNREADABLE');
    expect(e.message).toBe(`${path} cannot be read: no such file`);
  });

  it('refuses a folder', async () => {
    const path = join(scratch, 'folder.txt');
    mkdirSync(path);
    const e = await readError(path);
    expect(e.code).toBe('DG_INPUT_UNREADABLE');
    expect(e.message).toBe(`${path} is a folder, not a file`);
  });

  it('refuses a file over maxBytes from its size alone', async () => {
    const e = await readError(files('001.pdf'), { maxBytes: 10_000 });
    expect(e.code).toBe('DG_INPUT_TOO_LARGE');
    expect(e.message).toContain(files('001.pdf'));
    expect(e.details).toMatchObject({ maxBytes: 10_000, bytes: readFileSync(files('001.pdf')).length });
  });
});
