import { describe, expect, it } from 'vitest';
import { DirectiveGraphError } from '../../src/errors.js';
import { assertParseFits, heapRoom } from '../../src/ingest/workers/heap-room.js';

const MB = 1024 * 1024;
// A worker with a 64 MB old generation, 31 MB of it in use when idle (as measured), and one of 256 MB.
const [used64, limit64] = [31 * MB, 64 * MB];
const [used256, limit256] = [31 * MB, 256 * MB];

describe('whether a text fits in a parse worker\'s heap', () => {
  it('a seed-sized text fits a 64 MB worker; ten million characters do not', () => {
    expect(heapRoom(12_000, used64, limit64)).toEqual({ need: 16 * MB + 84_000, room: 33 * MB });
    expect(() => assertParseFits('seed.txt', 12_000, used64, limit64)).not.toThrow();
    expect(() => assertParseFits('/data/huge.txt', 10_000_000, used64, limit64)).toThrow(DirectiveGraphError);
  });

  it('the refusal is DG_INPUT_TOO_LARGE, naming the file, the size, the need and the room', () => {
    let caught: unknown;
    try { assertParseFits('/data/huge.txt', 10_000_000, used64, limit64); } catch (err) { caught = err; }
    const err = caught as DirectiveGraphError;
    expect(err.code).toBe('DG_INPUT_TOO_LARGE');
    expect(err.location).toEqual({ path: '/data/huge.txt' });
    expect(err.message).toBe('/data/huge.txt is 10,000,000 characters of text; parsing it needs about 83 MB, more than the 33 MB a parse worker has: ingest it with --workers 1 (the main thread has more memory), or split it');
    expect(err.details).toEqual({ chars: 10_000_000, needMb: 83, roomMb: 33 });
  });

  it('under the default 256 MB every text the reader lets through fits (20 MB read limit: at most 20 million characters)', () => {
    expect(() => assertParseFits('big.txt', 20_000_000, used256, limit256)).not.toThrow();
    expect(() => assertParseFits('bigger.txt', 32_000_000, used256, limit256)).toThrow(/32,000,000 characters/);
  });
});
