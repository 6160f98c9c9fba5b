import type { CoverageReport, DerivedTasksReport, DocRef } from '../schema.js';
import { html, SafeHtml } from './html-escape.js';
import { CHAIN_SEP, coverageAnswerLabels, coverageStatus, docDate, docLabel, docLine, firstAnswer, lag, levelLabel, unitNote, viDate } from './text.js';
import { MAX_DRAWN, treeSvg } from './tree-svg.js';

/**
 * The reports as one self-contained HTML file: inline CSS, the tree as inline SVG, no script, no
 * font, image or stylesheet to fetch, so the file opens offline, can be mailed, and prints on A4
 * with each section on a new page. Every value goes through the escaping `html` tag.
 */
const STYLE = `
:root { --ink: #1b1f23; --muted: #5b6570; --line: #d0d7de; --warn: #9a3412; --ok: #166534; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1200px; padding: 24px; font-size: 14px; line-height: 1.45; }
header { border-bottom: 2px solid var(--ink); margin-bottom: 16px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 24px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
.sub, .muted { color: var(--muted); }
.doc-title { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: var(--bg); }
td.num { text-align: right; white-space: nowrap; }
.status-no { color: var(--warn); font-weight: 600; }
.status-yes { color: var(--ok); font-weight: 600; }
blockquote { margin: 4px 0 8px 0; padding: 4px 10px; border-left: 3px solid var(--line); color: var(--muted); }
ol.tree-list li { margin-bottom: 6px; }
.tree-wrap { overflow-x: auto; border: 1px solid var(--line); background: #fff; padding: 4px; }
svg.tree .node rect { fill: #eef4fb; stroke: #4a6fa5; }
svg.tree .node.root rect { fill: #fde9c8; stroke: #b26b00; }
svg.tree .node.referenced rect { stroke-dasharray: 4 3; }
svg.tree text { font-family: inherit; font-size: 12px; fill: var(--ink); }
svg.tree text.num { font-weight: 700; }
svg.tree text.meta { fill: var(--muted); font-size: 11px; }
svg.tree .link { fill: none; stroke: #4a6fa5; stroke-width: 1.5; }
svg.tree .link.other { stroke: #9aa5b1; stroke-dasharray: 5 4; }
table.tasks, table.units-table { table-layout: fixed; }
table.tasks td, table.tasks th, table.units-table td, table.units-table th { overflow-wrap: anywhere; }
header code { overflow-wrap: anywhere; }
table.tasks col.n { width: 3%; } table.tasks col.units { width: 18%; } table.tasks col.text { width: 32%; }
table.tasks col.clause { width: 6%; } table.tasks col.deadline { width: 9%; } table.tasks col.by { width: 12%; }
table.tasks col.chain { width: 10%; } table.tasks col.mandate { width: 10%; }
ul.units { margin: 0; padding-left: 14px; }
.kv td:first-child { width: 220px; color: var(--muted); }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  section + section { break-before: page; }
  h2 { break-after: avoid; }
  tr, li, blockquote { break-inside: avoid; }
  thead { display: table-header-group; }
  .tree-wrap { overflow: visible; border: none; }
  svg.tree { width: 100%; height: auto; }
  table.tasks, table.units-table { font-size: 9pt; }
}
`;

/** The stylesheet is a constant of this module, not data: the one string that goes in unescaped. */
const STYLE_SAFE = new SafeHtml(STYLE);

function page(title: string, body: SafeHtml): string {
  return html`<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="directive-graph">
<title>${title}</title>
<style>${STYLE_SAFE}</style>
</head>
<body>
${body}
</body>
</html>
`.value;
}


function orderHeader(kind: string, order: DocRef, generatedAt: string, params: string): SafeHtml {
  return html`<header>
<h1>${kind} · ${docLabel(order)}</h1>
<p class="sub">${[order.docType, order.issuer?.name ?? order.issuedBy, docDate(order)].filter(Boolean).join(' · ')}${order.status === 'referenced' ? ' · known from citations only' : ''}</p>
${order.title ? html`<p class="doc-title">${order.title}</p>` : ''}
<p class="muted">${params} · generated ${generatedAt.slice(0, 16).replace('T', ' ')} UTC by directive-graph · key <code>${order.key}</code></p>
</header>`;
}

function units(t: DerivedTasksReport['tasks']['items'][number], level: string): SafeHtml {
  const shown = level === 'all' ? t.units : [...t.units.filter((u) => u.level === level), ...t.units.filter((u) => u.level !== level)];
  return html`<ul class="units">${shown.map((u) => html`<li${u.level === level ? html` class="at-level"` : ''}>${u.name ?? u.key} <span class="muted">(${unitNote(u)})</span></li>`)}</ul>`;
}

export function derivedTasksHtml(r: DerivedTasksReport): string {
  const level = r.parameters.level;
  const { svg, drawn } = treeSvg(r.tree.nodes);
  const byKey = new Map(r.tree.nodes.map((n) => [n.directive.key, n.directive]));
  const label = (key: string) => {
    const d = byKey.get(key);
    return d ? docLabel(d) : key;
  };
  const c = r.caveats;
  const caveatCount = c.citations.items.length + c.inferredLinks.items.length + c.datesInverted.items.length + c.issuersUnknownArea.items.length + c.unresolvedUnits.items.length;
  const more = (x: { truncated: boolean }) => (x.truncated ? html`<p class="muted">More than listed; narrow the tree to see the rest.</p>` : '');

  const body = html`${orderHeader('Derived tasks', r.order, r.generatedAt, `level: ${levelLabel(level)} · max depth ${r.parameters.maxDepth}`)}
<section id="summary">
<h2>Summary</h2>
<table class="kv"><tbody>
<tr><td>Documents below the order</td><td>${r.summary.documents}</td></tr>
<tr><td>Tasks at ${levelLabel(level)} level</td><td>${r.summary.tasks}${r.tasks.truncated ? ' (more exist: the walk was capped)' : ''}</td></tr>
<tr><td>Units those tasks name</td><td>${r.summary.units}</td></tr>
</tbody></table>
<table><thead><tr><th>Level</th><th>Documents</th><th>Tasks</th><th>Earliest</th><th>Latest</th><th>Lag to earliest</th><th>Lag to latest</th></tr></thead><tbody>
${r.summary.byLevel.map((l) => html`<tr><td>${levelLabel(l.level)}</td><td class="num">${l.documents}</td><td class="num">${l.tasks ?? '—'}</td><td>${viDate(l.earliest)}</td><td>${viDate(l.latest)}</td><td class="num">${lag(l.lagDaysEarliest)}</td><td class="num">${lag(l.lagDaysLatest)}</td></tr>`)}
</tbody></table>
<p class="muted">Lags count days from the order's date (${docDate(r.order)}) to each document's issue date, or the meeting date a Thông báo kết luận reports when it prints no issue date.</p>
</section>
<section id="tree">
<h2>Implementation tree</h2>
<div class="tree-wrap">${svg}</div>
${drawn < r.tree.nodes.length ? html`<p class="muted">The drawing shows the first ${MAX_DRAWN} of ${r.tree.nodes.length} documents; the list below has them all.</p>` : ''}
${r.tree.truncated ? html`<p class="status-no">The walk stopped at its cap: the tree is larger than shown.</p>` : ''}
<ol class="tree-list">
${r.tree.nodes.map((n) => html`<li><strong>${docLabel(n.directive)}</strong> · ${n.directive.issuer?.name ?? n.directive.issuedBy ?? 'issuer unknown'} · ${docDate(n.directive)}${n.depth > 0 ? html` · depth ${n.depth}${n.lagDays !== null ? ` · ${lag(n.lagDays)} after the order` : ''}` : ' · the order'}
${n.directive.title ? html`<div class="doc-title">${n.directive.title}</div>` : ''}
${n.links.map((l) => html`<blockquote><strong>${l.type === 'IMPLEMENTS' ? 'implements' : l.type.toLowerCase()} ${label(l.to)}</strong>${l.resolvedBy || (l.confidence ?? 1) < 0.8 ? html` <span class="status-no">(inferred: ${l.rule ?? ''}${l.confidence !== null ? `, confidence ${l.confidence}` : ''})</span>` : ''}: “${l.sentence ?? ''}”</blockquote>`)}
</li>`)}
</ol>
</section>
<section id="tasks">
<h2>Tasks at ${levelLabel(level)} level (${r.tasks.total})</h2>
${r.tasks.items.length === 0 ? html`<p>No task of this tree names a unit at this level.</p>` : html`<table class="tasks"><colgroup><col class="n"><col class="units"><col class="text"><col class="clause"><col class="deadline"><col class="by"><col class="chain"><col class="mandate"></colgroup><thead><tr><th>#</th><th>Units</th><th>Task</th><th>Clause</th><th>Deadline</th><th>Assigned by</th><th>Chain from the order</th><th>Upstream mandate</th></tr></thead><tbody>
${r.tasks.items.map((t, i) => html`<tr><td class="num">${i + 1}</td><td>${units(t, level)}</td><td>${t.text}</td><td>${t.clause ?? ''}</td><td>${viDate(t.deadline)}</td><td>${docLine(t.directive)}</td><td class="chain">${t.chain.join(CHAIN_SEP)}</td><td>${t.mandate ? html`${docLabel(t.mandate.directive)}${t.mandate.clause ? `, clause ${t.mandate.clause}` : ''}: ${t.mandate.text}` : '—'}</td></tr>`)}
</tbody></table>`}
${r.tasks.truncated ? html`<p class="status-no">The task walk stopped at its cap: there are more tasks than listed.</p>` : ''}
</section>
<section id="caveats">
<h2>Data-quality caveats (${caveatCount})</h2>
${caveatCount === 0 ? html`<p>None touch this tree.</p>` : ''}
${c.inferredLinks.items.length > 0 ? html`<h3>Inferred links</h3><ul>${c.inferredLinks.items.map((l) => html`<li>${l.from.number ?? l.from.key} → ${l.to.number ?? l.to.key} (${l.type}; rule ${l.rule ?? '?'}${l.confidence !== null ? `, confidence ${l.confidence}` : ''}${l.resolvedBy ? `, resolved by ${l.resolvedBy}` : ''}): “${l.sentence ?? ''}”</li>`)}</ul>${more(c.inferredLinks)}` : ''}
${c.datesInverted.items.length > 0 ? html`<h3>Dated before what they implement</h3><ul>${c.datesInverted.items.map((d) => html`<li>${d.implementing.number ?? d.implementing.key} (${viDate(d.implementing.date)}) implements ${d.implemented.number ?? d.implemented.key} (${viDate(d.implemented.date)})</li>`)}</ul>${more(c.datesInverted)}` : ''}
${c.citations.items.length > 0 ? html`<h3>Unresolved or ambiguous citations</h3><ul>${c.citations.items.map((x) => html`<li>${x.citing.number ?? x.citing.key} cites ${x.target.number ?? x.target.key}: ${x.reason}${x.candidates.length > 0 ? ` (candidates: ${x.candidates.join(', ')})` : ''}</li>`)}</ul>${more(c.citations)}` : ''}
${c.issuersUnknownArea.items.length > 0 ? html`<h3>Issuers of unknown area</h3><ul>${c.issuersUnknownArea.items.map((o) => html`<li>${o.name ?? o.key}: ${o.directives.map((d) => label(d)).join(', ')} (kept apart rather than guessed into a district)</li>`)}</ul>${more(c.issuersUnknownArea)}` : ''}
${c.unresolvedUnits.items.length > 0 ? html`<h3>Unit mentions not resolved</h3><ul>${c.unresolvedUnits.items.map((u) => html`<li>${u.directive.number ?? u.directive.key}: ${u.message}</li>`)}</ul>${more(c.unresolvedUnits)}` : ''}
</section>`;
  return page(`Derived tasks · ${docLabel(r.order)}`, body);
}

export function coverageHtml(r: CoverageReport): string {
  const body = html`${orderHeader('Coverage', r.order, r.generatedAt, `max depth ${r.parameters.maxDepth}`)}
<section id="summary">
<h2>Summary</h2>
<table class="kv"><tbody>
<tr><td>Units expected to answer</td><td>${r.summary.units}</td></tr>
<tr><td>Answered</td><td class="status-yes">${r.summary.answered}</td></tr>
<tr><td>Not answered (yet)</td><td class="status-no">${r.summary.notAnswered}</td></tr>
<tr><td>Documents below the order</td><td>${r.summary.documents}</td></tr>
</tbody></table>
${r.districts.length > 0 ? html`<table><thead><tr><th>District reached</th><th>Wards (gazetteer)</th><th>Wards that answered</th></tr></thead><tbody>
${r.districts.map((d) => html`<tr><td>${d.name}</td><td class="num">${d.wardCount}</td><td class="num">${d.answeredWards}</td></tr>`)}
</tbody></table>` : html`<p class="muted">The tree reaches no district of known area, so no ward list applies.</p>`}
${r.truncated ? html`<p class="status-no">The walk stopped at its cap: more units exist than listed.</p>` : ''}
</section>
<section id="units">
<h2>Units, not answered first</h2>
<table class="units-table"><thead><tr><th>Status</th><th>Unit</th><th>Kind</th><th>District</th><th>Answered by</th><th>Date</th><th>Lag</th><th>Tasks</th></tr></thead><tbody>
${r.units.map((u) => {
    const first = firstAnswer(u);
    return html`<tr><td class="${u.answered ? 'status-yes' : 'status-no'}">${coverageStatus(u)}</td><td>${u.name}</td><td>${u.kind === 'ward' ? 'ward (gazetteer)' : `assigned (${levelLabel(u.level)})`}</td><td>${u.district ?? html`<span class="muted">area unknown</span>`}</td><td>${coverageAnswerLabels(u).join(', ')}</td><td>${first ? docDate(first.directive) : ''}</td><td class="num">${first ? lag(first.lagDays) : ''}</td><td>${u.tasks.map((t) => `${t.number ?? t.directive}${t.clause ? ` §${t.clause}` : ''}`).join(', ')}${u.taskCount > u.tasks.length ? ` (+${u.taskCount - u.tasks.length})` : ''}</td></tr>`;
  })}
</tbody></table>
</section>`;
  return page(`Coverage · ${docLabel(r.order)}`, body);
}
