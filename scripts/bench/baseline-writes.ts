import type { Driver } from 'neo4j-driver';
import { now } from './measure.js';

/**
 * The raw write cost of the server: the ingest section's baseline. This is the one piece of Cypher
 * outside src/graph, on purpose: it measures Neo4j itself, not the project's writer, and touches
 * only its own label. Values go in as parameters like everywhere else.
 *
 * It opens its session on the bare driver, not through src/graph/executor.ts, and must stay so: a
 * baseline that went through the executor (its error mapping, transaction config, bookmarks) would
 * carry part of what the ingest measurement is compared against, and the comparison would hide the
 * executor's own cost. It is on the allow-list of tests/architecture.test.ts for that reason.
 */
export const BASELINE_CREATE = 'UNWIND $rows AS r CREATE (:BenchBaseline {k: r.k})';

/** Writes `total` rows, `perTransaction` per transaction, one transaction after the other. Returns the milliseconds. */
export async function writeBaselineRows(driver: Driver, total: number, perTransaction: number): Promise<{ ms: number; transactions: number }> {
  const size = Math.max(1, perTransaction);
  // Parameters are built before the clock starts: the ingest's rows are built by its own code too,
  // but that is part of what it is measured for; here only the server's work is wanted.
  const chunks: Array<Array<{ k: number }>> = [];
  for (let i = 0; i < total; i += size) chunks.push(Array.from({ length: Math.min(size, total - i) }, (_, j) => ({ k: i + j })));
  const session = driver.session();
  try {
    const t0 = now();
    for (const rows of chunks) {
      await session.executeWrite((tx) => tx.run(BASELINE_CREATE, { rows }));
    }
    return { ms: now() - t0, transactions: chunks.length };
  } finally {
    await session.close();
  }
}
