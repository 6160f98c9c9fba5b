/**
 * The write path alone, old against new: the same parsed records written into an emptied scratch
 * graph by this checkout's writer and by another checkout's (`--old`, e.g. a `git archive` of main
 * unpacked under .data/), taking turns (A B A B …, reversed every other round with --reverse) so that
 * the machine's load falls on both alike. Per run: the Neo4j process's CPU seconds (less spoilt by
 * other sessions than wall time, but not spared: under load 15 the same run has taken 3.9 and 13 s
 * per 1,000 documents, so compare runs taken in turn), the write transactions' wall time and stage clock,
 * and a digest of the whole graph left behind (tests/ingest/graph-helpers.ts canonicalDump: every
 * property of every node and edge but `ingestedAt`), which must be the same for every run.
 * Of Neo4j's CPU, the Bolt workers' (the threads that run the statements and the commits) is printed
 * apart: the JIT compiler's threads take most of the rest, and they follow how long the JVM has run
 * (the first rounds pay for it), not the writer. `--warmup N` writes N unmeasured rounds first.
 *
 *   mkdir -p .data/old && git archive c93cc2d src | tar -x -C .data/old && ln -s "$PWD/data" .data/old/data
 *   npx tsx scripts/profile/writer-ab.ts --dir .data/corpus-5000 --limit 3000 --old .data/old --rounds 3
 *   … --plans  (the plans of one batch's write statements made on the empty graph and on the full one: the same?)
 *   … --only new --jfr .data/writer  (a Java Flight Recording of Neo4j in the last round: .data/writer-new.jfr;
 *     `jfr print --stack-depth 1024 --events jdk.ExecutionSample` reads it)
 *
 * Records are parsed once, here, before any run: parsing is not measured.
 * Uses its own embedded Neo4j (DATA_DIR .data/writer-ab, Bolt port BENCH_NEO4J_PORT or 7812).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readTx } from '../../src/graph/executor.js';
import { clearGraph } from '../../src/graph/maintenance.js';
import { documentStatements, hierarchyStatements, PLAN_ONCE } from '../../src/graph/write/index.js';
import { findByPath, findCandidates } from '../../src/graph/write/lookup.js';
import { mergeOrganizations } from '../../src/graph/write/nodes.js';
import { lookupRequest, planBatch } from '../../src/ingest/batch.js';
import { ingestRecords } from '../../src/ingest/pipeline.js';
import { parseSource } from '../../src/ingest/source.js';
import { StageClock } from '../../src/ingest/stage-clock.js';
import { defaultStages } from '../../src/ingest/stages.js';
import type { DocumentRecord } from '../../src/model/record.js';
import { canonicalDump } from '../../tests/ingest/graph-helpers.js';
import { openScratchGraph } from './scratch-graph.js';
import { findNeo4j } from './neo4j-process.js';
import { cpuByThreadRole, threadsCpu } from './proc-cpu.js';

const { values } = parseArgs({ options: {
  dir: { type: 'string' }, limit: { type: 'string', default: '3000' }, rounds: { type: 'string', default: '2' },
  old: { type: 'string' }, 'batch-size': { type: 'string', default: '200' }, reverse: { type: 'boolean', default: false },
  only: { type: 'string' }, warmup: { type: 'string', default: '0' }, plans: { type: 'boolean', default: false }, jfr: { type: 'string' }, 'no-dump': { type: 'boolean', default: false },
} });
if (!values.dir) throw new Error('--dir is required');
const port = Number(process.env.BENCH_NEO4J_PORT ?? 7812);
const batchSize = Number(values['batch-size']);

type Ingest = typeof ingestRecords;
const writers: { name: string; ingest: Ingest }[] = [{ name: 'new', ingest: ingestRecords }];
if (values.old) {
  const mod = await import(pathToFileURL(resolve(values.old, 'src/ingest/pipeline.ts')).href) as { ingestRecords: Ingest };
  writers.unshift({ name: 'old', ingest: mod.ingestRecords });
}
const chosen = values.only ? writers.filter((w) => w.name === values.only) : writers;

function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const graph = await openScratchGraph('writer-ab', { port, dir: values.dir, keep: false });
const { driver, target } = graph;
try {
  const stages = await defaultStages();
  const records: DocumentRecord[] = [];
  for (const p of graph.paths.slice(0, Number(values.limit))) records.push(parseSource(stages, await stages.read(p)));
  console.log(`${records.length} records parsed; writers: ${chosen.map((w) => w.name).join(', ')}; batch ${batchSize}`);
  const pid = findNeo4j(port);
  // --plans: the plan of each write statement of one batch on the empty graph and on the full one
  // (after the last run), which must be the same for PLAN_ONCE (src/graph/write/index.ts) to be safe.
  const planShapes = async () => {
    const first = records.slice(0, batchSize);
    const request = lookupRequest(first);
    const { batch } = planBatch(first, { bySha256: new Map(), byPath: new Map(), candidates: [] });
    const statements = [
      { name: 'lookup: by path', query: findByPath(request.paths) },
      { name: 'lookup: candidates', query: findCandidates(request.keys, request.series, request.numberKeys, request.named) },
      { name: 'organizations', query: mergeOrganizations(batch.organizations) },
      ...documentStatements(batch), ...hierarchyStatements(batch, new Set(batch.organizations.map((o) => o.key))),
    ];
    type Op = { operatorType: string; arguments: Record<string, unknown>; children: Op[] };
    // The operators, and what each seek or scan reads; not which properties are cached on the way
    // (CacheProperties, `cache[...]`) nor the order of a filter's predicates, which follow the statistics.
    const shape = (o: Op): string => {
      const type = o.operatorType.replace(/@.*/, '');
      if (type === 'CacheProperties') return o.children.map(shape).join(',');
      const reads = /Seek|Scan/.test(type) ? String(o.arguments.Details ?? '').replace(/cache\[([^\]]*)\]/g, '$1') : '';
      return `${type}[${reads}](${o.children.map(shape).join(',')})`;
    };
    const out = new Map<string, string>();
    // EXPLAIN runs nothing: a read transaction is enough, and its summary holds the plan.
    await readTx(target, { what: 'explaining the write statements' }, async (tx) => {
      for (const st of statements) {
        const r = await tx.run(`EXPLAIN ${PLAN_ONCE.replace('skip', 'force')}${st.query.cypher}`, st.query.params);
        out.set(st.name, shape(r.summary.plan as unknown as Op));
      }
    });
    return out;
  };
  const emptyPlans = values.plans ? await planShapes() : undefined;
  const results: Record<string, { cpu: number; bolt: number; wall: number; tx: number; commit: number; digest: string; stages: Record<string, number> }[]> = {};
  const warmup = Number(values.warmup);
  for (let round = -warmup; round < Number(values.rounds); round++) {
    const order = values.reverse && round % 2 === 1 ? [...chosen].reverse() : chosen;
    for (const w of order) {
      await clearGraph(target);
      const clock = new StageClock();
      const load = loadavg()[0] ?? 0;
      // --jfr <file>: a Java Flight Recording of Neo4j during the last round's runs (one file per writer).
      const recording = values.jfr && round === Number(values.rounds) - 1 && pid !== undefined ? `${values.jfr}-${w.name}.jfr` : undefined;
      if (recording) execFileSync('jcmd', [String(pid), 'JFR.configure', 'stackdepth=1024']);
      if (recording) execFileSync('jcmd', [String(pid), 'JFR.start', 'name=ab', 'settings=profile', `filename=${resolve(recording)}`]);
      const cpu0 = cpuSeconds(pid);
      const threads0 = pid === undefined ? new Map<number, number>() : threadsCpu(pid);
      const t0 = performance.now();
      const summary = await w.ingest(records, { target, batchSize, clock });
      const wall = performance.now() - t0;
      const cpu = cpuSeconds(pid) - cpu0;
      const roles = pid === undefined ? new Map<string, number>() : cpuByThreadRole(pid, threads0, cpu);
      const bolt = [...roles].filter(([role]) => role.startsWith('neo4j.BoltWor')).reduce((n, [, s]) => n + s, 0);
      if (recording) execFileSync('jcmd', [String(pid), 'JFR.stop', 'name=ab']);
      const totals = clock.totalsByStage();
      const tx = totals['write.transaction']?.ms ?? 0;
      const inside = Object.entries(totals).filter(([k]) => k.startsWith('write.') && k !== 'write.transaction').reduce((n, [, t]) => n + t.ms, 0);
      let digest = '-';
      if (!values['no-dump']) {
        const d = await canonicalDump(driver);
        digest = createHash('sha256').update(d.nodes.join('\n')).update('\u0000').update(d.edges.join('\n')).digest('hex').slice(0, 12)
          + ` (${d.nodes.length} nodes, ${d.edges.length} edges)`;
      }
      const stageMs = Object.fromEntries(Object.entries(totals).map(([k, t]) => [k, t.ms]));
      if (round >= 0) (results[w.name] ??= []).push({ cpu, bolt, wall, tx, commit: tx - inside, digest, stages: stageMs });
      const done = summary.counts.ingested + summary.counts.updated;
      if (summary.counts.failed > 0) console.log(`${summary.counts.failed} failed, first: ${summary.failures[0]?.error.message}`);
      console.log(`${round < 0 ? 'warm-up' : `round ${round + 1}`} ${w.name.padEnd(4)} load ${load.toFixed(1).padStart(5)}  ${done} docs  wall ${(wall / 1000).toFixed(1)} s  ` +
        `Neo4j CPU ${cpu.toFixed(1)} s (${((1000 * cpu) / done).toFixed(2)} s per 1,000 docs; Bolt workers ${((1000 * bolt) / done).toFixed(2)})  commit ${((tx - inside) / 1000).toFixed(1)} s  graph ${digest}`);
    }
  }
  if (emptyPlans) {
    const full = await planShapes();
    const differ = [...emptyPlans].filter(([name, plan]) => full.get(name) !== plan).map(([name]) => name);
    console.log(`plans of ${emptyPlans.size} write statements, empty graph against full graph: ${differ.length === 0 ? 'all the same' : `differ for ${differ.join(', ')}`}`);
    for (const name of differ) console.log(`  ${name}\n    empty: ${emptyPlans.get(name)}\n    full:  ${full.get(name)}`);
  }
  console.log('\nwriter  Neo4j CPU s per 1,000 docs (each round)        Bolt workers\' CPU s per 1,000 docs         wall s (each round)        graph digests');
  for (const [name, rs] of Object.entries(results)) {
    console.log(name.padEnd(8) + rs.map((r) => ((1000 * r.cpu) / records.length).toFixed(2)).join(' / ').padEnd(44) +
      rs.map((r) => ((1000 * r.bolt) / records.length).toFixed(2)).join(' / ').padEnd(44) +
      rs.map((r) => (r.wall / 1000).toFixed(1)).join(' / ').padEnd(28) + [...new Set(rs.map((r) => r.digest))].join(', '));
  }
  console.log('\nstage shares of the write transactions (% of summed write.transaction, all rounds):');
  for (const [name, rs] of Object.entries(results)) {
    const sum: Record<string, number> = {};
    for (const r of rs) for (const [k, v] of Object.entries(r.stages)) sum[k] = (sum[k] ?? 0) + v;
    const tx = sum['write.transaction'] ?? 1;
    const inside = Object.entries(sum).filter(([k]) => k.startsWith('write.') && k !== 'write.transaction').reduce((n, [, v]) => n + v, 0);
    sum['write.commit'] = tx - inside;
    console.log(`${name}: ` + Object.entries(sum).filter(([k]) => k !== 'write.transaction').sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k.replace('write.', '')} ${((100 * v) / tx).toFixed(0)}%`).join(', '));
  }
} finally {
  await graph.close();
}
