#!/usr/bin/env -S npx tsx
/**
 * Parse throughput and linearity, no database:
 *
 *   npx tsx scripts/bench-parse.ts [--seconds 3] [--sizes 0.25,0.5,1,2,4]
 *
 * 1. documents/s on the sample corpus (corpus/seeds), after a warm-up;
 * 2. one long document per size (seed 001's body repeated) parsed three times; the median
 *    ms/MB per size and the ratio of the largest size's ms/MB to the smallest's. A linear parser
 *    keeps the ratio near 1; a quadratic one doubles it with every doubling of the size.
 * Timings belong here, not in tests (tests/parse/properties.test.ts only checks that large and
 * pathological inputs finish).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from '../src/parse/index.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '3' }, sizes: { type: 'string', default: '0.25,0.5,1,2,4' } } });
const seconds = Number(values.seconds);
const sizes = values.sizes!.split(',').map(Number);

const dir = join(import.meta.dirname, '../corpus/seeds');
const seeds = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8'));

for (const t of seeds) parseDocument(t);
let docs = 0;
let bytes = 0;
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  for (const t of seeds) { parseDocument(t); docs++; bytes += t.length; }
}
const elapsed = (performance.now() - t0) / 1000;
console.log(`seeds: ${(docs / elapsed).toFixed(0)} documents/s (${(bytes / elapsed / 1048576).toFixed(2)} MB/s of text), ${docs} parses in ${elapsed.toFixed(1)} s`);

const lines = seeds[1]!.split('\n');
const header = lines.slice(0, 10).join('\n');
const body = lines.slice(10, -12).join('\n');
const perMb: number[] = [];
for (const mb of sizes) {
  const parts = [header];
  let size = header.length;
  while (size < mb * 1048576) { parts.push(body); size += body.length + 2; }
  const text = parts.join('\n\n');
  const runs: number[] = [];
  let found = 0;
  for (let k = 0; k < 3; k++) {
    const s = performance.now();
    const r = parseDocument(text);
    runs.push(performance.now() - s);
    found = r.assignments.length + r.citations.reduce((n, c) => n + c.spans.length, 0);
  }
  const median = runs.sort((a, b) => a - b)[1]!;
  const rate = median / (text.length / 1048576);
  perMb.push(rate);
  console.log(`${(text.length / 1048576).toFixed(2)} MB: ${median.toFixed(0)} ms (median of 3), ${rate.toFixed(0)} ms/MB, ${found} tasks + citation mentions`);
}
const ratio = perMb[perMb.length - 1]! / perMb[0]!;
console.log(`ms/MB at ${sizes[sizes.length - 1]} MB / at ${sizes[0]} MB: ${ratio.toFixed(2)} (about 1 when linear)`);
