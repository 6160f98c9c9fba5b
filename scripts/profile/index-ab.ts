/**
 * What each index costs the ingest's write transactions: the same documents ingested into an emptied
 * scratch graph again and again, each round with a set of indexes dropped, the sets taken in turn
 * (A B C … A B C …) so that the machine's load falls on all of them alike. Prints, per set and
 * round, the write transactions' time and the part of it outside their statements (commit: where
 * index updates are applied).
 *
 *   npx tsx scripts/profile/index-ab.ts --dir .data/bench/corpus-10000 --limit 2000 --rounds 2 \
 *     --set all= --set no-directive_text=directive_text --set no-fulltext=directive_text,task_text
 *   npx tsx scripts/profile/index-ab.ts --dir … --limit 1600 --set b100=@100 --set b200=@200 --set b400=@400 (a batch-size sweep)
 *
 * Also the CPU seconds the embedded Neo4j spent on the run (/proc/<pid>/stat, on Linux), which the other sessions sharing the cores do not inflate as they do the
 * wall time. --reverse takes the sets in reverse order every other round.
 * Uses its own embedded Neo4j (DATA_DIR .data/index-ab, Bolt port BENCH_NEO4J_PORT or 7812).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { autoCommit } from '../../src/graph/executor.js';
import { applySchema } from '../../src/graph/migrate.js';
import { clearGraph } from '../../src/graph/maintenance.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { StageClock } from '../../src/ingest/stage-clock.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { ParsePool } from '../../src/ingest/workers/pool.js';
import { openScratchGraph } from './scratch-graph.js';

const { values } = parseArgs({ options: {
  dir: { type: 'string' }, limit: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '2' },
  set: { type: 'string', multiple: true, default: ['all='] }, reverse: { type: 'boolean', default: false }, workers: { type: 'string', default: '2' }, 'batch-size': { type: 'string' },
} });
if (!values.dir) throw new Error('--dir is required');
const port = Number(process.env.BENCH_NEO4J_PORT ?? 7812);
// A set: name=index,index[@batch size] (the indexes dropped; optionally its own documents per transaction).
const sets = values.set.map((s) => {
  const [name, rest] = s.split('=');
  const [drops, batch] = (rest ?? '').split('@');
  return { name: name!, drops: (drops ?? '').split(',').filter(Boolean), batch: batch ? Number(batch) : undefined };
});

/** CPU seconds (user + system) the process has used: fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second). */
function cpuSeconds(pid: string | undefined): number {
  if (!pid) return Number.NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const graph = await openScratchGraph('index-ab', { port, dir: values.dir, keep: false });
const { driver, target } = graph;
/** The embedded Neo4j of this probe: the java process whose command line names its data folder. */
function neo4jPid(): string | undefined {
  try {
    return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).find((d) => {
      try {
        const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
        return cmd.includes('EmbeddedNeo4j') && cmd.includes('.data/index-ab/');
      } catch {
        return false;
      }
    });
  } catch {
    return undefined;
  }
}
const jvmPid = neo4jPid();
const paths = graph.paths.slice(0, Number(values.limit));
const stages = await defaultStages();
const defaultBatch = values['batch-size'] ? Number(values['batch-size']) : undefined;
const results: Record<string, { tx: number; rest: number; wall: number; load: number; jvm: number }[]> = {};
try {
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const set of values.reverse && round % 2 === 1 ? [...sets].reverse() : sets) {
      await clearGraph(target);
      await applySchema(driver, 'schema');
      // Index names cannot be parameters: these come from the command line of this development probe.
      for (const name of set.drops) await autoCommit(target, { cypher: `DROP INDEX ${name} IF EXISTS`, params: {} }, { mode: 'WRITE', what: 'dropping an index' });
      const clock = new StageClock();
      const load = loadavg()[0] ?? 0;
      const pool = Number(values.workers) > 1 ? new ParsePool({ workers: Number(values.workers) }) : undefined;
      const t0 = performance.now();
      const cpu0 = cpuSeconds(jvmPid);
      const batchSize = set.batch ?? defaultBatch;
      await ingest(paths, { target, stages, pool, clock, ...(batchSize ? { batchSize } : {}) }).finally(() => pool?.close());
      const wall = performance.now() - t0;
      const jvm = cpuSeconds(jvmPid) - cpu0;
      const totals = clock.totalsByStage();
      const tx = totals['write.transaction']?.ms ?? 0;
      const inStatements = Object.entries(totals).filter(([k]) => k.startsWith('write.') && k !== 'write.transaction').reduce((n, [, t]) => n + t.ms, 0);
      (results[set.name] ??= []).push({ tx, rest: tx - inStatements, wall, load, jvm });
      console.log(`round ${round + 1} ${set.name.padEnd(24)} load ${load.toFixed(1).padStart(5)}  wall ${(wall / 1000).toFixed(1)} s  ` +
        `write tx ${(tx / 1000).toFixed(1)} s  outside statements (commit) ${((tx - inStatements) / 1000).toFixed(1)} s  Neo4j CPU ${jvm.toFixed(1)} s`);
    }
  }
  console.log('\nset'.padEnd(26) + 'write tx s (each round)'.padStart(30) + 'commit s (each round)'.padStart(30) + 'Neo4j CPU s (each round)'.padStart(30));
  for (const [name, rs] of Object.entries(results)) {
    console.log(name.padEnd(25) + rs.map((r) => (r.tx / 1000).toFixed(1)).join(' / ').padStart(30) + rs.map((r) => (r.rest / 1000).toFixed(1)).join(' / ').padStart(30) + rs.map((r) => r.jvm.toFixed(1)).join(' / ').padStart(30));
  }
} finally {
  await graph.close();
}
