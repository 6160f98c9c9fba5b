/**
 * The graph an ingest leaves, as figures two checkouts can compare: the seeds and then a folder of
 * generated documents ingested as `directive-graph ingest` does (parse workers, batches of
 * DEFAULT_BATCH_SIZE) into an emptied scratch graph, then the count of each label and relationship
 * type and a SHA-256 of the sorted canonical dump (tests/ingest/graph-helpers.ts canonicalDump:
 * every property of every node and edge but `ingestedAt`). A write-path change that keeps the graph
 * prints the same lines.
 *
 *   npx tsx scripts/gen-corpus.ts --out .data/corpus-1000 --count 1000 --seed 20240601
 *   npx tsx scripts/profile/graph-digest.ts --dir .data/corpus-1000 [--seeds corpus/seeds] [--port 7835] [--dump out.txt]
 *
 * Uses its own embedded Neo4j (DATA_DIR .data/graph-digest, Bolt port --port or 7835).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readTx, runIn } from '../../src/graph/executor.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { ParsePool } from '../../src/ingest/workers/pool.js';
import { walkDocuments } from '../../src/read/index.js';
import { canonicalDump } from '../../tests/ingest/graph-helpers.js';
import { openScratchGraph } from './scratch-graph.js';

const { values } = parseArgs({ options: {
  dir: { type: 'string' }, seeds: { type: 'string', default: 'corpus/seeds' }, port: { type: 'string', default: '7835' },
  dump: { type: 'string' }, keep: { type: 'boolean', default: false },
} });
if (!values.dir) throw new Error('--dir is required');

const graph = await openScratchGraph('graph-digest', { port: Number(values.port), dir: values.dir, keep: values.keep });
try {
  const stages = await defaultStages();
  const pool = new ParsePool({ workers: 2 });
  try {
    const seeds: string[] = [];
    for await (const p of walkDocuments([values.seeds])) seeds.push(p);
    for (const paths of [seeds, graph.paths]) {
      const s = await ingest(paths, { target: graph.target, stages, pool });
      console.log(`ingested ${paths.length} files: ${JSON.stringify(s.counts)}, ${s.batches} transactions`);
      if (s.failures[0]) console.log(`first failure: ${s.failures[0].path}: ${String(s.failures[0].error)}`);
    }
  } finally {
    await pool.close();
  }
  const counts = await readTx(graph.target, { what: 'counting' }, async (tx) => ({
    labels: (await runIn<{ label: string; n: number }>(tx, { cypher: 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label', params: {} })).rows,
    types: (await runIn<{ type: string; n: number }>(tx, { cypher: 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type', params: {} })).rows,
  }));
  for (const r of counts.labels) console.log(`label ${r.label}: ${Number(r.n)}`);
  for (const r of counts.types) console.log(`type ${r.type}: ${Number(r.n)}`);
  const dump = await canonicalDump(graph.driver);
  const hash = (lines: string[]) => createHash('sha256').update(lines.join('\n')).digest('hex');
  console.log(`nodes ${dump.nodes.length} sha256 ${hash(dump.nodes)}`);
  console.log(`edges ${dump.edges.length} sha256 ${hash(dump.edges)}`);
  if (values.dump) writeFileSync(values.dump, [...dump.nodes, ...dump.edges].join('\n') + '\n');
} finally {
  await graph.close();
}
