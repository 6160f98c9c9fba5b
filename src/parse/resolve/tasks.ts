import type { Role } from '../../model/record.js';
import type { FoundTasks, RoledGroup, TaskUnitsPlan } from '../find/assignments.js';
import type { UnitMention } from '../find/units.js';
import type { DocContext, ResolvedOrg } from '../types.js';
import { issuerOrganWord } from '../find/issuer-organ.js';
import { mergeOrgs, resolveUnits } from './orgs.js';
import { withoutFirstPosts } from './two-posts.js';

/**
 * Tasks resolved: find read each task's units as groups of mentions with roles; here every group
 * becomes organisations (in the order find read them, so the warnings keep reading order) and each
 * task's units are merged by organisation.
 */
export interface TaskUnit {
  org: ResolvedOrg;
  role: Role;
  /** "X chỉ đạo Y …": Y's unit records X's key. */
  directedBy?: string;
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
 * "X chỉ đạo (cho) Y <verb>": X is to direct and Y to do the task, so both are its units, and Y's
 * records X (`directedBy`): whom a committee directs is what a ward-level reader looks for (seed
 * 100-CV/ĐU gives the Trạm y tế and the tổ dân phố their tasks this way), while the document
 * assigns the task to X. When X is the issuer speaking ("Đảng ủy chỉ đạo UBND xã …" in the Đảng
 * ủy's letter), the document assigns Y itself: nothing is recorded.
 * A directed unit the subject already names stays the subject's ("A chỉ đạo A ..." is one unit).
 */
function hasKey(units: readonly TaskUnit[], key: string): boolean {
  return units.some((u) => u.org.key === key);
}

function unitsOf(plan: TaskUnitsPlan, orgs: readonly ResolvedOrg[][], speaker: string | null): TaskUnit[] {
  const subject = plan.subject ? roled(plan.subject, orgs) : [];
  const directed: TaskUnit[] = [];
  const parts = plan.parts.flatMap((p) => roled(p, orgs));
  const by = subject[0]?.org.key ?? parts[0]?.org.key;
  // Not a named closure: under tsx each one made gets its name set at run time.
  for (const d of plan.directed) for (const u of roled(d, orgs)) if (!hasKey(subject, u.org.key) && !hasKey(directed, u.org.key)) directed.push(by && by !== speaker ? { ...u, directedBy: by } : u);
  return mergeUnits([...parts, ...directed]);
}

/**
 * "Văn phòng Ban", "Thanh tra Sở" (issuer-organ.ts): the organ of the issuer when the issuer is of that kind
 * (a Ban's guide, a Sở's plan), not of the body above it; otherwise read as before.
 */
function resolveGroup(all: readonly UnitMention[], ctx: DocContext, issuer: ResolvedOrg | null): ResolvedOrg[] {
  const g = withoutFirstPosts(all, ctx.text, (m) => resolveUnits([m], ctx).every((o) => !o.collective));
  if (!issuer || !g.some((m) => issuerOrganWord(m, ctx.text))) return resolveUnits(g, ctx);
  const own = { ...ctx, issuerBody: issuer };
  return mergeOrgs(g.flatMap((m) => {
    const word = issuerOrganWord(m, ctx.text);
    if (!word || !issuer.name.toLowerCase().startsWith(`${word.toLowerCase()} `)) return resolveUnits([m], ctx);
    return resolveUnits([{ ...m, head: { ...m.head, shape: 'part' } }], own);
  }));
}

export function resolveTasks(found: FoundTasks, ctx: DocContext, issuer: ResolvedOrg | null = null): TaskDraft[] {
  const orgs = found.groups.map((g: readonly UnitMention[]) => resolveGroup(g, ctx, issuer));
  return found.tasks.map((t) => {
    const units = unitsOf(t.units, orgs, ctx.issuerBody?.key ?? null);
    return { clause: t.clause, units, start: t.start, end: t.end, role: units[0]!.role, rule: t.rule, confidence: t.confidence, deadline: t.deadline };
  });
}
