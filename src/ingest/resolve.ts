import type { Candidate } from '../graph/write/index.js';
import type { RekeyRow } from '../graph/write/rows.js';
import { isUnknownAreaOrgKey, parseDirectiveKey } from '../model/keys.js';

/**
 * Identity of directives across documents (docs/graph-model.md names the keys):
 * - the same key is the same node: a cited document and the same document ingested later are one;
 * - numbers are unique per issuer, so different issuers never merge (the issuer is in the key);
 * - a key without year (no date was printed) is matched to the one node of the same number and
 *   issuer, a citation without issuer to the one node of that number, and a citation whose issuer is
 *   named but of unknown area ("Huyện ủy An Lão": two provinces have one) to the one node of that
 *   number whose issuer, of known area, has the same kind and name (and the same year when both
 *   have one); all are inferences and are recorded (`resolvedBy`) so that a reviewer can undo them.
 *   Party and State numbering restarts every year, so a body's "340-CV/QU" recurs: where a citation
 *   without date fits several years, the one node of the citing document's own year is taken (a
 *   ward answers its district within days), and none when that year holds none or several;
 *   The citation's issuer stays as read: only which document it means is inferred, not whose;
 * - a cited-only node known without year takes the full key when the dated document or a dated
 *   citation of it arrives (a rekey, also recorded).
 *
 * Pure: it works on what the graph holds (candidates looked up before the batch) plus what the batch
 * itself adds, in a fixed order (documents first, then citations in reading order), so that the result
 * does not depend on how files are split into batches beyond that order.
 */

export const RESOLVED_BY = {
  docWithoutDate: 'number+issuer: document without date matched to the one dated node',
  citationWithoutDate: 'number+issuer: citation without date matched to the one dated node',
  citationToUndatedDoc: 'number+issuer: dated citation matched to the document without date',
  citationWithoutIssuer: 'number: citation without issuer matched to the one node of that number',
  citationOfUnknownArea: 'number+issuer name: citation of an issuer of unknown area matched to the one node of that number whose issuer has the same kind and name',
  citationWithoutDateSameYear: 'number+issuer: citation without date matched to the one node of that number and issuer issued in the citing document\'s year',
} as const;

/** Every inference above: a citation edge whose provenance starts with one of them was matched already. */
const INFERENCES: readonly string[] = Object.values(RESOLVED_BY);

interface Known {
  key: string;
  status: 'ingested' | 'referenced';
  series: string | null;
  numberKey: string | null;
  issuerKey: string | null;
  /** Kind and folded name of the issuer (src/model/keys.ts orgNameKey), when known. */
  issuerKind: string | null;
  issuerNameKey: string | null;
  year: number | null;
  inGraph: boolean;
}

/** What identifies an issuer by name: its kind ("party-committee") and folded body name (`huyen-uy-an-lao`). */
export interface IssuerName {
  kind: string | null;
  nameKey: string;
}

function yearOf(c: Pick<Candidate, 'key' | 'issuedOn'>): number | null {
  const p = parseDirectiveKey(c.key);
  if (p?.year != null) return p.year;
  return c.issuedOn ? Number(c.issuedOn.slice(0, 4)) : null;
}

/** The nodes the batch can resolve against: the graph's candidates plus what the batch adds. */
class Universe {
  private readonly byKey = new Map<string, Known>();
  private readonly bySeries = new Map<string, Set<string>>();
  private readonly byNumber = new Map<string, Set<string>>();

  add(k: Known): void {
    const existing = this.byKey.get(k.key);
    if (existing) {
      if (k.status === 'ingested') existing.status = 'ingested';
      return;
    }
    this.byKey.set(k.key, k);
    if (k.series) this.index(this.bySeries, k.series, k.key);
    if (k.numberKey) this.index(this.byNumber, k.numberKey, k.key);
  }

  get(key: string): Known | undefined {
    return this.byKey.get(key);
  }

  rename(from: string, to: string): void {
    const k = this.byKey.get(from);
    if (!k) return;
    this.byKey.delete(from);
    if (k.series) this.bySeries.get(k.series)?.delete(from);
    if (k.numberKey) this.byNumber.get(k.numberKey)?.delete(from);
    const p = parseDirectiveKey(to);
    this.add({ ...k, key: to, year: p?.year ?? k.year });
  }

  series(s: string): Known[] {
    return [...(this.bySeries.get(s) ?? [])].map((k) => this.byKey.get(k)!);
  }

  number(n: string): Known[] {
    return [...(this.byNumber.get(n) ?? [])].map((k) => this.byKey.get(k)!);
  }

  private index(map: Map<string, Set<string>>, k: string, key: string) {
    const set = map.get(k) ?? new Set<string>();
    set.add(key);
    map.set(k, set);
  }
}

export interface Resolution {
  key: string;
  resolvedBy: string | null;
}

/** A citation's key and the year of the document that makes it (null when that document has no date). */
export interface CitingKey {
  key: string;
  citingYear: number | null;
}

export interface BatchResolution {
  /** One per document, in the order given. */
  documents: Resolution[];
  /** Raw citation key (and the citing document's year) -> final key. */
  citation(rawKey: string, citingYear?: number | null): Resolution;
  /** Rekeys of nodes already in the graph. */
  rekeys: RekeyRow[];
}

/**
 * `issuers`: kind and folded name of the organisations the batch's records name (issuers of the
 * documents and of what they cite), for the nodes the batch adds and its citations of unknown area.
 */
export function resolveBatch(
  documentKeys: string[], citationKeys: ReadonlyArray<string | CitingKey>, candidates: Candidate[], issuers: ReadonlyMap<string, IssuerName> = new Map(),
): BatchResolution {
  const u = new Universe();
  for (const c of candidates) {
    u.add({
      key: c.key, status: c.status, series: c.series, numberKey: c.numberKey, issuerKey: c.issuerKey,
      issuerKind: c.issuerKind ?? null, issuerNameKey: c.issuerNameKey ?? null, year: yearOf(c), inGraph: true,
    });
  }
  const renames = new Map<string, string>();
  const rekeys: RekeyRow[] = [];
  const final = (key: string): string => {
    let k = key;
    for (let i = 0; i < 10 && renames.has(k); i++) k = renames.get(k)!;
    return k;
  };
  const rekey = (from: Known, to: string) => {
    // What the node's citations would have recorded had the dated key been there first (the
    // in-batch rename below gives them the same): the graph must not depend on the order of batches.
    if (from.inGraph) rekeys.push({ from: from.key, to, resolvedBy: RESOLVED_BY.citationWithoutDate, inferences: INFERENCES });
    renames.set(from.key, to);
    u.rename(from.key, to);
  };
  const addNode = (key: string, status: Known['status']) => {
    const p = parseDirectiveKey(key);
    const issuer = p?.issuerKey ? issuers.get(p.issuerKey) : undefined;
    u.add({
      key, status, series: p?.series ?? null, numberKey: p?.numberKey ?? null, issuerKey: p?.issuerKey ?? null,
      issuerKind: issuer?.kind ?? null, issuerNameKey: issuer?.nameKey ?? null, year: p?.year ?? null, inGraph: false,
    });
  };

  const documents: Resolution[] = documentKeys.map((raw) => {
    const r = resolveDocument(raw);
    addNode(r.key, 'ingested');
    return r;
  });

  function resolveDocument(raw: string): Resolution {
    const p = parseDirectiveKey(raw);
    if (!p || u.get(raw)) return { key: raw, resolvedBy: null };
    if (p.year !== null) {
      const undated = u.get(p.series);
      if (undated?.status === 'referenced') rekey(undated, raw);
      return { key: raw, resolvedBy: null };
    }
    // Two files never share a node on a guess: a document without date only joins a cited-only node.
    const dated = u.series(p.series).filter((k) => k.key !== raw);
    if (dated.length === 1 && dated[0]!.status === 'referenced') return { key: dated[0]!.key, resolvedBy: RESOLVED_BY.docWithoutDate };
    return { key: raw, resolvedBy: null };
  }

  // Keyed by the citing year too: one undated key can mean two documents from two years' citers.
  const citingKey = (raw: string, year: number | null | undefined) => `${raw}\u0000${year ?? ''}`;
  const citations = new Map<string, Resolution>();
  for (const c of citationKeys) {
    const { key: raw, citingYear } = typeof c === 'string' ? { key: c, citingYear: null } : c;
    const id = citingKey(raw, citingYear);
    if (citations.has(id)) continue;
    const r = resolveCitation(raw, citingYear);
    citations.set(id, r);
    if (!u.get(r.key)) addNode(r.key, 'referenced');
  }

  /** Several dated nodes fit a citation without date: the one of the citing document's year, if one. */
  function sameYear(fits: Known[], citingYear: number | null): Resolution | null {
    if (fits.length < 2 || citingYear === null) return null;
    const inYear = fits.filter((k) => k.year === citingYear);
    return inYear.length === 1 ? { key: inYear[0]!.key, resolvedBy: RESOLVED_BY.citationWithoutDateSameYear } : null;
  }

  function resolveCitation(raw: string, citingYear: number | null): Resolution {
    const p = parseDirectiveKey(raw);
    if (!p) return { key: raw, resolvedBy: null };
    if (u.get(raw)) {
      // An undated node a citation made earlier does not capture this one when its year picks a dated node.
      const byYear = p.year === null && u.get(raw)!.status === 'referenced'
        ? sameYear(u.series(p.series).filter((k) => k.key !== raw && k.year !== null), citingYear) : null;
      return byYear ?? { key: raw, resolvedBy: null };
    }
    if (p.issuerKey === null) {
      const fits = u.number(p.numberKey).filter((k) => k.issuerKey !== null && (p.year === null || k.year === null || k.year === p.year));
      if (fits.length === 1) return { key: fits[0]!.key, resolvedBy: RESOLVED_BY.citationWithoutIssuer };
      return (p.year === null ? sameYear(fits, citingYear) : null) ?? { key: raw, resolvedBy: null };
    }
    const named = isUnknownAreaOrgKey(p.issuerKey) ? issuers.get(p.issuerKey) : undefined;
    if (named) {
      // Only issuers of known area: two citations of "Huyện ủy An Lão" from two wards are not one body on a guess.
      const fits = u.number(p.numberKey).filter((k) => k.issuerKey !== null && !isUnknownAreaOrgKey(k.issuerKey)
        && k.issuerNameKey === named.nameKey && k.issuerKind === named.kind
        && (p.year === null || k.year === null || k.year === p.year));
      if (fits.length === 1) return { key: fits[0]!.key, resolvedBy: RESOLVED_BY.citationOfUnknownArea };
      const byYear = p.year === null ? sameYear(fits, citingYear) : null;
      if (byYear) return byYear;
    }
    if (p.year !== null) {
      const undated = u.get(p.series);
      if (undated?.status === 'referenced') {
        rekey(undated, raw);
        return { key: raw, resolvedBy: null };
      }
      if (undated && (undated.year === null || undated.year === p.year)) return { key: undated.key, resolvedBy: RESOLVED_BY.citationToUndatedDoc };
      return { key: raw, resolvedBy: null };
    }
    const dated = u.series(p.series).filter((k) => k.key !== raw);
    if (dated.length === 1) return { key: dated[0]!.key, resolvedBy: RESOLVED_BY.citationWithoutDate };
    return sameYear(dated, citingYear) ?? { key: raw, resolvedBy: null };
  }

  return {
    documents: documents.map((d) => ({ key: final(d.key), resolvedBy: d.resolvedBy })),
    citation(raw: string, citingYear?: number | null): Resolution {
      const r = citations.get(citingKey(raw, citingYear)) ?? { key: raw, resolvedBy: null };
      const key = final(r.key);
      // A citation first kept as its own undated node, then renamed in this batch, is an inference too.
      const resolvedBy = r.resolvedBy ?? (key !== raw ? RESOLVED_BY.citationWithoutDate : null);
      return { key, resolvedBy };
    },
    rekeys: rekeys.map((r) => ({ ...r, to: final(r.to) })),
  };
}
