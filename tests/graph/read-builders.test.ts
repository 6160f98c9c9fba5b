import { describe, expect, it } from 'vitest';
import { QueryError } from '../../src/errors.js';
import { fold, numberKey } from '../../src/model/keys.js';
import { batch, assignedTasksQuery, assignmentsQuery, citationsQuery, issuedQuery, partOfQuery, recipientsQuery, signersQuery, textsQuery } from '../../src/graph/read/batch.js';
import { decodeCursor, encodeCursor } from '../../src/graph/read/cursor.js';
import { dataQualityQuery } from '../../src/graph/read/data-quality.js';
import { derivedTasksQuery } from '../../src/graph/read/derived-tasks.js';
import { directiveByKeyQuery, directivesByNumberQuery, numberKeyVariants, searchDirectivesQuery } from '../../src/graph/read/directives.js';
import { FOLD_MARKS, foldNumber, searchTokens } from '../../src/graph/read/fold.js';
import { allOf, anyOf, escapeLucene, numberPhrase, prefixClauses } from '../../src/graph/read/fulltext.js';
import { READ_LIMITS } from '../../src/graph/read/limits.js';
import { lineageQuery } from '../../src/graph/read/lineage.js';
import { organizationByKeyQuery, searchOrganizationsQuery } from '../../src/graph/read/organizations.js';
import { pathQuery } from '../../src/graph/read/path.js';
import { statsQuery } from '../../src/graph/read/stats.js';
import type { Query } from '../../src/graph/query.js';

/**
 * The read builders are pure: {cypher, params} snapshots show what each sends to Neo4j, and the
 * checks below hold for every builder: request values only ever reach the params, never the text,
 * and every query that can grow carries a bound.
 */
const HOSTILE = "x'}) DETACH DELETE n //";

const builders: [string, (v: string) => Query][] = [
  ['directiveByKey', (v) => directiveByKeyQuery(v)],
  ['directivesByNumber', (v) => directivesByNumberQuery(v, v)],
  ['searchDirectives', (v) => searchDirectivesQuery({ search: v, docType: v, level: v, issuer: v, issuedFrom: v, issuedTo: v, first: 7 })],
  ['organizationByKey', (v) => organizationByKeyQuery(v)],
  ['searchOrganizations', (v) => searchOrganizationsQuery({ search: v, level: v, first: 7 })],
  ['lineage DOWN', (v) => lineageQuery({ key: v, direction: 'DOWN', maxDepth: 3, relations: ['IMPLEMENTS'] })],
  ['lineage UP', (v) => lineageQuery({ key: v, direction: 'UP', maxDepth: 3, relations: ['IMPLEMENTS', 'CITES'] })],
  ['lineage BOTH', (v) => lineageQuery({ key: v, direction: 'BOTH', maxDepth: 3, relations: ['BASED_ON'] })],
  ['lineage BOTH followSuccession', (v) => lineageQuery({ key: v, direction: 'BOTH', maxDepth: 3, relations: ['IMPLEMENTS'], followSuccession: true })],
  ['derivedTasks', (v) => derivedTasksQuery({ order: v, level: v, maxDepth: 4, relations: ['IMPLEMENTS'], first: 5 })],
  ['path', (v) => pathQuery({ from: v, to: v, relations: ['IMPLEMENTS'] })],
  ['citations out', (v) => citationsQuery([v], 'out', ['IMPLEMENTS'], 10)],
  ['citations in', (v) => citationsQuery([v], 'in', ['BASED_ON', 'CITES'], 10)],
  ['assignments', (v) => assignmentsQuery([v], 10)],
  ['recipients', (v) => recipientsQuery([v], 10)],
  ['signers', (v) => signersQuery([v])],
  ['partOf', (v) => partOfQuery([v])],
  ['texts', (v) => textsQuery([v])],
  ['issued', (v) => issuedQuery([v], 10)],
  ['assignedTasks', (v) => assignedTasksQuery([v], 10)],
];

describe('read query builders', () => {
  it.each(builders)('%s: the text does not depend on the values', (_name, build) => {
    const a = build('doc:17/CT-UBND|org:ubnd@p01|2021');
    const b = build(HOSTILE);
    expect(b.cypher).toBe(a.cypher);
    expect(b.cypher).not.toContain('DETACH DELETE');
    expect(JSON.stringify(b.params)).toContain('DETACH DELETE');
  });

  it.each(builders)('%s: snapshot', (_name, build) => {
    expect(build('doc:308-TB/QU|org:quan-uy@d007')).toMatchSnapshot();
  });

  it('stats and data quality: snapshot', () => {
    expect(statsQuery()).toMatchSnapshot();
    expect(dataQualityQuery(25)).toMatchSnapshot();
  });

  it('every query that returns rows from a walk or a list has a bound', () => {
    for (const [name, build] of builders) {
      const { cypher } = build('k');
      const bounded = /LIMIT|\{[01],20\}|head\(collect|\*1\.\.|SHORTEST 10/.test(cypher) || /^MATCH \([a-z]:\w+ \{key: \$key\}\)\nRETURN/.test(cypher);
      expect(bounded, name).toBe(true);
    }
  });

  it('walks use the depth cap as their literal bound and filter by the requested depth', () => {
    const { cypher, params } = lineageQuery({ key: 'k', direction: 'DOWN', maxDepth: 3, relations: ['IMPLEMENTS'] });
    expect(READ_LIMITS.maxDepth).toBe(20);
    expect(cypher).toContain('{1,20}');
    expect(cypher).toContain('length(p) <= $maxDepth');
    expect(params).toMatchObject({ maxDepth: 3, types: ['IMPLEMENTS'] });
    expect(derivedTasksQuery({ order: 'k', maxDepth: 2, relations: ['IMPLEMENTS'], first: 1 }).cypher).toContain('{0,20}');
  });

  it.each([
    // [maxDepth, relations, error code, message]
    [21, ['IMPLEMENTS'], 'DG_LIMIT_EXCEEDED', 'maxDepth 21 is over the limit of 20 (maxDepth)'],
    [0, ['IMPLEMENTS'], 'DG_BAD_INPUT', 'maxDepth must be a whole number from 1 to 20, got 0'],
    [2.5, ['IMPLEMENTS'], 'DG_BAD_INPUT', 'maxDepth must be a whole number from 1 to 20, got 2.5'],
    [3, [], 'DG_BAD_INPUT', 'relations must name at least one of IMPLEMENTS, BASED_ON, CITES'],
    [3, ['SIGNED_BY'], 'DG_BAD_INPUT', 'relations: unknown SIGNED_BY; use IMPLEMENTS, BASED_ON, CITES'],
  ])('refuses maxDepth %s with relations %j', (maxDepth, relations, code, message) => {
    let err: unknown;
    try { lineageQuery({ key: 'k', direction: 'UP', maxDepth, relations: relations as never }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(QueryError);
    expect((err as QueryError).code).toBe(code);
    expect((err as QueryError).message).toBe(message);
  });

  it('exposes one function per nested list for the loaders', () => {
    expect(Object.keys(batch).sort()).toEqual(['assignedTasks', 'assignments', 'citations', 'issued', 'partOf', 'periods', 'recipients', 'signers', 'texts']);
  });
});

describe('cursors', () => {
  it('round-trips the sort key of its own list only', () => {
    const c = encodeCursor('directives', ['2021-07-23', 'doc:17/CT-UBND|org:ubnd@p01|2021']);
    expect(decodeCursor('directives', c, 2)).toEqual(['2021-07-23', 'doc:17/CT-UBND|org:ubnd@p01|2021']);
    expect(() => decodeCursor('organizations', c, 2)).toThrow('is not a cursor of organizations');
    expect(() => decodeCursor('directives', 'garbage!', 2)).toThrow(QueryError);
    expect(() => decodeCursor('directives', encodeCursor('directives', ['a']), 2)).toThrow(QueryError);
  });
});

describe('Lucene queries', () => {
  it('escapes every character of Lucene syntax', () => {
    expect(escapeLucene('a AND (b OR c*) "x":y/z\\')).toBe('a AND \\(b OR c\\*\\) \\"x\\"\\:y\\/z\\\\');
    expect(escapeLucene('+-&|!{}[]^~?')).toBe('\\+\\-\\&\\|\\!\\{\\}\\[\\]\\^\\~\\?');
  });

  it('turns search words into prefix clauses, leaving stop words to the exact check', () => {
    expect(prefixClauses(searchTokens('Chỉ thị 17/CT-UBND'))).toEqual({ words: ['chi', 'thi', '17', 'ct', 'ubnd'], clauses: ['chi*', 'thi*', '17*', 'ct*', 'ubnd*'] });
    expect(prefixClauses(searchTokens('tổ chức thực hiện'))).toEqual({ words: ['chuc', 'thuc', 'hien'], clauses: ['chuc*', 'thuc*', 'hien*'] });
    expect(prefixClauses(searchTokens('a AND (b OR'))).toEqual({ words: ['b'], clauses: ['b*'] });
    expect(allOf(['chi*', 'thi*'])).toBe('chi* AND thi*');
    expect(anyOf(['chi*', 'thi*'])).toBe('chi* OR thi*');
  });

  it('looks a number up as a phrase on the number field, quotes escaped', () => {
    expect(numberPhrase('100- CV/ĐU')).toBe('number:"100- CV/ĐU"');
    expect(numberPhrase('12"/QĐ\\')).toBe('number:"12\\"/QĐ\\\\"');
    expect(numberPhrase(' / - ')).toBeNull();
  });

  it('looks a number up by every numberKey that folds alike: each D as D or as Đ', () => {
    // Typed without its Đ, with a space: the printed 100-CV/ĐU has the key 100-CV/DDU.
    expect(numberKeyVariants('100- CV/DU')).toEqual(['100-CV/DU', '100-CV/DDU']);
    expect(numberKeyVariants('12/qđ-ubnd')).toEqual(['12/QD-UBND', '12/QD-UBNDD', '12/QDD-UBND', '12/QDD-UBNDD']);
    expect(numberKeyVariants('17/CT-UBND')).toContain(numberKey('17/CT-UBND'));
    expect(numberKeyVariants('5/KH-BCĐ')).toContain(numberKey('5/KH-BCĐ'));
    expect(numberKeyVariants('15-KH/TU')).toEqual(['15-KH/TU']);
    // Past six D's (64 keys) the full-text index is asked instead.
    expect(numberKeyVariants('1/DDDDDDD')).toBeNull();
    const q = directivesByNumberQuery('1/DDDDDDD', null);
    expect(q.cypher).toContain("db.index.fulltext.queryNodes('directive_search', $numberPhrase)");
    expect(q.params.numberKeys).toEqual(['1/DDDDDDD']);
    expect(directivesByNumberQuery('100-CV/DU', null).cypher).not.toContain('fulltext');
  });
});

describe('folding', () => {
  it.each([
    // [search as typed, tokens]
    ['phòng, chống dịch', ['phong', 'chong', 'dich']],
    ['17/CT-UBND', ['17', 'ct', 'ubnd']],
    ['Liên Chiêu', ['lien', 'chieu']],
    ['ĐẢNG ỦY', ['dang', 'uy']],
    ['   ', []],
  ])('searchTokens(%j)', (input, tokens) => {
    expect(searchTokens(input)).toEqual(tokens);
  });

  it.each([
    ['100- CV/ĐU', '100-CV/DU'],
    ['17/ct-ubnd', '17/CT-UBND'],
    ['3642/QĐ-UBND', '3642/QD-UBND'],
  ])('foldNumber(%j) = %j', (input, out) => {
    expect(foldNumber(input)).toBe(out);
  });

  it('strips exactly the marks fold() strips from Vietnamese letters', () => {
    // Every precomposed Vietnamese vowel, decomposed, leaves only marks from FOLD_MARKS.
    const letters = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
    for (const ch of letters) {
      const marks = [...ch.normalize('NFD')].slice(1);
      for (const m of marks) expect(FOLD_MARKS, `${ch} has mark U+${m.codePointAt(0)!.toString(16)}`).toContain(m);
      expect(fold(ch)).toMatch(/^[aeiouy]$/);
    }
  });
});
