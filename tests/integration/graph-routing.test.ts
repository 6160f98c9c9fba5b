import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/graph/driver.js';
import { newBookmarks, read, readTx, runIn, writeTx } from '../../src/graph/executor.js';
import { openGraph } from '../../src/graph/open.js';
import { createReadRunner } from '../../src/graph/read/runner.js';
import { warmUp, warmUpQueries } from '../../src/graph/read/warm.js';
import { testNeo4j, testTarget, useGraph } from '../helpers/graph.js';

/**
 * Scale-out: a `neo4j://` URI makes the driver ask the server for a routing table and send READ
 * sessions to readers and WRITE sessions to the writer. A single server answers the routing
 * request itself (it is reader and writer), so the same code runs against one instance, a cluster
 * or Aura. The embedded server advertises its own Bolt address (scripts/neo4j), so the routing
 * table points back at it.
 */
const graph = useGraph();
const n = testNeo4j();
// A Neo4j in Docker advertises the container's address, which the routing table would send us to.
const routable = n.kind !== 'testcontainers';
const routingTarget = { ...testTarget(), NEO4J_URI: n.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:') };

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe.skipIf(!routable)('a neo4j:// routing URI against the single server', () => {
  it('opens the graph (schema included), writes in a WRITE session and reads it back in a READ session after the bookmark', async () => {
    expect(routingTarget.NEO4J_URI).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    const routed = await openGraph(routingTarget);
    closers.push(() => routed.close());
    const where = { driver: routed.driver, database: routed.database };
    const bookmarks = newBookmarks();
    const written = await writeTx(where, { what: 'writing through the router', bookmarks }, async (tx) =>
      (await runIn<{ key: string }>(tx, { cypher: "CREATE (d:Directive {key: 'doc:routing-test', number: '1/RT'}) RETURN d.key AS key", params: {} })).rows);
    expect(written).toEqual([{ key: 'doc:routing-test' }]);
    expect([...(await bookmarks.getBookmarks())].length).toBeGreaterThan(0);
    const read = await readTx(where, { what: 'reading through the router', bookmarks }, async (tx) =>
      (await runIn<{ number: string }>(tx, { cypher: "MATCH (d:Directive {key: 'doc:routing-test'}) RETURN d.number AS number", params: {} })).rows);
    expect(read).toEqual([{ number: '1/RT' }]);
    // The API's reads (auto-commit READ sessions) go through the router too.
    const runner = routed.reads({ timeoutMs: 10_000 });
    expect(await runner.run({ cypher: "MATCH (d:Directive {key: 'doc:routing-test'}) RETURN d.number AS number", params: {} }, 'reading')).toEqual([{ number: '1/RT' }]);
  });

  it('gets a routing table naming this server as reader and writer', async () => {
    const driver = createDriver(routingTarget);
    closers.push(() => driver.close());
    const db = routingTarget.NEO4J_DATABASE ?? 'neo4j';
    const rows = await read<{ servers: { role: string; addresses: string[] }[] }>({ driver, database: db }, {
      cypher: 'CALL dbms.routing.getRoutingTable({}, $db) YIELD servers RETURN servers', params: { db },
    }, { what: 'reading the routing table' });
    const address = new URL(n.uri.replace(/^bolt/, 'http')).host;
    const roles = Object.fromEntries((rows[0]?.servers ?? []).map((s) => [s.role, s.addresses]));
    expect(roles).toEqual({ WRITE: [address], READ: [address], ROUTE: [address] });
  });
});

describe('warming the query plans', () => {
  it('runs every read query of the API once, finding nothing and writing nothing', async () => {
    const runner = createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 30_000 });
    const before = await runner.run<{ n: number }>({ cypher: 'MATCH (x) RETURN count(x) AS n', params: {} }, 'counting');
    const warmed = await warmUp(runner);
    expect(warmed.queries).toBe(warmUpQueries().length);
    expect(await runner.run({ cypher: 'MATCH (x) RETURN count(x) AS n', params: {} }, 'counting')).toEqual(before);
  });
});
