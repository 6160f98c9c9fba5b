import type { Driver } from 'neo4j-driver';
import { now } from './measure.js';

/**
 * The raw write cost of the server: the ingest section's baseline. This is the one piece of Cypher
 * outside src/graph, on purpose: it measures Neo4j itself, not the project's writer, and touches
 * only its own label. Values go in as parameters like everywhere else.
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
