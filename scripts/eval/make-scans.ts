#!/usr/bin/env -S npx tsx
/**
 * Makes the `scan` style of the evaluation corpus: each text in tests/fixtures/eval/scan/sources is
 * printed to an A4 page image at 200 dpi in a serif face, degraded the way a photocopy is (noise,
 * blur, a slight exposure shift), and written beside its expectation as a bi-level TIFF, which the
 * reader OCRs back. Run again only when a source changes; the images are committed.
 *
 *   npx tsx scripts/eval/make-scans.ts
 *
 * Needs `text2image`, from Debian's tesseract-ocr package (Tesseract's training tools).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = resolve(root, 'tests/fixtures/eval/scan');
const sources = (await readdir(join(dir, 'sources'))).filter((f) => f.endsWith('.txt')).sort();
const work = await mkdtemp(join(tmpdir(), 'eval-scans-'));
try {
  for (const f of sources) {
    const base = join(work, basename(f, '.txt'));
    await run('text2image', [
      `--text=${join(dir, 'sources', f)}`, `--outputbase=${base}`, '--font=DejaVu Serif', '--fonts_dir=/usr/share/fonts',
      '--resolution=200', '--xsize=1654', '--ysize=2339', '--margin=120', '--ptsize=12', '--leading=16',
      '--degrade_image=true', '--exposure=-1', '--ligatures=false',
    ]);
    await rename(`${base}.tif`, join(dir, `${basename(f, '.txt')}.tif`));
    process.stdout.write(`${f} -> scan/${basename(f, '.txt')}.tif\n`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
