import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import app from '../../src/api/app.js';
import { createDriver } from '../../src/graph/driver.js';
import { createReadRunner, type ReadRunner } from '../../src/graph/read/runner.js';
import { WEB_DIR } from '../../scripts/web-build.js';

/**
 * A real server (the API plugin with the built page, listening on a random port of 127.0.0.1) and
 * Debian's Chromium driven by playwright-core. Every request the page makes is recorded, so a test
 * can check that none left the server's own origin.
 */
export const ARTIFACTS = new URL('../artifacts/', import.meta.url);

export interface Served {
  app: FastifyInstance;
  origin: string;
}

/**
 * The strictest policy the page is meant to work under (what a helmet-style CSP allows at most):
 * scripts, styles, fonts and requests from its own origin only, no inline script or style attribute.
 */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'";

export async function serve(runner: ReadRunner): Promise<Served> {
  const fastify = Fastify({ logger: false });
  fastify.addHook('onSend', async (request, reply) => {
    if (request.url === '/' || request.url.startsWith('/?')) reply.header('content-security-policy', STRICT_CSP);
  });
  await fastify.register(app, { runner, explorerDir: WEB_DIR });
  await fastify.listen({ port: 0, host: '127.0.0.1' });
  const address = fastify.server.address();
  if (!address || typeof address === 'string') throw new Error('the test server has no port');
  return { app: fastify, origin: `http://127.0.0.1:${address.port}` };
}

/** A runner whose Neo4j is not running: what the server sees once the database is stopped. */
export async function deadRunner(): Promise<{ runner: ReadRunner; close(): Promise<void> }> {
  const port = await new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
  const driver = createDriver({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'nothing-listens', NEO4J_DATABASE: undefined, NEO4J_EMBEDDED_PORT: port }, { connectionTimeoutMs: 2_000 });
  return { runner: createReadRunner(driver, { timeoutMs: 5_000 }), close: () => driver.close() };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
}

export interface Watched {
  page: Page;
  requests: string[];
  errors: string[];
}

export async function open(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<Watched> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  // Generous: two cores shared with other work, and a cold Neo4j plans each new query once.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  // A CSP violation is reported on the console, not thrown.
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  await page.goto(url);
  return { page, requests, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS).pathname, fullPage: false });
}

/** Resolves once the graph has been drawn (the page marks its container). */
export async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(document.querySelector<HTMLElement>('#graph')?.dataset.firstDrawMs));
}

/**
 * The drawing as the user sees it: how many nodes are drawn, the zoom, and the nodes whose box
 * (label included) is not wholly inside the graph's container. Cytoscape keeps its instance on its
 * container (`_cyreg`), which is how the test reads the rendered boxes without the page exposing them.
 */
export async function inside(page: Page): Promise<{ nodes: number; zoom: number; outside: string[] }> {
  return page.evaluate(() => {
    interface Box { x1: number; x2: number; y1: number; y2: number }
    interface Drawn { id(): string; renderedBoundingBox(o: { includeLabels: boolean }): Box }
    const el = document.querySelector('#graph') as HTMLElement & { _cyreg?: { cy: { zoom(): number; nodes(): { map<T>(f: (n: Drawn) => T): T[] } } } };
    const cy = el._cyreg!.cy;
    const [w, h] = [el.clientWidth, el.clientHeight];
    const boxes = cy.nodes().map((n) => ({ id: n.id(), b: n.renderedBoundingBox({ includeLabels: true }) }));
    const outside = boxes.filter(({ b }) => b.x1 < 0 || b.y1 < 0 || b.x2 > w || b.y2 > h)
      .map(({ id, b }) => `${id} (${Math.round(b.x1)}, ${Math.round(b.y1)})–(${Math.round(b.x2)}, ${Math.round(b.y2)}) in ${w}×${h}`);
    return { nodes: boxes.length, zoom: cy.zoom(), outside };
  });
}
