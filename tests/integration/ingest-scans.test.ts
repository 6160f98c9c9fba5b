import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestSummary } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { cleanDatabase, useGraph } from '../helpers/graph.js';
import { graphTools } from '../ingest/graph-helpers.js';

/**
 * Seeds 002 and 004 printed and scanned back (tests/fixtures/scans/, made by
 * scripts/fixtures/make-scans.ts: Chromium at 200 dpi, skew, blur, speckles; PDFs without a text
 * layer), OCR'd by Tesseract and ingested into the real Neo4j, give the same lineage as their text:
 *   002  100-CV/ĐU (Đảng ủy phường Hòa Minh)   -IMPLEMENTS-> 180-CV/QU (Quận ủy Liên Chiểu, 2021)
 *        (its key spells Đ as DD: doc:100-CV/DDU|org:dang-uy@w20200|2021)
 *   004  924-CV/QU (Quận ủy Hai Bà Trưng)       -IMPLEMENTS-> 739-TB/TU (Thành ủy Hà Nội, 2022)
 * Keys are compared whole (number, issuer with its area code, year), so an OCR slip in a number, an
 * issuer or a year would show as a different node.
 */
const graph = useGraph();
const { target, q } = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));
const ROOT = resolve(import.meta.dirname, '../..');
const TEXTS = ['corpus/seeds/002_78fb6ff3a99b7859.txt', 'corpus/seeds/004_d8026a3a8832f7a7.txt'].map((p) => join(ROOT, p));
const SCANS = ['tests/fixtures/scans/002.scan.pdf', 'tests/fixtures/scans/004.scan.pdf'].map((p) => join(ROOT, p));

async function* paths(list: string[]): AsyncGenerator<string> {
  yield* list;
}

/** Lineage edges between directives, by key, with the number of the citing document. */
async function lineage(): Promise<string[]> {
  const rows = await q<{ line: string }>(
    `MATCH (a:Directive)-[r:IMPLEMENTS|BASED_ON|CITES]->(b:Directive)
     RETURN a.key + ' -' + type(r) + '-> ' + b.key AS line ORDER BY line`,
  );
  return rows.map((r) => r.line);
}

async function ingestedDocs(): Promise<Array<{ number: string; issuer: string; encoding: string }>> {
  return q(`MATCH (d:Directive {status: 'ingested'})-[:ISSUED_BY]->(o) RETURN d.number AS number, o.key AS issuer, d.encoding AS encoding ORDER BY number`);
}

let fromText: { summary: IngestSummary; edges: string[]; docs: Awaited<ReturnType<typeof ingestedDocs>> };
let fromScans: typeof fromText;
beforeAll(async () => {
  await cleanDatabase(graph.driver);
  const t = await ingest(paths(TEXTS), { target: target(), stages: await defaultStages() });
  fromText = { summary: t, edges: await lineage(), docs: await ingestedDocs() };
  await cleanDatabase(graph.driver);
  const s = await ingest(paths(SCANS), { target: target(), stages: await defaultStages() });
  fromScans = { summary: s, edges: await lineage(), docs: await ingestedDocs() };
});

describe('scanned seeds, OCR\'d and ingested', () => {
  it('all go in', () => {
    expect(fromScans.summary.failures.map((f) => f.error.toString())).toEqual([]);
    expect(fromScans.summary.counts).toEqual({ ingested: 2, updated: 0, unchanged: 0, failed: 0 });
  });

  it('are the same documents, read by OCR', () => {
    expect(fromText.docs).toEqual([
      { number: '100-CV/ĐU', issuer: 'org:dang-uy@w20200', encoding: 'utf-8' },
      { number: '924-CV/QU', issuer: 'org:quan-uy@d007', encoding: 'utf-8' },
    ]);
    expect(fromScans.docs).toEqual(fromText.docs.map((d) => ({ ...d, encoding: 'pdf+ocr' })));
  });

  it('give the same lineage edges, to the same target keys, as the text versions', () => {
    expect(fromText.edges).toEqual([
      'doc:100-CV/DDU|org:dang-uy@w20200|2021 -IMPLEMENTS-> doc:180-CV/QU|org:quan-uy@d490|2021',
      'doc:924-CV/QU|org:quan-uy@d007|2022 -IMPLEMENTS-> doc:739-TB/TU|org:thanh-uy@p01|2022',
    ]);
    expect(fromScans.edges).toEqual(fromText.edges);
  });
});
