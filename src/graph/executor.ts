import neo4j from 'neo4j-driver';
import type { BookmarkManager, Driver, ManagedTransaction, QueryResult, RecordShape, Session } from 'neo4j-driver';
import { DatabaseError, DirectiveGraphError, QueryError, type ErrorLocation } from '../errors.js';
import { boltUri, targetOf } from './driver.js';
import type { Query } from './query.js';

/**
 * The one way into Neo4j: every session of the program is opened here, and every driver failure
 * leaves here as one of the catalogue's codes (DG_DB_UNAVAILABLE, DG_DB_QUERY_FAILED,
 * DG_LIMIT_EXCEEDED) with the server's own code in `details`, never as a raw driver stack.
 *
 * Two kinds of work:
 * - managed transactions (`readTx`, `writeTx`): several statements, all or nothing, retried by the
 *   driver on transient errors. Ingest and the reports use these.
 * - auto-commit statements (`autoCommit`): one statement, no retry loop. For what a managed
 *   transaction cannot run (schema changes, `CALL { } IN TRANSACTIONS`) and for the API's reads,
 *   where a client should hear DG_DB_UNAVAILABLE at once rather than after 30 s of retries.
 */

/** Where queries go: a driver and, when NEO4J_DATABASE is set, the database. */
export interface GraphTarget {
  driver: Driver;
  database?: string | undefined;
}

/**
 * Causal chaining across sessions: pass the same manager to a write and to the reads that must see
 * it. On a single server every committed write is visible anyway; on a cluster a follower could
 * otherwise answer from before the write. The driver's own bookmark manager, not a holder of the
 * last session's bookmarks: the ingest runs a lookup and a write at once (pipelined batches), and
 * a holder would let the read that closes last put back bookmarks older than the write's.
 */
export type Bookmarks = BookmarkManager;

export function newBookmarks(): Bookmarks {
  return neo4j.bookmarkManager();
}

export interface TxOptions {
  /** Said in the error message: "Neo4j failed while <what>". */
  what: string;
  /** Server-side transaction timeout; running past it is DG_LIMIT_EXCEEDED. */
  timeoutMs?: number | undefined;
  bookmarks?: Bookmarks | undefined;
}

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

// ---------------------------------------------------------------------------------------------
// The error mapper: one set of codes for every caller.

/** No server answers (as opposed to one that refuses a query): DG_DB_UNAVAILABLE. */
export const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** The server refused the user or password: DG_DB_UNAVAILABLE too, with a hint at the variables. */
export const CREDENTIAL_CODES: ReadonlySet<string> = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/** The statement ran past the transaction timeout: a limit the user hit (DG_LIMIT_EXCEEDED), not a crash. */
export const TIMEOUT_CODES: ReadonlySet<string> = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

export function neo4jCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

export interface ErrorContext {
  /** Names the server in the message (connection checks do; query failures need not). */
  uri?: string | undefined;
  timeoutMs?: number | undefined;
  /** A schema file and line, when the statement came from one. */
  location?: ErrorLocation | undefined;
}

/** Maps any failure met while talking to Neo4j to the catalogue. Errors already of the catalogue pass through. */
export function toGraphError(err: unknown, what: string, ctx: ErrorContext = {}): DirectiveGraphError {
  if (err instanceof DirectiveGraphError) return err;
  const code = neo4jCode(err);
  const message = err instanceof Error ? err.message : String(err);
  const at = ctx.uri ? ` at ${ctx.uri}` : '';
  const opts = { cause: err, details: { neo4jCode: code, ...(ctx.uri ? { uri: ctx.uri } : {}) }, ...(ctx.location ? { location: ctx.location } : {}) };
  if (code && TIMEOUT_CODES.has(code)) {
    const limit = ctx.timeoutMs === undefined ? 'the Neo4j transaction timeout' : `the Neo4j transaction timeout of ${ctx.timeoutMs} ms`;
    return new QueryError('DG_LIMIT_EXCEEDED', `the query ran longer than ${limit} while ${what}; narrow it (smaller maxDepth or first)`, {
      cause: err,
      details: { limit: 'transactionTimeout', max: ctx.timeoutMs },
    });
  }
  if (code && CREDENTIAL_CODES.has(code)) {
    return new DatabaseError('DG_DB_UNAVAILABLE', `Neo4j${at} refused the credentials while ${what} (check NEO4J_USER and NEO4J_PASSWORD): ${message}`, opts);
  }
  if (code && UNAVAILABLE_CODES.has(code)) {
    const hint = !ctx.uri ? '' : ctx.uri.startsWith('bolt://127.0.0.1:')
      ? ' (is it running? `directive-graph db start`, or set NEO4J_URI)'
      : ' (is the server up and the address right?)';
    return new DatabaseError('DG_DB_UNAVAILABLE', `Neo4j${at} cannot be reached while ${what}${hint}: ${message}`, opts);
  }
  return new DatabaseError('DG_DB_QUERY_FAILED', `Neo4j${at} failed while ${what}: ${message}`, opts);
}

// ---------------------------------------------------------------------------------------------
// Sessions: opened here and nowhere else.

function openSession(target: GraphTarget, mode: 'READ' | 'WRITE', bookmarks?: Bookmarks): Session {
  return target.driver.session({
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    ...(target.database ? { database: target.database } : {}),
    ...(bookmarks ? { bookmarkManager: bookmarks } : {}),
  });
}

async function closeSession(session: Session): Promise<void> {
  await session.close().catch(() => undefined);
}

function txConfig(opts: { timeoutMs?: number | undefined }): { timeout?: number } {
  return opts.timeoutMs === undefined ? {} : { timeout: opts.timeoutMs };
}

/** Runs one query inside a transaction and returns its rows as plain objects. */
export async function runIn<T extends RecordShape = RecordShape>(tx: ManagedTransaction, q: Query): Promise<{ rows: T[]; stats: WriteStats }> {
  const result = await tx.run<T>(q.cypher, q.params);
  return { rows: result.records.map((r) => r.toObject()), stats: statsOf(result) };
}

/** One read transaction: the work function may run several queries through `runIn`. */
export async function readTx<R>(target: GraphTarget, opts: TxOptions, work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
  const session = openSession(target, 'READ', opts.bookmarks);
  try {
    return await session.executeRead(work, txConfig(opts));
  } catch (err) {
    throw toGraphError(err, opts.what, { timeoutMs: opts.timeoutMs });
  } finally {
    await closeSession(session);
  }
}

/** One write transaction: all or nothing; the driver retries it on transient errors. */
export async function writeTx<R>(target: GraphTarget, opts: TxOptions, work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
  const session = openSession(target, 'WRITE', opts.bookmarks);
  try {
    return await session.executeWrite(work, txConfig(opts));
  } catch (err) {
    throw toGraphError(err, opts.what, { timeoutMs: opts.timeoutMs });
  } finally {
    await closeSession(session);
  }
}

/** A single read query in a managed transaction. */
export async function read<T extends RecordShape = RecordShape>(target: GraphTarget, q: Query, opts: TxOptions): Promise<T[]> {
  return readTx(target, opts, async (tx) => (await runIn<T>(tx, q)).rows);
}

export interface AutoCommitOptions extends TxOptions {
  mode: 'READ' | 'WRITE';
  /**
   * After a restart of Neo4j the pool still holds connections to the old process: the first
   * statement on one fails although the server is back. One immediate retry on a fresh connection
   * tells the two apart; a server that is really down refuses the retry at once as well.
   */
  retryOnceIfUnavailable?: boolean;
  location?: ErrorLocation | undefined;
  uri?: string | undefined;
}

/** One statement in its own auto-commit transaction. */
export async function autoCommit<T extends RecordShape = RecordShape>(target: GraphTarget, q: Query, opts: AutoCommitOptions): Promise<T[]> {
  const once = async (): Promise<T[]> => {
    const session = openSession(target, opts.mode, opts.bookmarks);
    try {
      const result = await session.run<T>(q.cypher, q.params, txConfig(opts));
      return result.records.map((r) => r.toObject());
    } finally {
      await closeSession(session);
    }
  };
  const ctx = { timeoutMs: opts.timeoutMs, location: opts.location, uri: opts.uri };
  try {
    return await once();
  } catch (first) {
    const code = neo4jCode(first);
    if (!opts.retryOnceIfUnavailable || !code || !UNAVAILABLE_CODES.has(code)) throw toGraphError(first, opts.what, ctx);
    try {
      return await once();
    } catch (second) {
      throw toGraphError(second, opts.what, ctx);
    }
  }
}

/**
 * The graph's version as the server reports it: the bookmark of a trivial read, which names the
 * last write committed when it ran (any process's), and so changes with every write. '' when the
 * server gives no bookmark. The read-answer cache (read/cache.ts) keys its answers by it.
 */
export async function graphVersion(target: GraphTarget, opts: TxOptions): Promise<string> {
  const once = async (): Promise<string> => {
    const session = openSession(target, 'READ', opts.bookmarks);
    try {
      await session.run('RETURN 1', {}, txConfig(opts));
      return session.lastBookmarks().join(',');
    } finally {
      await closeSession(session);
    }
  };
  try {
    return await once();
  } catch (first) {
    // As autoCommit's retryOnceIfUnavailable: a pooled connection to a Neo4j that has restarted.
    const code = neo4jCode(first);
    if (!code || !UNAVAILABLE_CODES.has(code)) throw toGraphError(first, opts.what, { timeoutMs: opts.timeoutMs });
    try {
      return await once();
    } catch (second) {
      throw toGraphError(second, opts.what, { timeoutMs: opts.timeoutMs });
    }
  }
}

/**
 * Throws DG_DB_UNAVAILABLE (naming the URI and what to check) unless Neo4j answers `RETURN 1`.
 * Auto-commit, not a managed transaction: those retry an unreachable server for 30 s, and a caller
 * polling for readiness wants the failure at once.
 */
export async function verify(driver: Driver): Promise<void> {
  const target = targetOf(driver);
  const uri = target ? boltUri(target) : 'the address the driver was given';
  const what = 'checking that it answers';
  const rows = await autoCommit<{ one: unknown }>({ driver, database: target?.NEO4J_DATABASE }, { cypher: 'RETURN 1 AS one', params: {} }, {
    what, mode: 'READ', uri,
  }).catch((err: unknown) => {
    // A refused query here means the server is not usable: the same code as one that is down.
    const mapped = toGraphError(err, what, { uri });
    if (mapped instanceof DatabaseError && mapped.code === 'DG_DB_QUERY_FAILED') {
      throw new DatabaseError('DG_DB_UNAVAILABLE', mapped.message, { cause: err, details: mapped.details });
    }
    throw mapped;
  });
  if (String(rows[0]?.one) !== '1') {
    throw new DatabaseError('DG_DB_UNAVAILABLE', `Neo4j at ${uri} answered RETURN 1 with something else`);
  }
}
