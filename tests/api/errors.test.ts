import { describe, expect, it } from 'vitest';
import { classify, makeErrorFormatter } from '../../src/api/graphql/errors.js';
import { graphql } from '../../src/api/graphql/graphql-cjs.js';
import { DatabaseError, DirectiveGraphError, ERROR_CODES, InputError, QueryError, type ErrorCode } from '../../src/errors.js';

/** Every error leaves the API with a code; only the unexpected ones lose their message. */
describe('classify', () => {
  it.each([
    // [error, GraphQL code]
    [new QueryError('DG_BAD_INPUT', 'x'), 'BAD_USER_INPUT'],
    [new QueryError('DG_AMBIGUOUS', 'x'), 'BAD_USER_INPUT'],
    [new QueryError('DG_LIMIT_EXCEEDED', 'x'), 'LIMIT_EXCEEDED'],
    [new QueryError('DG_NOT_FOUND', 'x'), 'NOT_FOUND'],
    [new QueryError('DG_UNAUTHENTICATED', 'x'), 'UNAUTHENTICATED'],
    [new DatabaseError('DG_DB_UNAVAILABLE', 'x'), 'DB_UNAVAILABLE'],
    [new InputError('DG_PARSE_FAILED', 'x'), 'BAD_USER_INPUT'],
    [new InputError('DG_INPUT_TOO_LARGE', 'x'), 'LIMIT_EXCEEDED'],
  ] as [DirectiveGraphError, string][])('%s -> %s, message and details kept', (err, code) => {
    const m = classify(new graphql.GraphQLError('wrapped', { originalError: err }), 1000);
    expect(m.code).toBe(code);
    expect(m.message).toBe('x');
    expect(m.extensions.reason).toBe(err.code);
  });

  it('hides the details of a failed query and of anything unexpected', () => {
    const db = classify(new DatabaseError('DG_DB_QUERY_FAILED', 'Neo4j failed: secret plan'), 1000);
    expect(db).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: 'internal error', internal: true });
    const bug = classify(new TypeError('cannot read x of undefined'), 1000);
    expect(bug).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: 'internal error', status: 500 });
  });

  it('maps every code of the catalogue to something deliberate', () => {
    // OCR tools missing or failing on the server is the server's problem, as an unreadable file is: internal
    const internal: ErrorCode[] = ['DG_CONFIG_INVALID', 'DG_NOT_IMPLEMENTED', 'DG_INPUT_UNREADABLE', 'DG_DB_START_FAILED', 'DG_DB_PORT_IN_USE', 'DG_DB_QUERY_FAILED',
      'DG_OCR_UNAVAILABLE', 'DG_OCR_FAILED'];
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
      const m = classify(new DirectiveGraphError(code, 'm'), 1000);
      expect(m.code === 'INTERNAL_SERVER_ERROR', code).toBe(internal.includes(code));
    }
  });

  it('names the body limit and the query depth limit', () => {
    const body = Object.assign(new Error('Request body is too large'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    expect(classify(body, 4096)).toMatchObject({ code: 'LIMIT_EXCEEDED', message: 'request body is over the limit of 4096 bytes (bodyLimit)', status: 413 });
    const depth = Object.assign(new Error('`unnamedQuery query depth (12) exceeds the query depth limit of 10`'), { code: 'MER_ERR_GQL_QUERY_DEPTH' });
    expect(classify(depth, 4096)).toMatchObject({ code: 'LIMIT_EXCEEDED', message: 'query depth 12 is over the limit of 10 (queryDepth)', extensions: { limit: 'queryDepth', max: 10, got: 12 } });
  });
});

describe('errorFormatter', () => {
  it('flattens a validation wrapper and gives each error its code', () => {
    const wrapper = Object.assign(new Error('Graphql validation error'), {
      code: 'MER_ERR_GQL_VALIDATION',
      errors: [new graphql.GraphQLError('Cannot query field "nope" on type "Query".'), new graphql.GraphQLError('Syntax Error: Unexpected <EOF>.')],
    });
    const out = makeErrorFormatter(1000)({ errors: [new graphql.GraphQLError(wrapper.message, { originalError: wrapper })] }, {});
    expect(out.statusCode).toBe(400);
    expect(out.response.errors.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);
  });

  it('keeps 200 for a partial result', () => {
    const out = makeErrorFormatter(1000)({ data: { a: null }, errors: [new graphql.GraphQLError('m', { originalError: new QueryError('DG_NOT_FOUND', 'no') })] }, {});
    expect(out.statusCode).toBe(200);
    expect(out.response.errors[0]).toMatchObject({ message: 'no', extensions: { code: 'NOT_FOUND' } });
  });
});
