import type { GraphTarget } from './write/index.js';
import { toDatabaseError } from './run.js';

/**
 * Emptying a database, in transactions of bounded size (a 100,000-node graph is never deleted in
 * one transaction). For benchmarks and a user's `reset`; tests have their own helper.
 */
export const CLEAR_GRAPH = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS';

export async function clearGraph(target: GraphTarget): Promise<void> {
  // CALL { } IN TRANSACTIONS runs only in an auto-commit transaction: session.run, not executeWrite.
  const session = target.driver.session(target.database ? { database: target.database } : {});
  try {
    await session.run(CLEAR_GRAPH);
  } catch (err) {
    throw toDatabaseError(err, 'clearing the graph');
  } finally {
    await session.close();
  }
}
