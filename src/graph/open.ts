import { createDriver, describeTarget, type DriverOptions, type Target } from './driver.js';
import { graphVersion, verify, type GraphTarget } from './executor.js';
import { applySchema } from './migrate.js';
import { createReadRunner, type ReadRunner } from './read/runner.js';

/**
 * Opening the database, written once for every command and the API: a driver for the configured
 * Neo4j, a check that it answers, and the schema (constraints, indexes) applied. Commands that need
 * the graph call `openGraph`; the API, which must start while Neo4j is still down, calls
 * `connectGraph` and then `prepare` when it can.
 */
export interface Graph extends GraphTarget {
  /** One line for logs: which Neo4j, where. */
  readonly description: string;
  /** Checks that Neo4j answers, then applies schema/*.cypher (idempotent). */
  prepare(): Promise<void>;
  /** The API's read runner over this graph (auto-commit reads with a server timeout). */
  reads(opts: { timeoutMs: number }): ReadRunner;
  /** The graph's version now (executor.ts graphVersion): changes with every committed write. */
  version(): Promise<string>;
  close(): Promise<void>;
}

export interface OpenOptions extends DriverOptions {
  /** Apply schema/*.cypher in `prepare` (default true). */
  schema?: boolean;
}

/** A driver and what goes with it; nothing is sent to Neo4j yet. */
export function connectGraph(config: Target, opts: OpenOptions = {}): Graph {
  const driver = createDriver(config, opts);
  const database = config.NEO4J_DATABASE;
  return {
    driver,
    database,
    description: describeTarget(config),
    async prepare() {
      await verify(driver);
      if (opts.schema !== false) await applySchema({ driver, database });
    },
    reads: ({ timeoutMs }) => createReadRunner({ driver, database }, { timeoutMs }),
    version: () => graphVersion({ driver, database }, { what: 'reading the graph\'s version', timeoutMs: 10_000 }),
    close: () => driver.close(),
  };
}

/** `connectGraph` + `prepare`; the driver is closed again when Neo4j does not answer. */
export async function openGraph(config: Target, opts: OpenOptions = {}): Promise<Graph> {
  const graph = connectGraph(config, opts);
  try {
    await graph.prepare();
  } catch (err) {
    await graph.close();
    throw err;
  }
  return graph;
}
