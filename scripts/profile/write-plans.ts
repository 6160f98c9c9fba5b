/**
 * PROFILE of the statements one batch of the ingest writes, on the graph the server holds: the
 * files are read and parsed here, looked up and planned as the pipeline does, then each statement
 * runs under PROFILE in one write transaction that is rolled back (nothing stays written).
 */
import { DatabaseError } from '../../src/errors.js';
import { writeTx, type GraphTarget } from '../../src/graph/executor.js';
import { documentStatements, hierarchyStatements, lookUp } from '../../src/graph/write/index.js';
import { findByPath, findCandidates } from '../../src/graph/write/lookup.js';
import { mergeOrganizations } from '../../src/graph/write/nodes.js';
import { lookupRequest, planBatch } from '../../src/ingest/batch.js';
import { parseSource, type Stages } from '../../src/ingest/source.js';

interface PlanNode { operatorType: string; dbHits: number; rows: number; children: PlanNode[] }

export interface StatementProfile { name: string; dbHits: number; rows: number; ms: number; top: string }

class RollBack extends Error {
  constructor(readonly rows: StatementProfile[]) { super('rolled back on purpose'); }
}

function flatten(n: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(n);
  for (const c of n.children) flatten(c, out);
  return out;
}

export async function profileBatch(target: GraphTarget, stages: Stages, paths: string[]): Promise<StatementProfile[]> {
  const records = [];
  for (const p of paths) records.push(parseSource(stages, await stages.read(p)));
  const request = lookupRequest(records);
  const lookup = await lookUp(target, request);
  const { batch } = planBatch(records, lookup);
  try {
    await writeTx(target, { what: 'profiling a batch' }, async (tx) => {
      const rows: StatementProfile[] = [];
      const written = new Set<string>();
      const profiled = async (st: { name: string; query: { cypher: string; params: Record<string, unknown> } }) => {
        const t0 = performance.now();
        const r = await tx.run(`PROFILE ${st.query.cypher}`, st.query.params);
        const ms = performance.now() - t0;
        const ops = flatten(r.summary.profile as unknown as PlanNode);
        const dbHits = ops.reduce((n, o) => n + o.dbHits, 0);
        const top = [...ops].sort((a, b) => b.dbHits - a.dbHits).slice(0, 3).map((o) => `${o.operatorType.replace(/@.*/, '')} ${o.dbHits}`).join(', ');
        const first = st.query.params.rows ?? st.query.params.keys;
        // Created edges come grouped by start node (edges.ts byStart): their rows are counted.
        const groups = st.query.params.groups as { rows: unknown[] }[] | undefined;
        const count = groups ? groups.reduce((n, g) => n + g.rows.length, 0) : Array.isArray(first) ? first.length : 0;
        rows.push({ name: st.name, dbHits, rows: count, ms, top });
        return r.records;
      };
      await profiled({ name: 'lookup: by path', query: findByPath(request.paths) });
      await profiled({ name: 'lookup: candidates', query: findCandidates(request.keys, request.series, request.numberKeys, request.named) });
      const orgs = await profiled({ name: 'organizations', query: mergeOrganizations(batch.organizations) });
      for (const rec of orgs) written.add(rec.get('key') as string);
      // The hierarchy statements depend on what the organisations statement wrote.
      for (const st of [...documentStatements(batch), ...hierarchyStatements(batch, written)]) await profiled(st);
      throw new RollBack(rows);
    });
  } catch (err) {
    const cause = err instanceof DatabaseError ? err.cause : err;
    if (cause instanceof RollBack) return cause.rows;
    throw err;
  }
  throw new Error('unreachable: the profiling transaction was not rolled back');
}
