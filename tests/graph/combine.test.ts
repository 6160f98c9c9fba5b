import { describe, expect, it } from 'vitest';
import { combineStatements } from '../../src/graph/write/combine.js';

describe('combineStatements', () => {
  it('runs each statement as a unit subquery, in order, with its own parameters', () => {
    const q = combineStatements([
      { cypher: 'UNWIND $rows AS row\nMERGE (p:Person {key: row.key})', params: { rows: [{ key: 'a' }] } },
      { cypher: 'UNWIND $rows AS row\nMATCH (d:Directive {key: row.from})\nSET d.x = $limit', params: { rows: [{ from: 'b' }], limit: 3 } },
    ]);
    expect(q.cypher).toBe([
      'CALL () {',
      '  UNWIND $s0_rows AS row',
      '  MERGE (p:Person {key: row.key})',
      '}',
      'CALL () {',
      '  UNWIND $s1_rows AS row',
      '  MATCH (d:Directive {key: row.from})',
      '  SET d.x = $s1_limit',
      '}',
    ].join('\n'));
    expect(q.params).toEqual({ s0_rows: [{ key: 'a' }], s1_rows: [{ from: 'b' }], s1_limit: 3 });
  });
});
