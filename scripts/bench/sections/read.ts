import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MiB, now, timeRuns } from '../measure.js';
import { loadComponent } from '../optional.js';
import { ms, num, times } from '../format.js';
import { median, rate, ratio, summariseThroughput } from '../stats.js';
import { loadSeeds, type DecodeBytes } from '../texts.js';
import type { BenchContext, SectionBody, SectionSpec, Table } from '../types.js';

/** The reading stage: bytes to text per encoding and .pdf/.docx extraction. */
export const spec: SectionSpec = {
  id: 'read',
  title: '2. read',
  baseline: 'for decoding, Node\'s own `new TextDecoder("utf-8").decode` of the UTF-8 bytes of the same text (no detection, ' +
    'no NFC); for file extraction, `readDocumentFile` of the same document as a .txt file (seed 001).',
};

type Encode = (text: string) => Uint8Array;

export async function run(ctx: BenchContext): Promise<SectionBody> {
  const { decodeBytes } = await loadComponent<{ decodeBytes: DecodeBytes }>(ctx.root, 'src/read/decode.ts', ['decodeBytes']);
  const { encodeTcvn3 } = await loadComponent<{ encodeTcvn3: Encode }>(ctx.root, 'src/read/legacy/tcvn3-codec.ts', ['encodeTcvn3']);
  const { encodeVni } = await loadComponent<{ encodeVni: Encode }>(ctx.root, 'src/read/legacy/vni-codec.ts', ['encodeVni']);
  const { cp1252Char } = await loadComponent<{ cp1252Char: (b: number) => string }>(ctx.root, 'src/read/legacy/cp1252.ts', ['cp1252Char']);

  const seeds = loadSeeds(ctx.root).map((s) => decodeBytes(s.bytes).text).join('\n');
  const targetChars = (ctx.quick ? 2 : 8) * 1_000_000;
  const parts: string[] = [];
  for (let n = 0; n < targetChars; n += seeds.length + 1) parts.push(seeds);
  const text = parts.join('\n');

  const utf8 = new TextEncoder().encode(text);
  const tcvn3 = encodeTcvn3(text);
  const inputs: Array<{ encoding: string; bytes: Uint8Array }> = [
    { encoding: 'utf-8', bytes: utf8 },
    { encoding: 'tcvn3', bytes: tcvn3 },
    { encoding: 'vni', bytes: encodeVni(text) },
    // What a .VnTime document becomes when saved as UTF-8: detected and repaired.
    { encoding: 'utf-8+tcvn3', bytes: new TextEncoder().encode(Array.from(tcvn3, cp1252Char).join('')) },
  ];
  const runs = ctx.quick ? 3 : 7;
  const raw: Record<string, unknown> = { chars: text.length };

  // The decoders take turns within each repetition, so that a burst of other work on the machine
  // slows them all alike instead of whichever happened to run then.
  const decoder = new TextDecoder('utf-8');
  const candidates = [
    { name: 'baseline: TextDecoder utf-8', bytes: utf8, expect: undefined as string | undefined, run: () => decoder.decode(utf8), ms: [] as number[] },
    ...inputs.map((input) => ({
      name: `decodeBytes ${input.encoding}`, bytes: input.bytes, expect: input.encoding as string | undefined,
      run: () => decodeBytes(input.bytes, { maxBytes: Number.MAX_SAFE_INTEGER }).encoding, ms: [] as number[],
    })),
  ];
  for (const c of candidates) {
    const got = c.run();
    if (c.expect !== undefined && got !== c.expect) throw new Error(`decodeBytes read the ${c.expect} input as ${got}`);
  }
  ctx.log(`read: ${candidates.length} decoders over ${num(text.length / 1e6, 1)} M characters, ${runs} interleaved runs...`);
  for (let i = 0; i < runs; i++) {
    for (const c of candidates) {
      const t0 = now();
      c.run();
      c.ms.push(now() - t0);
    }
  }
  const base = candidates[0]!;
  const utf8Median = median(candidates[1]!.ms);
  const rows: string[][] = [];
  for (const c of [...candidates.slice(1), base]) {
    raw[c.name] = c.ms;
    const mb = summariseThroughput(c.ms.map((x) => rate(c.bytes.length / MiB, x)));
    const m = median(c.ms);
    rows.push([c.name, num(c.bytes.length / MiB, 1), num(mb.min), num(mb.median), num(median(c.ms.map((x) => rate(text.length / 1e6, x)))),
      ms(m), c === base ? '1×' : times(ratio(m, median(base.ms))), times(ratio(m, utf8Median))]);
  }

  const tables: Table[] = [{
    title: `Decoding the seeds repeated to ${num(text.length / 1e6, 1)} million characters, ${runs} interleaved runs after one warm-up`,
    columns: ['decoder', 'MiB in', 'MB/s min', 'MB/s median', 'M chars/s median', 'time median', 'ratio / TextDecoder', 'ratio / decodeBytes utf-8'],
    rows,
  }];
  const notes = ['MB/s counts input bytes, so legacy 8-bit encodings (1 byte per letter) look faster per MB than UTF-8; M chars/s compares the same text.'];

  const readMod = join(ctx.root, 'src/read/index.ts');
  const files = ['tests/fixtures/files/001.pdf', 'tests/fixtures/files/001.docx'].filter((f) => existsSync(join(ctx.root, f)));
  if (existsSync(readMod) && files.length > 0) {
    const { readDocumentFile } = await loadComponent<{ readDocumentFile: (p: string) => Promise<unknown> }>(ctx.root, 'src/read/index.ts', ['readDocumentFile']);
    const seed = loadSeeds(ctx.root).find((s) => s.name.startsWith('001'));
    const txt = seed ? join(ctx.root, 'corpus/seeds', seed.name) : undefined;
    const fileRuns = ctx.quick ? 3 : 10;
    const measureFile = async (path: string) => {
      const t0 = now();
      await readDocumentFile(path);
      const first = now() - t0;
      const rest = await timeRuns(() => readDocumentFile(path), { warmup: 0, runs: fileRuns });
      return { first, rest };
    };
    const baseline = txt ? await measureFile(txt) : undefined;
    const fileRows: string[][] = [];
    for (const f of files) {
      ctx.log(`read: ${f}...`);
      const m = await measureFile(join(ctx.root, f));
      raw[`readDocumentFile ${f}`] = m;
      fileRows.push([f, ms(m.first), ms(median(m.rest)), times(ratio(median(m.rest), baseline ? median(baseline.rest) : undefined))]);
    }
    if (baseline && txt) {
      raw['readDocumentFile seed 001 .txt'] = baseline;
      fileRows.push([`baseline: corpus/seeds/${seed!.name}`, ms(baseline.first), ms(median(baseline.rest)), '1×']);
    }
    tables.push({
      title: `Extracting seed 001 from its .pdf and .docx fixtures with readDocumentFile, first call then median of ${fileRuns}`,
      columns: ['file', 'first call (loads the library)', 'median', 'ratio / .txt'],
      rows: fileRows,
    });
  } else {
    notes.push('File extraction not measured: src/read or the .pdf/.docx fixtures are missing.');
  }
  return { tables, notes, raw };
}
