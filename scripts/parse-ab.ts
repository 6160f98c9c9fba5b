#!/usr/bin/env -S npx tsx
/**
 * Old against new parser in one process, taking turns, so that load on a shared machine weighs on
 * both alike (issue 12):
 *
 *   npx tsx scripts/parse-ab.ts <old-root> [--reps 15] [--ms 300]
 *
 * <old-root> holds another checkout's src/ (e.g. `git worktree add /tmp/old main`). Prints CPU ms
 * per seed document of each, their medians and the ratio.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

type Parse = (text: string, opts: { path?: string }) => unknown;
const { values, positionals } = parseArgs({ allowPositionals: true, options: { reps: { type: 'string', default: '15' }, ms: { type: 'string', default: '300' } } });
const root = join(import.meta.dirname, '..');
const oldRoot = positionals[0];
if (!oldRoot) throw new Error('usage: parse-ab.ts <old-root>');
const load = async (r: string) => ((await import(pathToFileURL(join(r, 'src/parse/index.ts')).href)) as { parseDocument: Parse }).parseDocument;
const parsers = { old: await load(oldRoot), new: await load(root) };
const seedDir = join(root, 'corpus', 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(join(seedDir, name), 'utf8') }));
const round = (p: Parse) => { for (const s of seeds) p(s.text, { path: s.name }); };
for (let k = 0; k < 30; k++) { round(parsers.old); round(parsers.new); }
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const rep = (p: Parse) => {
  const c0 = cpu(); const t0 = performance.now(); let docs = 0;
  while (performance.now() - t0 < Number(values.ms)) { round(p); docs += seeds.length; }
  return (cpu() - c0) / docs;
};
const times: Record<string, number[]> = { old: [], new: [] };
const load0 = loadavg()[0] ?? 0;
for (let i = 0; i < Number(values.reps); i++) { times.old!.push(rep(parsers.old)); times.new!.push(rep(parsers.new)); }
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]!; };
const mo = median(times.old!); const mn = median(times.new!);
const pairs = times.new!.map((t, k) => t / times.old![k]!);
console.log(`median of the pairs' new/old ${median(pairs).toFixed(3)} (${pairs.length} pairs)`);
console.log(`load ${load0.toFixed(2)} -> ${(loadavg()[0] ?? 0).toFixed(2)}; CPU ms/doc median old ${mo.toFixed(3)} new ${mn.toFixed(3)}; new/old ${(mn / mo).toFixed(3)}; min old ${Math.min(...times.old!).toFixed(3)} new ${Math.min(...times.new!).toFixed(3)}`);
