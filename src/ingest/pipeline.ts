import { createHash } from 'node:crypto';
import { DatabaseError, isDirectiveGraphError, type DirectiveGraphError } from '../errors.js';
import type { DocumentRecord } from '../model/record.js';
import { addStats, emptyStats, newBookmarks, type GraphTarget, type WriteStats } from '../graph/executor.js';
import { lookUp, serverTime, writeResolved } from '../graph/write/index.js';
import { lookupRequest, planBatch, type Outcome } from './batch.js';
import type { ParsePool } from './workers/pool.js';
import { SeenShas } from './seen-shas.js';
import type { StageClock } from './stage-clock.js';
import { parseSource, toFailure, type Failure, type SourceDocument, type Stages } from './source.js';

export { parseSource, toFailure, type Failure, type SourceDocument, type Stages } from './source.js';

/**
 * The ingest pipeline: walk -> read -> parse -> resolve -> batch -> write, streaming. At most two
 * batches are in memory at once (the one being written and the next one being read and parsed, so
 * that parsing overlaps Neo4j's work on the other core); a folder of any size streams through.
 */

export interface Progress {
  done: number;
  counts: Record<Outcome, number>;
  elapsedMs: number;
}

export interface WriteOptions {
  target: GraphTarget;
  /** Documents per write transaction. */
  batchSize?: number | undefined;
  onProgress?: ((p: Progress) => void) | undefined;
  onFailure?: ((f: Failure) => void) | undefined;
  /**
   * Where each document went (or why not), as it is known. The summary keeps counts only, so that a
   * run of any size holds nothing per document; a caller that wants the list keeps it.
   */
  onDocument?: ((d: DocumentOutcome) => void) | undefined;
  /** Where the time goes, stage by stage (the bench's `--profile`); nothing is timed without it. */
  clock?: StageClock | undefined;
}

export interface IngestOptions extends WriteOptions {
  stages: Stages;
  /** Write files whose bytes are already in the graph, instead of skipping them. */
  force?: boolean | undefined;
  /** Files read at the same time. */
  readConcurrency?: number | undefined;
  /**
   * Parse workers: files are read and parsed on these threads instead of with `stages` (which then
   * serve nothing but the API's texts). The caller starts and closes the pool.
   */
  pool?: ParsePool | undefined;
  /**
   * Stops the run between batches: the batch being written finishes (its transaction commits or
   * fails whole), nothing after it is read or written, and the summary says `interrupted`.
   */
  signal?: AbortSignal | undefined;
}

export interface DocumentOutcome {
  path: string;
  outcome: Outcome;
  key?: string;
  error?: string;
}

export interface IngestSummary {
  counts: Record<Outcome, number>;
  /** The first MAX_LISTED_FAILURES failures (all of them are counted, and each goes to onFailure). */
  failures: Failure[];
  stats: WriteStats;
  /** Parser, reader and writer warnings by code. */
  warnings: Record<string, number>;
  elapsedMs: number;
  batches: number;
  /** The run was stopped by its signal: files after the last written batch were not stored. */
  interrupted: boolean;
}

/**
 * Documents per write transaction, chosen by measurement (`npm run bench`, ingest section, generated
 * 10,000-document corpus, embedded Neo4j, two runs on 2 cores shared with other work): 50 and 100
 * pay a fixed cost per transaction (101-107 docs/s end to end); 200 (110-180 docs/s) and 500
 * (129-156) were the fastest, 1000 slower (141); peak RSS of the ingest process grew with the batch
 * (~290 MB at 200, ~360 at 500, ~450 at 1000). 200: as fast, less memory, smaller transactions.
 * Swept again on the write path of three round trips a transaction (scripts/profile/index-ab.ts, 1,600
 * documents, 100/200/400/800, in turn and then in reverse, load 14-28): no size was faster in both
 * rounds (wall 44-130 s at 100, 64-77 at 200, 63-68 at 400, 63-65 at 800; Neo4j CPU 8-36 s, falling as
 * its JVM warmed up whatever the size), so 200 stays, for its memory.
 */
export const DEFAULT_BATCH_SIZE = 200;

export const MAX_LISTED_FAILURES = 10_000;

async function mapLimited<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** One run: counts, failures and the write loop shared by every way in (paths, texts, records). */
class Run {
  readonly summary: IngestSummary = {
    counts: { ingested: 0, updated: 0, unchanged: 0, failed: 0 },
    failures: [], stats: emptyStats(), warnings: {}, elapsedMs: 0, batches: 0, interrupted: false,
  };
  private readonly started = Date.now();

  // Each batch's look-up must see the batches written before it, on a cluster too.
  readonly bookmarks = newBookmarks();

  constructor(private readonly opts: WriteOptions) {}

  note(path: string, outcome: Outcome, key?: string, error?: string): void {
    this.summary.counts[outcome] += 1;
    this.opts.onDocument?.({ path, outcome, ...(key ? { key } : {}), ...(error ? { error } : {}) });
  }

  fail(f: Failure): void {
    if (this.summary.failures.length < MAX_LISTED_FAILURES) this.summary.failures.push(f);
    this.note(f.path, 'failed', undefined, f.error.toString());
    this.opts.onFailure?.(f);
  }

  warn(code: string): void {
    this.summary.warnings[code] = (this.summary.warnings[code] ?? 0) + 1;
  }

  progress(): void {
    const done = Object.values(this.summary.counts).reduce((a, b) => a + b, 0);
    this.opts.onProgress?.({ done, counts: { ...this.summary.counts }, elapsedMs: Date.now() - this.started });
  }

  /**
   * Neo4j gone is fatal for the run: the error names the batch and its documents (none of which is
   * stored: its transaction is rolled back) and how many documents are already in.
   */
  unavailable(err: DirectiveGraphError, batchNo: number, doing: 'reading' | 'writing', paths: string[]): DatabaseError {
    const stored = this.summary.counts.ingested + this.summary.counts.updated;
    const which = paths.length === 1 ? paths[0] : `${paths[0]} … ${paths.at(-1)}`;
    return new DatabaseError('DG_DB_UNAVAILABLE',
      `${err.message}; while ${doing} batch ${batchNo} (${paths.length} document${paths.length === 1 ? '' : 's'}: ${which}), which is not stored; ` +
      `${stored} document${stored === 1 ? ' was' : 's were'} stored before it; run the same command again to finish`,
      { cause: err, location: { path: paths[0] }, details: { ...err.details, batch: batchNo, documents: paths, stored } });
  }

  /** Writes batch `batchNo` of the run. */
  async write(records: DocumentRecord[], batchNo: number): Promise<void> {
    try {
      await this.writeOrSplit(records);
    } catch (err) {
      if (!(isDirectiveGraphError(err) && err.code === 'DG_DB_UNAVAILABLE')) throw err;
      throw this.unavailable(err, batchNo, 'writing', records.map((r) => r.source.path ?? r.key));
    }
  }

  /** A batch Neo4j refuses is retried one document at a time, so one bad record costs only itself. */
  private async writeOrSplit(records: DocumentRecord[]): Promise<void> {
    try {
      await this.writeAll(records);
    } catch (err) {
      // Without a database there is nothing to retry document by document: the run stops.
      if (isDirectiveGraphError(err) && err.code === 'DG_DB_UNAVAILABLE') throw err;
      if (records.length === 1) {
        const r = records[0]!;
        this.fail(toFailure(err, r.source.path ?? r.key));
        return;
      }
      for (const r of records) await this.writeOrSplit([r]);
    }
  }

  private async writeAll(records: DocumentRecord[]): Promise<void> {
    let pending = records;
    while (pending.length > 0) {
      const batch = pending;
      const clock = this.opts.clock;
      const write = () => writeResolved(this.opts.target, lookupRequest(batch), (lookup) => planBatch(batch, lookup), this.bookmarks, clock?.add);
      const { planned: plan, stats } = clock ? await clock.time('write.transaction', write) : await write();
      this.summary.stats = addStats(this.summary.stats, stats);
      this.summary.batches += 1;
      for (const d of plan.documents) {
        this.note(d.record.source.path ?? d.key, d.outcome, d.key);
        for (const w of d.record.warnings) this.warn(w.code);
        for (const n of d.notes) this.warn(n.code);
      }
      pending = plan.deferred;
    }
  }

  finish(): IngestSummary {
    this.summary.elapsedMs = Date.now() - this.started;
    return this.summary;
  }
}

/** Reads, parses and writes the files `paths` yields, `batchSize` per transaction. */
export async function ingest(paths: AsyncIterable<string> | Iterable<string>, opts: IngestOptions): Promise<IngestSummary> {
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE);
  const run = new Run(opts);
  const seenShas = new SeenShas();
  // A forced run skips only what it wrote itself: the bytes written since it started.
  let forcedSince: Promise<string> | undefined;

  interface Prepared { records: DocumentRecord[]; unchanged: { path: string; key?: string }[]; failures: Failure[] }

  /** In this thread: read each file, skip those already in, parse the others (the stages may be test doubles). */
  const prepareHere = async (batch: string[]): Promise<Prepared> => {
    const out: Prepared = { records: [], unchanged: [], failures: [] };
    const sources = await timed('prepare.read', () => mapLimited(batch, opts.readConcurrency ?? 8, async (path) => {
      try {
        return await opts.stages.read(path);
      } catch (err) {
        return toFailure(err, path);
      }
    }));
    // Failures are reported in the order of the files, not of the reads that finished first.
    for (const s of sources) if ('error' in s) out.failures.push(s);
    const fresh = sources.filter((s): s is SourceDocument => !('error' in s));
    const known = await knownShas(fresh.map((s) => s.sha256));
    const t0 = performance.now();
    for (const s of fresh) {
      const already = known.get(s.sha256);
      if (already || seenShas.has(s.sha256)) {
        out.unchanged.push({ path: s.path, ...(already ? { key: already.key } : {}) });
        continue;
      }
      seenShas.add(s.sha256);
      try {
        out.records.push(parseSource(opts.stages, s));
      } catch (err) {
        out.failures.push(toFailure(err, s.path));
      }
    }
    opts.clock?.add('prepare.parse', performance.now() - t0);
    return out;
  };

  /**
   * On the parse workers: hash each file there to skip those already in, then read and parse the
   * others there too, so that the main thread reads no file and only plans and writes (hashing here
   * was 23% of a run's wall time, on the thread the writes wait for). Outcomes come back in the order
   * of the files.
   */
  const prepareOnPool = async (pool: ParsePool, batch: string[]): Promise<Prepared> => {
    const out: Prepared = { records: [], unchanged: [], failures: [] };
    const hashes = await timed('prepare.hash', () => pool.hash(batch));
    const known = await knownShas(hashes.filter((h): h is string => h !== null));
    const toParse: string[] = [];
    batch.forEach((path, i) => {
      const sha = hashes[i] ?? null;
      const already = sha ? known.get(sha) : undefined;
      if (sha && (already || seenShas.has(sha))) {
        out.unchanged.push({ path, ...(already ? { key: already.key } : {}) });
        return;
      }
      if (sha) seenShas.add(sha);
      toParse.push(path);
    });
    for (const o of await timed('prepare.parse', () => pool.run(toParse))) {
      if ('record' in o) out.records.push(o.record);
      else out.failures.push(o);
    }
    return out;
  };

  const timed = <T>(stage: string, work: () => Promise<T>): Promise<T> => (opts.clock ? opts.clock.time(stage, work) : work());
  const knownShas = async (shas: string[]) => {
    if (shas.length === 0) return new Map<string, { key: string }>();
    if (opts.force) forcedSince ??= serverTime(opts.target, run.bookmarks);
    const shasSince = opts.force ? await forcedSince : undefined;
    const request = { shas, shasSince, paths: [], keys: [], series: [], numberKeys: [] };
    return (await timed('prepare.knownShas', () => lookUp(opts.target, request, run.bookmarks))).bySha256;
  };

  const prepare = (batch: string[]) => {
    seenShas.nextBatch();
    return opts.pool && opts.pool.size > 0 ? prepareOnPool(opts.pool, batch) : prepareHere(batch);
  };

  const settle = async (p: Prepared, batchNo: number) => {
    for (const f of p.failures) run.fail(f);
    for (const u of p.unchanged) run.note(u.path, 'unchanged', u.key);
    if (p.records.length > 0) await run.write(p.records, batchNo);
    run.progress();
  };

  const stopped = () => opts.signal?.aborted === true;
  let chunk: string[] = [];
  let chunks = 0;
  let inFlight: Promise<void> | null = null;
  // With a clock: how long the parse side waited for the writer, and the writer for the parse side.
  const idleSince = { prepare: performance.now(), write: performance.now() };
  const flush = async () => {
    const batch = chunk;
    const batchNo = ++chunks;
    chunk = [];
    const clock = opts.clock;
    clock?.add('idle.prepare', performance.now() - idleSince.prepare);
    const prepared = await prepare(batch).catch(async (err: unknown) => {
      await inFlight?.catch(() => undefined);
      if (isDirectiveGraphError(err) && err.code === 'DG_DB_UNAVAILABLE') throw run.unavailable(err, batchNo, 'reading', batch);
      throw err;
    });
    idleSince.prepare = performance.now();
    if (inFlight) await inFlight;
    // Read while the previous batch was written; once stopped, it is dropped, not written.
    if (stopped()) return;
    // The first batch's wait is the run's fixed start cost (workers starting, the first parse): apart.
    clock?.add(batchNo === 1 ? 'start.firstBatch' : 'idle.write', performance.now() - idleSince.write);
    inFlight = settle(prepared, batchNo).finally(() => { idleSince.write = performance.now(); });
    // Surfaces a failed write at the next flush instead of as an unhandled rejection.
    inFlight.catch(() => undefined);
  };
  for await (const path of paths) {
    if (stopped()) break;
    chunk.push(path);
    if (chunk.length >= batchSize) await flush();
  }
  if (chunk.length > 0 && !stopped()) await flush();
  if (inFlight) await inFlight;
  run.summary.interrupted = stopped();
  return run.finish();
}

/** Writes records that are already parsed (tests, generated corpora), `batchSize` per transaction. */
export async function ingestRecords(records: AsyncIterable<DocumentRecord> | Iterable<DocumentRecord>, opts: WriteOptions): Promise<IngestSummary> {
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE);
  const run = new Run(opts);
  let chunk: DocumentRecord[] = [];
  let chunks = 0;
  for await (const r of records) {
    chunk.push(r);
    if (chunk.length >= batchSize) {
      await run.write(chunk, ++chunks);
      run.progress();
      chunk = [];
    }
  }
  if (chunk.length > 0) {
    await run.write(chunk, ++chunks);
    run.progress();
  }
  return run.finish();
}

export interface TextInput {
  text: string;
  /** A name for messages and `sourcePath`; defaults to `text:<sha256 prefix>`. */
  path?: string | null | undefined;
}

export interface TextOutcome {
  path: string;
  record: DocumentRecord | null;
  outcome: Outcome;
  error: DirectiveGraphError | null;
}

/**
 * Texts in (the API's `ingest` mutation), records out: each text is parsed and written; a text that
 * does not parse is reported and the others go on.
 */
export async function ingestTexts(texts: TextInput[], opts: WriteOptions & { parse: Stages['parse'] }): Promise<{ results: TextOutcome[]; summary: IngestSummary }> {
  const results: TextOutcome[] = [];
  const records: DocumentRecord[] = [];
  const failures = new Map<string, Failure>();
  // The texts of one request are few (the API caps them): their outcomes are kept to answer it.
  const byPath = new Map<string, DocumentOutcome>();
  for (const t of texts) {
    const sha256 = createHash('sha256').update(t.text, 'utf8').digest('hex');
    const path = t.path ?? `text:${sha256.slice(0, 12)}`;
    try {
      const record = { ...opts.parse(t.text, { path, sha256, encoding: 'utf-8' }), text: t.text };
      records.push(record);
      results.push({ path, record, outcome: 'ingested', error: null });
    } catch (err) {
      const f = toFailure(err, path);
      failures.set(path, f);
      results.push({ path, record: null, outcome: 'failed', error: f.error });
    }
  }
  const summary = await ingestRecords(records, { ...opts, onDocument: (d) => { byPath.set(d.path, d); opts.onDocument?.(d); } });
  for (const f of failures.values()) {
    summary.failures.push(f);
    summary.counts.failed += 1;
  }
  const writeFailures = new Map(summary.failures.map((f) => [f.path, f]));
  for (const r of results) {
    if (r.outcome === 'failed') continue;
    const d = byPath.get(r.path);
    if (d) r.outcome = d.outcome;
    const wf = writeFailures.get(r.path);
    if (wf) r.error = wf.error;
  }
  return { results, summary };
}
