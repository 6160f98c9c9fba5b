import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Components other people are still writing are loaded at run time, never imported statically: a
 * missing or half-written module then costs only the section that needs it, which reports
 * "not available: <why>" while the others run.
 */

export class Unavailable extends Error {
  override name = 'Unavailable';
}

/** Imports `<root>/<file>` (a .ts path) and checks that it exports `names`; throws Unavailable with the reason. */
export async function loadComponent<T>(root: string, file: string, names: readonly string[]): Promise<T> {
  const path = join(root, file);
  if (!existsSync(path)) throw new Unavailable(`${file} does not exist yet`);
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (err) {
    throw new Unavailable(`${file} cannot be loaded: ${firstLine(err)}`);
  }
  const missing = names.filter((n) => mod[n] === undefined);
  if (missing.length > 0) throw new Unavailable(`${file} does not export ${missing.join(', ')}`);
  return mod as T;
}

export function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] ?? message;
}
