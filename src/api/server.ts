import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { graphiqlEnabled, type Config } from '../config.js';
import { connectGraph } from '../graph/open.js';
import { cachedReads } from '../graph/read/cache.js';
import { sampleOrder, warmUp } from '../graph/read/warm.js';
import app from './app.js';
import { ingestService } from './ingest.js';
import { warmRequests } from './warm-requests.js';
import { DEFAULT_LIMITS } from './limits.js';

/**
 * Runs the API on a port: the Neo4j driver, the app plugin, pino logs, listen, and a graceful
 * shutdown on SIGINT/SIGTERM (stop accepting, let in-flight requests finish, close the driver).
 * Neo4j being down at start is not fatal: /ready says 503 until it answers.
 */
export interface RunningServer {
  app: FastifyInstance;
  /** http://host:port */
  url: string;
  /** Graceful stop (what a signal does). */
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Runs after the app closed (e.g. stop the embedded Neo4j that `start` launched). */
  afterClose?: () => Promise<void>;
  /** Install SIGINT/SIGTERM handlers (the CLI does; tests do not). */
  handleSignals?: boolean;
}

/** How long a graceful shutdown may take before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

export async function startServer(config: Config, opts: ServerOptions = {}): Promise<RunningServer> {
  const graph = connectGraph(config, { connectionTimeoutMs: 5_000, log: (line) => fastify.log.info(line) });
  const runner = cachedReads(graph.reads({ timeoutMs: DEFAULT_LIMITS.transactionTimeoutMs }), {
    entries: config.QUERY_CACHE_ENTRIES, version: () => graph.version(),
  });
  const fastify = Fastify({
    logger: { level: config.LOG_LEVEL },
    // Keep-alive sockets with no request in flight are closed on shutdown; busy ones finish first.
    forceCloseConnections: 'idle',
    bodyLimit: DEFAULT_LIMITS.bodyLimit,
    // Behind a reverse proxy the client is X-Forwarded-For, which only a trusted proxy may set.
    trustProxy: config.TRUST_PROXY,
  });
  await fastify.register(app, {
    runner,
    apiToken: config.API_TOKEN,
    ingest: ingestService(graph),
    graphiql: graphiqlEnabled(config),
    introspection: config.NODE_ENV !== 'production',
    security: {
      rateLimit: config.RATE_LIMIT_MAX > 0 ? { max: config.RATE_LIMIT_MAX, timeWindowMs: config.RATE_LIMIT_WINDOW_MS } : false,
      corsOrigins: config.CORS_ORIGINS,
    },
    onClose: async () => {
      await graph.close();
    },
  });

  let connected = false;
  try {
    await graph.prepare();
    connected = true;
    fastify.log.info(`connected to ${graph.description}`);
  } catch (err) {
    fastify.log.warn({ err }, `${graph.description} does not answer yet: serving anyway, /ready says 503 until it does`);
  }
  await fastify.listen({ port: config.PORT, host: config.HOST });
  // Listening on every address: print one a browser on this machine can open.
  const shown = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  // The bound port, not config.PORT: a test may listen on port 0 (any free port).
  const { port } = fastify.server.address() as AddressInfo;
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;

  // Plans made before the first requests: without this the first query after a start waited
  // 1.3-1.8 s for Neo4j to plan it (issue 12). In the background, after listen: under load the
  // warm-up takes tens of seconds, which must not hold the start (a request meanwhile plans its own).
  // A graph that is down at start is warmed by its first queries instead.
  // Then a few requests through the app on a directive of the graph: see warm-requests.ts.
  if (connected && config.WARM_QUERY_PLANS) {
    void (async () => {
      const warmed = await warmUp(runner);
      const t0 = performance.now();
      const order = await sampleOrder(runner);
      const requests = order === null ? 0 : await warmRequests(fastify, order);
      fastify.log.info(`warmed ${warmed.queries} query plans in ${Math.round(warmed.ms)} ms, then ${requests} requests in ${Math.round(performance.now() - t0)} ms`);
    })().catch((err: unknown) => fastify.log.warn({ err }, 'warming the query plans failed: the first queries plan their own'));
  }

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await fastify.close();
      await opts.afterClose?.();
    })();
    return closing;
  };

  if (opts.handleSignals) {
    const onSignal = (signal: NodeJS.Signals) => {
      fastify.log.info(`${signal}: finishing in-flight requests, then closing`);
      const force = setTimeout(() => {
        fastify.log.error(`shutdown took longer than ${SHUTDOWN_GRACE_MS} ms: exiting`);
        process.exit(1);
      }, SHUTDOWN_GRACE_MS);
      force.unref();
      close().then(
        () => process.exit(0),
        (err: unknown) => {
          fastify.log.error({ err }, 'error while shutting down');
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }

  return { app: fastify, url, close };
}
