import { readTx, runIn, type GraphTarget } from '../executor.js';
import { cypher, type Query } from '../query.js';

/** Node counts by label and edge counts by type: the ingest summary's totals and the tests' yardstick. */
export interface GraphCounts {
  nodes: Record<string, number>;
  edges: Record<string, number>;
  totalNodes: number;
  totalEdges: number;
}

export function countNodesByLabel(): Query {
  return {
    cypher: cypher`
      CALL db.labels() YIELD label
      CALL (label) {
        MATCH (n) WHERE label IN labels(n)
        RETURN count(n) AS count
      }
      RETURN label, count
    `,
    params: {},
  };
}

export function countEdgesByType(): Query {
  return {
    cypher: cypher`
      CALL db.relationshipTypes() YIELD relationshipType AS type
      CALL (type) {
        MATCH ()-[r]->() WHERE type(r) = type
        RETURN count(r) AS count
      }
      RETURN type, count
    `,
    params: {},
  };
}

export function countAll(): Query {
  return {
    cypher: cypher`
      CALL () { MATCH (n) RETURN count(n) AS nodes }
      CALL () { MATCH ()-[r]->() RETURN count(r) AS edges }
      RETURN nodes, edges
    `,
    params: {},
  };
}

export async function graphCounts(target: GraphTarget): Promise<GraphCounts> {
  return readTx(target, { what: 'counting the graph' }, async (tx) => {
    const nodes: Record<string, number> = {};
    for (const r of (await runIn<{ label: string; count: unknown }>(tx, countNodesByLabel())).rows) {
      const n = Number(r.count);
      if (n > 0) nodes[r.label] = n;
    }
    const edges: Record<string, number> = {};
    for (const r of (await runIn<{ type: string; count: unknown }>(tx, countEdgesByType())).rows) {
      const n = Number(r.count);
      if (n > 0) edges[r.type] = n;
    }
    const all = (await runIn<{ nodes: unknown; edges: unknown }>(tx, countAll())).rows[0];
    return { nodes, edges, totalNodes: Number(all?.nodes ?? 0), totalEdges: Number(all?.edges ?? 0) };
  });
}
