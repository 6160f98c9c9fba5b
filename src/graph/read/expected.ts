import { read, type GraphTarget } from '../executor.js';
import { cypher, type Query } from '../query.js';

/**
 * Checks of a graph against facts known in advance (the corpus generator's manifest): which
 * "file A implements file B" pairs the graph lacks. Documents are matched by their source path.
 */

export interface ImplementsPair { from: string; to: string }

/** Pairs per query: the list goes in as a parameter, so it is cut into pieces of this size. */
const CHUNK = 2000;
/** Missing pairs given as examples; the count covers them all. */
const EXAMPLES = 10;

export function missingImplements(pairs: ImplementsPair[], limit = EXAMPLES): Query {
  return {
    cypher: cypher`
      UNWIND $pairs AS p
      OPTIONAL MATCH (:Directive {sourcePath: p.from})-[r:IMPLEMENTS]->(:Directive {sourcePath: p.to})
      WITH p, count(r) AS found
      WITH collect(CASE WHEN found = 0 THEN p END) AS missing
      RETURN size(missing) AS count, missing[0..toInteger($limit)] AS examples
    `,
    params: { pairs, limit },
  };
}

export function ingestedUnder(prefix: string): Query {
  return {
    cypher: cypher`
      MATCH (d:Directive) WHERE d.sourcePath STARTS WITH $prefix AND d.status = 'ingested'
      RETURN count(d) AS count
    `,
    params: { prefix },
  };
}

export interface ExpectedCheck {
  documents: { expected: number; found: number };
  implements: { expected: number; missing: number; examples: ImplementsPair[] };
}

/** How far the graph holds the expected facts: ingested documents under `prefix`, and the IMPLEMENTS pairs. */
export async function checkExpected(target: GraphTarget, prefix: string, documents: number, pairs: ImplementsPair[]): Promise<ExpectedCheck> {
  const what = 'checking the graph against the expected facts';
  const found = Number((await read<{ count: unknown }>(target, ingestedUnder(prefix), { what }))[0]?.count ?? 0);
  let missing = 0;
  const examples: ImplementsPair[] = [];
  for (let i = 0; i < pairs.length; i += CHUNK) {
    const [row] = await read<{ count: unknown; examples: ImplementsPair[] }>(target, missingImplements(pairs.slice(i, i + CHUNK)), { what });
    missing += Number(row?.count ?? 0);
    for (const e of row?.examples ?? []) if (examples.length < EXAMPLES) examples.push(e);
  }
  return { documents: { expected: documents, found }, implements: { expected: pairs.length, missing, examples } };
}
