import type { Query } from '../query.js';
import {
  citationTargetFindings, dateFindings, issuerAreaFindings, unitAreaFindings, unitMentionFindings,
  type DataQualityReport,
} from './quality.js';
import { READ_LIMITS } from './limits.js';
import type { ReadRunner } from './runner.js';

/**
 * The data-quality report of `directive-graph ingest --report` (src/graph/quality.ts), in one
 * query: each of its bounded finding queries runs as a subquery whose rows are collected, so the
 * API answers `dataQuality` in one round trip and sees exactly the findings the ingest reports.
 * Each subquery collects on its own, so an empty list does not empty the others.
 */
const PARTS = [
  { name: 'citationTargets', build: citationTargetFindings, columns: ['reason', 'citing', 'target', 'relation', 'evidence', 'candidates'] },
  { name: 'datesInverted', build: dateFindings, columns: ['implementing', 'implemented', 'evidence', 'statedIn'] },
  { name: 'issuersUnknownArea', build: issuerAreaFindings, columns: ['key', 'name', 'level', 'directives'] },
  { name: 'unitsUnknownArea', build: unitAreaFindings, columns: ['key', 'name', 'level', 'directives'] },
  { name: 'unresolvedUnitMentions', build: unitMentionFindings, columns: ['directive', 'message'] },
] as const;

export function dataQualityQuery(limit: number): Query {
  const parts = PARTS.map((p) => ({ ...p, query: p.build(limit) }));
  const indent = (text: string) => text.split('\n').map((l) => `    ${l}`).join('\n');
  return {
    cypher: [
      ...parts.map((p) => `CALL () {
  CALL () {
${indent(p.query.cypher)}
  }
  RETURN collect({ ${p.columns.map((c) => `${c}: ${c}`).join(', ')} }) AS ${p.name}
}`),
      `RETURN ${parts.map((p) => p.name).join(', ')}`,
    ].join('\n'),
    // Every finding query takes the same `limit` (+1 to tell "there were more").
    params: Object.assign({}, ...parts.map((p) => p.query.params)) as Record<string, unknown>,
  };
}

type Raw = { [K in keyof DataQualityReport]: DataQualityReport[K]['items'] };

export async function fetchDataQuality(runner: ReadRunner, first: number): Promise<DataQualityReport> {
  const limit = Math.max(1, Math.min(first, READ_LIMITS.maxFindings));
  const rows = await runner.run<Raw>(dataQualityQuery(limit), 'building the data-quality report');
  const row = rows[0];
  const cap = <T>(items: T[] | undefined) => ({ items: (items ?? []).slice(0, limit), truncated: (items ?? []).length > limit });
  return {
    citationTargets: cap(row?.citationTargets),
    datesInverted: cap(row?.datesInverted),
    issuersUnknownArea: cap(row?.issuersUnknownArea),
    unitsUnknownArea: cap(row?.unitsUnknownArea),
    unresolvedUnitMentions: cap(row?.unresolvedUnitMentions),
  };
}
