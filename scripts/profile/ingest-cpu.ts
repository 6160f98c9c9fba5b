/**
 * Where an ingest's CPU goes, part by part, in CPU seconds that the load of other work cannot
 * spoil (issue 12): the same run as `directive-graph ingest` (parse workers, batches, pipelined
 * writes) on a folder, with the CPU of
 * - the ingest's main thread (plans, resolve, the driver),
 * - its parse workers (the threads the pool started: read, hash, parse),
 * - the process's other threads (V8's GC and compiler helpers, libuv),
 * - the Neo4j JVM (all its threads),
 * each per document, and the ceiling they set on docs/s if the run had the machine's cores to itself
 * (cores × 1000 / the sum of ms per document). The machine's own counts (/proc/stat) say how much
 * CPU was idle during the run and how much other processes took: an ingest bound by CPU leaves
 * no idle time; an ingest that waits (a commit, a round trip, back-pressure) does.
 *
 *   npx tsx scripts/profile/ingest-cpu.ts --dir .data/corpus-10000 [--workers 2] [--batch-size 200] [--limit N]
 *
 * Uses its own embedded Neo4j (DATA_DIR .data/ingest-cpu, Bolt port BENCH_NEO4J_PORT or 7812),
 * emptied first.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_BATCH_SIZE, ingest } from '../../src/ingest/pipeline.js';
import { StageClock } from '../../src/ingest/stage-clock.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { ParsePool } from '../../src/ingest/workers/pool.js';
import { findNeo4j } from './neo4j-process.js';
import { cpuByThreadRole, machineCpu, processCpuSeconds, threadCpuSeconds, threadName, threadsCpu } from './proc-cpu.js';
import { openScratchGraph } from './scratch-graph.js';

const { values } = parseArgs({ options: {
  dir: { type: 'string' }, workers: { type: 'string', default: '2' }, 'batch-size': { type: 'string' },
  port: { type: 'string' }, limit: { type: 'string' }, keep: { type: 'boolean', default: false },
  stages: { type: 'boolean', default: false },
} });
if (!values.dir) throw new Error('--dir is required');
const port = Number(values.port ?? process.env.BENCH_NEO4J_PORT ?? 7812);
const workers = Number(values.workers);
const batchSize = Number(values['batch-size'] ?? DEFAULT_BATCH_SIZE);
const cores = availableParallelism();

const graph = await openScratchGraph('ingest-cpu', { port, dir: values.dir, keep: values.keep });
try {
  const paths = values.limit ? graph.paths.slice(0, Number(values.limit)) : graph.paths;
  const stages = await defaultStages();
  const clock = new StageClock();
  const neo4jPid = findNeo4j(port);
  if (neo4jPid === undefined) throw new Error(`no embedded Neo4j found on port ${port}`);
  const pid = process.pid;
  const before = threadsCpu(pid);
  const neo4jBefore = threadsCpu(neo4jPid);
  const cpu0 = { main: threadCpuSeconds(pid, pid), node: processCpuSeconds(pid), neo4j: processCpuSeconds(neo4jPid), machine: machineCpu() };
  const load0 = loadavg()[0]!;
  const t0 = performance.now();
  const pool = new ParsePool({ workers });
  let poolThreads = new Map<number, number>();
  // A snapshot after each batch: the run's CPU in windows, to tell the JVM's warm-up from its steady state.
  const snap = (done: number): Snapshot => ({
    done, t: performance.now(), main: threadCpuSeconds(pid, pid), node: processCpuSeconds(pid), neo4j: processCpuSeconds(neo4jPid),
    workers: [...threadsCpu(pid)].filter(([tid]) => !before.has(tid)).map(([, s]) => s).sort((a, b) => b - a).slice(0, workers).reduce((a, b) => a + b, 0),
    machine: machineCpu(), ...neo4jParts(neo4jPid),
  });
  const snaps: Snapshot[] = [{ ...snap(0), t: t0, workers: 0, main: cpu0.main, node: cpu0.node, neo4j: cpu0.neo4j, machine: cpu0.machine, ...neo4jParts(neo4jPid) }];
  const onProgress = (p: { done: number }) => { snaps.push(snap(p.done)); };
  const summary = await ingest(paths, { target: graph.target, stages, pool, batchSize, clock, onProgress }).finally(async () => {
    // The pool's threads are those born after it started; read before they end with it.
    poolThreads = new Map([...threadsCpu(pid)].filter(([tid]) => !before.has(tid)));
    await pool.close();
  });
  const wall = (performance.now() - t0) / 1000;
  const m1 = machineCpu();
  const neo4jRoles = cpuByThreadRole(neo4jPid, neo4jBefore, processCpuSeconds(neo4jPid) - cpu0.neo4j);
  const main = threadCpuSeconds(pid, pid) - cpu0.main;
  const node = processCpuSeconds(pid) - cpu0.node;
  const neo4j = processCpuSeconds(neo4jPid) - cpu0.neo4j;
  // Threads the pool started: the workers' own, each with far more CPU than a helper; a worker that
  // died and was replaced loses what it ran (it is counted in "other threads" through the process's total).
  const workerThreads = [...poolThreads.values()].sort((a, b) => b - a).slice(0, workers);
  const workersCpu = workerThreads.reduce((a, b) => a + b, 0);
  const other = node - main - workersCpu;
  const machine = { busy: m1.busy - cpu0.machine.busy, idle: m1.idle - cpu0.machine.idle, steal: m1.steal - cpu0.machine.steal };
  const done = summary.counts.ingested + summary.counts.updated;
  const perDoc = (s: number) => (1000 * s) / done;
  const total = main + workersCpu + other + neo4j;

  console.log(`${done} documents (${summary.counts.failed} failed, ${summary.counts.unchanged} unchanged) in ${wall.toFixed(1)} s: ` +
    `${(done / wall).toFixed(0)} docs/s; ${summary.batches} transactions of ${batchSize}; ${workers} parse worker(s); ${cores} cores; ` +
    `load average ${load0.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)}`);
  console.log('\npart'.padEnd(30) + 'CPU s'.padStart(9) + 'ms/doc'.padStart(9) + 'share'.padStart(8) + 'cores busy'.padStart(12));
  const row = (name: string, s: number) => console.log(name.padEnd(29) + s.toFixed(1).padStart(9) + perDoc(s).toFixed(2).padStart(9) +
    `${((100 * s) / total).toFixed(0)}%`.padStart(8) + (s / wall).toFixed(2).padStart(12));
  row('ingest main thread', main);
  row(`parse workers (${workerThreads.length})`, workersCpu);
  for (const [i, s] of workerThreads.entries()) row(`  worker ${i + 1}`, s);
  row('other Node threads (GC, libuv)', other);
  row('Neo4j JVM', neo4j);
  for (const [role, s] of [...neo4jRoles].sort((a, b) => b[1] - a[1]).filter(([, s]) => s >= 0.05 * neo4j)) row(`  ${role}`, s);
  row('sum', total);
  const ceiling = (cores * 1000) / perDoc(total);
  console.log(`\nceiling on ${cores} cores if the run had them to itself: ${cores} x 1000 / ${perDoc(total).toFixed(2)} ms = ${ceiling.toFixed(0)} docs/s ` +
    `(measured ${(done / wall).toFixed(0)}, ${((100 * done) / wall / ceiling).toFixed(0)}% of it)`);
  const span = cores * wall;
  console.log(`the machine during the run: ${span.toFixed(1)} core-seconds = this ingest ${total.toFixed(1)} (${((100 * total) / span).toFixed(0)}%) + ` +
    `other processes ${(machine.busy - total).toFixed(1)} (${((100 * (machine.busy - total)) / span).toFixed(0)}%) + idle ${machine.idle.toFixed(1)} ` +
    `(${((100 * machine.idle) / span).toFixed(0)}%) + steal ${machine.steal.toFixed(1)}`);
  printWindows(snaps, Math.max(1, Math.round(snaps.length / 10)));
  if (values.stages) {
    console.log('\nstage'.padEnd(27) + 'total ms'.padStart(10) + 'count'.padStart(8) + 'ms each'.padStart(10) + '% of wall'.padStart(11));
    for (const [stage, t] of Object.entries(clock.totalsByStage())) {
      console.log(stage.padEnd(26) + t.ms.toFixed(0).padStart(10) + String(t.count).padStart(8) + (t.ms / t.count).toFixed(1).padStart(10) +
        `${((100 * t.ms) / (1000 * wall)).toFixed(1)}%`.padStart(11));
    }
  }
} finally {
  await graph.close();
}

interface Snapshot {
  done: number;
  t: number;
  main: number;
  node: number;
  neo4j: number;
  workers: number;
  machine: ReturnType<typeof machineCpu>;
  /**
   * Neo4j's JIT compiler threads, and its Bolt workers (where a statement runs): live threads only
   * (the JVM ends idle compiler threads, so a window's JIT can come out short, even below 0).
   */
  jit: number;
  bolt: number;
}

function neo4jParts(neo4jPid: number): { jit: number; bolt: number } {
  let jit = 0;
  let bolt = 0;
  for (const [tid, s] of threadsCpu(neo4jPid)) {
    const name = threadName(neo4jPid, tid);
    if (name.includes('CompilerThre')) jit += s;
    else if (name.includes('BoltWorke')) bolt += s;
  }
  return { jit, bolt };
}

/** CPU ms per document in windows of `every` batches: the JVM compiles its hot code in the first ones. */
function printWindows(snaps: Snapshot[], every: number): void {
  console.log('\nwindow (documents)'.padEnd(22) + 'docs/s'.padStart(8) + 'main'.padStart(7) + 'workers'.padStart(9) + 'other'.padStart(7) +
    'Neo4j'.padStart(7) + '(JIT'.padStart(7) + 'Bolt)'.padStart(7) + 'sum'.padStart(7) + '  ms/doc; machine idle / others'.padEnd(20));
  for (let i = 0; i + 1 < snaps.length; i += every) {
    const a = snaps[i]!;
    const b = snaps[Math.min(i + every, snaps.length - 1)]!;
    const n = b.done - a.done;
    if (n <= 0) continue;
    const ms = (s: number) => ((1000 * s) / n).toFixed(2).padStart(7);
    const main = b.main - a.main;
    const workersCpu = b.workers - a.workers;
    const other = b.node - a.node - main - workersCpu;
    const neo4j = b.neo4j - a.neo4j;
    const sum = main + workersCpu + other + neo4j;
    const span = (cores * (b.t - a.t)) / 1000;
    const idle = b.machine.idle - a.machine.idle;
    const others = b.machine.busy - a.machine.busy - sum;
    console.log(`${a.done}-${b.done}`.padEnd(21) + ((1000 * n) / (b.t - a.t)).toFixed(0).padStart(8) + ms(main) + ms(workersCpu).padStart(9) +
      ms(other) + ms(neo4j) + ms(b.jit - a.jit) + ms(b.bolt - a.bolt) + ms(sum) + `  ${((100 * idle) / span).toFixed(0)}% / ${((100 * others) / span).toFixed(0)}%`);
  }
}
