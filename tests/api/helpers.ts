import Fastify, { type FastifyInstance } from 'fastify';
import app, { type AppOptions } from '../../src/api/app.js';
import type { ReadRunner } from '../../src/graph/read/runner.js';

/**
 * Test helpers for the API: an app to `inject()` into (no port), a runner wrapper that counts
 * the Cypher queries each request runs, and a GraphQL call that returns status and body.
 */
export async function buildTestApp(opts: AppOptions): Promise<FastifyInstance> {
  const fastify = Fastify({ logger: false });
  await fastify.register(app, opts);
  await fastify.ready();
  return fastify;
}

export interface CountingRunner extends ReadRunner {
  /** Queries run since the last reset, by what they were for. */
  readonly runs: string[];
  /** Their Cypher text, in the same order. */
  readonly texts: string[];
  reset(): void;
}

export function countingRunner(inner: ReadRunner): CountingRunner {
  const runs: string[] = [];
  const texts: string[] = [];
  return {
    runs,
    texts,
    reset() {
      runs.length = 0;
      texts.length = 0;
    },
    run(query, what, opts) {
      runs.push(what);
      texts.push(query.cypher);
      return inner.run(query, what, opts);
    },
    ping: () => inner.ping(),
  };
}

/**
 * A value of a GraphQL response as tests read it: any field, any index. One named escape hatch
 * instead of a type per query; the tests assert the values themselves.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface GqlResponse<D = Record<string, Json>> {
  status: number;
  data: D | null;
  errors: { message: string; path?: (string | number)[]; extensions: { code: string; [k: string]: unknown } }[] | undefined;
}

export async function gql<D = Record<string, Json>>(
  app: FastifyInstance, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {},
): Promise<GqlResponse<D>> {
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables }, headers });
  const body = res.json() as { data?: D | null; errors?: GqlResponse['errors'] };
  return { status: res.statusCode, data: body.data ?? null, errors: body.errors };
}

/** The data of a response that must have no errors (the errors, if any, make the assertion message). */
export async function ok<D = Record<string, Json>>(app: FastifyInstance, query: string, variables?: Record<string, unknown>): Promise<D> {
  const res = await gql<D>(app, query, variables);
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
  return res.data as D;
}
