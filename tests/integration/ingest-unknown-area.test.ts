import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearGraph } from '../../src/graph/maintenance.js';
import { RESOLVED_BY } from '../../src/ingest/resolve.js';
import { ingestRecords } from '../../src/ingest/pipeline.js';
import { parseDocument } from '../../src/parse/index.js';
import type { DocumentRecord } from '../../src/model/record.js';
import { useGraph } from '../helpers/graph.js';
import { graphTools } from '../ingest/graph-helpers.js';

/**
 * A ward letter of Đảng ủy thị trấn An Lão (64-CV/ĐU) carries out "Công văn số 147-CV/HU ... của Huyện ủy An
 * Lão". Its header names no province, and two provinces have a huyện An Lão (Hải Phòng, district 313;
 * Bình Định, 542), so the parser rightly keeps the cited issuer of unknown area
 * (`org:huyen-uy-an-lao@?doc-…`). With the Hải Phòng letter 147-CV/HU in the graph, the citation means it:
 * the one node of that number whose issuer has the same kind and name. With the Bình Định one as well, it
 * could mean either, and no link is made. The three letters are written for this test (tests/fixtures/unknown-area).
 */
const DIR = resolve('tests/fixtures/unknown-area');
const read = (f: string): DocumentRecord => parseDocument(readFileSync(join(DIR, f), 'utf8'), { path: join(DIR, f) });
const WARD = read('du-64-thi-tran-an-lao.txt');
const HAI_PHONG = read('hu-147-hai-phong.txt');
const BINH_DINH = read('hu-147-binh-dinh.txt');
const HP_KEY = 'doc:147-CV/HU|org:huyen-uy@d313|2021';

const graph = useGraph();
const tools = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));

interface Link { to: string; resolvedBy: string | null; statedIn: string }

async function after(records: DocumentRecord[], batchSize: number): Promise<Link[]> {
  await clearGraph(tools.target());
  const summary = await ingestRecords(records, { target: tools.target(), batchSize });
  expect(summary.counts.failed).toBe(0);
  return tools.q<Link>(
    `MATCH (:Directive {key: $from})-[r:IMPLEMENTS]->(d:Directive) RETURN d.key AS to, r.resolvedBy AS resolvedBy, r.statedIn AS statedIn`,
    { from: WARD.key },
  );
}

describe('a citation of an issuer of unknown area', () => {
  it('reads as the test expects: the ward letter cites 147-CV/HU of a Huyện ủy An Lão of unknown area', () => {
    expect(WARD.key).toMatch(/^doc:64-CV\/DDU\|org:dang-uy-thi-tran-an-lao@\?doc-[0-9a-f]{16}\|2021$/);
    expect(WARD.citations.map((c) => [c.key, c.relation])).toEqual([[`doc:147-CV/HU|org:huyen-uy-an-lao@?${WARD.key.split('@?')[1]}`, 'implements']]);
    expect(HAI_PHONG.key).toBe(HP_KEY);
    expect(BINH_DINH.key).toBe('doc:147-CV/HU|org:huyen-uy@d542|2021');
  });

  it.each([
    ['in one batch, the district letter first', [HAI_PHONG, WARD], 10],
    ['in one batch, the ward letter first', [WARD, HAI_PHONG], 10],
    ['in two batches, the district letter first', [HAI_PHONG, WARD], 1],
  ] as const)('%s: the ward letter implements the Hải Phòng letter, recorded as an inference', async (_what, order, batchSize) => {
    expect(await after([...order], batchSize)).toEqual([{ to: HP_KEY, resolvedBy: RESOLVED_BY.citationOfUnknownArea, statedIn: WARD.key }]);
    // One node for 147-CV/HU, issued by the Hải Phòng body only: the citation's issuer is not guessed into it.
    expect(await tools.q('MATCH (d:Directive {numberKey: "147-CV/HU"})-[:ISSUED_BY]->(o) RETURN d.key AS key, d.status AS status, o.key AS issuer'))
      .toEqual([{ key: HP_KEY, status: 'ingested', issuer: 'org:huyen-uy@d313' }]);
    expect(await tools.q('MATCH (o:Organization {key: "org:huyen-uy@d313"}) RETURN o.name AS name, o.nameKey AS nameKey'))
      .toEqual([{ name: 'Huyện ủy An Lão', nameKey: 'huyen-uy-an-lao' }]);
  });

  it('with two Huyện ủy An Lão that issued 147-CV/HU in 2021, no link is guessed', async () => {
    const links = await after([HAI_PHONG, BINH_DINH, WARD], 1);
    expect(links).toEqual([{ to: WARD.citations[0]!.key, resolvedBy: null, statedIn: WARD.key }]);
    expect((await tools.q<{ key: string }>('MATCH (d:Directive {numberKey: "147-CV/HU"}) RETURN d.key AS key ORDER BY key')).map((r) => r.key))
      .toEqual([WARD.citations[0]!.key, HP_KEY, 'doc:147-CV/HU|org:huyen-uy@d542|2021'].sort());
  });

  it('not handled yet: the ward letter in an earlier batch than the district letter stays on its cited-only node', async () => {
    // The district letter does not take over the node the citation made (see src/ingest/resolve.ts):
    // this pins today's behaviour, which differs from the other order.
    expect(await after([WARD, HAI_PHONG], 1)).toEqual([{ to: WARD.citations[0]!.key, resolvedBy: null, statedIn: WARD.key }]);
  });
});
