import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';

export type { Driver } from 'neo4j-driver';

/**
 * The connection to Neo4j: NEO4J_URI when set (Docker, a server of the user's), else the
 * embedded server that src/db starts on 127.0.0.1:NEO4J_EMBEDDED_PORT.
 *
 * Choices every reader and writer relies on:
 * - Integers come back as JS numbers (`disableLosslessIntegers`): counts, depths and offsets in
 *   this project stay far below 2^53. Going the other way, a JS number is sent as a float, so a
 *   parameter Cypher needs as an integer (LIMIT, SKIP, a depth) must be wrapped in `neo4j.int`.
 * - TCP no-delay on the Bolt sockets: neo4j-driver >= 6.3 sets it on every socket it opens. Without
 *   it a query (RUN, then a small PULL) waits for the server's delayed ACK, ~40 ms a statement; the
 *   5.x driver needed a process-wide net.Socket patch for this.
 * - The configured user and password are always sent. The embedded server has auth off and
 *   accepts them; Docker and remote servers check them.
 */

export type Target = Pick<Config, 'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_EMBEDDED_PORT'> & {
  NEO4J_DATABASE?: string | undefined;
  /** How long a managed transaction retries (the driver's maxTransactionRetryTime); 30 s when absent. */
  NEO4J_MAX_RETRY_MS?: number | undefined;
  dataDir?: string | undefined;
};

/** The Bolt URI of the embedded server on a port. */
export function embeddedUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

/** The Bolt URI the project talks to. */
export function boltUri(target: Target): string {
  return target.NEO4J_URI ?? embeddedUri(target.NEO4J_EMBEDDED_PORT);
}

/** One line for logs: which Neo4j, where. */
export function describeTarget(target: Target): string {
  if (target.NEO4J_URI) return `Neo4j at ${target.NEO4J_URI} (NEO4J_URI)${target.NEO4J_DATABASE ? `, database ${target.NEO4J_DATABASE}` : ''}`;
  const data = target.dataDir ? `, data in ${target.dataDir}` : '';
  return `embedded Neo4j at ${embeddedUri(target.NEO4J_EMBEDDED_PORT)}${data}`;
}

export interface DriverOptions {
  /** How long to wait for a TCP connection; a short one makes a readiness poll cheap. */
  connectionTimeoutMs?: number;
  maxConnectionPoolSize?: number;
}

/** What each driver was made for, so that `verify` can name the URI without the caller repeating it. */
const targets = new WeakMap<Driver, Target>();

export function createDriver(target: Target, opts: DriverOptions = {}): Driver {
  const driver = neo4j.driver(boltUri(target), neo4j.auth.basic(target.NEO4J_USER, target.NEO4J_PASSWORD), {
    disableLosslessIntegers: true,
    connectionTimeout: opts.connectionTimeoutMs ?? 10_000,
    connectionAcquisitionTimeout: 60_000,
    maxTransactionRetryTime: target.NEO4J_MAX_RETRY_MS ?? 30_000,
    maxConnectionPoolSize: opts.maxConnectionPoolSize ?? 20,
    userAgent: 'directive-graph/0.1',
  });
  targets.set(driver, target);
  return driver;
}

/** Session options that carry NEO4J_DATABASE when it is set. */
export function sessionDatabase(target: Pick<Target, 'NEO4J_DATABASE'>): { database?: string } {
  return target.NEO4J_DATABASE ? { database: target.NEO4J_DATABASE } : {};
}

/** The target a driver was made for (what `verify` names in its message). */
export function targetOf(driver: Driver): Target | undefined {
  return targets.get(driver);
}
