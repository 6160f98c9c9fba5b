import type { ManagedTransaction } from 'neo4j-driver';
import { addStats, emptyStats, readTx, runIn, writeTx, type Bookmarks, type GraphTarget, type WriteStats } from '../executor.js';
import type { Query } from '../query.js';
import { findByPath, findBySha256, findBySha256Since, findCandidates, serverNow, type NamedNumber } from './lookup.js';
import { demoteDirectives, mergeDirectives, mergeOrganizations, mergePersons, mergeReferenced, rekeyDirectives } from './nodes.js';
import {
  createAssigns, createCitations, createIssuedBy, splitIssuedBy, createSentTo, createSignedBy, linkChildren, linkParents, mergeAssigns, mergeCitations, mergeIssuedBy,
  mergeSentTo, mergeSignedBy, uniqueEdges,
} from './edges.js';
import {
  deleteOrphanDirectives, deleteOrphanOrganizations, deleteOrphanPersons, handOverIssuedBy, relabelOrganizations,
  retractStatements,
} from './retract.js';
import type { WriteBatch } from './rows.js';
import { combineStatements } from './combine.js';
import { DROP_LOCK, TAKE_LOCK } from './lock.js';
import { mergeSuccessions, mergeSuccessorStubs, setPeriods } from './succession.js';

export type * from './rows.js';
export { emptyBatch } from './rows.js';

/**
 * Writes one batch in ONE transaction: a batch is in the graph whole or not at all, so a killed
 * ingest leaves no half-written document and its re-run (MERGE everywhere) adds no duplicate.
 * Order: rekeys, withdrawals, nodes, edges, hierarchy, then removal of what became orphan.
 */
export async function writeBatch(target: GraphTarget, batch: WriteBatch, bookmarks?: Bookmarks): Promise<WriteStats> {
  return writeTx(target, { what: 'writing a batch of documents', bookmarks }, (tx) => writeBatchIn(tx, batch));
}

/**
 * Decides identity and writes in ONE transaction, holding the ingest lock: the lookup the identity
 * rules need, `plan` (pure: it may run again when the driver retries), then the write. Two ingests
 * running at once therefore never both decide that a document is new.
 */
export async function writeResolved<P extends { batch: WriteBatch }>(
  target: GraphTarget,
  request: LookupRequest,
  plan: (lookup: Lookup) => P,
  bookmarks?: Bookmarks,
  time?: StatementTimer,
): Promise<{ planned: P; stats: WriteStats }> {
  return writeTx(target, { what: 'writing a batch of documents', bookmarks }, async (tx) => {
    const timed = timer(time);
    // The lock and the look-up are sent together: Bolt runs a transaction's queries in the order
    // sent, so the look-up still reads under the lock, and the batch waits for one round trip, not three.
    const [, lookup] = await Promise.all([timed('write.lock', () => tx.run(TAKE_LOCK)), timed('write.lookup', () => lookUpIn(tx, request))]);
    const planned = await timed('write.plan', async () => plan(lookup));
    const stats = await writeBatchIn(tx, planned.batch, timed, true);
    return { planned, stats };
  });
}

/**
 * The write path's statements keep the plan they were first given (`CYPHER replan=skip`). Every
 * statement here starts from nodes sought by a unique key, so its plan does not depend on the
 * graph's size; but Neo4j replans a cached query whenever its statistics have moved by more than
 * its threshold, which an ingest into a growing graph makes them do all the time: replanning the
 * combined statements was 28% of Neo4j's CPU on a 2,000-document ingest (a JFR profile; see
 * CHANGELOG). scripts/profile/writer-ab.ts --plans checks that the plans made on an empty graph
 * are the plans made on a full one.
 */
export const PLAN_ONCE = 'CYPHER replan=skip ';

function plannedOnce(q: Query): Query {
  return { cypher: PLAN_ONCE + q.cypher, params: q.params };
}

/** Told how long each statement of a write took (the ingest's stage clock), when asked. */
export type StatementTimer = (stage: string, ms: number) => void;
type Timed = <T>(stage: string, work: () => Promise<T>) => Promise<T>;

/**
 * Times statements that may be in flight together. Bolt answers a transaction's queries in the order
 * sent, so a statement's time runs from when it was sent or the one before it was answered,
 * whichever is later, to its own answer: the stages still add up to the time spent waiting.
 */
function timer(time: StatementTimer | undefined): Timed {
  if (!time) return (_stage, work) => work();
  let lastDone = 0;
  return async (stage, work) => {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      const t1 = performance.now();
      time(stage, t1 - Math.max(t0, lastDone));
      lastDone = t1;
    }
  };
}

async function writeBatchIn(tx: ManagedTransaction, batch: WriteBatch, timed: Timed = timer(undefined), unlock = false): Promise<WriteStats> {
  let stats = emptyStats();
  // Statements whose answers the next ones do not wait for are sent without waiting for theirs (one
  // round trip for all of them, see writeResolved); Bolt still runs them in this order.
  const run = async (name: string, q: Query, when: boolean) => {
    if (!when) return [];
    const r = await timed(`write.${name}`, () => runIn(tx, plannedOnce(q)));
    stats = addStats(stats, r.stats);
    return r.rows;
  };

  const withdrawn = [...new Set([...batch.retract, ...batch.demote])];
  const documents = documentStatements(batch);
  const [, , touched, , organizations] = await Promise.all([
    run('rekey', rekeyDirectives(batch.rekeys), batch.rekeys.length > 0),
    run('handOverIssuedBy', handOverIssuedBy(withdrawn), withdrawn.length > 0),
    run('retract', retractStatements(withdrawn), withdrawn.length > 0),
    run('demote', demoteDirectives(batch.demote), batch.demote.length > 0),
    run('organizations', mergeOrganizations(batch.organizations), batch.organizations.length > 0),
    // One statement for the directives and edges, one for the hierarchy: see combineStatements.
    run('documents', combineStatements(documents.map((st) => st.query)), documents.length > 0),
  ]);
  const written = new Set(organizations.map((r) => r.key as string));
  const hierarchy = hierarchyStatements(batch, written);
  const cleanUpNeeded = touched.length > 0 || batch.demote.length > 0;
  await Promise.all([
    run('hierarchy', combineStatements(hierarchy.map((st) => st.query)), hierarchy.length > 0),
    cleanUpNeeded ? timed('write.cleanUp', () => cleanUp(tx, touched, batch.demote, (s) => { stats = addStats(stats, s); })) : undefined,
    // The lock is held until the transaction ends whenever its node is deleted: dropped with the last statements.
    unlock ? timed('write.unlock', () => tx.run(DROP_LOCK)) : undefined,
  ]);
  return stats;
}

async function cleanUp(tx: ManagedTransaction, touched: Record<string, unknown>[], demoted: string[], add: (s: WriteStats) => void) {
  const of = (kind: string) => touched.filter((t) => t.kind === kind && typeof t.key === 'string').map((t) => t.key as string);
  const directives = [...new Set([...of('directive'), ...demoted])];
  const orgs = new Set(of('organization'));
  if (directives.length > 0) {
    const r = await runIn<{ issuers: string[] }>(tx, plannedOnce(deleteOrphanDirectives(directives)));
    add(r.stats);
    for (const row of r.rows) for (const k of row.issuers) orgs.add(k);
  }
  if (orgs.size > 0) {
    add((await runIn(tx, plannedOnce(deleteOrphanOrganizations([...orgs])))).stats);
    add((await runIn(tx, plannedOnce(relabelOrganizations([...orgs])))).stats);
  }
  const persons = of('person');
  if (persons.length > 0) add((await runIn(tx, plannedOnce(deleteOrphanPersons(persons)))).stats);
}

type Statement = { name: string; query: Query };

/**
 * The statements that write a batch's directives, persons and edges, in the order they run (after
 * the organisations, before the hierarchy); empty ones are left out. Exported, with
 * hierarchyStatements, so that scripts/profile-ingest.ts can PROFILE exactly what a batch runs.
 */
export function documentStatements(batch: WriteBatch): Statement[] {
  const out: Statement[] = [];
  const add = (name: string, query: Query, when: boolean) => { if (when) out.push({ name, query }); };
  add('directives', mergeDirectives(batch.directives), batch.directives.length > 0);
  add('referenced', mergeReferenced(batch.referenced), batch.referenced.length > 0);
  add('persons', mergePersons(batch.persons), batch.persons.length > 0);

  const issuedBy = splitIssuedBy(batch.issuedBy, new Set(batch.created ?? []));
  add('issuedBy', mergeIssuedBy(issuedBy.merged), issuedBy.merged.length > 0);
  add('issuedBy (created)', createIssuedBy(issuedBy.created), issuedBy.created.length > 0);
  // Edges stated by a document the graph holds no statement of cannot exist yet: created, not
  // merged (MERGE's look for an existing edge was most of these statements' db hits).
  const fresh = new Set(batch.fresh ?? []);
  const split = <R extends { from: string; to: string; props: { statedIn: string } }>(rows: R[], identity: (r: R) => string) => {
    const created = rows.filter((r) => fresh.has(r.props.statedIn));
    return { created: uniqueEdges(created, (r) => `${r.from}\u0000${r.to}\u0000${identity(r)}`), merged: rows.filter((r) => !fresh.has(r.props.statedIn)) };
  };
  for (const type of ['IMPLEMENTS', 'BASED_ON', 'CITES'] as const) {
    const { created, merged } = split(batch.citations[type], (r) => r.props.statedIn);
    add(type, mergeCitations(type, merged), merged.length > 0);
    add(`${type} (created)`, createCitations(type, created), created.length > 0);
  }
  const assigns = split(batch.assigns, (r) => r.props.taskId);
  add('assigns', mergeAssigns(assigns.merged), assigns.merged.length > 0);
  add('assigns (created)', createAssigns(assigns.created), assigns.created.length > 0);
  const sentTo = split(batch.sentTo, (r) => r.props.list);
  add('sentTo', mergeSentTo(sentTo.merged), sentTo.merged.length > 0);
  add('sentTo (created)', createSentTo(sentTo.created), sentTo.created.length > 0);
  const signedBy = split(batch.signedBy, () => '');
  add('signedBy', mergeSignedBy(signedBy.merged), signedBy.merged.length > 0);
  add('signedBy (created)', createSignedBy(signedBy.created), signedBy.created.length > 0);
  return out;
}

/**
 * PART_OF, successions and periods of the organisations mergeOrganizations wrote (`written`: new
 * or changed). They depend only on an organisation's key and parent key, so an organisation the
 * graph already held as it is got them when it was written: a parent that came later adopted it
 * (linkChildren), a predecessor that came later linked itself forward, and its period and its
 * successor stubs were set with it. A succession row is kept when either end was written, a period
 * when its organisation was written or is the stub of a kept row.
 */
export function hierarchyStatements(batch: WriteBatch, written: ReadonlySet<string>): Statement[] {
  const out: Statement[] = [];
  const add = (name: string, query: Query, when: boolean) => { if (when) out.push({ name, query }); };
  const orgKeys = batch.organizations.map((o) => o.key).filter((k) => written.has(k));
  const successions = batch.successions.filter((r) => written.has(r.from) || written.has(r.to));
  const stubs = new Set(successions.filter((r) => r.stub !== null).map((r) => r.to));
  const periods = batch.periods.filter((p) => written.has(p.key) || stubs.has(p.key));
  add('linkParents', linkParents(orgKeys), orgKeys.length > 0);
  add('linkChildren', linkChildren(orgKeys), orgKeys.length > 0);
  add('successorStubs', mergeSuccessorStubs(successions), stubs.size > 0);
  add('successions', mergeSuccessions(successions), successions.length > 0);
  add('periods', setPeriods(periods), periods.length > 0);
  return out;
}

/** A directive node as the writer's identity rules see it. */
export interface Candidate {
  key: string;
  status: 'ingested' | 'referenced';
  series: string | null;
  numberKey: string | null;
  issuerKey: string | null;
  issuedOn: string | null;
  sourcePath: string | null;
  sha256: string | null;
  /** Kind and folded name of its issuer, when the graph has the issuer (and, for nameKey, wrote it with one). */
  issuerKind?: string | null;
  issuerNameKey?: string | null;
}

export interface Lookup {
  /** sha256 -> key of the directive already ingested from identical bytes. */
  bySha256: Map<string, { key: string; path: string | null }>;
  /** path -> keys of directives ingested from that path. */
  byPath: Map<string, { key: string; sha256: string | null }[]>;
  candidates: Candidate[];
}

export interface LookupRequest {
  shas: string[];
  /** Only directives written at this server time or later answer for `shas` (a `--force` run's own writes). */
  shasSince?: string | undefined;
  paths: string[]; keys: string[]; series: string[]; numberKeys: string[]; named?: NamedNumber[];
}

/** The server's clock now, ISO 8601 (where a `--force` run starts: see LookupRequest.shasSince). */
export async function serverTime(target: GraphTarget, bookmarks?: Bookmarks): Promise<string> {
  const rows = await readTx(target, { what: 'reading the server clock', bookmarks }, async (tx) => (await runIn<{ now: string }>(tx, serverNow())).rows);
  return rows[0]!.now;
}

/** Everything the identity rules need to know about the graph for one batch, in one read transaction. */
export async function lookUp(target: GraphTarget, req: LookupRequest, bookmarks?: Bookmarks): Promise<Lookup> {
  return readTx(target, { what: 'looking up existing documents', bookmarks }, (tx) => lookUpIn(tx, req));
}

async function lookUpIn(tx: ManagedTransaction, req: LookupRequest): Promise<Lookup> {
  const named = req.named ?? [];
  // The three look-ups are sent together and answered in order: one round trip.
  const [shas, paths, candidates] = await Promise.all([
    req.shas.length === 0 ? [] : runIn<{ sha256: string; key: string; path: string | null }>(tx,
      plannedOnce(req.shasSince === undefined ? findBySha256(req.shas) : findBySha256Since(req.shas, req.shasSince))).then((r) => r.rows),
    req.paths.length === 0 ? [] : runIn<{ path: string; key: string; sha256: string | null }>(tx, plannedOnce(findByPath(req.paths))).then((r) => r.rows),
    req.keys.length + req.series.length + req.numberKeys.length + named.length === 0 ? []
      : runIn<Candidate & Record<string, unknown>>(tx, plannedOnce(findCandidates(req.keys, req.series, req.numberKeys, named))).then((r) => r.rows),
  ]);
  const bySha256 = new Map<string, { key: string; path: string | null }>();
  for (const r of shas) bySha256.set(r.sha256, { key: r.key, path: r.path });
  const byPath = new Map<string, { key: string; sha256: string | null }[]>();
  for (const r of paths) {
    const list = byPath.get(r.path) ?? [];
    list.push({ key: r.key, sha256: r.sha256 });
    byPath.set(r.path, list);
  }
  return { bySha256, byPath, candidates };
}
