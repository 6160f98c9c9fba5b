import { parseArgs } from 'node:util';
import type { BenchOptions } from './types.js';

export const SECTION_IDS = ['parse', 'read', 'ingest', 'queries', 'serve'] as const;

export const USAGE = `Usage: npm run bench -- [--quick] [--docs N] [--only ${SECTION_IDS.join(',')}] [--out BENCHMARKS.md] [--reuse]

  --quick     a few minutes: fewer repetitions and a 5,000-document corpus (unless --docs is given)
  --docs N    documents in the generated corpus of the ingest and query sections (default 10000)
  --only ids  run only these sections (comma-separated); queries alone still ingest (unreported)
  --out FILE  where the report goes (default BENCHMARKS.md)
  --reuse     keep the bench's graph: ingest the corpus only when the graph does not hold it already (every
              document and expected link of its manifest), skip the seeds, the baselines and the sweep (they
              empty the graph), so that queries and serve can be run again on a 100,000-document graph`;

export class UsageError extends Error {}

export function parseBenchArgs(argv: string[]): BenchOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        quick: { type: 'boolean', default: false },
        docs: { type: 'string' },
        only: { type: 'string' },
        out: { type: 'string', default: 'BENCHMARKS.md' },
        reuse: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const v = parsed.values;
  let docs = v.quick ? 5_000 : 10_000;
  if (v.docs !== undefined) {
    if (!/^\d+$/.test(v.docs) || Number(v.docs) < 1 || Number(v.docs) > 1_000_000) throw new UsageError(`--docs expects a whole number from 1 to 1000000, got "${v.docs}"`);
    docs = Number(v.docs);
  }
  const only = v.only ? v.only.split(',').map((s) => s.trim()).filter(Boolean) : [];
  const unknown = only.filter((s) => !(SECTION_IDS as readonly string[]).includes(s));
  if (unknown.length) throw new UsageError(`unknown section ${unknown.join(', ')}: expected some of ${SECTION_IDS.join(', ')}`);
  return { quick: v.quick ?? false, docs, only, out: v.out ?? 'BENCHMARKS.md', reuse: v.reuse ?? false };
}
