import type { DocumentRecord, Level, Relation, Role } from '../../src/model/record.js';

/**
 * Factories for expectations: the fields a reader checks, in the shape the tests compare
 * (records are projected to the same shape with `project*` below).
 */
export interface ExpectedUnit {
  name: string;
  key: string;
  level: Level | null;
  collective: boolean;
}

export const unit = (name: string, key: string, level: Level | null, collective = false): ExpectedUnit => ({ name, key, level, collective });

export interface ExpectedTask {
  clause: string;
  role: Role;
  rule: string;
  units: Array<ExpectedUnit & { role: Role }>;
  /** The task's text starts with this (the span shows the same words). */
  opens: string;
  /** ... and ends with this. */
  closes: string;
}

export const task = (clause: string, rule: string, units: ExpectedUnit[], opens: string, closes: string, role: Role = 'assigned'): ExpectedTask =>
  ({ clause, role, rule, units: units.map((u) => ({ ...u, role })), opens, closes });

export interface ExpectedCitation {
  number: string;
  docType: string;
  issuedOn: string | null;
  issuer: { name: string; key: string; level: Level | null } | null;
  relation: Relation;
  citedBy: string | null;
  title: string | null;
  /** How many times the document is mentioned (full mentions, short forms, back-references). */
  mentions: number;
  key: string;
}

export const citation = (c: ExpectedCitation): ExpectedCitation => c;

export interface ExpectedRecipient extends ExpectedUnit {
  list: 'kinhGui' | 'noiNhan';
  purpose: string | null;
}

export const recipient = (list: ExpectedRecipient['list'], u: ExpectedUnit, purpose: string | null = null): ExpectedRecipient => ({ ...u, list, purpose });

export function projectUnit(u: { name: string; key: string; level: Level | null; collective: boolean }): ExpectedUnit {
  return { name: u.name, key: u.key, level: u.level, collective: u.collective };
}

export function projectTask(a: DocumentRecord['assignments'][number]): Omit<ExpectedTask, 'opens' | 'closes'> {
  return { clause: a.clause, role: a.role, rule: a.rule, units: a.units.map((u) => ({ ...projectUnit(u), role: u.role })) };
}

export function projectCitation(c: DocumentRecord['citations'][number]): ExpectedCitation {
  return {
    number: c.number ?? '', docType: c.docType, issuedOn: c.issuedOn,
    issuer: c.issuer ? { name: c.issuer.name, key: c.issuer.key, level: c.issuer.level } : null,
    relation: c.relation, citedBy: c.citedBy, title: c.title, mentions: c.spans.length, key: c.key ?? '',
  };
}

export function projectRecipient(r: DocumentRecord['recipients'][number]): ExpectedRecipient {
  return { ...projectUnit(r), list: r.list, purpose: r.purpose };
}
