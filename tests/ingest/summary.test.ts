import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { IngestSummary } from '../../src/ingest/pipeline.js';
import { formatDuration, plainProgress, progressLine } from '../../src/ingest/progress.js';
import { formatReport, formatSummary } from '../../src/ingest/summary.js';

const summary = (over: Partial<IngestSummary> = {}): IngestSummary => ({
  counts: { ingested: 3, updated: 1, unchanged: 5, failed: 1 },
  failures: [{ path: '/x/bad.docx', error: new InputError('DG_INPUT_UNREADABLE', 'bad.docx is not a zip', { location: { path: '/x/bad.docx' } }) }],
  stats: { nodesCreated: 40, nodesDeleted: 0, relationshipsCreated: 71, relationshipsDeleted: 0, propertiesSet: 900 },
  warnings: { NAME_MISSPELLED: 1, CITATION_UNNUMBERED: 2, ISSUER_AREA_UNKNOWN: 1 },
  elapsedMs: 2500,
  batches: 1,
  interrupted: false,
  ...over,
});

describe('the closing summary', () => {
  it('says what happened to every document, what the graph gained, and the warnings by kind', () => {
    expect(formatSummary(summary())).toEqual([
      'documents: 10 (3 ingested, 1 updated, 5 unchanged, 1 failed) in 3s, 4.0 docs/s',
      'graph: 40 nodes and 71 edges created (1 transaction)',
      'warnings: CITATION_UNNUMBERED 2, ISSUER_AREA_UNKNOWN 1, NAME_MISSPELLED 1',
    ]);
  });

  it('mentions removals when an update withdrew statements', () => {
    const s = summary({ stats: { nodesCreated: 1, nodesDeleted: 2, relationshipsCreated: 5, relationshipsDeleted: 7, propertiesSet: 0 }, batches: 3, warnings: {} });
    expect(formatSummary(s).slice(1)).toEqual(['graph: 1 nodes and 5 edges created, 2 nodes and 7 edges removed (3 transactions)', 'warnings: none']);
  });
});

describe('progress', () => {
  it.each([
    [0, '0s'], [59_400, '59s'], [61_000, '1m01s'], [3_725_000, '1h02m'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('a line gives done/total, the rate and an ETA', () => {
    const p = { done: 1200, counts: { ingested: 1190, updated: 0, unchanged: 0, failed: 10 }, elapsedMs: 24_000 };
    expect(progressLine(p, 10_000)).toBe('1200/10000 documents, 50.0 docs/s, ETA 2m56s, 10 failed');
    expect(progressLine(p, null)).toBe('1200 documents, 50.0 docs/s, 10 failed');
  });

  it('plain progress prints at most every interval, and the last state when it stops', () => {
    const lines: string[] = [];
    const p = plainProgress((l) => lines.push(l), 2000);
    p.setTotal(30);
    const at = (done: number, elapsedMs: number) => p.update({ done, counts: { ingested: done, updated: 0, unchanged: 0, failed: 0 }, elapsedMs });
    at(10, 500);
    at(20, 2100);
    at(25, 3000);
    at(30, 4200);
    at(30, 4300);
    p.stop();
    expect(lines).toEqual([
      'ingest: 20/30 documents, 9.5 docs/s, ETA 1s',
      'ingest: 30/30 documents, 7.1 docs/s, ETA 0s',
      'ingest: 30/30 documents, 7.0 docs/s, ETA 0s',
    ]);
  });
});

describe('the report', () => {
  it('lists each kind of finding with a count, "+" when capped', () => {
    const lines = formatReport({
      citationTargets: { items: [{ reason: 'ambiguous', citing: { key: 'k1', number: '77-CV/ĐU' }, target: { key: 'k2', number: '01-TB/QU' }, relation: 'IMPLEMENTS', evidence: 'Thực hiện Thông báo số 01-TB/QU', candidates: ['a', 'b'] }], truncated: true },
      datesInverted: { items: [], truncated: false },
      issuersUnknownArea: { items: [{ key: 'org:quan-uy@?x', name: 'Thường trực Quận ủy', level: 'district', directives: ['doc:x'] }], truncated: false },
      unitsUnknownArea: { items: [], truncated: false },
      unresolvedUnitMentions: { items: [], truncated: false },
    });
    expect(lines).toEqual([
      'data quality',
      'citations whose target is unknown or ambiguous: 1+',
      '  - 77-CV/ĐU IMPLEMENTS 01-TB/QU: ambiguous between a, b ("Thực hiện Thông báo số 01-TB/QU")',
      'implementing documents dated before what they implement: 0',
      'issuers of unknown area: 1',
      '  - Thường trực Quận ủy [org:quan-uy@?x], level district: doc:x',
      'units of unknown area: 0',
      'unit mentions that could not be resolved: 0',
    ]);
  });
});
