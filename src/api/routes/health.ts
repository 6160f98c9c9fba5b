import type { FastifyInstance } from 'fastify';
import { isDirectiveGraphError } from '../../errors.js';
import type { ReadRunner } from '../../graph/read/runner.js';

/**
 * /health: the process answers (for a supervisor's liveness probe; never touches Neo4j).
 * /ready: Neo4j answers too; 503 with the reason when it does not, so a load balancer stops
 * sending queries that would fail with DB_UNAVAILABLE.
 */
export async function healthRoutes(app: FastifyInstance, opts: { runner: ReadRunner; readyTimeoutMs: number }): Promise<void> {
  app.get('/health', async () => ({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }));

  app.get('/ready', async (_request, reply) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Neo4j did not answer within ${opts.readyTimeoutMs} ms`)), opts.readyTimeoutMs);
    });
    try {
      await Promise.race([opts.runner.ping(), timeout]);
      return { status: 'ready', neo4j: 'up' };
    } catch (err) {
      const reason = isDirectiveGraphError(err) ? err.message : err instanceof Error ? err.message : String(err);
      app.log.warn({ reason }, 'not ready: Neo4j does not answer');
      return reply.code(503).send({ status: 'unavailable', neo4j: 'down', code: 'DB_UNAVAILABLE', reason });
    } finally {
      clearTimeout(timer);
    }
  });
}
