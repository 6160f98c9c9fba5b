import { afterAll, beforeAll, inject } from 'vitest';
import type { TestNeo4j } from '../setup/neo4j.js';
import { isTestDatabase, MARKER_INDEX } from '../setup/guard.js';
import { createDriver, sessionDatabase, type Driver, type Target } from '../../src/graph/driver.js';
import { autoCommit } from '../../src/graph/executor.js';
import { applySchema } from '../../src/graph/migrate.js';

/**
 * For integration tests: the Neo4j that tests/setup/neo4j.ts chose, as a driver, a config
 * target, or environment variables for a spawned CLI.
 *
 *   const graph = useGraph();            // in a test file: clean database + schema before its tests
 *   ... graph.driver ...                  // inside tests
 *
 * Files of the integration project run one at a time (vitest.config.ts), so wiping the whole
 * database at the start of each file lets them run in any order.
 */

export function testNeo4j(): TestNeo4j {
  return inject('neo4j');
}

/** A config target for src/graph (NEO4J_URI form, whichever kind of Neo4j the setup chose). */
export function testTarget(): Target {
  const n = testNeo4j();
  return { NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_DATABASE: n.database, NEO4J_EMBEDDED_PORT: 7687 };
}

/** Environment for a child process (the CLI) that must use the test database. */
export function testEnv(extra: Record<string, string> = {}): Record<string, string> {
  const n = testNeo4j();
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  Object.assign(env, { NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NODE_ENV: 'test' });
  if (n.database) env.NEO4J_DATABASE = n.database;
  else delete env.NEO4J_DATABASE;
  return Object.assign(env, extra);
}

export function openTestDriver(): Driver {
  return createDriver(testTarget());
}

/**
 * Deletes every node and relationship, in batches so a large test graph does not need one huge
 * transaction. Constraints and indexes stay (applySchema is idempotent anyway).
 * Only in a database the harness marked as the tests' own (tests/setup/guard.ts): a second check,
 * right before the delete, that no path leads the tests to wipe a user's data.
 */
export async function cleanDatabase(driver: Driver): Promise<void> {
  const n = testNeo4j();
  if (!(await isTestDatabase(n))) {
    throw new Error(`cleanDatabase: ${n.uri} does not carry the test harness's marker (${MARKER_INDEX}); not deleting anything`);
  }
  // CALL { } IN TRANSACTIONS needs an auto-commit query, not a managed transaction.
  await autoCommit({ driver, ...sessionDatabase(testTarget()) }, { cypher: 'MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS', params: {} }, {
    mode: 'WRITE', what: 'emptying the test database',
  });
}

export interface GraphFixture {
  readonly driver: Driver;
  readonly target: Target;
}

/**
 * Opens a driver for the file, wipes the database and applies schema/*.cypher before its tests,
 * closes the driver after them.
 */
export function useGraph(opts: { clean?: boolean; schema?: boolean } = {}): GraphFixture {
  let driver: Driver | undefined;
  const target = testTarget();
  beforeAll(async () => {
    driver = createDriver(target);
    if (opts.clean !== false) await cleanDatabase(driver);
    if (opts.schema !== false) await applySchema(driver, 'schema', { database: target.NEO4J_DATABASE });
  });
  afterAll(async () => {
    await driver?.close();
  });
  return {
    get driver(): Driver {
      if (!driver) throw new Error('useGraph(): the driver exists only inside tests and hooks');
      return driver;
    },
    target,
  };
}
