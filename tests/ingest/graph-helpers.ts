import type { Driver } from 'neo4j-driver';
import { graphCounts, type GraphCounts } from '../../src/graph/read/counts.js';
import type { GraphTarget } from '../../src/graph/executor.js';

/** Small read helpers for integration tests: plain Cypher through the test driver. */
export function graphTools(get: () => { driver: Driver; database?: string | undefined }) {
  const target = (): GraphTarget => get();
  async function q<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const { driver, database } = get();
    const session = driver.session(database ? { database } : {});
    try {
      return (await session.run(cypher, params)).records.map((r) => r.toObject() as T);
    } finally {
      await session.close();
    }
  }
  async function counts(): Promise<GraphCounts> {
    return graphCounts(target());
  }
  /** Edges as `from -TYPE-> to` lines (numbers, or keys when unnumbered), sorted: easy to compare whole. */
  async function edgeLines(type: string): Promise<string[]> {
    const rows = await q<{ line: string }>(
      `MATCH (a)-[r]->(b) WHERE type(r) = $type
       RETURN coalesce(a.number, a.key) + ' -' + type(r) + '-> ' + coalesce(b.number, b.key) AS line`,
      { type },
    );
    return rows.map((r) => r.line).sort();
  }
  return { target, q, counts, edgeLines };
}
