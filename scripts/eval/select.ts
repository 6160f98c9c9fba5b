/**
 * `npm run eval -- --only=…`: a few documents scored alone, such as a blind batch measured on the
 * parser before and after a round (docs/extraction-quality.md, "Where it stands"). Documents are
 * named by the id their file name starts with (`w269` for web-copy/w269-kh-….txt).
 */
import { basename } from 'node:path';
import type { CorpusDocument } from './corpus.js';

/** `w269,c238`, or `@file` holding one id a line (blank lines and `#` comments skipped). */
export function parseOnly(value: string, readFile: (path: string) => string): Set<string> {
  const text = value.startsWith('@') ? readFile(value.slice(1)) : value.replaceAll(',', '\n');
  return new Set(text.split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean));
}

/** The documents the ids name, and the ids that name none (a typo must stop the run, not shrink it). */
export function selectDocuments(all: readonly CorpusDocument[], ids: ReadonlySet<string>): { docs: CorpusDocument[]; missing: string[] } {
  const idOf = (d: CorpusDocument) => basename(d.path).split('-')[0]!;
  const docs = all.filter((d) => ids.has(idOf(d)));
  const found = new Set(docs.map(idOf));
  return { docs, missing: [...ids].filter((id) => !found.has(id)) };
}
