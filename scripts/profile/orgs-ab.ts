/**
 * The organisations statement, two forms A/B on the graph a probe left (`profile-ingest --keep`):
 * one batch's organisation rows run under each form in turn, each time in a transaction that is
 * rolled back, and the server's time (result available + consumed) and db hits are printed per form.
 *
 *   npx tsx scripts/profile/orgs-ab.ts --dir .data/corpus-20000 --from 4000 [--turns 8] [--port 7816]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { QueryResult } from 'neo4j-driver';
import { start, stop } from '../../src/db/embedded.js';
import { DatabaseError } from '../../src/errors.js';
import { writeTx, type GraphTarget } from '../../src/graph/executor.js';
import { createDriver } from '../../src/graph/driver.js';
import { lookUp } from '../../src/graph/write/index.js';
import { mergeOrganizations } from '../../src/graph/write/nodes.js';
import { cypher } from '../../src/graph/query.js';
import { lookupRequest, planBatch } from '../../src/ingest/batch.js';
import { parseSource } from '../../src/ingest/source.js';
import { defaultStages } from '../../src/ingest/stages.js';
import { walkDocuments } from '../../src/read/index.js';

/** The statement of 3cf386a (main when this probe was written): the rule alone, no equality first. */
const BEFORE = cypher`
      UNWIND $rows AS row
      OPTIONAL MATCH (old:Organization {key: row.key})
      // Each property of the node is read once, here: the comparison below works on this map.
      WITH row, old, old {.resolvedBy, .name, .nameKey, .kind, .level, .area, .provinceCode, .districtCode, .wardCode,
        .parentRule, .parentKey} AS cur
      WITH row, old, cur, old IS NULL OR CASE
          WHEN row.issuer <> old:Issuer THEN row.issuer
          WHEN (row.resolvedBy IS NULL) <> (cur.resolvedBy IS NULL) THEN row.resolvedBy IS NULL
          WHEN row.name <> cur.name THEN row.name < cur.name
          ELSE coalesce(row.resolvedBy, '') < coalesce(cur.resolvedBy, '') END AS rowWins
      WITH row, old, cur, CASE WHEN old IS NULL THEN null ELSE {
          resolvedBy: CASE WHEN row.resolvedBy IS NULL OR cur.resolvedBy IS NULL THEN null
            WHEN rowWins THEN row.resolvedBy ELSE cur.resolvedBy END,
          name: CASE WHEN rowWins THEN row.name ELSE cur.name END,
          nameKey: CASE WHEN rowWins OR cur.nameKey IS NULL THEN row.nameKey ELSE cur.nameKey END,
          kind: coalesce(cur.kind, row.kind), level: coalesce(cur.level, row.level),
          area: coalesce(cur.area, row.area), provinceCode: coalesce(cur.provinceCode, row.provinceCode),
          districtCode: coalesce(cur.districtCode, row.districtCode), wardCode: coalesce(cur.wardCode, row.wardCode),
          parentRule: CASE WHEN cur.parentKey IS NULL THEN row.parentRule ELSE cur.parentRule END,
          parentKey: coalesce(cur.parentKey, row.parentKey)
        } END AS next
      WHERE old IS NULL OR (row.issuer AND NOT old:Issuer) OR (row.unit AND NOT old:Unit)
        OR any(f IN keys(next) WHERE coalesce(next[f] <> cur[f], (next[f] IS NULL) <> (cur[f] IS NULL)))
      MERGE (o:Organization {key: row.key})
      ON CREATE SET o.name = row.name, o.nameKey = row.nameKey, o.kind = row.kind, o.level = row.level, o.area = row.area,
        o.provinceCode = row.provinceCode, o.districtCode = row.districtCode, o.wardCode = row.wardCode,
        o.collective = row.collective, o.resolvedBy = row.resolvedBy, o.parentKey = row.parentKey,
        o.parentRule = row.parentRule
      ON MATCH SET o += next
      FOREACH (_ IN CASE WHEN row.issuer THEN [1] ELSE [] END | SET o:Issuer)
      FOREACH (_ IN CASE WHEN row.unit THEN [1] ELSE [] END | SET o:Unit)
      RETURN row.key AS key
    `;

class RollBack extends Error {
  constructor(readonly result: QueryResult) { super('rolled back on purpose'); }
}

/** Runs one statement in a write transaction of the executor and rolls it back (nothing stays written). */
async function rolledBack(target: GraphTarget, cypherText: string, params: Record<string, unknown>): Promise<QueryResult> {
  try {
    await writeTx(target, { what: 'comparing forms of the organisations statement' }, async (tx) => {
      throw new RollBack(await tx.run(cypherText, params));
    });
  } catch (err) {
    const cause = err instanceof DatabaseError ? err.cause : err;
    if (cause instanceof RollBack) return cause.result;
    throw err;
  }
  throw new Error('unreachable: the transaction was not rolled back');
}

const { values } = parseArgs({ options: { dir: { type: 'string' }, from: { type: 'string', default: '4000' }, turns: { type: 'string', default: '8' }, port: { type: 'string' } } });
const port = Number(values.port ?? process.env.BENCH_NEO4J_PORT ?? 7812);
const dataDir = join(process.cwd(), '.data', 'profile-ingest');
await start({ dataDir, port, heap: '1g', owner: 'cli', log: () => undefined });
const driver = createDriver({ NEO4J_URI: undefined, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'unused', NEO4J_EMBEDDED_PORT: port });
try {
  const paths: string[] = [];
  for await (const p of walkDocuments([values.dir!])) paths.push(p);
  const from = Number(values.from);
  const stages = await defaultStages();
  const records = [];
  for (const p of paths.slice(from, from + 200)) records.push(parseSource(stages, await stages.read(p)));
  const { batch } = planBatch(records, await lookUp({ driver }, lookupRequest(records)));
  const now = mergeOrganizations(batch.organizations);
  // The same rows through the read half of the statement only (no MERGE, so no locking seek): what the look-up costs without the write.
  const readOnly = { cypher: `${now.cypher.slice(0, now.cypher.indexOf('MERGE (o:Organization'))}RETURN row.key AS key`, params: now.params };
  const forms = { before: { cypher: BEFORE, params: { rows: batch.organizations } }, now, readOnly };
  const out: Record<string, { ms: number[]; hits: number; written: number }> = {};
  const hits = (n: { dbHits: number; children: unknown[] }): number => n.dbHits + n.children.reduce((s: number, c) => s + hits(c as never), 0);
  for (let turn = 0; turn < Number(values.turns); turn++) {
    for (const [name, q] of turn % 2 ? Object.entries(forms).reverse() : Object.entries(forms)) {
      const r = await rolledBack({ driver }, `${turn === 0 ? 'PROFILE ' : ''}${q.cypher}`, q.params);
      const o = (out[name] ??= { ms: [], hits: 0, written: r.records.length });
      if (turn === 0) o.hits = hits(r.summary.profile as never);
      else o.ms.push(Number(r.summary.resultAvailableAfter) + Number(r.summary.resultConsumedAfter));
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`${batch.organizations.length} organisation rows`);
  for (const [name, o] of Object.entries(out)) console.log(`${name.padEnd(10)} ${o.hits} db hits, ${o.written} written, server ms median ${median(o.ms)} (${o.ms.join(' ')})`);
} finally {
  await driver.close();
  await stop({ dataDir, log: () => undefined });
}

