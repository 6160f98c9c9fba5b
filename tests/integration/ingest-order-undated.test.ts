import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearGraph } from '../../src/graph/maintenance.js';
import { RESOLVED_BY } from '../../src/ingest/resolve.js';
import { ingestRecords } from '../../src/ingest/pipeline.js';
import { parseDocument } from '../../src/parse/index.js';
import { useGraph } from '../helpers/graph.js';
import { canonicalDump, dumpDifferences, graphTools } from '../ingest/graph-helpers.js';

/**
 * Two district letters cite the city's 196-CV/TU without its date; the city letter itself is dated.
 * Written in one batch, each citation is matched to the one dated node and says so on its edge.
 * Written one file per transaction with a citing letter first, the citation makes a node without
 * year that the dated letter later takes over (a rekey): the graph must come out the same, its
 * provenance included (a `--workers 2 --shard` run once differed from a one-process run this way).
 */
const DIR = resolve('tests/fixtures/undated-citation');
const records = readdirSync(DIR).sort().map((f) => parseDocument(readFileSync(join(DIR, f), 'utf8'), { path: join(DIR, f) }));
const CITED = 'doc:196-CV/TU|org:thanh-uy@p01|2021';

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]));
}

const graph = useGraph();
const tools = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));

async function graphAfter(order: typeof records, batchSize: number): Promise<Awaited<ReturnType<typeof canonicalDump>>> {
  await clearGraph(tools.target());
  const summary = await ingestRecords(order, { target: tools.target(), batchSize });
  expect(summary.counts.failed).toBe(0);
  return canonicalDump(graph.driver, graph.target.NEO4J_DATABASE);
}

describe('a citation without date written before the dated document it means', () => {
  it('in one batch: each citation edge records the inference, the document none', async () => {
    await graphAfter(records, 200);
    const rows = await tools.q<{ from: string; resolvedBy: string | null; key: string; status: string; nodeResolvedBy: string | null }>(`
      MATCH (a:Directive)-[r:IMPLEMENTS]->(d:Directive {number: '196-CV/TU'})
      RETURN a.number AS from, r.resolvedBy AS resolvedBy, d.key AS key, d.status AS status, d.resolvedBy AS nodeResolvedBy
      ORDER BY from`);
    expect(rows).toEqual([
      // "của Thành ủy" in a Sóc Sơn letter: the issuer's area comes from the citing document.
      { from: '200-CV/HU', resolvedBy: `${RESOLVED_BY.citationWithoutDate}; context:document`, key: CITED, status: 'ingested', nodeResolvedBy: null },
      { from: '315-CV/QU', resolvedBy: RESOLVED_BY.citationWithoutDate, key: CITED, status: 'ingested', nodeResolvedBy: null },
    ]);
    expect(await tools.q(`MATCH (d:Directive) WHERE d.number = '196-CV/TU' RETURN count(d) AS n`)).toEqual([{ n: 1 }]);
  }, 120_000);

  it('one file per transaction, in each of the 6 orders: the same graph, provenance included', async () => {
    const reference = await graphAfter(records, 200);
    const differing: string[] = [];
    for (const order of permutations(records)) {
      const diff = dumpDifferences(await graphAfter(order, 1), reference);
      if (diff.length > 0) differing.push(`${order.map((r) => r.number).join(', ')}\n${diff.slice(0, 4).join('\n')}`);
    }
    expect(differing).toEqual([]);
  }, 300_000);
});
