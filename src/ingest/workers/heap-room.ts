import { getHeapStatistics } from 'node:v8';
import { resourceLimits } from 'node:worker_threads';
import { InputError } from '../../errors.js';

/**
 * Whether a text's parse fits in what is left of this thread's heap, asked before the parse starts.
 *
 * A worker that passes its heap limit is meant to be stopped by V8 alone (Node then gives it 16 MB
 * more to wind down, and the pool fails only its file). But when the allocation that crosses the
 * limit is larger than those 16 MB (one copy of a 10-million-character text is 20 MB), V8 aborts
 * the whole process instead, the ingest with it: that happened to the ingest tests on a loaded
 * machine, 2 runs in 5. So a worker refuses, with a typed error and before any parse, a text whose
 * parse would need more than the room left; the hard limit stays behind it as a backstop.
 *
 * The room is the worker's old-generation limit (its `resourceLimits`) less the heap in use: the
 * young generation is no room for what a parse keeps, and its size differs by Node version (48 MB
 * on Node 20, 192 MB on Node 24 beside a 64 MB old generation). The estimate is a fixed part and a
 * cost per character, both measured by parsing seed bodies repeated to 4 and 10 million characters
 * in workers with old-generation limits of 48 to 160 MB (Node 20 and 24, 2026-12-06): 4 million
 * characters ran out with 17 MB of room and fitted in 31; 10 million ran out with 33 and fitted in
 * 51. The constants below lie above both, so that a text said to fit does: they refuse 10 million
 * characters under a 64 MB limit and accept about 39 million under the default 256 MB, more than
 * the reader's 20 MB limit lets through.
 */
const MB = 1024 * 1024;
export const PARSE_FIXED_BYTES = 16 * MB;
export const PARSE_BYTES_PER_CHAR = 5;

export interface HeapRoom {
  /** The estimated heap the parse needs, in bytes. */
  need: number;
  /** The heap left to this thread for what it keeps (its old-generation limit less what is in use), in bytes. */
  room: number;
}

/** This thread's limit for what it keeps: a worker's old generation, else (the main thread) V8's whole heap. */
function heapLimit(): number {
  const old = resourceLimits.maxOldGenerationSizeMb;
  return old !== undefined && old > 0 ? old * MB : getHeapStatistics().heap_size_limit;
}

export function heapRoom(chars: number, used = getHeapStatistics().used_heap_size, limit = heapLimit()): HeapRoom {
  return { need: PARSE_FIXED_BYTES + chars * PARSE_BYTES_PER_CHAR, room: limit - used };
}

/** Throws DG_INPUT_TOO_LARGE, naming the file and the figures, when the text's parse would not fit. */
export function assertParseFits(path: string, chars: number, used?: number, limit?: number): void {
  const { need, room } = heapRoom(chars, used, limit);
  if (need <= room) return;
  const mb = (n: number) => Math.ceil(n / MB);
  throw new InputError('DG_INPUT_TOO_LARGE',
    `${path} is ${chars.toLocaleString('en')} characters of text; parsing it needs about ${mb(need)} MB, more than the ${mb(room)} MB a parse worker has left: ingest it with --workers 1 (the main thread has more memory), or split it`, {
      location: { path }, details: { chars, needMb: mb(need), roomMb: mb(room) },
    });
}
