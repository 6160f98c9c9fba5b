import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding package.json, found by walking up, so it works from src/ (tsx) and dist/
 * alike. The schema files, the GraphQL SDL, the sample corpus and the Neo4j launcher are found
 * from here; a module of its own so that none of their readers depends on the embedded database.
 */
export function projectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'scripts', 'neo4j'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the directive-graph folder above ${from}`);
    dir = up;
  }
}
