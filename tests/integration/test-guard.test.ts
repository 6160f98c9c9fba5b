import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanDatabase, testNeo4j, useGraph } from '../helpers/graph.js';
import { dropMarker, ForeignDatabaseError, guardTestDatabase, isTestDatabase } from '../setup/guard.js';

/**
 * The test suite deletes every node of its database before each file. These tests play a user's
 * database (nodes, no harness marker) and check that nothing in the harness deletes it.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const graph = useGraph();

async function count(cypher: string): Promise<number> {
  const r = await graph.driver.executeQuery(cypher, {}, graph.target.NEO4J_DATABASE ? { database: graph.target.NEO4J_DATABASE } : {});
  return Number(r.records[0]?.get(0));
}

async function playUsersDatabase(): Promise<void> {
  await dropMarker(testNeo4j());
  await graph.driver.executeQuery("CREATE (:Directive {key: 'doc:users-own|org:ubnd@p01|2021', number: '9/CT-UBND'})");
}

function runVitest(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('TEST_NEO4J') && k !== 'VITEST') childEnv[k] = v;
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'integration', 'tests/integration/test-guard.test.ts', '-t', 'no test has this name'], {
      cwd: ROOT, env: { ...childEnv, ...env },
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
    child.stderr.on('data', (b: Buffer) => { out += b.toString(); });
    child.on('close', (code) => done({ code, out }));
  });
}

describe('the test harness never deletes a database it did not create', () => {
  afterEach(async () => {
    // Whatever a test did, leave the database marked and empty for the next file.
    await guardTestDatabase(testNeo4j(), { allowNonEmpty: true });
    await cleanDatabase(graph.driver);
  });

  it('refuses a database holding nodes and no marker, and deletes nothing', async () => {
    await playUsersDatabase();
    const refusal = guardTestDatabase(testNeo4j(), { allowNonEmpty: false });
    await expect(refusal).rejects.toBeInstanceOf(ForeignDatabaseError);
    await expect(refusal).rejects.toThrow(/holds 1 node\(s\) that the test suite did not create.*TEST_NEO4J_ALLOW_NONEMPTY=1/);
    await expect(cleanDatabase(graph.driver)).rejects.toThrow(/does not carry the test harness's marker/);
    expect(await count('MATCH (d:Directive {number: "9/CT-UBND"}) RETURN count(d)')).toBe(1);
  });

  it('adopts such a database only when told to, and then may wipe it', async () => {
    await playUsersDatabase();
    expect(await guardTestDatabase(testNeo4j(), { allowNonEmpty: true })).toBe('adopted-by-request');
    expect(await isTestDatabase(testNeo4j())).toBe(true);
    await cleanDatabase(graph.driver);
    expect(await count('MATCH (n) RETURN count(n)')).toBe(0);
  });

  it('claims an empty database, and recognises it on the next run', async () => {
    await dropMarker(testNeo4j());
    expect(await guardTestDatabase(testNeo4j(), { allowNonEmpty: false })).toBe('adopted-empty');
    await graph.driver.executeQuery("CREATE (:Directive {key: 'doc:written-by-a-test'})");
    expect(await guardTestDatabase(testNeo4j(), { allowNonEmpty: false })).toBe('owned');
  });

  it('a whole test run given such a database through TEST_NEO4J_URI stops before any test, the data intact; NEO4J_URI is not used', async () => {
    await playUsersDatabase();
    const n = testNeo4j();
    const env: Record<string, string> = { TEST_NEO4J_URI: n.uri, TEST_NEO4J_USER: n.user, TEST_NEO4J_PASSWORD: n.password, NEO4J_URI: 'bolt://127.0.0.1:1' };
    if (n.database) env.TEST_NEO4J_DATABASE = n.database;
    const run = await runVitest(env);
    expect(run.code).not.toBe(0);
    expect(run.out).toContain(`refusing to run the integration tests against ${n.uri}: it holds 1 node(s)`);
    expect(await count('MATCH (d:Directive {number: "9/CT-UBND"}) RETURN count(d)')).toBe(1);
  });
});
