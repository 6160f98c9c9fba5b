import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../src/errors.js';
import { readSchema, splitStatements } from '../../src/graph/migrate.js';

/** How schema/*.cypher files are read (applying them to a real Neo4j: tests/integration/foundation.test.ts). */
describe('splitStatements', () => {
  it.each([
    // [file text, expected statements as [line, cypher]]
    ['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);', [[1, 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)']]],
    // comments and blank lines are skipped; line numbers are those of the file
    ['// why\n\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n// next\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n',
      [[3, 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)'], [5, 'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)']]],
    // a statement over several lines ends only at a line ending with ";"
    ['CREATE FULLTEXT INDEX t IF NOT EXISTS FOR (d:D) ON EACH [d.a]\n  OPTIONS { indexConfig: { `fulltext.analyzer`: \'standard-folding\' } };\n',
      [[1, "CREATE FULLTEXT INDEX t IF NOT EXISTS FOR (d:D) ON EACH [d.a]\n  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }"]]],
    // a ";" inside a line is not an end
    ["CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x) // a;b\n;", [[1, 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x) // a;b']]],
    // CRLF files
    ['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\r\n', [[1, 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)']]],
    ['// only comments\n', []],
  ])('%j', (text, expected) => {
    expect(splitStatements(text, 'f.cypher').map((s) => [s.line, s.cypher])).toEqual(expected);
  });

  it('refuses a last statement without ";" naming its first line', () => {
    expect(() => splitStatements('CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS\n FOR (n:B) ON (n.y)\n', 'x.cypher'))
      .toThrowError(expect.objectContaining({ code: 'DG_DB_QUERY_FAILED', location: { path: 'x.cypher', line: 3 } }));
  });
});

describe('readSchema', () => {
  it('reads the files in name order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-schema-'));
    writeFileSync(join(dir, '010_b.cypher'), 'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n');
    writeFileSync(join(dir, '000_a.cypher'), 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n');
    writeFileSync(join(dir, 'notes.md'), 'CREATE INDEX c FOR (n:C) ON (n.z);\n');
    expect(readSchema(dir).map((s) => s.file)).toEqual([join(dir, '000_a.cypher'), join(dir, '010_b.cypher')]);
  });

  it('refuses a CREATE without IF NOT EXISTS, with file and line, before anything runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-schema-'));
    writeFileSync(join(dir, '000_a.cypher'), '// x\nCREATE CONSTRAINT a_key_unique\n  FOR (n:A) REQUIRE n.key IS UNIQUE;\n');
    let err: unknown;
    try { readSchema(dir); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(DatabaseError);
    expect((err as DatabaseError).toString()).toBe(`${join(dir, '000_a.cypher')}:2: a schema CREATE must say IF NOT EXISTS, so that applying the schema again changes nothing [DG_DB_QUERY_FAILED]`);
  });

  it('refuses a DROP without IF EXISTS, with file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-schema-'));
    writeFileSync(join(dir, '050_drop.cypher'), 'DROP INDEX a IF EXISTS;\nDROP INDEX b;\n');
    let err: unknown;
    try { readSchema(dir); } catch (e) { err = e; }
    expect((err as DatabaseError).toString()).toBe(`${join(dir, '050_drop.cypher')}:2: a schema DROP must say IF EXISTS, so that applying the schema again changes nothing [DG_DB_QUERY_FAILED]`);
  });

  it('the project schema is readable and names constraints <label>_<prop>_unique', () => {
    const statements = readSchema('schema');
    expect(statements[0]).toMatchObject({ file: 'schema/000_foundation.cypher', line: 6 });
    for (const s of statements) {
      const m = /^CREATE CONSTRAINT (\w+) IF NOT EXISTS FOR \((\w+):(\w+)\) REQUIRE \2\.(\w+) IS UNIQUE$/.exec(s.cypher);
      if (m) expect(m[1]).toBe(`${m[3]!.toLowerCase()}_${m[4]!.toLowerCase()}_unique`);
    }
    expect(statements.map((s) => s.cypher)).toContain('CREATE CONSTRAINT organization_key_unique IF NOT EXISTS FOR (o:Organization) REQUIRE o.key IS UNIQUE');
    // Indexes no query reads (docs/graph-model.md): created by no file, dropped from older graphs.
    expect(statements.filter((s) => /directive_text|task_text/.test(s.cypher)).map((s) => [s.file, s.cypher])).toEqual([
      ['schema/050_drop_unused_indexes.cypher', 'DROP INDEX directive_text IF EXISTS'],
      ['schema/050_drop_unused_indexes.cypher', 'DROP INDEX task_text IF EXISTS'],
    ]);
  });
});
