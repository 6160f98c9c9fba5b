import type { CoverageReport, DerivedTasksReport } from '../schema.js';
import { CHAIN_SEP, coverageAnswerLabels, coverageStatus, docDate, docLabel, docLine, firstAnswer, lag, levelLabel, unitNote, viDate } from './text.js';

/**
 * The reports as Markdown for pasting into a paper or a wiki: headings, tables, block quotes.
 * Every value is escaped: Markdown punctuation is backslashed and `<`, `>` and `&` become entities,
 * so a title with `<script>` or `|` neither runs in a renderer nor breaks a table.
 */
export function md(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]{}#|!~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .trim();
}

const row = (cells: (string | number | null | undefined)[]) => `| ${cells.map((c) => (typeof c === 'number' ? String(c) : c ?? '')).join(' | ')} |`;
const header = (cells: string[]) => [row(cells), row(cells.map(() => '---'))];

export function derivedTasksMarkdown(r: DerivedTasksReport): string {
  const level = r.parameters.level;
  const label = new Map(r.tree.nodes.map((n) => [n.directive.key, docLabel(n.directive)]));
  const c = r.caveats;
  const out: string[] = [
    `# Derived tasks · ${md(docLabel(r.order))}`, '',
    `${md(docLine(r.order))}${r.order.title ? `: *${md(r.order.title)}*` : ''}`, '',
    `Level: ${md(levelLabel(level))} · max depth ${r.parameters.maxDepth} · generated ${md(r.generatedAt.slice(0, 16).replace('T', ' '))} UTC · key \`${r.order.key.replace(/`/g, '')}\``, '',
    '## Summary', '',
    `${r.summary.documents} documents below the order; ${r.summary.tasks} tasks at ${md(levelLabel(level))} level naming ${r.summary.units} units.`, '',
    ...header(['Level', 'Documents', 'Tasks', 'Earliest', 'Latest', 'Lag to earliest', 'Lag to latest']),
    ...r.summary.byLevel.map((l) => row([md(levelLabel(l.level)), l.documents, l.tasks ?? '—', viDate(l.earliest), viDate(l.latest), lag(l.lagDaysEarliest), lag(l.lagDaysLatest)])),
    '', '## Implementation tree', '',
  ];
  for (const n of r.tree.nodes) {
    out.push(`${'  '.repeat(n.depth)}- **${md(docLabel(n.directive))}** · ${md(n.directive.issuer?.name ?? n.directive.issuedBy ?? 'issuer unknown')} · ${md(docDate(n.directive))}${n.depth > 0 && n.lagDays !== null ? ` · ${lag(n.lagDays)} after the order` : ''}`);
    for (const l of n.links) {
      const inferred = l.resolvedBy || (l.confidence ?? 1) < 0.8 ? ` (inferred: ${md(l.rule)}, confidence ${l.confidence ?? '?'})` : '';
      out.push(`${'  '.repeat(n.depth + 1)}- ${l.type === 'IMPLEMENTS' ? 'implements' : md(l.type.toLowerCase())} ${md(label.get(l.to) ?? l.to)}${inferred}: “${md(l.sentence)}”`);
    }
  }
  if (r.tree.truncated) out.push('', '**The walk stopped at its cap: the tree is larger than shown.**');
  out.push('', `## Tasks at ${md(levelLabel(level))} level (${r.tasks.total})`, '');
  if (r.tasks.items.length === 0) out.push('No task of this tree names a unit at this level.');
  else {
    out.push(...header(['#', 'Units', 'Task', 'Clause', 'Deadline', 'Assigned by', 'Chain from the order', 'Upstream mandate']));
    r.tasks.items.forEach((t, i) => out.push(row([
      i + 1,
      t.units.map((u) => `${md(u.name ?? u.key)} (${md(unitNote(u))})`).join('; '),
      md(t.text), md(t.clause), viDate(t.deadline), md(docLine(t.directive)), md(t.chain.join(CHAIN_SEP)),
      t.mandate ? `${md(docLabel(t.mandate.directive))}${t.mandate.clause ? ` §${md(t.mandate.clause)}` : ''}: ${md(t.mandate.text)}` : '—',
    ])));
  }
  if (r.tasks.truncated) out.push('', '**The task walk stopped at its cap: there are more tasks than listed.**');
  out.push('', '## Data-quality caveats', '');
  const lines = [
    ...c.inferredLinks.items.map((l) => `- Inferred link ${md(l.from.number ?? l.from.key)} → ${md(l.to.number ?? l.to.key)} (rule ${md(l.rule)}, confidence ${l.confidence ?? '?'}): “${md(l.sentence)}”`),
    ...c.datesInverted.items.map((d) => `- ${md(d.implementing.number ?? d.implementing.key)} (${viDate(d.implementing.date)}) is dated before ${md(d.implemented.number ?? d.implemented.key)} (${viDate(d.implemented.date)}), which it implements`),
    ...c.citations.items.map((x) => `- ${md(x.citing.number ?? x.citing.key)} cites ${md(x.target.number ?? x.target.key)}: ${md(x.reason)}`),
    ...c.issuersUnknownArea.items.map((o) => `- Issuer of unknown area: ${md(o.name ?? o.key)} (${o.directives.map((d) => md(label.get(d) ?? d)).join(', ')})`),
    ...c.unresolvedUnits.items.map((u) => `- Unit mention not resolved in ${md(u.directive.number ?? u.directive.key)}: ${md(u.message)}`),
  ];
  out.push(...(lines.length > 0 ? lines : ['None touch this tree.']), '');
  return out.join('\n');
}

export function coverageMarkdown(r: CoverageReport): string {
  const out: string[] = [
    `# Coverage · ${md(docLabel(r.order))}`, '',
    `${md(docLine(r.order))}${r.order.title ? `: *${md(r.order.title)}*` : ''}`, '',
    `${r.summary.units} units expected to answer: ${r.summary.answered} answered, ${r.summary.notAnswered} not (yet). ${r.summary.documents} documents below the order.`, '',
  ];
  if (r.districts.length > 0) {
    out.push(...header(['District reached', 'Wards (gazetteer)', 'Wards that answered']), ...r.districts.map((d) => row([md(d.name), d.wardCount, d.answeredWards])), '');
  }
  if (r.truncated) out.push('**The walk stopped at its cap: more units exist than listed.**', '');
  out.push('## Units, not answered first', '', ...header(['Status', 'Unit', 'Kind', 'District', 'Answered by', 'Date', 'Lag', 'Tasks']));
  for (const u of r.units) {
    const first = firstAnswer(u);
    out.push(row([
      u.answered ? md(coverageStatus(u)) : '**not answered**', md(u.name), u.kind === 'ward' ? 'ward (gazetteer)' : `assigned (${md(levelLabel(u.level))})`, u.district ? md(u.district) : '*area unknown*',
      coverageAnswerLabels(u).map(md).join(', '), first ? md(docDate(first.directive)) : '', first ? lag(first.lagDays) : '',
      u.tasks.map((t) => `${md(t.number ?? t.directive)}${t.clause ? ` §${md(t.clause)}` : ''}`).join(', '),
    ]));
  }
  out.push('');
  return out.join('\n');
}
