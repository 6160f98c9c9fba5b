import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../src/errors.js';
import { createDriver } from '../../src/graph/driver.js';
import { autoCommit, verify } from '../../src/graph/executor.js';
import { applySchema, readSchema } from '../../src/graph/migrate.js';
import { testNeo4j, useGraph } from '../helpers/graph.js';

/** The basics every other integration test stands on: the driver, Vietnamese text, the schema. */
const graph = useGraph();

const codeUnits = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

async function run(cypher: string, params: Record<string, unknown> = {}) {
  return autoCommit({ driver: graph.driver }, { cypher, params }, { mode: 'WRITE', what: 'running a foundation probe' });
}

describe('the test database', () => {
  it('answers RETURN 1 through the project driver', async () => {
    await expect(verify(graph.driver)).resolves.toBeUndefined();
    expect(['uri', 'testcontainers', 'embedded']).toContain(testNeo4j().kind);
  });

  it('is a Neo4j 5.26', async () => {
    const rows = await run("CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version");
    expect(rows[0]?.name).toBe('Neo4j Kernel');
    expect(String(rows[0]?.version)).toMatch(/^5\.26\./);
  });
});

describe('Vietnamese text', () => {
  it('stores and returns an NFC name with every code unit unchanged', async () => {
    const name = 'Quận ủy Hai Bà Trưng';
    expect(name).toBe(name.normalize('NFC'));
    await run('CREATE (:Organization {key: $key, name: $name})', { key: 'test:quan-uy-hbt', name });
    const rows = await run('MATCH (o:Organization {key: $key}) RETURN o.name AS name', { key: 'test:quan-uy-hbt' });
    expect(rows).toHaveLength(1);
    const back = rows[0]?.name as string;
    expect(back).toBe(name);
    expect(codeUnits(back)).toEqual(codeUnits(name));
    expect(Buffer.from(back, 'utf8').equals(Buffer.from(name, 'utf8'))).toBe(true);
  });

  it('does not normalise for us: an NFD string comes back NFD (clean.ts must do NFC before writing)', async () => {
    const nfd = 'Quận ủy Hai Bà Trưng'.normalize('NFD');
    await run('CREATE (:Probe {key: "nfd", name: $name})', { name: nfd });
    const rows = await run('MATCH (p:Probe {key: "nfd"}) RETURN p.name AS name, size(p.name) AS length');
    expect(codeUnits(rows[0]?.name as string)).toEqual(codeUnits(nfd));
    expect(rows[0]?.name).not.toBe(nfd.normalize('NFC'));
  });

  it('finds a node by a Vietnamese parameter', async () => {
    const rows = await run('MATCH (o:Organization {name: $name}) RETURN o.key AS key', { name: 'Quận ủy Hai Bà Trưng' });
    expect(rows.map((r) => r.key)).toEqual(['test:quan-uy-hbt']);
  });
});

describe('schema/*.cypher', () => {
  it('created the organisation key constraint', async () => {
    const rows = await run("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE name = 'organization_key_unique' RETURN type, labelsOrTypes, properties");
    expect(rows).toEqual([{ type: 'UNIQUENESS', labelsOrTypes: ['Organization'], properties: ['key'] }]);
  });

  it('applies again without error and without creating anything new', async () => {
    const before = await run('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n');
    const indexesBefore = await run('SHOW INDEXES YIELD name RETURN count(*) AS n');
    const applied = await applySchema(graph.driver);
    expect(applied.length).toBeGreaterThan(0);
    expect(applied[0]).toMatchObject({ file: 'schema/000_foundation.cypher', line: 6 });
    expect(await run('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n')).toEqual(before);
    expect(await run('SHOW INDEXES YIELD name RETURN count(*) AS n')).toEqual(indexesBefore);
  });

  it('every statement of every schema file exists in the database after applying', async () => {
    const names = readSchema('schema').map((s) => /^CREATE\s+(?:\w+\s+)*?(?:CONSTRAINT|INDEX)\s+(\w+)/i.exec(s.cypher)?.[1]).filter((n): n is string => n !== undefined && n.toUpperCase() !== 'IF');
    const constraints = (await run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names'))[0]?.names as string[];
    const indexes = (await run('SHOW INDEXES YIELD name RETURN collect(name) AS names'))[0]?.names as string[];
    expect(names).toContain('organization_key_unique');
    for (const name of names) expect([...constraints, ...indexes]).toContain(name);
  });

  it('rejects a second organisation with the same key', async () => {
    let err: unknown;
    try {
      await run('CREATE (:Organization:Unit {key: $key, name: $name})', { key: 'test:quan-uy-hbt', name: 'Quận ủy Hai Bà Trưng (bản sao)' });
    } catch (e) {
      err = e;
    }
    // The executor's one error mapper: a catalogue code, the server's own code in the details.
    expect(err).toBeInstanceOf(DatabaseError);
    expect((err as DatabaseError).code).toBe('DG_DB_QUERY_FAILED');
    expect((err as DatabaseError).details).toMatchObject({ neo4jCode: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
    expect((await run('MATCH (o:Organization {key: $key}) RETURN count(o) AS n', { key: 'test:quan-uy-hbt' }))[0]?.n).toBe(1);
  });

  it('names the file and line of a statement Neo4j refuses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-schema-'));
    writeFileSync(join(dir, '001_ok.cypher'), 'CREATE INDEX probe_key IF NOT EXISTS FOR (p:Probe) ON (p.key);\n');
    writeFileSync(join(dir, '002_bad.cypher'), '// a comment\n\nCREATE INDEX probe_bad IF NOT EXISTS\n  FOR (p:Probe) ONN (p.x);\n');
    let err: unknown;
    try {
      await applySchema(graph.driver, dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DatabaseError);
    const e = err as DatabaseError;
    expect(e.code).toBe('DG_DB_QUERY_FAILED');
    expect(e.location).toEqual({ path: join(dir, '002_bad.cypher'), line: 3 });
    expect(e.details?.neo4jCode).toBe('Neo.ClientError.Statement.SyntaxError');
    // The file before it was applied.
    expect((await run("SHOW INDEXES YIELD name WHERE name = 'probe_key' RETURN name")).length).toBe(1);
    await run('DROP INDEX probe_key IF EXISTS');
  });
});

describe('createDriver / verify', () => {
  it('maps an address where nothing listens to DG_DB_UNAVAILABLE naming the URI', async () => {
    // Port 1 on loopback: reserved, nothing listens there.
    const driver = createDriver({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'x', NEO4J_EMBEDDED_PORT: 7687 }, { connectionTimeoutMs: 2_000 });
    try {
      const err = await verify(driver).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(DatabaseError);
      expect((err as DatabaseError).code).toBe('DG_DB_UNAVAILABLE');
      expect((err as DatabaseError).message).toContain('bolt://127.0.0.1:1');
    } finally {
      await driver.close();
    }
  });

  it('returns integers as JS numbers', async () => {
    const rows = await run('RETURN 40 + 2 AS n, count(*) AS c');
    expect(rows[0]).toEqual({ n: 42, c: 1 });
  });
});
