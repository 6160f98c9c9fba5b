import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../src/ingest/shard.js';

describe('--shard i/n', () => {
  it('reads i/n, 1-based', () => {
    expect(parseShard('1/2')).toEqual({ index: 1, count: 2 });
    expect(parseShard(' 3/3 ')).toEqual({ index: 3, count: 3 });
  });

  it.each(['0/2', '3/2', '1/0', 'a/b', '1', '1/2/3', '-1/2'])('refuses %j with a usage error', (v) => {
    expect(() => parseShard(v)).toThrow(expect.objectContaining({ code: 'DG_USAGE', message: expect.stringContaining(`"${v}"`) }));
  });

  it('puts a path where the first 4 bytes of its SHA-1 say, on every machine', () => {
    const path = 'corpus/00-01/3-ward/001/00001-27-CV-DU.txt';
    const word = createHash('sha1').update(path).digest().readUInt32BE(0);
    expect(shardOf(path, 7)).toBe((word % 7) + 1);
    expect(shardOf(path, 1)).toBe(1);
  });

  it('gives every path to exactly one of n shards, in their order, in shares near 1/n', async () => {
    const paths = Array.from({ length: 3000 }, (_, i) => `docs/${Math.floor(i / 100)}/${i}.txt`);
    const shards = [];
    for (let index = 1; index <= 3; index++) {
      const mine: string[] = [];
      for await (const p of inShard(paths, { index, count: 3 })) mine.push(p);
      shards.push(mine);
    }
    expect(shards.flat().sort()).toEqual([...paths].sort());
    for (const mine of shards) {
      expect(mine).toEqual(paths.filter((p) => mine.includes(p)));
      expect(mine.length).toBeGreaterThan(900);
      expect(mine.length).toBeLessThan(1100);
    }
  });
});
