import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../errors.js';
import type { OcrInfo, ParseWarning } from '../model/record.js';
import { DEFAULT_MAX_BYTES, decodeBytes, repairMisreadLegacy } from './decode.js';
import { extractDocxText } from './docx.js';
import { extractHtmlText } from './html.js';
import type { OcrOptions } from './ocr.js';
import { readPdfInWorker, type PdfReadBounds } from './pdf-thread.js';
import { readScan } from './scan.js';

/** File types directive-graph reads, by lower-case extension. */
export const DOCUMENT_EXTENSIONS: ReadonlyMap<string, DocumentFormat> = new Map([
  ['.txt', 'text'],
  ['.md', 'text'],
  ['.docx', 'docx'],
  ['.pdf', 'pdf'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.png', 'image'],
  ['.jpg', 'image'],
  ['.jpeg', 'image'],
  ['.tif', 'image'],
  ['.tiff', 'image'],
]);

export type DocumentFormat = 'text' | 'docx' | 'pdf' | 'html' | 'image';

export interface ReadOptions {
  /** Files larger than this are refused before being read (default 20 MB). */
  maxBytes?: number;
  /** Tesseract and pdftoppm settings for scanned pages (timeout per page, language). */
  ocr?: OcrOptions;
  /** Deadline and heap of the worker thread that reads a PDF (default: PDF_READ_TIMEOUT_MS, PDF_READ_HEAP_MB). */
  pdf?: PdfReadBounds;
}

export interface DocumentFile {
  path: string;
  format: DocumentFormat;
  /** The raw file. */
  bytes: Uint8Array;
  /** NFC text: what parseDocument receives. */
  text: string;
  /** How the text was decoded: `utf-8`, `tcvn3`, `utf-8+tcvn3`, `docx`, `docx+tcvn3`, `pdf` ... */
  encoding: string;
  /** Hex SHA-256 of the raw bytes. */
  sha256: string;
  /** Number of pages, for PDFs. */
  pages?: number;
  warnings: ParseWarning[];
  /** Set when (some of) the text was read by OCR. */
  ocr?: OcrInfo;
}

/**
 * Reads one document file into text. Every failure is an InputError whose message names the
 * file and whose `location.path` is set, so that a batch can report it and go on.
 */
export async function readDocumentFile(path: string, opts: ReadOptions = {}): Promise<DocumentFile> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const location = { path };
  const format = DOCUMENT_EXTENSIONS.get(extname(path).toLowerCase());
  if (!format) {
    const kinds = [...DOCUMENT_EXTENSIONS.keys()].join(', ');
    throw new InputError('DG_INPUT_UNSUPPORTED', `${path}: unsupported file type "${extname(path) || '(none)'}"; directive-graph reads ${kinds}`, { location });
  }
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('DG_INPUT_UNREADABLE', `${path} is a folder, not a file`, { location });
    size = info.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw unreadable(path, err);
  }
  if (size > maxBytes) {
    throw new InputError('DG_INPUT_TOO_LARGE', `${path} is ${(size / 1048576).toFixed(1)} MB, over the limit of ${(maxBytes / 1048576).toFixed(1)} MB`, {
      location, details: { bytes: size, maxBytes },
    });
  }
  let bytes: Uint8Array;
  try {
    const buf = await readFile(path);
    bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (err) {
    throw unreadable(path, err);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  if (format === 'text') {
    const decoded = decodeBytes(bytes, { path, maxBytes });
    return { path, format, bytes, text: decoded.text, encoding: decoded.encoding, sha256, warnings: decoded.warnings };
  }
  if (bytes.length === 0) throw new InputError('DG_INPUT_EMPTY', `${path} is empty (0 bytes)`, { location });
  if (format === 'html') {
    const page = extractHtmlText(bytes, path);
    return { path, format, bytes, text: page.text, encoding: page.encoding, sha256, warnings: page.warnings };
  }
  if (format === 'image') {
    const scan = await readScan(path, null, opts.ocr);
    if (scan.text.trim() === '') throw new InputError('DG_INPUT_EMPTY', `${path}: OCR found no text in the image`, { location });
    return { path, format, bytes, text: scan.text, encoding: 'ocr', sha256, warnings: scan.warnings, ocr: scan.ocr, pages: scan.ocr.pages.length };
  }
  let extracted: string;
  let pages: number | undefined;
  if (format === 'docx') {
    extracted = await extractDocxText(bytes, path);
  } else {
    const pdf = await readPdfInWorker(bytes, path, opts.pdf);
    pages = pdf.pages;
    if (pdf.textless.length > 0) {
      // scanned pages: OCR them, in their place among the pages that have text
      const scan = await readScan(path, pdf.pageTexts ?? Array.from({ length: pdf.pages }, () => null), opts.ocr);
      if (scan.text.trim() === '') throw new InputError('DG_INPUT_EMPTY', `${path}: no text layer and OCR found no text`, { location });
      return { path, format, bytes, text: scan.text, encoding: 'pdf+ocr', sha256, warnings: scan.warnings, ocr: scan.ocr, pages };
    }
    extracted = pdf.text;
  }
  const warnings: ParseWarning[] = [];
  let encoding: string = format;
  let text = extracted.normalize('NFC');
  // a Word document set in .VnTime holds TCVN3 bytes as Latin-1 letters ("Uû ban"): repair it
  const repaired = repairMisreadLegacy(text, path);
  if (repaired) {
    text = repaired.text.normalize('NFC');
    encoding = `${format}+${repaired.legacy}`;
    warnings.push(repaired.warning);
  }
  if (text.trim() === '') {
    const why = format === 'pdf' ? 'no text in its text layer' : 'no text';
    throw new InputError('DG_INPUT_EMPTY', `${path} has ${why}`, { location });
  }
  return { path, format, bytes, text, encoding, sha256, warnings, ...(pages === undefined ? {} : { pages }) };
}

function unreadable(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : err instanceof Error ? err.message : String(err);
  return new InputError('DG_INPUT_UNREADABLE', `${path} cannot be read: ${why}`, { location: { path }, cause: err, details: code ? { errno: code } : undefined });
}
