import { describe, expect, it } from 'vitest';
import { coverageAssignedQuery, coverageQuery, daysBetween, effectiveDate } from '../../src/graph/read/coverage.js';
import { nearDirectivesQuery } from '../../src/graph/read/near.js';
import { treeCaveatsQuery } from '../../src/graph/read/tree-caveats.js';
import type { Query } from '../../src/graph/query.js';

/**
 * The read builders the reports added (coverage, the tree's caveats, near matches), held to the
 * same rules as the others (tests/graph/read-builders.test.ts): values only in params, a bound on
 * every list, and a snapshot of what goes to Neo4j.
 */
const HOSTILE = "x'}) DETACH DELETE n //";

const builders: [string, (v: string) => Query][] = [
  ['coverage', (v) => coverageQuery({ order: v, maxDepth: 4, relations: ['IMPLEMENTS'] })],
  ['coverage assigned units', (v) => coverageAssignedQuery({ order: v, maxDepth: 4, relations: ['IMPLEMENTS'] })],
  ['treeCaveats', (v) => treeCaveatsQuery([v, 'doc:308-TB/QU|org:quan-uy@d007'], 50)],
  ['nearDirectives', (v) => nearDirectivesQuery(v, 5)],
];

describe('report query builders', () => {
  it.each(builders)('%s: the text does not depend on the values', (_name, build) => {
    const a = build('doc:17/CT-UBND|org:ubnd@p01|2021');
    const b = build(HOSTILE);
    expect(b.cypher).toBe(a.cypher);
    expect(b.cypher).not.toContain('DETACH DELETE');
  });

  it.each(builders)('%s: snapshot', (_name, build) => {
    expect(build('doc:180-CV/QU|org:quan-uy@d490|2021')).toMatchSnapshot();
  });

  it('every list is bounded: the walk by its cap, units and tasks, each caveat kind, the near matches', () => {
    const cov = coverageQuery({ order: 'k', maxDepth: 2, relations: ['IMPLEMENTS'] });
    expect(cov.cypher).toContain('{0,20}');
    expect(cov.cypher.match(/LIMIT toInteger/g)).toHaveLength(1);
    expect(cov.params).toMatchObject({ maxDepth: 2, directiveCap: 5000 });
    // The assigned units walk the same tree, cut at the same cap (its first directiveCap directives).
    const units = coverageAssignedQuery({ order: 'k', maxDepth: 2, relations: ['IMPLEMENTS'] });
    expect(units.cypher).toContain('{0,20}');
    expect(units.cypher).toContain('ORDER BY depth, d.key\n  LIMIT toInteger($directiveCap)\n');
    expect(units.cypher).toContain('[0..toInteger($unitCap) + 1] AS assigned');
    expect(units.cypher).toContain('tasks[0..toInteger($taskCap)]');
    expect(units.params).toMatchObject({ maxDepth: 2, directiveCap: 5000, unitCap: 5000, taskCap: 50 });
    const cav = treeCaveatsQuery(['k'], 50);
    expect(cav.cypher.match(/LIMIT toInteger\(\$limit\)/g)).toHaveLength(5);
    expect(cav.params.limit).toBe(51);
    expect(nearDirectivesQuery('chỉ thị 17', 5).params).toMatchObject({ tokens: ['chi', 'thi', '17'], limit: 5 });
  });
});

describe('lags', () => {
  it.each([
    // [from, to, days]
    ['2021-07-16', '2021-07-19', 3], // 180-CV/QU -> 100-CV/ĐU
    ['2021-07-23', '2021-07-28', 5], // 17/CT-UBND -> the meeting of 308-TB/QU
    ['2021-12-30', '2022-01-02', 3], // across a year
    ['2021-07-24', '2021-07-23', -1], // dated before what it implements: negative, not hidden
    [null, '2021-07-19', null],
  ] as const)('%s to %s is %s days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('counts from the issue date, else the meeting date of a Thông báo kết luận', () => {
    expect(effectiveDate({ issuedOn: '2021-07-30', meetingOn: '2021-07-28' })).toBe('2021-07-30');
    expect(effectiveDate({ issuedOn: null, meetingOn: '2021-07-28' })).toBe('2021-07-28');
    expect(effectiveDate({ issuedOn: null, meetingOn: null })).toBeNull();
  });
});
