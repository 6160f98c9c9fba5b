import { describe, expect, it } from 'vitest';
import type { Query } from '../../src/graph/query.js';
import { findByPath, findBySha256, findBySha256Since, findCandidates } from '../../src/graph/write/lookup.js';
import { demoteDirectives, mergeDirectives, mergeOrganizations, mergePersons, mergeReferenced, rekeyDirectives } from '../../src/graph/write/nodes.js';
import {
  byStart, createAssigns, createCitations, createIssuedBy, createSentTo, createSignedBy, linkChildren, linkParents, mergeAssigns, mergeCitations, mergeIssuedBy, mergeSentTo,
  mergeSignedBy, splitIssuedBy, uniqueEdges,
} from '../../src/graph/write/edges.js';
import {
  deleteOrphanDirectives, deleteOrphanOrganizations, deleteOrphanPersons, handOverIssuedBy, relabelOrganizations, retractStatements,
} from '../../src/graph/write/retract.js';
import { citationTargetFindings, dateFindings, issuerAreaFindings, unitAreaFindings, unitMentionFindings } from '../../src/graph/read/quality.js';
import type { DirectiveRow, EdgeProps, OrganizationRow } from '../../src/graph/write/rows.js';

/**
 * The writer's query builders are pure: their Cypher is fixed text, every value travels in params.
 * Snapshots show the exact {cypher, params} each one sends.
 */

const HOSTILE = "x'}) DETACH DELETE n //";
const props = (statedIn: string): EdgeProps => ({ statedIn, evidence: 'Thực hiện Công văn số 180-CV/QU', span: [10, 40], rule: 'implements:thuc-hien', confidence: 0.9, resolvedBy: null });

const org = (key: string): OrganizationRow => ({
  key, name: 'Quận ủy Liên Chiểu', nameKey: 'quan-uy-lien-chieu', kind: 'party committee', level: 'district', area: 'Quận Liên Chiểu, Thành phố Đà Nẵng',
  provinceCode: '48', districtCode: '490', wardCode: null, collective: false, resolvedBy: null,
  parentKey: 'org:thanh-uy@p48', parentRule: 'gazetteer', issuer: true, unit: false,
});
const directive = (key: string): DirectiveRow => ({
  key, series: 'doc:100-CV/DDU|org:dang-uy@w20200', numberKey: '100-CV/DDU', number: '100- CV/ĐU', docType: 'Công văn',
  title: 'Khẩn trương thực hiện công tác phòng, chống dịch COVID-19', issuedOn: '2021-07-19', meetingOn: null, place: 'Hoà Minh',
  level: 'ward', family: 'party', issuerKey: 'org:dang-uy@w20200', sourcePath: 'corpus/seeds/002.txt', sourceSha256: 'abc', encoding: 'utf-8',
  resolvedBy: null, searchText: 'khan truong thuc hien cong tac phong, chong dich covid-19', warningCodes: ['NAME_MISSPELLED'], warningMessages: ['Liên Chiêu'], text: null,
});

/** Every builder, given a key: used to check that values never reach the Cypher text. */
const BUILDERS: Record<string, (key: string) => Query> = {
  mergeOrganizations: (k) => mergeOrganizations([org(k)]),
  mergeDirectives: (k) => mergeDirectives([directive(k)]),
  mergeReferenced: (k) => mergeReferenced([{ ...directive(k), statedIn: { number: k, docType: k, title: k, issuedOn: k, level: null } }]),
  mergePersons: (k) => mergePersons([{ key: k, name: 'Đặng Công Chúng' }]),
  rekeyDirectives: (k) => rekeyDirectives([{ from: k, to: `${k}|2021`, resolvedBy: 'test', inferences: ['matched'] }]),
  demoteDirectives: (k) => demoteDirectives([k]),
  mergeIssuedBy: (k) => mergeIssuedBy([{ from: k, to: 'org:dang-uy@w20200', props: { ...props(k), name: 'Ban Thường vụ Đảng ủy phường Hòa Minh' } }]),
  implements: (k) => mergeCitations('IMPLEMENTS', [{ from: k, to: 'doc:180-CV/QU|org:quan-uy@d490|2021', props: { ...props(k), mentions: 1 } }]),
  basedOn: (k) => mergeCitations('BASED_ON', [{ from: k, to: 'doc:x', props: { ...props(k), mentions: 1 } }]),
  cites: (k) => mergeCitations('CITES', [{ from: k, to: 'doc:x', props: { ...props(k), mentions: 2 } }]),
  mergeAssigns: (k) => mergeAssigns([{ from: k, to: 'org:ubnd@w20200', props: { ...props(k), taskId: `${k}#t2`, clause: '2', text: 'UBND phường chỉ đạo', role: 'lead', directedBy: null, deadline: null } }]),
  mergeSentTo: (k) => mergeSentTo([{ from: k, to: 'org:hdnd@w20200', props: { ...props(k), list: 'kinhGui', purpose: null } }]),
  mergeSignedBy: (k) => mergeSignedBy([{ from: k, to: 'person:dang-cong-chung', props: { ...props(k), capacity: null, position: null } }]),
  createImplements: (k) => createCitations('IMPLEMENTS', [{ from: k, to: 'doc:x', props: { ...props(k), mentions: 1 } }]),
  createIssuedBy: (k) => createIssuedBy([{ from: k, to: 'org:dang-uy@w20200', props: { ...props(k), name: 'Ban Thường vụ Đảng ủy phường Hòa Minh' } }]),
  createAssigns: (k) => createAssigns([{ from: k, to: 'org:ubnd@w20200', props: { ...props(k), taskId: `${k}#t2`, clause: '2', text: 'UBND phường chỉ đạo', role: 'lead', directedBy: null, deadline: null } }]),
  createSentTo: (k) => createSentTo([{ from: k, to: 'org:hdnd@w20200', props: { ...props(k), list: 'kinhGui', purpose: null } }]),
  createSignedBy: (k) => createSignedBy([{ from: k, to: 'person:dang-cong-chung', props: { ...props(k), capacity: null, position: null } }]),
  findBySha256Since: (k) => findBySha256Since([k], '2026-12-05T10:00:00Z'),
  linkParents: (k) => linkParents([k]),
  linkChildren: (k) => linkChildren([k]),
  handOverIssuedBy: (k) => handOverIssuedBy([k]),
  retractStatements: (k) => retractStatements([k]),
  deleteOrphanDirectives: (k) => deleteOrphanDirectives([k]),
  deleteOrphanOrganizations: (k) => deleteOrphanOrganizations([k]),
  relabelOrganizations: (k) => relabelOrganizations([k]),
  deleteOrphanPersons: (k) => deleteOrphanPersons([k]),
  findBySha256: (k) => findBySha256([k]),
  findByPath: (k) => findByPath([k]),
  findCandidates: (k) => findCandidates([k], [k], [k], [{ numberKey: k, nameKey: k }]),
};

describe('write query builders', () => {
  it.each(Object.keys(BUILDERS))('%s keeps values out of the Cypher text', (name) => {
    const benign = BUILDERS[name]!('doc:100-CV/DDU|org:dang-uy@w20200|2021');
    const hostile = BUILDERS[name]!(HOSTILE);
    expect(hostile.cypher).toBe(benign.cypher);
    expect(hostile.cypher).not.toContain('DETACH DELETE n');
    expect(JSON.stringify(hostile.params)).toContain('DETACH DELETE n');
  });

  it.each(Object.keys(BUILDERS))('%s sends this Cypher and these params', (name) => {
    expect(BUILDERS[name]!('doc:100-CV/DDU|org:dang-uy@w20200|2021')).toMatchSnapshot();
  });

  it('every statement that reads an unbounded set of candidates is capped', () => {
    for (const q of [findByPath(['a']), findCandidates(['a'], ['b'], ['c'])]) {
      expect(q.cypher).toMatch(/LIMIT toInteger\(\$limit\)/);
      expect(q.params.limit).toBe(20);
    }
    expect(retractStatements(['k']).cypher).toContain('*0..3');
  });
});

describe('data-quality builders', () => {
  it.each([
    ['citationTargetFindings', citationTargetFindings],
    ['dateFindings', dateFindings],
    ['issuerAreaFindings', issuerAreaFindings],
    ['unitAreaFindings', unitAreaFindings],
    ['unitMentionFindings', unitMentionFindings],
  ] as const)('%s asks for one row more than the limit, to tell "there were more"', (_name, build) => {
    const q = build(50);
    expect(q.params).toEqual({ limit: 51 });
    expect(q.cypher).toMatch(/LIMIT toInteger\(\$limit\)$/);
    expect(q).toMatchSnapshot();
  });
});

describe('uniqueEdges', () => {
  it('keeps one row per identity, in the order first met, a later row\'s properties laid over an earlier one\'s', () => {
    const rows = [
      { from: 'a', to: 'u1', props: { taskId: 't1', role: 'lead', deadline: '2021-08-01' } },
      { from: 'a', to: 'u2', props: { taskId: 't1', role: 'support', deadline: null } },
      { from: 'a', to: 'u1', props: { taskId: 't1', role: 'support', deadline: null } },
      { from: 'a', to: 'u1', props: { taskId: 't2', role: 'lead', deadline: null } },
    ];
    expect(uniqueEdges(rows, (r) => `${r.from}>${r.to}>${r.props.taskId}`)).toEqual([
      { from: 'a', to: 'u1', props: { taskId: 't1', role: 'support', deadline: null } },
      { from: 'a', to: 'u2', props: { taskId: 't1', role: 'support', deadline: null } },
      { from: 'a', to: 'u1', props: { taskId: 't2', role: 'lead', deadline: null } },
    ]);
  });
});

describe('byStart', () => {
  it('groups created edges by their start node, groups and rows in the order first met, every row kept', () => {
    const row = (from: string, to: string, taskId: string) => ({ from, to, props: { ...props(from), taskId } });
    expect(byStart([row('doc:a', 'org:u1', 't1'), row('doc:b', 'org:u1', 't1'), row('doc:a', 'org:u2', 't2'), row('doc:a', 'org:u1', 't2')])
      .map((g) => [g.from, g.rows.map((r) => `${r.to} ${r.props.taskId}`)])).toEqual([
      ['doc:a', ['org:u1 t1', 'org:u2 t2', 'org:u1 t2']],
      ['doc:b', ['org:u1 t1']],
    ]);
  });
});

describe('splitIssuedBy', () => {
  const row = (from: string, to: string, statedIn: string, name: string) => ({ from, to, props: { ...props(statedIn), name } });

  it('folds the rows of a new directive into the edge the merge would leave: its own header over what citations say, else the smallest citing key', () => {
    // Sorted as planBatch sorts them: from, to, statedIn.
    const rows = [
      row('doc:a', 'org:x', 'doc:a', 'own header'),
      row('doc:a', 'org:x', 'doc:c', 'cited by c'),
      row('doc:b', 'org:x', 'doc:c', 'cited by c'),
      row('doc:b', 'org:x', 'doc:d', 'cited by d'),
      row('doc:b', 'org:y', 'doc:b', 'own header'),
      row('doc:old', 'org:x', 'doc:c', 'cited by c'),
    ];
    const { created, merged } = splitIssuedBy(rows, new Set(['doc:a', 'doc:b']));
    expect(created.map((r) => [r.from, r.to, r.props.statedIn, r.props.name])).toEqual([
      ['doc:a', 'org:x', 'doc:a', 'own header'],
      ['doc:b', 'org:x', 'doc:c', 'cited by c'],
      ['doc:b', 'org:y', 'doc:b', 'own header'],
    ]);
    expect(merged.map((r) => [r.from, r.props.statedIn])).toEqual([['doc:old', 'doc:c']]);
  });

  it('lays the own header over a citation met first (a citing key smaller than the document\'s own)', () => {
    const rows = [row('doc:m', 'org:x', 'doc:a', 'cited by a'), row('doc:m', 'org:x', 'doc:m', 'own header')];
    expect(splitIssuedBy(rows, new Set(['doc:m'])).created.map((r) => [r.props.statedIn, r.props.name])).toEqual([['doc:m', 'own header']]);
  });
});
