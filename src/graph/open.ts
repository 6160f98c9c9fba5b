import { createDriver, describeTarget, type DriverOptions, type Target } from './driver.js';
import { graphVersion, verify, type GraphTarget } from './executor.js';
import { applySchema } from './migrate.js';
import { createReadRunner, type ReadRunner } from './read/runner.js';
import { backfillSearchText } from './write/backfill.js';

/**
 * Opening the database, written once for every command and the API: a driver for the configured
 * Neo4j, a check that it answers, and the schema (constraints, indexes) applied. Commands that need
 * the graph call `openGraph`; the API, which must start while Neo4j is still down, calls
 * `connectGraph` and then `prepare` when it can.
 */
export interface Graph extends GraphTarget {
  /** One line for logs: which Neo4j, where. */
  readonly description: string;
  /**
   * Checks that Neo4j answers, then applies schema/*.cypher and fills the stored values a store of
   * an earlier version lacks (write/backfill.ts); both are idempotent.
   */
  prepare(): Promise<void>;
  /** The API's read runner over this graph (auto-commit reads with a server timeout). */
  reads(opts: { timeoutMs: number }): ReadRunner;
  /** The graph's version now (executor.ts graphVersion): changes with every committed write. */
  version(): Promise<string>;
  close(): Promise<void>;
}

export interface OpenOptions extends DriverOptions {
  /** Apply schema/*.cypher and the backfill in `prepare` (default true). */
  schema?: boolean;
  /** Where `prepare` says what it filled in (nothing is said when there was nothing to fill). */
  log?: ((line: string) => void) | undefined;
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
      if (opts.schema === false) return;
      await applySchema({ driver, database });
      const filled = await backfillSearchText({ driver, database });
      if (filled > 0) opts.log?.(`stored the folded name and area (searchText) of ${filled} organisations written before it was stored: searches read it instead of folding`);
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
