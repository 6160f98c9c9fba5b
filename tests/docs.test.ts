import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/errors.js';

const ROOT = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('docs/errors.md', () => {
  const documented = [...read('docs/errors.md').matchAll(/^\| `(DG_[A-Z_]+)` \|/gm)].map((m) => m[1]);

  it('has one row for every code of src/errors.ts, and no other', () => {
    expect([...documented].sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });
});

describe('docs/architecture.md', () => {
  it('names every folder of src/', () => {
    const text = read('docs/architecture.md');
    for (const folder of ['src/read', 'src/parse', 'src/parse/find', 'src/ingest', 'src/graph', 'src/api', 'src/db', 'src/commands', 'src/model']) {
      expect(text).toContain(`\`${folder}\``);
    }
  });
});
