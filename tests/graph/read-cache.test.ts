import { describe, expect, it } from 'vitest';
import { cachedReads, sharedProbe } from '../../src/graph/read/cache.js';
import type { Query } from '../../src/graph/query.js';
import type { ReadRunner, RunOptions } from '../../src/graph/read/runner.js';

/**
 * The read-answer cache (src/graph/read/cache.ts) over a fake runner and a fake graph version: what
 * a reader of the API relies on is that an answer is never older than the graph it asked, and that
 * only the queries meant to be cached are.
 */

/** A graph whose answers are its version, and which counts the queries that reached it. */
function fakeGraph() {
  const state = { version: 'v1', queries: 0, probes: 0, fail: false };
  const inner: ReadRunner = {
    async run<T>(query: Query, _what: string, opts?: RunOptions<T>): Promise<T[]> {
      state.queries++;
      await Promise.resolve();
      if (state.fail) throw new Error('Neo4j failed');
      const rows = [{ order: query.params.order, seenAt: state.version, nested: { list: [1, 2] } }] as T[];
      return opts?.shape ? rows.map(opts.shape) : rows;
    },
    async ping() {},
  };
  const version = async () => {
    state.probes++;
    await Promise.resolve();
    return state.version;
  };
  return { state, inner, version };
}

const q = (order: string): Query => ({ cypher: 'MATCH (order:Directive {key: $order}) RETURN order', params: { order } });

describe('cachedReads', () => {
  it('answers the same cacheable query from memory until the graph changes, then asks the graph again', async () => {
    const g = fakeGraph();
    const reads = cachedReads(g.inner, { entries: 10, version: g.version });
    expect(await reads.run(q('a'), 'test', { cache: true })).toEqual([{ order: 'a', seenAt: 'v1', nested: { list: [1, 2] } }]);
    expect(await reads.run(q('a'), 'test', { cache: true })).toEqual([{ order: 'a', seenAt: 'v1', nested: { list: [1, 2] } }]);
    expect(g.state.queries).toBe(1);
    g.state.version = 'v2';
    expect(await reads.run(q('a'), 'test', { cache: true })).toEqual([{ order: 'a', seenAt: 'v2', nested: { list: [1, 2] } }]);
    expect(g.state.queries).toBe(2);
    expect(reads.size()).toBe(1);
  });

  it('keeps queries apart by their parameters', async () => {
    const g = fakeGraph();
    const reads = cachedReads(g.inner, { entries: 10, version: g.version });
    const [a, b] = await Promise.all([reads.run<{ order: string }>(q('a'), 't', { cache: true }), reads.run<{ order: string }>(q('b'), 't', { cache: true })]);
    expect([a[0]!.order, b[0]!.order]).toEqual(['a', 'b']);
    expect(g.state.queries).toBe(2);
  });

  it('keeps queries apart by their text, and finds a text again whichever string holds it', async () => {
    const g = fakeGraph();
    const reads = cachedReads(g.inner, { entries: 10, version: g.version });
    const other: Query = { cypher: 'MATCH (order:Organization {key: $order}) RETURN order', params: { order: 'a' } };
    await reads.run(q('a'), 't', { cache: true });
    await reads.run(other, 't', { cache: true });
    expect(g.state.queries).toBe(2);
    const sameText: Query = { cypher: ['MATCH (order:Directive {key: $order})', 'RETURN order'].join(' '), params: { order: 'a' } };
    await reads.run(sameText, 't', { cache: true });
    expect(g.state.queries).toBe(2);
  });

  it('sends a query that does not ask for the cache, or any query with no entries allowed or no version, to the graph every time', async () => {
    const g = fakeGraph();
    const reads = cachedReads(g.inner, { entries: 10, version: g.version });
    await reads.run(q('a'), 't');
    await reads.run(q('a'), 't');
    expect(g.state.queries).toBe(2);
    expect(g.state.probes).toBe(0);

    const off = cachedReads(g.inner, { entries: 0, version: g.version });
    await off.run(q('a'), 't', { cache: true });
    await off.run(q('a'), 't', { cache: true });
    expect(g.state.queries).toBe(4);

    const noBookmark = cachedReads(g.inner, { entries: 10, version: async () => '' });
    await noBookmark.run(q('a'), 't', { cache: true });
    await noBookmark.run(q('a'), 't', { cache: true });
    expect(g.state.queries).toBe(6);
    expect(noBookmark.size()).toBe(0);
  });

  it('runs one query for requests that ask the same at once', async () => {
    const g = fakeGraph();
    let release = () => {};
    const gate = new Promise<void>((done) => { release = done; });
    const slow: ReadRunner = { run: async <T>(query: Query) => { await gate; return g.inner.run<T>(query, 't'); }, ping: async () => {} };
    const reads = cachedReads(slow, { entries: 10, version: g.version });
    const answers = [reads.run(q('a'), 't', { cache: true }), reads.run(q('a'), 't', { cache: true }), reads.run(q('a'), 't', { cache: true })];
    await new Promise((r) => setTimeout(r, 10));
    release();
    const [a, b, c] = await Promise.all(answers);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(g.state.queries).toBe(1);
  });

  it('keeps no failed answer', async () => {
    const g = fakeGraph();
    const reads = cachedReads(g.inner, { entries: 10, version: g.version });
    g.state.fail = true;
    await expect(reads.run(q('a'), 't', { cache: true })).rejects.toThrow('Neo4j failed');
    expect(reads.size()).toBe(0);
    g.state.fail = false;
    expect(await reads.run(q('a'), 't', { cache: true })).toHaveLength(1);
    expect(g.state.queries).toBe(2);
  });

  it('forgets the least recently used answer past its number of entries', async () => {
    const g = fakeGraph();
    const reads = cachedReads(g.inner, { entries: 2, version: g.version });
    await reads.run(q('a'), 't', { cache: true });
    await reads.run(q('b'), 't', { cache: true });
    await reads.run(q('a'), 't', { cache: true });
    await reads.run(q('c'), 't', { cache: true });
    expect(reads.size()).toBe(2);
    expect(g.state.queries).toBe(3);
    await reads.run(q('a'), 't', { cache: true });
    expect(g.state.queries).toBe(3);
    await reads.run(q('b'), 't', { cache: true });
    expect(g.state.queries).toBe(4);
  });

  it('shapes an answer once, before it is shared: requests answered from memory get the shaped rows as they are', async () => {
    const g = fakeGraph();
    const reads = cachedReads(g.inner, { entries: 10, version: g.version });
    let shaped = 0;
    const shape = (row: { order: string; label?: string }) => {
      shaped++;
      return { ...row, label: `order ${row.order}` };
    };
    const first = await reads.run(q('a'), 't', { cache: true, shape });
    const again = await reads.run(q('a'), 't', { cache: true, shape });
    expect(first[0]!.label).toBe('order a');
    expect(again).toBe(first);
    expect(shaped).toBe(1);
    // Not cached: shaped by the runner for each query.
    expect((await reads.run(q('b'), 't', { shape }))[0]!.label).toBe('order b');
    expect(shaped).toBe(2);
  });

  it('hands out frozen rows, so that no request can change another one\'s answer', async () => {
    const g = fakeGraph();
    const reads = cachedReads(g.inner, { entries: 10, version: g.version });
    const rows = await reads.run<{ nested: { list: number[] } }>(q('a'), 't', { cache: true });
    expect(() => rows[0]!.nested.list.push(3)).toThrow(TypeError);
  });
});

describe('sharedProbe', () => {
  it('lets callers share a probe only when it started after they called', async () => {
    let version = 0;
    const started: number[] = [];
    const resolvers: Array<() => void> = [];
    const probe = sharedProbe(() => {
      started.push(version);
      const at = version;
      return new Promise<string>((done) => resolvers.push(() => done(`v${at}`)));
    });
    const first = probe();
    // Called while the first probe is in flight: a write may have committed after it started.
    version = 1;
    const second = probe();
    const third = probe();
    expect(started).toEqual([0]);
    resolvers[0]!();
    expect(await first).toBe('v0');
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([0, 1]);
    resolvers[1]!();
    expect(await second).toBe('v1');
    expect(await third).toBe('v1');
  });
});
