import { describe, expect, it } from 'vitest';
import { toGraphml, toJson, xmlEscape } from '../../src/explorer/export.js';
import { locateSentence, pieces } from '../../src/explorer/highlight.js';
import { FOLD_AT, UNITS_FOLD_AT, buildView, foldArea, mergeLineages, type ViewFilters } from '../../src/explorer/model.js';
import { DEFAULT_STATE, formatState, parseState } from '../../src/explorer/state.js';
import { sortAndFilter, type TaskRow } from '../../src/explorer/tasks-view.js';
import { LEVELS, type Directive, type Level, type Lineage, type LineageDirective, type LineageEdge, type Org, type Role } from '../../src/explorer/types.js';

/** The explorer's pure parts: what is drawn from a lineage, the URL state, the exports, the highlights. */

function directive(key: string, level: Level, area: string | null, extra: Partial<Directive> = {}): Directive {
  return {
    key, number: key.replace(/^doc:/, ''), docType: 'Công văn', title: null, issuedOn: '2021-08-01', level, status: 'INGESTED', family: 'PARTY',
    resolvedBy: null, issuedBy: null, issuer: { key: `org:${key}`, name: `Issuer of ${key}`, kind: null, level, area }, ...extra,
  };
}

function edge(from: string, to: string, confidence = 1, resolvedBy: string | null = null): LineageEdge {
  return { from: { key: from }, to: { key: to }, type: 'IMPLEMENTS', depth: 1, evidence: { sentence: `${from} thực hiện ${to}`, statedIn: from, span: null, rule: 'r', confidence, resolvedBy } };
}

const ALL: ViewFilters = {
  levels: new Set([...LEVELS, 'UNKNOWN']), relations: new Set(['IMPLEMENTS']), from: null, to: null, open: new Set(), openLevels: new Set(), units: true,
};

function org(key: string, name: string, level: Level): Org {
  return { key, name, kind: null, level, area: null };
}

/** A directive as a lineage with units gives it: `total` tasks, of which those listed, each with its units. */
function withTasks(d: Directive, total: number, tasks: [Org, Role][][]): LineageDirective {
  return { ...d, assignmentsConnection: { totalCount: total, nodes: tasks.map((units) => ({ units: units.map(([unit, role]) => ({ unit, role })) })) } };
}

/** A city order, two districts, and `wards` ward documents under each district. */
function cascade(wards: number): Lineage {
  const root = directive('doc:1/CT-UBND', 'PROVINCE', 'Thành phố Đà Nẵng');
  const nodes = [root];
  const edges: LineageEdge[] = [];
  for (const d of ['Quận Liên Chiểu', 'Quận Hải Châu']) {
    const dk = `doc:QU-${d}`;
    nodes.push(directive(dk, 'DISTRICT', `${d}, Thành phố Đà Nẵng`));
    edges.push(edge(dk, root.key));
    for (let i = 0; i < wards; i++) {
      const wk = `doc:DU-${d}-${i}`;
      nodes.push(directive(wk, 'WARD', `Phường ${i}, ${d}, Thành phố Đà Nẵng`));
      edges.push(edge(wk, dk, i === 0 ? 0.6 : 1));
    }
  }
  return { root, truncated: false, nodes, depths: [], edges, context: [] };
}

describe('buildView', () => {
  it('draws a small cascade as it is: every directive, every link, inferences marked', () => {
    const v = buildView(mergeLineages(cascade(2), []), ALL);
    expect(v.nodes.map((n) => n.kind)).toEqual(Array(7).fill('directive'));
    expect(v.edges).toHaveLength(6);
    expect(v.edges.filter((e) => e.inferred).map((e) => [e.source, e.confidence])).toEqual([
      ['doc:DU-Quận Liên Chiểu-0', 0.6], ['doc:DU-Quận Hải Châu-0', 0.6],
    ]);
    expect(v.nodes.find((n) => n.root)?.id).toBe('doc:1/CT-UBND');
  });

  it('folds a large cascade: each district\'s ward documents into one node with a count, links merged', () => {
    const v = buildView(mergeLineages(cascade(30), []), ALL);
    expect(63).toBeGreaterThan(FOLD_AT);
    const groups = v.nodes.filter((n) => n.kind === 'group');
    expect(groups.map((g) => [g.id, g.members?.length, g.label])).toEqual([
      ['group:DISTRICT:Thành phố Đà Nẵng', 2, '2 district documents\nThành phố Đà Nẵng'],
      ['group:WARD:Quận Liên Chiểu, Thành phố Đà Nẵng', 30, '30 ward documents\nQuận Liên Chiểu'],
      ['group:WARD:Quận Hải Châu, Thành phố Đà Nẵng', 30, '30 ward documents\nQuận Hải Châu'],
    ]);
    expect(v.nodes.filter((n) => n.kind === 'directive').map((n) => n.id)).toEqual(['doc:1/CT-UBND']);
    const merged = v.edges.find((e) => e.source === 'group:WARD:Quận Liên Chiểu, Thành phố Đà Nẵng')!;
    expect(merged).toMatchObject({ target: 'group:DISTRICT:Thành phố Đà Nẵng', count: 30, inferred: true, confidence: 0.6 });
    expect(v.edges.find((e) => e.source === 'group:DISTRICT:Thành phố Đà Nẵng')).toMatchObject({ target: 'doc:1/CT-UBND', count: 2, inferred: false });
    expect(v).toMatchObject({ folded: 62, foldedLevels: ['DISTRICT', 'WARD'] });
  });

  it('opens one group, or a whole level, when asked', () => {
    const m = mergeLineages(cascade(30), []);
    const one = buildView(m, { ...ALL, open: new Set(['group:WARD:Quận Hải Châu, Thành phố Đà Nẵng']) });
    expect(one.nodes.filter((n) => n.kind === 'group').map((g) => g.id)).toEqual(['group:DISTRICT:Thành phố Đà Nẵng', 'group:WARD:Quận Liên Chiểu, Thành phố Đà Nẵng']);
    expect(one.nodes.filter((n) => n.kind === 'directive')).toHaveLength(31);
    const district = buildView(m, { ...ALL, openLevels: new Set(['DISTRICT']) });
    expect(district.nodes.filter((n) => n.kind === 'directive').map((n) => n.id)).toEqual(['doc:1/CT-UBND', 'doc:QU-Quận Liên Chiểu', 'doc:QU-Quận Hải Châu']);
    expect(district.foldedLevels).toEqual(['WARD']);
    const both = buildView(m, { ...ALL, openLevels: new Set(['DISTRICT', 'WARD']) });
    expect(both.nodes.filter((n) => n.kind === 'group')).toEqual([]);
    expect(both.foldedLevels).toEqual([]);
  });

  it('hides levels and dates filtered out (never the root) and counts them', () => {
    const m = mergeLineages(cascade(2), []);
    const v = buildView(m, { ...ALL, levels: new Set(['PROVINCE', 'DISTRICT']) });
    expect(v.nodes.map((n) => n.id)).toEqual(['doc:1/CT-UBND', 'doc:QU-Quận Liên Chiểu', 'doc:QU-Quận Hải Châu']);
    expect(v.hidden).toBe(4);
    const dated = buildView(m, { ...ALL, levels: new Set(['DISTRICT']), to: '2021-07-31' });
    expect(dated.nodes.map((n) => n.id)).toEqual(['doc:1/CT-UBND']);
  });

  it('draws the units a directive assigns tasks to, one ASSIGNS edge per unit with its roles and task count', () => {
    const l = cascade(1);
    const ward = 'doc:DU-Quận Liên Chiểu-0';
    const ubnd = org('org:ubnd@w1', 'UBND phường Hòa Minh', 'WARD');
    const ca = org('org:cong-an@w1', 'Công an phường Hòa Minh', 'WARD');
    l.nodes = l.nodes.map((d) => (d.key === ward ? withTasks(d, 3, [[[ubnd, 'LEAD'], [ca, 'SUPPORT']], [[ca, 'LEAD']], [[ubnd, 'ASSIGNED']]]) : withTasks(d, 0, [])));
    const v = buildView(mergeLineages(l, []), ALL);
    const units = v.nodes.filter((n) => n.kind === 'unit');
    expect(units.map((n) => [n.id, n.label, n.level])).toEqual([
      ['org:ubnd@w1', 'UBND phường Hòa Minh\nward unit', 'WARD'],
      ['org:cong-an@w1', 'Công an phường Hòa Minh\nward unit', 'WARD'],
    ]);
    expect(v.edges.filter((e) => e.type === 'ASSIGNS').map((e) => [e.source, e.target, e.roles, e.count])).toEqual([
      [ward, 'org:ubnd@w1', ['LEAD', 'ASSIGNED'], 2],
      [ward, 'org:cong-an@w1', ['LEAD', 'SUPPORT'], 2],
    ]);
    expect([v.units, v.unitsPartial]).toEqual([2, 0]);
    // the toggle off, or the level filtered out: no unit, no ASSIGNS edge
    expect(buildView(mergeLineages(l, []), { ...ALL, units: false }).edges.filter((e) => e.type === 'ASSIGNS')).toEqual([]);
    expect(buildView(mergeLineages(l, []), { ...ALL, levels: new Set(['PROVINCE', 'DISTRICT']) }).nodes.map((n) => n.kind)).toEqual(['directive', 'directive', 'directive']);
  });

  it('says which directives had only their first tasks\' units fetched', () => {
    const l = cascade(1);
    l.nodes = l.nodes.map((d, i) => withTasks(d, i === 0 ? 45 : 1, [[[org(`org:u${i}`, `Unit ${i}`, 'WARD'), 'LEAD']]]));
    expect(buildView(mergeLineages(l, []), ALL).unitsPartial).toBe(1);
  });

  it('folds the units of a large view by level, edges from the folded directives merged, until that group is opened', () => {
    const l = cascade(30);
    l.nodes = l.nodes.map((d, i) => withTasks(d, 1, [[[org(`org:unit-${i % 7}`, `Unit ${i % 7}`, i % 7 === 0 ? 'DISTRICT' : 'WARD'), 'LEAD']]]));
    const v = buildView(mergeLineages(l, []), ALL);
    expect(v.nodes.filter((n) => n.kind === 'units').map((n) => [n.id, n.members?.length, n.label])).toEqual([
      ['units:WARD', 6, '6 ward units\nassigned tasks'],
    ]);
    expect(v.nodes.filter((n) => n.kind === 'unit').map((n) => n.id)).toEqual(['org:unit-0']);
    const assigns = v.edges.filter((e) => e.type === 'ASSIGNS').map((e) => [e.source, e.target, e.count]);
    expect(assigns).toEqual(expect.arrayContaining([
      ['group:WARD:Quận Liên Chiểu, Thành phố Đà Nẵng', 'units:WARD', 26],
      ['doc:1/CT-UBND', 'org:unit-0', 1],
    ]));
    expect(v.foldedLevels).toEqual(['DISTRICT', 'WARD']);
    // opening the ward level opens the ward documents, not the units under them
    expect(buildView(mergeLineages(l, []), { ...ALL, openLevels: new Set(['WARD']) }).nodes.filter((n) => n.kind === 'units')).toHaveLength(1);
    const opened = buildView(mergeLineages(l, []), { ...ALL, open: new Set(['units:WARD']) });
    expect(opened.nodes.filter((n) => n.kind === 'units')).toEqual([]);
    expect(opened.nodes.filter((n) => n.kind === 'unit')).toHaveLength(7);
  });

  it('folds the units of a small view too when they are over UNITS_FOLD_AT, a level with one unit left as it is', () => {
    const l = cascade(1);
    const many = Array.from({ length: UNITS_FOLD_AT + 1 }, (_, i) => org(`org:w${i}`, `Ward unit ${i}`, 'WARD'));
    l.nodes = l.nodes.map((d) => withTasks(d, 1, d.level === 'PROVINCE' ? [[...many.map((o) => [o, 'ASSIGNED'] as [Org, Role]), [org('org:d', 'District unit', 'DISTRICT'), 'LEAD']]] : []));
    const v = buildView(mergeLineages(l, []), ALL);
    expect(v.nodes.filter((n) => n.kind === 'units' || n.kind === 'unit').map((n) => [n.id, n.label])).toEqual([
      ['org:d', 'District unit\ndistrict unit'], ['units:WARD', `${UNITS_FOLD_AT + 1} ward units\nassigned tasks`],
    ]);
    expect(v.edges.filter((e) => e.type === 'ASSIGNS').map((e) => [e.target, e.count])).toEqual([['units:WARD', UNITS_FOLD_AT + 1], ['org:d', 1]]);
    expect(v.units).toBe(UNITS_FOLD_AT + 2);
  });

  it('foldArea: a ward folds under its district, a district under its province, others never', () => {
    expect(foldArea(directive('a', 'WARD', 'Phường Hòa Minh, Quận Liên Chiểu, Thành phố Đà Nẵng'))).toBe('Quận Liên Chiểu, Thành phố Đà Nẵng');
    expect(foldArea(directive('b', 'DISTRICT', 'Quận Liên Chiểu, Thành phố Đà Nẵng'))).toBe('Thành phố Đà Nẵng');
    expect(foldArea(directive('c', 'PROVINCE', 'Thành phố Đà Nẵng'))).toBeNull();
    expect(foldArea(directive('d', 'WARD', null))).toBeNull();
  });
});

describe('URL state', () => {
  it('round-trips a full view and writes nothing for the defaults', () => {
    expect(formatState(DEFAULT_STATE)).toBe('');
    const s = { ...DEFAULT_STATE, key: 'doc:17/CT-UBND|org:ubnd@p01|2021', direction: 'BOTH' as const, depth: 3, relations: ['IMPLEMENTS' as const, 'CITES' as const],
      levels: ['PROVINCE' as const, 'WARD' as const], from: '2021-07-01', to: '2021-12-31', open: ['group:WARD:Quận Liên Chiểu, Thành phố Đà Nẵng'],
      openLevels: ['DISTRICT' as const], expand: ['UP:doc:308-TB/QU|org:quan-uy@d007'], selected: 'doc:308-TB/QU|org:quan-uy@d007', view: 'tasks' as const,
      taskLevel: 'DISTRICT' as const, sort: '-unit', filter: 'hòa minh', units: false as boolean | null };
    expect(formatState(s)).toContain('units=0');
    expect(parseState(formatState(s))).toEqual(s);
  });

  it('falls back to defaults on values it does not know', () => {
    const s = parseState('?k=x&dir=SIDEWAYS&depth=99&rel=FOO&from=yesterday&view=map&tl=GALAXY');
    expect(s).toEqual({ ...DEFAULT_STATE, key: 'x', relations: [] });
    // units: drawn when asked (1), not when refused (0), else the page decides by the cascade's size
    expect([parseState('?units=1').units, parseState('?units=0').units, parseState('?units=yes').units]).toEqual([true, false, null]);
  });
});

describe('exports', () => {
  it('GraphML escapes what the graph holds and lists every node and edge', () => {
    const v = buildView(mergeLineages(cascade(1), []), ALL);
    const xml = toGraphml(v);
    expect(xml.match(/<node /g)).toHaveLength(5);
    expect(xml.match(/<edge /g)).toHaveLength(4);
    expect(xml).toContain('<data key="n_number">1/CT-UBND</data>');
    expect(xmlEscape('a<b & "c" \u0001')).toBe('a&lt;b &amp; &quot;c&quot; ');
    const json = JSON.parse(toJson(v, { root: 'doc:1/CT-UBND' })) as { root: string; nodes: unknown[]; edges: unknown[] };
    expect([json.root, json.nodes.length, json.edges.length]).toEqual(['doc:1/CT-UBND', 5, 4]);
  });

  it('GraphML carries the units and their ASSIGNS edges with roles and task counts', () => {
    const l = cascade(1);
    l.nodes = l.nodes.map((d) => withTasks(d, 1, d.level === 'WARD' ? [[[org('org:ubnd@w1', 'UBND phường Hòa Minh', 'WARD'), 'LEAD']]] : []));
    const xml = toGraphml(buildView(mergeLineages(l, []), ALL));
    expect(xml).toContain('<node id="org:ubnd@w1"><data key="n_label">UBND phường Hòa Minh — ward unit</data><data key="n_kind">unit</data><data key="n_level">WARD</data><data key="n_name">UBND phường Hòa Minh</data>');
    expect(xml.match(/<edge id="ASSIGNS:[^"]*" source="doc:DU-[^"]*" target="org:ubnd@w1"><data key="e_type">ASSIGNS<\/data><data key="e_roles">LEAD<\/data>/g)).toHaveLength(2);
  });
});

describe('highlight', () => {
  const text = 'I. Tình hình\nThực hiện Chỉ thị số 17/CT-UBND,\nngày 23/7/2021 của UBND Thành phố.\nKhác.';
  it('finds the sentence across line breaks, around the citation span', () => {
    const span: [number, number] = [text.indexOf('17/CT'), text.indexOf('17/CT') + 10];
    const at = locateSentence(text, 'Thực hiện Chỉ thị số 17/CT-UBND, ngày 23/7/2021 của UBND Thành phố.', span)!;
    expect(text.slice(at[0], at[1])).toBe('Thực hiện Chỉ thị số 17/CT-UBND,\nngày 23/7/2021 của UBND Thành phố.');
    expect(pieces(text, [{ start: at[0], end: at[1], label: 'x', link: 0 }]).map((p) => Boolean(p.mark))).toEqual([false, true, false]);
  });

  it('falls back to the span when the sentence is not in the text', () => {
    expect(locateSentence(text, 'một câu khác', [13, 22])).toEqual([13, 22]);
    expect(locateSentence(text, null, null)).toBeNull();
  });
});

describe('ward-tasks table', () => {
  const row = (unit: string, clause: string): TaskRow => ({ unit, task: 't', clause, directive: 'd', directiveKey: 'k', chain: 'c', mandate: '' });
  it('sorts Vietnamese names and clause numbers naturally and filters without diacritics', () => {
    const rows = [row('Đảng ủy phường Hòa Minh', '10'), row('Chi bộ khu dân cư', '2'), row('Ban Chỉ đạo', '1')];
    expect(sortAndFilter(rows, 'clause', '').map((r) => r.clause)).toEqual(['1', '2', '10']);
    expect(sortAndFilter(rows, '-clause', '').map((r) => r.clause)).toEqual(['10', '2', '1']);
    expect(sortAndFilter(rows, 'unit', '').map((r) => r.unit)).toEqual(['Ban Chỉ đạo', 'Chi bộ khu dân cư', 'Đảng ủy phường Hòa Minh']);
    expect(sortAndFilter(rows, '', 'dang uy hoa').map((r) => r.unit)).toEqual(['Đảng ủy phường Hòa Minh']);
  });
});
