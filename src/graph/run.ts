import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { DatabaseError } from '../errors.js';
import type { Query } from './query.js';

/**
 * The one place that executes query builders' output and turns Neo4j failures into the
 * project's DatabaseError codes (a user sees DG_DB_UNAVAILABLE or DG_DB_QUERY_FAILED with the
 * server's own code in `details`, never a raw driver stack).
 */

/** What a write changed, summed over the statements of a transaction. */
export interface WriteStats {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export function emptyStats(): WriteStats {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

export function addStats(a: WriteStats, b: WriteStats): WriteStats {
  return {
    nodesCreated: a.nodesCreated + b.nodesCreated,
    nodesDeleted: a.nodesDeleted + b.nodesDeleted,
    relationshipsCreated: a.relationshipsCreated + b.relationshipsCreated,
    relationshipsDeleted: a.relationshipsDeleted + b.relationshipsDeleted,
    propertiesSet: a.propertiesSet + b.propertiesSet,
  };
}

function statsOf(result: QueryResult): WriteStats {
  const u = result.summary.counters.updates();
  return {
    nodesCreated: u.nodesCreated,
    nodesDeleted: u.nodesDeleted,
    relationshipsCreated: u.relationshipsCreated,
    relationshipsDeleted: u.relationshipsDeleted,
    propertiesSet: u.propertiesSet,
  };
}

/** Codes the driver uses when the server is not there (as opposed to refusing a query). */
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function toDatabaseError(err: unknown, what: string): DatabaseError {
  if (err instanceof DatabaseError) return err;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
  const message = err instanceof Error ? err.message : String(err);
  if (code && UNAVAILABLE.has(code)) {
    return new DatabaseError('DG_DB_UNAVAILABLE', `Neo4j cannot be reached while ${what}: ${message}`, { cause: err, details: { neo4jCode: code } });
  }
  return new DatabaseError('DG_DB_QUERY_FAILED', `Neo4j failed while ${what}: ${message}`, { cause: err, details: { neo4jCode: code } });
}

/** Runs one query inside a transaction and returns its rows as plain objects. */
export async function runIn<T extends RecordShape = RecordShape>(tx: ManagedTransaction, q: Query): Promise<{ rows: T[]; stats: WriteStats }> {
  const result = await tx.run<T>(q.cypher, q.params);
  return { rows: result.records.map((r) => r.toObject()), stats: statsOf(result) };
}

export interface RunOptions {
  database?: string | undefined;
  /** Said in the error message: "Neo4j failed while <what>". */
  what: string;
}

/** One read transaction: the work function may run several queries through `runIn`. */
export async function readTx<R>(driver: Driver, opts: RunOptions, work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...(opts.database ? { database: opts.database } : {}) });
  try {
    return await session.executeRead(work);
  } catch (err) {
    throw toDatabaseError(err, opts.what);
  } finally {
    await session.close();
  }
}

/** One write transaction: all or nothing; the driver retries it on transient errors. */
export async function writeTx<R>(driver: Driver, opts: RunOptions, work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, ...(opts.database ? { database: opts.database } : {}) });
  try {
    return await session.executeWrite(work);
  } catch (err) {
    throw toDatabaseError(err, opts.what);
  } finally {
    await session.close();
  }
}

/** A single read query. */
export async function read<T extends RecordShape = RecordShape>(driver: Driver, q: Query, opts: RunOptions): Promise<T[]> {
  return readTx(driver, opts, async (tx) => (await runIn<T>(tx, q)).rows);
}
