import { h } from './dom.js';
import { locateSentence, pieces, type Mark } from './highlight.js';
import { isInferred } from './model.js';
import { LEVEL_NAMES, displayNumber, issuerName, type Citation, type DirectiveDetail, type Task } from './types.js';

/**
 * The side panel of one directive: what it is, its links with the sentence that states each (marked
 * in its own text where it states them), the tasks it assigns, and what to do next.
 */
export interface PanelActions {
  select(key: string): void;
  expand(key: string, direction: 'UP' | 'DOWN'): void;
  drawFrom(key: string): void;
  wardTasks(key: string): void;
  close(): void;
}

const RELATION_OUT: Record<string, string> = { IMPLEMENTS: 'implements', BASED_ON: 'is based on', CITES: 'cites' };
const RELATION_IN: Record<string, string> = { IMPLEMENTS: 'is implemented by', BASED_ON: 'is the basis of', CITES: 'is cited by' };
const ROLES: Record<string, string> = { LEAD: 'lead (chủ trì)', SUPPORT: 'support (phối hợp)', ASSIGNED: 'assigned' };

interface Link {
  citation: Citation;
  outgoing: boolean;
}

function links(d: DirectiveDetail): Link[] {
  return [
    ...[...d.implements, ...d.basedOn, ...d.cites].map((c) => ({ citation: c, outgoing: true })),
    ...[...d.implementedBy, ...d.citedBy].map((c) => ({ citation: c, outgoing: false })),
  ];
}

function confidenceNote(c: Citation) {
  const e = c.evidence;
  if (!isInferred(e)) return null;
  const how = [e.resolvedBy ? `resolved by ${e.resolvedBy}` : null, e.rule].filter(Boolean).join(', ');
  return h('span', { class: 'badge', title: how }, `inferred${e.confidence !== null ? `, confidence ${e.confidence.toFixed(2)}` : ''}`);
}

function taskItem(t: Task) {
  return h('li', {},
    t.clause ? h('strong', {}, `${t.clause} `) : null,
    t.text,
    t.deadline ? h('span', { class: 'badge' }, `by ${t.deadline}`) : null,
    h('ul', {}, t.units.map((u) => h('li', {}, `${u.unit.name ?? u.unit.key}`, h('span', { class: 'badge' }, ROLES[u.role] ?? u.role),
      u.directedBy ? h('span', { class: 'badge', title: 'the document asks this unit to direct it (chỉ đạo)' }, `directed by ${u.directedBy.name ?? u.directedBy.key}`) : null,
      u.unit.level ? h('span', { class: 'badge' }, LEVEL_NAMES[u.unit.level]) : null))),
  );
}

export function renderPanel(root: HTMLElement, d: DirectiveDetail, actions: PanelActions): void {
  const all = links(d);
  const marks: Mark[] = [];
  const located = new Map<number, string>();
  if (d.text) {
    all.forEach((l, i) => {
      const e = l.citation.evidence;
      if (e.statedIn !== d.key) return;
      const at = locateSentence(d.text!, e.sentence, e.span);
      if (!at) return;
      const other = displayNumber(l.citation.directive);
      marks.push({ start: at[0], end: at[1], label: `${l.citation.relation} ${l.outgoing ? '→' : '←'} ${other}`, link: i });
      located.set(i, `ev-${i}`);
    });
  }

  const heading = h('h2', { id: 'panel-title', tabindex: '-1' }, displayNumber(d));
  const facts = h('dl', {},
    h('dt', {}, 'Type'), h('dd', {}, d.docType ?? '—'),
    h('dt', {}, 'Date'), h('dd', {}, d.issuedOn ?? 'undated'),
    h('dt', {}, 'Issuer'), h('dd', {}, issuerName(d), d.level ? h('span', { class: 'badge' }, LEVEL_NAMES[d.level]) : null),
    h('dt', {}, 'Title'), h('dd', {}, d.title ?? '—'),
    h('dt', {}, 'Status'), h('dd', {}, d.status === 'INGESTED' ? 'ingested (its text was read)' : 'referenced (known only from citations)'),
  );
  const button = (label: string, fn: () => void, attrs: Record<string, string> = {}) => {
    const b = h('button', { type: 'button', ...attrs }, label);
    b.addEventListener('click', fn);
    return b;
  };
  const actionsBar = h('div', { class: 'actions' },
    button('Expand up', () => actions.expand(d.key, 'UP'), { 'data-action': 'expand-up' }),
    button('Expand down', () => actions.expand(d.key, 'DOWN'), { 'data-action': 'expand-down' }),
    button('Draw its cascade', () => actions.drawFrom(d.key), { 'data-action': 'draw' }),
    button('Ward tasks', () => actions.wardTasks(d.key), { 'data-action': 'ward-tasks' }),
  );

  const linkList = h('ul', { id: 'panel-links' }, all.map((l, i) => {
    const c = l.citation;
    const other = h('button', { type: 'button', class: 'linkish' }, displayNumber(c.directive));
    other.addEventListener('click', () => actions.select(c.directive.key));
    const where = located.get(i);
    return h('li', { 'data-relation': c.relation },
      `${(l.outgoing ? RELATION_OUT : RELATION_IN)[c.relation]} `, other, ` (${issuerName(c.directive)})`, confidenceNote(c),
      c.evidence.sentence ? h('p', { class: 'quote' }, c.evidence.sentence) : null,
      where ? h('a', { href: `#${where}` }, 'show in the text') : c.evidence.statedIn && c.evidence.statedIn !== d.key ? h('span', { class: 'badge' }, 'stated in the other document') : null,
    );
  }));

  const tasks = d.assignments.length > 0 ? h('ol', { id: 'panel-tasks' }, d.assignments.map(taskItem)) : h('p', {}, 'It assigns no task that was recognised.');

  let source: HTMLElement;
  if (d.text) {
    source = h('div', { class: 'source', id: 'panel-source', tabindex: '0', 'aria-label': 'Source text' },
      pieces(d.text, marks).map((p) => (p.mark ? h('mark', { id: `ev-${p.mark.link}`, title: p.mark.label, 'data-label': p.mark.label }, p.text) : p.text)));
  } else {
    source = h('p', {}, d.status === 'REFERENCED' ? 'No text: this directive is known only from the documents that cite it.' : 'The text was not kept for this directive (ingested before texts were stored: ingest it again with --force).');
  }

  const close = button('Close', actions.close, { class: 'close', 'aria-label': 'Close the panel' });
  root.replaceChildren(close, heading, facts, actionsBar,
    h('h3', {}, `Links (${all.length})`), all.length ? linkList : h('p', {}, 'No link among the relations in the graph.'),
    h('h3', {}, `Tasks it assigns (${d.assignments.length})`), tasks,
    h('h3', {}, 'Source text'), source);
  root.hidden = false;
}
