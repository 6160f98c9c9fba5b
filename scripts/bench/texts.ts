import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentRecord } from '../../src/model/record.js';
import type * as DecodeModule from '../../src/read/decode.js';

/** The inputs of the parse and read sections, and the baseline "touch the text once". */

export type ParseDocument = (text: string, meta: { path?: string; sha256?: string; encoding?: string }) => DocumentRecord;
export type DecodeBytes = typeof DecodeModule.decodeBytes;

export interface Seed {
  name: string;
  bytes: Uint8Array;
}

export function loadSeeds(root: string): Seed[] {
  const dir = join(root, 'corpus', 'seeds');
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`no seed documents in ${dir}`);
  return names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The floor under any parser: decode the bytes (encoding detection included), NFC-normalise, and
 * run one simple regex over the whole text. Returns the word count so that the work cannot be
 * optimised away.
 */
export function touchOnce(decode: DecodeBytes, bytes: Uint8Array): number {
  const text = decode(bytes, { maxBytes: Number.MAX_SAFE_INTEGER }).text.normalize('NFC');
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) words++;
  return words;
}

/** A document cut where its body (the running text between header and closing) starts and ends. */
export interface DocumentParts {
  head: string;
  body: string;
  tail: string;
}

/** Where the running text of an administrative document starts: its first sentence after the header. */
const BODY_START = /^(?:Thực hiện|Căn cứ|Ngày \d|Sau khi|Triển khai|Tiếp theo)/mu;
/** Where it ends: the recipients list ("Nơi nhận:") that opens the closing, before the signature. */
const BODY_END = /^[ \t*-]*Nơi nhận/mu;

/**
 * Cuts a document into header, body and closing with two plain patterns, so that building the long
 * document does not depend on the parser's internals. Throws when a seed has no such shape.
 */
export function splitDocument(text: string, name: string): DocumentParts {
  const start = BODY_START.exec(text)?.index;
  const end = BODY_END.exec(text)?.index;
  if (start === undefined || end === undefined || end <= start) {
    throw new Error(`${name}: no body found (a first line "Thực hiện|Căn cứ|Ngày ..." and a later "Nơi nhận")`);
  }
  return { head: text.slice(0, start), body: text.slice(start, end), tail: text.slice(end) };
}

/**
 * A long document: the header of one seed, then the bodies of all the seeds one after the other
 * until the body holds `minBodyBytes` of UTF-8 (times `copies`), then that seed's closing. Real
 * sentences, citations and enumerated tasks all the way through, so the parser meets the density
 * of matches of the seeds; one header and one closing, so it reads the whole body as one document.
 * With copies = 5 the body is exactly five times the body of copies = 1.
 */
export function longDocument(parts: readonly DocumentParts[], frame: DocumentParts, minBodyBytes: number, copies = 1): string {
  const bodies: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBodyBytes; i++) {
    const b = parts[i % parts.length]!.body.trim();
    bodies.push(b);
    bytes += Buffer.byteLength(b, 'utf8') + 2;
  }
  const body = bodies.join('\n\n');
  return `${frame.head}${Array.from({ length: copies }, () => body).join('\n\n')}\n\n${frame.tail}`;
}

/** What a record holds, to show that a bigger input gave proportionally more output. */
export function recordSize(r: DocumentRecord): { citations: number; assignments: number; recipients: number } {
  return { citations: r.citations.length, assignments: r.assignments.length, recipients: r.recipients.length };
}
