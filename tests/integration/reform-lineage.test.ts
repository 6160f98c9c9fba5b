import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadRunner } from '../../src/graph/read/runner.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { map2025 } from '../../src/parse/gazetteer/map-2025.js';
import { walkDocuments } from '../../src/read/index.js';
import { buildTestApp, ok } from '../api/helpers.js';
import { useGraph } from '../helpers/graph.js';
import { graphTools } from '../ingest/graph-helpers.js';
import { districtLetter2025, reusedCodeAnswer2025, successorAnswer2025, successorPlan2026, wardAnswer2025 } from '../parse/reform/successor-docs.js';

/**
 * Lineage across the 1 July 2025 reform, on the seeds and four documents written for it, through
 * the real pipeline into the real Neo4j. 100-CV/ĐU (seed 002, Đảng ủy phường Hòa Minh, 2021)
 * carries out 180-CV/QU and assigns work to the UBND phường Hòa Minh; the UBND of the new phường
 * Hòa Khánh, one of its successors, issued 52/KH-UBND in 2026 on another matter.
 */
const graph = useGraph();
const { target, q } = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));
let app: FastifyInstance;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-reform-lineage-'));
  writeFileSync(join(dir, 'ubnd-hoa-khanh-52-2026.txt'), successorPlan2026);
  writeFileSync(join(dir, 'qu-lien-chieu-512-2025.txt'), districtLetter2025);
  writeFileSync(join(dir, 'du-hoa-khanh-bac-61-2025.txt'), wardAnswer2025);
  writeFileSync(join(dir, 'du-hai-van-08-2025.txt'), successorAnswer2025);
  writeFileSync(join(dir, 'du-hoa-khanh-14-2025.txt'), reusedCodeAnswer2025);
  const paths: string[] = [];
  for await (const p of walkDocuments([resolve('corpus/seeds'), dir])) paths.push(p);
  const summary = await ingest(paths, { target: target(), stages: await defaultStages() });
  expect(summary.failures).toEqual([]);
  app = await buildTestApp({ runner: createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 60_000 }) });
}, 120_000);

afterAll(async () => {
  await app.close();
});

const ORDER = 'doc:180-CV/QU|org:quan-uy@d490|2021';
const PLAN = 'doc:52/KH-UBND|org:ubnd@2025.w20200|2026';
const HOA_KHANH_LETTER = 'doc:14-CV/DDU|org:dang-uy@2025.w20200|2025';

interface LineageData {
  lineage: {
    depths: { directive: { key: string }; depth: number; direction: string; succession: { predecessor: { key: string }; successor: { key: string } } | null }[];
    edges: { from: { number: string }; to: { number: string }; type: string }[];
    context: { from: { number: string }; to: { number: string }; type: string }[];
    crossings: { from: { number: string }; to: { number: string }; predecessor: { key: string; name: string }; successor: { key: string; name: string }; depth: number }[];
    truncated: boolean;
  };
}

const LINEAGE = `query($key: ID!, $direction: Direction, $depth: Int, $follow: Boolean) {
  lineage(key: $key, direction: $direction, maxDepth: $depth, followSuccession: $follow) {
    depths { directive { key } depth direction succession { predecessor { key } successor { key } } }
    edges { from { number } to { number } type }
    context { from { number } to { number } type }
    crossings { from { number } to { number } predecessor { key name } successor { key name } depth }
    truncated
  }
}`;

const walk = (vars: { key?: string; direction?: string; depth?: number; follow?: boolean }) =>
  ok<LineageData>(app, LINEAGE, { key: ORDER, direction: 'DOWN', depth: 3, ...vars }).then((d) => d.lineage);

describe('succession edges', () => {
  it('are written with a Neo4j date, the legal basis and the data they come from', async () => {
    const rows = await q<{ to: string; isDate: boolean; legalBasis: string; share: number | null; source: string }>(
      `MATCH (:Organization {key: 'org:ubnd@w20200'})-[s:SUCCEEDED_BY]->(b)
       RETURN b.key AS to, s.date IS :: DATE AS isDate, s.legalBasis AS legalBasis, s.share AS share, s.source AS source ORDER BY to`,
    );
    const { source } = map2025();
    const from = `${source.package}@${source.version}`;
    expect(rows).toEqual([
      { to: 'org:ubnd@2025.w20200', isDate: true, legalBasis: 'Nghị quyết 202/2025/QH15', share: null, source: from },
      { to: 'org:ubnd@2025.w20209', isDate: true, legalBasis: 'Nghị quyết 202/2025/QH15', share: null, source: from },
    ]);
  });
});

describe('lineage across the reform', () => {
  it('stops at 100-CV/ĐU without the option', async () => {
    const l = await walk({ follow: false });
    expect(l.depths.map((d) => [d.directive.key, d.depth])).toEqual([
      [ORDER, 0],
      ['doc:100-CV/DDU|org:dang-uy@w20200|2021', 1],
    ]);
    expect(l.crossings).toEqual([]);
    expect(l.truncated).toBe(false);
  });

  it('reaches the 2026 plan of the UBND of phường Hòa Khánh through the UBND of phường Hòa Minh with the option', async () => {
    const l = await walk({ follow: true });
    expect(l.depths.map((d) => [d.directive.key, d.depth, d.direction, d.succession])).toEqual([
      [ORDER, 0, 'DOWN', null],
      ['doc:100-CV/DDU|org:dang-uy@w20200|2021', 1, 'DOWN', null],
      // Also the September 2025 letter of the Đảng ủy of phường Hòa Khánh, successor of 100-CV/ĐU's issuer:
      // every document of a successor is reached, whatever it is about (hence the option is off by default).
      [HOA_KHANH_LETTER, 2, 'DOWN', { predecessor: { key: 'org:dang-uy@w20200' }, successor: { key: 'org:dang-uy@2025.w20200' } }],
      [PLAN, 2, 'DOWN', { predecessor: { key: 'org:ubnd@w20200' }, successor: { key: 'org:ubnd@2025.w20200' } }],
    ]);
    expect(l.crossings).toEqual([
      {
        from: { number: '100-CV/ĐU' }, to: { number: '14-CV/ĐU' }, depth: 2,
        predecessor: { key: 'org:dang-uy@w20200', name: 'Đảng ủy phường Hòa Minh' },
        successor: { key: 'org:dang-uy@2025.w20200', name: 'Đảng ủy phường Hòa Khánh' },
      },
      {
        from: { number: '100-CV/ĐU' }, to: { number: '52/KH-UBND' }, depth: 2,
        predecessor: { key: 'org:ubnd@w20200', name: 'UBND phường Hòa Minh' },
        successor: { key: 'org:ubnd@2025.w20200', name: 'UBND phường Hòa Khánh' },
      },
    ]);
    // The step is not an edge of the graph; what the successors' documents carry out is the context.
    expect(l.edges.map((e) => `${e.from.number} -${e.type}-> ${e.to.number}`)).toEqual(['100-CV/ĐU -IMPLEMENTS-> 180-CV/QU']);
    expect(l.context.map((e) => `${e.from.number} -${e.type}-> ${e.to.number}`)).toEqual([
      '14-CV/ĐU -IMPLEMENTS-> 512-CV/QU', '52/KH-UBND -IMPLEMENTS-> 215/UBND-VX',
    ]);
    expect(l.truncated).toBe(false);
  });

  it('counts the step as a hop within maxDepth', async () => {
    const l = await walk({ follow: true, depth: 1 });
    expect(l.depths.map((d) => d.directive.key)).toEqual([ORDER, 'doc:100-CV/DDU|org:dang-uy@w20200|2021']);
    expect(l.crossings).toEqual([]);
  });

  it('refuses the option on a walk UP', async () => {
    const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query: LINEAGE, variables: { key: PLAN, direction: 'UP', depth: 3, follow: true } } });
    const body = res.json<{ data: { lineage: null }; errors: { message: string; extensions: { code: string } }[] }>();
    expect(body.errors.map((e) => [e.extensions.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'followSuccession follows the walk DOWN (to what successors issued); use direction DOWN or BOTH'],
    ]);
  });
});

describe('coverage across the reform', () => {
  const LETTER = 'doc:512-CV/QU|org:quan-uy@d490|2025';
  const COVERAGE = `query($order: ID!) { coverage(order: $order, maxDepth: 3) {
    districts { code name wardCount answeredWards }
    units { kind name wardCode organization { key } answered
      answers { directive { number } lagDays }
      answeredVia { code name answers { directive { number } lagDays } } }
  } }`;

  interface CoverageData {
    coverage: {
      districts: { code: string; name: string; wardCount: number; answeredWards: number }[];
      units: {
        kind: string; name: string; wardCode: string | null; organization: { key: string } | null; answered: boolean;
        answers: { directive: { number: string }; lagDays: number }[];
        answeredVia: { code: string; name: string; answers: { directive: { number: string }; lagDays: number }[] }[];
      }[];
    };
  }

  it('credits a new commune’s answer to each ward it absorbed, and names it', async () => {
    const { coverage } = await ok<CoverageData>(app, COVERAGE, { order: LETTER });
    const line = (u: CoverageData['coverage']['units'][number]) => [
      u.kind, u.name, u.answered,
      u.answers.map((a) => `${a.directive.number} +${a.lagDays}d`).join(', '),
      u.answeredVia.map((v) => `${v.name} (${v.code}): ${v.answers.map((a) => `${a.directive.number} +${a.lagDays}d`).join(', ')}`).join('; '),
    ];
    // The new phường Hòa Khánh carries 20200, the old phường Hòa Minh's code: its letter answers for Hòa Minh
    // (and Hòa Khánh Nam) as a successor, not as Hòa Minh itself.
    expect(coverage.units.map(line)).toEqual([
      // The answers' own tasks name units too; they have not answered (yet).
      ['ASSIGNED', 'Các chi bộ trực thuộc Đảng ủy phường Hòa Khánh Bắc', false, '', ''],
      ['ASSIGNED', 'Đảng ủy các phường quận Liên Chiểu', false, '', ''],
      ['ASSIGNED', 'Các chi bộ trực thuộc Đảng ủy phường Hải Vân', false, '', ''],
      ['ASSIGNED', 'Văn phòng Đảng ủy phường Hòa Khánh', false, '', ''],
      ['WARD', 'phường Hòa Hiệp Bắc', true, '', 'phường Hải Vân (20194): 08-CV/ĐU +84d'],
      ['WARD', 'phường Hòa Hiệp Nam', true, '', 'phường Hải Vân (20194): 08-CV/ĐU +84d'],
      ['WARD', 'phường Hòa Khánh Bắc', true, '61-CV/ĐU +16d', ''],
      ['WARD', 'phường Hòa Khánh Nam', true, '', 'phường Hòa Khánh (20200): 14-CV/ĐU +106d'],
      ['WARD', 'phường Hòa Minh', true, '', 'phường Hòa Khánh (20200): 14-CV/ĐU +106d'],
    ]);
    expect(coverage.districts).toEqual([{ code: '490', name: 'quận Liên Chiểu, Đà Nẵng', wardCount: 5, answeredWards: 5 }]);
  });
});
