#!/usr/bin/env -S npx tsx
/**
 * Old against new parser in one process, taking turns with the bench's baseline (decode + NFC + one
 * regex pass), so that load on a shared machine weighs on all three alike (issue 12):
 *
 *   npx tsx scripts/parse-ab.ts <old-root> [--reps 15] [--ms 300]
 *
 * <old-root> holds another checkout's src/ (e.g. `git worktree add /tmp/old main`). Prints, per
 * seed document, CPU ms and wall ms (medians and fastest repetitions) of each, the ratios new/old
 * and parse/baseline, and the load average before and after.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { decodeBytes } from '../src/read/decode.js';
import { touchOnce } from './bench/texts.js';

type Parse = (text: string, opts: { path?: string }) => unknown;
const { values, positionals } = parseArgs({ allowPositionals: true, options: { reps: { type: 'string', default: '15' }, ms: { type: 'string', default: '300' } } });
const root = join(import.meta.dirname, '..');
const oldRoot = positionals[0];
if (!oldRoot) throw new Error('usage: parse-ab.ts <old-root>');
const load = async (r: string) => ((await import(pathToFileURL(join(r, 'src/parse/index.ts')).href)) as { parseDocument: Parse }).parseDocument;
const seedDir = join(root, 'corpus', 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((name) => {
  const bytes = readFileSync(join(seedDir, name));
  return { name, bytes, text: decodeBytes(bytes).text };
});
const parsers = { old: await load(oldRoot), new: await load(root) };
const rounds: Record<string, () => void> = {
  old: () => { for (const s of seeds) parsers.old(s.text, { path: s.name }); },
  new: () => { for (const s of seeds) parsers.new(s.text, { path: s.name }); },
  baseline: () => { for (const s of seeds) touchOnce(decodeBytes, s.bytes); },
};
for (let k = 0; k < 30; k++) for (const r of Object.values(rounds)) r();
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const rep = (round: () => void) => {
  const c0 = cpu(); const t0 = performance.now(); let docs = 0;
  while (performance.now() - t0 < Number(values.ms)) { round(); docs += seeds.length; }
  return { cpu: (cpu() - c0) / docs, wall: (performance.now() - t0) / docs };
};
const times: Record<string, Array<{ cpu: number; wall: number }>> = { old: [], new: [], baseline: [] };
const load0 = loadavg()[0] ?? 0;
// Old and new swap places every turn: run in a fixed order, an A/A run (the same checkout twice) gave
// the second one 4-10% more CPU per document (pairs' median; 2026-12-05), the garbage of the first
// being collected in its time. (A full collection before each repetition instead made both 2-3x dearer.)
const order = [['old', 'new', 'baseline'], ['new', 'old', 'baseline']] as const;
for (let i = 0; i < Number(values.reps); i++) for (const name of order[i % 2]!) times[name]!.push(rep(rounds[name]!));
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]!; };
const stat = (name: string, k: 'cpu' | 'wall') => ({ median: median(times[name]!.map((t) => t[k])), min: Math.min(...times[name]!.map((t) => t[k])) });
console.log(`load average ${load0.toFixed(2)} -> ${(loadavg()[0] ?? 0).toFixed(2)}; ${values.reps} repetitions of ${values.ms} ms each, taking turns`);
for (const k of ['cpu', 'wall'] as const) {
  const o = stat('old', k); const n = stat('new', k); const b = stat('baseline', k);
  const pairs = times.new!.map((t, i) => t[k] / times.old![i]![k]);
  // The one who runs second pays for some of the first one's garbage: the turns of each order apart,
  // their medians' geometric mean cancels that.
  const orderFair = Math.sqrt(median(pairs.filter((_, i) => i % 2 === 0)) * median(pairs.filter((_, i) => i % 2 === 1)));
  console.log(`${k} ms/doc: old median ${o.median.toFixed(3)} (fastest ${o.min.toFixed(3)}), new ${n.median.toFixed(3)} (${n.min.toFixed(3)}), baseline ${b.median.toFixed(4)} (${b.min.toFixed(4)})`);
  console.log(`  new/old: medians ${(n.median / o.median).toFixed(3)}, fastest ${(n.min / o.min).toFixed(3)}, pairs' median ${median(pairs).toFixed(3)} (old first ${median(pairs.filter((_, i) => i % 2 === 0)).toFixed(3)}, ` +
    `new first ${median(pairs.filter((_, i) => i % 2 === 1)).toFixed(3)}, both orders ${orderFair.toFixed(3)}); ` +
    `docs/s (1000/median): old ${Math.round(1000 / o.median)}, new ${Math.round(1000 / n.median)}; parse/baseline: old ${(o.median / b.median).toFixed(1)}x, new ${(n.median / b.median).toFixed(1)}x`);
}
