import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadRunner } from '../../src/graph/read/runner.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { walkDocuments } from '../../src/read/index.js';
import { useGraph } from '../helpers/graph.js';
import { deadRunner, drawn, inside, launch, open, screenshot, serve, type Served } from './harness.js';
import { READABLE_ZOOM } from '../../src/explorer/layered.js';
import { ensureWebBuilt } from '../../scripts/web-build.js';

/**
 * The explorer end to end (issue 10, "Done when"): the real server with the built page, the real
 * Neo4j holding the five seeds as the pipeline ingested them, Debian's Chromium. Each test leaves a
 * screenshot in tests/artifacts/. The expected values are those of corpus/seeds, read by hand.
 */
const graph = useGraph();
let server: Served;
let browser: Browser;
const allRequests: string[] = [];
/** Page errors and CSP violations of every page opened, checked by the last test. */
const allErrors: string[][] = [];

const KEY_17 = 'doc:17/CT-UBND|org:ubnd@p01|2021';
const KEY_180 = 'doc:180-CV/QU|org:quan-uy@d490|2021';
const KEY_100 = 'doc:100-CV/DDU|org:dang-uy@w20200|2021';

beforeAll(async () => {
  await ensureWebBuilt();
  const target = { driver: graph.driver, database: graph.target.NEO4J_DATABASE };
  const summary = await ingest(walkDocuments(['corpus/seeds']), { target, stages: await defaultStages() });
  expect(summary.counts).toMatchObject({ ingested: 5, failed: 0 });
  server = await serve(createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 30_000 }));
  // One of each query the page sends, before any page opens: a freshly started Neo4j plans each new
  // query once (seconds on a loaded machine), which is not what these tests are about.
  for (const query of [
    '{ directives(search: "chi thi 17", first: 10) { totalCount nodes { key issuer { name } } } }',
    `{ lineage(key: "${KEY_17}") { nodes { key } edges { type } context { type } } }`,
    `{ derivedTasks(order: "${KEY_17}", level: WARD, first: 100) { totalCount nodes { chain { key } mandate { id } } } }`,
    `{ directive(key: "${KEY_17}") { text implementedBy { relation } citedBy { relation } assignments { id } } }`,
  ]) {
    const res = await server.app.inject({ method: 'POST', url: '/graphql', payload: { query } });
    expect(res.statusCode).toBe(200);
  }
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.app.close();
});

async function page(path = '/') {
  const w = await open(browser, `${server.origin}${path}`);
  allRequests.push(...w.requests);
  allErrors.push(w.errors);
  w.page.on('request', (r) => allRequests.push(r.url()));
  return w;
}

/** The text alternative of the graph: one line per drawn directive with its outgoing links. */
async function textList(p: Page): Promise<string[]> {
  return p.locator('#node-list > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}

describe('explorer', () => {
  it('finds 17/CT-UBND from "chi thi 17" (keyboard) and draws 308-TB/QU and 500-CV/QU implementing it', async () => {
    const { page: p, errors } = await page();
    // typed as a person types: each keystroke cancels the previous request, the last one answers
    await p.locator('#search').pressSequentially('chi thi 17', { delay: 40 });
    const first = p.locator('#suggestions li[data-key]').first();
    await first.waitFor();
    // a measurement for the log, not an assertion (speed targets live in bench:explorer)
    console.log(`[explorer] suggestions for "chi thi 17" answered in ${await p.locator('#search').getAttribute('data-latency-ms')} ms`);
    const suggestions = await p.locator('#suggestions li[data-key]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')));
    expect(suggestions).toContain(KEY_17);
    // move to 17/CT-UBND with the arrow keys, open it with Enter
    const index = suggestions.indexOf(KEY_17);
    for (let i = 0; i < index; i++) await p.keyboard.press('ArrowDown');
    await p.keyboard.press('Enter');
    await drawn(p);
    expect(new URL(p.url()).searchParams.get('k')).toBe(KEY_17);
    const lines = await textList(p);
    const line = (number: string) => lines.find((l) => l.startsWith(`${number} —`));
    expect(line('17/CT-UBND')).toContain('the order drawn, cited only, province');
    expect(line('308-TB/QU')).toContain('implements 17/CT-UBND');
    expect(line('500-CV/QU')).toMatch(/implements 17\/CT-UBND \(inferred, confidence 0\.\d\d\)/);
    expect(await p.locator('#status').textContent()).toMatch(/^17\/CT-UBND: \d+ directives drawn, \d+ links/);
    expect(errors).toEqual([]);
    await screenshot(p, 'explorer-search-17');
  });

  it('clicking 308-TB/QU shows the sentence that links it to 17/CT-UBND, highlighted in its text, and its tasks', async () => {
    const { page: p } = await page(`/?k=${encodeURIComponent(KEY_17)}`);
    await drawn(p);
    await p.locator('#node-list button', { hasText: '308-TB/QU' }).click();
    await p.locator('#panel-title').waitFor();
    expect(await p.locator('#panel-title').textContent()).toBe('308-TB/QU');
    // The implementing sentence names 500-CV/QU as well, so its one mark carries both links' labels.
    const mark = p.locator('#panel-source mark[data-label*="IMPLEMENTS → 17/CT-UBND"]');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.getAttribute('data-label')).toContain('IMPLEMENTS → 500-CV/QU');
    const sentence = await mark.innerText();
    expect(sentence).toContain('triển khai tổ chức thực hiện Chỉ thị 17/CT-UBND');
    expect(sentence).toContain('ngày 23/7/2021 của UBND Thành phố Hà Nội');
    // its tasks: clauses in reading order, the ward units named
    const tasks = await p.locator('#panel-tasks > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).innerText));
    expect(tasks.length).toBeGreaterThanOrEqual(4);
    expect(tasks[0]).toMatch(/^1 /);
    expect(tasks.join('\n')).toContain('Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 các phường quận Hai Bà Trưng');
    expect(tasks.join('\n')).toContain('Công an các phường quận Hai Bà Trưng');
    await mark.scrollIntoViewIfNeeded();
    await screenshot(p, 'explorer-panel-308');
  });

  it('100-CV/ĐU\'s panel names whom UBND phường is to direct in item 2 (the Trạm y tế), and says so', async () => {
    const { page: p } = await page(`/?k=${encodeURIComponent(KEY_100)}`);
    await drawn(p);
    await p.locator('#node-list button', { hasText: '100-CV/ĐU' }).click();
    await p.locator('#panel-title').filter({ hasText: '100-CV/ĐU' }).waitFor();
    const units = await p.locator('#panel-tasks > li > ul > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    expect(units.find((u) => u.startsWith('Trạm y tế phường Hòa Minh'))).toContain('directed by UBND phường Hòa Minh');
    expect(units.find((u) => u.startsWith('UBND phường Hòa Minh'))).not.toContain('directed by');
  });

  it('ward tasks of 17/CT-UBND list those of 308-TB/QU; of 180-CV/QU those of 100-CV/ĐU and nothing from Hà Nội', async () => {
    const { page: p } = await page(`/?k=${encodeURIComponent(KEY_17)}&view=tasks`);
    await p.locator('#tasks-table tbody tr').first().waitFor();
    const rows17 = await p.locator('#tasks-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText)));
    const from308 = rows17.filter((r) => r[3] === '308-TB/QU');
    expect(from308.map((r) => r[2])).toEqual(['1', '2', '3', '4.-1']);
    expect(from308[0]![4]).toBe('17/CT-UBND → 308-TB/QU');
    expect(await p.locator('#report-link').getAttribute('href')).toBe(`/reports/derived-tasks?order=${encodeURIComponent(KEY_17)}&level=ward&format=html`);
    await screenshot(p, 'explorer-ward-tasks-17');

    await p.goto(`${server.origin}/?k=${encodeURIComponent(KEY_180)}&view=tasks`);
    await p.locator('#tasks-table tbody tr').first().waitFor();
    const rows180 = await p.locator('#tasks-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText)));
    expect(rows180.length).toBeGreaterThan(0);
    expect(new Set(rows180.map((r) => r[3]))).toEqual(new Set(['100-CV/ĐU']));
    // item 2: UBND phường is assigned, and the Trạm y tế is whom it is to direct
    expect(rows180.find((r) => r[2] === '2' && r[0]!.includes('Trạm y tế'))![0]).toContain('Trạm y tế phường Hòa Minh (directed by UBND phường Hòa Minh)');
    const all = rows180.flat().join('\n');
    expect(all).not.toMatch(/Hà Nội|Hai Bà Trưng/);
    // sorting by unit and filtering by words, diacritics ignored, are kept in the URL
    await p.locator('th button[data-col="unit"]').click();
    await p.locator('#task-filter').fill('hoa minh');
    await expect.poll(() => new URL(p.url()).searchParams.get('q')).toBe('hoa minh');
    expect(new URL(p.url()).searchParams.get('sort')).toBe('unit');
    const filtered = await p.locator('#tasks-table tbody tr td:first-child').allInnerTexts();
    expect(filtered.length).toBeGreaterThan(0);
    for (const u of filtered) expect(u).toMatch(/Hòa Minh/);
    await screenshot(p, 'explorer-ward-tasks-180');
  });

  it('a shared URL reopens the same view, and back/forward walk through views', async () => {
    const { page: p } = await page(`/?k=${encodeURIComponent(KEY_17)}`);
    await drawn(p);
    await p.locator('#lv-CENTRAL').uncheck();
    await p.locator('#node-list button', { hasText: '308-TB/QU' }).click();
    await p.locator('#panel-title').waitFor();
    const shared = p.url();
    const before = { list: await textList(p), status: await p.locator('#status').textContent(), panel: await p.locator('#panel-title').textContent() };
    expect(before.list.some((l) => l.startsWith('68/NQ-CP'))).toBe(false);

    const { page: q } = await page(new URL(shared).search ? `/${new URL(shared).search}` : '/');
    await drawn(q);
    await q.locator('#panel-title').waitFor();
    expect({ list: await textList(q), status: await q.locator('#status').textContent(), panel: await q.locator('#panel-title').textContent() }).toEqual(before);
    expect(await q.locator('#lv-CENTRAL').isChecked()).toBe(false);
    await screenshot(q, 'explorer-shared-url');

    await p.goBack();
    await expect.poll(() => p.locator('#panel').isHidden()).toBe(true);
    await p.goBack();
    await expect.poll(() => p.locator('#lv-CENTRAL').isChecked()).toBe(true);
    await p.goForward();
    await expect.poll(() => p.locator('#lv-CENTRAL').isChecked()).toBe(false);
  });

  it('exports GraphML that parses as XML with the nodes and edges shown, and JSON, SVG and PNG', async () => {
    const { page: p } = await page(`/?k=${encodeURIComponent(KEY_17)}`);
    await drawn(p);
    const [download] = await Promise.all([p.waitForEvent('download'), p.locator('[data-export="graphml"]').click()]);
    expect(download.suggestedFilename()).toBe('directive-graph-17_CT-UBND.graphml');
    const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const parsed = await p.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const labels = [...doc.getElementsByTagName('node')].map((n) => [...n.getElementsByTagName('data')].find((d) => d.getAttribute('key') === 'n_number')?.textContent ?? null);
      const edges = [...doc.getElementsByTagName('edge')].map((e) => `${e.getAttribute('source')} ${e.getAttribute('target')}`);
      return { error, labels, edges };
    }, text);
    expect(parsed.error).toBeNull();
    const shownNodes = Number(await p.locator('#graph').getAttribute('data-nodes'));
    const shownEdges = Number(await p.locator('#graph').getAttribute('data-edges'));
    expect(parsed.labels).toHaveLength(shownNodes);
    expect(parsed.edges).toHaveLength(shownEdges);
    expect(parsed.labels).toEqual(expect.arrayContaining(['17/CT-UBND', '308-TB/QU', '500-CV/QU']));
    expect(parsed.edges).toContain(`doc:308-TB/QU|org:quan-uy@d007 ${KEY_17}`);

    for (const [kind, name, head] of [['json', 'directive-graph-17_CT-UBND.json', '{'], ['svg', 'directive-graph-17_CT-UBND.svg', '<svg'], ['png', 'directive-graph-17_CT-UBND.png', '\u0089PNG']] as const) {
      const [d] = await Promise.all([p.waitForEvent('download'), p.locator(`[data-export="${kind}"]`).click()]);
      expect(d.suggestedFilename()).toBe(name);
      const bytes = Buffer.concat(await (await d.createReadStream()).toArray());
      expect(bytes.toString('latin1').startsWith(head)).toBe(true);
    }
    await screenshot(p, 'explorer-export');
  });

  it('100-CV/ĐU\'s view draws the units it assigns tasks to, linked by ASSIGNS edges, and the GraphML export has them', async () => {
    const { page: p } = await page(`/?k=${encodeURIComponent(KEY_100)}`);
    await drawn(p);
    // the units the Ban Thường vụ names in clauses 1 to 6 of the seed (its text, read by hand)
    const units = [
      'Ban Chỉ huy Quân sự phường Hòa Minh', 'Công an phường Hòa Minh', 'Trạm y tế phường Hòa Minh', 'UBND phường Hòa Minh',
      'Ủy ban Kiểm tra Đảng ủy phường Hòa Minh', 'Ban Tuyên giáo và Dân vận Đảng ủy phường Hòa Minh',
    ];
    expect(await p.locator('#status').textContent()).toBe('100-CV/ĐU: 1 directives drawn, 0 links; 17 units assigned tasks by them.');
    const lines = await textList(p);
    const own = lines.find((l) => l.startsWith('100-CV/ĐU —'))!;
    // clause 3 alone names Công an phường, clause 5 alone the Ủy ban Kiểm tra
    expect(own).toContain('assigns tasks to Công an phường Hòa Minh (assigned; 1 task)');
    expect(own).toContain('assigns tasks to Ủy ban Kiểm tra Đảng ủy phường Hòa Minh (assigned; 1 task)');
    for (const u of units) expect(lines, u).toContain(`${u} — ward unit [ward, organisation]`);
    // below the ward, in the residential areas (clause 6)
    expect(lines).toContain('Các tổ dân phố phường Hòa Minh — internal unit [internal, organisation]');
    expect(lines.filter((l) => l.endsWith('[ward, organisation]') || l.endsWith('[internal, organisation]'))).toHaveLength(17);

    const [download] = await Promise.all([p.waitForEvent('download'), p.locator('[data-export="graphml"]').click()]);
    const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const parsed = await p.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const value = (el: Element, key: string) => [...el.getElementsByTagName('data')].find((d) => d.getAttribute('key') === key)?.textContent ?? null;
      const names = new Map([...doc.getElementsByTagName('node')].map((n) => [n.getAttribute('id'), value(n, 'n_name') ?? value(n, 'n_number')]));
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        units: [...doc.getElementsByTagName('node')].filter((n) => value(n, 'n_kind') === 'unit').map((n) => value(n, 'n_name')),
        assigns: [...doc.getElementsByTagName('edge')].filter((e) => value(e, 'e_type') === 'ASSIGNS')
          .map((e) => `${names.get(e.getAttribute('source'))} -> ${names.get(e.getAttribute('target'))} (${value(e, 'e_roles')}, ${value(e, 'e_count')})`),
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.units).toHaveLength(17);
    expect(parsed.units).toEqual(expect.arrayContaining(units));
    expect(parsed.assigns).toHaveLength(17);
    expect(parsed.assigns).toEqual(expect.arrayContaining([
      '100-CV/ĐU -> Công an phường Hòa Minh (ASSIGNED, 1)',
      '100-CV/ĐU -> Ủy ban Kiểm tra Đảng ủy phường Hòa Minh (ASSIGNED, 1)',
    ]));
    await screenshot(p, 'explorer-units-100');
  });

  it('100-CV/ĐU\'s seventeen units are drawn inside the drawing area, at a readable zoom, at 1280×800, with its panel open, and on a phone', async () => {
    const check = async (p: Page, name: string) => {
      const drawing = await inside(p);
      expect(drawing.nodes, name).toBe(18);
      expect(drawing.outside, name).toEqual([]);
      // 11–12 px labels drawn at no less than 0.75 of their size
      expect(drawing.zoom, name).toBeGreaterThanOrEqual(READABLE_ZOOM);
      await screenshot(p, name);
    };
    const { page: p } = await page(`/?k=${encodeURIComponent(KEY_100)}`);
    await drawn(p);
    await check(p, 'explorer-units-100-fitted');
    // the panel takes 24rem of the width: the picture is wrapped again and still fits
    await p.locator('#node-list button', { hasText: '100-CV/ĐU' }).click();
    await p.locator('#panel-title').filter({ hasText: '100-CV/ĐU' }).waitFor();
    await expect.poll(async () => (await inside(p)).outside).toEqual([]);
    await check(p, 'explorer-units-100-panel');

    const w = await open(browser, `${server.origin}/?k=${encodeURIComponent(KEY_100)}`, { width: 390, height: 844 });
    allRequests.push(...w.requests);
    allErrors.push(w.errors);
    await drawn(w.page);
    await check(w.page, 'explorer-units-100-phone');
  });

  it('expand down and expand up add the neighbours of the directive clicked, the URL keeps them, back takes them away', async () => {
    const poll = { timeout: 60_000 };
    // 180-CV/QU and what it carries out: 100-CV/ĐU, below it, is not drawn
    const { page: p } = await page(`/?k=${encodeURIComponent(KEY_180)}&dir=UP&depth=1&units=0`);
    await drawn(p);
    const names = async () => (await textList(p)).map((l) => l.split(' — ')[0]!).sort();
    const exp = () => new URL(p.url()).searchParams.getAll('exp');
    const before = await names();
    expect(before).toContain('180-CV/QU');
    expect(before).not.toContain('100-CV/ĐU');

    await p.locator('#node-list button', { hasText: '180-CV/QU' }).click();
    await p.locator('#panel-title').filter({ hasText: '180-CV/QU' }).waitFor();
    await p.locator('[data-action="expand-down"]').click();
    await expect.poll(exp, poll).toEqual([`DOWN:${KEY_180}`]);
    await expect.poll(names, poll).toEqual([...before, '100-CV/ĐU'].sort());
    expect((await textList(p)).find((l) => l.startsWith('100-CV/ĐU —'))).toContain('implements 180-CV/QU');
    await screenshot(p, 'explorer-expand-down');

    await p.goBack();
    await expect.poll(exp, poll).toEqual([]);
    await expect.poll(names, poll).toEqual(before);
    await p.goForward();
    await expect.poll(names, poll).toEqual([...before, '100-CV/ĐU'].sort());

    // 100-CV/ĐU alone (nothing carries it out), then what it carries out, one hop up
    await p.goto(`${server.origin}/?k=${encodeURIComponent(KEY_100)}&units=0`);
    await drawn(p);
    expect(await names()).toEqual(['100-CV/ĐU']);
    await p.locator('#node-list button', { hasText: '100-CV/ĐU' }).click();
    await p.locator('#panel-title').filter({ hasText: '100-CV/ĐU' }).waitFor();
    await p.locator('[data-action="expand-up"]').click();
    await expect.poll(exp, poll).toEqual([`UP:${KEY_100}`]);
    await expect.poll(names, poll).toEqual(['100-CV/ĐU', '180-CV/QU']);
    await screenshot(p, 'explorer-expand-up');
    await p.goBack();
    await expect.poll(exp, poll).toEqual([]);
    await expect.poll(names, poll).toEqual(['100-CV/ĐU']);
  });

  it('says so when a search finds nothing', async () => {
    const { page: p } = await page();
    await p.locator('#search').fill('khong co van ban nay');
    await expect.poll(() => p.locator('#suggestions li.note').first().textContent()).toBe('Nothing matches “khong co van ban nay”. Try a number (308-TB/QU), words of a title, or an issuer.');
    await screenshot(p, 'explorer-nothing-found');
  });

  it('reads well on a phone-size window', async () => {
    const w = await open(browser, `${server.origin}/?k=${encodeURIComponent(KEY_17)}&sel=${encodeURIComponent('doc:308-TB/QU|org:quan-uy@d007')}`, { width: 390, height: 844 });
    allRequests.push(...w.requests);
    allErrors.push(w.errors);
    await drawn(w.page);
    await w.page.locator('#panel-title').waitFor();
    // nothing wider than the window: no sideways scrolling
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(w.page, 'explorer-phone');
  });

  it('with Neo4j stopped the page shows an error message, not a blank screen', async () => {
    const dead = await deadRunner();
    const down = await serve(dead.runner);
    try {
      const w = await open(browser, `${down.origin}/`);
      allRequests.push(...w.requests);
      allErrors.push(w.errors);
      const alert = w.page.locator('#alert');
      await alert.waitFor({ state: 'visible' });
      expect(await alert.textContent()).toBe('The graph database (Neo4j) does not answer. The server is up; try again once the database is back.');
      expect(await w.page.locator('#status').textContent()).toBe('Nothing to show until the server answers.');
      await screenshot(w.page, 'explorer-neo4j-down');

      await w.page.goto(`${down.origin}/?k=${encodeURIComponent(KEY_17)}`);
      await alert.waitFor({ state: 'visible' });
      expect(await w.page.locator('#status').textContent()).toBe('The view could not be loaded.');
    } finally {
      await down.app.close();
      await dead.close();
    }
  });

  it('no request left 127.0.0.1 in any of the tests above, and no page error or CSP violation under a strict policy', () => {
    expect(allErrors.flat()).toEqual([]);
    expect(allRequests.length).toBeGreaterThan(20);
    const outside = allRequests.filter((u) => {
      if (u.startsWith('data:') || u.startsWith('blob:')) return false;
      return new URL(u).hostname !== '127.0.0.1';
    });
    expect(outside).toEqual([]);
  });
});
