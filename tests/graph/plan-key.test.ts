import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { parameterSignature, planKey, sizeBucket } from '../../src/graph/plan-key.js';
import { derivedTasksQuery } from '../../src/graph/read/derived-tasks.js';
import { lineageQuery } from '../../src/graph/read/lineage.js';

/**
 * The plan-cache key Neo4j 5 computes (query text + each parameter's type, with a power-of-ten size
 * class for strings and lists): what decides whether the warm-up's plan serves a request.
 */
describe('plan key', () => {
  it('puts sizes in power-of-ten classes, exact for 0 and 1', () => {
    expect([0, 1, 2, 10, 11, 100, 101, 1000].map(sizeBucket)).toEqual(['=0', '=1', '~10', '~10', '~100', '~100', '~1000', '~1000']);
  });

  it('types parameters as the Bolt server sees them: a JS number is a Float, keyed like null', () => {
    expect(parameterSignature({
      key: 'doc:32/CT-UBND|org:ubnd@p31|2023', level: null, limit: 21, depth: neo4j.int(3), on: true,
      types: ['IMPLEMENTS'], keys: [], mixed: ['a', 1], level2: 'ward', day: new neo4j.types.Date(2025, 7, 1), m: { a: 1 },
    })).toBe('day:DATE depth:INTEGER key:STRING~100 keys:LIST<ANY>=0 level:ANY level2:STRING~10 limit:ANY m:MAP mixed:LIST<ANY>~10 on:BOOLEAN types:LIST<STRING>=1');
  });

  it('counts a string in code points, as Neo4j does', () => {
    expect(parameterSignature({ s: 'Hà Nội 1' })).toBe('s:STRING~10');
    expect(parameterSignature({ s: '😀'.repeat(10) })).toBe('s:STRING~10');
    expect(parameterSignature({ s: '😀'.repeat(11) })).toBe('s:STRING~100');
  });

  it('tells apart the derivedTasks of the schema defaults from the one warmed before this fix', () => {
    const walk = { order: 'doc:32/CT-UBND|org:ubnd@p31|2023', first: 20, maxDepth: 10 };
    const request = derivedTasksQuery({ ...walk, level: 'ward', relations: ['IMPLEMENTS'] });
    const oldWarmUp = derivedTasksQuery({ ...walk, order: 'doc:\u0000warm-up', relations: ['IMPLEMENTS', 'BASED_ON', 'CITES'] });
    expect(request.cypher).toBe(oldWarmUp.cypher);
    expect(planKey(request)).not.toBe(planKey(oldWarmUp));
    // Two or three relation types are one size class: one plan.
    const two = lineageQuery({ key: walk.order, direction: 'DOWN', maxDepth: 10, relations: ['IMPLEMENTS', 'CITES'] });
    const three = lineageQuery({ key: walk.order, direction: 'DOWN', maxDepth: 10, relations: ['IMPLEMENTS', 'BASED_ON', 'CITES'] });
    expect(planKey(two)).toBe(planKey(three));
  });
});
