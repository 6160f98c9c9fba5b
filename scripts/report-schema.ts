/**
 * Writes the JSON Schemas of the report documents to schema/ from their zod schemas
 * (src/report/schema.ts): `npx tsx scripts/report-schema.ts`. tests/report/schema.test.ts fails when
 * the committed files differ from what this writes, so the published schema cannot drift.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportJsonSchemas } from '../src/report/schema.js';

for (const [name, schema] of Object.entries(reportJsonSchemas())) {
  writeFileSync(join('schema', name), JSON.stringify(schema, null, 2) + '\n');
  process.stdout.write(`wrote schema/${name}\n`);
}
