/**
 * Where `directives(search:)` spends its time, on the graph of the configured Neo4j: for the bench's
 * searches ("chi thi <number>" of the first ROOTS city orders, default 10) PROFILE of the whole query
 * and of its parts run alone (db hits), the server's own time of each, taking turns, and with
 * --rounds N the embedded Neo4j's CPU per query (/proc/<pid>/stat: other sessions' load does not
 * inflate it as it does the wall time), the variants taking turns in blocks of --runs per search.
 * The parts: `lucene1` (the directives holding every word), `lucene2` (the issuers holding one),
 * `issuerFold` (those issuers folded), `rests` (their rests), `noInCheck` (the candidates without the
 * check that a rest's candidate has one of those issuers), `candidates`; `foldAtQuery` folds the
 * organisations' names at query time instead of reading their stored `searchText` (as before it was
 * stored; the same answers).
 *
 *   DATA_DIR=.data/bench NEO4J_EMBEDDED_PORT=7817 ROOTS=30 npx tsx scripts/profile/search-parts.ts --runs 2 --rounds 5 \
 *     [--variant current --variant rests ...] [--search "chi thi 5"]   (PLANS=1 prints each plan)
 *
 * 2026-12-05, 100,000-document graph, load 12-18, 30 searches, Neo4j CPU per search (medians of 4-6
 * rounds): current 11.0-12.7 ms, of which the per-query floor (`RETURN 1`) 1.0-1.7, lucene1 2.8,
 * lucene2 1.8, rests 6.2 (605 issuers hold "chi" or "thi" on every search: thị xã, thị trấn, Chi cục ...),
 * noIssuerFold 6.7, candidates 7.5, noInCheck 5.7; each candidate the exact check reads costs about
 * 17 µs (202 of them for "chi thi 122", 32 matches).
 *
 * Later the same day, with the organisations' stored `searchText` (5,000-document graph, 18 searches,
 * load 15-18, 10 rounds): current 6.9 ms, foldAtQuery 8.9 ms, ping 2.2 ms. The first 35 searches
 * after a restart of Neo4j cost 66-73 ms of its CPU each, old and new query alike, and the next 35
 * 40-47 ms: the JIT compiler threads (C1, C2) then use more CPU than the Bolt workers. Compare
 * variants on a warmed server only.
 *
 * 2026-12-06, 100,000-document graph (quick bench corpus), 10 searches: 5,456-8,045 db hits each ("chi
 * thi 293": 7,932 for 58 matches); Neo4j CPU per search 12.5 ms, of which ping 1.5, rests 4.5,
 * candidates 8.0. The directives holding every word (one Lucene AND) are 13-54, 90-95% of the
 * matches; the issuer branch adds the rest of the 98-255 candidates (3-9x the matches), because the
 * 605 issuers holding "chi" or "thi" have rests as broad as `(293*)`, and a rest's candidate is kept
 * when any of them issued it. Its cost: the 605 issuers' searchText (1,815 hits), the ISSUED_BY of
 * every directive the rests query returns (642 rows, 2,568 hits for "chi thi 293") and ~10 hits per
 * candidate in the exact check. Indexing each directive's issuer text with its own fields would
 * make the candidates the one Lucene AND and remove the branch (not done: a property to write,
 * backfill and keep in step with the organisation).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { readTx } from '../../src/graph/executor.js';
import { connectGraph } from '../../src/graph/open.js';
import type { Query } from '../../src/graph/query.js';
import { orgSearchText, orgSearchTextCypher } from '../../src/graph/read/fold.js';
import { searchDirectives, searchDirectivesQuery } from '../../src/graph/read/index.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' }, rounds: { type: 'string', default: '0' }, search: { type: 'string', multiple: true }, variant: { type: 'string', multiple: true } } });
const RUNS = Number(values.runs);

interface Plan { operatorType: string; dbHits: number; rows: number; arguments: Record<string, unknown>; children: Plan[] }
const hits = (p: Plan): number => p.dbHits + p.children.reduce((n, c) => n + hits(c), 0);
const flat = (p: Plan, d = 0, out: string[] = []): string[] => {
  out.push(`${'  '.repeat(d)}${p.operatorType.replace(/@neo4j$/, '')} hits ${p.dbHits} rows ${p.rows}  ${String(p.arguments.Details ?? '').replace(/\s+/g, ' ').slice(0, 140)}`);
  for (const c of p.children) flat(c, d + 1, out);
  return out;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)] ?? NaN;

const config = loadConfig();
const graph = connectGraph(config, { schema: false });

/** CPU seconds (user + system) of a process: fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second). */
function cpuSeconds(pid: string): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
/** The embedded Neo4j holding DATA_DIR: its CPU time is the measure other sessions' load does not inflate. */
function neo4jPid(): string | undefined {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).find((d) => {
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      return cmd.includes('EmbeddedNeo4j') && cmd.includes(config.dataDir);
    } catch {
      return false;
    }
  });
}
const target = { driver: graph.driver, database: graph.database };
const runner = graph.reads({ timeoutMs: 120_000 });

/** Variants of the query to compare with the current one (same params). Filled in while probing. */
const part = (cypher: string) => (q: Query): Query => ({ cypher, params: q.params });
const FOLD = "replace(reduce(s = normalize(toLower(coalesce(coalesce(o.name, '') + ' ' + coalesce(o.area, ''), '')), NFD), m IN $foldMarks | replace(s, m, '')), 'đ', 'd')";
const VARIANTS: Record<string, (q: Query) => Query> = {
  current: (q) => q,
  ping: part('RETURN 1 AS total'),
  lucene1: part("CALL db.index.fulltext.queryNodes('directive_search', $allWords) YIELD node RETURN count(node) AS total"),
  lucene2: part("CALL db.index.fulltext.queryNodes('issuer_search', $anyWord) YIELD node RETURN count(node) AS total"),
  issuerFold: part(`CALL db.index.fulltext.queryNodes('issuer_search', $anyWord) YIELD node AS o WITH ${FOLD} AS hay RETURN count(hay) AS total`),
  noInCheck: (q) => ({ cypher: q.cypher.replace(/WHERE \(\$docType[\s\S]*$/, 'RETURN count(d) AS total').replace(/^CALL \(\) \{\n/, '').replace(/WHERE EXISTS \{ MATCH \(d\)-\[:ISSUED_BY\]->\(o\) WHERE o IN partial \}/, ''), params: q.params }),
  rests: (q) => ({ cypher: q.cypher.replace(/CALL \(whole, partial, rests\)[\s\S]*$/, 'RETURN size(partial) AS total, rests, size(whole) AS w').replace(/^CALL \(\) \{\n {2}CALL \(\) \{\n[\s\S]*?UNION\n/, ''), params: q.params }),
  // The organisations folded at query time, as before they stored `searchText` (the same answers).
  foldAtQuery: (q) => ({ cypher: q.cypher.split(orgSearchText('o')).join(orgSearchTextCypher('o')), params: q.params }),
  // The rests' query without `AND NOT (<every word>)`: the directives the first branch found come again, DISTINCT drops them.
  noNot: (q) => ({ cypher: q.cypher.replace(" + ') AND NOT (' + $allWords + ')'", " + ')'"), params: q.params }),
  // The organisations' fallback fold written on `o` itself, as before: the planner then read o.name and o.area of every one.
  eagerOrg: (q) => ({ cypher: q.cypher.split(orgSearchText('o')).join(`coalesce(o.searchText, ${orgSearchTextCypher('o')})`), params: q.params }),
  // Every distinct rest in the rests' query, as before the rests that hold another rest were dropped (the same directives).
  noAbsorb: (q) => ({
    cypher: q.cypher.replace(/collect\(DISTINCT CASE WHEN size\(rest\) > 0 THEN rest END\) AS restLists\n\s*WITH whole, partial, \[r IN restLists WHERE none\(s IN restLists WHERE size\(s\) < size\(r\) AND all\(c IN s WHERE c IN r\)\) \|\n\s*'\(' \+ reduce\(q = head\(r\), c IN tail\(r\) \| q \+ ' AND ' \+ c\) \+ '\)'\] AS rests/,
      "collect(DISTINCT CASE WHEN size(rest) > 0 THEN '(' + reduce(q = head(rest), c IN tail(rest) | q + ' AND ' + c) + ')' END) AS rests"),
    params: q.params,
  }),
  // Both of the above: the query as it was before them.
  old: (q) => VARIANTS.eagerOrg!(VARIANTS.noAbsorb!(q)),
  candidates: (q) => ({ cypher: q.cypher.replace(/WHERE \(\$docType[\s\S]*$/, 'RETURN count(d) AS total').replace(/^CALL \(\) \{\n/, ''), params: q.params }),
};

async function serverMs(q: Query): Promise<{ ms: number; rows: number; value: unknown }> {
  const res = await readTx(target, { what: 'probe' }, (tx) => tx.run(q.cypher, q.params));
  return { ms: Number(res.summary.resultAvailableAfter) + Number(res.summary.resultConsumedAfter), rows: res.records.length, value: res.records.map((r) => r.toObject()) };
}

try {
  let searches = values.search ?? [];
  if (searches.length === 0) {
    const listed = await searchDirectives(runner, { level: 'province', docType: 'Chỉ thị', first: 100 });
    searches = listed.items.map((i) => i.node).filter((d) => d.status === 'ingested' && d.number).slice(0, Number(process.env.ROOTS ?? 10))
      .map((d) => `chi thi ${d.number!.split('/')[0]}`);
  }
  const names = values.variant ?? Object.keys(VARIANTS);
  const rounds = Number(values.rounds);
  if (rounds > 0) {
    // Neo4j CPU per query: each variant runs every search once per block, the variants take turns.
    const pid = neo4jPid();
    if (!pid) throw new Error(`no embedded Neo4j of ${config.dataDir} found`);
    const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    const block = Number(values.runs);
    for (let r = -1; r < rounds; r++) {
      for (const name of names) {
        const c0 = cpuSeconds(pid);
        for (let i = 0; i < block; i++) for (const s of searches) await serverMs(VARIANTS[name]!(searchDirectivesQuery({ search: s, first: 20 })));
        if (r >= 0) cpu[name]!.push(((cpuSeconds(pid) - c0) * 1000) / (block * searches.length));
      }
    }
    for (const name of names) console.log(`${name}: Neo4j CPU per query median ${median(cpu[name]!).toFixed(2)} ms (${cpu[name]!.map((x) => x.toFixed(1)).join(' ')})`);
  }
  for (const s of searches) {
    const base = searchDirectivesQuery({ search: s, first: 20 });
    const line: string[] = [`"${s}"`];
    for (const name of names) {
      const q = VARIANTS[name]!(base);
      const prof = await readTx(target, { what: 'profile' }, async (tx) => (await tx.run(`PROFILE ${q.cypher}`, q.params)).summary.profile as unknown as Plan);
      line.push(`${name}: ${hits(prof)} hits`);
      if (process.env.PLANS) console.log(flat(prof).join('\n'));
    }
    const t: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    let total: unknown;
    for (let i = -3; i < RUNS; i++) {
      for (const name of names) {
        const r = await serverMs(VARIANTS[name]!(base));
        if (i >= 0) t[name]!.push(r.ms);
        if (name === 'current' || name === 'rests') total = JSON.stringify((r.value as unknown[])[0]);
      }
    }
    for (const name of names) line.push(`${name} p50/p95 ${median(t[name]!)}/${p95(t[name]!)} ms`);
    console.log(`${line.join('  ')}  total ${String(total)}`);
  }
} finally {
  await graph.close();
}
