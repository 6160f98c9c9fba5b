import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentRecord } from '../../src/model/record.js';
import { parseDocument } from '../../src/parse/index.js';

/**
 * parseDocument types its record by the schema instead of parsing it (issue 12: that parse was 7%
 * of the parser's time). What the parse did is checked here instead: on every seed and style
 * document, the schema accepts the record and gives it back unchanged (no field it would drop,
 * default or correct).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const texts = ['corpus/seeds', 'tests/fixtures/styles', 'tests/fixtures/web-copy'].flatMap((dir) =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)));

describe('the parser\'s records against their schema', () => {
  it('has documents to check', () => {
    expect(texts.length).toBeGreaterThanOrEqual(20);
  });

  it.each(texts)('%s', (path) => {
    const record = parseDocument(readFileSync(join(root, path), 'utf8'), { path });
    const parsed = DocumentRecord.safeParse(record);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(record));
  });
});
