import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadRunner } from '../../src/graph/read/runner.js';
import { buildTestApp, ok, type Json } from '../api/helpers.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { walkDocuments } from '../../src/read/index.js';
import { useGraph } from '../helpers/graph.js';
import { graphTools } from '../ingest/graph-helpers.js';
import { cityOrder2026, wardLetter2026, wardPlan2026 } from '../parse/reform/docs.js';

/**
 * The reform of 1 July 2025 in the graph: the seeds (2021-2022, old map) and three documents of
 * 2026 (new map) through the real pipeline into the real Neo4j. Seed 002's issuer, the Đảng ủy of
 * phường Hòa Minh (quận Liên Chiểu), was split by the data between the new phường Hòa Khánh (20200)
 * and phường Thanh Khê (20209).
 */
const graph = useGraph();
const { target, q } = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));
let dir = '';

async function ingestAll() {
  const paths: string[] = [];
  for await (const p of walkDocuments([resolve('corpus/seeds'), dir])) paths.push(p);
  return ingest(paths, { target: target(), stages: await defaultStages() });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dg-reform-'));
  writeFileSync(join(dir, 'tu-12-2026.txt'), cityOrder2026);
  writeFileSync(join(dir, 'du-hoa-khanh-45-2026.txt'), wardLetter2026);
  writeFileSync(join(dir, 'ubnd-an-khe-30-2026.txt'), wardPlan2026);
  const summary = await ingestAll();
  expect(summary.failures).toEqual([]);
  expect(summary.counts.failed).toBe(0);
}, 120_000);

const successions = () => q<{ line: string }>(
  `MATCH (a:Organization)-[s:SUCCEEDED_BY]->(b:Organization)
   RETURN a.key + ' -> ' + b.key + ' ' + toString(s.date) + ' ' + s.legalBasis + ' share=' + coalesce(toString(s.share), '-') AS line ORDER BY line`,
).then((r) => r.map((x) => x.line));

describe('succession across the reform', () => {
  it('gives the Đảng ủy and UBND of phường Hòa Minh the successors the data gives', async () => {
    const lines = await successions();
    expect(lines.filter((l) => l.startsWith('org:dang-uy@w20200 ') || l.startsWith('org:ubnd@w20200 '))).toEqual([
      'org:dang-uy@w20200 -> org:dang-uy@2025.w20200 2025-07-01 Nghị quyết 202/2025/QH15 share=-',
      'org:dang-uy@w20200 -> org:dang-uy@2025.w20209 2025-07-01 Nghị quyết 202/2025/QH15 share=-',
      'org:ubnd@w20200 -> org:ubnd@2025.w20200 2025-07-01 Nghị quyết 202/2025/QH15 share=-',
      'org:ubnd@w20200 -> org:ubnd@2025.w20209 2025-07-01 Nghị quyết 202/2025/QH15 share=-',
    ]);
    // The successor no document names yet is there with its name and period.
    // Its name and area folded as well, which the searches read (searchText).
    const [thanhKhe] = await q<{ name: string; validFrom: string; validTo: string | null; map: string; labels: string[]; area: string; searchText: string }>(
      `MATCH (o:Organization {key: 'org:dang-uy@2025.w20209'})
       RETURN o.name AS name, toString(o.validFrom) AS validFrom, toString(o.validTo) AS validTo, o.map AS map, labels(o) AS labels,
         o.area AS area, o.searchText AS searchText`,
    );
    expect(thanhKhe).toEqual({
      name: 'Đảng ủy phường Thanh Khê', validFrom: '2025-07-01', validTo: null, map: '2025', labels: ['Organization'],
      area: 'phường Thanh Khê, Thành phố Đà Nẵng', searchText: 'dang uy phuong thanh khe phuong thanh khe, thanh pho da nang',
    });
  });

  it('links the merged Thành ủy Đà Nẵng to the two committees it replaced, only when both exist', async () => {
    const lines = await successions();
    // Quảng Nam's Tỉnh ủy is not in this corpus: no edge from it, no node made up for it.
    expect(lines.filter((l) => l.includes('@2025.p48'))).toEqual([]);
    expect(await q(`MATCH (o:Organization {key: 'org:tinh-uy@p49'}) RETURN o`)).toEqual([]);
  });

  it('ends the old district and ward bodies on 30 June 2025 and starts the new ones on 1 July', async () => {
    const rows = await q<{ key: string; from: string | null; to: string | null }>(
      `MATCH (o:Organization) WHERE o.key IN ['org:quan-uy@d490', 'org:quan-uy@d007', 'org:dang-uy@w20200', 'org:dang-uy@2025.w20200', 'org:ubnd@2025.w20305', 'org:thanh-uy@p01']
       RETURN o.key AS key, toString(o.validFrom) AS from, toString(o.validTo) AS to ORDER BY key`,
    );
    expect(rows).toEqual([
      { key: 'org:dang-uy@2025.w20200', from: '2025-07-01', to: null },
      { key: 'org:dang-uy@w20200', from: null, to: '2025-06-30' },
      { key: 'org:quan-uy@d007', from: null, to: '2025-06-30' },
      { key: 'org:quan-uy@d490', from: null, to: '2025-06-30' },
      { key: 'org:thanh-uy@p01', from: null, to: null },
      { key: 'org:ubnd@2025.w20305', from: '2025-07-01', to: null },
    ]);
  });

  it('puts the bodies of the new phường under their province, with no district between', async () => {
    const lines = await q<{ line: string }>(
      `MATCH (a:Organization)-[r:PART_OF]->(b:Organization) WHERE a.key CONTAINS '@2025.' OR b.key CONTAINS '@2025.'
       RETURN a.key + ' -> ' + b.key + ' ' + r.resolvedBy AS line ORDER BY line`,
    ).then((r) => r.map((x) => x.line));
    // `name`: the document said whose body it is ("Thường trực Đảng ủy phường"); `gazetteer`: from the 2025 map. The
    // UBND and Công an of the new phường have no provincial body of their track in this corpus, so no edge.
    expect(lines).toEqual([
      'org:cac-chi-bo-truc-thuoc-dang-uy@2025.w20200 -> org:dang-uy@2025.w20200 name',
      // "Các đảng ủy phường, xã" is one collective, as printed.
      'org:dang-uy-cac-phuong-xa@2025.p48 -> org:thanh-uy@2025.p48 gazetteer',
      'org:dang-uy@2025.w20200 -> org:thanh-uy@2025.p48 gazetteer',
      'org:dang-uy@2025.w20305 -> org:thanh-uy@2025.p48 gazetteer',
      'org:thuong-truc-dang-uy@2025.w20305 -> org:dang-uy@2025.w20305 name',
      'org:thuong-truc-thanh-uy@2025.p48 -> org:thanh-uy@2025.p48 name',
      'org:tram-y-te@2025.w20305 -> org:ubnd@2025.w20305 gazetteer',
    ]);
  });

  it('writes nothing new when the same files are ingested again', async () => {
    const count = async () => (await q<{ n: number; e: number }>(
      `MATCH (o:Organization) WITH count(o) AS n MATCH ()-[s:SUCCEEDED_BY]->() RETURN n, count(s) AS e`,
    ))[0];
    const before = await count();
    await ingestAll();
    expect(await count()).toEqual(before);
  }, 120_000);
});

describe('lineage and GraphQL across the reform', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp({ runner: createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 60_000 }) });
  });
  afterAll(async () => {
    await app.close();
  });

  const ORDER = 'doc:180-CV/QU|org:quan-uy@d490|2021';
  const TRACES = `query($follow: Boolean) { derivedTasks(order: "${ORDER}", maxDepth: 3, first: 100, followSuccession: $follow) {
    totalCount nodes { depth directive { number } chain { number } succession { predecessor { key } successor { key } } } } }`;

  it('walks from 180-CV/QU through Hòa Minh’s tasks to the 2026 letter of its successor only when asked', async () => {
    const off = await ok<{ derivedTasks: { nodes: { directive: { number: string } }[] } }>(app, TRACES, { follow: false });
    expect([...new Set(off.derivedTasks.nodes.map((n) => n.directive.number))]).toEqual(['100-CV/ĐU']);
    const on = await ok<{ derivedTasks: { totalCount: number; nodes: { depth: number; directive: { number: string }; chain: { number: string }[]; succession: unknown }[] } }>(app, TRACES, { follow: true });
    const crossed = on.derivedTasks.nodes.filter((n) => n.directive.number === '45-CV/ĐU');
    expect(crossed.map((n) => [n.depth, n.chain.map((c) => c.number), n.succession])).toEqual([
      [2, ['180-CV/QU', '100-CV/ĐU', '45-CV/ĐU'], { predecessor: { key: 'org:dang-uy@w20200' }, successor: { key: 'org:dang-uy@2025.w20200' } }],
      [2, ['180-CV/QU', '100-CV/ĐU', '45-CV/ĐU'], { predecessor: { key: 'org:dang-uy@w20200' }, successor: { key: 'org:dang-uy@2025.w20200' } }],
    ]);
    expect(on.derivedTasks.totalCount).toBe(off.derivedTasks.nodes.length + 2);
  });

  it('shows an organisation’s period, predecessors and successors', async () => {
    const data = await ok<{ old: Json; next: Json }>(app, `{
      old: organization(key: "org:dang-uy@w20200") { name period { validFrom validTo } successors { organization { key name } date legalBasis share } }
      next: organization(key: "org:dang-uy@2025.w20200") { name period { validFrom validTo } predecessors { organization { key } date } }
    }`);
    expect(data.old).toEqual({
      name: 'Đảng ủy phường Hòa Minh', period: { validFrom: null, validTo: '2025-06-30' },
      successors: [
        { organization: { key: 'org:dang-uy@2025.w20200', name: 'Đảng ủy phường Hòa Khánh' }, date: '2025-07-01', legalBasis: 'Nghị quyết 202/2025/QH15', share: null },
        { organization: { key: 'org:dang-uy@2025.w20209', name: 'Đảng ủy phường Thanh Khê' }, date: '2025-07-01', legalBasis: 'Nghị quyết 202/2025/QH15', share: null },
      ],
    });
    expect(data.next).toEqual({
      name: 'Đảng ủy phường Hòa Khánh', period: { validFrom: '2025-07-01', validTo: null },
      predecessors: [{ organization: { key: 'org:dang-uy@w20200' }, date: '2025-07-01' }],
    });
  });

  it('lists the organisations in force on a date', async () => {
    const q = `query($at: Date) { organizations(search: "dang uy phuong", at: $at, first: 50) { totalCount nodes { key } } }`;
    const before = await ok<{ organizations: { totalCount: number; nodes: { key: string }[] } }>(app, q, { at: '2021-07-19' });
    const after = await ok<{ organizations: { totalCount: number; nodes: { key: string }[] } }>(app, q, { at: '2026-03-16' });
    expect(before.organizations.nodes.map((n) => n.key)).toContain('org:dang-uy@w20200');
    expect(before.organizations.nodes.map((n) => n.key)).not.toContain('org:dang-uy@2025.w20200');
    expect(after.organizations.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['org:dang-uy@2025.w20200', 'org:dang-uy@2025.w20209', 'org:dang-uy@2025.w20305']));
    expect(after.organizations.nodes.map((n) => n.key)).not.toContain('org:dang-uy@w20200');
    expect(after.organizations.totalCount).toBe(after.organizations.nodes.length);
  });
});
