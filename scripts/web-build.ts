import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds the explorer page (vite build into dist/web) unless dist/web is newer than every file of
 * src/explorer: `npm test` on a fresh clone builds it once (a few seconds), later runs skip it.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const WEB_DIR = join(ROOT, 'dist', 'web');
const PAGE = join(WEB_DIR, 'explorer', 'index.html');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export async function ensureWebBuilt(): Promise<void> {
  const sources = Math.max(newest(join(ROOT, 'src', 'explorer')), statSync(join(ROOT, 'vite.config.ts')).mtimeMs, statSync(join(ROOT, 'package-lock.json')).mtimeMs);
  if (existsSync(PAGE) && statSync(PAGE).mtimeMs >= sources) return;
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
