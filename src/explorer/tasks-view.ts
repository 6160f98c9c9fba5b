import { fold } from './fold.js';
import { h } from './dom.js';
import { displayNumber, type TaskTrace } from './types.js';

/**
 * The tasks derived from an order at one level, as a table: unit, task, clause, assigning
 * directive, chain back to the order, upstream mandate. Sorted by a column header, filtered by
 * words (diacritics ignored); both kept in the URL by the caller.
 */
export interface TaskRow {
  unit: string;
  task: string;
  clause: string;
  directive: string;
  directiveKey: string;
  chain: string;
  mandate: string;
}

export const COLUMNS: { id: keyof TaskRow; title: string }[] = [
  { id: 'unit', title: 'Unit' },
  { id: 'task', title: 'Task' },
  { id: 'clause', title: 'Clause' },
  { id: 'directive', title: 'Assigning directive' },
  { id: 'chain', title: 'Chain from the order' },
  { id: 'mandate', title: 'Upstream mandate' },
];

const ROLE: Record<string, string> = { LEAD: 'lead', SUPPORT: 'support', ASSIGNED: '' };

/** A unit as the table shows it: its name, then its role and whom it is directed by, when there is one. */
function unitCell(u: TaskTrace['task']['units'][number]): string {
  const notes = [ROLE[u.role], u.directedBy ? `directed by ${u.directedBy.name ?? u.directedBy.key}` : ''].filter(Boolean);
  return `${u.unit.name ?? u.unit.key}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

export function taskRows(traces: TaskTrace[], level: string): TaskRow[] {
  return traces.map((t) => {
    const units = t.task.units.filter((u) => u.unit.level === level);
    const shown = units.length > 0 ? units : t.task.units;
    return {
      unit: shown.map(unitCell).join('; '),
      task: t.task.text,
      clause: t.task.clause ?? '',
      directive: displayNumber(t.directive),
      directiveKey: t.directive.key,
      chain: t.chain.map((c) => c.number ?? '(no number)').join(' → '),
      mandate: t.mandate ? `${t.mandate.directive.number ?? ''} ${t.mandate.clause ?? ''}: ${t.mandate.text}`.trim() : '',
    };
  });
}

/** `sort` is a column id, `-` in front for descending. */
export function sortAndFilter(rows: TaskRow[], sort: string, filter: string): TaskRow[] {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  const kept = words.length === 0 ? rows : rows.filter((r) => {
    const hay = fold(`${r.unit} ${r.task} ${r.clause} ${r.directive} ${r.chain} ${r.mandate}`);
    return words.every((w) => hay.includes(w));
  });
  const desc = sort.startsWith('-');
  const col = (desc ? sort.slice(1) : sort) as keyof TaskRow;
  if (!COLUMNS.some((c) => c.id === col)) return kept;
  const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
  return [...kept].sort((a, b) => (desc ? -1 : 1) * collator.compare(a[col], b[col]));
}

export interface TasksTableActions {
  sortBy(column: string): void;
  select(key: string): void;
}

export function renderTasksTable(table: HTMLTableElement, rows: TaskRow[], sort: string, actions: TasksTableActions): void {
  const head = table.tHead!.rows[0]!;
  head.replaceChildren(...COLUMNS.map((c) => {
    const state = sort === c.id ? 'ascending' : sort === `-${c.id}` ? 'descending' : 'none';
    const b = h('button', { type: 'button', 'data-col': c.id }, c.title, state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : '');
    b.addEventListener('click', () => actions.sortBy(sort === c.id ? `-${c.id}` : c.id));
    return h('th', { scope: 'col', 'aria-sort': state }, b);
  }));
  const body = table.tBodies[0]!;
  body.replaceChildren(...rows.map((r) => {
    const link = h('button', { type: 'button', class: 'linkish' }, r.directive);
    link.addEventListener('click', () => actions.select(r.directiveKey));
    return h('tr', {}, h('td', {}, r.unit), h('td', {}, r.task), h('td', {}, r.clause), h('td', {}, link), h('td', {}, r.chain), h('td', {}, r.mandate));
  }));
}
