import type { Expectation, ExpectedCitation, OrgName } from './expectation.js';
import { issuerMissKind, unitsMissKind } from './miss-kinds.js';

/**
 * Scoring of one parsed document against its expectation. Pure and free of src/: it sees the
 * parser's output only through the small structural shape below, so a refactor of the parser's
 * internals cannot change the yardstick.
 *
 * Every field is a tally of expected values, predicted values and correct ones: precision is
 * correct/predicted, recall correct/expected. A value predicted where the text gives none (a
 * headless document's own number taken from a citation) counts against precision. Attribute fields
 * (the cited issuer, the relation, the units of a task) also count `compared`: the pairs where
 * both sides have a value, so that accuracy on what was found can be read apart from recall.
 */

export interface PredictedOrg {
  name: string;
  surface?: string | null;
  body?: string | null;
}

export interface PredictedCitation {
  number: string | null;
  /** The name of a document cited without a number; older records carry it in `title`. */
  name?: string | null;
  title?: string | null;
  issuer: PredictedOrg | null;
  relation: string;
}

export interface PredictedTask {
  text: string;
  units: readonly (PredictedOrg & { role: string })[];
}

export interface Predicted {
  number: string | null;
  docType: string | null;
  issuedOn: string | null;
  issuer: PredictedOrg | null;
  citations: readonly PredictedCitation[];
  assignments: readonly PredictedTask[];
}

export const FIELDS = [
  'number', 'type', 'date', 'issuer',
  'citations', 'citation issuer', 'citation relation',
  'tasks', 'task units all right', 'units', 'unit roles',
] as const;
export type Field = (typeof FIELDS)[number];

export interface Tally {
  expected: number;
  predicted: number;
  correct: number;
  compared: number;
}

export type Tallies = Record<Field, Tally>;

export interface DocumentScore {
  tallies: Tallies;
  /** One line per disagreement, for reading why a figure is what it is. */
  notes: string[];
  /** The disagreements counted by kind, no text of the document in them (miss-kinds.ts). */
  kinds: Record<string, number>;
}

export const EMPTY_PREDICTION: Predicted = { number: null, docType: null, issuedOn: null, issuer: null, citations: [], assignments: [] };

export function emptyTallies(): Tallies {
  return Object.fromEntries(FIELDS.map((f) => [f, { expected: 0, predicted: 0, correct: 0, compared: 0 }])) as Tallies;
}

export function addTallies(into: Tallies, from: Tallies): Tallies {
  for (const f of FIELDS) {
    into[f].expected += from[f].expected;
    into[f].predicted += from[f].predicted;
    into[f].correct += from[f].correct;
    into[f].compared += from[f].compared;
  }
  return into;
}

export interface Metrics {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** correct / compared: how often the value is right where both sides have one. */
  accuracy: number | null;
}

export function metrics(t: Tally): Metrics {
  const precision = t.predicted === 0 ? (t.expected === 0 ? null : 0) : t.correct / t.predicted;
  const recall = t.expected === 0 ? (t.predicted === 0 ? null : 0) : t.correct / t.expected;
  let f1: number | null = null;
  if (precision !== null && recall !== null) f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  else if (precision !== null || recall !== null) f1 = 0;
  return { precision, recall, f1, accuracy: t.compared === 0 ? null : t.correct / t.compared };
}

/** Diacritics, case, punctuation and the usual abbreviations of body names do not matter. */
export function foldName(s: string): string {
  let f = s.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  f = ` ${f} `
    .replace(/ ubnd /g, ' uy ban nhan dan ').replace(/ hdnd /g, ' hoi dong nhan dan ')
    .replace(/ ubmttqvn | ubmttq | ub mttq | ubmt /g, ' mat tran to quoc ').replace(/ mttqvn | mttq /g, ' mat tran to quoc ')
    .replace(/ lhpn /g, ' lien hiep phu nu ').replace(/ bch /g, ' ban chap hanh ').replace(/ btv /g, ' ban thuong vu ').replace(/ tp /g, ' thanh pho ')
    .replace(/ uy ban mat tran to quoc /g, ' mat tran to quoc ').replace(/ mat tran to quoc viet nam /g, ' mat tran to quoc ');
  return f.replace(/\s+/g, ' ').trim().replace(/^cac /, '');
}

/** Numbers compare without spaces, with one kind of dash, case-insensitively (`CTr`, `Ctr`). */
export function normalizeNumber(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, '').replace(/[‐-―−]/g, '-').toUpperCase();
}

function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

function names(n: OrgName): string[] {
  return (Array.isArray(n) ? n : [n]).map(foldName);
}

function orgMatches(expected: OrgName, actual: PredictedOrg | null, withBody: boolean): boolean {
  if (!actual) return false;
  const candidates = [actual.name, actual.surface, withBody ? actual.body : null].filter((x): x is string => !!x).map(foldName);
  return names(expected).some((e) => candidates.includes(e));
}

function show(n: OrgName | null): string {
  return n === null ? '∅' : Array.isArray(n) ? n.join(' | ') : n;
}

function scalar(t: Tally, expected: string | null, predicted: string | null, equal: boolean): void {
  if (expected !== null) t.expected++;
  if (predicted !== null) t.predicted++;
  if (expected !== null && predicted !== null) {
    t.compared++;
    if (equal) t.correct++;
  }
}

function citationName(c: PredictedCitation): string | null {
  return c.name ?? c.title ?? null;
}

function citationMatches(e: ExpectedCitation, a: PredictedCitation): boolean {
  if ('number' in e) return a.number !== null && normalizeNumber(a.number) === normalizeNumber(e.number);
  if (a.number !== null) return false;
  const name = citationName(a);
  if (!name) return false;
  const x = foldName(e.name);
  const y = foldName(name);
  // a name may come with or without its type word, or with its date: containment, not equality
  return Math.min(x.length, y.length) >= 10 && (x.includes(y) || y.includes(x));
}

function label(c: ExpectedCitation | PredictedCitation): string {
  if ('number' in c && c.number) return c.number;
  const n = 'name' in c ? c.name : null;
  return n ?? (('title' in c && c.title) || '(unnamed)');
}

/** Pairs expected with predicted items one-to-one, first come first served, in reading order. */
function pair<E, A>(expected: readonly E[], actual: readonly A[], matches: (e: E, a: A) => boolean): { pairs: [E, A][]; missed: E[]; spurious: A[] } {
  const used = new Set<number>();
  const pairs: [E, A][] = [];
  const missed: E[] = [];
  for (const e of expected) {
    const k = actual.findIndex((a, i) => !used.has(i) && matches(e, a));
    if (k < 0) missed.push(e);
    else {
      used.add(k);
      pairs.push([e, actual[k]!]);
    }
  }
  return { pairs, missed, spurious: actual.filter((_, i) => !used.has(i)) };
}

export function scoreDocument(exp: Expectation, got: Predicted): DocumentScore {
  const t = emptyTallies();
  const notes: string[] = [];
  const kinds: Record<string, number> = {};
  const kind = (k: string) => { kinds[k] = (kinds[k] ?? 0) + 1; };
  const d = exp.document;

  const numberOk = d.number !== null && got.number !== null && normalizeNumber(d.number) === normalizeNumber(got.number);
  scalar(t.number, d.number, got.number, numberOk);
  if (!numberOk && (d.number !== null || got.number !== null)) notes.push(`number: expected ${d.number ?? '∅'}, got ${got.number ?? '∅'}`);

  const typeOk = d.type !== null && got.docType !== null && foldName(d.type) === foldName(got.docType);
  scalar(t.type, d.type, got.docType, typeOk);
  if (!typeOk && (d.type !== null || got.docType !== null)) {
    notes.push(`type: expected ${d.type ?? '∅'}, got ${got.docType ?? '∅'}`);
    kind(d.type === null ? 'type: found where the label has none' : got.docType === null ? 'type: none found' : 'type: another type');
  }

  const dateOk = d.date !== null && d.date === got.issuedOn;
  scalar(t.date, d.date, got.issuedOn, dateOk);
  if (!dateOk && (d.date !== null || got.issuedOn !== null)) notes.push(`date: expected ${d.date ?? '∅'}, got ${got.issuedOn ?? '∅'}`);

  const issuerOk = d.issuer !== null && orgMatches(d.issuer, got.issuer, true);
  scalar(t.issuer, d.issuer === null ? null : show(d.issuer), got.issuer?.name ?? null, issuerOk);
  if (!issuerOk && (d.issuer !== null || got.issuer !== null)) {
    notes.push(`issuer: expected ${show(d.issuer)}, got ${got.issuer?.name ?? '∅'}`);
    kind(issuerMissKind({
      expected: d.issuer === null ? [] : names(d.issuer),
      predicted: [got.issuer?.name, got.issuer?.surface, got.issuer?.body].filter((x): x is string => !!x).map(foldName),
      citedIssuers: exp.citations.flatMap((c) => (c.issuer ? names(c.issuer) : [])),
      units: exp.tasks.flatMap((x) => x.units.flatMap((u) => names(u.name))),
    }));
  }

  // Numbered citations pair first, so that a named one cannot take a numbered one's partner.
  const ordered = [...exp.citations.filter((c) => 'number' in c), ...exp.citations.filter((c) => !('number' in c))];
  const cit = pair(ordered, got.citations, citationMatches);
  t.citations.expected = exp.citations.length;
  t.citations.predicted = got.citations.length;
  t.citations.correct = t.citations.compared = cit.pairs.length;
  for (const m of cit.missed) { notes.push(`citation missed: ${label(m)}`); kind(`citations: missed (${'number' in m ? 'numbered' : 'named'})`); }
  for (const s of cit.spurious) { notes.push(`citation spurious: ${label(s)} (${s.relation})`); kind(`citations: spurious (${s.number ? 'numbered' : 'named'})`); }

  // The cited issuer is scored where the label gives one; a spurious citation's issuer is a wrong one.
  const ci = t['citation issuer'];
  const cr = t['citation relation'];
  ci.expected = exp.citations.filter((c) => c.issuer !== undefined).length;
  ci.predicted = cit.spurious.filter((s) => s.issuer).length;
  cr.expected = exp.citations.length;
  cr.predicted = got.citations.length;
  for (const [e, a] of cit.pairs) {
    if (e.issuer !== undefined && a.issuer) {
      ci.predicted++;
      ci.compared++;
      if (orgMatches(e.issuer, a.issuer, false)) ci.correct++;
      else { notes.push(`citation ${label(e)} issuer: expected ${show(e.issuer)}, got ${a.issuer.name}`); kind('cited issuer: another body'); }
    } else if (e.issuer !== undefined) { notes.push(`citation ${label(e)} issuer: expected ${show(e.issuer)}, got ∅`); kind('cited issuer: none found'); }
    cr.compared++;
    if (e.relation === a.relation) cr.correct++;
    else { notes.push(`citation ${label(e)} relation: expected ${e.relation}, got ${a.relation}`); kind(`relation: ${e.relation} read as ${a.relation}`); }
  }

  const tasks = pair(exp.tasks, got.assignments, (e, a) => foldText(a.text).includes(foldText(e.anchor)));
  t.tasks.expected = exp.tasks.length;
  t.tasks.predicted = got.assignments.length;
  t.tasks.correct = t.tasks.compared = tasks.pairs.length;
  for (const m of tasks.missed) { notes.push(`task missed: "${m.anchor}"`); kind('tasks: missed'); }
  for (const s of tasks.spurious) { notes.push(`task spurious: "${s.text.slice(0, 70)}"`); kind('tasks: spurious'); }

  const all = t['task units all right'];
  all.expected = exp.tasks.length;
  all.predicted = got.assignments.length;
  const units = t.units;
  const roles = t['unit roles'];
  units.expected = roles.expected = exp.tasks.reduce((n, x) => n + x.units.length, 0);
  units.predicted = roles.predicted = got.assignments.reduce((n, x) => n + x.units.length, 0);
  for (const [e, a] of tasks.pairs) {
    const u = pair(e.units, a.units, (eu, au) => orgMatches(eu.name, au, false));
    // A unit not found whole may be found split into its kinds: those count as one found unit.
    for (const eu of [...u.missed]) {
      if (!eu.parts) continue;
      const found = eu.parts.map((part) => u.spurious.find((s) => orgMatches(part, s, false)));
      if (found.some((f) => !f) || new Set(found).size !== found.length) continue;
      u.missed.splice(u.missed.indexOf(eu), 1);
      for (const f of found) u.spurious.splice(u.spurious.indexOf(f!), 1);
      u.pairs.push([eu, found[0]!]);
      units.predicted -= found.length - 1;
      roles.predicted -= found.length - 1;
    }
    // Found split, each part printed with the whole list as its surface ("UBND các xã A, B và C"): the
    // whole pairs with the first part by that surface; the other parts are the same unit, not spurious.
    for (const [eu, au] of u.pairs) {
      if (!eu.parts || u.spurious.length === 0) continue;
      const pool = [au, ...u.spurious];
      const found = eu.parts.map((part) => pool.find((s) => orgMatches(part, s, false)));
      if (found.some((f) => !f) || new Set(found).size !== found.length || !found.includes(au)) continue;
      for (const f of found) if (f !== au) u.spurious.splice(u.spurious.indexOf(f!), 1);
      units.predicted -= found.length - 1;
      roles.predicted -= found.length - 1;
    }
    all.compared++;
    if (u.missed.length === 0 && u.spurious.length === 0) all.correct++;
    else kind(unitsMissKind(u.missed.map((m) => names(m.name)), u.spurious.map((x) => foldName(x.name))));
    units.correct += u.pairs.length;
    units.compared += u.pairs.length;
    for (const [eu, au] of u.pairs) {
      roles.compared++;
      if (eu.role === au.role) roles.correct++;
      else { notes.push(`task "${e.anchor}" unit ${show(eu.name)}: role ${eu.role} expected, got ${au.role}`); kind(`unit roles: ${eu.role} read as ${au.role}`); }
    }
    for (const m of u.missed) notes.push(`task "${e.anchor}" unit missed: ${show(m.name)}`);
    for (const s of u.spurious) notes.push(`task "${e.anchor}" unit spurious: ${s.name} [${s.surface ?? ''}]`);
  }
  return { tallies: t, notes, kinds };
}
