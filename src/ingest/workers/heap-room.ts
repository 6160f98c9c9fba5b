import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
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
 * The room is the worker's old-generation limit (its `resourceLimits`) less the heap it uses when
 * idle, measured once after it has loaded the parser: the young generation is no room for what a
 * parse keeps (its size differs by Node version: 48 MB on Node 20, 192 MB on Node 24, beside a 64 MB
 * old generation), and the heap in use at the moment of asking counts the last file's garbage, which
 * V8 collects before it runs out (asked so, two seeds after a huge file were refused on Node 24).
 * The estimate is a fixed part and a cost per character, text included, both measured by parsing
 * seed bodies repeated to 4 and 10 million characters in workers with old-generation limits of 48
 * to 160 MB (Node 20 and 24, 2026-12-06; about 31 MB in use when idle): 4 million characters ran
 * out under 48 MB and fitted under 64; 10 million ran out under 64 and fitted under 96. The
 * constants below lie above both, so that a text said to fit does: they refuse both under 64 MB and
 * accept about 29 million characters under the default 256 MB, more than the reader's 20 MB limit
 * lets through.
 */
const MB = 1024 * 1024;
export const PARSE_FIXED_BYTES = 16 * MB;
export const PARSE_BYTES_PER_CHAR = 7;

export interface HeapRoom {
  /** The estimated heap the parse needs, in bytes. */
  need: number;
  /** The heap this thread has for a parse (its old-generation limit less what it uses when idle), in bytes. */
  room: number;
}

/** This thread's limit for what it keeps: a worker's old generation, else (the main thread) V8's whole heap. */
function heapLimit(): number {
  const old = resourceLimits.maxOldGenerationSizeMb;
  return old !== undefined && old > 0 ? old * MB : getHeapStatistics().heap_size_limit;
}

/**
 * What this thread keeps in the heap outside the young generation: the part of its heap in use that counts against
 * an old-generation limit. A worker measures it once, at start, as its idle heap. The young generation at that moment
 * holds the garbage of loading the parser, which V8 collects before the old generation runs out; counted (as
 * `used_heap_size` does), it made the idle heap 50 MB instead of 31 on Node 24, whose young generation is four times
 * Node 20's, and a worker under 64 MB then refused the seeds.
 */
export function keptHeapBytes(): number {
  let bytes = 0;
  for (const s of getHeapSpaceStatistics()) if (s.space_name !== 'new_space' && s.space_name !== 'new_large_object_space') bytes += s.space_used_size;
  return bytes;
}

/** `idle`: the thread's heap in use when it holds no document (a worker measures it once, at start). */
export function heapRoom(chars: number, idle: number, limit = heapLimit()): HeapRoom {
  return { need: PARSE_FIXED_BYTES + chars * PARSE_BYTES_PER_CHAR, room: limit - idle };
}

/** Throws DG_INPUT_TOO_LARGE, naming the file and the figures, when the text's parse would not fit. */
export function assertParseFits(path: string, chars: number, idle: number, limit?: number): void {
  const { need, room } = heapRoom(chars, idle, limit);
  if (need <= room) return;
  const mb = (n: number) => Math.ceil(n / MB);
  throw new InputError('DG_INPUT_TOO_LARGE',
    `${path} is ${chars.toLocaleString('en')} characters of text; parsing it needs about ${mb(need)} MB, more than the ${mb(room)} MB a parse worker has: ingest it with --workers 1 (the main thread has more memory), or split it`, {
      location: { path }, details: { chars, needMb: mb(need), roomMb: mb(room) },
    });
}
