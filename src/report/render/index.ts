import type { CoverageReport, DerivedTasksReport } from '../schema.js';
import { coverageCsv, derivedTasksCsv } from './csv.js';
import { coverageHtml, derivedTasksHtml } from './html.js';
import { coverageMarkdown, derivedTasksMarkdown } from './markdown.js';

/** The four formats and what HTTP calls them. */
export const FORMATS = ['html', 'md', 'csv', 'json'] as const;
export type ReportFormat = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const EXTENSIONS: Record<ReportFormat, string> = { html: 'html', md: 'md', csv: 'csv', json: 'json' };

export function renderDerivedTasks(r: DerivedTasksReport, format: ReportFormat): string {
  switch (format) {
    case 'html': return derivedTasksHtml(r);
    case 'md': return derivedTasksMarkdown(r);
    case 'csv': return derivedTasksCsv(r);
    case 'json': return JSON.stringify(r, null, 2) + '\n';
  }
}

export function renderCoverage(r: CoverageReport, format: ReportFormat): string {
  switch (format) {
    case 'html': return coverageHtml(r);
    case 'md': return coverageMarkdown(r);
    case 'csv': return coverageCsv(r);
    case 'json': return JSON.stringify(r, null, 2) + '\n';
  }
}
