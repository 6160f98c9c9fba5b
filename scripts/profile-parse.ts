#!/usr/bin/env -S npx tsx
/**
 * A CPU profile of parsing the seeds at steady state (issue 12, "profile again"):
 *
 *   npx tsx scripts/profile-parse.ts [--seconds 10] [--out .data/parse.cpuprofile] [--top 25] [--inclusive 40] [--dir D --count 500]
 *
 * With --dir, the documents parsed are the first --count .txt files under D (the bench's generated
 * corpus, what an ingest's workers parse) instead of the seeds.
 * Parses 200 documents (the five seeds 40 times) to warm up (gazetteer loading, compilation), then profiles only
 * a loop of parses, writes the profile (open it in Chrome DevTools or speedscope) and prints the
 * functions with the most self time, then the most inclusive time (--inclusive: how many; 0 for none), and the
 * CPU time per document. On a flat profile, where no function has more than a few percent of self time, the
 * inclusive times are what say which stage to look at (clean, layout, each finder, resolve). CPU time rather than wall time,
 * so that other work on a shared machine weighs less on the figure (it still weighs some).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from '../src/parse/index.js';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    out: { type: 'string', default: '.data/parse.cpuprofile' },
    top: { type: 'string', default: '25' },
    inclusive: { type: 'string', default: '40' },
    dir: { type: 'string' },
    count: { type: 'string', default: '500' },
  },
});
const root = join(import.meta.dirname, '..');
const seedDir = join(root, 'corpus', 'seeds');
const seeds = values.dir
  ? readdirSync(values.dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).sort().slice(0, Number(values.count))
    .map((name) => ({ name, text: readFileSync(join(values.dir!, name), 'utf8') }))
  : readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()
    .map((name) => ({ name, text: readFileSync(join(seedDir, name), 'utf8') }));
const round = () => { for (const s of seeds) parseDocument(s.text, { path: s.name }); };

for (let k = 0; k < Math.ceil(200 / seeds.length); k++) round();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const started = performance.now();
const cpu0 = process.cpuUsage();
let docs = 0;
while (performance.now() - started < Number(values.seconds) * 1000) { round(); docs += seeds.length; }
const cpu = process.cpuUsage(cpu0);
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
session.disconnect();
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, JSON.stringify(profile));

const selfTime = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, k) => {
  const frame = byId.get(id)!.callFrame;
  const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}`.trim();
  selfTime.set(name, (selfTime.get(name) ?? 0) + (profile.timeDeltas[k] ?? 0));
});
const total = [...selfTime.values()].reduce((a, b) => a + b, 0);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(`${docs} documents, ${(cpuMs / docs).toFixed(3)} ms CPU per document (${Math.round((docs / cpuMs) * 1000)} per CPU-second); profile in ${values.out}`);
for (const [name, t] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
  console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${name.length > 110 ? `${name.slice(0, 110)}…` : name}`);
}

// Inclusive time: a sample counts once for each function on its stack (a recursive one once), so that a
// stage's figure holds everything it calls.
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const namesOnStack = new Map<number, string[]>();
const stackOf = (id: number): string[] => {
  let names = namesOnStack.get(id);
  if (names === undefined) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)!.callFrame;
      seen.add(`${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}`.trim());
    }
    names = [...seen];
    namesOnStack.set(id, names);
  }
  return names;
};
const inclusiveTime = new Map<string, number>();
profile.samples.forEach((id, k) => {
  for (const name of stackOf(id)) inclusiveTime.set(name, (inclusiveTime.get(name) ?? 0) + (profile.timeDeltas[k] ?? 0));
});
if (Number(values.inclusive) > 0) {
  console.log('inclusive:');
  for (const [name, t] of [...inclusiveTime].sort((a, b) => b[1] - a[1]).slice(0, Number(values.inclusive))) {
    console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${name.length > 110 ? `${name.slice(0, 110)}…` : name}`);
  }
}
