import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './command.js';
import { Unavailable } from './optional.js';
import type { BenchContext } from './types.js';

/** The generator's fixed seed: the same corpus on every run and every machine. */
const SEED = 20240601;

/**
 * The generated corpus of the ingest and query sections (scripts/gen-corpus.ts). It is
 * deterministic, so a folder whose manifest says it holds `docs` documents of the same seed is reused.
 */
export async function generateCorpus(ctx: BenchContext, dir: string, docs: number): Promise<string> {
  const script = join(ctx.root, 'scripts/gen-corpus.ts');
  if (!existsSync(script)) throw new Unavailable('scripts/gen-corpus.ts (the corpus generator) does not exist yet');
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    try {
      const m = JSON.parse(readFileSync(manifest, 'utf8')) as { seed?: number; documents?: number; expected?: unknown };
      if (m.seed === SEED && m.documents === docs && m.expected) {
        ctx.log(`corpus: reusing ${docs} generated documents in ${dir}`);
        return dir;
      }
    } catch {
      // an unreadable manifest: generate again
    }
  }
  ctx.log(`corpus: generating ${docs} documents into ${dir}...`);
  await runCommand(process.execPath, [...process.execArgv, script, '--out', dir, '--count', String(docs), '--seed', String(SEED)], 300_000);
  return dir;
}
