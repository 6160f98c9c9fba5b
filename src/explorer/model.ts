import { LEVELS, LEVEL_NAMES, displayNumber, issuerName, type Directive, type EdgeType, type Evidence, type Level, type Lineage, type LineageDirective, type Org, type Relation, type Role } from './types.js';

/**
 * From lineage answers to what is drawn: filters applied, large cascades folded into groups, edges
 * between groups merged. Pure (no DOM, no fetch), so the views and the exports draw the same thing
 * and tests check it without a browser.
 */

/** Over this many directives in view, the district and ward levels start folded by issuer area. */
export const FOLD_AT = 40;

/** Over this many organisations in view (or in any view over FOLD_AT directives), they fold by level. */
export const UNITS_FOLD_AT = 20;

/** Below this confidence an edge is drawn as an inference even without `resolvedBy`. */
export const CONFIDENT = 0.8;

export interface ViewFilters {
  levels: ReadonlySet<Level | 'UNKNOWN'>;
  relations: ReadonlySet<Relation>;
  from: string | null;
  to: string | null;
  /** Groups the user opened (group ids). */
  open: ReadonlySet<string>;
  /** Levels opened as a whole ("open the next level"). */
  openLevels: ReadonlySet<Level>;
  /** Draw the organisations the directives assign tasks to, with ASSIGNS edges. */
  units: boolean;
}

/**
 * What a node stands for: a directive, directives folded into one (`group`), an organisation
 * assigned tasks (`unit`), or organisations of one level folded into one (`units`).
 */
export type NodeKind = 'directive' | 'group' | 'unit' | 'units';

export interface ViewNode {
  id: string;
  kind: NodeKind;
  label: string;
  level: Level | null;
  /** Directives only. */
  directive?: Directive;
  root: boolean;
  /** Known from one hop outside the walk (Lineage.context), drawn faint. */
  context: boolean;
  /** Units only: the organisation. */
  org?: Org;
  /** Groups only: the directives (or organisations) folded into it. */
  members?: string[];
  /** Groups only: the area whose documents it folds ("Quận Liên Chiểu, Thành phố Đà Nẵng"). */
  area?: string;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: EdgeType;
  /** ASSIGNS only: the roles the unit has in the tasks (lead, support, assigned), in that order. */
  roles?: Role[];
  /** An inference (resolvedBy, or confidence under CONFIDENT): drawn dashed with its confidence. */
  inferred: boolean;
  confidence: number | null;
  /** Edges merged into this one (1 unless an end is a group); for ASSIGNS, its tasks (to a `units` group: task-unit pairs). */
  count: number;
  evidence: Evidence | null;
  context: boolean;
}

export interface View {
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** Directives of the lineage hidden by the level and date filters. */
  hidden: number;
  /** Directives folded into groups. */
  folded: number;
  /** Levels that have at least one folded group, top down (what "open the next level" opens). */
  foldedLevels: Level[];
  truncated: boolean;
  /** Organisations drawn (as nodes or folded into `units` groups). */
  units: number;
  /** Directives drawn whose units come from their first tasks only (they assign more than the page asked for). */
  unitsPartial: number;
}

/** Lineages merged: the main walk and the expansions the user asked for. */
export interface Merged {
  root: Directive;
  directives: Map<string, { directive: Directive; context: boolean }>;
  edges: Map<string, { from: string; to: string; type: Relation; evidence: Evidence; context: boolean }>;
  truncated: boolean;
  /** By directive key: the organisations it assigns tasks to (when the units were asked for). */
  assigns: Map<string, Assigns>;
  /** Whether the units were asked for at all. */
  unitsFetched: boolean;
}

export interface Assigns {
  /** All its tasks, and those whose units were fetched. */
  tasks: number;
  fetched: number;
  units: Map<string, { unit: Org; roles: Set<Role>; tasks: number }>;
}

const edgeId = (from: string, to: string, type: EdgeType) => `${type}:${from}->${to}`;

export function mergeLineages(main: Lineage, extra: Lineage[]): Merged {
  const m: Merged = { root: main.root, directives: new Map(), edges: new Map(), truncated: main.truncated, assigns: new Map(), unitsFetched: false };
  for (const l of [main, ...extra]) {
    m.truncated ||= l.truncated;
    for (const d of l.nodes) m.directives.set(d.key, { directive: d, context: false });
    addAssigns(m, l.nodes);
    for (const e of l.edges) m.edges.set(edgeId(e.from.key, e.to.key, e.type), { from: e.from.key, to: e.to.key, type: e.type, evidence: e.evidence, context: false });
  }
  for (const l of [main, ...extra]) {
    for (const e of l.context) {
      for (const d of [e.from, e.to]) if (!m.directives.has(d.key)) m.directives.set(d.key, { directive: d, context: true });
      const id = edgeId(e.from.key, e.to.key, e.type);
      if (!m.edges.has(id)) m.edges.set(id, { from: e.from.key, to: e.to.key, type: e.type, evidence: e.evidence, context: true });
    }
  }
  return m;
}

/** The units of the directives given (each with its assignmentsConnection), added to what is merged. */
export function addAssigns(m: Merged, nodes: readonly LineageDirective[]): void {
  for (const d of nodes) {
      const conn = d.assignmentsConnection;
      if (!conn || m.assigns.has(d.key)) continue;
      m.unitsFetched = true;
      const a: Assigns = { tasks: conn.totalCount, fetched: conn.nodes.length, units: new Map() };
      for (const task of conn.nodes) {
        // A unit named twice in one task (lead of one clause, support of another) counts the task once.
        const seen = new Set<string>();
        for (const { unit, role } of task.units) {
          const u = a.units.get(unit.key) ?? { unit, roles: new Set<Role>(), tasks: 0 };
          u.roles.add(role);
          if (!seen.has(unit.key)) u.tasks += 1;
          seen.add(unit.key);
          a.units.set(unit.key, u);
        }
      }
      m.assigns.set(d.key, a);
  }
}

export function isInferred(e: Evidence | null): boolean {
  if (!e) return false;
  return Boolean(e.resolvedBy) || (e.confidence !== null && e.confidence < CONFIDENT);
}

/** The area a directive folds under: a ward's district, a district's province ("Quận Liên Chiểu, Thành phố Đà Nẵng"). */
export function foldArea(d: Directive): string | null {
  if (d.level !== 'WARD' && d.level !== 'DISTRICT') return null;
  const area = d.issuer?.area;
  if (!area) return null;
  const parts = area.split(',').map((p) => p.trim()).filter(Boolean);
  // "Phường Hòa Minh, Quận Liên Chiểu, Thành phố Đà Nẵng" -> "Quận Liên Chiểu, Thành phố Đà Nẵng"
  return parts.length > 1 ? parts.slice(1).join(', ') : null;
}

export function groupId(level: Level, area: string): string {
  return `group:${level}:${area}`;
}

function inDates(d: Directive, f: ViewFilters): boolean {
  if (!d.issuedOn) return true;
  if (f.from && d.issuedOn < f.from) return false;
  if (f.to && d.issuedOn > f.to) return false;
  return true;
}

const ROLE_ORDER: readonly Role[] = ['LEAD', 'SUPPORT', 'ASSIGNED'];

/** Id of the node folding a level's organisations in a large view. */
export function unitsGroupId(level: Level | null): string {
  return `units:${level ?? 'UNKNOWN'}`;
}

function short(s: string, n = 34): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function unitLabel(o: Org): string {
  return `${short(o.name ?? o.key)}\n${o.level ? `${LEVEL_NAMES[o.level]} unit` : 'unit'}`;
}

export function nodeLabel(d: Directive): string {
  const issuer = issuerName(d);
  return `${displayNumber(d)}\n${issuer.length > 34 ? `${issuer.slice(0, 33)}…` : issuer}`;
}

export function buildView(m: Merged, f: ViewFilters): View {
  const rootKey = m.root.key;
  const shown: Directive[] = [];
  const contextOf = new Map<string, boolean>();
  let hidden = 0;
  for (const { directive: d, context } of m.directives.values()) {
    const visible = d.key === rootKey || (f.levels.has(d.level ?? 'UNKNOWN') && inDates(d, f));
    if (!visible) {
      hidden += 1;
      continue;
    }
    shown.push(d);
    contextOf.set(d.key, context);
  }

  // Folding: only when the picture would be too busy, never the root, only groups of two or more.
  const groupOf = new Map<string, string>();
  const groups = new Map<string, { level: Level; area: string; members: Directive[] }>();
  if (shown.length > FOLD_AT) {
    for (const d of shown) {
      if (d.key === rootKey || !d.level || f.openLevels.has(d.level)) continue;
      const area = foldArea(d);
      if (!area) continue;
      const id = groupId(d.level, area);
      if (f.open.has(id)) continue;
      const g = groups.get(id) ?? { level: d.level, area, members: [] };
      g.members.push(d);
      groups.set(id, g);
    }
    for (const [id, g] of groups) {
      if (g.members.length < 2) groups.delete(id);
      else for (const d of g.members) groupOf.set(d.key, id);
    }
  }

  const nodes: ViewNode[] = [];
  for (const d of shown) {
    if (groupOf.has(d.key)) continue;
    nodes.push({ id: d.key, kind: 'directive', label: nodeLabel(d), level: d.level, directive: d, root: d.key === rootKey, context: contextOf.get(d.key) ?? false });
  }
  for (const [id, g] of groups) {
    const place = g.area.split(',')[0]!.trim();
    nodes.push({
      id, kind: 'group', label: `${g.members.length} ${g.level === 'WARD' ? 'ward' : 'district'} documents\n${place}`,
      level: g.level, root: false, context: g.members.every((d) => contextOf.get(d.key)), members: g.members.map((d) => d.key), area: g.area,
    });
  }

  const visibleIds = new Set(nodes.map((n) => n.id));
  const end = (key: string) => groupOf.get(key) ?? (visibleIds.has(key) ? key : null);
  const edges = new Map<string, ViewEdge>();
  for (const e of m.edges.values()) {
    if (!f.relations.has(e.type)) continue;
    const source = end(e.from);
    const target = end(e.to);
    if (!source || !target || source === target) continue;
    const id = edgeId(source, target, e.type);
    const prev = edges.get(id);
    if (prev) {
      prev.count += 1;
      prev.inferred ||= isInferred(e.evidence);
      if (e.evidence.confidence !== null) prev.confidence = Math.min(prev.confidence ?? 1, e.evidence.confidence);
      prev.evidence = null;
      prev.context &&= e.context;
      continue;
    }
    edges.set(id, { id, source, target, type: e.type, inferred: isInferred(e.evidence), confidence: e.evidence.confidence, count: 1, evidence: e.evidence, context: e.context });
  }

  const units = f.units ? addUnits(m, f, shown, end, nodes, edges, shown.length > FOLD_AT) : { count: 0, partial: 0 };

  const foldedLevels = LEVELS.filter((l) => [...groups.values()].some((g) => g.level === l));
  return { nodes, edges: [...edges.values()], hidden, folded: groupOf.size, foldedLevels, truncated: m.truncated, units: units.count, unitsPartial: units.partial };
}

/**
 * The organisations the shown directives assign tasks to, and the ASSIGNS edges, from the directive
 * or from the group it is folded into. In a large view, or when they are many (a district's
 * cascade assigns to dozens), a level's organisations fold into one node ("37 ward units") until
 * that group or level is opened, as the directives do.
 */
function addUnits(
  m: Merged, f: ViewFilters, shown: Directive[], end: (key: string) => string | null,
  nodes: ViewNode[], edges: Map<string, ViewEdge>, large: boolean,
): { count: number; partial: number } {
  const orgs = new Map<string, Org>();
  let partial = 0;
  for (const d of shown) {
    const a = m.assigns.get(d.key);
    if (!a) continue;
    if (a.fetched < a.tasks) partial += 1;
    for (const { unit } of a.units.values()) if (f.levels.has(unit.level ?? 'UNKNOWN')) orgs.set(unit.key, unit);
  }
  const groupOf = new Map<string, string>();
  const groups = new Map<string, { level: Level | null; members: Org[] }>();
  if (large || orgs.size > UNITS_FOLD_AT) {
    for (const o of orgs.values()) {
      const id = unitsGroupId(o.level);
      // Only opened one by one: "open next level" opens directives, not the hundreds of units under them.
      if (f.open.has(id)) continue;
      const g = groups.get(id) ?? { level: o.level, members: [] };
      g.members.push(o);
      groups.set(id, g);
    }
    for (const [id, g] of groups) {
      if (g.members.length < 2) groups.delete(id);
      else for (const o of g.members) groupOf.set(o.key, id);
    }
  }
  for (const o of orgs.values()) {
    if (groupOf.has(o.key)) continue;
    nodes.push({ id: o.key, kind: 'unit', label: unitLabel(o), level: o.level, org: o, root: false, context: false, area: o.area ?? undefined });
  }
  for (const [id, g] of groups) {
    nodes.push({
      id, kind: 'units', label: `${g.members.length} ${g.level ? LEVEL_NAMES[g.level] : 'other'} units\nassigned tasks`,
      level: g.level, root: false, context: false, members: g.members.map((o) => o.key),
    });
  }
  for (const d of shown) {
    const a = m.assigns.get(d.key);
    const source = a && end(d.key);
    if (!a || !source) continue;
    for (const u of a.units.values()) {
      if (!orgs.has(u.unit.key)) continue;
      const target = groupOf.get(u.unit.key) ?? u.unit.key;
      const id = edgeId(source, target, 'ASSIGNS');
      const prev = edges.get(id);
      if (prev) {
        prev.count += u.tasks;
        prev.roles = ROLE_ORDER.filter((r) => prev.roles?.includes(r) || u.roles.has(r));
        continue;
      }
      edges.set(id, { id, source, target, type: 'ASSIGNS', roles: ROLE_ORDER.filter((r) => u.roles.has(r)), inferred: false, confidence: null, count: u.tasks, evidence: null, context: false });
    }
  }
  return { count: orgs.size, partial };
}

/** Rank of a level, top down; unknown levels last. */
export function levelRank(level: Level | null): number {
  const i = level ? LEVELS.indexOf(level) : -1;
  return i < 0 ? LEVELS.length : i;
}
