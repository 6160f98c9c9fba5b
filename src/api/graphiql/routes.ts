import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { projectRoot } from '../../project-root.js';
import { graphql } from '../graphql/graphql-cjs.js';
import { EXAMPLES, explorerUrl, graphiqlUrl, operationName } from './examples.js';

/**
 * GraphiQL at /graphiql from this server's own files, so that it works without internet access:
 * the page and its script (static/graphiql/), and the browser builds of React 18, ReactDOM 18 and
 * GraphiQL 4 straight from node_modules (graphiql@4 is the last major that ships a UMD build, and
 * React 18 the last with one). Nothing is built: `npm ci` is enough. Only the named files are
 * served, never a folder of node_modules.
 */
export interface GraphiqlRoutesOptions {
  /** Where /graphql is, as the browser sees it. */
  endpoint: string;
}

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** The page's own files, the same from src/ (tsx) and dist/. */
export const PAGE_DIR = join(projectRoot(), 'static', 'graphiql');

/** URL path under /graphiql/vendor/ -> file in an npm package. */
export const VENDOR_FILES: Readonly<Record<string, { dir: string; file: string }>> = {
  'react.production.min.js': { dir: join(packageDir('react'), 'umd'), file: 'react.production.min.js' },
  'react-dom.production.min.js': { dir: join(packageDir('react-dom'), 'umd'), file: 'react-dom.production.min.js' },
  'graphiql.min.js': { dir: packageDir('graphiql'), file: 'graphiql.min.js' },
  'graphiql.min.css': { dir: packageDir('graphiql'), file: 'graphiql.min.css' },
};

const PAGE_FILES = ['page.js', 'page.css'] as const;

export async function graphiqlRoutes(fastify: FastifyInstance, opts: GraphiqlRoutesOptions): Promise<void> {
  // serve: false: sendFile only, for the routes below; nothing else of these folders is reachable.
  await fastify.register(fastifyStatic, { root: PAGE_DIR, serve: false });

  fastify.get('/graphiql', (_request, reply) => reply.sendFile('index.html', PAGE_DIR));
  for (const file of PAGE_FILES) {
    fastify.get(`/graphiql/${file}`, (_request, reply) => reply.sendFile(file, PAGE_DIR));
  }
  for (const [path, { dir, file }] of Object.entries(VENDOR_FILES)) {
    fastify.get(`/graphiql/vendor/${path}`, (_request, reply) => reply.sendFile(file, dir));
  }

  const config = {
    endpoint: opts.endpoint,
    examples: EXAMPLES.map((e) => ({
      name: operationName(e),
      title: e.title,
      why: e.why,
      query: e.query,
      directiveKey: e.directiveKey,
      explorerUrl: explorerUrl(e),
      graphiqlUrl: graphiqlUrl(e.query),
    })),
  };
  fastify.get('/graphiql/examples.json', async () => config);

  // GraphiQL's introspection query nests 15 levels deep, over the API's queryDepth limit (10), so
  // sent to /graphql it fails and the doc explorer stays empty. The page asks here instead: the same
  // answer, computed once from the schema /graphql executes, without lifting the limit for anyone.
  let introspection: unknown;
  fastify.get('/graphiql/introspection.json', async () => {
    introspection ??= { data: graphql.introspectionFromSchema(fastify.graphql.schema) };
    return introspection;
  });
}
