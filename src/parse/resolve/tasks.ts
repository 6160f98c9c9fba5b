import type { Role } from '../../model/record.js';
import type { FoundTasks, RoledGroup, TaskUnitsPlan } from '../find/assignments.js';
import type { UnitMention } from '../find/units.js';
import type { DocContext, ResolvedOrg } from '../types.js';
import { resolveUnits } from './orgs.js';

/**
 * Tasks resolved: find read each task's units as groups of mentions with roles; here every group
 * becomes organisations (in the order find read them, so the warnings keep reading order) and each
 * task's units are merged by organisation.
 */
export interface TaskUnit {
  org: ResolvedOrg;
  role: Role;
}

export interface TaskDraft {
  clause: string;
  units: TaskUnit[];
  start: number;
  end: number;
  role: Role;
  rule: string;
  confidence: number;
  deadline: string | null;
}

/** "X chủ trì, phối hợp với Y": X with its role, then the units of Y that X does not already name. */
function roled(g: RoledGroup, orgs: readonly ResolvedOrg[][]): TaskUnit[] {
  const units: TaskUnit[] = (g.main === null ? [] : orgs[g.main]!).map((org) => ({ org, role: g.lead ? 'lead' : 'assigned' }));
  const support = g.support === null ? [] : orgs[g.support]!;
  for (const org of support) if (!units.some((u) => u.org.key === org.key)) units.push({ org, role: 'support' });
  return units;
}

/** Same organisation twice in a task: one unit, first role, every span. */
function mergeUnits(units: readonly TaskUnit[]): TaskUnit[] {
  const out: TaskUnit[] = [];
  for (const u of units) {
    const seen = out.find((o) => o.org.key === u.org.key);
    if (seen) seen.org = { ...seen.org, spans: [...seen.org.spans, ...u.org.spans] };
    else out.push({ ...u });
  }
  return out;
}

/**
 * "X chỉ đạo (cho) Y <verb>": the document assigns the task to X, who is to direct Y; Y is X's
 * business, not a unit of this document (docs/extraction-quality.md, labelling conventions). When X
 * is the issuer itself speaking ("UBND tỉnh chỉ đạo Sở Y tế chủ trì …" in an article quoting the
 * Kế hoạch of that UBND), directing is how it assigns: Y is the unit.
 */
function unitsOf(plan: TaskUnitsPlan, orgs: readonly ResolvedOrg[][], issuerKey: string | null): TaskUnit[] {
  const parts = plan.parts.flatMap((p) => roled(p, orgs));
  const speaks = issuerKey !== null && parts.length > 0 && parts.every((u) => u.org.key === issuerKey);
  const directed = speaks ? plan.directed.flatMap((d) => roled(d, orgs)) : [];
  return mergeUnits(directed.length > 0 ? directed : parts);
}

export function resolveTasks(found: FoundTasks, ctx: DocContext): TaskDraft[] {
  const orgs = found.groups.map((g: readonly UnitMention[]) => resolveUnits(g, ctx));
  const issuerKey = ctx.issuerBody?.key ?? null;
  return found.tasks.map((t) => {
    const units = unitsOf(t.units, orgs, issuerKey);
    return { clause: t.clause, units, start: t.start, end: t.end, role: units[0]!.role, rule: t.rule, confidence: t.confidence, deadline: t.deadline };
  });
}
