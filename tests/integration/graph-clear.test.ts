import { describe, expect, it } from 'vitest';
import { clearGraph } from '../../src/graph/maintenance.js';
import { useGraph } from '../helpers/graph.js';
import { graphTools } from '../ingest/graph-helpers.js';

/**
 * Emptying a graph that has a hub. On the 100,000-document bench corpus the reset used to fail:
 * a batch of nodes deleted with DETACH DELETE took every relationship of a hub (a city order cited
 * by every ward) into one transaction, past the server's transaction memory limit
 * (`dbms.memory.transaction.total.max`). Community Neo4j cannot lower that limit at run time
 * (`dbms.setConfigValue` is an Enterprise procedure), so the memory failure itself is reproduced
 * by the bench (`npm run bench -- --docs 100000`), and this test checks that the two-pass reset
 * empties a graph with a hub of 30,000 relationships, and nothing else survives.
 */
const graph = useGraph();
const tools = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));
const HUB_DEGREE = 30_000;

async function buildHub(): Promise<void> {
  await tools.q(
    `CREATE (hub:ClearTestHub {key: 'hub'})
     WITH hub UNWIND range(1, $n) AS i
     CREATE (:ClearTestLeaf {key: 'leaf-' + toString(i), text: 'một văn bản thực hiện chỉ thị của thành phố'})-[:IMPLEMENTS {via: 'test'}]->(hub)`,
    { n: HUB_DEGREE },
  );
  // Leaves linked to each other too, so that the node pass meets relationships in both directions.
  await tools.q(`MATCH (a:ClearTestLeaf), (b:ClearTestLeaf) WHERE a.key = 'leaf-1' AND b.key IN ['leaf-2', 'leaf-3'] CREATE (a)-[:CITES]->(b)`);
}

async function nodeAndEdgeCount(): Promise<{ nodes: number; edges: number }> {
  const [row] = await tools.q<{ nodes: number; edges: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS edges } RETURN nodes, edges',
  );
  return { nodes: Number(row!.nodes), edges: Number(row!.edges) };
}

describe('clearGraph', () => {
  it('empties a graph whose hub has 30,000 relationships', async () => {
    await clearGraph(tools.target());
    await buildHub();
    expect(await nodeAndEdgeCount()).toEqual({ nodes: HUB_DEGREE + 1, edges: HUB_DEGREE + 2 });
    await clearGraph(tools.target());
    expect(await nodeAndEdgeCount()).toEqual({ nodes: 0, edges: 0 });
  });
});
