import { beforeAll, describe, expect, it } from 'vitest';
import { graphVersion } from '../../src/graph/executor.js';
import { cachedReads, type CachedReadRunner } from '../../src/graph/read/cache.js';
import { fetchDerivedTasks } from '../../src/graph/read/derived-tasks.js';
import { createReadRunner, type ReadRunner } from '../../src/graph/read/runner.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { useGraph } from '../helpers/graph.js';

/**
 * The server's answer cache on a real Neo4j: a derivedTasks page asked again is answered from
 * memory while the graph is unchanged, and a write, by any process, makes the next request see it.
 * Seeds 000, 002, 003 and 004 first, then 001 (308-TB/QU, the link from 17/CT-UBND down to the ward's 100-CV/ĐU).
 */
const graph = useGraph();
const KEY_17 = 'doc:17/CT-UBND|org:ubnd@p01|2021';
const args = { order: KEY_17, level: 'ward', first: 20, maxDepth: 10, relations: ['IMPLEMENTS' as const] };
let plain: ReadRunner;
let cached: CachedReadRunner;
let queries = 0;

beforeAll(async () => {
  const database = graph.target.NEO4J_DATABASE;
  plain = createReadRunner(graph.driver, { database, timeoutMs: 30_000 });
  const counting: ReadRunner = { run: (q, what) => { queries++; return plain.run(q, what); }, ping: () => plain.ping() };
  cached = cachedReads(counting, { entries: 16, version: () => graphVersion({ driver: graph.driver, database }, { what: 'test' }) });
});

async function ingestSeeds(names: string[]): Promise<void> {
  const target = { driver: graph.driver, database: graph.target.NEO4J_DATABASE };
  const summary = await ingest(names.map((n) => `corpus/seeds/${n}`), { target, stages: await defaultStages() });
  expect(summary.counts.failed).toBe(0);
}

describe('the read-answer cache', () => {
  it('the graph version changes with a write and not with a read', async () => {
    const target = { driver: graph.driver, database: graph.target.NEO4J_DATABASE };
    const before = await graphVersion(target, { what: 'test' });
    expect(before).not.toBe('');
    expect(await graphVersion(target, { what: 'test' })).toBe(before);
    await ingestSeeds(['000_536973292510776d.txt']);
    expect(await graphVersion(target, { what: 'test' })).not.toBe(before);
  });

  it('answers derivedTasks from memory until the graph changes, then as the graph answers', async () => {
    await ingestSeeds(['002_78fb6ff3a99b7859.txt', '003_c09e61e9c2e10806.txt', '004_d8026a3a8832f7a7.txt']);
    const first = await fetchDerivedTasks(cached, args);
    const again = await fetchDerivedTasks(cached, args);
    expect(again).toEqual(first);
    expect(queries).toBe(1);
    expect(first).toEqual(await fetchDerivedTasks(plain, args));

    await ingestSeeds(['001_6e391b9519626a64.txt']);
    const after = await fetchDerivedTasks(cached, args);
    expect(queries).toBe(2);
    expect(after).toEqual(await fetchDerivedTasks(plain, args));
    // 308-TB/QU brings its own ward tasks below 17/CT-UBND, and 100-CV/ĐU's through it.
    expect(after.totalCount).toBeGreaterThan(first.totalCount);
    expect(after.totalCount).toBe(9);
  });

  it('reads a report-sized page (over 100) from the graph every time', async () => {
    const before = queries;
    await fetchDerivedTasks(cached, { ...args, first: 500 });
    await fetchDerivedTasks(cached, { ...args, first: 500 });
    expect(queries).toBe(before + 2);
  });
});
