import { isDirectiveGraphError, InputError, type DirectiveGraphError } from '../errors.js';
import type { DocumentRecord, OcrInfo, ParseWarning } from '../model/record.js';

/**
 * What the read and parse stages hand on, shared by the pipeline and the parse workers. Kept apart
 * from pipeline.ts so that a worker thread loads the reader and the parser, never the driver.
 */

/** The text of one file as src/read gives it. */
export interface SourceDocument {
  path: string;
  text: string;
  encoding: string;
  sha256: string;
  warnings?: ParseWarning[] | undefined;
  /** Set when the text was read by OCR. */
  ocr?: OcrInfo | undefined;
}

/** The stages the pipeline runs; the defaults are src/read and src/parse (see stages.ts). */
export interface Stages {
  read(path: string): Promise<SourceDocument>;
  /** `warnings` are the reader's (a legacy encoding ...), to be kept in the record. */
  parse(text: string, meta: { path: string; sha256: string; encoding: string; warnings?: ParseWarning[]; ocr?: OcrInfo | undefined }): DocumentRecord;
}

export interface Failure {
  path: string;
  error: DirectiveGraphError;
}

export function toFailure(err: unknown, path: string): Failure {
  if (isDirectiveGraphError(err)) {
    if (!err.location?.path) (err as { location: unknown }).location = { ...err.location, path };
    return { path, error: err };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { path, error: new InputError('DG_PARSE_FAILED', `unexpected failure: ${message}`, { location: { path }, cause: err }) };
}

/** A read file as a record: the reader's warnings (legacy encoding ...) join the parser's. */
export function parseSource(stages: Pick<Stages, 'parse'>, s: SourceDocument): DocumentRecord {
  const rec = stages.parse(s.text, { path: s.path, sha256: s.sha256, encoding: s.encoding, warnings: s.warnings ?? [], ocr: s.ocr });
  for (const w of s.warnings ?? []) if (!rec.warnings.some((x) => x.code === w.code)) rec.warnings.push(w);
  rec.text = s.text;
  return rec;
}
