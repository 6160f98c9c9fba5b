import { docLabel } from '../build.js';
import type { CoverageUnit, DocRef } from '../schema.js';

/** Wording shared by the formats: English labels, with the documents' own Vietnamese terms where they are the point. */
export const LEVEL_LABEL: Record<string, string> = {
  central: 'central', province: 'province/city', district: 'district', ward: 'ward/commune', internal: 'internal', unknown: 'unknown', all: 'all levels',
};
export const ROLE_LABEL: Record<string, string> = { lead: 'lead (chủ trì)', support: 'support (phối hợp)', assigned: 'assigned' };

export const levelLabel = (l: string | null | undefined) => LEVEL_LABEL[l ?? 'unknown'] ?? l ?? '';
export const roleLabel = (r: string | null | undefined) => ROLE_LABEL[r ?? ''] ?? r ?? '';

/** What a report prints in brackets after a unit: its level, a role other than `assigned`, whom it is directed by. */
export function unitNote(u: { level: string | null; role: string | null; directedBy?: string | null }): string {
  return [levelLabel(u.level), u.role && u.role !== 'assigned' ? roleLabel(u.role) : null, u.directedBy ? `directed by ${u.directedBy}` : null]
    .filter((x) => x).join(', ');
}

/** dd/mm/yyyy, as the documents print dates. */
export function viDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The date a directive counts from, with a note when it is the meeting's. */
export function docDate(d: Pick<DocRef, 'issuedOn' | 'meetingOn'>): string {
  if (d.issuedOn) return viDate(d.issuedOn);
  if (d.meetingOn) return `${viDate(d.meetingOn)} (meeting)`;
  return 'undated';
}

export function lag(days: number | null | undefined): string {
  if (days === null || days === undefined) return '';
  return `${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

export { docLabel };

/** "308-TB/QU · Quận ủy Hai Bà Trưng · 28/07/2021 (ngày họp)" */
export function docLine(d: DocRef): string {
  return [docLabel(d), d.issuer?.name ?? d.issuedBy ?? 'issuer unknown', docDate(d)].join(' · ');
}

export const CHAIN_SEP = ' ← ';

type CoverageUnitRef = Pick<CoverageUnit, 'answered' | 'answers' | 'answeredVia'>;

/** "answered", "answered via phường Hải Vân" (only a successor answered), "not answered". */
export function coverageStatus(u: CoverageUnitRef): string {
  if (!u.answered) return 'not answered';
  return u.answers.length > 0 ? 'answered' : `answered via ${u.answeredVia.map((v) => v.successor.name).join(', ')}`;
}

/** Its own answers, then each successor's, named: "08-CV/ĐU (via phường Hải Vân)". */
export function coverageAnswerLabels(u: CoverageUnitRef): string[] {
  return [
    ...u.answers.map((a) => docLabel(a.directive)),
    ...u.answeredVia.flatMap((v) => v.answers.map((a) => `${docLabel(a.directive)} (via ${v.successor.name})`)),
  ];
}

/** The answer the date and lag columns show: its own earliest, else the earliest of a successor's. */
export function firstAnswer(u: CoverageUnitRef): CoverageUnit['answers'][number] | undefined {
  if (u.answers[0]) return u.answers[0];
  const via = u.answeredVia.flatMap((v) => v.answers);
  return via.sort((a, b) => (a.lagDays ?? Infinity) - (b.lagDays ?? Infinity))[0];
}
