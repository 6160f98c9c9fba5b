import type { OcrInfo, ParseWarning } from '../model/record.js';
import { meanConfidence, ocrImage, ocrPdfPages, tesseractVersion, type OcrOptions, type OcrPage } from './ocr.js';
import { repairOcrNumbers, repairOcrWords, repairWarnings } from './ocr-repair.js';

/**
 * A scanned document as text: OCR of the pages that have no text (all of an image, the textless
 * pages of a PDF), the numbers repaired, and the provenance the record keeps: a warning `OCR` with
 * the mean confidence, and one `OCR_REPAIRED` per repaired number.
 */
export interface ScanText {
  text: string;
  ocr: OcrInfo;
  warnings: ParseWarning[];
}

/**
 * `pageTexts` are the texts of a PDF's pages that have a text layer (null for a page to OCR);
 * without it the file is an image and every page is OCR'd.
 */
export async function readScan(path: string, pageTexts: ReadonlyArray<string | null> | null, opts: OcrOptions = {}): Promise<ScanText> {
  const language = opts.language ?? 'vie';
  const engine = await tesseractVersion(path);
  let pages: OcrPage[];
  let text: string;
  if (pageTexts === null) {
    pages = await ocrImage(path, opts);
    text = pages.map((p) => p.text).filter((t) => t.trim() !== '').join('\n\n');
  } else {
    const wanted = pageTexts.flatMap((t, i) => (t === null ? [i + 1] : []));
    pages = await ocrPdfPages(path, wanted, opts);
    const byPage = new Map(pages.map((p) => [p.page, p.text]));
    text = pageTexts.map((t, i) => t ?? byPage.get(i + 1) ?? '').filter((t) => t.trim() !== '').join('\n\n');
  }
  const words = repairOcrWords(text);
  const repaired = repairOcrNumbers(words.text);
  const ocr: OcrInfo = { engine, language, pages: pages.length > 0 ? pages.map((p) => p.page) : [1], meanConfidence: meanConfidence(pages) };
  const warning: ParseWarning = {
    code: 'OCR',
    message: `${path}: text read by OCR (${engine}, ${language}) from ${pages.length} page${pages.length === 1 ? '' : 's'}, mean word confidence ${Math.round(ocr.meanConfidence * 100)}%`,
    span: null,
    details: { engine, language, pages: ocr.pages, meanConfidence: ocr.meanConfidence, perPage: pages.map((p) => ({ page: p.page, confidence: p.confidence, words: p.words })) },
  };
  return { text: repaired.text, ocr, warnings: [warning, ...repairWarnings(path, repaired.repairs, words.counts)] };
}
