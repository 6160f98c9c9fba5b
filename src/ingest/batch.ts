import type { Candidate, Lookup } from '../graph/write/index.js';
import { emptyBatch, type OrganizationRow, type ReferencedRow, type WriteBatch } from '../graph/write/rows.js';
import type { DocumentRecord, Organization } from '../model/record.js';
import { isUnknownAreaOrgKey, orgNameKey, parseDirectiveKey } from '../model/keys.js';
import { compareText, mergeOrganization, mergeReferenced } from './organizations.js';
import { resolveBatch, type IssuerName } from './resolve.js';
import { successionRows } from './succession.js';
import { citationKey, documentRows, type IngestNote } from './rows.js';

/**
 * A batch of parsed records -> one WriteBatch, plus what happens to each document. Pure: the graph's
 * state comes in as the Lookup made for exactly these records (see lookupRequest).
 */

export type Outcome = 'ingested' | 'updated' | 'unchanged' | 'failed';

export interface PlannedDocument {
  record: DocumentRecord;
  key: string;
  outcome: Extract<Outcome, 'ingested' | 'updated'>;
  notes: IngestNote[];
}

export interface PlannedBatch {
  batch: WriteBatch;
  documents: PlannedDocument[];
  /**
   * Records that resolve to a document already in this batch (the same document from two files):
   * they go in a later transaction, so that the last file wins as it does across batches.
   */
  deferred: DocumentRecord[];
}

/** What to look up in the graph before planning these records. */
export function lookupRequest(records: DocumentRecord[]) {
  const keys = new Set<string>();
  const series = new Set<string>();
  const numberKeys = new Set<string>();
  const named = new Map<string, { numberKey: string; nameKey: string }>();
  const add = (key: string | null, issuer?: Organization | null) => {
    if (!key) return;
    keys.add(key);
    const p = parseDirectiveKey(key);
    if (!p) return;
    series.add(p.series);
    if (p.issuerKey === null) numberKeys.add(p.numberKey);
    else if (issuer && issuer.key === p.issuerKey && isUnknownAreaOrgKey(p.issuerKey)) {
      const nameKey = orgNameKey(issuer);
      named.set(`${p.numberKey}\u0000${nameKey}`, { numberKey: p.numberKey, nameKey });
    }
  };
  for (const r of records) {
    add(r.key);
    for (const c of r.citations) add(citationKey(c), c.issuer);
  }
  const paths = records.map((r) => r.source.path).filter((p): p is string => !!p);
  return { shas: [], paths, keys: [...keys], series: [...series], numberKeys: [...numberKeys], named: [...named.values()] };
}

/**
 * Kind and folded name of every organisation the records name as an issuer (their own or a cited
 * document's). Two records naming one key differently: the smaller name, so that their order does not matter.
 */
export function issuerNames(records: DocumentRecord[]): Map<string, IssuerName> {
  const names = new Map<string, IssuerName>();
  const add = (o: Organization | null | undefined) => {
    if (!o) return;
    const mine = { kind: o.kind, nameKey: orgNameKey(o) };
    const prev = names.get(o.key);
    if (!prev || compareText(mine.nameKey, prev.nameKey) < 0) names.set(o.key, mine);
  };
  for (const r of records) {
    add(r.issuer);
    for (const c of r.citations) add(c.issuer);
  }
  return names;
}

/** The year the citing document was issued (its date, else the year in its key): how its undated citations are read. */
function yearOfRecord(r: DocumentRecord): number | null {
  if (r.issuedOn) return Number(r.issuedOn.slice(0, 4));
  return parseDirectiveKey(r.key)?.year ?? null;
}

export function planBatch(records: DocumentRecord[], lookup: Lookup): PlannedBatch {
  const byKey = new Map<string, Candidate>(lookup.candidates.map((c) => [c.key, c]));
  const allCitationKeys = records.flatMap((r) => {
    const citingYear = yearOfRecord(r);
    return r.citations.map(citationKey).filter((k): k is string => !!k).map((key) => ({ key, citingYear }));
  });
  const resolution = resolveBatch(records.map((r) => r.key), allCitationKeys, lookup.candidates, issuerNames(records));

  const batch = emptyBatch();
  batch.rekeys = resolution.rekeys;
  const orgs = new Map<string, OrganizationRow>();
  const referenced = new Map<string, ReferencedRow>();
  const persons = new Map<string, { key: string; name: string }>();
  const documents: PlannedDocument[] = [];
  const retract = new Set<string>();
  const demote = new Set<string>();
  const ingestedKeys = new Set<string>();
  const deferred: DocumentRecord[] = [];
  // Documents of which the graph holds no statement: their edges are created, not merged.
  const fresh = new Set<string>();
  // Of those, the ones no node of the graph has yet (nor a cited node being rekeyed to them).
  const created = new Set<string>();
  const rekeyedTo = new Set(resolution.rekeys.map((r) => r.to));

  records.forEach((record, i) => {
    const doc = resolution.documents[i]!;
    if (ingestedKeys.has(doc.key)) {
      deferred.push(record);
      return;
    }
    const rows = documentRows(record, doc, (raw) => resolution.citation(raw, yearOfRecord(record)));
    const before = byKey.get(doc.key);
    let outcome: PlannedDocument['outcome'] = before?.status === 'ingested' ? 'updated' : 'ingested';
    if (before?.status === 'ingested') retract.add(doc.key);
    else fresh.add(doc.key);
    if (!before && !rekeyedTo.has(doc.key)) created.add(doc.key);
    // The file used to give another document: that one is withdrawn.
    for (const old of lookup.byPath.get(record.source.path ?? '') ?? []) {
      if (old.key !== doc.key) {
        demote.add(old.key);
        outcome = 'updated';
      }
    }
    ingestedKeys.add(doc.key);
    batch.directives.push(rows.directive);
    for (const o of rows.organizations) mergeOrganization(orgs, o);
    for (const r of rows.referenced) mergeReferenced(referenced, r);
    for (const p of rows.persons) persons.set(p.key, p);
    batch.issuedBy.push(...rows.issuedBy);
    for (const t of ['IMPLEMENTS', 'BASED_ON', 'CITES'] as const) batch.citations[t].push(...rows.citations[t]);
    batch.assigns.push(...rows.assigns);
    batch.sentTo.push(...rows.sentTo);
    batch.signedBy.push(...rows.signedBy);
    documents.push({ record, key: doc.key, outcome, notes: rows.notes });
  });

  for (const k of ingestedKeys) {
    referenced.delete(k);
    demote.delete(k);
  }
  batch.retract = [...retract];
  batch.fresh = [...fresh].filter((k) => !retract.has(k) && !demote.has(k));
  batch.created = [...created].filter((k) => !retract.has(k) && !demote.has(k));
  batch.demote = [...demote];
  batch.organizations = [...orgs.values()];
  Object.assign(batch, successionRows(batch.organizations));
  batch.referenced = [...referenced.values()];
  // Several documents may state who issued the same cited document: the writer keeps the first
  // statement it meets, so the order of the rows, not of the documents, decides which.
  batch.issuedBy.sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || compareText(a.props.statedIn, b.props.statedIn));
  batch.persons = [...persons.values()];
  return { batch, documents, deferred };
}
