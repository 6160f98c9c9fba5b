import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { coverageCsv } from '../../src/report/render/csv.js';
import { coverageHtml } from '../../src/report/render/html.js';
import { coverageMarkdown } from '../../src/report/render/markdown.js';
import type { CoverageReport } from '../../src/report/schema.js';
import { doc } from './factories.js';

/** A ward of quận Liên Chiểu that only the commune which absorbed it in the 2025 reform answered. */
function reportWithSuccessor(): CoverageReport {
  const answer = { directive: doc({ key: 'doc:08-CV/DDU|org:dang-uy@2025.w20194|2025', number: '08-CV/ĐU', issuedOn: '2025-08-12', level: 'ward' }), lagDays: 84 };
  return {
    report: 'coverage', generatedAt: '2026-12-04T10:00:00.000Z', parameters: { order: '512-CV/QU', issuer: null, maxDepth: 10 },
    order: doc({ key: 'doc:512-CV/QU|org:quan-uy@d490|2025', number: '512-CV/QU', issuedOn: '2025-05-20' }),
    summary: { units: 1, answered: 1, notAnswered: 0, documents: 1 },
    districts: [{ code: '490', name: 'quận Liên Chiểu, Đà Nẵng', wardCount: 5, answeredWards: 1 }],
    units: [{
      kind: 'ward', key: null, code: '20194', name: 'phường Hòa Hiệp Bắc', level: 'ward', district: 'quận Liên Chiểu, Đà Nẵng',
      answered: true, answers: [], answeredVia: [{ successor: { code: '20194', name: 'phường Hải Vân' }, answers: [answer] }], taskCount: 0, tasks: [],
    }],
    truncated: false,
  };
}

describe('a ward answered for by its successor', () => {
  it('the CSV names the successor and dates the row by its answer', () => {
    const rows = parse(coverageCsv(reportWithSuccessor()), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.status, r.unit, r.answered_by, r.answered_on, r.lag_days, r.answered_via])).toEqual([
      ['answered', 'phường Hòa Hiệp Bắc', '08-CV/ĐU (via phường Hải Vân)', '2025-08-12', '84', 'phường Hải Vân'],
    ]);
  });

  it('Markdown and HTML show it as answered via the successor, not as silent', () => {
    const line = coverageMarkdown(reportWithSuccessor()).split('\n').find((l) => l.includes('Hòa Hiệp Bắc'));
    expect(line).toBe('| answered via phường Hải Vân | phường Hòa Hiệp Bắc | ward (gazetteer) | quận Liên Chiểu, Đà Nẵng | 08-CV/ĐU (via phường Hải Vân) | 12/08/2025 | 84 days |  |');
    expect(coverageHtml(reportWithSuccessor())).toContain('<td class="status-yes">answered via phường Hải Vân</td>');
  });
});
