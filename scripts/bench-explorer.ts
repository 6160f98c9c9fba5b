#!/usr/bin/env -S npx tsx
/**
 * `npm run bench:explorer`: time to first drawing of a city order's cascade in the explorer, on a
 * generated corpus (scripts/gen-corpus.ts, default 5,000 documents), in Debian's Chromium against
 * the real server and its own embedded Neo4j. A measurement, not a test: it prints numbers and
 * asserts nothing. Baseline in the same run: the same page drawing the same order at depth 1 (the
 * order and its direct implementers), so the ratio isolates what the size of the cascade costs.
 *
 * "First drawing" is what the page records in #graph[data-first-draw-ms]: milliseconds from the
 * navigation's start to the first frame rendered with the cascade (page load, font, the lineage
 * query, folding, layout, canvas paint). Each run uses a fresh browser context (cold cache). The page
 * also leaves performance measures (explorer:query, :build, :layout, :add, :frame, :paint), which
 * the last table reports: where the time of the first drawing goes.
 *
 *   npx tsx scripts/bench-explorer.ts [--docs 5000] [--runs 5] [--port 7689]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { chromium } from 'playwright-core';
import app from '../src/api/app.js';
import { loadConfig } from '../src/config.js';
import * as embedded from '../src/db/embedded.js';
import { createDriver } from '../src/graph/driver.js';
import { verify } from '../src/graph/executor.js';
import { clearGraph } from '../src/graph/maintenance.js';
import { applySchema } from '../src/graph/migrate.js';
import { createReadRunner } from '../src/graph/read/runner.js';
import { ingest } from '../src/ingest/pipeline.js';
import { defaultStages } from '../src/ingest/stages.js';
import { walkDocuments } from '../src/read/index.js';
import { generateCorpus } from './bench/corpus.js';
import { ensureWebBuilt, WEB_DIR } from './web-build.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({ options: { docs: { type: 'string', default: '5000' }, runs: { type: 'string', default: '5' }, port: { type: 'string' } } });
const docs = Number(values.docs);
const runs = Number(values.runs);
const port = Number(values.port ?? process.env.NEO4J_EMBEDDED_PORT ?? 7689);
const started = performance.now();
const log = (line: string) => process.stderr.write(`[bench:explorer ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}\n`);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

await ensureWebBuilt();
const corpus = await generateCorpus({ root, log } as never, join(root, '.data/bench-explorer', `corpus-${docs}`), docs);

const dataDir = join(root, '.data/bench-explorer');
const heap = loadConfig({ ...process.env, NEO4J_URI: undefined }).NEO4J_EMBEDDED_HEAP;
log(`starting an embedded Neo4j (${dataDir}, port ${port})...`);
const neo = await embedded.start({ dataDir, port, heap, owner: 'cli', log });
const driver = createDriver({ NEO4J_URI: undefined, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'unused', NEO4J_EMBEDDED_PORT: port });
const fastify = Fastify({ logger: false });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
  await verify(driver);
  await applySchema(driver, join(root, 'schema'));
  await fastify.register(app, { runner: createReadRunner(driver, { timeoutMs: 60_000 }), explorerDir: WEB_DIR });
  await fastify.listen({ port: 0, host: '127.0.0.1' });
  const address = fastify.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fastify.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
    const body = res.json() as { data: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors[0]!.message);
    return body.data;
  };

  const held = await gql<{ stats: { directivesByStatus: { name: string; count: number }[] } }>('{ stats { directivesByStatus { name count } } }');
  const ingested = held.stats.directivesByStatus.find((c) => c.name === 'ingested')?.count ?? 0;
  if (ingested < docs * 0.95) {
    log(`the graph holds ${ingested} ingested directives: clearing it and ingesting the ${docs}-document corpus (a few minutes)...`);
    await clearGraph({ driver });
    const summary = await ingest(walkDocuments([corpus]), { target: { driver }, stages: await defaultStages() });
    log(`ingested ${summary.counts.ingested}, failed ${summary.counts.failed}, in ${(summary.elapsedMs / 1000).toFixed(1)} s`);
  } else {
    log(`the graph already holds ${ingested} ingested directives: reusing it`);
  }

  // The city order with the largest cascade among the provincial Chỉ thị.
  const orders = await gql<{ directives: { nodes: { key: string; number: string }[] } }>('{ directives(docType: "Chỉ thị", level: PROVINCE, first: 30) { nodes { key number } } }');
  let best = { key: '', number: '', size: -1 };
  for (const o of orders.directives.nodes) {
    const l = await gql<{ lineage: { nodes: { key: string }[]; edges: unknown[] } }>('query($k: ID!) { lineage(key: $k) { nodes { key } edges { type } } }', { k: o.key });
    if (l.lineage.nodes.length > best.size) best = { ...o, size: l.lineage.nodes.length };
  }
  if (best.size < 0) throw new Error('no provincial Chỉ thị in the generated corpus');
  log(`order: ${best.number} (${best.key}), ${best.size} directives in its downward cascade`);

  const measure = async (query: string, shot: string) => {
    const times: number[] = [];
    const parts: {
      query: number; draw: number; ready: number; sent: number; answered: number; bytes: number; layout: number; paint: number;
      graphReady: number; mQuery: number; mBuild: number; mText: number; mLayout: number; mAdd: number; mFrame: number; mPaint: number;
    }[] = [];
    let drawn = '';
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${origin}/?k=${encodeURIComponent(best.key)}${query}`);
      await page.waitForFunction(() => Boolean(document.querySelector<HTMLElement>('#graph')?.dataset.firstDrawMs), undefined, { timeout: 120_000 });
      const ms = Number(await page.locator('#graph').getAttribute('data-first-draw-ms'));
      drawn = `${await page.locator('#graph').getAttribute('data-nodes')} nodes, ${await page.locator('#graph').getAttribute('data-edges')} edges drawn`;
      // The first run warms the server (JIT, Neo4j page cache) and is not counted.
      if (i > 0) {
        times.push(ms);
        // Where the time goes, from the browser's own timings: the page and its script ready, the
        // lineage request sent and answered (the first POST /graphql), then layout and paint.
        const timing = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const gql = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/graphql')) as PerformanceResourceTiming | undefined;
          // The page's own measures (explorer:*), the first of each name: those of the first drawing.
          // (No named function in here: tsx would wrap it in a helper the page does not have.)
          const first: Record<string, PerformanceEntry> = {};
          for (const e of [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')]) {
            if (e.name.startsWith('explorer:') && !first[e.name]) first[e.name] = e;
          }
          return {
            ready: nav.domContentLoadedEventEnd, sent: gql?.startTime ?? 0, answered: gql?.responseEnd ?? 0, bytes: gql?.decodedBodySize ?? 0,
            graphReady: first['explorer:graph-ready']?.startTime ?? NaN,
            mQuery: first['explorer:query']?.duration ?? NaN, mBuild: first['explorer:build']?.duration ?? NaN, mText: first['explorer:text']?.duration ?? NaN,
            mLayout: first['explorer:layout']?.duration ?? NaN, mAdd: first['explorer:add']?.duration ?? NaN,
            mFrame: first['explorer:frame']?.duration ?? NaN, mPaint: first['explorer:paint']?.duration ?? NaN,
          };
        });
        const attr = async (name: string) => Number(await page.locator('#graph').getAttribute(name));
        parts.push({
          query: await attr('data-query-ms'), draw: await attr('data-draw-ms'), layout: await attr('data-layout-ms'), paint: await attr('data-paint-ms'), ...timing,
        });
      }
      if (i === runs) {
        mkdirSync(join(root, 'tests/artifacts'), { recursive: true });
        await page.screenshot({ path: join(root, 'tests/artifacts', `bench-explorer-${shot}.png`) });
      }
      await context.close();
    }
    const med = (k: keyof (typeof parts)[number]) => median(parts.map((p) => p[k]));
    return {
      times, drawn, query: med('query'), draw: med('draw'), ready: med('ready'), sent: med('sent'), answered: med('answered'),
      kb: med('bytes') / 1024, layout: med('layout'), paint: med('paint'), load: loadAverage(),
      graphReady: med('graphReady'), mQuery: med('mQuery'), mBuild: med('mBuild'), mText: med('mText'), mLayout: med('mLayout'), mAdd: med('mAdd'), mFrame: med('mFrame'), mPaint: med('mPaint'),
    };
  };
  const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

  // Search as you type: each suggestion list is one directives(search:) query over the whole graph.
  const timeQuery = async (query: string, variables: Record<string, unknown> = {}) => {
    const ms: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      await gql(query, variables);
      if (i > 0) ms.push(performance.now() - t0);
    }
    return median(ms);
  };
  const typename = await timeQuery('{ __typename }');
  const searches: string[] = [];
  for (const words of ['chi thi', 'ke hoach quan', best.number, 'dang uy phuong hoa']) {
    const t = await timeQuery('query($s: String!) { directives(search: $s, first: 10) { totalCount nodes { key number title issuedOn issuer { name } } } }', { s: words });
    searches.push(`| search "${words}" | ${t.toFixed(0)} ms | ${(t / typename).toFixed(1)}× |`);
  }

  const baseline = await measure('&depth=1', 'depth-1');
  const folded = await measure('', 'folded');
  const open = await measure('&ol=DISTRICT%2CWARD', 'opened');
  type Result = Awaited<ReturnType<typeof measure>>;
  const line = (name: string, r: Result) =>
    `| ${name} | ${r.drawn} | ${median(r.times).toFixed(0)} ms | ${Math.min(...r.times)}–${Math.max(...r.times)} ms | ${r.query.toFixed(0)} ms | ${r.draw.toFixed(0)} ms | ${(median(r.times) / median(baseline.times)).toFixed(2)}× | ${r.load} |`;
  const parts = (name: string, r: Result) =>
    `| ${name} | ${r.ready.toFixed(0)} ms | ${r.sent.toFixed(0)} ms | ${r.answered.toFixed(0)} ms (${r.kb.toFixed(0)} KiB) | ${r.layout.toFixed(0)} ms | ${r.paint.toFixed(0)} ms | ${median(r.times).toFixed(0)} ms |`;
  // NaN when the page has no such measure (a build of the page from before they were added).
  const ms = (x: number) => (Number.isNaN(x) ? '–' : `${x.toFixed(0)} ms`);
  const marks = (name: string, r: Result) =>
    `| ${name} | ${ms(r.graphReady)} | ${ms(r.mQuery)} | ${ms(r.mBuild)} | ${ms(r.mText)} | ${ms(r.mLayout)} | ${ms(r.mAdd)} | ${ms(r.mFrame)} | ${ms(r.mPaint)} |`;
  process.stdout.write([
    '',
    `Explorer: time to first drawing, ${docs} generated documents, order ${best.number} (${best.size} directives downward), ${runs} runs each (+1 warm-up), Chromium ${browser.version()}, 1280×800`,
    '',
    '| view | drawn | first drawing, median | range | of which lineage query | of which layout + paint | vs baseline | load average (1, 5, 15 min) |',
    '|---|---|---|---|---|---|---|---|',
    line('baseline: the order at depth 1', baseline),
    line('the whole cascade, folded by level and area (the default)', folded),
    line('the whole cascade, district and ward levels opened', open),
    '',
    'Where the time goes (medians, milliseconds from the navigation\'s start; the lineage answer\'s size decoded):',
    '',
    '| view | page and script ready | lineage request sent | lineage answered | layout (place + add + frame) | paint | first drawing |',
    '|---|---|---|---|---|---|---|',
    parts('baseline: the order at depth 1', baseline),
    parts('folded (the default)', folded),
    parts('district and ward levels opened', open),
    '',
    'The page\'s own performance measures for the first drawing (medians): the graph library loaded (from the navigation\'s start), then the durations of the lineage query round trip (GraphQL), building the view (merge, filters, folding), writing the status line and the text alternative, placing the nodes, adding them to Cytoscape, framing the viewport, painting the first frame:',
    '',
    '| view | graph library ready at | query | build view | status and text list | layout | add elements | frame | paint |',
    '|---|---|---|---|---|---|---|---|---|',
    marks('baseline: the order at depth 1', baseline),
    marks('folded (the default)', folded),
    marks('district and ward levels opened', open),
    '',
    `Search suggestions (GraphQL through fastify inject, median of 5 after a warm-up; baseline \`{ __typename }\` ${typename.toFixed(1)} ms):`,
    '',
    '| query | median | vs baseline |',
    '|---|---|---|',
    ...searches,
    '',
  ].join('\n'));
} finally {
  await browser.close();
  await fastify.close();
  await driver.close();
  if (!neo.reused) await embedded.stop({ dataDir, log });
}
