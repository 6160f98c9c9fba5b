import type { Query } from '../query.js';
import type { ReadRunner, RunOptions } from './runner.js';

/**
 * Answers of cacheable read queries kept for as long as the graph has not changed: the key of an
 * answer is the graph's version (the bookmark of a read made after the request arrived, which
 * changes with every committed write, whichever process wrote it) and the query (text and
 * parameters). A request therefore never sees an answer older than the graph it asked: after a
 * write, the next request finds a new version and runs its query again.
 *
 * Why: a derivedTasks page of a city order on the 100,000-document graph costs ~23,500 db hits
 * (every ward trace below the order is built for totalCount and the sort), about 20 ms of Neo4j CPU
 * and 10 ms of the server's; the explorer, the reports and many readers ask the same few orders
 * again and again between ingests. Only queries whose callers ask for it are cached (RunOptions),
 * and those return a bounded page.
 *
 * The version costs one `RETURN 1` round trip, shared: requests that arrive while a probe is in
 * flight wait for the next one (the one in flight may have started before they arrived, and a
 * write committed in between would be missed), so under load one probe answers a whole batch.
 * A server that returns no bookmark caches nothing.
 */
export interface ReadCacheOptions {
  /** Answers kept (least recently used first out); 0 caches nothing. */
  entries: number;
  /** The graph's version now: a bookmark string, '' when the server gives none. */
  version: () => Promise<string>;
}

export interface CachedReadRunner extends ReadRunner {
  /** Answers kept now (tests, logs). */
  size(): number;
}

/** Objects handed to several requests must not be changed by one of them. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** One probe at a time; a caller waits for a probe that started after it called. */
export function sharedProbe(probe: () => Promise<string>): () => Promise<string> {
  let inFlight: Promise<string> | undefined;
  let queued: Promise<string> | undefined;
  const launch = (): Promise<string> => {
    const p = probe().finally(() => {
      if (inFlight === p) inFlight = undefined;
    });
    inFlight = p;
    return p;
  };
  return () => {
    if (!inFlight) return launch();
    queued ??= inFlight.then(() => undefined, () => undefined).then(() => {
      queued = undefined;
      // A probe launched after the one these callers waited out started after they called, too.
      return inFlight ?? launch();
    });
    return queued;
  };
}

export function cachedReads(inner: ReadRunner, opts: ReadCacheOptions): CachedReadRunner {
  const version = sharedProbe(opts.version);
  let cachedVersion = '';
  const answers = new Map<string, Promise<unknown[]>>();
  // Query texts by a number of their own, so that an answer's key is short. A key that held the text
  // (7,700 characters for derivedTasks) was a new string to flatten and hash on every request: about
  // 50 µs, near a tenth of a cached request's CPU. A text a builder makes once (derived-tasks.ts) is
  // then one string object, whose hash V8 keeps. Texts never carry values (query.ts): they are few.
  const texts = new Map<string, number>();
  const textId = (cypher: string): number => {
    let id = texts.get(cypher);
    if (id === undefined) texts.set(cypher, (id = texts.size));
    return id;
  };

  async function run<T>(query: Query, what: string, runOpts?: RunOptions<T>): Promise<T[]> {
    // The inner runner shapes the rows (RunOptions.shape) before they are frozen and shared.
    const shaped = runOpts?.shape ? { shape: runOpts.shape } : undefined;
    if (!runOpts?.cache || opts.entries <= 0) return inner.run<T>(query, what, shaped);
    const v = await version();
    if (v === '') return inner.run<T>(query, what, shaped);
    if (v !== cachedVersion) {
      // Answers of an older graph are never asked for again.
      answers.clear();
      texts.clear();
      cachedVersion = v;
    }
    const key = `${textId(query.cypher)}\u0000${JSON.stringify(query.params)}`;
    const hit = answers.get(key);
    if (hit) {
      answers.delete(key);
      answers.set(key, hit);
      return hit as Promise<T[]>;
    }
    // Requests for the same answer at once share one query.
    const pending = inner.run<T>(query, what, shaped).then(deepFreeze);
    answers.set(key, pending);
    if (answers.size > opts.entries) answers.delete(answers.keys().next().value!);
    pending.catch(() => {
      if (answers.get(key) === pending) answers.delete(key);
    });
    return pending;
  }

  return { run, ping: () => inner.ping(), size: () => answers.size };
}
