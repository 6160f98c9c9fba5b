import type { FastifyInstance } from 'fastify';
import type { ReadRunner } from '../graph/read/runner.js';
import type { IngestService } from './graphql/context.js';
import { registerBodyGuard } from './body-guard.js';
import { graphiqlRoutes } from './graphiql/routes.js';
import { registerGraphql } from './graphql/index.js';
import { DEFAULT_LIMITS, type ApiLimits } from './limits.js';
import { explorerRoutes } from './routes/explorer.js';
import { healthRoutes } from './routes/health.js';
import { reportRoutes } from './routes/reports.js';
import { DEFAULT_SECURITY, registerSecurity, type SecurityOptions } from './security.js';

/**
 * The API as a fastify plugin: /graphql (+ /graphiql), /health, /ready, /reports/*, and the explorer page at /. It knows nothing about
 * ports, signals or how the Neo4j connection was made: server.ts listens, tests `inject()`.
 */
export interface AppOptions {
  /** Runs read queries (src/graph/read); tests wrap it to count queries. */
  runner: ReadRunner;
  /** API_TOKEN: enables the ingest mutation. */
  apiToken?: string | undefined;
  /** Parses and writes texts for the ingest mutation (src/ingest). */
  ingest?: IngestService | undefined;
  /** GraphiQL at /graphiql (served from local files); off in production unless GRAPHIQL=true. */
  graphiql?: boolean;
  /** GraphQL introspection; off in production (default on, as in development). */
  introspection?: boolean;
  limits?: Partial<ApiLimits>;
  /** Where the built explorer page is (dist/web by default); false: no page at `/`. */
  explorerDir?: string | false | undefined;
  /** Rate limit and CORS (headers are always on); tests default to no rate limit. */
  security?: Partial<SecurityOptions>;
  /** Called when the app closes, after in-flight requests finished (closes the driver). */
  onClose?: () => Promise<void>;
}

export default async function app(fastify: FastifyInstance, opts: AppOptions): Promise<void> {
  const limits: ApiLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  // A response finished during shutdown tells the client to drop the connection: otherwise its
  // keep-alive socket holds server.close() open until the keep-alive timeout (72 s in fastify).
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  if (opts.onClose) {
    const close = opts.onClose;
    fastify.addHook('onClose', async () => close());
  }
  // First of the onRequest hooks: an oversized body is refused before anything else looks at it.
  await registerBodyGuard(fastify, { anonymousBodyLimit: limits.anonymousBodyLimit, bodyLimit: limits.bodyLimit, apiToken: opts.apiToken });
  await registerSecurity(fastify, { ...DEFAULT_SECURITY, ...opts.security });
  await fastify.register(healthRoutes, { runner: opts.runner, readyTimeoutMs: limits.readyTimeoutMs });
  await fastify.register(reportRoutes, { runner: opts.runner });
  await registerGraphql(fastify, {
    runner: opts.runner, limits, apiToken: opts.apiToken, ingest: opts.ingest,
    introspection: opts.introspection ?? true,
  });
  if (opts.graphiql) await fastify.register(graphiqlRoutes, { endpoint: '/graphql' });
  if (opts.explorerDir !== false) await fastify.register(explorerRoutes, { dir: opts.explorerDir });
}
