/**
 * Probe of the parse section, run in its own process by scripts/bench/sections/parse.ts:
 *
 *   parse-probe.ts <root> scale <reps>            time of parseDocument on a 1 MiB and a 5 MiB document
 *   parse-probe.ts <root> memory parse|baseline   peak RSS and heap while handling the 5 MiB document once
 */
import { getHeapStatistics } from 'node:v8';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitResult } from '../child.js';
import { collectGarbage, now } from '../measure.js';
import { loadSeeds, longDocument, recordSize, splitDocument, touchOnce, type DecodeBytes, type DocumentParts, type ParseDocument } from '../texts.js';

const [root, mode, arg] = process.argv.slice(2);
if (!root || (mode !== 'scale' && mode !== 'memory')) {
  process.stderr.write('usage: parse-probe.ts <root> scale <reps> | memory parse|baseline\n');
  process.exit(2);
}

const load = async <T>(file: string) => (await import(pathToFileURL(join(root, file)).href)) as T;
const { decodeBytes } = await load<{ decodeBytes: DecodeBytes }>('src/read/decode.ts');
const { parseDocument } = await load<{ parseDocument: ParseDocument }>('src/parse/index.ts');
const seeds = loadSeeds(root);
const seedTexts = seeds.map((s) => decodeBytes(s.bytes).text);
const parts: DocumentParts[] = seedTexts.map((t, i) => splitDocument(t, seeds[i]!.name));
// Seed 001 frames the long document: the longest seed, with a full header and closing.
const frameIndex = Math.max(0, seeds.findIndex((s) => s.name.startsWith('001')));
const frame = parts[frameIndex]!;
const doc1 = longDocument(parts, frame, 1024 * 1024, 1);
const doc5 = longDocument(parts, frame, 1024 * 1024, 5);
const bytes1 = new TextEncoder().encode(doc1);
const bytes5 = new TextEncoder().encode(doc5);
const meta = { path: 'bench:long-document', encoding: 'utf-8' };

if (mode === 'scale') {
  const reps = Math.max(1, Number(arg ?? 3));
  for (const s of seedTexts) parseDocument(s, meta);
  const t0 = now();
  const r1 = parseDocument(doc1, meta);
  process.stderr.write(`parse-probe: first parse of ${bytes1.length} bytes took ${Math.round(now() - t0)} ms\n`);
  touchOnce(decodeBytes, bytes1);
  const out = { frame: seeds[frameIndex]!.name, bytes1: bytes1.length, bytes5: bytes5.length, parse1: [] as number[], parse5: [] as number[], base1: [] as number[], base5: [] as number[],
    record1: recordSize(r1), record5: undefined as ReturnType<typeof recordSize> | undefined };
  for (let i = 0; i < reps; i++) {
    let t = now();
    parseDocument(doc1, meta);
    out.parse1.push(now() - t);
    t = now();
    const r5 = parseDocument(doc5, meta);
    out.parse5.push(now() - t);
    out.record5 = recordSize(r5);
    process.stderr.write(`parse-probe: rep ${i + 1}: 1 MiB ${Math.round(out.parse1.at(-1)!)} ms, 5 MiB ${Math.round(out.parse5.at(-1)!)} ms\n`);
    t = now();
    touchOnce(decodeBytes, bytes1);
    out.base1.push(now() - t);
    t = now();
    touchOnce(decodeBytes, bytes5);
    out.base5.push(now() - t);
  }
  emitResult(out);
} else {
  const op = arg === 'baseline' ? () => touchOnce(decodeBytes, bytes5) : () => parseDocument(doc5, meta);
  collectGarbage();
  const rssBefore = process.memoryUsage.rss();
  const heapBefore = process.memoryUsage().heapUsed;
  const t = now();
  const kept = op();
  const elapsed = now() - t;
  // Measured while the result is still referenced: the heap that the result itself holds.
  const heapAfter = process.memoryUsage().heapUsed;
  const heapCommitted = getHeapStatistics().total_heap_size;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  emitResult({ op: arg, bytes: bytes5.length, ms: elapsed, rssBefore, peakRss, heapBefore, heapAfter, heapCommitted, kept: typeof kept === 'number' ? kept : 1 });
}
