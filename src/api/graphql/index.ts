import type { FastifyInstance, FastifyRequest } from 'fastify';
import mercurius, { type IResolvers, type MercuriusLoaders } from 'mercurius';
import type { ReadRunner } from '../../graph/read/runner.js';
import type { ApiLimits } from '../limits.js';
import { graphql } from './graphql-cjs.js';
import { checkComplexity, checkQueryFields, operationCost, queryFieldCount } from './complexity.js';
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
  /** Schema introspection (`__schema`, `__type`); off in production. */
  introspection: boolean;
}

/** "Type.field" of every loader: the nested fields that each run a query. */
const LOADER_FIELDS: ReadonlySet<string> = new Set(Object.entries(loaders).flatMap(([type, fields]) => Object.keys(fields).map((f) => `${type}.${f}`)));

/** Executions of one query text before mercurius compiles it (graphql-jit). */
const JIT_AFTER = 1;

/** Queries refused before validation that are answered from memory when sent again. */
const REFUSED_CACHE_SIZE = 256;

/** A bounded map of query text -> the error that refused it (oldest forgotten first). */
export class RefusedQueries {
  private readonly errors = new Map<string, unknown>();
  constructor(private readonly size: number) {}

  check(source: string): void {
    if (this.errors.has(source)) throw this.errors.get(source);
  }

  /** Runs `check`; when it throws, the query text is remembered with the error. */
  remember(source: unknown, check: () => void): void {
    try {
      check();
    } catch (err) {
      if (typeof source === 'string') {
        if (this.errors.size >= this.size) this.errors.delete(this.errors.keys().next().value!);
        this.errors.set(source, err);
      }
      throw err;
    }
  }
}

/** The query text of a request: `query` of a POST body or of a GET's query string. */
function querySource(request: FastifyRequest | undefined): unknown {
  const from = (x: unknown) => (x && typeof x === 'object' && 'query' in x ? (x as { query: unknown }).query : undefined);
  return from(request?.body) ?? from(request?.query);
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
    // Parsing stops at this many tokens: 1,000 aliases are ~10,000 tokens, a real query a few hundred.
    graphql: { parseOptions: { maxTokens: opts.limits.queryTokens } },
    // Batched arrays of operations ([{query}, {query}, ...]) are refused: each would pass every
    // per-operation limit while the array as a whole multiplies them.
    allowBatchedQueries: false,
    // Queries run compiled by graphql-jit from their second execution on: the bench's requests are few
    // texts sent many times. In one process, taking turns with the interpreter on the 100,000-document
    // graph: derivedTasks -8 to -12%, lineage -12 to -17% per request through inject, same bodies.
    jit: JIT_AFTER,
    ...(opts.introspection ? {} : { validationRules: [graphql.NoSchemaIntrospectionCustomRule] }),
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
  // mercurius caches the documents it validated and the ones validation refused, but not those a
  // hook refused: an attacker repeating one refused query would be parsed and counted every time.
  const refused = new RefusedQueries(REFUSED_CACHE_SIZE);
  app.graphql.addHook('preParsing', async (_schema, source) => {
    refused.check(source);
  });
  // Before validation: graphql's OverlappingFieldsCanBeMerged rule compares aliases pairwise, so
  // 1,000 aliases cost seconds of CPU to validate before any later hook could refuse them.
  app.graphql.addHook('preValidation', async (schema, document, context) => {
    refused.remember(querySource(context.reply?.request), () => checkQueryFields(queryFieldCount(schema, document, LOADER_FIELDS), opts.limits.queryFields));
  });
  app.graphql.addHook('preExecution', async (schema, document, _context, variables) => {
    checkComplexity(operationCost(schema, document, (variables ?? {}) as Record<string, unknown>), opts.limits.complexity);
  });
}
