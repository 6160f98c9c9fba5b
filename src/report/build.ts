import { daysBetween, effectiveDate, type CoverageResult } from '../graph/read/coverage.js';
import type { TreeCaveats } from '../graph/read/tree-caveats.js';
import type { DirectiveRow, EdgeRow, LineageResult, TaskRow, TaskTraceRow } from '../graph/read/types.js';
import type { CoverageReport, DerivedTask, DerivedTasksReport, DocRef } from './schema.js';

/**
 * Report documents from the rows src/graph fetched: picking fields, grouping and counting, never
 * a query. The JSON format writes these; the other formats render them.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
const dateOnly = (s: string | null | undefined): string | null => (s && ISO_DATE.test(s) ? s.slice(0, 10) : null);

export function docRef(d: DirectiveRow): DocRef {
  return {
    key: d.key, number: d.number, docType: d.docType, title: d.title,
    issuedOn: dateOnly(d.issuedOn), meetingOn: dateOnly(d.meetingOn), status: d.status, level: d.level,
    issuer: d.issuer ? { key: d.issuer.key, name: d.issuer.name, level: d.issuer.level, area: d.issuer.area } : null,
    issuedBy: d.issuedBy,
  };
}

/** How a report names a directive: its number, else its type and title (seed 003 has no number). */
export function docLabel(d: Pick<DocRef, 'number' | 'docType' | 'key'>): string {
  return d.number ?? (d.docType ? `${d.docType} (no number)` : d.key);
}

export interface DerivedTasksInput {
  parameters: DerivedTasksReport['parameters'];
  order: DirectiveRow;
  lineage: LineageResult;
  traces: TaskTraceRow[];
  tasksTotal: number;
  tasksTruncated: boolean;
  /** Tasks with a unit of each level, whatever level the report shows. */
  totals: { ward: number; district: number };
  caveats: TreeCaveats;
  generatedAt: Date;
}

const ROLE_ORDER: Record<string, number> = { lead: 0, support: 1, assigned: 2 };

/** "X chỉ đạo Y": X is a unit of the same task, named from it. */
function directorOf(key: string | null | undefined, units: TaskTraceRow['task']['units']): string | null {
  if (!key) return null;
  const x = units.find((u) => u.unit.key === key)?.unit;
  return x?.name ?? key;
}

function task(trace: TaskTraceRow, byKey: Map<string, DirectiveRow>): DerivedTask {
  const t = trace.task;
  const units = [...t.units].sort((a, b) => (ROLE_ORDER[a.role ?? ''] ?? 3) - (ROLE_ORDER[b.role ?? ''] ?? 3)
    || (a.unit.name ?? a.unit.key).localeCompare(b.unit.name ?? b.unit.key, 'vi'));
  return {
    id: t.id, depth: trace.depth, clause: t.clause, text: t.text, deadline: dateOnly(t.deadline),
    units: units.map((u) => ({ key: u.unit.key, name: u.unit.name, level: u.unit.level, role: u.role, directedBy: directorOf(u.directedBy, t.units) })),
    directive: docRef(byKey.get(t.directive.key) ?? t.directive),
    chain: trace.chain.map((c) => docLabel(c)),
    chainKeys: trace.chain.map((c) => c.key),
    mandate: trace.mandate ? mandate(trace.mandate) : null,
  };
}

function mandate(m: TaskRow) {
  return { directive: docRef(m.directive), clause: m.clause, text: m.text };
}

function link(e: EdgeRow) {
  return {
    to: e.to, type: e.type, sentence: e.evidence.sentence, statedIn: e.evidence.statedIn, rule: e.evidence.rule,
    confidence: e.evidence.confidence, resolvedBy: e.evidence.resolvedBy,
  };
}

export function buildDerivedTasksReport(input: DerivedTasksInput): DerivedTasksReport {
  const { lineage, order } = input;
  const orderDate = effectiveDate(order);
  const depthOf = new Map(lineage.nodes.map((n) => [n.directive.key, n.depth]));
  const byKey = new Map(lineage.nodes.map((n) => [n.directive.key, n.directive]));

  const nodes = [...lineage.nodes].sort((a, b) => a.depth - b.depth || (effectiveDate(a.directive) ?? '9').localeCompare(effectiveDate(b.directive) ?? '9') || a.directive.key.localeCompare(b.directive.key));
  const tree = nodes.map((n) => {
    const out = lineage.edges.filter((e) => e.from === n.directive.key);
    // The parent drawn is one level up; of several, the link stated with the most confidence.
    const up = out.filter((e) => depthOf.get(e.to) === n.depth - 1)
      .sort((a, b) => (b.evidence.confidence ?? 0) - (a.evidence.confidence ?? 0) || a.to.localeCompare(b.to));
    return {
      directive: docRef(n.directive), depth: n.depth, parent: n.depth === 0 ? null : up[0]?.to ?? null,
      links: out.map(link), lagDays: n.depth === 0 ? 0 : daysBetween(orderDate, effectiveDate(n.directive)),
    };
  });

  const below = tree.filter((n) => n.depth > 0);
  const levels = [...new Set(below.map((n) => n.directive.level ?? 'unknown'))];
  const LEVEL_ORDER = ['central', 'province', 'district', 'ward', 'internal', 'unknown'];
  levels.sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b));
  const byLevel = levels.map((level) => {
    const docs = below.filter((n) => (n.directive.level ?? 'unknown') === level);
    const dates = docs.map((n) => n.directive.issuedOn ?? n.directive.meetingOn).filter((d): d is string => d !== null).sort();
    const earliest = dates[0] ?? null;
    const latest = dates.at(-1) ?? null;
    return {
      level, documents: docs.length,
      tasks: level === 'ward' ? input.totals.ward : level === 'district' ? input.totals.district : null,
      earliest, latest, lagDaysEarliest: daysBetween(orderDate, earliest), lagDaysLatest: daysBetween(orderDate, latest),
    };
  });
  // Levels with tasks but no documents of their own (wards assigned work that have not answered) still count.
  for (const level of ['district', 'ward'] as const) {
    if (!byLevel.some((l) => l.level === level) && input.totals[level] > 0) {
      byLevel.push({ level, documents: 0, tasks: input.totals[level], earliest: null, latest: null, lagDaysEarliest: null, lagDaysLatest: null });
    }
  }

  const items = input.traces.map((t) => task(t, byKey));
  const level = input.parameters.level;
  const units = new Set(items.flatMap((t) => t.units.filter((u) => level === 'all' || u.level === level).map((u) => u.key)));

  return {
    report: 'derived-tasks',
    generatedAt: input.generatedAt.toISOString(),
    parameters: input.parameters,
    order: docRef(order),
    summary: { documents: below.length, tasks: input.tasksTotal, units: units.size, byLevel },
    tree: { nodes: tree, truncated: lineage.truncated },
    tasks: { items, total: input.tasksTotal, truncated: input.tasksTruncated },
    caveats: caveats(input.caveats),
  };
}

function caveats(c: TreeCaveats): DerivedTasksReport['caveats'] {
  return {
    citations: c.citations,
    inferredLinks: {
      items: c.inferredLinks.items.map((l) => ({
        from: l.from, to: l.to, type: l.type, sentence: l.evidence.sentence, rule: l.evidence.rule,
        confidence: l.evidence.confidence, resolvedBy: l.evidence.resolvedBy,
      })),
      truncated: c.inferredLinks.truncated,
    },
    datesInverted: {
      items: c.datesInverted.items.map((d) => ({
        implementing: { ...d.implementing, date: d.implementing.date.slice(0, 10) },
        implemented: { ...d.implemented, date: d.implemented.date.slice(0, 10) },
        evidence: d.evidence,
      })),
      truncated: c.datesInverted.truncated,
    },
    issuersUnknownArea: c.issuersUnknownArea,
    unresolvedUnits: c.unresolvedUnits,
  };
}

export function buildCoverageReport(result: CoverageResult, parameters: CoverageReport['parameters'], generatedAt: Date): CoverageReport {
  const units = result.rows.map((r) => ({
    kind: r.kind,
    key: r.unit?.key ?? null,
    code: r.place?.code ?? null,
    name: r.place?.name ?? r.unit?.name ?? r.unit?.key ?? '',
    level: r.kind === 'ward' ? 'ward' : r.unit?.level ?? null,
    district: r.district,
    answered: r.answered,
    answers: r.answers.map((a) => ({ directive: docRef(a.directive), lagDays: a.lagDays })),
    answeredVia: r.answeredVia.map((v) => ({ successor: v.successor, answers: v.answers.map((a) => ({ directive: docRef(a.directive), lagDays: a.lagDays })) })),
    taskCount: r.taskCount,
    tasks: r.tasks,
  }));
  const answered = units.filter((u) => u.answered).length;
  return {
    report: 'coverage',
    generatedAt: generatedAt.toISOString(),
    parameters,
    order: docRef(result.order),
    summary: { units: units.length, answered, notAnswered: units.length - answered, documents: result.documents.filter((d) => d.depth > 0).length },
    districts: result.districts,
    units,
    truncated: result.truncated,
  };
}
