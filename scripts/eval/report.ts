import { FIELDS, metrics, type Field, type Tallies } from './score.js';

/** Markdown tables of the scores: readable in a terminal and in docs/extraction-quality.md. */

function pct(x: number | null): string {
  return x === null ? '–' : x.toFixed(2);
}

export function fieldTable(t: Tallies): string {
  const rows = ['| Field | Expected | Found | Correct | Precision | Recall | F1 | Right where found |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const f of FIELDS) {
    const x = t[f];
    const m = metrics(x);
    rows.push(`| ${f} | ${x.expected} | ${x.predicted} | ${x.correct} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.f1)} | ${pct(m.accuracy)} (${x.compared}) |`);
  }
  return rows.join('\n');
}

/** F1 of every field in every group: one column per group (a style, a split). */
export function f1Matrix(groups: ReadonlyMap<string, Tallies>, docCounts: ReadonlyMap<string, number>): string {
  const keys = [...groups.keys()];
  const rows = [
    `| Field | ${keys.map((k) => `${k} (${docCounts.get(k) ?? 0})`).join(' | ')} |`,
    `|---|${keys.map(() => '---:').join('|')}|`,
  ];
  for (const f of FIELDS as readonly Field[]) rows.push(`| ${f} | ${keys.map((k) => pct(metrics(groups.get(k)![f]).f1)).join(' | ')} |`);
  return rows.join('\n');
}
