import { directiveKey, fold, orgNameKey, parseDirectiveKey, slug } from '../model/keys.js';
import type { Area, Citation, DocumentRecord, Organization, Relation, Span } from '../model/record.js';
import type {
  AssignsRow, CitationRow, CitationType, DirectiveRow, EdgeProps, IssuedByRow, OrganizationRow, PersonRow,
  ReferencedRow, SentToRow, SignedByRow, WriteBatch,
} from '../graph/write/rows.js';
import { parentOf } from './hierarchy.js';
import { mergeOrganization, statedBy, UNSTATED_DOC_TYPE } from './organizations.js';
import type { Resolution } from './resolve.js';

/**
 * One DocumentRecord as writer rows (nodes and edges with final keys). Pure. Choices made here:
 * - one citation edge per (citing, cited, relation, stating document): a document that mentions
 *   17/CT-UBND four times states the link once, with the evidence of its most confident mention
 *   and `mentions` = 4;
 * - a CITES edge is dropped when the same document states IMPLEMENTS or BASED_ON between the same
 *   two directives: the plain mention adds nothing to the stronger statement;
 * - a document citing itself states nothing.
 */

/** Something the writer could not use, for the summary's warnings by kind. */
export interface IngestNote {
  code: 'CITATION_UNNUMBERED' | 'CITATION_SELF' | 'NESTED_CITATION_ORPHAN';
  message: string;
}

/** One document's share of a write batch: the batch's lists, with its one directive and its notes. */
// Periods and successions come from the batch's organisations together (src/ingest/succession.ts).
export type DocumentRows = Omit<WriteBatch, 'rekeys' | 'retract' | 'demote' | 'directives' | 'periods' | 'successions'> & {
  directive: DirectiveRow;
  notes: IngestNote[];
};

const RELATION_TYPE: Record<Relation, CitationType> = { implements: 'IMPLEMENTS', basis: 'BASED_ON', cites: 'CITES' };

/** The key a citation's target would have as a document of its own; null when it has no number. */
export function citationKey(c: Citation): string | null {
  if (c.key) return c.key;
  if (!c.number) return null;
  const year = c.issuedOn ? Number(c.issuedOn.slice(0, 4)) : null;
  return directiveKey(c.number, c.issuer?.key ?? null, year);
}

export function areaName(area: Area | null): string | null {
  if (!area) return null;
  const parts = [area.ward, area.district, area.province].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(', ') : null;
}

function orgRow(o: Organization, role: { issuer: boolean; unit: boolean }, name = o.name): OrganizationRow {
  // The owner a document names ("Văn phòng Quận ủy", "Ban Tuyên giáo Đảng ủy") wins; else the levels of the gazetteer.
  const parent = o.partOf ? { key: o.partOf, rule: 'name' } : parentOf(o);
  return {
    key: o.key,
    name,
    nameKey: orgNameKey(o),
    kind: o.kind,
    level: o.level,
    area: areaName(o.area),
    provinceCode: o.area?.provinceCode ?? null,
    districtCode: o.area?.districtCode ?? null,
    wardCode: o.area?.wardCode ?? null,
    collective: o.collective,
    resolvedBy: o.resolvedBy,
    parentKey: parent?.key ?? null,
    parentRule: parent?.rule ?? null,
    ...role,
  };
}

function firstSpan(spans: Span[] | undefined): [number, number] | null {
  const s = spans?.[0];
  return s ? [s[0], s[1]] : null;
}

/**
 * The span of the mention that stands in the evidence sentence. A document can cite the same order
 * several times and the relation is decided by whichever mention says most (a later `thực hiện`
 * outranks an earlier `theo`), so the first mention is not always the evidence's; an edge whose
 * span pointed outside its own sentence would highlight the wrong place in the explorer.
 */
function evidenceSpan(spans: Span[] | undefined, evidence: string | null, text: string | null): [number, number] | null {
  if (spans && evidence && text) {
    for (let from = text.indexOf(evidence); from >= 0; from = text.indexOf(evidence, from + 1)) {
      const to = from + evidence.length;
      const inside = spans.find((s) => s[0] >= from && s[1] <= to);
      if (inside) return [inside[0], inside[1]];
    }
  }
  return firstSpan(spans);
}

function joinResolved(...parts: (string | null | undefined)[]): string | null {
  const p = parts.filter((x): x is string => !!x);
  return p.length > 0 ? p.join('; ') : null;
}

export function documentRows(
  record: DocumentRecord,
  doc: Resolution,
  resolveCitation: (rawKey: string) => Resolution,
): DocumentRows {
  const key = doc.key;
  const notes: IngestNote[] = [];
  const orgs = new Map<string, OrganizationRow>();
  const parsedKey = parseDirectiveKey(key);
  // The type's own fields are laid over the shared ones with Object.assign, not spread into a new
  // literal (`{ ...edge(…), taskId, … }`): V8 built those spread objects about ten times slower, and
  // the edges' rows (some 3,000 a batch) were a third of planning a batch, which the write
  // transaction waits for (scripts/profile: 45 → 31 ms CPU per batch of 200).
  const edge = <P extends object>(evidence: string | null, span: [number, number] | null, rule: string | null, confidence: number | null,
    resolvedBy: string | null, own: P): EdgeProps & P =>
    Object.assign({ statedIn: key, evidence, span, rule, confidence, resolvedBy }, own);

  const directive: DirectiveRow = {
    key,
    series: parsedKey?.series ?? null,
    numberKey: parsedKey?.numberKey ?? null,
    number: record.number,
    docType: record.docType,
    title: record.title,
    issuedOn: record.issuedOn,
    meetingOn: record.meetingOn,
    place: record.place,
    level: record.issuer?.level ?? null,
    family: record.family,
    issuerKey: record.issuer?.key ?? null,
    sourcePath: record.source.path,
    sourceSha256: record.source.sha256,
    encoding: record.source.encoding,
    resolvedBy: doc.resolvedBy,
    searchText: record.title ? fold(record.title) : null,
    warningCodes: record.warnings.map((w) => w.code),
    warningMessages: record.warnings.map((w) => w.message),
    text: record.text ?? null,
  };

  const issuedBy: IssuedByRow[] = [];
  if (record.issuer) {
    const i = record.issuer;
    mergeOrganization(orgs, orgRow(i, { issuer: true, unit: false }, i.body ?? i.name));
    issuedBy.push({ from: key, to: i.key, props: edge(i.surface, firstSpan(i.spans), 'header', 1, i.resolvedBy, { name: i.name }) });
  }

  // Citations: targets first (top-level ones give the keys nested citations hang from).
  const referenced = new Map<string, Omit<ReferencedRow, 'statedIn'>>();
  const targetOf = new Map<Citation, Resolution>();
  for (const c of record.citations) {
    const raw = citationKey(c);
    if (!raw) {
      notes.push({ code: 'CITATION_UNNUMBERED', message: `a ${c.docType} cited without number is not linked: "${c.evidence.slice(0, 80)}"` });
      continue;
    }
    targetOf.set(c, resolveCitation(raw));
  }

  // A cited document becomes a node (with its issuer) only when a statement points at it; later
  // mentions fill what the first one left out (often the title or date).
  const issuerStated = new Set<string>();
  const addTarget = (c: Citation, target: Resolution) => {
    const p = parseDirectiveKey(target.key);
    const known = referenced.get(target.key);
    if (known) {
      known.title ??= c.title;
      known.issuedOn ??= c.issuedOn;
      known.level ??= c.issuer?.level ?? null;
      known.searchText ??= c.title ? fold(c.title) : null;
      if (known.docType === UNSTATED_DOC_TYPE) known.docType = c.docType;
    } else {
      referenced.set(target.key, {
        key: target.key,
        series: p?.series ?? null,
        numberKey: p?.numberKey ?? null,
        number: c.number,
        docType: c.docType,
        title: c.title,
        issuedOn: c.issuedOn,
        level: c.issuer?.level ?? null,
        issuerKey: p?.issuerKey ?? null,
        resolvedBy: null,
        searchText: c.title ? fold(c.title) : null,
      });
    }
    if (c.issuer && p?.issuerKey === c.issuer.key && !issuerStated.has(target.key)) {
      issuerStated.add(target.key);
      mergeOrganization(orgs, orgRow(c.issuer, { issuer: true, unit: false }));
      issuedBy.push({ from: target.key, to: c.issuer.key, props: edge(c.evidence, evidenceSpan(c.spans, c.evidence, record.text ?? null), c.rule, c.confidence, c.issuer.resolvedBy, { name: c.issuer.name }) });
    }
  };

  const topLevel = new Map<string, string>();
  for (const c of record.citations) {
    const t = targetOf.get(c);
    if (t && c.citedBy === null && c.number && !topLevel.has(c.number)) topLevel.set(c.number, t.key);
  }

  type Pending = { from: string; to: string; type: CitationType; c: Citation; resolvedBy: string | null; mentions: number };
  const pending = new Map<string, Pending>();
  for (const c of record.citations) {
    const t = targetOf.get(c);
    if (!t) continue;
    let from = key;
    if (c.citedBy !== null && c.citedBy !== record.number) {
      const via = topLevel.get(c.citedBy);
      if (!via) {
        notes.push({ code: 'NESTED_CITATION_ORPHAN', message: `${c.number} is cited inside ${c.citedBy}, which the document does not cite itself` });
        continue;
      }
      from = via;
    }
    if (from === t.key) {
      notes.push({ code: 'CITATION_SELF', message: `${c.number ?? t.key} cites itself` });
      continue;
    }
    addTarget(c, t);
    const type = RELATION_TYPE[c.relation];
    const id = `${from}\u0000${t.key}\u0000${type}`;
    const prev = pending.get(id);
    if (!prev) {
      pending.set(id, { from, to: t.key, type, c, resolvedBy: joinResolved(t.resolvedBy, c.issuer?.resolvedBy), mentions: 1 });
    } else {
      prev.mentions += 1;
      if (c.confidence > prev.c.confidence) {
        prev.c = c;
        prev.resolvedBy = joinResolved(t.resolvedBy, c.issuer?.resolvedBy);
      }
    }
  }
  const citations: Record<CitationType, CitationRow[]> = { IMPLEMENTS: [], BASED_ON: [], CITES: [] };
  const stronger = new Set([...pending.values()].filter((p) => p.type !== 'CITES').map((p) => `${p.from}\u0000${p.to}`));
  for (const p of pending.values()) {
    if (p.type === 'CITES' && stronger.has(`${p.from}\u0000${p.to}`)) continue;
    citations[p.type].push({
      from: p.from,
      to: p.to,
      props: edge(p.c.evidence, evidenceSpan(p.c.spans, p.c.evidence, record.text ?? null), p.c.rule, p.c.confidence, p.resolvedBy, { mentions: p.mentions }),
    });
  }

  const assigns: AssignsRow[] = [];
  for (const a of record.assignments) {
    const taskId = `${key}#${a.taskId}`;
    const seen = new Set<string>();
    for (const u of a.units) {
      if (seen.has(u.key)) continue;
      seen.add(u.key);
      mergeOrganization(orgs, orgRow(u, { issuer: false, unit: true }));
      assigns.push({
        from: key,
        to: u.key,
        props: edge(a.text, [a.span[0], a.span[1]], a.rule, a.confidence, u.resolvedBy, { taskId, clause: a.clause, text: a.text, role: u.role, directedBy: u.directedBy ?? null, deadline: a.deadline }),
      });
    }
  }

  const sentTo: SentToRow[] = [];
  const sentSeen = new Set<string>();
  for (const r of record.recipients) {
    mergeOrganization(orgs, orgRow(r, { issuer: false, unit: true }));
    const id = `${r.key}\u0000${r.list}`;
    if (sentSeen.has(id)) continue;
    sentSeen.add(id);
    sentTo.push({ from: key, to: r.key, props: edge(r.surface, firstSpan(r.spans), r.list, null, r.resolvedBy, { list: r.list, purpose: r.purpose }) });
  }

  const persons: PersonRow[] = [];
  const signedBy: SignedByRow[] = [];
  if (record.signer) {
    const s = record.signer;
    const personKey = `person:${slug(s.name)}`;
    persons.push({ key: personKey, name: s.name });
    signedBy.push({ from: key, to: personKey, props: edge(s.name, [s.span[0], s.span[1]], 'signature', null, null, { capacity: s.capacity, position: s.position }) });
  }

  return {
    directive,
    organizations: [...orgs.values()],
    referenced: [...referenced.values()].map((r) => statedBy(r, key)),
    persons,
    issuedBy,
    citations,
    assigns,
    sentTo,
    signedBy,
    notes,
  };
}
