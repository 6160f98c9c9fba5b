import { AREA_UNKNOWN } from './quality.js';
import type { Query } from '../query.js';
import { evidenceMap, preferredEdgeOrder } from './projections.js';
import type { ReadRunner } from './runner.js';
import type { EvidenceRow } from './types.js';

/**
 * The data-quality caveats that touch one tree of directives (the keys a lineage walk returned):
 * the findings of dataQuality (src/graph/quality.ts) restricted to those documents, plus the links
 * of the tree that are inferences. The global report is capped per kind, so filtering it would drop
 * a tree's caveats on a large corpus; this query looks only at the tree. Each list is capped at
 * `limit`, and says when it had more.
 */
export interface TreeRef {
  key: string;
  number: string | null;
}

export interface TreeCaveats {
  /** Citations from the tree whose target names no issuer we could resolve, or that several documents fit. */
  citations: { items: { reason: 'issuer-unknown' | 'ambiguous'; citing: TreeRef; target: TreeRef; relation: string; evidence: string | null; candidates: string[] }[]; truncated: boolean };
  /** Links of the tree that are inferences (resolvedBy set) or below the confidence threshold. */
  inferredLinks: { items: { from: TreeRef; to: TreeRef; type: string; evidence: EvidenceRow }[]; truncated: boolean };
  /** Implementing documents of the tree dated before what they implement. */
  datesInverted: { items: { implementing: TreeRef & { date: string }; implemented: TreeRef & { date: string }; evidence: string | null }[]; truncated: boolean };
  /** Issuers of tree documents whose area is unknown (kept apart rather than guessed). */
  issuersUnknownArea: { items: { key: string; name: string | null; directives: string[] }[]; truncated: boolean };
  /** Unit mentions the parser could not resolve, in tree documents. */
  unresolvedUnits: { items: { directive: TreeRef; message: string }[]; truncated: boolean };
}

/** Links at or above this confidence that are literal matches are not caveats. */
export const INFERRED_BELOW = 0.8;

export function treeCaveatsQuery(keys: string[], limit: number): Query {
  return {
    cypher: `CALL () {
  UNWIND $keys AS k
  MATCH (a:Directive {key: k})-[c:IMPLEMENTS|BASED_ON|CITES]->(t:Directive {status: 'referenced'})
  WHERE t.issuerKey IS NULL OR t.key = t.series
  CALL (t) {
    OPTIONAL MATCH (o:Directive {numberKey: t.numberKey})
    WHERE o <> t AND (t.issuerKey IS NULL OR o.series = t.series)
    RETURN collect(o.key)[..10] AS candidates
  }
  WITH a, c, t, candidates
  WHERE t.issuerKey IS NULL OR size(candidates) > 0
  WITH a, c, t, candidates ORDER BY t.key, a.key LIMIT toInteger($limit)
  RETURN collect({ reason: CASE WHEN size(candidates) > 0 THEN 'ambiguous' ELSE 'issuer-unknown' END,
    citing: { key: a.key, number: a.number }, target: { key: t.key, number: t.number },
    relation: type(c), evidence: c.evidence, candidates: candidates }) AS citations
}
CALL () {
  UNWIND $keys AS k
  MATCH (a:Directive {key: k})-[r:IMPLEMENTS|BASED_ON|CITES]->(b:Directive)
  WHERE b.key IN $keys AND (r.resolvedBy IS NOT NULL OR coalesce(r.confidence, 1.0) < $below)
  WITH a, r, b ORDER BY a.key, b.key, type(r), ${preferredEdgeOrder('r')} LIMIT toInteger($limit)
  RETURN collect({ from: { key: a.key, number: a.number }, to: { key: b.key, number: b.number }, type: type(r), evidence: ${evidenceMap('r')} }) AS inferredLinks
}
CALL () {
  UNWIND $keys AS k
  MATCH (a:Directive {key: k})-[r:IMPLEMENTS]->(b:Directive)
  WITH a, r, b, coalesce(a.issuedOn, a.meetingOn) AS aDate
  WHERE b.key IN $keys AND aDate < b.issuedOn
  WITH a, r, b, aDate ORDER BY a.key, b.key, ${preferredEdgeOrder('r')} LIMIT toInteger($limit)
  RETURN collect({ implementing: { key: a.key, number: a.number, date: toString(aDate) },
    implemented: { key: b.key, number: b.number, date: toString(b.issuedOn) }, evidence: r.evidence }) AS datesInverted
}
CALL () {
  UNWIND $keys AS k
  MATCH (:Directive {key: k})-[:ISSUED_BY]->(o:Organization)
  WITH DISTINCT o
  WHERE ${AREA_UNKNOWN}
  WITH o ORDER BY o.key LIMIT toInteger($limit)
  CALL (o) {
    MATCH (d:Directive)-[:ISSUED_BY]->(o)
    WHERE d.key IN $keys
    WITH d ORDER BY d.key LIMIT 10
    RETURN collect(coalesce(d.number, d.key)) AS directives
  }
  RETURN collect({ key: o.key, name: o.name, directives: directives }) AS issuersUnknownArea
}
CALL () {
  UNWIND $keys AS k
  MATCH (d:Directive {key: k})
  WHERE 'UNIT_UNRESOLVED' IN coalesce(d.warningCodes, [])
  UNWIND [i IN range(0, size(d.warningCodes) - 1) WHERE d.warningCodes[i] = 'UNIT_UNRESOLVED' | d.warningMessages[i]] AS message
  WITH d, message ORDER BY d.key, message LIMIT toInteger($limit)
  RETURN collect({ directive: { key: d.key, number: d.number }, message: message }) AS unresolvedUnits
}
RETURN citations, inferredLinks, datesInverted, issuersUnknownArea, unresolvedUnits`,
    params: { keys, limit: limit + 1, below: INFERRED_BELOW },
  };
}

type Raw = { [K in keyof TreeCaveats]: TreeCaveats[K]['items'] };

export async function fetchTreeCaveats(runner: ReadRunner, keys: string[], limit = 200): Promise<TreeCaveats> {
  const rows = await runner.run<Raw>(treeCaveatsQuery(keys, limit), 'collecting the caveats of a tree');
  const row = rows[0];
  const cap = <T>(items: T[] | undefined) => ({ items: (items ?? []).slice(0, limit), truncated: (items ?? []).length > limit });
  return {
    citations: cap(row?.citations),
    inferredLinks: cap(row?.inferredLinks),
    datesInverted: cap(row?.datesInverted),
    issuersUnknownArea: cap(row?.issuersUnknownArea),
    unresolvedUnits: cap(row?.unresolvedUnits),
  };
}
