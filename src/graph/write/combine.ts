import type { Query } from '../query.js';

/**
 * Several write statements as ONE statement: each becomes a unit subquery `CALL () { ... }`, run in
 * the given order, each seeing what the ones before it wrote. One round trip instead of one per
 * statement: on a machine whose cores are busy, every round trip waits for both processes to be
 * scheduled again (scripts/profile-ingest.ts measured 50-300 ms per statement at load 20, whatever
 * its size). Each statement's parameters are renamed `s<i>_<name>`, so that `$rows` of one is not
 * `$rows` of another. The statements must not RETURN (a unit subquery returns nothing).
 */
export function combineStatements(queries: readonly Query[]): Query {
  const params: Record<string, unknown> = {};
  const parts = queries.map((q, i) => {
    for (const [k, v] of Object.entries(q.params)) params[`s${i}_${k}`] = v;
    const text = q.cypher.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => `$s${i}_${name}`);
    return `CALL () {\n${text.split('\n').map((l) => `  ${l}`).join('\n')}\n}`;
  });
  return { cypher: parts.join('\n'), params };
}
