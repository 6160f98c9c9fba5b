import { parseDocument } from '../parse/index.js';
import { readDocumentFile } from '../read/index.js';
import type { Stages } from './source.js';

/** The real stages: src/read for files (any supported format and encoding), src/parse for text. */
export async function defaultStages(opts: { maxBytes?: number } = {}): Promise<Stages> {
  return {
    read: async (path) => readDocumentFile(path, opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
    parse: (text, meta) => parseDocument(text, meta),
  };
}
