import { readTx, runIn, type GraphTarget } from '../executor.js';
import { cypher, type Query } from '../query.js';

/**
 * Data-quality findings: what a reviewer should look at before trusting a lineage. Shared by
 * `directive-graph ingest --report` and the API's `dataQuality` field. Each list is capped at
 * `limit` items; `truncated` says there were more.
 */

export interface DirectiveRef {
  key: string;
  number: string | null;
}

export interface TargetFinding {
  /** `issuer-unknown`: the citation names no issuer we could resolve; `ambiguous`: several documents fit. */
  reason: 'issuer-unknown' | 'ambiguous';
  citing: DirectiveRef;
  target: DirectiveRef;
  relation: string;
  evidence: string | null;
  candidates: string[];
}

export interface DateFinding {
  implementing: DirectiveRef & { date: string };
  implemented: DirectiveRef & { date: string };
  evidence: string | null;
  statedIn: string | null;
}

export interface OrganizationFinding {
  key: string;
  name: string | null;
  level: string | null;
  /** Numbers (or keys) of up to 10 directives that name it. */
  directives: string[];
}

export interface UnitMentionFinding {
  directive: DirectiveRef;
  message: string;
}

export interface Findings<T> {
  items: T[];
  truncated: boolean;
}

export interface DataQualityReport {
  citationTargets: Findings<TargetFinding>;
  datesInverted: Findings<DateFinding>;
  issuersUnknownArea: Findings<OrganizationFinding>;
  unitsUnknownArea: Findings<OrganizationFinding>;
  unresolvedUnitMentions: Findings<UnitMentionFinding>;
}

// An organisation's area is unknown when the code of its own level is missing (a district body
// without a district code); central bodies have no area.
export const AREA_UNKNOWN = `coalesce(o.level, '') <> 'central' AND (
  (o.level = 'ward' AND o.wardCode IS NULL) OR (o.level = 'district' AND o.districtCode IS NULL)
  OR (o.level = 'province' AND o.provinceCode IS NULL)
  OR (o.provinceCode IS NULL AND o.districtCode IS NULL AND o.wardCode IS NULL))`;

export function citationTargetFindings(limit: number): Query {
  return {
    cypher: cypher`
      MATCH (t:Directive {status: 'referenced'})
      WHERE t.issuerKey IS NULL OR t.key = t.series
      CALL (t) {
        OPTIONAL MATCH (o:Directive {numberKey: t.numberKey})
        WHERE o <> t AND (t.issuerKey IS NULL OR o.series = t.series)
        RETURN collect(o.key)[..10] AS candidates
      }
      WITH t, candidates
      WHERE t.issuerKey IS NULL OR size(candidates) > 0
      MATCH (a:Directive)-[c:IMPLEMENTS|BASED_ON|CITES]->(t)
      RETURN CASE WHEN size(candidates) > 0 THEN 'ambiguous' ELSE 'issuer-unknown' END AS reason,
        {key: a.key, number: a.number} AS citing, {key: t.key, number: t.number} AS target,
        type(c) AS relation, c.evidence AS evidence, candidates
      ORDER BY t.key, a.key
      LIMIT toInteger($limit)
    `,
    params: { limit: limit + 1 },
  };
}

export function dateFindings(limit: number): Query {
  return {
    cypher: cypher`
      MATCH (a:Directive)-[r:IMPLEMENTS]->(b:Directive)
      WITH a, r, b, coalesce(a.issuedOn, a.meetingOn) AS aDate
      WHERE aDate < b.issuedOn
      RETURN {key: a.key, number: a.number, date: toString(aDate)} AS implementing,
        {key: b.key, number: b.number, date: toString(b.issuedOn)} AS implemented,
        r.evidence AS evidence, r.statedIn AS statedIn
      ORDER BY a.key, b.key, coalesce(r.confidence, 0.0) DESC, r.statedIn = a.key DESC, r.statedIn
      LIMIT toInteger($limit)
    `,
    params: { limit: limit + 1 },
  };
}

export function issuerAreaFindings(limit: number): Query {
  return {
    cypher: `MATCH (o:Issuer)
WHERE ${AREA_UNKNOWN}
CALL (o) {
  MATCH (d:Directive)-[:ISSUED_BY]->(o)
  WITH d LIMIT 10
  RETURN collect(coalesce(d.number, d.key)) AS directives
}
RETURN o.key AS key, o.name AS name, o.level AS level, directives
ORDER BY o.key
LIMIT toInteger($limit)`,
    params: { limit: limit + 1 },
  };
}

export function unitAreaFindings(limit: number): Query {
  return {
    cypher: `MATCH (o:Unit)
WHERE ${AREA_UNKNOWN}
CALL (o) {
  MATCH (d:Directive)-[:ASSIGNS|SENT_TO]->(o)
  WITH DISTINCT d LIMIT 10
  RETURN collect(coalesce(d.number, d.key)) AS directives
}
RETURN o.key AS key, o.name AS name, o.level AS level, directives
ORDER BY o.key
LIMIT toInteger($limit)`,
    params: { limit: limit + 1 },
  };
}

export function unitMentionFindings(limit: number): Query {
  return {
    cypher: cypher`
      MATCH (d:Directive {status: 'ingested'})
      WHERE 'UNIT_UNRESOLVED' IN d.warningCodes
      UNWIND [i IN range(0, size(d.warningCodes) - 1) WHERE d.warningCodes[i] = 'UNIT_UNRESOLVED' | d.warningMessages[i]] AS message
      RETURN {key: d.key, number: d.number} AS directive, message
      ORDER BY d.key, message
      LIMIT toInteger($limit)
    `,
    params: { limit: limit + 1 },
  };
}

function cap<T>(rows: T[], limit: number): Findings<T> {
  return { items: rows.slice(0, limit), truncated: rows.length > limit };
}

export async function dataQuality(target: GraphTarget, opts: { limit?: number } = {}): Promise<DataQualityReport> {
  const limit = Math.max(1, Math.min(opts.limit ?? 100, 1000));
  return readTx(target, { what: 'building the data-quality report' }, async (tx) => ({
    citationTargets: cap((await runIn<TargetFinding & Record<string, unknown>>(tx, citationTargetFindings(limit))).rows, limit),
    datesInverted: cap((await runIn<DateFinding & Record<string, unknown>>(tx, dateFindings(limit))).rows, limit),
    issuersUnknownArea: cap((await runIn<OrganizationFinding & Record<string, unknown>>(tx, issuerAreaFindings(limit))).rows, limit),
    unitsUnknownArea: cap((await runIn<OrganizationFinding & Record<string, unknown>>(tx, unitAreaFindings(limit))).rows, limit),
    unresolvedUnitMentions: cap((await runIn<UnitMentionFinding & Record<string, unknown>>(tx, unitMentionFindings(limit))).rows, limit),
  }));
}
