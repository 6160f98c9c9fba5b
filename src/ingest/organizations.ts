import { CITED_FIELDS, type CitedField, type OrganizationRow, type ReferencedRow } from '../graph/write/rows.js';

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
  const issuer = prev.issuer || row.issuer;
  const unit = prev.unit || row.unit;
  const resolvedBy = prev.resolvedBy === null || row.resolvedBy === null ? null : winner.resolvedBy;
  // Most rows name an organisation the batch met already, the same way: the row kept stays as it is
  // (the map's rows are its own copies), without a new copy of it.
  if (winner === prev && issuer === prev.issuer && unit === prev.unit && resolvedBy === prev.resolvedBy) return;
  map.set(row.key, { ...winner, issuer, unit, resolvedBy });
}

/** The fields of OrganizationRow, for sameRow. */
const ROW_FIELDS = [
  'key', 'name', 'nameKey', 'kind', 'level', 'area', 'provinceCode', 'districtCode', 'wardCode', 'collective', 'resolvedBy',
  'parentKey', 'parentRule', 'issuer', 'unit',
] as const satisfies readonly (keyof OrganizationRow)[];

/** Two rows that state the same values: rank's last comparison (their JSON texts) would find them equal. */
function sameRow(a: OrganizationRow, b: OrganizationRow): boolean {
  return ROW_FIELDS.every((f) => a[f] === b[f]);
}

/** Negative when `a` gives the merged row its fields rather than `b`: a total order, so order never matters. */
function rank(a: OrganizationRow, b: OrganizationRow): number {
  if (a.issuer !== b.issuer) return a.issuer ? -1 : 1;
  if ((a.resolvedBy === null) !== (b.resolvedBy === null)) return a.resolvedBy === null ? -1 : 1;
  const byText = compareText(a.name, b.name) || compareText(a.resolvedBy ?? '', b.resolvedBy ?? '');
  // The JSON texts are made only for rows that differ: most ties are the same row met again, and
  // stringifying both was the largest part of merging a batch's organisation rows.
  return byText || (sameRow(a, b) ? 0 : compareText(JSON.stringify(a), JSON.stringify(b)));
}

/** The document type a citation gives when its words name none: not a statement of the type. */
export const UNSTATED_DOC_TYPE = 'Khác';

/** One document's row for a document it cites: each field it gives is stated by that document. */
export function statedBy(row: Omit<ReferencedRow, 'statedIn'>, citing: string): ReferencedRow {
  const by = (v: string | null) => (v === null ? null : citing);
  return {
    ...row,
    statedIn: {
      number: by(row.number),
      docType: row.docType === UNSTATED_DOC_TYPE ? null : citing,
      title: by(row.title),
      issuedOn: by(row.issuedOn),
      level: by(row.level),
    },
  };
}

/**
 * A document cited by several documents of one batch: each field comes from the smallest citing
 * key that states it (`title` and `searchText` together), the rule the writer applies across
 * batches (src/graph/write/nodes.ts, mergeReferenced), so neither the order of the documents nor
 * how they fall into batches or shards changes the node.
 */
export function mergeReferenced(map: Map<string, ReferencedRow>, row: ReferencedRow): void {
  const prev = map.get(row.key);
  if (!prev) {
    map.set(row.key, { ...row, statedIn: { ...row.statedIn } });
    return;
  }
  const merged: ReferencedRow = { ...prev, statedIn: { ...prev.statedIn } };
  for (const field of CITED_FIELDS) {
    const mine = row.statedIn[field];
    const theirs = prev.statedIn[field];
    if (mine === null || (theirs !== null && compareText(theirs, mine) <= 0)) continue;
    merged.statedIn[field] = mine;
    (merged as Record<CitedField, string | null>)[field] = row[field];
    if (field === 'title') merged.searchText = row.searchText;
  }
  map.set(row.key, merged);
}

/** Code-point order: a fixed order that does not depend on the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
