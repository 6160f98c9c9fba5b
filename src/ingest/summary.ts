import type { DataQualityReport, Findings } from '../graph/read/quality.js';
import type { IngestSummary } from './pipeline.js';
import { formatDuration, rate } from './progress.js';

/** The closing lines of `directive-graph ingest`. */
export function formatSummary(s: IngestSummary): string[] {
  const total = s.counts.ingested + s.counts.updated + s.counts.unchanged + s.counts.failed;
  const written = s.counts.ingested + s.counts.updated;
  const lines = [
    `documents: ${total} (${s.counts.ingested} ingested, ${s.counts.updated} updated, ${s.counts.unchanged} unchanged, ${s.counts.failed} failed) in ${formatDuration(s.elapsedMs)}, ${rate(total, s.elapsedMs).toFixed(1)} docs/s`,
    `graph: ${s.stats.nodesCreated} nodes and ${s.stats.relationshipsCreated} edges created` +
      (s.stats.nodesDeleted + s.stats.relationshipsDeleted > 0 ? `, ${s.stats.nodesDeleted} nodes and ${s.stats.relationshipsDeleted} edges removed` : '') +
      (written > 0 ? ` (${s.batches} transaction${s.batches === 1 ? '' : 's'})` : ''),
  ];
  const warnings = Object.entries(s.warnings).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  lines.push(warnings.length > 0 ? `warnings: ${warnings.map(([code, n]) => `${code} ${n}`).join(', ')}` : 'warnings: none');
  return lines;
}

function section<T>(title: string, f: Findings<T>, line: (t: T) => string): string[] {
  const head = `${title}: ${f.items.length}${f.truncated ? '+' : ''}`;
  return [head, ...f.items.map((t) => `  - ${line(t)}`)];
}

const ref = (d: { key: string; number: string | null }) => d.number ?? d.key;

/** `--report`: the data-quality findings, one block per kind. */
export function formatReport(r: DataQualityReport): string[] {
  return [
    'data quality',
    ...section('citations whose target is unknown or ambiguous', r.citationTargets, (t) =>
      `${ref(t.citing)} ${t.relation} ${ref(t.target)}: ${t.reason === 'ambiguous' ? `ambiguous between ${t.candidates.join(', ')}` : 'issuer unknown'}` +
      (t.evidence ? ` ("${t.evidence.slice(0, 100)}")` : '')),
    ...section('implementing documents dated before what they implement', r.datesInverted, (d) =>
      `${ref(d.implementing)} (${d.implementing.date}) implements ${ref(d.implemented)} (${d.implemented.date})`),
    ...section('issuers of unknown area', r.issuersUnknownArea, (o) =>
      `${o.name ?? o.key} [${o.key}], level ${o.level ?? '?'}: ${o.directives.join(', ')}`),
    ...section('units of unknown area', r.unitsUnknownArea, (o) =>
      `${o.name ?? o.key} [${o.key}], level ${o.level ?? '?'}: ${o.directives.join(', ')}`),
    ...section('unit mentions that could not be resolved', r.unresolvedUnitMentions, (m) => `${ref(m.directive)}: ${m.message}`),
  ];
}
