import { describe, expect, it } from 'vitest';
import { checkComplexity, LIST_ESTIMATE, operationCost } from '../../src/api/graphql/complexity.js';
import { graphql } from '../../src/api/graphql/graphql-cjs.js';
import { loadSchemaText } from '../../src/api/graphql/schema.js';
import { QueryError } from '../../src/errors.js';

/** The cost estimate on the real SDL, each row worked out by hand. */
const schema = graphql.buildSchema(loadSchemaText());
const cost = (q: string, variables: Record<string, unknown> = {}) => operationCost(schema, graphql.parse(q), variables);

describe('operationCost', () => {
  it.each([
    // [query, cost, how]
    ['{ stats { labels { name } } }', 1 + 1 + LIST_ESTIMATE * 1, 'stats, labels, 10 x name'],
    ['{ directive(key: "k") { number title } }', 3, 'three fields, no list'],
    ['{ directives(first: 5) { totalCount nodes { number } } }', 1 + 1 + 1 + 5 * 1, 'nodes multiplied by first'],
    ['{ directives { nodes { number } } }', 1 + 1 + 20 * 1, 'default first is 20'],
    ['{ directives(first: 5) { nodes { implementedBy { directive { number } } } } }', 1 + 1 + 5 * (1 + LIST_ESTIMATE * (1 + 1)), 'a nested list multiplies'],
    ['{ organization(key: "o") { issued(first: 3) { number } } }', 1 + 1 + 3 * 1, 'a nested first'],
    ['query($n: Int) { directives(first: $n) { nodes { number } } }', 1 + 1 + 50 * 1, 'first from a variable'],
    ['fragment F on Directive { number title } { directives(first: 2) { nodes { ...F } } }', 1 + 1 + 2 * 2, 'fragments count as inline'],
  ])('%s costs %i (%s)', (q, expected) => {
    expect(cost(q, { n: 50 })).toBe(expected);
  });

  it('grows with nesting where a depth limit alone would not notice', () => {
    const nest = (levels: number): string => (levels === 0 ? 'number' : `implementedBy { directive { ${nest(levels - 1)} } }`);
    const costs = [1, 2, 3, 4].map((n) => cost(`{ directives(first: 100) { nodes { ${nest(n)} } } }`));
    for (let i = 1; i < costs.length; i++) expect(costs[i]!).toBeGreaterThan(costs[i - 1]! * 9);
  });

  it('checkComplexity names the limit', () => {
    expect(() => checkComplexity(10, 10)).not.toThrow();
    let err: unknown;
    try { checkComplexity(11, 10); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(QueryError);
    expect((err as QueryError).code).toBe('DG_LIMIT_EXCEEDED');
    expect((err as QueryError).message).toMatch(/^query complexity 11 is over the limit of 10 \(complexity\)/);
  });
});
