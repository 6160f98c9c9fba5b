import type { FastifyInstance } from 'fastify';
import type { OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/api/graphiql/examples.js';
import { graphql } from '../../src/api/graphql/graphql-cjs.js';
import { loadSchemaText } from '../../src/api/graphql/schema.js';
import { DEFAULT_LIMITS } from '../../src/api/limits.js';
import type { ReadRunner } from '../../src/graph/read/runner.js';
import { buildTestApp } from './helpers.js';

/**
 * /graphiql as files on this server: what the page loads, that each of those files is served from
 * node_modules or static/graphiql, and what the page's script reads (examples, introspection).
 * No query reaches a database here; the page running in Chromium against the real Neo4j is
 * tests/browser/graphiql.test.ts.
 */
const noDatabase: ReadRunner = {
  run: async () => { throw new Error('no query should run in these tests'); },
  ping: async () => undefined,
};

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ runner: noDatabase, graphiql: true });
});
afterAll(async () => {
  await app.close();
});

/** The src and href attributes of the page, in order. */
function references(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
}

describe('the GraphiQL page', () => {
  it('loads only files of this server: React, ReactDOM, GraphiQL and its own script and style', async () => {
    const page = await app.inject('/graphiql');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(references(page.body)).toEqual([
      '/graphiql/vendor/graphiql.min.css',
      '/graphiql/page.css',
      '/graphiql/vendor/react.production.min.js',
      '/graphiql/vendor/react-dom.production.min.js',
      '/graphiql/vendor/graphiql.min.js',
      '/graphiql/page.js',
    ]);
  });

  it('has no inline script or style, so that a CSP of script-src \'self\' and style-src \'self\' holds', async () => {
    const html = (await app.inject('/graphiql')).body;
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(4);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/graphiql\//);
      expect(body).toBe('');
    }
    expect(html).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="/i);
  });

  it.each([
    ['/graphiql/vendor/react.production.min.js', 'application/javascript; charset=utf-8', 'react.production.min.js'],
    ['/graphiql/vendor/react-dom.production.min.js', 'application/javascript; charset=utf-8', 'react-dom.production.min.js'],
    ['/graphiql/vendor/graphiql.min.js', 'application/javascript; charset=utf-8', '.GraphiQL=t(e.React,e.ReactDOM)'],
    ['/graphiql/vendor/graphiql.min.css', 'text/css; charset=utf-8', '.graphiql-container'],
    ['/graphiql/page.js', 'application/javascript; charset=utf-8', "fetch('/graphiql/examples.json')"],
    ['/graphiql/page.css', 'text/css; charset=utf-8', '#graphiql'],
  ])('serves %s as %s', async (url, type, contains) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.body).toContain(contains);
  });

  it('serves the React 18 production builds, the ones that define the globals GraphiQL\'s UMD build reads', async () => {
    const react = (await app.inject('/graphiql/vendor/react.production.min.js')).body;
    const reactDom = (await app.inject('/graphiql/vendor/react-dom.production.min.js')).body;
    expect(react).toContain('"18.3.1"');
    expect(reactDom).toContain('"18.3.1"');
  });

  it('serves only the named files, nothing else of those folders', async () => {
    for (const url of ['/graphiql/index.html', '/graphiql/vendor/react.development.js', '/graphiql/vendor/package.json', '/graphiql/vendor/..%2F..%2Fpackage.json', '/graphiql/vendor/index.umd.js']) {
      expect((await app.inject(url)).statusCode, url).toBe(404);
    }
  });
});

describe('what the page reads', () => {
  it('examples.json: the shared examples in order, each with its tab name, the explorer link and a GraphiQL link', async () => {
    const res = await app.inject('/graphiql/examples.json');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.endpoint).toBe('/graphql');
    expect(body.examples.map((e: { name: string }) => e.name)).toEqual(['CarriedOutBy17CT', 'WardTasksFrom17CT', 'WhereDoes100CVComeFrom', 'FindByNumber17CT']);
    expect(body.examples[0]).toMatchObject({
      title: EXAMPLES[0]!.title,
      query: EXAMPLES[0]!.query,
      directiveKey: 'doc:17/CT-UBND|org:ubnd@p01|2021',
      explorerUrl: '/?k=doc%3A17%2FCT-UBND%7Corg%3Aubnd%40p01%7C2021',
    });
    expect(body.examples[2].explorerUrl).toBe('/?k=doc%3A100-CV%2FDDU%7Corg%3Adang-uy%40w20200%7C2021&dir=UP');
    const link = new URL(body.examples[1].graphiqlUrl, 'http://127.0.0.1');
    expect(link.pathname).toBe('/graphiql');
    expect(link.searchParams.get('query')).toBe(EXAMPLES[1]!.query);
  });

  it('introspection.json: the schema /graphql executes, which the introspection query itself cannot fetch (too deep)', async () => {
    const body = (await app.inject('/graphiql/introspection.json')).json();
    const schema = graphql.buildClientSchema(body.data);
    expect(graphql.printSchema(schema)).toBe(graphql.printSchema(graphql.buildSchema(loadSchemaText())));
    const direct = await app.inject({ method: 'POST', url: '/graphql', payload: { query: graphql.getIntrospectionQuery() } });
    expect(direct.json().errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'queryDepth' });
  });
});

describe('the examples', () => {
  const schema = graphql.buildSchema(loadSchemaText());
  it.each(EXAMPLES.map((e) => [e.title, e] as const))('are valid against the schema and within queryDepth: %s', (_title, e) => {
    const document = graphql.parse(e.query);
    expect(graphql.validate(schema, document)).toEqual([]);
    const depth = (set: SelectionSetNode | undefined): number =>
      Math.max(0, ...(set?.selections ?? []).map((s) => 1 + depth('selectionSet' in s ? s.selectionSet : undefined)));
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(depth(operation.selectionSet)).toBeLessThanOrEqual(DEFAULT_LIMITS.queryDepth);
  });
});

describe('GraphiQL off (production)', () => {
  it('answers 404 for the page and every file it would load', async () => {
    const prod = await buildTestApp({ runner: noDatabase, graphiql: false });
    try {
      for (const url of ['/graphiql', '/graphiql/page.js', '/graphiql/vendor/graphiql.min.js', '/graphiql/examples.json', '/graphiql/introspection.json']) {
        expect((await prod.inject(url)).statusCode, url).toBe(404);
      }
    } finally {
      await prod.close();
    }
  });
});
