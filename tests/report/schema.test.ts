import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CoverageReport, DerivedTasksReport, reportJsonSchemas } from '../../src/report/schema.js';
import { coverageReportOf, derivedReport } from './factories.js';

describe('published JSON Schemas of the reports', () => {
  it('schema/ holds exactly what the zod schemas generate (run scripts/report-schema.ts after changing them)', () => {
    for (const [name, schema] of Object.entries(reportJsonSchemas())) {
      const committed: unknown = JSON.parse(readFileSync(`schema/${name}`, 'utf8'));
      expect(committed, name).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it('a report the zod schema accepts validates against the published schema, and a broken one does not', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const derived = ajv.compile(JSON.parse(readFileSync('schema/report-derived-tasks.schema.json', 'utf8')));
    const coverage = ajv.compile(JSON.parse(readFileSync('schema/report-coverage.schema.json', 'utf8')));
    const r = DerivedTasksReport.parse(derivedReport());
    expect(derived(r), JSON.stringify(derived.errors)).toBe(true);
    expect(coverage(CoverageReport.parse(coverageReportOf()))).toBe(true);
    const broken = { ...r, tasks: { ...r.tasks, items: [{ ...r.tasks.items[0], deadline: '30/9/2022' }] } };
    expect(derived(broken)).toBe(false);
    expect(derived.errors?.[0]?.instancePath).toBe('/tasks/items/0/deadline');
  });
});
