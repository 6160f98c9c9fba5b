import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadRunner } from '../../src/graph/read/runner.js';
import { DOCS, ORGS, addMandateExample, keyOf, loadFixtureGraph, MANDATE_ORDER, taskIdOf } from '../api/fixture-graph.js';
import { buildTestApp, countingRunner, gql, ok, type CountingRunner, type Json } from '../api/helpers.js';
import { useGraph } from '../helpers/graph.js';

/**
 * The GraphQL API over HTTP (inject, no port) against the real Neo4j holding the hand-built
 * miniature of the seeds (tests/api/fixture-graph.ts). The same questions on the really ingested
 * seeds are in api-seeds.test.ts.
 */
const graph = useGraph();
let app: FastifyInstance;
let runner: CountingRunner;

const seedText = (sourcePath: string) => readFileSync(new URL(`../../${sourcePath}`, import.meta.url), 'utf8');

beforeAll(async () => {
  await loadFixtureGraph(graph.driver, graph.target.NEO4J_DATABASE);
  runner = countingRunner(createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 10_000 }));
  app = await buildTestApp({ runner, apiToken: 'a-test-token-of-32-characters-xx' });
});

afterAll(async () => {
  await app?.close();
});

const DIRECTIVE_FIELDS = 'key number docType title issuedOn status level issuer { key name level area }';

describe('directive', () => {
  it('finds a directive by key with its issuer', async () => {
    const data = await ok(app, `query($k: ID) { directive(key: $k) { ${DIRECTIVE_FIELDS} } }`, { k: keyOf('ct17') });
    expect(data.directive).toEqual({
      key: 'doc:17/CT-UBND|org:ubnd@p01|2021', number: '17/CT-UBND', docType: 'Chỉ thị',
      title: 'về thực hiện giãn cách xã hội trên địa bàn Thành phố để phòng chống dịch Covid-19',
      issuedOn: '2021-07-23', status: 'REFERENCED', level: 'PROVINCE',
      issuer: { key: 'org:ubnd@p01', name: 'UBND Thành phố Hà Nội', level: 'PROVINCE', area: 'Thành phố Hà Nội' },
    });
  });

  it.each([
    // [number as a user types it, the number stored]
    ['17/CT-UBND', '17/CT-UBND'],
    ['100-CV/ĐU', '100-CV/ĐU'],
    ['100- CV/DU', '100-CV/ĐU'], // the seed's own spacing, Đ typed as D
    ['308-tb/qu', '308-TB/QU'],
  ])('finds %s by number alone when it is unambiguous', async (typed, stored) => {
    const data = await ok(app, 'query($n: String) { directive(number: $n) { number } }', { n: typed });
    expect(data.directive).toEqual({ number: stored });
  });

  it('returns null for a number nobody issued', async () => {
    const data = await ok(app, '{ directive(number: "999-XX/YY") { key } }');
    expect(data.directive).toBeNull();
  });

  it('lists the candidates of an ambiguous number, and issuer picks one', async () => {
    // A second 180-CV/QU, of Quận ủy Hai Bà Trưng: numbers are unique only per issuer.
    await graph.driver.executeQuery(`MATCH (o:Organization {key: $org})
      CREATE (d:Directive {key: 'doc:180-CV/QU|org:quan-uy@d007|2021', number: '180-CV/QU', numberKey: '180-CV/QU', docType: 'Công văn', status: 'referenced', level: 'district'})
      CREATE (d)-[:ISSUED_BY {name: 'Quận ủy Hai Bà Trưng'}]->(o)`, { org: ORGS.quanUyHBT.key });
    try {
      const res = await gql(app, '{ directive(number: "180-CV/QU") { key } }');
      expect(res.data).toEqual({ directive: null });
      expect(res.errors).toHaveLength(1);
      const err = res.errors![0]!;
      expect(err.extensions.code).toBe('BAD_USER_INPUT');
      expect(err.extensions.reason).toBe('DG_AMBIGUOUS');
      expect(err.message).toContain('matches 2 directives');
      expect(err.message).toContain('Quận ủy Liên Chiểu');
      expect(err.message).toContain('Quận ủy Hai Bà Trưng');
      const candidates = err.extensions.candidates as { key: string }[];
      expect(candidates.map((c) => c.key).sort()).toEqual(['doc:180-CV/QU|org:quan-uy@d007|2021', 'doc:180-CV/QU|org:quan-uy@d490|2021']);

      for (const [issuer, key] of [['Liên Chiểu', 'doc:180-CV/QU|org:quan-uy@d490|2021'], ['lien chieu', 'doc:180-CV/QU|org:quan-uy@d490|2021'],
        ['org:quan-uy@d007', 'doc:180-CV/QU|org:quan-uy@d007|2021'], ['Hai Bà Trưng', 'doc:180-CV/QU|org:quan-uy@d007|2021']]) {
        const picked = await ok(app, 'query($i: String) { directive(number: "180-CV/QU", issuer: $i) { key } }', { i: issuer });
        expect(picked.directive, issuer).toEqual({ key });
      }
    } finally {
      await graph.driver.executeQuery("MATCH (d:Directive {key: 'doc:180-CV/QU|org:quan-uy@d007|2021'}) DETACH DELETE d");
    }
  });

  it('refuses a call with neither key nor number', async () => {
    const res = await gql(app, '{ directive { key } }');
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('resolves citations both ways, tasks, recipients, signer and source', async () => {
    const data = await ok(app, `query($k: ID) { directive(key: $k) {
      implements { directive { number } evidence { sentence statedIn span } }
      cites { directive { number } }
      implementedBy { directive { number } }
      assignments { id clause units { unit { name level } role } directive { number } }
      signer { name capacity position }
      source { path sha256 }
      meetingOn issuedOn issuedBy family
    } }`, { k: keyOf('tb308') });
    const d = data.directive;
    expect(d.implements.map((c: Json) => c.directive.number).sort()).toEqual(['17/CT-UBND', '500-CV/QU']);
    const text = seedText(DOCS.tb308.props.sourcePath!);
    for (const c of d.implements) {
      expect(c.evidence.statedIn).toBe(keyOf('tb308'));
      expect(text.slice(c.evidence.span[0], c.evidence.span[1])).toBe(c.evidence.sentence);
    }
    expect(d.cites.map((c: Json) => c.directive.number).sort()).toEqual(['3642/QĐ-UBND', '68/NQ-CP']);
    expect(d.implementedBy).toEqual([]);
    expect(d.assignments.map((t: Json) => t.clause)).toEqual(['1', '2', '3', '3']);
    expect(d.assignments[1]).toEqual({
      id: taskIdOf('tb308', 't2'), clause: '2', directive: { number: '308-TB/QU' },
      units: [
        { unit: { name: 'Công an quận Hai Bà Trưng', level: 'DISTRICT' }, role: 'LEAD' },
        { unit: { name: 'UBND các phường quận Hai Bà Trưng', level: 'WARD' }, role: 'SUPPORT' },
      ],
    });
    expect(d.signer).toEqual({ name: 'Trịnh Xuân Cường', capacity: null, position: null });
    expect(d.source.path).toBe('corpus/seeds/001_6e391b9519626a64.txt');
    expect(d.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(d).toMatchObject({ meetingOn: '2021-07-28', issuedOn: null, issuedBy: 'Ban Thường vụ Quận ủy Hai Bà Trưng', family: 'PARTY' });

    const ct = await ok(app, 'query($k: ID) { directive(key: $k) { implementedBy { directive { number } } } }', { k: keyOf('ct17') });
    expect(ct.directive.implementedBy).toEqual([{ directive: { number: '308-TB/QU' } }]);

    const cv = await ok(app, 'query($k: ID) { directive(key: $k) { recipients { organization { name } list } } }', { k: keyOf('cv100') });
    expect(cv.directive.recipients).toEqual([{ organization: { name: 'UBND phường Hòa Minh' }, list: 'KINH_GUI' }]);
  });
});

describe('directives', () => {
  const LIST = `query($first: Int, $after: String, $search: String, $docType: String, $level: Level, $issuer: String, $from: Date, $to: Date) {
    directives(first: $first, after: $after, search: $search, docType: $docType, level: $level, issuer: $issuer, issuedFrom: $from, issuedTo: $to) {
      totalCount edges { cursor node { key number issuedOn } } pageInfo { hasNextPage hasPreviousPage endCursor }
    } }`;

  it('walks every directive page by page without gaps or repeats, newest first', async () => {
    const all = await ok(app, LIST, { first: 100 });
    const total = all.directives.totalCount;
    expect(total).toBe(Object.keys(DOCS).length);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Json = (await ok(app, LIST, { first: 3, after })).directives;
      expect(page.totalCount).toBe(total);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((e: Json) => e.node.key));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(total / 3));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(all.directives.edges.map((e: Json) => e.node.key));
    const dates = all.directives.edges.map((e: Json) => e.node.issuedOn);
    const dated = dates.filter((d: string | null) => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.indexOf(null)).toBe(dated.length); // undated last
  });

  it.each([
    // [filter, numbers expected]
    [{ search: 'phong chong dich' }, ['100-CV/ĐU', '17/CT-UBND', '177-CV/TU', '180-CV/QU', '308-TB/QU', '500-CV/QU', '739-TB/TU', '924-CV/QU']],
    // "hà nội" is found in the title, or in the issuer's area (17/CT-UBND of UBND Thành phố Hà Nội, 308-TB/QU of a quận of Hà Nội)
    [{ search: 'PHÒNG, CHỐNG dịch covid hà nội' }, ['177-CV/TU', '17/CT-UBND', '308-TB/QU', '500-CV/QU', '739-TB/TU', '924-CV/QU']],
    [{ search: '17/CT-UBND' }, ['17/CT-UBND']],
    [{ search: 'gian cach' }, ['17/CT-UBND']],
    [{ docType: 'cong van', issuer: 'hai ba trung' }, ['500-CV/QU', '924-CV/QU']],
    [{ level: 'WARD' }, ['100-CV/ĐU']],
    [{ issuer: 'org:thanh-uy@p01' }, ['177-CV/TU', '739-TB/TU']],
    [{ from: '2021-07-20', to: '2021-07-24' }, ['177-CV/TU', '17/CT-UBND', '500-CV/QU']],
  ])('filters %j', async (filter, numbers) => {
    const data = await ok(app, LIST, { first: 100, ...filter });
    expect(data.directives.edges.map((e: Json) => e.node.number).sort()).toEqual([...numbers].sort());
    expect(data.directives.totalCount).toBe(numbers.length);
  });

  it.each([
    // [variables, code, what the message names]
    [{ first: 101 }, 'LIMIT_EXCEEDED', 'over the limit of 100 (first)'],
    [{ first: -1 }, 'BAD_USER_INPUT', 'first must be a whole number'],
    [{ after: 'bm90LWEtY3Vyc29y' }, 'BAD_USER_INPUT', 'is not a cursor of directives'],
    [{ docType: 'Sắc lệnh' }, 'BAD_USER_INPUT', 'is not a document type'],
    [{ from: '2021-13-40' }, 'BAD_USER_INPUT', 'is not a date'],
  ])('refuses %j', async (variables, code, says) => {
    const res = await gql(app, LIST, variables);
    expect(res.errors?.[0]?.extensions.code).toBe(code);
    expect(res.errors?.[0]?.message).toContain(says);
  });
});

describe('organizations', () => {
  it('finds organisations ignoring diacritics, with PART_OF, issued directives and assigned tasks', async () => {
    const data = await ok(app, `{ organizations(search: "hoa minh") { totalCount nodes { key name level isIssuer isUnit } } }`);
    expect(data.organizations.totalCount).toBe(3);
    expect(data.organizations.nodes.map((o: Json) => o.name)).toEqual(['Công an phường Hòa Minh', 'Đảng ủy phường Hòa Minh', 'UBND phường Hòa Minh']);
    const org = await ok(app, `query($k: ID!) { organization(key: $k) {
      name partOf { name } issued { number } assignedTasks { clause directive { number } } } }`, { k: ORGS.dangUyHM.key });
    expect(org.organization).toEqual({ name: 'Đảng ủy phường Hòa Minh', partOf: [{ name: 'Quận ủy Liên Chiểu' }], issued: [{ number: '100-CV/ĐU' }], assignedTasks: [] });
    const wards = await ok(app, `query($k: ID!) { organization(key: $k) { assignedTasks(first: 2) { id } } }`, { k: ORGS.ubndPhuongHBT.key });
    expect(wards.organization.assignedTasks).toHaveLength(2);
  });

  it.each([
    // [search as typed, names found]: folded in Cypher the way src/model/keys.ts folds
    // name or area: the ward bodies of Hòa Minh are in Quận Liên Chiểu too
    ['Liên Chiểu', ['Công an phường Hòa Minh', 'Đảng ủy phường Hòa Minh', 'Quận ủy Liên Chiểu', 'UBND phường Hòa Minh']],
    ['LIEN CHIEU quan uy', ['Đảng ủy phường Hòa Minh', 'Quận ủy Liên Chiểu']],
    ['Quận ủy Liên Chiêu', ['Đảng ủy phường Hòa Minh', 'Quận ủy Liên Chiểu']], // the seed's misspelling
    ['đảng ủy', ['Đảng ủy các phường quận Hai Bà Trưng', 'Đảng ủy phường Hòa Minh']],
    ['Hoà Minh ubnd', ['UBND phường Hòa Minh']], // old tone-mark placement
  ])('organizations(search: %j)', async (search, names) => {
    const data = await ok(app, 'query($s: String) { organizations(search: $s) { nodes { name } } }', { s: search });
    expect(data.organizations.nodes.map((o: Json) => o.name)).toEqual(names);
  });

  it('finds the bodies of phường Hòa Minh typed without diacritics, through the full-text index', async () => {
    const data = await ok(app, '{ organizations(search: "phuong hoa minh") { totalCount nodes { key name } } }');
    expect(data.organizations).toEqual({ totalCount: 3, nodes: [
      { key: 'org:cong-an@w20200', name: 'Công an phường Hòa Minh' },
      { key: 'org:dang-uy@w20200', name: 'Đảng ủy phường Hòa Minh' },
      { key: 'org:ubnd@w20200', name: 'UBND phường Hòa Minh' },
    ] });
    // "an" is a stop word the index drops: it is checked on the fold ("Công an", not "Đảng ủy").
    const police = await ok(app, '{ organizations(search: "cong an hoa minh") { totalCount nodes { key } } }');
    expect(police.organizations).toEqual({ totalCount: 1, nodes: [{ key: 'org:cong-an@w20200' }] });
  });

  it('walks organisations page by page without gaps or repeats', async () => {
    const all = await ok(app, '{ organizations(first: 100) { totalCount nodes { key } } }');
    expect(all.organizations.totalCount).toBe(Object.keys(ORGS).length);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Json = (await ok(app, 'query($a: String) { organizations(first: 5, after: $a) { nodes { key } pageInfo { hasNextPage endCursor } } }', { a: after })).organizations;
      seen.push(...page.nodes.map((n: Json) => n.key));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.organizations.nodes.map((n: Json) => n.key));
  });
});

describe('lineage', () => {
  const LINEAGE = `query($k: ID!, $d: Direction, $m: Int, $r: [Relation!]) {
    lineage(key: $k, direction: $d, maxDepth: $m, relations: $r) {
      root { number } truncated
      nodes { key number issuer { name area } }
      depths { directive { number } depth direction }
      edges { from { number } to { number } type depth evidence { sentence span statedIn } }
      context { from { number } to { number } type depth }
    } }`;

  it('DOWN from 17/CT-UBND reaches 308-TB/QU at depth 1 with the sentence that says so', async () => {
    const data = await ok(app, LINEAGE, { k: keyOf('ct17'), d: 'DOWN' });
    const l = data.lineage;
    expect(l.root).toEqual({ number: '17/CT-UBND' });
    expect(l.depths).toEqual([
      { directive: { number: '17/CT-UBND' }, depth: 0, direction: 'DOWN' },
      { directive: { number: '308-TB/QU' }, depth: 1, direction: 'DOWN' },
    ]);
    expect(l.edges).toHaveLength(1);
    const e = l.edges[0];
    expect(e).toMatchObject({ from: { number: '308-TB/QU' }, to: { number: '17/CT-UBND' }, type: 'IMPLEMENTS', depth: 1 });
    expect(e.evidence.sentence).toContain('triển khai tổ chức thực hiện Chỉ thị 17/CT-UBND');
    expect(seedText(DOCS.tb308.props.sourcePath!).slice(e.evidence.span[0], e.evidence.span[1])).toBe(e.evidence.sentence);
    // beside the walk: what else 308-TB/QU implements
    expect(l.context).toEqual([{ from: { number: '308-TB/QU' }, to: { number: '500-CV/QU' }, type: 'IMPLEMENTS', depth: 1 }]);
  });

  it('context follows each side of a BOTH walk: out of the directives below, into the ones above', async () => {
    const data = await ok(app, LINEAGE, { k: keyOf('cv500'), d: 'BOTH' });
    // 308-TB/QU (below 500-CV/QU) also implements 17/CT-UBND; nothing else implements 177-CV/TU (above)
    expect(data.lineage.context).toEqual([{ from: { number: '308-TB/QU' }, to: { number: '17/CT-UBND' }, type: 'IMPLEMENTS', depth: 1 }]);
    const up = await ok(app, LINEAGE, { k: keyOf('cv177'), d: 'UP' });
    expect(up.lineage.context).toEqual([]);
    const fromCt = await ok(app, LINEAGE, { k: keyOf('cv500'), d: 'UP' });
    // above 500-CV/QU is 177-CV/TU, which nothing outside the walk implements
    expect(fromCt.lineage.context).toEqual([]);
  });

  it('UP from 100-CV/ĐU reaches 180-CV/QU of Quận ủy Liên Chiểu and nothing of Hà Nội', async () => {
    const data = await ok(app, LINEAGE, { k: keyOf('cv100'), d: 'UP' });
    const l = data.lineage;
    expect(l.nodes.map((n: Json) => n.number)).toEqual(['100-CV/ĐU', '180-CV/QU']);
    expect(l.nodes[1].issuer).toEqual({ name: 'Quận ủy Liên Chiểu', area: 'Quận Liên Chiểu, Thành phố Đà Nẵng' });
    expect(JSON.stringify(l)).not.toContain('Hà Nội');
    expect(l.edges.map((e: Json) => [e.from.number, e.to.number, e.depth])).toEqual([['100-CV/ĐU', '180-CV/QU', 1]]);
    expect(l.edges[0].evidence.sentence).toContain('Quận ủy Liên Chiêu'); // as printed in the seed
  });

  it.each([
    // [root, direction, maxDepth, relations, [number, depth] of the nodes]
    ['tb308', 'UP', 10, ['IMPLEMENTS'], [['308-TB/QU', 0], ['17/CT-UBND', 1], ['500-CV/QU', 1], ['177-CV/TU', 2]]],
    ['tb308', 'UP', 1, ['IMPLEMENTS'], [['308-TB/QU', 0], ['17/CT-UBND', 1], ['500-CV/QU', 1]]],
    ['tb308', 'UP', 10, ['IMPLEMENTS', 'CITES'], [['308-TB/QU', 0], ['17/CT-UBND', 1], ['3642/QĐ-UBND', 1], ['500-CV/QU', 1], ['68/NQ-CP', 1], ['177-CV/TU', 2]]],
    ['tb308', 'UP', 10, ['BASED_ON'], [['308-TB/QU', 0]]],
    // BOTH is the two walks, not an undirected one: 17/CT-UBND (up from 308, down from 500) is not reached
    ['cv500', 'BOTH', 10, ['IMPLEMENTS'], [['500-CV/QU', 0], ['177-CV/TU', 1], ['308-TB/QU', 1]]],
    ['cv177', 'DOWN', 10, ['IMPLEMENTS'], [['177-CV/TU', 0], ['500-CV/QU', 1], ['308-TB/QU', 2]]],
  ])('%s %s maxDepth %i %j', async (root, direction, maxDepth, relations, expected) => {
    const data = await ok(app, LINEAGE, { k: keyOf(root as keyof typeof DOCS), d: direction, m: maxDepth, r: relations });
    const got = data.lineage.depths.map((n: Json) => [n.directive.number, n.depth]);
    expect(got.sort()).toEqual([...expected].sort());
    // every edge joins two returned nodes and carries the depth of its farther end
    const depthOf = new Map<string, number>(got);
    for (const e of data.lineage.edges) {
      expect(e.depth).toBe(Math.max(depthOf.get(e.from.number)!, depthOf.get(e.to.number)!));
      expect(relations).toContain(e.type);
    }
  });

  it.each([
    // [arguments, code, what the message names]
    ['maxDepth: 50', 'LIMIT_EXCEEDED', 'maxDepth 50 is over the limit of 20 (maxDepth)'],
    ['maxDepth: 0', 'BAD_USER_INPUT', 'maxDepth must be a whole number'],
    ['relations: []', 'BAD_USER_INPUT', 'relations must name at least one'],
  ])('refuses %s', async (args, code, says) => {
    const res = await gql(app, `query($k: ID!) { lineage(key: $k, ${args}) { root { key } } }`, { k: keyOf('ct17') });
    expect(res.data).toEqual({ lineage: null });
    expect(res.errors?.[0]?.extensions.code).toBe(code);
    expect(res.errors?.[0]?.message).toContain(says);
  });

  it('gives lean directives to a request that shows none of the fields they leave out, with the same values', async () => {
    const shown = 'key number docType title issuedOn level status issuedBy issuer { key name kind level }';
    const lineage = (fields: string) => `query($k: ID!) { lineage(key: $k, direction: BOTH, relations: [IMPLEMENTS, CITES]) {
      root { ${fields} } nodes { ${fields} } context { from { ${fields} } to { ${fields} } } } }`;
    runner.reset();
    const lean = await ok(app, lineage(shown), { k: keyOf('cv500') });
    const leanText = runner.texts.join('\n');
    // One field of those a lean directive leaves out, on the issuer: the full projection.
    runner.reset();
    const full = await ok(app, lineage(`${shown} source { path }`), { k: keyOf('cv500') });
    const fullText = runner.texts.join('\n');
    expect(leanText).toContain('null, null, null, null, null, null');
    expect(fullText).not.toContain('null, null, null, null, null, null');
    const strip = (d: Json) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'source'));
    expect(lean.lineage.root).toEqual(strip(full.lineage.root));
    expect(lean.lineage.nodes).toEqual(full.lineage.nodes.map(strip));
    expect(lean.lineage.context).toEqual(full.lineage.context.map((e: Json) => ({ from: strip(e.from), to: strip(e.to) })));
    expect(lean.lineage.nodes.map((n: Json) => n.number).sort()).toEqual(['177-CV/TU', '308-TB/QU', '500-CV/QU']);
    expect(lean.lineage.root).toEqual({
      key: keyOf('cv500'), number: '500-CV/QU', docType: 'Công văn', title: DOCS.cv500.props.title, issuedOn: '2021-07-24',
      level: 'DISTRICT', status: 'REFERENCED', issuedBy: full.lineage.root.issuedBy,
      issuer: { key: full.lineage.root.issuer.key, name: 'Quận ủy Hai Bà Trưng', kind: full.lineage.root.issuer.kind, level: 'DISTRICT' },
    });
    const tb308 = full.lineage.nodes.find((n: Json) => n.number === '308-TB/QU');
    expect(tb308.source.path).toBe(DOCS.tb308.props.sourcePath);
    expect(tb308.issuedBy).toBe('Ban Thường vụ Quận ủy Hai Bà Trưng');
  });

  it('says NOT_FOUND for an unknown key', async () => {
    const res = await gql(app, '{ lineage(key: "doc:NOPE") { root { key } } }');
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toContain('doc:NOPE');
  });
});

describe('derivedTasks', () => {
  const TASKS = `query($o: ID!, $l: Level, $first: Int, $after: String) {
    derivedTasks(order: $o, level: $l, first: $first, after: $after) {
      totalCount truncated
      edges { cursor node {
        task { id clause text units { unit { name level } role } }
        directive { number } depth
        chain { number }
        links { from { number } to { number } type evidence { sentence } }
        mandate { id }
      } }
      pageInfo { hasNextPage endCursor }
    } }`;

  it('gives the ward tasks of 308-TB/QU under 17/CT-UBND, with their chain and its evidence', async () => {
    const data = await ok(app, TASKS, { o: keyOf('ct17'), l: 'WARD' });
    const t = data.derivedTasks;
    expect(t.totalCount).toBe(3);
    expect(t.truncated).toBe(false);
    const nodes = t.edges.map((e: Json) => e.node);
    expect(nodes.map((n: Json) => n.task.id)).toEqual([taskIdOf('tb308', 't1'), taskIdOf('tb308', 't2'), taskIdOf('tb308', 't3')]);
    for (const n of nodes) {
      expect(n.directive).toEqual({ number: '308-TB/QU' });
      expect(n.depth).toBe(1);
      expect(n.chain).toEqual([{ number: '17/CT-UBND' }, { number: '308-TB/QU' }]);
      expect(n.links).toHaveLength(1);
      expect(n.links[0]).toMatchObject({ from: { number: '308-TB/QU' }, to: { number: '17/CT-UBND' }, type: 'IMPLEMENTS' });
      expect(n.links[0].evidence.sentence).toContain('Chỉ thị 17/CT-UBND');
      expect(n.task.units.some((u: Json) => u.unit.level === 'WARD')).toBe(true);
      expect(n.mandate).toBeNull();
    }
    expect(nodes[2].task.text).toBe('Đồng chí Bí thư Đảng ủy, Chủ tịch UBND phường phải bám sát địa bàn, tập trung cao nhất cho công tác phòng, chống dịch');
  });

  it('without a level also gives the district task', async () => {
    const data = await ok(app, TASKS, { o: keyOf('ct17') });
    expect(data.derivedTasks.edges.map((e: Json) => e.node.task.id)).toEqual(['t1', 't2', 't3', 't4'].map((t) => taskIdOf('tb308', t)));
  });

  it('reaches tasks two levels down: 177-CV/TU -> 500-CV/QU -> 308-TB/QU', async () => {
    const data = await ok(app, TASKS, { o: keyOf('cv177'), l: 'WARD' });
    const n = data.derivedTasks.edges[0].node;
    expect(data.derivedTasks.totalCount).toBe(3);
    expect(n.depth).toBe(2);
    expect(n.chain.map((c: Json) => c.number)).toEqual(['177-CV/TU', '500-CV/QU', '308-TB/QU']);
    expect(n.links.map((l: Json) => [l.from.number, l.to.number])).toEqual([['500-CV/QU', '177-CV/TU'], ['308-TB/QU', '500-CV/QU']]);
  });

  it('walks the traces page by page without gaps or repeats', async () => {
    const all = (await ok(app, TASKS, { o: keyOf('ct17') })).derivedTasks.edges.map((e: Json) => e.node.task.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Json = (await ok(app, TASKS, { o: keyOf('ct17'), first: 1, after })).derivedTasks;
      expect(page.totalCount).toBe(4);
      seen.push(...page.edges.map((e: Json) => e.node.task.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('names the mandate: the upstream task that gave the issuer the work', async () => {
    await addMandateExample(graph.driver, graph.target.NEO4J_DATABASE);
    try {
      const data = await ok(app, `query($o: ID!) { derivedTasks(order: $o, level: WARD) { nodes {
        task { id } chain { number } mandate { id text clause directive { number } units { unit { name } } } } } }`, { o: MANDATE_ORDER.key });
      const nodes = data.derivedTasks.nodes;
      expect(nodes).toHaveLength(3);
      for (const n of nodes) {
        expect(n.chain.map((c: Json) => c.number)).toEqual(['TEST-1/CT-TU', '308-TB/QU']);
        expect(n.mandate).toEqual({ id: MANDATE_ORDER.taskId, text: MANDATE_ORDER.text, clause: '1', directive: { number: 'TEST-1/CT-TU' }, units: [{ unit: { name: 'Quận ủy Hai Bà Trưng' } }] });
      }
    } finally {
      await graph.driver.executeQuery('MATCH (d:Directive {key: $k}) DETACH DELETE d', { k: MANDATE_ORDER.key });
    }
  });
});

describe('path', () => {
  it('finds the chain between two directives whichever is given first', async () => {
    for (const [from, to] of [['cv177', 'tb308'], ['tb308', 'cv177']] as const) {
      const data = await ok(app, 'query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length directives { number } edges { from { number } to { number } evidence { statedIn } } } }', { a: keyOf(from), b: keyOf(to) });
      expect(data.path).toEqual([{
        length: 2,
        directives: [{ number: '308-TB/QU' }, { number: '500-CV/QU' }, { number: '177-CV/TU' }],
        edges: [
          { from: { number: '308-TB/QU' }, to: { number: '500-CV/QU' }, evidence: { statedIn: keyOf('tb308') } },
          { from: { number: '500-CV/QU' }, to: { number: '177-CV/TU' }, evidence: { statedIn: keyOf('tb308') } },
        ],
      }]);
    }
  });

  it('is empty between unrelated directives and NOT_FOUND for an unknown one', async () => {
    const none = await ok(app, 'query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length } }', { a: keyOf('cv100'), b: keyOf('ct17') });
    expect(none.path).toEqual([]);
    const res = await gql(app, 'query($a: ID!) { path(from: $a, to: "doc:NOPE") { length } }', { a: keyOf('cv100') });
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toContain('(to)');
  });
});

describe('stats and dataQuality', () => {
  it('counts the graph by label, type, level and status', async () => {
    const data = await ok(app, '{ stats { labels { name count } relationships { name count } directivesByStatus { name count } directivesByLevel { name count } } }');
    const count = (list: { name: string; count: number }[], name: string) => list.find((c) => c.name === name)?.count;
    expect(count(data.stats.labels, 'Directive')).toBe(Object.keys(DOCS).length);
    expect(count(data.stats.labels, 'Organization')).toBe(Object.keys(ORGS).length);
    expect(count(data.stats.relationships, 'IMPLEMENTS')).toBe(5);
    expect(count(data.stats.relationships, 'ASSIGNS')).toBe(9); // one per unit of a task
    expect(count(data.stats.directivesByStatus, 'ingested')).toBe(3);
    expect(count(data.stats.directivesByLevel, 'ward')).toBe(1);
  });

  it('reports a directive dated before what it implements, in one query', async () => {
    // 308-TB/QU has no issue date; its meeting (28/7/2021) is after 17/CT-UBND: nothing to report.
    // Dating 100-CV/ĐU before 180-CV/QU makes one finding.
    await graph.driver.executeQuery("MATCH (d:Directive {key: $k}) SET d.issuedOn = date('2021-07-10')", { k: keyOf('cv100') });
    try {
      runner.reset();
      const data = await ok(app, `{ dataQuality(first: 5) {
        datesInverted { truncated items { implementing { number date } implemented { number date } statedIn evidence } }
        citationTargets { items { reason } } issuersUnknownArea { items { key } } unitsUnknownArea { items { key } }
        unresolvedUnitMentions { truncated items { message } } } }`);
      expect(runner.runs).toEqual(['building the data-quality report']);
      expect(data.dataQuality.datesInverted).toEqual({ truncated: false, items: [{
        implementing: { number: '100-CV/ĐU', date: '2021-07-10' }, implemented: { number: '180-CV/QU', date: '2021-07-16' },
        statedIn: keyOf('cv100'), evidence: expect.stringContaining('Thực hiện Công văn số 180-CV/QU'),
      }] });
      expect(data.dataQuality.citationTargets.items).toEqual([]);
      expect(data.dataQuality.issuersUnknownArea.items).toEqual([]);
    } finally {
      await graph.driver.executeQuery("MATCH (d:Directive {key: $k}) SET d.issuedOn = date('2021-07-19')", { k: keyOf('cv100') });
    }
  });
});

describe('limits', () => {
  it('refuses a query nested deeper than queryDepth, naming the limit', async () => {
    const deep = '{ directive(number: "308-TB/QU") { implements { directive { implements { directive { implements { directive { implements { directive { implements { directive { number } } } } } } } } } } } }';
    const res = await gql(app, deep);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions.code).toBe('LIMIT_EXCEEDED');
    expect(res.errors?.[0]?.message).toMatch(/^query depth 1[1-3] is over the limit of 10 \(queryDepth\)$/);
    expect(res.errors?.[0]?.extensions).toMatchObject({ limit: 'queryDepth', max: 10 });
  });

  it('refuses a query whose nested lists multiply past the complexity limit', async () => {
    const wide = '{ directives(first: 100) { nodes { implementedBy { directive { implementedBy { directive { implementedBy { directive { number title } } } } } } } } }';
    runner.reset();
    const res = await gql(app, wide);
    expect(res.errors?.[0]?.extensions.code).toBe('LIMIT_EXCEEDED');
    expect(res.errors?.[0]?.message).toMatch(/^query complexity \d+ is over the limit of 50000 \(complexity\)/);
    expect(runner.runs).toEqual([]); // refused before Json query ran
  });
});

describe('queries per request', () => {
  it.each([
    // [first, queries run]: the count follows the levels of the response, not the number of directives
    [1, ['listing directives', 'reading citations', 'reading tasks']], // 924-CV/QU: no tasks, so no units to expand
    [10, ['listing directives', 'reading citations', 'reading tasks', 'reading PART_OF']],
  ])('runs one query per root field and one per nested list level (first: %i)', async (first, expected) => {
    const q = `query($first: Int) { directives(first: $first) { nodes {
      number issuer { name }
      implementedBy { directive { number } evidence { sentence } }
      assignments { units { unit { name partOf { name } } } }
    } } }`;
    runner.reset();
    const data = await ok(app, q, { first });
    expect(data.directives.nodes).toHaveLength(first);
    expect([...runner.runs].sort()).toEqual([...expected].sort());
  });

  it('answers lineage and derivedTasks with one query each', async () => {
    runner.reset();
    await ok(app, `query($k: ID!) { lineage(key: $k, direction: BOTH) { nodes { number issuer { name } } edges { from { number } to { number } evidence { sentence } } } }`, { k: keyOf('cv500') });
    expect(runner.runs).toEqual(['walking a lineage']);
    runner.reset();
    await ok(app, `query($k: ID!) { derivedTasks(order: $k) { nodes { task { units { unit { name } } } chain { number issuer { name } } links { evidence { sentence } } mandate { text } } } }`, { k: keyOf('ct17') });
    expect(runner.runs).toEqual(['tracing derived tasks']);
  });
});

describe('ingest mutation', () => {
  const INGEST = 'mutation { ingest(documents: [{ text: "Số 1-CV/QU", name: "x.txt" }]) { written } }';

  it('refuses a request without the bearer token, and one with a wrong token', async () => {
    const none = await gql(app, INGEST);
    expect(none.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(none.errors?.[0]?.message).toContain('Authorization: Bearer');
    const wrong = await gql(app, INGEST, undefined, { authorization: 'Bearer not-the-token-not-the-token-xx' });
    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toContain('the token is wrong');
  });

  it('is disabled when the server has no API_TOKEN', async () => {
    const noToken = await buildTestApp({ runner });
    try {
      const res = await gql(noToken, INGEST, undefined, { authorization: 'Bearer a-test-token-of-32-characters-xx' });
      expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toContain('disabled on this server');
    } finally {
      await noToken.close();
    }
  });
});
