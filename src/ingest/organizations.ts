import type { OrganizationRow, ReferencedRow } from '../graph/write/rows.js';

/**
 * The one rule for an organisation named by several rows (several mentions in one document, or
 * several documents in one batch). The result does not depend on the order of the rows:
 * - it is an Issuer if any row says so, a Unit likewise;
 * - one row gives its name and the other fields: a row naming it as an issuer (how it names
 *   itself, or how a citation names the issuer of a document) before a row naming it as a unit;
 *   then a literal mention before an inference; then the first name, and the first `resolvedBy`,
 *   in code-point order (an arbitrary but fixed choice);
 * - a literal mention anywhere confirms it: `resolvedBy` is null when any row's is.
 */
export function mergeOrganization(map: Map<string, OrganizationRow>, row: OrganizationRow): void {
  const prev = map.get(row.key);
  if (!prev) {
    map.set(row.key, { ...row });
    return;
  }
  const winner = rank(row, prev) < 0 ? row : prev;
  map.set(row.key, {
    ...winner,
    issuer: prev.issuer || row.issuer,
    unit: prev.unit || row.unit,
    resolvedBy: prev.resolvedBy === null || row.resolvedBy === null ? null : winner.resolvedBy,
  });
}

/** Negative when `a` gives the merged row its fields rather than `b`: a total order, so order never matters. */
function rank(a: OrganizationRow, b: OrganizationRow): number {
  if (a.issuer !== b.issuer) return a.issuer ? -1 : 1;
  if ((a.resolvedBy === null) !== (b.resolvedBy === null)) return a.resolvedBy === null ? -1 : 1;
  return compareText(a.name, b.name) || compareText(a.resolvedBy ?? '', b.resolvedBy ?? '') || compareText(JSON.stringify(a), JSON.stringify(b));
}

/**
 * A document cited by several documents of one batch: the row that says the most (title, date,
 * level) gives the node, ties broken in code-point order, so the order of the documents does not
 * matter. (Across batches the graph keeps what the first batch wrote and fills only what is missing.)
 */
export function mergeReferenced(map: Map<string, ReferencedRow>, row: ReferencedRow): void {
  const prev = map.get(row.key);
  if (!prev || rankReferenced(row, prev) < 0) map.set(row.key, row);
}

function rankReferenced(a: ReferencedRow, b: ReferencedRow): number {
  const filled = (r: ReferencedRow) => [r.title, r.issuedOn, r.level, r.docType !== 'Khác' ? r.docType : null].filter((v) => v !== null).length;
  return filled(b) - filled(a) || compareText(JSON.stringify(a), JSON.stringify(b));
}

/** Code-point order: a fixed order that does not depend on the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
