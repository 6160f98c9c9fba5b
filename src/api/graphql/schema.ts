import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../project-root.js';

/** The SDL, read from schema/schema.graphql (shipped with the package next to dist/). */
export function loadSchemaText(): string {
  return readFileSync(join(projectRoot(), 'schema', 'schema.graphql'), 'utf8');
}
