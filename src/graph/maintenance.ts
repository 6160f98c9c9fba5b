import { autoCommit, type GraphTarget } from './executor.js';

/**
 * Emptying a database, in transactions of bounded size (a 100,000-node graph is never deleted in
 * one transaction). For benchmarks and a user's `reset`; tests have their own helper.
 */
export const CLEAR_GRAPH = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS';

export async function clearGraph(target: GraphTarget): Promise<void> {
  // CALL { } IN TRANSACTIONS runs only in an auto-commit transaction, never in a managed one.
  await autoCommit(target, { cypher: CLEAR_GRAPH, params: {} }, { what: 'clearing the graph', mode: 'WRITE' });
}
