import type { GraphQLFormattedError } from 'graphql';
import { graphql } from './graphql-cjs.js';
import type { FastifyBaseLogger } from 'fastify';
import { isDirectiveGraphError, type ErrorCode } from '../../errors.js';

/**
 * The one place that turns failures into GraphQL errors: every error leaves with
 * `extensions.code`, project errors keep their message and details, and anything unexpected is
 * logged in full but answered as INTERNAL_SERVER_ERROR without its details.
 */
export type GraphQLCode =
  | 'BAD_USER_INPUT' | 'LIMIT_EXCEEDED' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'DB_UNAVAILABLE' | 'RATE_LIMITED'
  | 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED' | 'INTERNAL_SERVER_ERROR';

const BY_PROJECT_CODE: Partial<Record<ErrorCode, GraphQLCode>> = {
  DG_BAD_INPUT: 'BAD_USER_INPUT',
  DG_AMBIGUOUS: 'BAD_USER_INPUT',
  DG_USAGE: 'BAD_USER_INPUT',
  DG_INPUT_EMPTY: 'BAD_USER_INPUT',
  DG_INPUT_BINARY: 'BAD_USER_INPUT',
  DG_INPUT_ENCODING: 'BAD_USER_INPUT',
  DG_INPUT_TOO_LARGE: 'LIMIT_EXCEEDED',
  DG_INPUT_UNSUPPORTED: 'BAD_USER_INPUT',
  DG_PARSE_FAILED: 'BAD_USER_INPUT',
  DG_LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  DG_NOT_FOUND: 'NOT_FOUND',
  DG_UNAUTHENTICATED: 'UNAUTHENTICATED',
  DG_DB_UNAVAILABLE: 'DB_UNAVAILABLE',
  DG_RATE_LIMITED: 'RATE_LIMITED',
};

interface Mapped {
  code: GraphQLCode;
  message: string;
  extensions: Record<string, unknown>;
  status: number;
  internal: boolean;
}

const { GraphQLError } = graphql;

const TOKENS = /^Syntax Error: Document contains more that (\d+) tokens/;

/** A status the error was made with (413 for a body refused before it was read). */
function statusOf(err: Error): number | undefined {
  const status = (err as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : undefined;
}

const DEPTH = /query depth \((\d+)\) exceeds the query depth limit of (\d+)/;

/** The error under graphql's wrappers (variable coercion wraps a scalar's error twice). */
function rootCause(err: unknown): unknown {
  let e = err;
  for (let i = 0; i < 5 && e instanceof GraphQLError && e.originalError; i++) e = e.originalError;
  return e;
}

/** Classifies one error (a GraphQLError, its original error, or a fastify error). */
export function classify(err: unknown, bodyLimit: number): Mapped {
  const original = rootCause(err);
  if (isDirectiveGraphError(original)) {
    const code = BY_PROJECT_CODE[original.code] ?? 'INTERNAL_SERVER_ERROR';
    const internal = code === 'INTERNAL_SERVER_ERROR';
    return {
      code,
      message: internal ? 'internal error' : original.message,
      extensions: internal ? {} : { reason: original.code, ...(original.details ?? {}) },
      status: statusOf(original) ?? (code === 'DB_UNAVAILABLE' ? 503 : code === 'RATE_LIMITED' ? 429 : 200),
      internal,
    };
  }
  const fastifyCode = typeof original === 'object' && original !== null && 'code' in original ? String((original as { code: unknown }).code) : '';
  const message = original instanceof Error ? original.message : String(original);
  if (fastifyCode === 'MER_ERR_GQL_QUERY_DEPTH') {
    const m = DEPTH.exec(message);
    return {
      code: 'LIMIT_EXCEEDED',
      message: m ? `query depth ${m[1]} is over the limit of ${m[2]} (queryDepth)` : message,
      extensions: { limit: 'queryDepth', ...(m ? { max: Number(m[2]), got: Number(m[1]) } : {}) },
      status: 400,
      internal: false,
    };
  }
  if (fastifyCode === 'MER_ERR_METHOD_NOT_ALLOWED') {
    return { code: 'BAD_USER_INPUT', message: 'a mutation must be sent with POST, not GET', extensions: {}, status: 405, internal: false };
  }
  if (fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { code: 'LIMIT_EXCEEDED', message: `request body is over the limit of ${bodyLimit} bytes (bodyLimit)`, extensions: { limit: 'bodyLimit', max: bodyLimit }, status: 413, internal: false };
  }
  const tokens = TOKENS.exec(message);
  if (tokens) {
    return {
      code: 'LIMIT_EXCEEDED', message: `the query has more than ${tokens[1]} tokens (queryTokens): parsing stopped there`,
      extensions: { limit: 'queryTokens', max: Number(tokens[1]) }, status: 400, internal: false,
    };
  }
  if (err instanceof GraphQLError && !err.originalError) {
    const parse = message.startsWith('Syntax Error');
    return { code: parse ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED', message, extensions: {}, status: 400, internal: false };
  }
  if (fastifyCode.startsWith('FST_ERR_CTP_') || fastifyCode === 'MER_ERR_GQL_VALIDATION' || fastifyCode === 'FST_ERR_VALIDATION') {
    return { code: 'BAD_USER_INPUT', message, extensions: {}, status: 400, internal: false };
  }
  return { code: 'INTERNAL_SERVER_ERROR', message: 'internal error', extensions: {}, status: 500, internal: true };
}

/**
 * Flattens mercurius' wrappers (one error holding `errors: [...]`) into their parts; a GET that
 * carries a mutation becomes one error of its own.
 */
function flatten(errors: readonly unknown[]): unknown[] {
  return errors.flatMap((e) => {
    const original = e instanceof GraphQLError ? e.originalError : e;
    const code = original && typeof original === 'object' && 'code' in original ? (original as { code: unknown }).code : undefined;
    if (code === 'MER_ERR_METHOD_NOT_ALLOWED') return [original];
    const inner = original && typeof original === 'object' && 'errors' in original ? (original as { errors: unknown }).errors : undefined;
    return Array.isArray(inner) ? inner : [e];
  });
}

export interface FormatResult {
  statusCode: number;
  response: { data: unknown; errors: GraphQLFormattedError[] };
}

/** mercurius `errorFormatter`. */
export function makeErrorFormatter(bodyLimit: number) {
  return function errorFormatter(
    execution: { data?: unknown; errors?: readonly unknown[] },
    ctx: { reply?: { log: FastifyBaseLogger }; app?: { log: FastifyBaseLogger } },
  ): FormatResult {
    const log = ctx?.reply?.log ?? ctx?.app?.log;
    const parts = flatten(execution.errors ?? []);
    let status = 200;
    const errors = parts.map((e) => {
      const m = classify(e, bodyLimit);
      if (m.internal) log?.error({ err: e }, 'unexpected error in a GraphQL request');
      else log?.info({ code: m.code }, m.message);
      status = Math.max(status, m.status);
      const g = e instanceof GraphQLError ? e : undefined;
      // What GraphQLError#toJSON gives, without making an error (and its stack) per refusal.
      const formatted: GraphQLFormattedError = {
        message: m.message,
        ...(g?.locations ? { locations: g.locations } : {}),
        ...(g?.path ? { path: g.path } : {}),
        extensions: { code: m.code, ...m.extensions },
      };
      return formatted;
    });
    const data = execution.data ?? null;
    // A partial result is still a 200 (GraphQL over HTTP); a request that produced no data says why.
    return { statusCode: data ? 200 : status, response: { data, errors } };
  };
}
