import type { Query } from '../query.js';
import { READ_LIMITS } from './limits.js';
import { organizationMap } from './projections.js';
import type { ReadRunner } from './runner.js';
import type { OrganizationRow } from './types.js';

/** One SUCCEEDED_BY edge seen from one end: the organisation at the other end and what the edge says. */
export interface SuccessionRow {
  organization: OrganizationRow;
  date: string | null;
  legalBasis: string | null;
  share: number | null;
  source: string | null;
}

export interface PeriodRow {
  validFrom: string | null;
  validTo: string | null;
  predecessors: SuccessionRow[];
  successors: SuccessionRow[];
}

const SIDE = (dir: 'in' | 'out') => (dir === 'out' ? '(o)-[s:SUCCEEDED_BY]->(x:Organization)' : '(o)<-[s:SUCCEEDED_BY]-(x:Organization)');
const ROW = `{ organization: ${organizationMap('x')}, date: toString(s.date), legalBasis: s.legalBasis, share: s.share, source: s.source }`;

/**
 * The period and both sides of the succession of a level's organisations (UNWIND $keys), each side
 * capped: an old ward went into at most a few communes, a commune took in a few dozen wards at most.
 */
export function periodsQuery(keys: string[]): Query {
  return {
    cypher: `UNWIND $keys AS k
MATCH (o:Organization {key: k})
CALL (o) {
  MATCH ${SIDE('in')}
  WITH s, x ORDER BY x.key LIMIT toInteger($cap) + 1
  RETURN collect(${ROW}) AS predecessors
}
CALL (o) {
  MATCH ${SIDE('out')}
  WITH s, x ORDER BY x.key LIMIT toInteger($cap) + 1
  RETURN collect(${ROW}) AS successors
}
RETURN k AS key, toString(o.validFrom) AS validFrom, toString(o.validTo) AS validTo, predecessors, successors`,
    params: { keys, cap: READ_LIMITS.successionCap },
  };
}

export async function fetchPeriods(runner: ReadRunner, keys: string[]): Promise<Map<string, PeriodRow>> {
  const rows = await runner.run<PeriodRow & { key: string }>(periodsQuery(keys), 'reading periods and successions');
  return new Map(rows.map(({ key, ...r }) => [key, r]));
}

/** Organisations in force on a date: no period, or one that holds it. */
export const IN_FORCE = '($at IS NULL OR ((o.validFrom IS NULL OR o.validFrom <= date($at)) AND (o.validTo IS NULL OR o.validTo >= date($at))))';
