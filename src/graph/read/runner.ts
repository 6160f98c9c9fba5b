import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { DatabaseError, QueryError } from '../../errors.js';
import type { Query } from '../query.js';
import { toDatabaseError } from '../run.js';

/**
 * Executes read builders' queries for the API. Every query is an auto-commit read with a server
 * transaction timeout, not `executeRead`: a managed transaction retries an unreachable server for
 * 30 s, and a GraphQL client should hear DB_UNAVAILABLE at once. The driver reconnects by itself on
 * the next query once Neo4j is back, so nothing here holds connection state.
 */
export interface ReadRunner {
  /** Runs one query and returns its rows as plain objects (see toPlain). */
  run<T>(query: Query, what: string): Promise<T[]>;
  /** Throws DG_DB_UNAVAILABLE unless Neo4j answers a trivial query. */
  ping(): Promise<void>;
}

export interface ReadRunnerOptions {
  database?: string | undefined;
  /** Server-side transaction timeout of each query. */
  timeoutMs: number;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

function codeOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}

function isUnavailable(err: unknown): boolean {
  return UNAVAILABLE_CODES.has(codeOf(err));
}

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

export function createReadRunner(driver: Driver, opts: ReadRunnerOptions): ReadRunner {
  const sessionOpts = { defaultAccessMode: neo4j.session.READ, ...(opts.database ? { database: opts.database } : {}) };

  async function once<T>(query: Query): Promise<T[]> {
    const session = driver.session(sessionOpts);
    try {
      const result = await session.run(query.cypher, query.params, { timeout: opts.timeoutMs });
      return result.records.map((r) => toPlain(r.toObject()) as T);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async function run<T>(query: Query, what: string): Promise<T[]> {
    try {
      return await once<T>(query);
    } catch (first) {
      // After a restart of Neo4j the pool still holds connections to the old process: the first
      // query on one fails although the server is back. One immediate retry on a fresh connection
      // tells the two apart; a server that is really down refuses the retry at once as well.
      if (!isUnavailable(first)) throw toReadError(first, what, opts.timeoutMs);
      try {
        return await once<T>(query);
      } catch (second) {
        throw toReadError(second, what, opts.timeoutMs);
      }
    }
  }

  return {
    run,
    async ping() {
      await run({ cypher: 'RETURN 1 AS one', params: {} }, 'checking readiness');
    },
  };
}

/** Maps a driver failure to the project's errors: a timeout is a limit the user hit, not a crash. */
export function toReadError(err: unknown, what: string, timeoutMs: number): DatabaseError | QueryError {
  if (err instanceof DatabaseError || err instanceof QueryError) return err;
  const code = codeOf(err);
  if (TIMEOUT_CODES.has(code)) {
    return new QueryError('DG_LIMIT_EXCEEDED', `the query ran longer than the Neo4j transaction timeout of ${timeoutMs} ms while ${what}; narrow it (smaller maxDepth or first)`, {
      cause: err,
      details: { limit: 'transactionTimeout', max: timeoutMs },
    });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new DatabaseError('DG_DB_UNAVAILABLE', `Neo4j refused the credentials while ${what} (check NEO4J_USER and NEO4J_PASSWORD)`, { cause: err, details: { neo4jCode: code } });
  }
  return toDatabaseError(err, what);
}

/**
 * Driver values to plain JSON-like values: integers to numbers, temporal values to ISO strings,
 * nodes and relationships to their properties. Queries project maps, so this is mostly the leaves.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value;
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) ||
    neo4j.isLocalTime(value) || neo4j.isDuration(value)) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}
