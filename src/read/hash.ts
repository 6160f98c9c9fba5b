import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

/**
 * The SHA-256 of a file's raw bytes, as readDocumentFile computes it, without extracting its text:
 * lets the ingest skip files already in the graph before handing the rest to its parse workers.
 * Null when the file cannot be hashed (missing, a folder, over `maxBytes`): readDocumentFile then
 * reports why, with its own typed error.
 */
export async function hashFile(path: string, maxBytes: number): Promise<string | null> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > maxBytes) return null;
    return createHash('sha256').update(await readFile(path)).digest('hex');
  } catch {
    return null;
  }
}
