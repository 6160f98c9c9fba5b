import type { HeapInfo } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { DirectiveGraphError } from '../../src/errors.js';
import { assertParseFits, heapRoom } from '../../src/ingest/workers/heap-room.js';

const MB = 1024 * 1024;
// What a worker with a 64 MB old-generation limit reports before a parse (its limit adds 48 MB of young generation).
const worker64 = { heap_size_limit: 112 * MB, used_heap_size: 31 * MB } as HeapInfo;
const worker256 = { heap_size_limit: 304 * MB, used_heap_size: 45 * MB } as HeapInfo;

describe('whether a text fits in a parse worker\'s heap', () => {
  it('a seed-sized text fits a 64 MB worker; ten million characters do not', () => {
    expect(heapRoom(12_000, worker64)).toEqual({ need: 48 * MB + 120_000, room: 81 * MB });
    expect(() => assertParseFits('seed.txt', 12_000, worker64)).not.toThrow();
    expect(() => assertParseFits('/data/huge.txt', 10_000_000, worker64)).toThrow(DirectiveGraphError);
  });

  it('the refusal is DG_INPUT_TOO_LARGE, naming the file, the size, the need and the room', () => {
    let caught: unknown;
    try { assertParseFits('/data/huge.txt', 10_000_000, worker64); } catch (err) { caught = err; }
    const err = caught as DirectiveGraphError;
    expect(err.code).toBe('DG_INPUT_TOO_LARGE');
    expect(err.location).toEqual({ path: '/data/huge.txt' });
    expect(err.message).toBe('/data/huge.txt is 10,000,000 characters of text; parsing it needs about 144 MB, more than the 81 MB a parse worker has left: ingest it with --workers 1 (the main thread has more memory), or split it');
    expect(err.details).toEqual({ chars: 10_000_000, needMb: 144, roomMb: 81 });
  });

  it('under the default 256 MB every text the reader lets through fits (20 MB read limit: at most 20 million characters)', () => {
    expect(() => assertParseFits('big.txt', 20_000_000, worker256)).not.toThrow();
    expect(() => assertParseFits('bigger.txt', 25_000_000, worker256)).toThrow(/25,000,000 characters/);
  });
});
