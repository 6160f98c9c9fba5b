import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { runProbe } from '../child.js';
import { mergeResults, RESULTS_FILE, round } from '../results.js';
import { calibrate, MiB, now } from '../measure.js';
import { loadComponent } from '../optional.js';
import { mib, ms, num, times } from '../format.js';
import { median, rate, ratio, summariseThroughput } from '../stats.js';
import { loadSeeds, touchOnce, type DecodeBytes, type ParseDocument } from '../texts.js';
import type { BenchContext, SectionBody, SectionSpec } from '../types.js';

export const spec: SectionSpec = {
  id: 'parse',
  title: '1. parse',
  baseline: 'touching the same text once: `decodeBytes` (src/read/decode.ts, with its encoding detection) + NFC ' +
    'normalisation + one pass of a simple word regex over the whole text. The ratio is time(parse) / time(baseline) ' +
    'per document: how many times the cost of reading the text once a full parse is.',
};

interface ScaleResult {
  frame: string;
  bytes1: number; bytes5: number;
  parse1: number[]; parse5: number[]; base1: number[]; base5: number[];
  record1: Record<string, number>; record5: Record<string, number> | undefined;
}
interface MemoryResult {
  op: string; bytes: number; ms: number; rssBefore: number; peakRss: number; heapBefore: number; heapAfter: number; heapCommitted: number;
}

export async function run(ctx: BenchContext): Promise<SectionBody> {
  const { decodeBytes } = await loadComponent<{ decodeBytes: DecodeBytes }>(ctx.root, 'src/read/decode.ts', ['decodeBytes']);
  const { parseDocument } = await loadComponent<{ parseDocument: ParseDocument }>(ctx.root, 'src/parse/index.ts', ['parseDocument']);

  const seeds = loadSeeds(ctx.root).map((s) => {
    const text = decodeBytes(s.bytes).text;
    return { ...s, text, sha256: createHash('sha256').update(s.bytes).digest('hex') };
  });
  const seedBytes = seeds.reduce((n, s) => n + s.bytes.length, 0);
  // A seed the parser refuses would make the throughput that of throwing errors: stop here instead.
  for (const s of seeds) parseDocument(s.text, { path: s.name, sha256: s.sha256, encoding: 'utf-8' });

  const parseRound = () => { for (const s of seeds) parseDocument(s.text, { path: s.name, sha256: s.sha256, encoding: 'utf-8' }); };
  const baseRound = () => { for (const s of seeds) touchOnce(decodeBytes, s.bytes); };

  const reps = ctx.quick ? 5 : 15;
  const repMs = ctx.quick ? 150 : 400;
  // Parse and baseline take turns, so that other work on the machine weighs on both alike.
  const parseRounds = calibrate(parseRound, repMs);
  const baseRounds = calibrate(baseRound, repMs);
  const timeRep = (round: () => void, rounds: number) => {
    const t0 = now();
    for (let k = 0; k < rounds; k++) round();
    return now() - t0;
  };
  const parseMs: number[] = [];
  const baseMs: number[] = [];
  for (let i = 0; i < reps; i++) {
    parseMs.push(timeRep(parseRound, parseRounds));
    baseMs.push(timeRep(baseRound, baseRounds));
  }
  const summarise = (rounds: number, perRep: number[], label: string) => {
    ctx.log(`parse: ${label}: ${rounds} rounds of ${seeds.length} seeds per repetition, median ${Math.round(median(perRep))} ms`);
    const docs = rounds * seeds.length;
    return {
      rounds, repMs: perRep,
      docsPerSec: perRep.map((t) => rate(docs, t)),
      mbPerSec: perRep.map((t) => rate((rounds * seedBytes) / MiB, t)),
      msPerDoc: perRep.map((t) => t / docs),
    };
  };
  const parse = summarise(parseRounds, parseMs, 'parseDocument');
  const base = summarise(baseRounds, baseMs, 'baseline');
  const pDocs = summariseThroughput(parse.docsPerSec);
  const pMb = summariseThroughput(parse.mbPerSec);
  const bDocs = summariseThroughput(base.docsPerSec);
  const bMb = summariseThroughput(base.mbPerSec);
  const throughputRatio = ratio(median(parse.msPerDoc), median(base.msPerDoc));

  const tables = [{
    title: `Throughput on the ${seeds.length} seed documents (${num(seedBytes / 1024, 1)} KiB together), ${reps} repetitions of each, taking turns, after the calibration runs (warm-up)`,
    columns: ['measure', 'docs/s min', 'docs/s median', 'MB/s min', 'MB/s median', 'ms/doc median', 'ratio parse/baseline'],
    rows: [
      ['parseDocument', num(pDocs.min), num(pDocs.median), num(pMb.min), num(pMb.median), num(median(parse.msPerDoc), 3), times(throughputRatio)],
      ['baseline (decode + NFC + one regex pass)', num(bDocs.min), num(bDocs.median), num(bMb.min), num(bMb.median), num(median(base.msPerDoc), 3), '1×'],
    ],
  }];
  const notes = [`MB = 2^20 bytes of UTF-8 input. A repetition parses the five seeds ${parse.rounds} times (parse) / ${base.rounds} times (baseline).`];
  const raw: Record<string, unknown> = { seedBytes, parseRepMs: parse.repMs, parseRoundsPerRep: parse.rounds, baselineRepMs: base.repMs, baselineRoundsPerRep: base.rounds };
  let partial: string | undefined;
  let scale5to1: number | undefined;

  const probe = join(ctx.root, 'scripts/bench/child/parse-probe.ts');
  const scaleReps = ctx.quick ? 2 : 3;
  try {
    ctx.log(`parse: 1 MiB and 5 MiB documents, ${scaleReps} repetitions (separate process)...`);
    const s = await runProbe<ScaleResult>(probe, [ctx.root, 'scale', String(scaleReps)], (ctx.quick ? 90 : 240) * 1000);
    const p1 = median(s.parse1); const p5 = median(s.parse5); const b1 = median(s.base1); const b5 = median(s.base5);
    const fastest = (xs: number[]) => Math.min(...xs);
    scale5to1 = ratio(p5, p1);
    tables.push({
      title: `Scaling: one document of ${num(s.bytes1 / MiB, 2)} MiB and one of ${num(s.bytes5 / MiB, 2)} MiB (header and closing of ${s.frame}, body = the five seed bodies repeated), ${scaleReps} repetitions taking turns, after a warm-up`,
      columns: ['measure', '1 MiB median', '5 MiB median', 'time(5 MiB)/time(1 MiB), medians', 'same, fastest runs', 'MB/s at 5 MiB', 'ratio parse/baseline at 5 MiB'],
      rows: [
        ['parseDocument', ms(p1), ms(p5), times(ratio(p5, p1)), times(ratio(fastest(s.parse5), fastest(s.parse1))), num(rate(s.bytes5 / MiB, p5)), times(ratio(p5, b5))],
        ['baseline', ms(b1), ms(b5), times(ratio(b5, b1)), times(ratio(fastest(s.base5), fastest(s.base1))), num(rate(s.bytes5 / MiB, b5)), '1×'],
      ],
    });
    notes.push(`A linear parser gives time(5 MiB)/time(1 MiB) ≈ 5; the baseline shows what 5 is on this machine. ` +
      `Records found: 1 MiB ${fmtRecord(s.record1)}; 5 MiB ${s.record5 ? fmtRecord(s.record5) : 'n/a'}.`);
    raw.scale = s;
  } catch (err) {
    partial = `scaling not measured: ${err instanceof Error ? err.message : String(err)}`;
    notes.push(`Scaling: ${partial}`);
  }

  try {
    ctx.log('parse: peak memory on the 5 MiB document (two separate processes)...');
    const timeout = (ctx.quick ? 90 : 240) * 1000;
    const mp = await runProbe<MemoryResult>(probe, [ctx.root, 'memory', 'parse'], timeout);
    const mb = await runProbe<MemoryResult>(probe, [ctx.root, 'memory', 'baseline'], timeout);
    const grow = (m: MemoryResult) => Math.max(0, m.peakRss - m.rssBefore);
    tables.push({
      title: `Memory while handling the ${num(mp.bytes / MiB, 2)} MiB document once (fresh process each)`,
      columns: ['measure', 'RSS before', 'peak RSS', 'peak RSS growth', 'heap used after (result kept)', 'heap committed after', 'growth / input size', 'ratio growth parse/baseline'],
      rows: [
        ['parseDocument', mib(mp.rssBefore), mib(mp.peakRss), mib(grow(mp)), mib(mp.heapAfter - mp.heapBefore), mib(mp.heapCommitted), times(ratio(grow(mp), mp.bytes)), times(ratio(grow(mp), grow(mb)))],
        ['baseline', mib(mb.rssBefore), mib(mb.peakRss), mib(grow(mb)), mib(mb.heapAfter - mb.heapBefore), mib(mb.heapCommitted), times(ratio(grow(mb), mb.bytes)), '1×'],
      ],
    });
    notes.push('Peak RSS is the kernel\'s maxRSS of the probe process; "RSS before" is taken after loading the modules, building the text and a full GC. ' +
      'The heap\'s own peak is not observable without tracing, so the heap committed after the run (V8 does not shrink it at once) stands for it.');
    raw.memory = { parse: mp, baseline: mb };
  } catch (err) {
    const why = `memory not measured: ${err instanceof Error ? err.message : String(err)}`;
    partial = partial ? `${partial}; ${why}` : why;
    notes.push(`Memory: ${why}`);
  }

  mergeResults(join(ctx.root, RESULTS_FILE), {
    parse: {
      docsPerSec: round(pDocs.median),
      baselineRatio: round(throughputRatio),
      scale5to1: round(scale5to1),
      corpus: { documents: seeds.length, bytes: seedBytes, scaleBytes: [1 << 20, 5 << 20] },
      loadAverage1m: round(loadavg()[0]),
      measuredAt: new Date().toISOString(),
    },
  });
  return { tables, notes, raw, ...(partial ? { status: 'partial' as const, reason: partial } : {}) };
}

function fmtRecord(r: Record<string, number>): string {
  return Object.entries(r).map(([k, v]) => `${v} ${k}`).join(', ');
}
