import type { FastifyInstance } from 'fastify';
import type { GraphQLArgument, GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/api/graphql/graphql-cjs.js';
import { loadSchemaText } from '../../src/api/graphql/schema.js';
import { createReadRunner } from '../../src/graph/read/runner.js';
import { loadFixtureGraph } from '../api/fixture-graph.js';
import { buildTestApp, gql } from '../api/helpers.js';
import { useGraph } from '../helpers/graph.js';
import { canonicalDump } from '../ingest/graph-helpers.js';

/**
 * Cypher-injection strings (and Lucene syntax, NULs, long strings) in every string argument of
 * every query field, taken from the schema itself so that a field added later is covered too.
 * Arguments reach Neo4j only as parameters: each answer is data, null, empty or a user error,
 * never an internal error, and the graph is byte-for-byte what it was.
 */
const graph = useGraph();
let app: FastifyInstance;

const PAYLOADS = [
  "x'}) MATCH (n) DETACH DELETE n //",
  'x"}) WITH 1 AS one MATCH (n) DETACH DELETE n RETURN 1 AS x //',
  "') CALL { MATCH (n) SET n.pwned = true } //",
  '`) DETACH DELETE d //',
  '$key',
  '\\u0027 OR 1=1',
  '*:* OR title:[* TO *]',
  'a AND (b OR',
  '~/^.*$/~',
  'x\u0000y\uFFFF',
  'đ'.repeat(5_000),
];

const schema = graphql.buildSchema(loadSchemaText());

/** A selection any field of that type accepts: __typename on objects (and lists of them), nothing on scalars. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const named = graphql.getNamedType(field.type);
  return graphql.isObjectType(named) ? '{ __typename }' : '';
}

/** Each query field with all its string-like arguments set to the payload (ID, String, Date; lists of them). */
function attacks(payload: string): { field: string; query: string; variables: Record<string, unknown> }[] {
  const fields = Object.values(schema.getQueryType()!.getFields());
  return fields.flatMap((f) => {
    const stringArgs = f.args.filter((a: GraphQLArgument) => graphql.isScalarType(graphql.getNamedType(a.type)) && ['ID', 'String', 'Date'].includes(graphql.getNamedType(a.type).name));
    if (stringArgs.length === 0) return [];
    const decl = stringArgs.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const use = stringArgs.map((a) => `${a.name}: $${a.name}`).join(', ');
    const variables = Object.fromEntries(stringArgs.map((a) => [a.name, graphql.isListType(graphql.getNullableType(a.type)) ? [payload] : payload]));
    return [{ field: f.name, query: `query(${decl}) { ${f.name}(${use}) ${selection(f)} }`, variables }];
  });
}

beforeAll(async () => {
  await loadFixtureGraph(graph.driver, graph.target.NEO4J_DATABASE);
  app = await buildTestApp({ runner: createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 10_000 }), apiToken: 'a-test-token-of-32-characters-xx' });
});
afterAll(async () => {
  await app?.close();
});

describe('injection strings in every argument', () => {
  it('covers every query field that takes a string (the list is the schema, not hand-written)', () => {
    expect(attacks('x').map((a) => a.field)).toEqual(['directive', 'directives', 'organization', 'organizations', 'lineage', 'derivedTasks', 'coverage', 'path']);
  });

  it('are answered as data or a user error, and change nothing in the graph', async () => {
    const before = await canonicalDump(graph.driver, graph.target.NEO4J_DATABASE);
    const outcomes = new Set<string>();
    for (const payload of PAYLOADS) {
      for (const a of attacks(payload)) {
        const res = await gql(app, a.query, a.variables);
        const codes = (res.errors ?? []).map((e) => e.extensions.code);
        expect({ field: a.field, payload, status: res.status < 500, codes: codes.filter((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'DB_UNAVAILABLE') })
          .toEqual({ field: a.field, payload, status: true, codes: [] });
        for (const c of codes) outcomes.add(c);
        if (codes.length === 0) outcomes.add('answered');
      }
    }
    // What the attacks got: answers (null / empty) and user errors, nothing else.
    expect([...outcomes].every((o) => ['answered', 'BAD_USER_INPUT', 'NOT_FOUND'].includes(o))).toBe(true);
    expect(await canonicalDump(graph.driver, graph.target.NEO4J_DATABASE)).toEqual(before);
  });

  it('a search made of Lucene syntax finds nothing rather than failing', async () => {
    const res = await gql(app, 'query($s: String) { directives(search: $s) { totalCount } }', { s: 'a AND (b OR' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.directives.totalCount).toBe(0);
  });
});
