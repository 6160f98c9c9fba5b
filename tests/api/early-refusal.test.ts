import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RefusedQueries } from '../../src/api/graphql/index.js';
import type { ReadRunner } from '../../src/graph/read/runner.js';
import { buildTestApp } from './helpers.js';

/**
 * Attacks are refused before the work they ask for: an oversized body before it is read, a
 * rate-limited client before its body is parsed, a refused query from memory when sent again.
 * (What this buys under attack is measured by `npm run load`, not asserted here.)
 */
const runner: ReadRunner = {
  run: async () => [{ directives: 3 }] as never,
  ping: async () => undefined,
};
const TOKEN = 'a-test-token-of-32-characters-xx';

let app: FastifyInstance;
let limited: FastifyInstance;
let port: number;
beforeAll(async () => {
  app = await buildTestApp({ runner, apiToken: TOKEN });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
  limited = await buildTestApp({ runner, security: { rateLimit: { max: 1, timeWindowMs: 60_000 } } });
});
afterAll(async () => {
  await Promise.all([app.close(), limited.close()]);
});

/** Sends raw bytes on a new socket; resolves with what came back once the server closed it or `waitMs` passed. */
function raw(request: string, waitMs = 3000): Promise<{ text: string; closedByServer: boolean }> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      done({ text, closedByServer: false });
    }, waitMs);
    socket.on('data', (b: Buffer) => { text += b.toString(); });
    socket.on('end', () => {
      clearTimeout(timer);
      socket.destroy();
      done({ text, closedByServer: true });
    });
    socket.on('error', fail);
    socket.write(request);
  });
}

describe('a body over the limit', () => {
  it('declared over 64 KB without the API token: 413 as soon as the headers arrive, the connection closed, the body never sent', async () => {
    // 10 MB declared, 1 KB sent: the answer can only come from the headers.
    const head = `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${10 * 1024 * 1024}\r\n\r\n`;
    const res = await raw(head + `{"query":"{ __typename }","x":"${'a'.repeat(1000)}`);
    expect(res.closedByServer).toBe(true);
    expect(res.text).toMatch(/^HTTP\/1\.1 413 /);
    expect(res.text.toLowerCase()).toContain('connection: close');
    const body = JSON.parse(res.text.slice(res.text.indexOf('\r\n\r\n') + 4)) as { errors: unknown[] };
    expect(body.errors).toEqual([{
      message: 'request body of 10485760 bytes is over the limit of 65536 bytes for a request without the API token (anonymousBodyLimit)',
      extensions: { code: 'LIMIT_EXCEEDED', reason: 'DG_LIMIT_EXCEEDED', limit: 'anonymousBodyLimit', max: 65536, got: 10485760 },
    }]);
  });

  it('sent in chunks without a length: refused once 64 KB have streamed in', async () => {
    const chunk = `{"query":"{ __typename }","x":"${'a'.repeat(70 * 1024)}"}`;
    const head = 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n';
    const res = await raw(`${head}${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n0\r\n\r\n`);
    expect(res.text).toMatch(/^HTTP\/1\.1 413 /);
    expect(res.text).toContain('"limit":"anonymousBodyLimit"');
  });

  it('with the API token the ingest limit applies: a 100 KB body is read and answered', async () => {
    const res = await app.inject({
      method: 'POST', url: '/graphql', headers: { authorization: `Bearer ${TOKEN}` },
      // A comment is skipped by the lexer: 100 KB of it is no token.
      payload: { query: `# ${'a'.repeat(100 * 1024)}\n{ __typename }` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('a wrong token gets the anonymous limit', async () => {
    const res = await app.inject({
      method: 'POST', url: '/graphql', headers: { authorization: 'Bearer not-the-token' },
      payload: { query: `# ${'a'.repeat(100 * 1024)}\n{ __typename }` },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'anonymousBodyLimit' });
  });
});

describe('the rate limit', () => {
  it('refuses before the body is parsed: past the limit, a body that is not even JSON gets 429, not a parse error', async () => {
    const first = await limited.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }' } });
    expect(first.statusCode).toBe(200);
    const res = await limited.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '{"query": "{ stats' });
    expect(res.statusCode).toBe(429);
    expect(res.json().errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', max: 1 });
  });
});

describe('a refused query sent again', () => {
  it('is answered with the error it got the first time, without being parsed again', () => {
    const refused = new RefusedQueries(2);
    const err = new Error('over the limit');
    expect(() => refused.remember('{ a }', () => { throw err; })).toThrow(err);
    expect(() => refused.check('{ a }')).toThrow(err);
    expect(() => refused.check('{ b }')).not.toThrow();
  });

  it('is forgotten oldest first past the cache size', () => {
    const refused = new RefusedQueries(2);
    for (const q of ['{ a }', '{ b }', '{ c }']) expect(() => refused.remember(q, () => { throw new Error(q); })).toThrow(q);
    expect(() => refused.check('{ a }')).not.toThrow();
    expect(() => refused.check('{ b }')).toThrow('{ b }');
    expect(() => refused.check('{ c }')).toThrow('{ c }');
  });

  it('through the API: the second answer is the first one', async () => {
    const query = `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: stats { labels { name } }`).join(' ')} }`;
    const answers = [];
    for (let i = 0; i < 2; i++) answers.push((await app.inject({ method: 'POST', url: '/graphql', payload: { query } })).json());
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[0].errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'queryFields', got: 60 });
  });
});
