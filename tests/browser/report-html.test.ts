import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadRunner } from '../../src/graph/read/runner.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { walkDocuments } from '../../src/read/index.js';
import { derivedTasksHtml } from '../../src/report/render/html.js';
import { buildTestApp } from '../api/helpers.js';
import { useGraph } from '../helpers/graph.js';
import { derivedReport } from '../report/factories.js';

/**
 * The HTML reports as a reader sees them: served by the API on a random port, opened in Debian's
 * Chromium (playwright-core, no downloaded browser), printed to PDF and captured as PNG. The page
 * must load nothing but itself and log no error; the checks read the rendered text, and the PDF's
 * text and page count through poppler (pdftotext, pdfinfo).
 */
const graph = useGraph();
const KEY_17 = 'doc:17/CT-UBND|org:ubnd@p01|2021';
let app: FastifyInstance;
let base: string;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  const target = { driver: graph.driver, database: graph.target.NEO4J_DATABASE };
  await ingest(walkDocuments(['corpus/seeds']), { target, stages: await defaultStages() });
  app = await buildTestApp({ runner: createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 30_000 }) });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  dir = mkdtempSync(join(tmpdir(), 'dg-report-html-'));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A page that records console errors, page errors and every request it makes. */
async function watchedPage(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  return { page, errors, requests };
}

describe('derived-tasks report in Chromium', () => {
  it('renders the explorer\'s link with the tree, the ward tasks and their chain, requesting nothing else', async () => {
    const url = `${base}/reports/derived-tasks?order=${encodeURIComponent(KEY_17)}&level=ward&format=html`;
    const { page, errors, requests } = await watchedPage();
    const res = await page.goto(url);
    expect(res?.status()).toBe(200);
    const text = await page.locator('body').innerText();
    expect(text).toContain('Derived tasks · 17/CT-UBND');
    expect(text).toContain('Tasks at ward/commune level (9)');
    expect(await page.locator('#tasks tbody tr').count()).toBe(9);
    const chains = await page.locator('#tasks td.chain').allInnerTexts();
    expect(chains.filter((c) => c === '17/CT-UBND ← 308-TB/QU')).toHaveLength(4);
    // the tree: the order and the three documents below it, as SVG boxes
    expect(await page.locator('svg.tree g.node').count()).toBe(4);
    expect(await page.locator('svg.tree g.node.root text.num').textContent()).toBe('17/CT-UBND');
    expect(text).not.toMatch(/Liên Chi|Hòa Minh/);

    const pdfPath = join(dir, 'ct17.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    // the print stylesheet's @page size, not a size the test asks for
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    // one section per page at least: summary, tree, tasks, caveats
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(4);
    const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(page2).toContain('Implementation tree');
    const all = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(all).toContain('308-TB/QU');
    // pdftotext reads table columns side by side, so check phrases that fit in one line of a cell
    expect(all).toContain('UBND phường phải bám sát địa bàn');
    expect(all).toContain('Issuers of unknown area');

    const png = await page.screenshot({ fullPage: true });
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(1200);

    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  });

  it('shows a title with <script> in it as text, and runs nothing', async () => {
    const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const { page, errors, requests } = await watchedPage();
    await page.setContent(derivedTasksHtml(derivedReport({ title: hostile, text: hostile })));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('header .doc-title').innerText()).toBe(hostile);
    expect(await page.locator('#tasks tbody td').nth(2).innerText()).toBe(hostile);
    expect(await page.locator('script, img').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(requests.filter((r) => r !== 'about:blank')).toEqual([]);
    await page.close();
  });
});

describe('coverage report in Chromium', () => {
  it('lists the wards of Liên Chiểu that have not answered first, then phường Hòa Minh answered by 100-CV/ĐU', async () => {
    const { page, errors } = await watchedPage();
    await page.goto(`${base}/reports/coverage?order=180-CV/QU&format=html`);
    const rows = await page.locator('#units tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => (td as HTMLElement).innerText)));
    const wards = rows.filter((r) => r[2] === 'ward (gazetteer)').map((r) => [r[0], r[1], r[4], r[6]]);
    expect(wards).toEqual([
      ['not answered', 'phường Hòa Hiệp Bắc', '', ''],
      ['not answered', 'phường Hòa Hiệp Nam', '', ''],
      ['not answered', 'phường Hòa Khánh Bắc', '', ''],
      ['not answered', 'phường Hòa Khánh Nam', '', ''],
      ['answered', 'phường Hòa Minh', '100-CV/ĐU', '3 days'],
    ]);
    expect(rows.at(-1)?.[0]).toBe('answered');
    expect(errors).toEqual([]);
    await page.close();
  });
});
