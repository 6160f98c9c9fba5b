import { createHash } from 'node:crypto';
import { DirectiveGraphError } from '../errors.js';

/**
 * `--shard i/n`: several ingest processes share one set of folders, each taking the files whose
 * path hashes to its shard. The hash is of the path as the walk yields it (the folder given joined
 * with the file's place inside it), so every process must be given the same folder arguments; it
 * does not depend on the process, the machine's hash seed or the order of the walk.
 */
export interface Shard {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > 1024 || index < 1 || index > count) {
    throw new DirectiveGraphError('DG_USAGE', `--shard expects i/n with 1 ≤ i ≤ n ≤ 1024 (e.g. 1/2), got "${value}"`);
  }
  return { index, count };
}

/** The shard (1..count) a path belongs to: the first 4 bytes of its SHA-1, modulo count. */
export function shardOf(path: string, count: number): number {
  return (createHash('sha1').update(path, 'utf8').digest().readUInt32BE(0) % count) + 1;
}

/** The paths of `shard` among `paths`, in their order. */
export async function* inShard(paths: AsyncIterable<string> | Iterable<string>, shard: Shard): AsyncGenerator<string> {
  for await (const p of paths) if (shardOf(p, shard.count) === shard.index) yield p;
}
