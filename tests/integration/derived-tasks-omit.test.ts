import { beforeAll, describe, expect, it } from 'vitest';
import { fetchDerivedTasks } from '../../src/graph/read/derived-tasks.js';
import { LEAN_LEAVES_OUT } from '../../src/graph/read/projections.js';
import { createReadRunner, type ReadRunner } from '../../src/graph/read/runner.js';
import type { DirectiveRow, OrganizationRow, TaskRow, TaskTraceRow } from '../../src/graph/read/types.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { walkDocuments } from '../../src/read/index.js';
import { useGraph } from '../helpers/graph.js';

/**
 * derivedTasks leaves out of its query what a request does not show (the mandate, the links, the
 * fields of a lean directive): what it still returns must be what the full query returns, on the
 * seeds' tasks below 17/CT-UBND, every page of them.
 */
const graph = useGraph();
let runner: ReadRunner;
const KEY_17 = 'doc:17/CT-UBND|org:ubnd@p01|2021';
const walk = { maxDepth: 10, relations: ['IMPLEMENTS' as const] };

beforeAll(async () => {
  const target = { driver: graph.driver, database: graph.target.NEO4J_DATABASE };
  const summary = await ingest(walkDocuments(['corpus/seeds']), { target, stages: await defaultStages() });
  expect(summary.counts).toMatchObject({ ingested: 5, failed: 0 });
  runner = createReadRunner(graph.driver, { database: graph.target.NEO4J_DATABASE, timeoutMs: 30_000 });
});

/** The full row as a lean one: the fields of LEAN_LEAVES_OUT (and the codes, which no GraphQL field shows) null. */
const LEAN_DIRECTIVE: (keyof DirectiveRow)[] = ['meetingOn', 'place', 'family', 'sourcePath', 'sourceSha256', 'encoding', 'ingestedAt', 'resolvedBy'];
const LEAN_ORG: (keyof OrganizationRow)[] = ['area', 'provinceCode', 'districtCode', 'wardCode', 'collective', 'resolvedBy', 'isIssuer', 'isUnit'];
const leanOrg = (o: OrganizationRow | null) => (o ? { ...o, ...Object.fromEntries(LEAN_ORG.map((k) => [k, null])) } : o);
const leanDirective = (d: DirectiveRow) => ({ ...d, ...Object.fromEntries(LEAN_DIRECTIVE.map((k) => [k, null])), issuer: leanOrg(d.issuer) });
const leanTask = (t: TaskRow) => ({ ...t, units: t.units.map((u) => ({ ...u, unit: leanOrg(u.unit) })), directive: t.directive ? leanDirective(t.directive) : t.directive });
const leanTrace = (t: TaskTraceRow) => ({ ...t, task: leanTask(t.task), chain: t.chain.map(leanDirective), links: [], mandate: null });

describe('derivedTasks with parts omitted', () => {
  it('LEAN_LEAVES_OUT still names the fields a lean row leaves out', () => {
    expect(LEAN_LEAVES_OUT).toEqual(['meetingOn', 'place', 'family', 'source', 'resolvedBy', 'area', 'collective', 'isIssuer', 'isUnit', 'period', 'rule']);
  });

  it.each([null, 'ward'])('level %s: every page is the full page with the mandate, the links and the lean fields left out', async (level) => {
    let after: string | null = null;
    let pages = 0;
    let tasks = 0;
    do {
      const args = { order: KEY_17, level, first: 3, after, ...walk };
      const full = await fetchDerivedTasks(runner, args);
      const omitted = await fetchDerivedTasks(runner, { ...args, omit: { mandate: true, links: true, lean: true } });
      expect(omitted.totalCount).toBe(full.totalCount);
      expect(omitted.items.map((i) => i.cursor)).toEqual(full.items.map((i) => i.cursor));
      expect(omitted.items.map((i) => i.node)).toEqual(full.items.map((i) => leanTrace(i.node)));
      expect(full.items.every((i) => i.node.links.length === i.node.depth)).toBe(true);
      tasks += full.items.length;
      pages += 1;
      after = full.hasNextPage ? full.items.at(-1)!.cursor : null;
    } while (after);
    // Every task below 17/CT-UBND was compared: 9 at ward level, 18 in all.
    expect([pages, tasks]).toEqual(level === 'ward' ? [3, 9] : [6, 18]);
  });
});
