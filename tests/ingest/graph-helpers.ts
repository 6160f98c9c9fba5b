import type { Driver } from 'neo4j-driver';
import { graphCounts, type GraphCounts } from '../../src/graph/read/counts.js';
import { autoCommit, readTx, runIn, type GraphTarget } from '../../src/graph/executor.js';

/** Small read helpers for integration tests: plain Cypher through the test driver. */
export function graphTools(get: () => { driver: Driver; database?: string | undefined }) {
  const target = (): GraphTarget => get();
  async function q<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return (await autoCommit(get(), { cypher, params }, { mode: 'WRITE', what: 'running a test query' })) as T[];
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

/** Properties that record when, not what: left out of a canonical dump. */
const VOLATILE = new Set(['ingestedAt']);

function canonicalValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(canonicalValue);
  return String(v); // temporal values and the like: their ISO text
}

function canonicalProps(props: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(props).filter((k) => !VOLATILE.has(k)).sort().map((k) => [k, canonicalValue(props[k])]));
}

/**
 * The whole graph as sorted lines, one per node (labels + properties) and one per edge (its ends'
 * keys, type, properties): two graphs are the same data exactly when their dumps are equal.
 * Volatile timestamps (ingestedAt) are left out; every other property counts.
 */
export async function canonicalDump(driver: Driver, database?: string): Promise<{ nodes: string[]; edges: string[] }> {
  return readTx({ driver, database }, { what: 'dumping the test graph' }, async (tx) => {
    const nodeRows = (await runIn<{ labels: string[]; props: Record<string, unknown> }>(tx, { cypher: 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props', params: {} })).rows;
    const edgeRows = (await runIn<{ from: unknown; type: string; to: unknown; props: Record<string, unknown> }>(tx, {
      cypher: 'MATCH (a)-[r]->(b) RETURN a.key AS from, type(r) AS type, b.key AS to, properties(r) AS props', params: {},
    })).rows;
    const nodes = nodeRows.map((r) => `${[...r.labels].sort().join(':')} ${canonicalProps(r.props)}`);
    const edges = edgeRows.map((r) => `${String(r.from)} -${r.type}-> ${String(r.to)} ${canonicalProps(r.props)}`);
    return { nodes: nodes.sort(), edges: edges.sort() };
  });
}

/** The lines only one dump has (+ this one, - the reference): readable where a 2,000-line diff is not. */
export function dumpDifferences(got: { nodes: string[]; edges: string[] }, ref: { nodes: string[]; edges: string[] } | undefined): string[] {
  const mine = [...got.nodes, ...got.edges];
  const theirs = [...(ref?.nodes ?? []), ...(ref?.edges ?? [])];
  const a = new Set(mine);
  const b = new Set(theirs);
  return [...mine.filter((l) => !b.has(l)).map((l) => `+ ${l}`), ...theirs.filter((l) => !a.has(l)).map((l) => `- ${l}`)];
}
