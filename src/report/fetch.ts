import { fetchCoverage } from '../graph/read/coverage.js';
import { fetchDerivedTasks } from '../graph/read/derived-tasks.js';
import { requireLineage } from '../graph/read/lineage.js';
import type { ReadRunner } from '../graph/read/runner.js';
import { fetchTreeCaveats } from '../graph/read/tree-caveats.js';
import type { RelationType, TaskTraceRow } from '../graph/read/types.js';
import { buildCoverageReport, buildDerivedTasksReport } from './build.js';
import { resolveOrder } from './order.js';
import type { CoverageReport, DerivedTasksReport, ReportLevel } from './schema.js';

/**
 * The data of a report, fetched with the same src/graph read functions the GraphQL API calls
 * (lineage, derivedTasks, coverage), so a report and the API never disagree. The CLI and the HTTP
 * routes call these and only differ in where the rendered text goes.
 */
export interface ReportRequest {
  order: string;
  issuer?: string | null | undefined;
  maxDepth: number;
}

export interface DerivedTasksRequest extends ReportRequest {
  level: ReportLevel;
}

/** Called at each step, and as the tasks arrive page by page: what a terminal shows for a large tree. */
export type ReportProgress = (step: { stage: 'tree' | 'tasks' | 'caveats'; done: number; total: number }) => void;

const RELATIONS: RelationType[] = ['IMPLEMENTS'];
/** Tasks per derivedTasks page: each page walks the tree again, so pages are large; the progress shows between pages. */
export const TASK_PAGE = 1000;

export async function derivedTasksReport(runner: ReadRunner, req: DerivedTasksRequest, onProgress?: ReportProgress): Promise<DerivedTasksReport> {
  const order = await resolveOrder(runner, req.order, req.issuer);
  const walk = { maxDepth: req.maxDepth, relations: RELATIONS };
  onProgress?.({ stage: 'tree', done: 0, total: 0 });
  const lineage = await requireLineage(runner, { key: order.key, direction: 'DOWN', ...walk });
  onProgress?.({ stage: 'tree', done: lineage.nodes.length, total: lineage.nodes.length });
  // first: 0 gives the count of each level without projecting a task.
  const [ward, district] = await Promise.all((['ward', 'district'] as const).map((level) =>
    fetchDerivedTasks(runner, { order: order.key, level, ...walk, first: 0 })));
  const level = req.level === 'all' ? null : req.level;
  const traces: TaskTraceRow[] = [];
  let after: string | null = null;
  let total = 0;
  let truncated = false;
  for (;;) {
    const page = await fetchDerivedTasks(runner, { order: order.key, level, ...walk, first: TASK_PAGE, after });
    total = page.totalCount;
    truncated = page.truncated;
    traces.push(...page.items.map((i) => i.node));
    onProgress?.({ stage: 'tasks', done: traces.length, total });
    if (!page.hasNextPage) break;
    after = page.items.at(-1)?.cursor ?? null;
  }
  onProgress?.({ stage: 'caveats', done: 0, total: lineage.nodes.length });
  const caveats = await fetchTreeCaveats(runner, lineage.nodes.map((n) => n.directive.key));
  return buildDerivedTasksReport({
    parameters: { order: req.order, issuer: req.issuer ?? null, maxDepth: req.maxDepth, level: req.level },
    order, lineage, traces, tasksTotal: total, tasksTruncated: truncated,
    totals: { ward: ward!.totalCount, district: district!.totalCount },
    caveats, generatedAt: new Date(),
  });
}

export async function coverageReport(runner: ReadRunner, req: ReportRequest): Promise<CoverageReport> {
  const order = await resolveOrder(runner, req.order, req.issuer);
  const result = await fetchCoverage(runner, { order: order.key, maxDepth: req.maxDepth, relations: RELATIONS });
  return buildCoverageReport(result, { order: req.order, issuer: req.issuer ?? null, maxDepth: req.maxDepth }, new Date());
}
