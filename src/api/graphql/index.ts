import type { FastifyInstance, FastifyRequest } from 'fastify';
import mercurius, { type IResolvers, type MercuriusLoaders } from 'mercurius';
import type { ReadRunner } from '../../graph/read/runner.js';
import type { ApiLimits } from '../limits.js';
import { checkComplexity, operationCost } from './complexity.js';
import type { GraphContext, IngestService } from './context.js';
import { makeErrorFormatter } from './errors.js';
import { loaders } from './loaders.js';
import { resolvers } from './resolvers.js';
import { loadSchemaText } from './schema.js';

export interface GraphqlOptions {
  runner: ReadRunner;
  limits: ApiLimits;
  apiToken: string | undefined;
  ingest: IngestService | undefined;
}

/**
 * /graphql with the limits wired in: mercurius' queryDepth, a
 * complexity check before execution (variables known by then), the route's bodyLimit, and the
 * error formatter that gives every error its code.
 */
export async function registerGraphql(app: FastifyInstance, opts: GraphqlOptions): Promise<void> {
  await app.register(mercurius, {
    schema: loadSchemaText(),
    resolvers: resolvers as unknown as IResolvers,
    loaders: loaders as unknown as MercuriusLoaders,
    // mercurius' own GraphiQL loads React and GraphiQL from unpkg.com; ../graphiql serves them locally.
    graphiql: false,
    queryDepth: opts.limits.queryDepth,
    errorFormatter: makeErrorFormatter(opts.limits.bodyLimit) as never,
    additionalRouteOptions: { bodyLimit: opts.limits.bodyLimit },
    context: (request: FastifyRequest): GraphContext => ({
      runner: opts.runner,
      limits: opts.limits,
      authorization: request.headers.authorization,
      apiToken: opts.apiToken,
      ingest: opts.ingest,
    }),
  });
  app.graphql.addHook('preExecution', async (schema, document, _context, variables) => {
    checkComplexity(operationCost(schema, document, (variables ?? {}) as Record<string, unknown>), opts.limits.complexity);
  });
}
