import { runIn, writeTx, type GraphTarget } from '../executor.js';
import type { Query } from '../query.js';
import { foldParams, orgSearchTextCypher } from '../read/fold.js';
import { DROP_LOCK, TAKE_LOCK } from './lock.js';

/**
 * Stored values a store written by an earlier version lacks, filled in once at start (open.ts
 * prepare). Each pass writes at most BACKFILL_BATCH nodes in one transaction, holding the ingest
 * lock so that an ingest running at the same time (another process) never has its newer name
 * overwritten by a fold of the older one; a start that finds nothing to fill reads one property
 * per organisation and writes nothing.
 */
export const BACKFILL_BATCH = 2_000;

/** Organisations without `searchText` (written before it was stored), at most `$batch` of them. */
export function fillOrganizationSearchText(batch = BACKFILL_BATCH): Query {
  return {
    cypher: `MATCH (o:Organization)
WHERE o.searchText IS NULL
WITH o LIMIT toInteger($batch)
SET o.searchText = ${orgSearchTextCypher('o')}
RETURN count(o) AS filled`,
    params: { batch, ...foldParams },
  };
}

/** Fills `searchText` of every organisation that lacks it; returns how many were filled. */
export async function backfillSearchText(target: GraphTarget, batch = BACKFILL_BATCH): Promise<number> {
  let total = 0;
  for (;;) {
    const filled = await writeTx(target, { what: 'filling the organisations\' search text' }, async (tx) => {
      await tx.run(TAKE_LOCK);
      const { rows } = await runIn<{ filled: number }>(tx, fillOrganizationSearchText(batch));
      await tx.run(DROP_LOCK);
      return Number(rows[0]?.filled ?? 0);
    });
    total += filled;
    if (filled < batch) return total;
  }
}
