import { autoCommit, type GraphTarget } from './executor.js';

/**
 * Emptying a database, in transactions of bounded size (a 100,000-node graph is never deleted in
 * one transaction).
 *
 * Relationships go first, 10,000 per transaction, then the nodes. A batch of nodes deleted with
 * DETACH DELETE carries all of their relationships into one transaction, and a cascade has hubs: a
 * city order cited by every ward, an issuer of thousands of documents. On the 100,000-document bench
 * corpus one batch of 5,000 nodes needed more than the 716 MiB the server allows all transactions
 * together (`dbms.memory.transaction.total.max` at a 1 GiB heap) and the reset failed. Counting
 * relationships bounds each transaction whatever the graph's shape. The node pass still detaches:
 * a writer running at the same time may have added an edge since.
 */
export const CLEAR_RELATIONSHIPS = 'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS';
export const CLEAR_NODES = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';

/** For benchmarks and a user's reset; tests have their own helper. */
export async function clearGraph(target: GraphTarget): Promise<void> {
  // CALL { } IN TRANSACTIONS runs only in an auto-commit transaction, never in a managed one.
  await autoCommit(target, { cypher: CLEAR_RELATIONSHIPS, params: {} }, { what: 'clearing the graph', mode: 'WRITE' });
  await autoCommit(target, { cypher: CLEAR_NODES, params: {} }, { what: 'clearing the graph', mode: 'WRITE' });
}
