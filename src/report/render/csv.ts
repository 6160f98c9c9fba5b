import { stringify } from 'csv-stringify/sync';
import type { CoverageReport, DerivedTasksReport } from '../schema.js';
import { CHAIN_SEP, coverageAnswerLabels, docLabel, firstAnswer } from './text.js';

/**
 * The reports as CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads the
 * Vietnamese as Windows-1252), CRLF line ends, every field quoted where RFC 4180 needs it
 * (csv-stringify). One row per task; the coverage CSV has one row per unit. A cell that would start
 * with = + - @ gets a leading apostrophe so a spreadsheet shows it rather than evaluating it.
 */
export const TASK_COLUMNS = [
  'order', 'depth', 'assigning_number', 'assigning_issuer', 'assigning_date', 'clause', 'units', 'unit_levels', 'roles',
  'task', 'deadline', 'chain', 'mandate_number', 'mandate_clause', 'mandate_task', 'task_id', 'assigning_key', 'directed_by',
] as const;

export const COVERAGE_COLUMNS = [
  'status', 'kind', 'unit', 'level', 'district', 'answered_by', 'answered_on', 'lag_days', 'tasks', 'unit_key', 'ward_code', 'answered_via',
] as const;

const FORMULA = /^[=+\-@\t\r]/;
const cell = (v: string | number | null | undefined): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return FORMULA.test(s) ? `'${s}` : s;
};

function write(columns: readonly string[], rows: (string | number | null | undefined)[][]): string {
  return stringify(rows.map((r) => r.map(cell)), { header: true, columns: [...columns], bom: true, record_delimiter: 'windows', quoted_match: /[",\r\n]/ });
}

export function derivedTasksCsv(r: DerivedTasksReport): string {
  return write(TASK_COLUMNS, r.tasks.items.map((t) => [
    docLabel(r.order), t.depth, docLabel(t.directive), t.directive.issuer?.name ?? t.directive.issuedBy, t.directive.issuedOn ?? t.directive.meetingOn,
    t.clause, t.units.map((u) => u.name ?? u.key).join('; '), t.units.map((u) => u.level ?? '').join('; '), t.units.map((u) => u.role ?? '').join('; '),
    t.text, t.deadline, t.chain.join(CHAIN_SEP), t.mandate ? docLabel(t.mandate.directive) : null, t.mandate?.clause, t.mandate?.text, t.id, t.directive.key,
    t.units.map((u) => u.directedBy ?? '').join('; '),
  ]));
}

export function coverageCsv(r: CoverageReport): string {
  return write(COVERAGE_COLUMNS, r.units.map((u) => {
    const first = firstAnswer(u);
    return [
      u.answered ? 'answered' : 'not answered', u.kind, u.name, u.level, u.district,
      coverageAnswerLabels(u).join('; '), first ? first.directive.issuedOn ?? first.directive.meetingOn : null, first?.lagDays,
      u.tasks.map((t) => `${t.number ?? t.directive}${t.clause ? ` ${t.clause}` : ''}`).join('; '), u.key, u.code,
      u.answeredVia.map((v) => v.successor.name).join('; '),
    ];
  }));
}
