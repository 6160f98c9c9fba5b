import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestService } from '../../src/api/ingest.js';
import { read } from '../../src/graph/executor.js';
import { LUCENE_STOP_WORDS } from '../../src/graph/read/fulltext.js';
import { createReadRunner } from '../../src/graph/read/runner.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { walkDocuments } from '../../src/read/index.js';
import { buildTestApp, gql, ok, type Json } from '../api/helpers.js';
import { useGraph } from '../helpers/graph.js';

/**
 * Directive.text: the document's text is kept in the graph on ingest (files and the ingest mutation),
 * and every evidence span of the edges it states points into it.
 */
const graph = useGraph();
const TOKEN = 'text-test-token-0123456789abcdef';
let app: FastifyInstance;

const SEED_308 = readFileSync(new URL('../../corpus/seeds/001_6e391b9519626a64.txt', import.meta.url), 'utf8');

beforeAll(async () => {
  const target = { driver: graph.driver, database: graph.target.NEO4J_DATABASE };
  const summary = await ingest(walkDocuments(['corpus/seeds']), { target, stages: await defaultStages() });
  expect(summary.counts).toMatchObject({ ingested: 5, failed: 0 });
  const runner = createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 10_000 });
  app = await buildTestApp({ runner, apiToken: TOKEN, ingest: ingestService(target) });
});

afterAll(async () => {
  await app?.close();
});

describe('Directive.text', () => {
  it('serves the text of an ingested file as read, and the span of its IMPLEMENTS edge to 17/CT-UBND points inside its evidence sentence', async () => {
    const data = await ok(app, '{ directive(number: "308-TB/QU") { text implements { directive { number } evidence { sentence span } } } }');
    const d = data.directive;
    expect(d.text).toBe(SEED_308);
    const to17 = d.implements.find((c: Json) => c.directive.number === '17/CT-UBND');
    const [start, end] = to17.evidence.span as [number, number];
    expect(d.text.slice(start, end)).toContain('17/CT-UBND');
    expect(to17.evidence.sentence).toContain(d.text.slice(start, end));
  });

  it('is null for a directive known only from citations', async () => {
    const data = await ok(app, '{ directive(number: "17/CT-UBND") { status text } }');
    expect(data.directive).toEqual({ status: 'REFERENCED', text: null });
  });

  it('keeps the text a client sends through the ingest mutation', async () => {
    const text = [
      'ĐẢNG BỘ QUẬN LIÊN CHIỂU', 'ĐẢNG ỦY PHƯỜNG HÒA MINH', 'Số 77-CV/ĐU', 'Hòa Minh, ngày 02 tháng 3 năm 2022',
      'CÔNG VĂN', 'V/v thực hiện Công văn số 180-CV/QU của Ban Thường vụ Quận ủy', '',
      'Đảng ủy phường giao Chi bộ khu dân cư số 3 chủ trì rà soát danh sách hộ gia đình.',
    ].join('\n');
    const res = await gql(app, 'mutation($d: [DocumentInput!]!) { ingest(documents: $d) { documents { key error { message } } } }', { d: [{ text, name: 'hoa-minh-77.txt' }] }, { authorization: `Bearer ${TOKEN}` });
    const doc = res.data!.ingest.documents[0];
    expect(doc.error).toBeNull();
    const data = await ok(app, 'query($k: ID!) { directive(key: $k) { text } }', { k: doc.key });
    expect(data.directive.text).toBe(text);
  });

  it('refuses texts for more than 20 directives in one request instead of cutting', async () => {
    const letters = Array.from({ length: 21 }, (_, i) => ({
      name: `hoa-minh-${i + 1}.txt`,
      text: ['ĐẢNG BỘ QUẬN LIÊN CHIỂU', 'ĐẢNG ỦY PHƯỜNG HÒA MINH', `Số ${i + 1}-TB/ĐU`, 'Hòa Minh, ngày 05 tháng 4 năm 2022',
        'THÔNG BÁO', `V/v kiểm tra khu dân cư số ${i + 1}`, '', 'Đảng ủy phường thông báo lịch kiểm tra.'].join('\n'),
    }));
    const written = await gql(app, 'mutation($d: [DocumentInput!]!) { ingest(documents: $d) { written } }', { d: letters }, { authorization: `Bearer ${TOKEN}` });
    expect(written.data?.ingest.written).toBe(21);
    const res = await gql(app, '{ directives(first: 21, issuer: "Hòa Minh") { nodes { text } } }');
    expect(res.errors?.[0]?.extensions.code).toBe('LIMIT_EXCEEDED');
    expect(res.errors?.[0]?.message).toBe('text is served for at most 20 directives per request, this one asks for 21');
  });
});

describe('directives(search:) as people name a directive', () => {
  it('finds 17/CT-UBND by "chi thi 17": type words, number, no diacritics', async () => {
    const data = await ok(app, '{ directives(search: "chi thi 17") { totalCount nodes { number issuer { name } } } }');
    // and seed 003, whose title is "Về việc thực hiện Chỉ thị số 17/CT-UBND ..."
    expect(data.directives.totalCount).toBe(2);
    expect(data.directives.nodes).toContainEqual({ number: '17/CT-UBND', issuer: { name: 'UBND Thành phố Hà Nội' } });
    expect(data.directives.nodes).toContainEqual({ number: null, issuer: { name: 'Quận ủy' } });
  });

  it('leaves out of the Lucene query exactly the stop words the server drops from the index', async () => {
    const rows = await read<{ stopwords: string[] }>({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }, {
      cypher: `CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords
        WHERE analyzer = 'standard-folding' RETURN stopwords`, params: {},
    }, { what: 'listing the analyzers' });
    expect([...(rows[0]?.stopwords ?? [])].sort()).toEqual([...LUCENE_STOP_WORDS].sort());
  });

  it('checks words the index drops as stop words with the fold: kept when found, refused when not', async () => {
    // "an" (a stop word of the index) is in both haystacks: "thanh pho ha noi", "quan uy"
    const withAn = await ok(app, '{ directives(search: "chi thi 17 an") { totalCount nodes { number } } }');
    const without = await ok(app, '{ directives(search: "chi thi 17") { totalCount nodes { number } } }');
    expect(without.directives.totalCount).toBe(2);
    expect(withAn.directives).toEqual(without.directives);
    // "with" is in neither: the search finds nothing rather than ignoring the word
    const withWith = await ok(app, '{ directives(search: "chi thi 17 with") { totalCount } }');
    expect(withWith.directives.totalCount).toBe(0);
  });

  it('finds the Quận ủy Liên Chiểu documents by issuer words', async () => {
    const data = await ok(app, '{ directives(search: "cong van quan uy lien chieu") { nodes { number } } }');
    expect(data.directives.nodes.map((n: Json) => n.number)).toContain('180-CV/QU');
  });
});
