import { parentPort } from 'node:worker_threads';
import { DirectiveGraphError, type ErrorCode } from '../errors.js';
import { extractPdfText, type PdfContentLimits, type PdfText } from './pdf.js';

/**
 * The worker thread that reads PDFs for pdf-thread.ts, one at a time: it runs extractPdfText on
 * each job and posts the text, or the fields of its typed error (a structured clone drops an
 * error's class). It holds nothing between jobs but the loaded pdfjs.
 */
export interface PdfJob {
  id: number;
  bytes: Uint8Array;
  path: string;
  limits: PdfContentLimits;
}

export type PdfReply =
  | { id: number; ok: true; pdf: PdfText }
  | { id: number; ok: false; error: { code: ErrorCode; message: string; details?: Record<string, unknown> | undefined } };

const port = parentPort;
if (!port) throw new Error('pdf-worker.ts runs as a worker thread (see pdf-thread.ts)');

port.on('message', (job: PdfJob) => {
  void extractPdfText(job.bytes, job.path, job.limits).then(
    (pdf): PdfReply => ({ id: job.id, ok: true, pdf }),
    (err: unknown): PdfReply => {
      const e = err instanceof DirectiveGraphError ? err : null;
      return { id: job.id, ok: false, error: { code: e?.code ?? 'DG_INPUT_UNREADABLE', message: err instanceof Error ? err.message : String(err), details: e?.details } };
    },
  ).then((reply) => port.postMessage(reply));
});
