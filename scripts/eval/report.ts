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

/** Counts of each kind of disagreement (rows, sorted by field then count) per style (columns) and in all. */
export function kindsTable(groups: ReadonlyMap<string, readonly Record<string, number>[]>): string {
  const sums = new Map<string, Map<string, number>>();
  const all = new Map<string, number>();
  for (const [group, docs] of groups) {
    const m = new Map<string, number>();
    for (const kinds of docs) for (const [k, n] of Object.entries(kinds)) {
      m.set(k, (m.get(k) ?? 0) + n);
      all.set(k, (all.get(k) ?? 0) + n);
    }
    sums.set(group, m);
  }
  const field = (k: string) => k.slice(0, k.indexOf(':'));
  const rows = [...all].sort(([a, x], [b, y]) => field(a).localeCompare(field(b)) || y - x || a.localeCompare(b));
  const cols = [...groups.keys()];
  return [
    `| kind | ${cols.join(' | ')} | all |`,
    `|---|${cols.map(() => '---:').join('|')}|---:|`,
    ...rows.map(([k, n]) => `| ${k} | ${cols.map((c) => sums.get(c)?.get(k) ?? 0).join(' | ')} | ${n} |`),
  ].join('\n');
}
