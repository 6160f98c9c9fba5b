import { getHeapStatistics } from 'node:v8';
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
 * The estimate is a fixed working set and a cost per character, both measured by parsing seed bodies
 * repeated to 4 and 10 million characters in workers with old-generation limits of 48 to 160 MB
 * (Node 20, 2026-12-06): 4 million characters ran out with 65 MB of room and fitted in 81; 10
 * million ran out with 67 and fitted in 99. The constants below are above both, so that a text
 * said to fit does: they refuse 10 million characters under a 64 MB limit (as the 96 MB that fits
 * would not be reached) and accept about 21 million under the default 256 MB, more than the largest
 * text the reader's 20 MB limit lets through.
 */
const MB = 1024 * 1024;
export const PARSE_FIXED_BYTES = 48 * MB;
export const PARSE_BYTES_PER_CHAR = 10;

export interface HeapRoom {
  /** The estimated heap the parse needs, in bytes. */
  need: number;
  /** The heap left to this thread (its limit less what is in use), in bytes. */
  room: number;
}

export function heapRoom(chars: number, heap = getHeapStatistics()): HeapRoom {
  return { need: PARSE_FIXED_BYTES + chars * PARSE_BYTES_PER_CHAR, room: heap.heap_size_limit - heap.used_heap_size };
}

/** Throws DG_INPUT_TOO_LARGE, naming the file and the figures, when the text's parse would not fit. */
export function assertParseFits(path: string, chars: number, heap = getHeapStatistics()): void {
  const { need, room } = heapRoom(chars, heap);
  if (need <= room) return;
  const mb = (n: number) => Math.ceil(n / MB);
  throw new InputError('DG_INPUT_TOO_LARGE',
    `${path} is ${chars.toLocaleString('en')} characters of text; parsing it needs about ${mb(need)} MB, more than the ${mb(room)} MB a parse worker has left: ingest it with --workers 1 (the main thread has more memory), or split it`, {
      location: { path }, details: { chars, needMb: mb(need), roomMb: mb(room) },
    });
}
