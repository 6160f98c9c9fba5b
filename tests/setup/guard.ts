import neo4j from 'neo4j-driver';

/**
 * The test suite wipes its database before each integration file. This guard makes sure that
 * database is one the tests own, so that pointing the suite at a server with real data cannot
 * destroy it.
 *
 * Ownership is a marker the harness writes into a database it found empty: an index on a label no
 * node ever carries. A schema object survives `DETACH DELETE` (so the marker stays across test
 * files) and adds no node or edge (so the tests' counts stay exact). A database that holds nodes
 * and no marker is someone else's: the run stops before touching it, unless the user says
 * TEST_NEO4J_ALLOW_NONEMPTY=1, which adopts it (writes the marker) and lets the tests wipe it.
 */

/*
 * It opens its sessions on a bare driver, not through src/graph/executor.ts, on purpose: it runs
 * in the global setup, before any code under test, and a fault in that code must never be able to
 * switch off the check that keeps the tests from deleting someone's data. It is on the allow-list
 * of tests/architecture.test.ts for that reason.
 */
export const MARKER_INDEX = 'dg_test_harness_marker';
const MARKER_CYPHER = `CREATE INDEX ${MARKER_INDEX} IF NOT EXISTS FOR (n:DgTestHarnessMarker) ON (n.createdBy)`;

export interface GuardTarget {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export type GuardOutcome = 'owned' | 'adopted-empty' | 'adopted-by-request';

/** Thrown when the tests would otherwise wipe a database they did not create. */
export class ForeignDatabaseError extends Error {
  constructor(readonly uri: string, readonly nodes: number) {
    super(
      `refusing to run the integration tests against ${uri}: it holds ${nodes} node(s) that the test suite did not create ` +
      `(no ${MARKER_INDEX} index), and each test file deletes every node. Point TEST_NEO4J_URI at an empty database, ` +
      `or set TEST_NEO4J_ALLOW_NONEMPTY=1 if its content may be deleted.`,
    );
    this.name = 'ForeignDatabaseError';
  }
}

async function withSession<T>(target: GuardTarget, work: (session: neo4j.Session) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), { disableLosslessIntegers: true });
  const session = driver.session(target.database ? { database: target.database } : {});
  try {
    return await work(session);
  } finally {
    await session.close();
    await driver.close();
  }
}

async function hasMarker(session: neo4j.Session): Promise<boolean> {
  const r = await session.run('SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS n', { name: MARKER_INDEX });
  return Number(r.records[0]?.get('n')) > 0;
}

/**
 * Checks (and, for an empty database, claims) the test database. `allowNonEmpty` is the user's
 * explicit consent to wipe a database that holds data the tests did not write.
 */
export async function guardTestDatabase(target: GuardTarget, opts: { allowNonEmpty: boolean }): Promise<GuardOutcome> {
  return withSession(target, async (session) => {
    if (await hasMarker(session)) return 'owned';
    const nodes = Number((await session.run('MATCH (n) RETURN count(n) AS n')).records[0]?.get('n'));
    if (nodes > 0 && !opts.allowNonEmpty) throw new ForeignDatabaseError(target.uri, nodes);
    await session.run(MARKER_CYPHER);
    return nodes > 0 ? 'adopted-by-request' : 'adopted-empty';
  });
}

/** For the wipe itself: true only when the database carries the harness's marker. */
export async function isTestDatabase(target: GuardTarget): Promise<boolean> {
  return withSession(target, hasMarker);
}

/** Removes the marker (the refusal test uses it to play a database the tests do not own). */
export async function dropMarker(target: GuardTarget): Promise<void> {
  await withSession(target, async (session) => {
    await session.run(`DROP INDEX ${MARKER_INDEX} IF EXISTS`);
  });
}
