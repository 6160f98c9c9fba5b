/**
 * The shapes the explorer reads from /graphql (schema/schema.graphql), as the queries in api.ts
 * select them. Nothing here is fetched: plain types shared by the DOM-free modules (model, export,
 * highlight, state) and the views.
 */
export type Level = 'CENTRAL' | 'PROVINCE' | 'DISTRICT' | 'WARD' | 'INTERNAL';
export type Relation = 'IMPLEMENTS' | 'BASED_ON' | 'CITES';
export type Direction = 'UP' | 'DOWN' | 'BOTH';
/** What an edge of the drawing can be: a citation relation, or a task assignment to an organisation. */
export type EdgeType = Relation | 'ASSIGNS';
export type Role = 'LEAD' | 'SUPPORT' | 'ASSIGNED';

export const LEVELS: readonly Level[] = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'WARD', 'INTERNAL'];
export const RELATIONS: readonly Relation[] = ['IMPLEMENTS', 'BASED_ON', 'CITES'];

export const LEVEL_NAMES: Record<Level, string> = {
  CENTRAL: 'central', PROVINCE: 'province', DISTRICT: 'district', WARD: 'ward', INTERNAL: 'internal',
};

export interface Org {
  key: string;
  name: string | null;
  kind: string | null;
  level: Level | null;
  area: string | null;
}

export interface Directive {
  key: string;
  number: string | null;
  docType: string | null;
  title: string | null;
  issuedOn: string | null;
  level: Level | null;
  status: 'INGESTED' | 'REFERENCED';
  family: 'PARTY' | 'STATE' | null;
  resolvedBy: string | null;
  issuedBy: string | null;
  issuer: Org | null;
}

export interface Evidence {
  sentence: string | null;
  statedIn: string | null;
  span: [number, number] | null;
  rule: string | null;
  confidence: number | null;
  resolvedBy: string | null;
}

export interface LineageEdge {
  from: { key: string };
  to: { key: string };
  type: Relation;
  depth: number;
  evidence: Evidence;
}

/**
 * The organisations a directive of a lineage assigns tasks to, as the page asks for them: the units
 * of its first tasks (`first` of them), `totalCount` counting all, so a cut list is said, not hidden.
 */
export interface UnitsOf {
  totalCount: number;
  nodes: { units: AssignedUnit[] }[];
}

export interface LineageDirective extends Directive {
  /** Present when the page asked for the units (the drawing shows organisations). */
  assignmentsConnection?: UnitsOf;
}

export interface Lineage {
  root: Directive;
  truncated: boolean;
  nodes: LineageDirective[];
  /** Not asked for by the page (the drawing places nodes by level, not by distance). */
  depths?: { directive: { key: string }; depth: number; direction: 'UP' | 'DOWN' }[];
  edges: LineageEdge[];
  context: (Omit<LineageEdge, 'from' | 'to'> & { from: Directive; to: Directive })[];
}

export interface AssignedUnit {
  unit: Org;
  role: Role;
  /** "X chỉ đạo Y …": on Y, the unit X of the same task that is to direct it. */
  directedBy?: { key: string; name: string | null } | null;
}

export interface Task {
  id: string;
  clause: string | null;
  text: string;
  deadline: string | null;
  span: [number, number] | null;
  units: AssignedUnit[];
}

export interface Citation {
  directive: Directive;
  relation: Relation;
  evidence: Evidence;
}

export interface DirectiveDetail extends Directive {
  text: string | null;
  implements: Citation[];
  basedOn: Citation[];
  cites: Citation[];
  implementedBy: Citation[];
  citedBy: Citation[];
  assignments: Task[];
}

export interface TaskTrace {
  depth: number;
  task: Task;
  directive: Directive;
  chain: { key: string; number: string | null }[];
  mandate: (Task & { directive: { key: string; number: string | null } }) | null;
}

/** A directive's name as people write it: its number, else its type and date. */
export function displayNumber(d: Pick<Directive, 'number' | 'docType' | 'issuedOn'>): string {
  return d.number ?? `${d.docType ?? 'Văn bản'} (no number${d.issuedOn ? `, ${d.issuedOn}` : ''})`;
}

export function issuerName(d: { issuer: { name: string | null } | null; issuedBy: string | null }): string {
  return d.issuer?.name ?? d.issuedBy ?? 'issuer unknown';
}
