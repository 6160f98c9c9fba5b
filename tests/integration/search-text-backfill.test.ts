import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autoCommit } from '../../src/graph/executor.js';
import { connectGraph } from '../../src/graph/open.js';
import { searchDirectives } from '../../src/graph/read/directives.js';
import { createReadRunner } from '../../src/graph/read/runner.js';
import type { DirectiveRow, OrganizationRow } from '../../src/graph/read/types.js';
import { backfillSearchText } from '../../src/graph/write/backfill.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { walkDocuments } from '../../src/read/index.js';
import { buildTestApp, ok, type Json } from '../api/helpers.js';
import { testTarget, useGraph } from '../helpers/graph.js';

/**
 * Organisations carry their name and area folded (`searchText`), written by the ingest and read by
 * the searches instead of folding every issuer at query time (issue 12). A store written before
 * that has none: the searches then fold as before, and the next start (open.ts prepare) fills it in.
 * Either way the answers are the same. The graph is the five seeds, ingested by the real pipeline.
 */
const graph = useGraph();
let app: FastifyInstance;
const target = () => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE });

beforeAll(async () => {
  const summary = await ingest(walkDocuments(['corpus/seeds']), { target: target(), stages: await defaultStages() });
  expect(summary.counts).toMatchObject({ ingested: 5, failed: 0 });
  app = await buildTestApp({ runner: createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 10_000 }) });
});

afterAll(async () => {
  await app?.close();
});

/** Searches whose words are in an issuer's name or area, so that they go through the stored text. */
const REQUESTS = [
  '{ directives(search: "hoa minh 100", first: 20) { totalCount nodes { number issuer { name } } } }',
  '{ directives(search: "quan uy hai ba trung", first: 20) { totalCount nodes { number issuer { name } } } }',
  '{ directives(search: "thanh xuan thong bao", first: 20) { totalCount nodes { number } } }',
  '{ directives(issuer: "hai ba trung", first: 20) { totalCount nodes { number } } }',
  '{ directive(number: "100-CV/DU", issuer: "hoà minh") { number } }',
  '{ organizations(search: "phuong hoa minh", first: 100) { totalCount nodes { key } } }',
];

async function answers(): Promise<Json[]> {
  const out: Json[] = [];
  for (const q of REQUESTS) out.push(await ok(app, q));
  return out;
}

async function storedTexts(): Promise<Map<string, string | null>> {
  const rows = await autoCommit<{ key: string; text: string | null }>(target(), {
    cypher: 'MATCH (o:Organization) RETURN o.key AS key, o.searchText AS text ORDER BY key', params: {},
  }, { mode: 'READ', what: 'test: reading searchText' });
  return new Map(rows.map((r) => [r.key, r.text]));
}

async function forgetTexts(): Promise<void> {
  await autoCommit(target(), { cypher: 'MATCH (o:Organization) REMOVE o.searchText', params: {} }, { mode: 'WRITE', what: 'test: an older store' });
}

describe('searchText of organisations', () => {
  it('is written with every organisation: its name and area folded', async () => {
    const texts = await storedTexts();
    expect([...texts.values()].filter((t) => t === null)).toEqual([]);
    // Seed 002's issuer; its area is the place the gazetteer gives the ward.
    expect(texts.get('org:dang-uy@w20200')).toBe('dang uy phuong hoa minh hoa minh, lien chieu, da nang');
    expect(texts.get('org:quan-uy@d007')).toBe('quan uy hai ba trung hai ba trung, ha noi');
  });

  it('the searches find through it what the seeds say', async () => {
    const [byWard, byDistrict, , byIssuer, byNumber] = await answers();
    // 100-CV/ĐU of the Đảng ủy phường Hòa Minh (seed 002): "hoa minh" from the issuer, "100" from the number.
    expect(byWard.directives).toEqual({ totalCount: 1, nodes: [{ number: '100-CV/ĐU', issuer: { name: 'Đảng ủy phường Hòa Minh' } }] });
    // The Quận ủy Hai Bà Trưng's letters: its own (seeds 001 and 004) and 500-CV/QU, which seed 001 cites as the Quận ủy's.
    expect(byDistrict.directives.nodes.map((n: Json) => n.number).sort()).toEqual(['308-TB/QU', '500-CV/QU', '924-CV/QU']);
    expect(byIssuer.directives.nodes.map((n: Json) => n.number).sort()).toEqual(['308-TB/QU', '500-CV/QU', '924-CV/QU']);
    expect(byNumber.directive).toEqual({ number: '100-CV/ĐU' });
  });

  it('a store written without it answers the same, and the next start fills it in once', async () => {
    const written = await storedTexts();
    const before = await answers();

    await forgetTexts();
    expect([...(await storedTexts()).values()].every((t) => t === null)).toBe(true);
    // Without the stored text the searches fold at query time: the same answers.
    expect(await answers()).toEqual(before);

    const lines: string[] = [];
    const started = connectGraph(testTarget(), { log: (l) => lines.push(l) });
    try {
      await started.prepare();
      expect(lines).toEqual([
        `stored the folded name and area (searchText) of ${written.size} organisations written before it was stored: searches read it instead of folding`,
      ]);
      expect(await storedTexts()).toEqual(written);
      expect(await answers()).toEqual(before);
      // A second start finds nothing to fill and says nothing.
      await started.prepare();
      expect(lines).toHaveLength(1);
    } finally {
      await started.close();
    }
  });

  it('is filled in batches of the size given, all of them', async () => {
    const written = await storedTexts();
    await forgetTexts();
    expect(written.size).toBeGreaterThan(3 * 5);
    expect(await backfillSearchText(target(), 3)).toBe(written.size);
    expect(await storedTexts()).toEqual(written);
    expect(await backfillSearchText(target(), 3)).toBe(0);
  });
});

/** The full row as a lean one: the fields a lean directive and its issuer leave out, null (as derived-tasks-omit.test.ts). */
const LEAN_DIRECTIVE: (keyof DirectiveRow)[] = ['meetingOn', 'place', 'family', 'sourcePath', 'sourceSha256', 'encoding', 'ingestedAt', 'resolvedBy'];
const LEAN_ORG: (keyof OrganizationRow)[] = ['area', 'provinceCode', 'districtCode', 'wardCode', 'collective', 'resolvedBy', 'isIssuer', 'isUnit'];
const leanDirective = (d: DirectiveRow) => ({
  ...d, ...Object.fromEntries(LEAN_DIRECTIVE.map((k) => [k, null])),
  issuer: d.issuer ? { ...d.issuer, ...Object.fromEntries(LEAN_ORG.map((k) => [k, null])) } : d.issuer,
});

describe('directives(search:) with lean directives', () => {
  it('every page of "quan uy" is the full page with the lean fields left out', async () => {
    const runner = createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 10_000 });
    let after: string | null = null;
    const numbers: (string | null)[] = [];
    const sources: (string | null)[] = [];
    do {
      const args = { search: 'quan uy', first: 2, after };
      const full = await searchDirectives(runner, args);
      const lean = await searchDirectives(runner, { ...args, lean: true });
      expect(lean.totalCount).toBe(full.totalCount);
      expect(lean.hasNextPage).toBe(full.hasNextPage);
      expect(lean.items.map((i) => i.cursor)).toEqual(full.items.map((i) => i.cursor));
      expect(lean.items.map((i) => i.node)).toEqual(full.items.map((i) => leanDirective(i.node)));
      numbers.push(...full.items.map((i) => i.node.number));
      sources.push(...full.items.map((i) => i.node.sourcePath));
      after = full.hasNextPage ? full.items.at(-1)!.cursor : null;
    } while (after);
    // Newest first, the undated last: the Quận ủy's letters of seeds 004, 000, 001 and 003 (which has no number),
    // and the 500-CV/QU and 180-CV/QU that seeds 001 and 002 cite as a Quận ủy's.
    expect(numbers).toEqual(['924-CV/QU', '500-CV/QU', '180-CV/QU', '01-TB/QU', '308-TB/QU', null]);
    // The ingested ones have a source the lean rows leave out: the comparison above compared something.
    expect(sources.filter((p) => p !== null)).toHaveLength(4);
  });
});
