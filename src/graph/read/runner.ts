import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { autoCommit, type GraphTarget } from '../executor.js';
import type { Query } from '../query.js';

/**
 * Runs read builders' queries for the API through the executor: each an auto-commit read with a
 * server transaction timeout, not a managed transaction (that retries an unreachable server for
 * 30 s, and a GraphQL client should hear DB_UNAVAILABLE at once). The driver reconnects by itself
 * on the next query once Neo4j is back, so nothing here holds connection state.
 */
export interface ReadRunner {
  /** Runs one query and returns its rows as plain objects (see toPlain). */
  run<T>(query: Query, what: string, opts?: RunOptions<T>): Promise<T[]>;
  /** Throws DG_DB_UNAVAILABLE unless Neo4j answers a trivial query. */
  ping(): Promise<void>;
}

export interface RunOptions<T = unknown> {
  /**
   * The answer may come from the server's cache of answers (cache.ts) while the graph has not
   * changed: for bounded answers that many requests ask alike. Rows may then be shared between
   * requests, frozen: a caller must not change them.
   */
  cache?: boolean;
  /**
   * Each row as the caller keeps it, made from the row as decoded (which it may change: it is this
   * answer's own), once per answer: before the cache shares it, so that a cached answer is not
   * worked over again by every request that reads it (a lean derivedTasks page put back into whole
   * rows per request cost the cached path 3.4-3.9 ms of the server's CPU instead of 0.7). It must
   * depend on the query alone: the cache keys answers by the query's text and parameters.
   */
  shape?: (row: T) => T;
}

export interface ReadRunnerOptions {
  /** Overrides the target's database. */
  database?: string | undefined;
  /** Server-side transaction timeout of each query. */
  timeoutMs: number;
}

/** `target` may be a bare driver (the default database) or a GraphTarget. */
export function createReadRunner(target: GraphTarget | Driver, opts: ReadRunnerOptions): ReadRunner {
  const base: GraphTarget = 'driver' in target ? target : { driver: target };
  const where: GraphTarget = { driver: base.driver, database: opts.database ?? base.database };
  async function run<T>(query: Query, what: string, runOpts?: RunOptions<T>): Promise<T[]> {
    const rows = await autoCommit(where, query, { what, mode: 'READ', timeoutMs: opts.timeoutMs, retryOnceIfUnavailable: true });
    const shape = runOpts?.shape;
    return rows.map((r) => (shape ? shape(toPlain(r) as T) : toPlain(r) as T));
  }
  return {
    run,
    async ping() {
      await run({ cypher: 'RETURN 1 AS one', params: {} }, 'checking readiness');
    },
  };
}

/**
 * Driver values to plain JSON-like values: integers to numbers, temporal values to ISO strings,
 * nodes and relationships to their properties. Queries project maps and lists, so this is mostly
 * the leaves: lists and maps are converted in place (the driver made them for this answer alone,
 * and nothing else holds them), so that a lineage of 600 directives, about 2,000 lists, is not
 * copied once more before anyone reads it. Leaves are told apart first: they are most values.
 */
export function toPlain(value: unknown): unknown {
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value ?? null;
  if (value === null) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) ||
    neo4j.isLocalTime(value) || neo4j.isDuration(value)) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain({ ...value.properties });
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const k of Object.keys(map)) map[k] = toPlain(map[k]);
    return map;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}
