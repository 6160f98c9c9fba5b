import { LEVELS, RELATIONS, type Direction, type Level, type Relation } from './types.js';

/**
 * The whole view lives in the URL's query string, so a shared link reopens the same picture and
 * back/forward walk through views. Parsing is forgiving: an unknown value falls back to its default.
 */
export type ViewName = 'graph' | 'tasks';

export interface ViewState {
  /** The directive whose lineage is drawn. */
  key: string | null;
  direction: Direction;
  depth: number;
  relations: Relation[];
  levels: (Level | 'UNKNOWN')[];
  from: string | null;
  to: string | null;
  /** Groups opened by the user. */
  open: string[];
  /** Levels opened as a whole. */
  openLevels: Level[];
  /**
   * Draw the organisations assigned tasks (ASSIGNS edges): `units=1` / `units=0` in the URL; absent
   * (null), they are drawn when the cascade is small (FOLD_AT directives or fewer), since for a city
   * order they multiply the lineage answer several times over.
   */
  units: boolean | null;
  /** Expansions: `UP:<key>` / `DOWN:<key>`, one hop each. */
  expand: string[];
  /** The directive in the side panel. */
  selected: string | null;
  view: ViewName;
  /** Ward-tasks view: the level of the tasks, the sort column and direction, the filter text. */
  taskLevel: Level;
  sort: string;
  filter: string;
}

export const DEFAULT_STATE: ViewState = {
  key: null, direction: 'DOWN', depth: 10, relations: ['IMPLEMENTS'], levels: [...LEVELS, 'UNKNOWN'],
  from: null, to: null, open: [], openLevels: [], units: null, expand: [], selected: null, view: 'graph', taskLevel: 'WARD', sort: '', filter: '',
};

const DIRECTIONS: readonly Direction[] = ['UP', 'DOWN', 'BOTH'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function list<T extends string>(raw: string | null, allowed: readonly T[], fallback: T[]): T[] {
  if (raw === null) return fallback;
  if (raw === '') return [];
  return raw.split(',').filter((x): x is T => (allowed as readonly string[]).includes(x));
}

export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const depth = Number(p.get('depth'));
  const direction = p.get('dir') as Direction;
  const taskLevel = p.get('tl') as Level;
  return {
    key: p.get('k') || null,
    direction: DIRECTIONS.includes(direction) ? direction : DEFAULT_STATE.direction,
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 20 ? depth : DEFAULT_STATE.depth,
    relations: list(p.get('rel'), RELATIONS, DEFAULT_STATE.relations),
    levels: list(p.get('lv'), [...LEVELS, 'UNKNOWN'] as const, DEFAULT_STATE.levels),
    from: ISO_DATE.test(p.get('from') ?? '') ? p.get('from') : null,
    to: ISO_DATE.test(p.get('to') ?? '') ? p.get('to') : null,
    // Keys hold '|' and ',': lists of keys repeat their parameter instead of joining.
    open: p.getAll('open').filter(Boolean),
    openLevels: list(p.get('ol'), LEVELS, []),
    units: p.get('units') === '1' ? true : p.get('units') === '0' ? false : null,
    expand: p.getAll('exp').filter((e) => /^(UP|DOWN):./.test(e)),
    selected: p.get('sel') || null,
    view: p.get('view') === 'tasks' ? 'tasks' : 'graph',
    taskLevel: LEVELS.includes(taskLevel) ? taskLevel : DEFAULT_STATE.taskLevel,
    sort: p.get('sort') ?? '',
    filter: p.get('q') ?? '',
  };
}

/** Only what differs from the defaults is written, so links stay short. */
export function formatState(s: ViewState): string {
  const p = new URLSearchParams();
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (s.key) p.set('k', s.key);
  if (s.direction !== DEFAULT_STATE.direction) p.set('dir', s.direction);
  if (s.depth !== DEFAULT_STATE.depth) p.set('depth', String(s.depth));
  if (!same(s.relations, DEFAULT_STATE.relations)) p.set('rel', s.relations.join(','));
  if (!same(s.levels, DEFAULT_STATE.levels)) p.set('lv', s.levels.join(','));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  for (const g of s.open) p.append('open', g);
  if (s.openLevels.length) p.set('ol', s.openLevels.join(','));
  if (s.units !== null) p.set('units', s.units ? '1' : '0');
  for (const e of s.expand) p.append('exp', e);
  if (s.selected) p.set('sel', s.selected);
  if (s.view !== 'graph') p.set('view', s.view);
  if (s.taskLevel !== DEFAULT_STATE.taskLevel) p.set('tl', s.taskLevel);
  if (s.sort) p.set('sort', s.sort);
  if (s.filter) p.set('q', s.filter);
  const q = p.toString();
  return q ? `?${q}` : '';
}
