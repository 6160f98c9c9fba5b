import { documentTokens } from './token-cache.js';
import { scanTokens, type Token } from './token-scan.js';

export type { Token } from './token-scan.js';

/**
 * Tokens: syllables, numbers and punctuation of a stretch of the cleaned text, with offsets (see
 * token-scan.ts for what a token is). The finders and resolvers tokenize overlapping stretches of
 * one document many times over (the body for unit names, each clause for tasks, once per map when
 * the date does not choose one); a long text is therefore scanned once, line by line, and a stretch
 * is cut from the lines' tokens, exactly as a scan of the stretch alone would give it.
 */
const CACHE_FROM = 512;
/**
 * Above this the tokens are not kept: a text of megabytes would hold a million of them, and their
 * garbage collection cost more than the scans saved (5 MiB: 470 MB and slower, against 311 MB).
 */
const CACHE_TO = 256 * 1024;

/** Tokenize `text` between `from` and `to` (offsets stay those of `text`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  // Offsets outside the text or not whole keep the scan's own behaviour.
  if (text.length < CACHE_FROM || text.length > CACHE_TO || !(from >= 0 && to <= text.length && from < to) || !Number.isInteger(from) || !Number.isInteger(to)) {
    return scanTokens(text, from, to);
  }
  return documentTokens(text).range(from, to);
}

const DASHES = new Set(['-', '–', '—']);

export function isDash(t: Token | undefined): boolean {
  return !!t && !t.word && DASHES.has(t.text);
}
