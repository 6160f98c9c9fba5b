import { describe, expect, it } from 'vitest';
import { SeenShas } from '../../src/ingest/seen-shas.js';

/** The run's memory of bytes already handled: two batches at most, whatever the number of files. */
describe('the shas a run remembers', () => {
  const run = (seen: SeenShas, batches: number, perBatch: number) => {
    for (let b = 0; b < batches; b++) {
      seen.nextBatch();
      for (let i = 0; i < perBatch; i++) seen.add(`sha-${b}-${i}`);
    }
  };

  it('holds the batch being prepared and the one before it, no more, after 1,000 batches', () => {
    const seen = new SeenShas();
    run(seen, 1000, 200);
    expect(seen.size).toBe(400);
    expect([seen.has('sha-999-0'), seen.has('sha-998-199'), seen.has('sha-997-0'), seen.has('sha-0-0')]).toEqual([true, true, false, false]);
  });

  it('knows a sha added in the same batch and in the one before', () => {
    const seen = new SeenShas();
    seen.nextBatch();
    seen.add('a');
    expect(seen.has('a')).toBe(true);
    seen.nextBatch();
    seen.add('b');
    expect([seen.has('a'), seen.has('b'), seen.has('c')]).toEqual([true, true, false]);
  });
});
