import { opendir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DOCUMENT_EXTENSIONS } from './read-file.js';

export interface WalkOptions {
  /** Extensions (lower case, with the dot) yielded from inside folders; default: the readable ones. */
  extensions?: ReadonlySet<string>;
  /** Folders deeper than this below a given path are not entered (default 64). */
  maxDepth?: number;
}

const SKIPPED_DIRS = new Set(['node_modules']);

/**
 * Document paths under `paths`, in a stable order: each given path in turn; inside a folder,
 * entries sorted by name, files and subfolders interleaved, depth first.
 *
 * - A path given explicitly is yielded whatever its type or existence: readDocumentFile then
 *   reports a missing or unsupported file with its own error, and the batch goes on.
 * - Inside folders: dotfiles, dot-folders and node_modules are skipped, and only files with a
 *   readable extension are yielded. Symbolic links are followed, each real folder entered once.
 * - Streaming: one folder's names are held at a time per level of depth (they must be sorted);
 *   the tree is never listed as a whole. A folder of 100,000 files costs its 100,000 names.
 */
export async function* walkDocuments(paths: readonly string[], opts: WalkOptions = {}): AsyncGenerator<string> {
  const extensions = opts.extensions ?? new Set(DOCUMENT_EXTENSIONS.keys());
  const maxDepth = opts.maxDepth ?? 64;
  const seen = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) yield* walkFolder(path, 0);
    else yield path;
  }

  async function* walkFolder(dir: string, depth: number): AsyncGenerator<string> {
    const real = await realpath(dir).catch(() => dir);
    if (seen.has(real) || depth > maxDepth) return;
    seen.add(real);
    const entries: Array<{ name: string; kind: 'file' | 'dir' | 'unknown' }> = [];
    const handle = await opendir(dir).catch(() => null);
    if (!handle) {
      // unreadable folder (permissions): hand it on so that the reader reports it
      yield dir;
      return;
    }
    for await (const entry of handle) {
      if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
      // the entry type comes with the listing; only links (and file systems that do not
      // report types) need a stat of their own
      const kind = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : 'unknown';
      if (kind === 'file' && !extensions.has(extname(entry.name).toLowerCase())) continue;
      entries.push({ name: entry.name, kind });
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { name, kind } of entries) {
      const path = join(dir, name);
      let type = kind;
      if (type === 'unknown') {
        const info = await stat(path).catch(() => null);
        type = info?.isDirectory() ? 'dir' : info?.isFile() && extensions.has(extname(name).toLowerCase()) ? 'file' : 'unknown';
      }
      if (type === 'dir') yield* walkFolder(path, depth + 1);
      else if (type === 'file') yield path;
    }
  }
}
