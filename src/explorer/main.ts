import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-700.css';
import '@fontsource/noto-sans/latin-400-italic.css';
import '@fontsource/noto-sans/vietnamese-400-italic.css';
import './style.css';
import { ApiError, UNIT_TASKS, fetchDerivedTasks, fetchDetail, fetchLineage, fetchLineageUnits, fetchStats } from './api.js';
import { byId, download, h } from './dom.js';
import { toGraphml, toJson, toSvg } from './export.js';
import { EDGE_COLOURS, LEVEL_COLOURS, edgeColor, nodeFill, nodeStroke } from './colours.js';
import type { GraphView } from './graph-view.js';
import { FOLD_AT, addAssigns, buildView, mergeLineages, type Merged, type View } from './model.js';
import { renderPanel } from './panel.js';
import { SearchBox } from './search.js';
import { DEFAULT_STATE, formatState, parseState, type ViewState } from './state.js';
import { renderTasksTable, sortAndFilter, taskRows, type TaskRow } from './tasks-view.js';
import { LEVELS, LEVEL_NAMES, RELATIONS, displayNumber, type DirectiveDetail, type EdgeType, type Level, type Relation } from './types.js';

/**
 * The explorer page: state in the URL, one render from it. Each piece fetched is cached by what it
 * depends on, so a filter change redraws without asking the server again.
 */

const RELATION_NAMES: Record<EdgeType, string> = { IMPLEMENTS: 'implements', BASED_ON: 'based on', CITES: 'cites', ASSIGNS: 'assigns tasks to' };
const ROLE_NAMES = { LEAD: 'lead', SUPPORT: 'support', ASSIGNED: 'assigned' } as const;

let state: ViewState = parseState(location.search);
let merged: { id: string; value: Merged } | null = null;
/** The lineage request under way, so that the one started before the font loaded is not sent twice. */
let pending: { id: string; value: Promise<Merged | null> } | null = null;
let view: View | null = null;
let tasks: { id: string; rows: TaskRow[]; total: number; truncated: boolean } | null = null;
const details = new Map<string, DirectiveDetail>();
let renderSeq = 0;
let firstDrawRecorded = false;
let lastQueryMs = 0;

const alertBox = byId('alert');
const status = byId('status');
const graphEl = byId('graph');
const panel = byId('panel');
const layout = document.querySelector<HTMLElement>('.layout')!;

function showError(err: unknown): void {
  const message = err instanceof ApiError ? err.message : err instanceof Error ? `Something went wrong: ${err.message}` : String(err);
  alertBox.textContent = message;
  alertBox.dataset.code = err instanceof ApiError ? err.code : 'ERROR';
  alertBox.hidden = false;
}

function clearError(): void {
  alertBox.hidden = true;
  alertBox.textContent = '';
}

// Cytoscape is the bulk of the page's script: loaded as a chunk of its own, it is fetched and
// compiled while the lineage request is under way instead of before it is sent.
const graph: Promise<GraphView> = import('./graph-view.js').then(({ GraphView: View }) => {
  performance.mark('explorer:graph-ready');
  return new View(graphEl, {
    onSelect(id, kind) {
      if (kind === 'group' || kind === 'units') navigate({ open: [...state.open, id] });
      else if (kind === 'directive') navigate({ selected: id });
      // An organisation has no panel: its tasks are in the panels of the directives linked to it.
    },
  });
});

function navigate(patch: Partial<ViewState>, push = true): void {
  state = { ...state, ...patch };
  const url = `${location.pathname}${formatState(state)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  void render();
}

window.addEventListener('popstate', () => {
  state = parseState(location.search);
  void render();
});

// ---- controls -------------------------------------------------------------------------------

const direction = byId<HTMLSelectElement>('direction');
const depth = byId<HTMLInputElement>('depth');
const from = byId<HTMLInputElement>('from');
const to = byId<HTMLInputElement>('to');
const taskLevel = byId<HTMLSelectElement>('task-level');
const taskFilter = byId<HTMLInputElement>('task-filter');

const relationBoxes = RELATIONS.map((r) => {
  const box = h('input', { type: 'checkbox', value: r, id: `rel-${r}` });
  box.addEventListener('change', () => {
    const chosen = relationBoxes.filter((b) => b.checked).map((b) => b.value as Relation);
    if (chosen.length === 0) {
      box.checked = true;
      return;
    }
    navigate({ relations: chosen, expand: [] });
  });
  byId('relations').append(h('label', { for: `rel-${r}` }, box, ` ${RELATION_NAMES[r]}`));
  return box;
});

// ASSIGNS is not a walk relation: it adds the organisations the drawn directives assign tasks to.
const unitsBox = h('input', { type: 'checkbox', id: 'rel-ASSIGNS', value: 'ASSIGNS' });
unitsBox.addEventListener('change', () => navigate({ units: unitsBox.checked }));
byId('relations').append(h('label', { for: 'rel-ASSIGNS' }, unitsBox, ' assigns tasks to (units)'));

const levelBoxes = [...LEVELS, 'UNKNOWN' as const].map((l) => {
  const box = h('input', { type: 'checkbox', value: l, id: `lv-${l}` });
  box.addEventListener('change', () => navigate({ levels: levelBoxes.filter((b) => b.checked).map((b) => b.value as Level | 'UNKNOWN') }));
  byId('levels').append(h('label', { for: `lv-${l}` }, box, ` ${l === 'UNKNOWN' ? 'unknown' : LEVEL_NAMES[l]}`));
  return box;
});

direction.addEventListener('change', () => navigate({ direction: direction.value as ViewState['direction'], expand: [] }));
depth.addEventListener('change', () => {
  const n = Math.min(20, Math.max(1, Math.round(Number(depth.value)) || DEFAULT_STATE.depth));
  navigate({ depth: n, expand: [] });
});
from.addEventListener('change', () => navigate({ from: from.value || null }));
to.addEventListener('change', () => navigate({ to: to.value || null }));
taskLevel.addEventListener('change', () => navigate({ taskLevel: taskLevel.value as Level }));
let filterTimer: ReturnType<typeof setTimeout> | undefined;
taskFilter.addEventListener('input', () => {
  clearTimeout(filterTimer);
  filterTimer = setTimeout(() => navigate({ filter: taskFilter.value }, false), 200);
});

byId('tab-graph').addEventListener('click', () => navigate({ view: 'graph' }));
byId('tab-tasks').addEventListener('click', () => navigate({ view: 'tasks' }));

byId('open-level').addEventListener('click', () => {
  const next = view?.foldedLevels[0];
  if (next) navigate({ openLevels: [...state.openLevels, next] });
});
byId('fold-level').addEventListener('click', () => {
  const opened = LEVELS.filter((l) => state.openLevels.includes(l));
  const last = opened.at(-1);
  if (last) navigate({ openLevels: opened.slice(0, -1), open: state.open.filter((g) => !g.startsWith(`group:${last}:`)) });
  else if (state.open.length) navigate({ open: [] });
});

document.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((b) => {
  b.addEventListener('click', () => void exportView(b.dataset.export!));
});

document.addEventListener('keydown', (ev) => {
  if (ev.key === '/' && document.activeElement?.tagName !== 'INPUT') {
    ev.preventDefault();
    byId('search').focus();
  }
});

new SearchBox(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('suggestions'), {
  onChoose(d) {
    clearError();
    navigate({ key: d.key, selected: null, expand: [], open: [], openLevels: [] });
  },
  onError: showError,
});

function legend(): void {
  const items: HTMLElement[] = [];
  for (const l of LEVELS) {
    const c = LEVEL_COLOURS[l];
    items.push(h('li', {}, h('span', { class: 'swatch', style: `background:${c.fill};border-color:${c.stroke}` }), `${LEVEL_NAMES[l]} level`));
  }
  items.push(h('li', {}, h('span', { class: 'swatch', style: 'background:#fff;border-color:#4b5563;border-style:dashed' }), 'referenced (cited only)'));
  items.push(h('li', {}, h('span', { class: 'swatch', style: 'background:#e5e7eb;border-color:#4b5563;border-width:4px;border-style:double' }), 'folded group (click to open)'));
  items.push(h('li', {}, 'directives: rounded Party, square State'));
  items.push(h('li', {}, h('span', { class: 'swatch unit', style: 'background:#fff;border-color:#047857' }), 'organisation assigned tasks (colour: level)'));
  for (const r of RELATIONS) {
    items.push(h('li', {}, h('span', { class: 'swatch line', style: `border-color:${EDGE_COLOURS[r]};border-top-style:${r === 'CITES' ? 'dotted' : 'solid'}` }), `${RELATION_NAMES[r]} (arrow to the cited)`));
  }
  items.push(h('li', {}, h('span', { class: 'swatch line', style: `border-color:${EDGE_COLOURS.ASSIGNS};border-top-style:solid` }), 'assigns tasks to (arrow to the unit, n tasks)'));
  items.push(h('li', {}, h('span', { class: 'swatch line', style: 'border-color:#111827;border-top-style:dashed' }), 'inferred link, ≈ confidence'));
  byId('legend').replaceChildren(...items);
}

function syncControls(): void {
  direction.value = state.direction;
  depth.value = String(state.depth);
  from.value = state.from ?? '';
  to.value = state.to ?? '';
  for (const b of relationBoxes) b.checked = state.relations.includes(b.value as Relation);
  unitsBox.checked = state.units ?? merged?.value.unitsFetched ?? true;
  for (const b of levelBoxes) b.checked = state.levels.includes(b.value as Level | 'UNKNOWN');
  taskLevel.value = state.taskLevel;
  if (document.activeElement !== taskFilter) taskFilter.value = state.filter;
  byId('tab-graph').setAttribute('aria-pressed', String(state.view === 'graph'));
  byId('tab-tasks').setAttribute('aria-pressed', String(state.view === 'tasks'));
  byId('graph-view').hidden = state.view !== 'graph';
  byId('tasks-view').hidden = state.view !== 'tasks';
}

// ---- render ---------------------------------------------------------------------------------

async function render(): Promise<void> {
  const seq = ++renderSeq;
  syncControls();
  if (!state.key) {
    panel.hidden = true;
    layout.classList.add('no-panel');
    try {
      const counts = await fetchStats();
      if (seq !== renderSeq) return;
      const ingested = counts.find((c) => c.name === 'ingested')?.count ?? 0;
      const referenced = counts.find((c) => c.name === 'referenced')?.count ?? 0;
      clearError();
      status.textContent = ingested + referenced === 0
        ? 'The graph is empty: ingest documents first (directive-graph ingest corpus/seeds).'
        : `${ingested} ingested directives and ${referenced} known from citations. Find one with the search box above (press / to go there).`;
    } catch (err) {
      if (seq === renderSeq) {
        showError(err);
        status.textContent = 'Nothing to show until the server answers.';
      }
    }
    return;
  }
  try {
    await renderMain(seq);
    if (seq !== renderSeq) return;
    await renderPanelFor(seq);
    clearError();
  } catch (err) {
    if (seq !== renderSeq) return;
    showError(err);
    status.textContent = 'The view could not be loaded.';
  }
}

async function loadMerged(): Promise<Merged | null> {
  const id = JSON.stringify([state.key, state.direction, state.depth, state.relations, state.expand, state.units]);
  if (merged?.id === id) return merged.value;
  if (pending?.id !== id) pending = { id, value: fetchMerged(state) };
  const mine = pending;
  let value: Merged | null;
  try {
    value = await mine.value;
  } finally {
    // A failed request is asked again on the next render, not remembered.
    if (pending === mine) pending = null;
  }
  if (!value) return null;
  merged = { id, value };
  return value;
}

/** The lineage answers a state draws (its walk and the expansions), merged; null when its key is unknown. */
async function fetchMerged(s: ViewState): Promise<Merged | null> {
  const key = s.key!;
  status.textContent = 'Loading the cascade…';
  const t0 = performance.now();
  const walks = [
    { key, direction: s.direction, depth: s.depth },
    ...s.expand.map((e) => {
      const [dir, ...rest] = e.split(':');
      return { key: rest.join(':'), direction: dir as 'UP' | 'DOWN', depth: 1 };
    }),
  ];
  const [main, ...extra] = await Promise.all(walks.map((w) => fetchLineage(w.key, w.direction, w.depth, s.relations, s.units === true)));
  if (!main) return null;
  const m = mergeLineages(main, extra.filter((l) => l !== null));
  if (s.units === null && m.directives.size <= FOLD_AT) {
    // A small cascade draws its units by default; a city order's would multiply the answer.
    const units = await Promise.all(walks.map((w) => fetchLineageUnits(w.key, w.direction, w.depth, s.relations)));
    for (const nodes of units) addAssigns(m, nodes);
  }
  lastQueryMs = performance.now() - t0;
  performance.measure('explorer:query', { start: t0, end: t0 + lastQueryMs });
  return m;
}

async function renderMain(seq: number): Promise<void> {
  if (state.view === 'tasks') {
    await renderTasks(seq);
    return;
  }
  const m = await loadMerged();
  if (seq !== renderSeq) return;
  if (!m) {
    status.textContent = 'No directive has this key: it may have been re-ingested under another one. Search for it again.';
    view = null;
    await (await graph).draw({ nodes: [], edges: [], hidden: 0, folded: 0, foldedLevels: [], truncated: false, units: 0, unitsPartial: 0 }, null);
    byId('node-list').replaceChildren();
    return;
  }
  const built = performance.now();
  view = buildView(m, {
    levels: new Set(state.levels), relations: new Set(state.relations), from: state.from, to: state.to,
    open: new Set(state.open), openLevels: new Set(state.openLevels), units: state.units !== false,
  });
  performance.measure('explorer:build', { start: built, end: performance.now() });
  // The status line and the text alternative first: they take their height from the page before
  // the picture is placed to the drawing area's size, not after (which would leave it overflowing).
  const listed = performance.now();
  const root = m.root;
  unitsBox.checked = state.units ?? m.unitsFetched;
  const links = view.edges.filter((e) => e.type !== 'ASSIGNS').length;
  const parts = [
    `${displayNumber(root)}: ${view.nodes.filter((n) => n.kind === 'directive').length} directives drawn, ${links} links`,
    view.units ? `${view.units} units assigned tasks by them${view.nodes.some((n) => n.kind === 'units') ? ', folded by level' : ''}` : '',
    view.unitsPartial ? `${view.unitsPartial} of them assign over ${UNIT_TASKS} tasks: their other tasks' units are not drawn (see their panels)` : '',
    view.folded ? `${view.folded} folded into ${view.nodes.filter((n) => n.kind === 'group').length} groups (click one, or "Open next level")` : '',
    view.hidden ? `${view.hidden} hidden by the filters` : '',
    m.truncated ? 'the walk reached the server\'s cap and was cut: lower the depth' : '',
    state.units === null && !m.unitsFetched ? 'units not drawn in a cascade this large: tick "assigns tasks to (units)" to draw them, folded by level' : '',
  ].filter(Boolean);
  status.textContent = `${parts.join('; ')}.`;
  textList(view);
  performance.measure('explorer:text', { start: listed, end: performance.now() });
  const drawing = await graph;
  const t0 = performance.now();
  const timing = await drawing.draw(view, state.selected);
  if (!firstDrawRecorded) {
    // For bench:explorer: the first drawing since navigation started, and its parts (also as
    // performance measures named explorer:*, which the bench reads).
    firstDrawRecorded = true;
    performance.measure('explorer:first-drawing', { start: 0, end: performance.now() });
    graphEl.dataset.firstDrawMs = String(Math.round(performance.now()));
    graphEl.dataset.queryMs = String(Math.round(lastQueryMs));
    graphEl.dataset.drawMs = String(Math.round(performance.now() - t0));
    graphEl.dataset.layoutMs = String(Math.round(timing.layout));
    graphEl.dataset.paintMs = String(Math.round(timing.paint));
  }
  graphEl.dataset.nodes = String(view.nodes.length);
  graphEl.dataset.edges = String(view.edges.length);
}

function textList(v: View): void {
  const nodesById = new Map(v.nodes.map((n) => [n.id, n]));
  const name = (id: string) => {
    const n = nodesById.get(id);
    // Organisations by their whole name: the drawing shortens it, the text alternative need not.
    return n ? n.org?.name ?? n.label.split('\n')[0]! : id;
  };
  const items = v.nodes.map((n) => {
    const b = h('button', { type: 'button' }, n.kind === 'unit' ? `${name(n.id)} — ${n.label.split('\n')[1] ?? 'unit'}` : n.label.replace('\n', ' — '));
    b.addEventListener('click', () => {
      if (n.kind === 'group' || n.kind === 'units') navigate({ open: [...state.open, n.id] });
      else if (n.kind === 'directive') navigate({ selected: n.id });
    });
    const out = v.edges.filter((e) => e.source === n.id).map((e) => (e.type === 'ASSIGNS'
      ? `${RELATION_NAMES[e.type]} ${name(e.target)} (${(e.roles ?? []).map((r) => ROLE_NAMES[r]).join(', ')}; ${e.count} ${e.target.startsWith('units:') ? 'assignments' : e.count === 1 ? 'task' : 'tasks'})`
      : `${RELATION_NAMES[e.type]} ${name(e.target)}${e.count > 1 ? ` (${e.count} links)` : ''}${e.inferred ? ` (inferred${e.confidence !== null ? `, confidence ${e.confidence.toFixed(2)}` : ''})` : ''}`));
    const tags = [n.root ? 'the order drawn' : '', n.directive?.status === 'REFERENCED' ? 'cited only' : '', n.level ? LEVEL_NAMES[n.level] : '',
      n.kind === 'group' ? 'folded group' : '', n.kind === 'unit' ? 'organisation' : '', n.kind === 'units' ? 'folded organisations' : ''].filter(Boolean);
    return h('li', { 'data-id': n.id }, b, tags.length ? ` [${tags.join(', ')}]` : '', out.length ? h('ul', {}, out.map((o) => h('li', {}, o))) : null);
  });
  byId('node-list').replaceChildren(...items);
}

async function renderPanelFor(seq: number): Promise<void> {
  if (!state.selected) {
    panel.hidden = true;
    layout.classList.add('no-panel');
    return;
  }
  let d = details.get(state.selected);
  if (!d) {
    const fetched = await fetchDetail(state.selected);
    if (seq !== renderSeq) return;
    if (!fetched) {
      panel.hidden = true;
      layout.classList.add('no-panel');
      return;
    }
    d = fetched;
    details.set(d.key, d);
  }
  layout.classList.remove('no-panel');
  renderPanel(panel, d, {
    select: (key) => navigate({ selected: key }),
    expand: (key, dir) => {
      const e = `${dir}:${key}`;
      if (!state.expand.includes(e)) navigate({ expand: [...state.expand, e], view: 'graph' });
    },
    drawFrom: (key) => navigate({ key, expand: [], open: [], openLevels: [], view: 'graph' }),
    wardTasks: (key) => navigate({ key, view: 'tasks', expand: [] }),
    close: () => navigate({ selected: null }),
  });
  if (state.view === 'graph') (await graph).focus(d.key);
}

async function renderTasks(seq: number): Promise<void> {
  const order = state.key!;
  const id = JSON.stringify([order, state.taskLevel, state.relations]);
  const reportLink = byId<HTMLAnchorElement>('report-link');
  reportLink.href = `/reports/derived-tasks?order=${encodeURIComponent(order)}&level=${state.taskLevel.toLowerCase()}&format=html`;
  if (tasks?.id !== id) {
    byId('tasks-status').textContent = 'Loading the tasks…';
    const result = await fetchDerivedTasks(order, state.taskLevel, state.relations);
    if (seq !== renderSeq) return;
    tasks = { id, rows: taskRows(result.items, state.taskLevel), total: result.total, truncated: result.truncated };
  }
  const rows = sortAndFilter(tasks.rows, state.sort, state.filter);
  const orderName = merged?.value.root.key === order ? displayNumber(merged.value.root) : order;
  byId('tasks-caption').textContent = `Tasks at ${LEVEL_NAMES[state.taskLevel]} level derived from ${orderName}`;
  const shownOf = tasks.rows.length < tasks.total ? ` (the first ${tasks.rows.length} of ${tasks.total} loaded)` : '';
  byId('tasks-status').textContent = tasks.total === 0
    ? `No task at ${LEVEL_NAMES[state.taskLevel]} level derives from this order.`
    : `${rows.length} of ${tasks.rows.length} tasks shown${shownOf}${tasks.truncated ? '; the walk reached the server\'s cap and was cut' : ''}.`;
  status.textContent = '';
  renderTasksTable(byId<HTMLTableElement>('tasks-table'), rows, state.sort, {
    sortBy: (column) => navigate({ sort: column }, false),
    select: (key) => navigate({ selected: key }),
  });
}

// ---- export ---------------------------------------------------------------------------------

async function exportView(kind: string): Promise<void> {
  if (!view || view.nodes.length === 0) {
    status.textContent = 'Nothing drawn to export yet.';
    return;
  }
  const base = `directive-graph-${(merged?.value.root.number ?? 'view').replace(/[^\p{L}\p{N}-]+/gu, '_')}`;
  if (kind === 'json') download(`${base}.json`, toJson(view, { root: state.key, direction: state.direction, url: location.href }), 'application/json');
  else if (kind === 'graphml') download(`${base}.graphml`, toGraphml(view), 'application/graphml+xml');
  else if (kind === 'svg') download(`${base}.svg`, toSvg(view, { positions: (await graph).positions() }, { nodeFill, nodeStroke, edgeColor }), 'image/svg+xml');
  else if (kind === 'png') download(`${base}.png`, (await graph).png(), 'image/png');
}

// ---- start ----------------------------------------------------------------------------------

legend();
history.replaceState(null, '', `${location.pathname}${formatState(state)}`);
// The cascade is asked for at once, while the font loads: the first drawing waits for the slower of
// the two, not for their sum. Canvas text needs the font before drawing, or it is drawn in a fallback.
if (state.key && state.view === 'graph') void loadMerged().catch(() => undefined);
void document.fonts.load('11px "Noto Sans"', 'Chỉ thị Quận ủy').finally(() => void render());
