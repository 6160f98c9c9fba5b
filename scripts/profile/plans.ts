/**
 * PROFILE of every API read query on the graph of the configured Neo4j, and their latency.
 *
 *   DATA_DIR=.data/profile NEO4J_EMBEDDED_PORT=7715 npx tsx scripts/profile/plans.ts [--runs 50] [--only lineage,derived] [--plans] [--json out.json] [--ignore ingestedAt]
 *
 * The graph is whatever the server holds (build one with scripts/gen-corpus.ts and `directive-graph
 * ingest`); nothing is written. The roots are the ingested province-level Chỉ thị (a city order of
 * the generated corpus), as the bench's query section takes them. For each query it prints
 * - PROFILE of the query on the first root: total db hits, rows returned, the transaction memory
 *   it held (GlobalMemory), and the operators with the most db hits (with --plans, the whole plan tree);
 * - with --runs N (default 50, 0 = none): p50 and p95 of the same fetch the API makes, the roots
 *   taken in turn after 5 warm-up runs, and the result size;
 * - a digest of the results over every root, so that a change to a query can show it returns the
 *   same thing before and after (compare the `digest` column of two runs); object keys are sorted
 *   first, so a row built in another key order (a map from Neo4j, a tuple turned into an object) digests alike.
 * - --ignore ingestedAt,... leaves those keys out of the digest: two graphs ingested apart (say, on servers
 *   with different settings) differ in their ingest times and nothing else.
 * The queries run through the project's executor (readTx), as every other script does.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { readTx } from '../../src/graph/executor.js';
import { connectGraph } from '../../src/graph/open.js';
import type { Query } from '../../src/graph/query.js';
import {
  coverageAssignedQuery, coverageQuery, derivedTasksQuery, directivesByNumberQuery, fetchCoverage, fetchDerivedTasks, fetchLineage, findDirective,
  lineageQuery, searchDirectives, searchDirectivesQuery, searchOrganizations, searchOrganizationsQuery, treeCaveatsQuery,
  type ReadRunner,
} from '../../src/graph/read/index.js';
import { citationsPageQuery, issuedPageQuery, pages } from '../../src/graph/read/batch.js';
import { QueryError } from '../../src/errors.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '50' },
    only: { type: 'string' },
    plans: { type: 'boolean', default: false },
    json: { type: 'string' },
    roots: { type: 'string', default: '10' },
    ignore: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
const WARMUP = 5;

/** The operator of a profiled plan, as the driver gives it. */
interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  identifiers: string[];
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

interface Case {
  name: string;
  /** The query PROFILEd on the first root. */
  query: (root: Root) => Query;
  /** The API's fetch, timed; returns the result and its size. */
  fetch: (runner: ReadRunner, root: Root) => Promise<{ result: unknown; size: number }>;
}

interface Root { key: string; number: string; issuer: string | null }

const ALL = ['IMPLEMENTS', 'BASED_ON', 'CITES'] as const;
const walk = { maxDepth: 10, relations: [...ALL] };
const searchFor = (r: Root) => `chi thi ${r.number.split('/')[0]}`;

const CASES: Case[] = [
  ...(['DOWN', 'UP', 'BOTH'] as const).map((direction): Case => ({
    name: `lineage ${direction}`,
    query: (r) => lineageQuery({ key: r.key, direction, ...walk }),
    fetch: async (runner, r) => {
      const l = await fetchLineage(runner, { key: r.key, direction, ...walk });
      return { result: l, size: l?.nodes.length ?? 0 };
    },
  })),
  {
    name: 'derivedTasks ward first 20',
    query: (r) => derivedTasksQuery({ order: r.key, level: 'ward', first: 20, ...walk }),
    fetch: async (runner, r) => {
      const p = await fetchDerivedTasks(runner, { order: r.key, level: 'ward', first: 20, ...walk });
      return { result: p, size: p.totalCount };
    },
  },
  {
    name: 'derivedTasks all first 100',
    query: (r) => derivedTasksQuery({ order: r.key, first: 100, ...walk }),
    fetch: async (runner, r) => {
      const p = await fetchDerivedTasks(runner, { order: r.key, first: 100, ...walk });
      return { result: p, size: p.totalCount };
    },
  },
  {
    name: 'derivedTasks followSuccession',
    query: (r) => derivedTasksQuery({ order: r.key, level: 'ward', first: 20, followSuccession: true, ...walk }),
    fetch: async (runner, r) => {
      const p = await fetchDerivedTasks(runner, { order: r.key, level: 'ward', first: 20, followSuccession: true, ...walk });
      return { result: p, size: p.totalCount };
    },
  },
  {
    name: 'coverage',
    query: (r) => coverageQuery({ order: r.key, ...walk }),
    fetch: async (runner, r) => {
      const c = await fetchCoverage(runner, { order: r.key, ...walk });
      return { result: c, size: c.rows.length };
    },
  },
  {
    // The second of coverage's two queries; the fetch above times both.
    name: 'coverage assigned units',
    query: (r) => coverageAssignedQuery({ order: r.key, ...walk }),
    fetch: async (runner, r) => {
      const c = await fetchCoverage(runner, { order: r.key, ...walk });
      return { result: c, size: c.rows.length };
    },
  },
  {
    name: 'directive(number)',
    query: (r) => directivesByNumberQuery(r.number, null),
    fetch: async (runner, r) => {
      return lookUp(runner, { number: r.number });
    },
  },
  {
    name: 'directive(number, issuer)',
    query: (r) => directivesByNumberQuery(r.number, r.issuer),
    fetch: async (runner, r) => {
      return lookUp(runner, { number: r.number, issuer: r.issuer });
    },
  },
  {
    name: 'directives(search)',
    query: (r) => searchDirectivesQuery({ search: searchFor(r), first: 20 }),
    fetch: async (runner, r) => {
      const p = await searchDirectives(runner, { search: searchFor(r), first: 20 });
      return { result: p, size: p.totalCount };
    },
  },
  {
    name: 'directives(level, docType)',
    query: () => searchDirectivesQuery({ level: 'province', docType: 'Chỉ thị', first: 20 }),
    fetch: async (runner) => {
      const p = await searchDirectives(runner, { level: 'province', docType: 'Chỉ thị', first: 20 });
      return { result: p, size: p.totalCount };
    },
  },
  {
    name: 'organizations(search)',
    query: () => searchOrganizationsQuery({ search: 'phuong', level: 'ward', first: 20 }),
    fetch: async (runner) => {
      const p = await searchOrganizations(runner, { search: 'phuong', level: 'ward', first: 20 });
      return { result: p, size: p.totalCount };
    },
  },
  {
    name: 'implementedBy page',
    query: (r) => citationsPageQuery([r.key], 'in', ['IMPLEMENTS'], 0, 20),
    fetch: async (runner, r) => {
      const m = await pages.citations(runner, [r.key], 'in', ['IMPLEMENTS'], 0, 20);
      const p = m.get(r.key);
      return { result: p, size: p?.total ?? 0 };
    },
  },
  {
    name: 'citedBy page',
    query: (r) => citationsPageQuery([r.key], 'in', [...ALL], 0, 20),
    fetch: async (runner, r) => {
      const m = await pages.citations(runner, [r.key], 'in', [...ALL], 0, 20);
      const p = m.get(r.key);
      return { result: p, size: p?.total ?? 0 };
    },
  },
  {
    name: 'issued page (issuer)',
    query: (r) => issuedPageQuery([r.issuer ?? ''], 0, 20),
    fetch: async (runner, r) => {
      const m = await pages.issued(runner, [r.issuer ?? ''], 0, 20);
      const p = m.get(r.issuer ?? '');
      return { result: p, size: p?.total ?? 0 };
    },
  },
  {
    name: 'tree caveats (lineage keys)',
    query: () => treeCaveatsQuery(treeKeys, 50),
    fetch: async (runner) => {
      const rows = await runner.run<Record<string, unknown[]>>(treeCaveatsQuery(treeKeys, 50), 'profiling');
      return { result: rows, size: Object.values(rows[0] ?? {}).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0) };
    },
  },
];

/** directive(number:): one directive, or DG_AMBIGUOUS with its candidates (a number reused in another year): both are answers. */
async function lookUp(runner: ReadRunner, args: { number: string; issuer?: string | null }): Promise<{ result: unknown; size: number }> {
  try {
    const d = await findDirective(runner, args);
    return { result: d, size: d ? 1 : 0 };
  } catch (err) {
    if (err instanceof QueryError && err.code === 'DG_AMBIGUOUS') return { result: err.message, size: (err.details as { candidates: unknown[] }).candidates.length };
    throw err;
  }
}

/** The keys of the first root's lineage DOWN, for the caveats query (as the reports ask it). */
let treeKeys: string[] = [];

function total(p: PlanNode): number {
  return p.dbHits + p.children.reduce((n, c) => n + total(c), 0);
}

function flatten(p: PlanNode, depth = 0, out: { op: string; hits: number; rows: number; depth: number; detail: string }[] = []) {
  const detail = String(p.arguments.Details ?? p.arguments.details ?? '').replace(/\s+/g, ' ').slice(0, 110);
  out.push({ op: p.operatorType.replace(/@neo4j$/, ''), hits: p.dbHits, rows: p.rows, depth, detail });
  for (const c of p.children) flatten(c, depth + 1, out);
  return out;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

const IGNORED = new Set(values.ignore?.split(',').map((k) => k.trim()).filter((k) => k !== '') ?? []);

/** Keys sorted at every level: the digest compares what a result says, not the order a map's keys came in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !IGNORED.has(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]));
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(value))).digest('hex').slice(0, 12);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const graph = connectGraph(config, { schema: false });
  const target = { driver: graph.driver, database: graph.database };
  const runner = graph.reads({ timeoutMs: 120_000 });
  try {
    const listed = await searchDirectives(runner, { level: 'province', docType: 'Chỉ thị', first: 100 });
    const roots: Root[] = listed.items.map((i) => i.node).filter((d) => d.status === 'ingested' && d.number)
      .slice(0, Number(values.roots)).map((d) => ({ key: d.key, number: d.number!, issuer: d.issuer?.key ?? null }));
    if (roots.length === 0) throw new Error('no ingested province-level Chỉ thị in the graph: ingest a generated corpus first');
    const first = roots[0]!;
    treeKeys = (await fetchLineage(runner, { key: first.key, direction: 'DOWN', ...walk }))?.nodes.map((n) => n.directive.key) ?? [];
    const counts = await runner.run<{ n: number }>({ cypher: 'MATCH (d:Directive) RETURN count(d) AS n', params: {} }, 'profiling');
    console.log(`graph: ${counts[0]?.n ?? 0} directives; roots: ${roots.length} (${roots.map((r) => r.number).join(', ')}); profiled on ${first.number} (${first.key})`);
    const only = values.only?.split(',').map((s) => s.trim().toLowerCase());
    const cases = only ? CASES.filter((c) => only.some((o) => c.name.toLowerCase().includes(o))) : CASES;
    const report: Record<string, unknown>[] = [];
    for (const c of cases) {
      const q = c.query(first);
      const profiled = await readTx(target, { what: `profiling ${c.name}` }, async (tx: ManagedTransaction) => {
        const res = await tx.run(`PROFILE ${q.cypher}`, q.params);
        return { plan: res.summary.profile as unknown as PlanNode, records: res.records.length };
      }).catch((err: unknown) => err instanceof Error ? err : new Error(String(err)));
      if (profiled instanceof Error) {
        // A query that fails (out of transaction memory, timeout) is a finding: say it and go on.
        report.push({ query: c.name, error: profiled.message });
        console.log(`\n## ${c.name}: FAILED: ${profiled.message}`);
        continue;
      }
      const { plan, records } = profiled;
      const ops = flatten(plan);
      const hits = total(plan);
      // Transaction memory the query held at its peak: what runs out first when requests run at once.
      const memory = Number(plan.arguments.GlobalMemory ?? 0);
      const times: number[] = [];
      const sizes: number[] = [];
      const digests: string[] = [];
      if (RUNS > 0) {
        for (let i = 0; i < WARMUP + RUNS; i++) {
          const root = roots[i % roots.length]!;
          const t0 = performance.now();
          const { result, size } = await c.fetch(runner, root);
          const ms = performance.now() - t0;
          if (i >= WARMUP) { times.push(ms); sizes.push(size); }
          if (i < roots.length) digests.push(digest(result));
        }
      }
      times.sort((a, b) => a - b);
      const sortedSizes = [...sizes].sort((a, b) => a - b);
      const row = {
        query: c.name, dbHits: hits, rows: records, memoryBytes: memory, p50: quantile(times, 0.5), p95: quantile(times, 0.95),
        sizeFirst: sizes[0] ?? null, sizeMedian: quantile(sortedSizes, 0.5), sizeMax: sortedSizes.at(-1) ?? null,
        digest: digests.length ? digest(digests) : null, top: [...ops].sort((a, b) => b.hits - a.hits).slice(0, 5),
      };
      report.push(row);
      console.log(`\n## ${c.name}: ${hits.toLocaleString('en-US')} db hits, ${records} row(s), ${(memory / 2 ** 20).toFixed(1)} MiB transaction memory` +
        (RUNS > 0 ? `; p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms over ${RUNS} runs; size first/median/max ${row.sizeFirst}/${row.sizeMedian}/${row.sizeMax}; digest ${row.digest}` : ''));
      for (const o of values.plans ? ops : row.top) {
        console.log(`${values.plans ? '  '.repeat(o.depth) : '  '}${o.op}: ${o.hits.toLocaleString('en-US')} hits, ${o.rows} rows  ${o.detail}`);
      }
    }
    if (values.json) writeFileSync(values.json, `${JSON.stringify({ roots, report }, null, 2)}\n`);
  } finally {
    await graph.close();
  }
}

await main();
