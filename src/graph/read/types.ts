/**
 * What the read queries return: plain objects with the property names of docs/graph-model.md,
 * temporal values as ISO strings and integers as numbers (runner.ts converts them).
 * The API maps these to GraphQL types; nothing here knows about GraphQL.
 */
export type Span = [number, number];

export interface OrganizationRow {
  key: string;
  name: string | null;
  kind: string | null;
  level: string | null;
  area: string | null;
  provinceCode: string | null;
  districtCode: string | null;
  wardCode: string | null;
  collective: boolean;
  resolvedBy: string | null;
  isIssuer: boolean;
  isUnit: boolean;
}

export interface DirectiveRow {
  key: string;
  number: string | null;
  docType: string | null;
  title: string | null;
  issuedOn: string | null;
  meetingOn: string | null;
  place: string | null;
  level: string | null;
  status: string | null;
  family: string | null;
  sourcePath: string | null;
  sourceSha256: string | null;
  encoding: string | null;
  ingestedAt: string | null;
  resolvedBy: string | null;
  /** The ISSUED_BY edge's `name`: who signs. */
  issuedBy: string | null;
  issuer: OrganizationRow | null;
}

/** The common properties of an edge that comes from text. */
export interface EvidenceRow {
  sentence: string | null;
  statedIn: string | null;
  span: Span | null;
  rule: string | null;
  confidence: number | null;
  resolvedBy: string | null;
}

export type RelationType = 'IMPLEMENTS' | 'BASED_ON' | 'CITES';
export const RELATION_TYPES: readonly RelationType[] = ['IMPLEMENTS', 'BASED_ON', 'CITES'];

export interface EdgeRow {
  from: string;
  to: string;
  type: RelationType;
  evidence: EvidenceRow;
}

/** One citation seen from one end: `other` is the directive at the far end. */
export interface CitationRow {
  relation: RelationType;
  other: DirectiveRow;
  evidence: EvidenceRow;
}

export interface AssignedUnitRow {
  unit: OrganizationRow;
  role: string | null;
  /** Key of the unit of the same task that is to direct this one ("X chỉ đạo Y …"), if any. */
  directedBy?: string | null;
}

export interface TaskRow {
  id: string;
  clause: string | null;
  text: string;
  deadline: string | null;
  span: Span | null;
  units: AssignedUnitRow[];
  directive: DirectiveRow;
}

export interface RecipientRow {
  organization: OrganizationRow;
  list: string | null;
  purpose: string | null;
}

export interface SignerRow {
  name: string;
  capacity: string | null;
  position: string | null;
}

export interface Page<T> {
  totalCount: number;
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export type Side = 'UP' | 'DOWN';

/** A succession step of a lineage: from a reached directive to a directive of a successor of its issuer or unit. */
export interface LineageCrossing {
  /** The directive before the reform whose issuer or assigned unit was succeeded. */
  from: string;
  /** The successor's directive the walk entered by. */
  to: string;
  predecessor: OrganizationRow;
  successor: OrganizationRow;
  /** The depth of `to`. */
  depth: number;
}

export interface LineageResult {
  root: DirectiveRow;
  /** `succession` is set on a directive reached across the 2025 reform (followSuccession). */
  nodes: { directive: DirectiveRow; depth: number; side: Side; succession?: { predecessor: OrganizationRow; successor: OrganizationRow } }[];
  edges: (EdgeRow & { depth: number })[];
  /** Edges from reached directives to directives outside the walk, one hop in its direction. */
  context: (EdgeRow & { depth: number })[];
  /** The outside ends of the context edges. */
  contextNodes: DirectiveRow[];
  /** The succession steps the walk took (followSuccession), one per successor's directive entered. */
  crossings: LineageCrossing[];
  truncated: boolean;
}

export interface TaskTraceRow {
  depth: number;
  task: TaskRow;
  chain: DirectiveRow[];
  links: EdgeRow[];
  mandate: TaskRow | null;
  /** Set when the walk crossed the 2025 reform to reach the task (followSuccession). */
  succession?: { predecessor: OrganizationRow; successor: OrganizationRow } | null;
}

export interface PathRow {
  directives: DirectiveRow[];
  edges: EdgeRow[];
}

export interface CountRow {
  name: string;
  count: number;
}

export interface StatsRow {
  labels: CountRow[];
  relationships: CountRow[];
  directivesByLevel: CountRow[];
  directivesByDocType: CountRow[];
  directivesByStatus: CountRow[];
  organizationsByLevel: CountRow[];
}
