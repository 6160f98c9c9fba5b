/**
 * Speed of the reading stage: decodeBytes throughput per encoding on ~8 MB of seed text,
 * and .pdf / .docx extraction of the seed 001 fixtures (first call includes loading pdfjs
 * or mammoth). Numbers only; the tests check behaviour.
 *
 *   npx tsx scripts/bench-read.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../src/parse/decode.js';
import { cp1252Char } from '../src/parse/legacy/cp1252.js';
import { encodeTcvn3 } from '../src/parse/legacy/tcvn3-codec.js';
import { encodeVni } from '../src/parse/legacy/vni-codec.js';
import { readDocumentFile } from '../src/read/index.js';

const seedsDir = join('corpus', 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8')).join('\n');
let text = '';
while (text.length < 8_000_000) text += seeds + '\n';

const tcvn3 = encodeTcvn3(text);
const inputs: Array<[string, Uint8Array]> = [
  ['utf-8', new TextEncoder().encode(text)],
  ['tcvn3', tcvn3],
  ['vni', encodeVni(text)],
  ['utf-8+tcvn3', new TextEncoder().encode(Array.from(tcvn3, cp1252Char).join(''))],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

console.log('decodeBytes');
for (const [name, bytes] of inputs) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const d = decodeBytes(bytes, { maxBytes: Number.MAX_SAFE_INTEGER });
    times.push(performance.now() - t0);
    if (d.encoding !== name) throw new Error(`${name} decoded as ${d.encoding}`);
  }
  const ms = median(times);
  const mb = bytes.length / 1048576;
  console.log(`  ${name.padEnd(12)} ${mb.toFixed(1)} MB  ${ms.toFixed(0).padStart(5)} ms  ${(mb / (ms / 1000)).toFixed(1).padStart(6)} MB/s`);
}

for (const file of ['001.pdf', '001.docx']) {
  const path = join('tests', 'fixtures', 'files', file);
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    await readDocumentFile(path);
    times.push(performance.now() - t0);
  }
  console.log(`${file}: first ${times[0]?.toFixed(0)} ms (loads the library), then median ${median(times.slice(1)).toFixed(0)} ms`);
}
