/**
 * A/B of derivedTasks variants in one process, taking turns: db hits (PROFILE on the first root) and
 * latency through the read runner, on the graph of the configured Neo4j (the bench's DATA_DIR).
 *   DATA_DIR=.data/bench NEO4J_EMBEDDED_PORT=7817 npx tsx scripts/profile/ab-derived.ts [--runs 30]
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { readTx } from '../../src/graph/executor.js';
import { connectGraph } from '../../src/graph/open.js';
import { derivedTasksQuery, searchDirectives, type DerivedTasksArgs } from '../../src/graph/read/index.js';
import type { DerivedTasksOmit } from '../../src/graph/read/derived-tasks.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
interface Plan { dbHits: number; children: Plan[] }
const hits = (p: Plan): number => p.dbHits + p.children.reduce((n, c) => n + hits(c), 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const VARIANTS: Record<string, DerivedTasksOmit> = {
  full: {},
  'no mandate': { mandate: true },
  'no mandate, lean (the bench request)': { mandate: true, lean: true },
  'no mandate, lean, no links': { mandate: true, lean: true, links: true },
};

const graph = connectGraph(loadConfig(), { schema: false });
const runner = graph.reads({ timeoutMs: 120_000 });
try {
  const listed = await searchDirectives(runner, { level: 'province', docType: 'Chỉ thị', first: 100 });
  const roots = listed.items.map((i) => i.node).filter((d) => d.status === 'ingested').slice(0, 10).map((d) => d.key);
  const args = (key: string, omit: DerivedTasksOmit): DerivedTasksArgs => ({ order: key, level: 'ward', first: 20, maxDepth: 10, relations: ['IMPLEMENTS'], omit });
  const times: Record<string, number[]> = {};
  for (const [name, omit] of Object.entries(VARIANTS)) {
    const q = derivedTasksQuery(args(roots[0]!, omit));
    const profile = await readTx({ driver: graph.driver, database: graph.database }, { what: 'profiling' },
      async (tx) => (await tx.run(`PROFILE ${q.cypher}`, q.params)).summary.profile);
    console.log(`${name}: ${hits(profile as unknown as Plan)} db hits`);
    times[name] = [];
  }
  for (let i = -3; i < Number(values.runs); i++) {
    for (const [name, omit] of Object.entries(VARIANTS)) {
      const t = performance.now();
      await runner.run(derivedTasksQuery(args(roots[(i + 3) % roots.length]!, omit)), 'ab');
      if (i >= 0) times[name]!.push(performance.now() - t);
    }
  }
  for (const [name, t] of Object.entries(times)) console.log(`${name}: p50 ${median(t).toFixed(1)} ms`);
} finally {
  await graph.close();
}
