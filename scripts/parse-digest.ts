#!/usr/bin/env -S npx tsx
/**
 * A digest of the records the parser gives on a fixed set of texts, to show that a speed change
 * leaves every record byte-identical (issue 12):
 *
 *   npx tsx scripts/parse-digest.ts [--texts .data/digest-texts.json] [--corpus 400] [--long] [--verbose]
 *
 * The texts: the seeds, every document under tests/fixtures (read by src/read as the CLI reads
 * them: text, HTML, DOCX, PDF, scans), a sample of the bench's generated corpus and, with --long, the
 * bench's 1 MiB document. Reading (OCR above all) is not what is checked, and is slow: the texts are
 * read once and kept in the --texts file, so that every later run parses exactly the same input.
 * Prints one digest per group and one over all; --verbose prints a digest per document, to find the
 * one that moved. The texts are parsed, never printed: the holdout documents stay unread.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { DOCUMENT_EXTENSIONS, readDocumentFile } from '../src/read/index.js';
import { decodeBytes } from '../src/read/decode.js';
import { parseDocument, type ParseOptions } from '../src/parse/index.js';
import { loadSeeds, longDocument, splitDocument } from './bench/texts.js';

interface Text { group: string; name: string; text: string; opts: ParseOptions }

const { values } = parseArgs({
  options: {
    texts: { type: 'string', default: '.data/digest-texts.json' },
    corpus: { type: 'string', default: '400' },
    long: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const root = join(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && DOCUMENT_EXTENSIONS.has(e.name.slice(e.name.lastIndexOf('.')).toLowerCase()))
    .map((e) => join(e.parentPath, e.name)).sort();
}

async function readTexts(): Promise<Text[]> {
  const texts: Text[] = [];
  for (const s of loadSeeds(root)) texts.push({ group: 'seeds', name: s.name, text: decodeBytes(s.bytes).text, opts: { path: s.name, encoding: 'utf-8' } });
  for (const path of filesUnder(join(root, 'tests/fixtures'))) {
    const name = relative(root, path);
    try {
      const f = await readDocumentFile(path);
      texts.push({ group: 'fixtures', name, text: f.text, opts: { path: name, sha256: f.sha256, encoding: f.encoding, warnings: f.warnings, ocr: f.ocr } });
    } catch {
      // a fixture the reader refuses (a bad-input test) has no record to compare
    }
  }
  const dir = join(root, '.data/digest-corpus');
  if (!existsSync(join(dir, 'manifest.json'))) {
    const r = spawnSync(process.execPath, [...process.execArgv, join(root, 'scripts/gen-corpus.ts'), '--out', dir, '--count', values.corpus, '--seed', '20240601'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('the corpus generator failed');
  }
  for (const path of filesUnder(dir)) {
    const name = relative(dir, path);
    texts.push({ group: 'corpus', name, text: decodeBytes(readFileSync(path)).text, opts: { path: name, encoding: 'utf-8' } });
  }
  return texts;
}

const file = resolve(root, values.texts);
let texts: Text[];
if (existsSync(file)) {
  texts = JSON.parse(readFileSync(file, 'utf8')) as Text[];
} else {
  texts = await readTexts();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(texts));
}
if (values.long) {
  const seeds = loadSeeds(root);
  const parts = seeds.map((s) => splitDocument(decodeBytes(s.bytes).text, s.name));
  const frame = parts[Math.max(0, seeds.findIndex((s) => s.name.startsWith('001')))]!;
  texts.push({ group: 'long', name: '1 MiB', text: longDocument(parts, frame, 1024 * 1024, 1), opts: { path: 'bench:long-document', encoding: 'utf-8' } });
}

const groups = new Map<string, ReturnType<typeof createHash>>();
const all = createHash('sha256');
const counts = new Map<string, number>();
for (const t of texts) {
  let out: string;
  try {
    out = JSON.stringify(parseDocument(t.text, t.opts));
  } catch (e) {
    out = `error: ${e instanceof Error ? e.message : String(e)}`;
  }
  const g = groups.get(t.group) ?? createHash('sha256');
  groups.set(t.group, g);
  counts.set(t.group, (counts.get(t.group) ?? 0) + 1);
  g.update(out).update('\n');
  all.update(out).update('\n');
  if (values.verbose) console.log(`${createHash('sha256').update(out).digest('hex').slice(0, 16)}  ${t.group}/${t.name}`);
}
for (const [g, h] of groups) console.log(`${h.digest('hex').slice(0, 16)}  ${g} (${counts.get(g)} documents)`);
console.log(`${all.digest('hex')}  all (${texts.length} documents)`);
