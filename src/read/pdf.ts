import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { layoutPdfText, type PdfPageItems } from './pdf-layout.js';

/**
 * Text of a PDF with pdfjs-dist (the legacy build, which runs in Node; its "fake worker" runs
 * in the calling thread). Files are read through pdf-thread.ts, which calls this in a worker thread
 * of its own under a deadline and a heap limit. Only the text layer is read: a
 * scanned PDF without one has no text here: its textless pages are listed for OCR (src/read/scan.ts).
 */

export interface PdfText {
  text: string;
  pages: number;
  /** 1-based numbers of the pages without a text layer (scanned). */
  textless: number[];
  /**
   * When some pages have text and some do not: each page's text, null for a textless one, so that
   * OCR'd pages go back in their place. Pages are laid out one by one then (the leading of one page).
   */
  pageTexts: Array<string | null> | null;
}

/** pdfjs reads its font metrics and CMaps from these folders when a PDF does not embed them. */
function assetDirs(): { standardFontDataUrl: string; cMapUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { standardFontDataUrl: join(root, 'standard_fonts') + '/', cMapUrl: join(root, 'cmaps') + '/' };
}

/**
 * Most pages read from one PDF. Text extraction costs time and memory per page; a directive runs
 * to tens of pages, an annex volume to hundreds, and a file of ten thousand is refused at once
 * (its page count is in the document's catalogue, read before any page).
 */
export const MAX_PDF_PAGES = 2000;

/**
 * Bounds on the content of the pages, which the page count does not bound: one page's content
 * stream can hold millions of text operators (a few kilobytes once compressed). Text is read from
 * pdfjs as a stream, counted as it arrives, and the read is cancelled at the first bound passed.
 * The time bound is checked between chunks of text: work inside one operator (a huge font or
 * image) runs to its end first, since pdfjs runs in this thread; the worker's deadline and heap
 * limit (pdf-thread.ts) bound that.
 */
export const PDF_CONTENT_LIMITS = {
  /** Text items (positioned strings) on one page; a dense A4 page has a few thousand. */
  maxItemsPerPage: 50_000,
  /** Characters of text in the whole PDF (the limit of a text file, in characters). */
  maxTextChars: 20 * 1024 * 1024,
  /** Milliseconds spent reading one page's text. */
  maxPageMs: 10_000,
} as const;

export type PdfContentLimits = { -readonly [K in keyof typeof PDF_CONTENT_LIMITS]: number };

interface TextPage {
  streamTextContent(): ReadableStream<{ items: Array<{ str?: string } & Record<string, unknown>> }>;
}

/** The text items of one page, or DG_INPUT_TOO_LARGE naming the file, the page and the bound. */
async function pageItems(page: TextPage, n: number, path: string, limits: PdfContentLimits, charsSoFar: number) {
  const reader = page.streamTextContent().getReader();
  const started = performance.now();
  const items: Array<{ str?: string } & Record<string, unknown>> = [];
  let chars = charsSoFar;
  const refuse = async (why: string, details: Record<string, unknown>) => {
    const error = new InputError('DG_INPUT_TOO_LARGE', `${path}: page ${n} ${why}`, { location: { path }, details: { page: n, ...details } });
    // Stops pdfjs' evaluation of the page (it needs an Error as the reason).
    await reader.cancel(error).catch(() => undefined);
    return error;
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return { items, chars };
    for (const item of value.items) {
      items.push(item);
      chars += typeof item.str === 'string' ? item.str.length : 0;
    }
    if (items.length > limits.maxItemsPerPage) {
      throw await refuse(`has more than ${limits.maxItemsPerPage} text items, over the limit per page`, { limit: 'maxItemsPerPage', max: limits.maxItemsPerPage });
    }
    if (chars > limits.maxTextChars) {
      throw await refuse(`takes the text of the PDF past ${limits.maxTextChars} characters, over the limit per PDF`, { limit: 'maxTextChars', max: limits.maxTextChars });
    }
    const ms = performance.now() - started;
    if (ms > limits.maxPageMs) {
      throw await refuse(`took more than ${limits.maxPageMs} ms to read, over the limit per page`, { limit: 'maxPageMs', max: limits.maxPageMs });
    }
  }
}

export async function extractPdfText(bytes: Uint8Array, path: string, limits: PdfContentLimits = PDF_CONTENT_LIMITS): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // a copy: pdfjs transfers (detaches) the buffer it is given, and the caller keeps `bytes`
    data: bytes.slice(),
    ...assetDirs(),
    cMapPacked: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    const name = err instanceof Error ? err.name : '';
    const why = name === 'PasswordException' ? 'it is encrypted with a password' : `corrupt or not a PDF (${err instanceof Error ? err.message : String(err)})`;
    throw new InputError('DG_INPUT_UNREADABLE', `${path} cannot be read as a PDF: ${why}`, { location: { path }, cause: err });
  }
  if (doc.numPages > MAX_PDF_PAGES) {
    await doc.destroy();
    throw new InputError('DG_INPUT_TOO_LARGE', `${path} has ${doc.numPages} pages, over the limit of ${MAX_PDF_PAGES} pages per PDF`, {
      location: { path }, details: { pages: doc.numPages, maxPages: MAX_PDF_PAGES },
    });
  }
  try {
    const pages: PdfPageItems[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await pageItems(page as unknown as TextPage, n, path, limits, chars);
      chars = content.chars;
      const items = [];
      for (const item of content.items as unknown as Array<{ str?: string; transform: number[]; width: number; height: number }>) {
        if (typeof item.str !== 'string') continue;
        const [, , c, d, e, f] = item.transform;
        items.push({ str: item.str, x: e ?? 0, y: f ?? 0, width: item.width, fontSize: Math.hypot(c ?? 0, d ?? 0) || item.height });
      }
      pages.push({ items });
      page.cleanup();
    }
    const textless = pages.flatMap((p, i) => (p.items.some((it) => it.str.trim() !== '') ? [] : [i + 1]));
    const mixed = textless.length > 0 && textless.length < pages.length;
    return {
      text: layoutPdfText(pages), pages: doc.numPages, textless,
      pageTexts: mixed ? pages.map((p, i) => (textless.includes(i + 1) ? null : layoutPdfText([p]))) : null,
    };
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('DG_INPUT_UNREADABLE', `${path} cannot be read as a PDF: ${err instanceof Error ? err.message : String(err)}`, { location: { path }, cause: err });
  } finally {
    await doc.destroy();
  }
}
