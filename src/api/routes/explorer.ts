import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * The graph explorer: `/` is its page and `/assets/` what Vite built for it (src/explorer, built
 * into dist/web by `npm run build:web`). The page talks only to /graphql. Nothing else is claimed,
 * so the API's and other pages' routes stay theirs.
 */
export interface ExplorerOptions {
  /** The Vite output folder; defaults to dist/web of this package (same path from src/ and dist/). */
  dir?: string | undefined;
}

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

const NOT_BUILT = 'The explorer page is not built: run `npm run build:web` (npm start and npm test build it).';

export async function explorerRoutes(app: FastifyInstance, opts: ExplorerOptions): Promise<void> {
  const dir = opts.dir ?? DEFAULT_WEB_DIR;
  const page = join(dir, 'explorer', 'index.html');
  if (!existsSync(page)) {
    // Logged once at start, and answered to every request: a blank page would say nothing.
    app.log.warn(NOT_BUILT);
    app.get('/', async (_request, reply) => reply.code(503).type('text/plain; charset=utf-8').send(NOT_BUILT));
    return;
  }
  await app.register(fastifyStatic, {
    root: join(dir, 'assets'),
    prefix: '/assets/',
    // File names carry a content hash: a new build is a new URL, so they can be kept for good.
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  // The page itself is revalidated, so a deploy is seen on the next load.
  app.get('/', async (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html', join(dir, 'explorer'), { cacheControl: false }));
}
