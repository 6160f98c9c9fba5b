import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import type { ReadRunner } from '../../src/graph/read/runner.js';
import { buildTestApp } from './helpers.js';

/** Headers, CORS and the rate limit, as a browser or a client sees them; no database needed. */
const runner: ReadRunner = {
  run: async () => [{ directives: 3 }] as never,
  ping: async () => undefined,
};

const STATS = { method: 'POST' as const, url: '/graphql', payload: { query: '{ __typename }' } };

let closed: FastifyInstance;
let open: FastifyInstance;
let limited: FastifyInstance;
beforeAll(async () => {
  closed = await buildTestApp({ runner, graphiql: true });
  open = await buildTestApp({ runner, security: { corsOrigins: ['https://research.example.org', 'http://localhost:5173'] } });
  limited = await buildTestApp({ runner, security: { rateLimit: { max: 5, timeWindowMs: 60_000 } } });
});
afterAll(async () => {
  await Promise.all([closed.close(), open.close(), limited.close()]);
});

describe('security headers', () => {
  it('every response carries a content-security policy the explorer and own-asset GraphiQL pages satisfy, and the usual helmet headers', async () => {
    const res = await closed.inject(STATS);
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self';script-src 'self';style-src 'self';font-src 'self' data:;img-src 'self' data: blob:;connect-src 'self';" +
      "worker-src 'self' blob:;object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('GraphiQL, served from local files, gets the same strict policy: no CDN, no inline script', async () => {
    const res = await closed.inject('/graphiql');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self';");
    expect(res.headers['content-security-policy']).not.toContain('unpkg');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('CORS', () => {
  const preflight = (app: FastifyInstance, origin: string) => app.inject({
    method: 'OPTIONS', url: '/graphql', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });

  it('is closed by default: no Access-Control-Allow-Origin for any origin', async () => {
    const pre = await preflight(closed, 'https://evil.example');
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    const res = await closed.inject({ ...STATS, headers: { origin: 'https://evil.example' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows exactly the configured origins', async () => {
    const good = await preflight(open, 'https://research.example.org');
    expect(good.statusCode).toBe(204);
    expect(good.headers['access-control-allow-origin']).toBe('https://research.example.org');
    expect(good.headers['access-control-allow-methods']).toBe('GET, POST');
    const bad = await preflight(open, 'https://research.example.org.evil.example');
    expect(bad.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limit', () => {
  it('answers 429 RATE_LIMITED past the limit, per client, and never limits /health and /ready', async () => {
    const from = (ip: string) => limited.inject({ ...STATS, remoteAddress: ip });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await from('10.0.0.1')).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const refused = await from('10.0.0.1');
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.json().errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'rateLimit', max: 5 });
    expect((await from('10.0.0.2')).statusCode).toBe(200); // another client has its own budget
    for (let i = 0; i < 10; i++) {
      expect((await limited.inject({ url: '/health', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
      expect((await limited.inject({ url: '/ready', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
    }
  });
});

describe('settings', () => {
  it('defaults: 600 requests a minute per client, CORS closed, proxy headers not trusted', () => {
    const c = loadConfig({});
    expect([c.RATE_LIMIT_MAX, c.RATE_LIMIT_WINDOW_MS, c.CORS_ORIGINS, c.TRUST_PROXY]).toEqual([600, 60_000, [], false]);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).CORS_ORIGINS).toEqual(['https://a.example', 'http://localhost:5173']);
  });

  it.each([
    ['CORS_ORIGINS', 'https://a.example/path', 'comma-separated list of origins'],
    ['CORS_ORIGINS', '*', 'comma-separated list of origins'],
    ['RATE_LIMIT_MAX', '-5', '0 for no limit'],
    ['RATE_LIMIT_WINDOW_MS', '10', 'from 1000'],
    ['TRUST_PROXY', 'yes', ''],
  ])('%s=%s is refused naming the variable', (name, value, says) => {
    let err: unknown;
    try { loadConfig({ [name]: value }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message.startsWith(`${name}=`)).toBe(true);
    expect((err as ConfigError).message).toContain(says);
  });
});

describe('docker-compose.yml', () => {
  it('publishes the app on loopback only and checks its health on /ready', async () => {
    const { readFileSync } = await import('node:fs');
    const compose = readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8');
    const app = compose.slice(compose.indexOf('\n  app:'));
    expect(app).toContain('- "${DG_PUBLISH:-127.0.0.1}:4000:4000"');
    expect(app).toMatch(/healthcheck:\n\s+# .*\n\s+test: \["CMD", "node", "-e", "fetch\('http:\/\/127\.0\.0\.1:4000\/ready'\)/);
    // Every published port, Neo4j's included, is bound to an address.
    expect(compose.match(/^\s+- "(?!\$\{DG_PUBLISH:-127\.0\.0\.1\}|127\.0\.0\.1:)[^"]*:\d+"$/gm)).toBeNull();
  });
});
