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
 * Party numbering restarts every year: Quận ủy Tân Bình wrote a 340-CV/QU in 2021, 2023 and 2024.
 * A ward letter of September 2024 carries out "Công văn số 340-CV/QU của Quận ủy Tân Bình" without
 * its date: it means the 2024 letter, the one of its own year. A ward letter of 2022 has no
 * 340-CV/QU of its year to mean, and no link to another year is guessed. The five letters are
 * written for this test (tests/fixtures/recurring-number); the 100,000-document bench found the case.
 */
const DIR = resolve('tests/fixtures/recurring-number');
const read = (f: string): DocumentRecord => parseDocument(readFileSync(join(DIR, f), 'utf8'), { path: join(DIR, f) });
const DISTRICT = ['qu-340-2021.txt', 'qu-340-2023.txt', 'qu-340-2024.txt'].map(read);
const WARD_2024 = read('du-215-phuong-2-2024.txt');
const WARD_2022 = read('du-118-phuong-2-2022.txt');
const QU = 'org:quan-uy@d766';

const graph = useGraph();
const tools = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));

interface Link { from: string; to: string; resolvedBy: string | null }

async function implementsAfter(records: DocumentRecord[], batchSize: number): Promise<Link[]> {
  await clearGraph(tools.target());
  const summary = await ingestRecords(records, { target: tools.target(), batchSize });
  expect(summary.counts.failed).toBe(0);
  return tools.q<Link>(
    `MATCH (w:Directive)-[r:IMPLEMENTS]->(d:Directive) WHERE w.key IN $wards
     RETURN w.key AS from, d.key AS to, r.resolvedBy AS resolvedBy ORDER BY from`,
    { wards: [WARD_2024.key, WARD_2022.key] },
  );
}

describe('a citation without date of a number its issuer used in several years', () => {
  it('reads as the test expects: three dated district letters, two ward letters citing 340-CV/QU without date', () => {
    expect(DISTRICT.map((r) => r.key)).toEqual([2021, 2023, 2024].map((y) => `doc:340-CV/QU|${QU}|${y}`));
    for (const w of [WARD_2024, WARD_2022]) expect(w.citations.map((c) => [c.key, c.relation])).toEqual([[`doc:340-CV/QU|${QU}`, 'implements']]);
    expect([WARD_2024.issuedOn, WARD_2022.issuedOn]).toEqual(['2024-09-20', '2022-05-14']);
  });

  it.each([
    ['one batch', 10],
    ['one document per batch (the 2022 ward letter first makes an undated node)', 1],
  ] as const)('%s: the 2024 ward letter implements the 2024 letter; the 2022 one is not linked to another year', async (_what, batchSize) => {
    const links = await implementsAfter([...DISTRICT, WARD_2022, WARD_2024], batchSize);
    expect(links).toEqual([
      { from: WARD_2022.key, to: `doc:340-CV/QU|${QU}`, resolvedBy: null },
      { from: WARD_2024.key, to: `doc:340-CV/QU|${QU}|2024`, resolvedBy: RESOLVED_BY.citationWithoutDateSameYear },
    ].sort((a, b) => (a.from < b.from ? -1 : 1)));
    // Nothing merged: three ingested letters and the one node the 2022 citation made.
    expect(await tools.q('MATCH (d:Directive {numberKey: "340-CV/QU"}) RETURN d.key AS key, d.status AS status ORDER BY key')).toEqual([
      { key: `doc:340-CV/QU|${QU}`, status: 'referenced' },
      ...[2021, 2023, 2024].map((y) => ({ key: `doc:340-CV/QU|${QU}|${y}`, status: 'ingested' })),
    ]);
  });
});
