import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Tesseract's TSV kept on disk under what produced it, for callers that read the same scans again
 * and again: the evaluation corpus OCRs its 63 scanned pages on every `npm run eval` and in every
 * run of the quality test (98 of the 119 s of CPU of a whole eval, 2026-12-06). Opt-in: only a
 * caller that passes `OcrOptions.cacheDir` uses it; reading a user's files never does.
 *
 * The key is a SHA-256 over everything that can change the output: the tool's fingerprint (its whole
 * `--version` text and the language model's size and time; see ocr.ts), the arguments, and the
 * image's bytes. An entry is written under a temporary name and renamed, so a run beside another
 * never reads half of one.
 */
export async function cachedOutput(cacheDir: string, keyParts: readonly string[], image: Uint8Array, produce: () => Promise<string>): Promise<string> {
  const hash = createHash('sha256');
  for (const part of keyParts) hash.update(part).update('\0');
  const file = join(cacheDir, `${hash.update(image).digest('hex')}.tsv`);
  try {
    return await readFile(file, 'utf8');
  } catch {
    // not there yet (or unreadable): produce it
  }
  const out = await produce();
  try {
    await mkdir(cacheDir, { recursive: true });
    const tmp = `${file}.${randomUUID()}.tmp`;
    await writeFile(tmp, out, 'utf8');
    await rename(tmp, file);
  } catch {
    // A cache that cannot be written only costs the next run its time.
  }
  return out;
}
