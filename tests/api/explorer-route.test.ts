import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadRunner } from '../../src/graph/read/runner.js';
import { buildTestApp } from './helpers.js';

/**
 * The explorer's routes only: `/` sends the built page, `/assets/` its hashed files, and a server
 * whose page was never built says how to build it. No query runs, so the runner is never called.
 */
const noDatabase: ReadRunner = {
  run: () => Promise.reject(new Error('no query expected')),
  ping: () => Promise.reject(new Error('no query expected')),
};

let dir: string;
let built: FastifyInstance;
let unbuilt: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dg-web-'));
  mkdirSync(join(dir, 'explorer'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'explorer', 'index.html'), '<!doctype html><title>directive-graph explorer</title><script type="module" src="/assets/explorer-abc123.js"></script>');
  writeFileSync(join(dir, 'assets', 'explorer-abc123.js'), 'console.log("explorer")');
  built = await buildTestApp({ runner: noDatabase, explorerDir: dir });
  unbuilt = await buildTestApp({ runner: noDatabase, explorerDir: join(dir, 'missing') });
});

afterAll(async () => {
  await built?.close();
  await unbuilt?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('explorer routes', () => {
  it('serves the page at / for the browser to revalidate', async () => {
    const res = await built.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('<title>directive-graph explorer</title>');
  });

  it('serves hashed assets to be kept for good, and 404 for an asset that does not exist', async () => {
    const res = await built.inject({ method: 'GET', url: '/assets/explorer-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body).toBe('console.log("explorer")');
    expect((await built.inject({ method: 'GET', url: '/assets/nothing.js' })).statusCode).toBe(404);
  });

  it('leaves other paths to other routes', async () => {
    expect((await built.inject({ method: 'GET', url: '/explorer/index.html' })).statusCode).toBe(404);
    expect((await built.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  });

  it('says how to build the page when it was not built', async () => {
    const res = await unbuilt.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toBe('The explorer page is not built: run `npm run build:web` (npm start and npm test build it).');
  });
});
