import { QueryError } from '../../errors.js';
import { numberKey } from '../../model/keys.js';
import type { Query } from '../query.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { foldCypher, foldNumber, foldNumberCypher, foldParams, orgSearchText, searchTokens } from './fold.js';
import { allOf, anyOf, numberPhrase, prefixClauses } from './fulltext.js';
import { READ_LIMITS } from './limits.js';
import { directiveMap, leanDirectiveRow } from './projections.js';
import type { ReadRunner } from './runner.js';
import type { DirectiveRow, Page } from './types.js';

/**
 * Finding directives: by key, by printed number (optionally narrowed by issuer), and the filtered,
 * paginated list. Each function runs exactly one query.
 */

/**
 * `$issuer` is an organisation key, or words that must all occur in the issuer's name, the name it
 * signs with, or its area ("Liên Chiểu", "hai ba trung", "UBND Thành phố Hà Nội").
 */
const ISSUER_FILTER = `($issuer IS NULL OR EXISTS {
    MATCH (d)-[ib:ISSUED_BY]->(o:Organization)
    WHERE o.key = $issuer OR (size($issuerTokens) > 0 AND head([hay IN [${orgSearchText('o')} + ' ' + ${foldCypher('ib.name')}] | all(t IN $issuerTokens WHERE hay CONTAINS t)]))
  })`;

function issuerParams(issuer: string | null | undefined) {
  return { issuer: issuer ?? null, issuerTokens: searchTokens(issuer) };
}

export function directiveByKeyQuery(key: string): Query {
  return {
    cypher: `MATCH (d:Directive {key: $key})
RETURN ${directiveMap('d')} AS directive
LIMIT 1`,
    params: { key },
  };
}

export function directivesByKeysQuery(keys: string[]): Query {
  return {
    cypher: `UNWIND $keys AS k
MATCH (d:Directive {key: k})
RETURN ${directiveMap('d')} AS directive`,
    params: { keys },
  };
}

export async function directivesByKeys(runner: ReadRunner, keys: string[]): Promise<Map<string, DirectiveRow>> {
  const rows = await runner.run<{ directive: DirectiveRow }>(directivesByKeysQuery(keys), 'reading directives');
  return new Map(rows.map((r) => [r.directive.key, r.directive]));
}

/**
 * Directives whose number matches, ingested first, at most candidateCap + 1 (to tell "more than
 * listed"). A number matches when it is the same printed number (numberKey) or the same once folded
 * (foldNumber: "100-CV/DU" typed for "100- CV/ĐU"); the fold decides. numberKey keeps Đ apart from D
 * ("DD"), so the numbers that fold alike have one of the keys numberKeyVariants lists: every 'D' of
 * the folded number written as D or as DD. The candidates come from one seek of the numberKey index
 * with those keys. A number with more D's than that list allows asks the full-text `number` field
 * instead (the analyzer splits and folds numbers the same way), as every lookup did before: a
 * Lucene query per request cost more than the rest of the lookup (it was a third of the server's
 * time for `directive(number)` under load, issue 12). Folding every stored number instead read every
 * directive (PROFILE: one db hit per directive).
 */
export function directivesByNumberQuery(number: string, issuer: string | null | undefined): Query {
  const keys = numberKeyVariants(number);
  const phrase = keys === null ? numberPhrase(number) : null;
  const byText = phrase === null ? '' : `
  UNION
  CALL db.index.fulltext.queryNodes('directive_search', $numberPhrase) YIELD node
  RETURN node AS d`;
  return {
    cypher: `CALL () {
  MATCH (d:Directive)
  WHERE d.numberKey IN $numberKeys
  RETURN d${byText}
}
WITH d
WHERE (d.numberKey = $numberKey OR ${foldNumberCypher('d.number')} = $numberFolded)
  AND ${ISSUER_FILTER}
RETURN ${directiveMap('d')} AS directive
ORDER BY CASE d.status WHEN 'ingested' THEN 0 ELSE 1 END, d.issuedOn DESC, d.key
LIMIT toInteger($limit)`,
    params: {
      numberKey: numberKey(number), numberKeys: keys ?? [numberKey(number)], numberFolded: foldNumber(number),
      ...(phrase === null ? {} : { numberPhrase: phrase }),
      ...issuerParams(issuer), ...foldParams, limit: READ_LIMITS.candidateCap + 1,
    },
  };
}

/** Past this many D's in a number, its numberKey variants (2^n) give way to the full-text index. */
const MAX_VARIANT_DS = 6;

/**
 * Every numberKey whose number folds to the same as `number` (foldNumber): numberKey writes Đ as
 * "DD" and D as "D", so each D of the folded number is either. Null past MAX_VARIANT_DS D's.
 */
export function numberKeyVariants(number: string): string[] | null {
  const parts = foldNumber(number).split('D');
  if (parts.length - 1 > MAX_VARIANT_DS) return null;
  let out = [parts[0]!];
  for (const part of parts.slice(1)) out = out.flatMap((head) => [`${head}D${part}`, `${head}DD${part}`]);
  return [...new Set(out)];
}

export interface DirectiveLookup {
  key?: string | null | undefined;
  number?: string | null | undefined;
  issuer?: string | null | undefined;
}

/** One line per candidate, for the ambiguity message. */
function describe(d: DirectiveRow): string {
  const issuer = d.issuer?.name ?? d.issuedBy ?? 'issuer unknown';
  return `${d.number ?? '(no number)'} of ${issuer}${d.issuedOn ? `, ${d.issuedOn}` : ''} [${d.key}]`;
}

/**
 * The directive a user means. A key is exact; a number that several directives share (numbers are
 * unique only per issuer and year) is DG_AMBIGUOUS listing the candidates, so the user can add `issuer`.
 */
export async function findDirective(runner: ReadRunner, args: DirectiveLookup): Promise<DirectiveRow | null> {
  if (args.key) {
    const rows = await runner.run<{ directive: DirectiveRow }>(directiveByKeyQuery(args.key), 'looking up a directive');
    return rows[0]?.directive ?? null;
  }
  if (!args.number || args.number.trim() === '') {
    throw new QueryError('DG_BAD_INPUT', 'directive: give a key, or a number (optionally with issuer)', { details: { argument: 'number' } });
  }
  const rows = await runner.run<{ directive: DirectiveRow }>(directivesByNumberQuery(args.number, args.issuer), 'looking up a directive by number');
  if (rows.length <= 1) return rows[0]?.directive ?? null;
  const candidates = rows.slice(0, READ_LIMITS.candidateCap).map((r) => r.directive);
  const more = rows.length > READ_LIMITS.candidateCap ? ' (and more)' : '';
  throw new QueryError('DG_AMBIGUOUS',
    `number "${args.number}" matches ${candidates.length}${more} directives; add issuer (a key or words of its name) to choose: ${candidates.map(describe).join('; ')}`,
    { details: { candidates: candidates.map((c) => ({ key: c.key, number: c.number, issuer: c.issuer?.name ?? c.issuedBy, issuedOn: c.issuedOn })) } });
}

export interface DirectiveFilter {
  search?: string | null | undefined;
  docType?: string | null | undefined;
  /** A graph level: 'ward', 'district' ... */
  level?: string | null | undefined;
  issuer?: string | null | undefined;
  issuedFrom?: string | null | undefined;
  issuedTo?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  /**
   * Directives as lean maps (projections.ts: the fields of LEAN_LEAVES_OUT null), for a caller that
   * shows none of those fields: the API when the request asks for none, as for lineage.
   */
  lean?: boolean | undefined;
}

/**
 * What `search` words are looked for in: how people name a directive ("Chỉ thị 17", "công văn 180
 * liên chiểu"), so the type, the number, the title and who issued it (name, signing name, area).
 * The title and the issuer's name and area come folded already (`searchText` of the directive and of
 * the organisation, written on ingest); only the short fields (type, number, the name the issuer
 * signs with, which is on the edge) are folded here, in one fold per directive however many words
 * are searched (the list trick binds the folded text). Words have no spaces, so a word is in the
 * joined text exactly when it was in the text folded as one, as before.
 */
const SEARCH_ISSUER = `coalesce(head([(d)-[ib:ISSUED_BY]->(o:Organization) | [coalesce(ib.name, ''), ${orgSearchText('o')}]]), ['', ''])`;
const SEARCH_SHORT_FIELDS = "coalesce(d.docType, '') + ' ' + coalesce(d.number, '') + ' ' + issuer[0]";
const SEARCH_MATCH = `(size($tokens) = 0 OR head([issuer IN [${SEARCH_ISSUER}] |
    head([hay IN [coalesce(d.searchText, '') + ' ' + ${foldCypher(SEARCH_SHORT_FIELDS)} + ' ' + issuer[1]] | all(t IN $tokens WHERE hay CONTAINS t)])]))`;

const DIRECTIVE_FILTER = `($docType IS NULL OR d.docType = $docType)
  AND ($level IS NULL OR d.level = $level)
  AND ($issuedFrom IS NULL OR d.issuedOn >= date($issuedFrom))
  AND ($issuedTo IS NULL OR d.issuedOn <= date($issuedTo))
  AND ${SEARCH_MATCH}
  AND ${ISSUER_FILTER}`;

/**
 * The directives that may match the search words, from the full-text indexes (schema/030_search.cypher)
 * rather than from folding every directive; SEARCH_MATCH then decides exactly, as before.
 * A directive matches when each word is in its own fields (title, number, type) or in its issuer's
 * name or area, so the candidates are
 * - the directives whose own fields hold every word (one Lucene AND), and
 * - for the issuers whose name or area holds some of the words: their directives whose own
 *   fields hold the rest, or all their directives when nothing rests. The rests of all those issuers
 *   go to Lucene as one query (`(rest1) OR (rest2) ...`), and a directive it finds is kept when one
 *   of those issuers issued it: a few more candidates than one query per distinct rest (a directive
 *   holding the rest of another issuer than its own), which the exact check drops, for one full-text
 *   query instead of one per rest (3 for "chi thi 226" on the 10,000-document corpus). A rest that
 *   holds another rest is left out of that query (`(chi* AND 226*) OR (226*)` finds what `(226*)`
 *   finds, so the answers are the same): for "chi thi N" it is then `(N*)`, and Lucene no longer
 *   expands chi* and thi* for it twice over. That query also leaves out the directives whose own
 *   fields hold every word (`AND NOT` the first branch's query): the first branch finds them, and for "chi thi 226" they were most of its candidates, each read
 *   for its issuer (PROFILE on the 100,000-document graph: 696 candidates, 3,656 db hits). The two
 *   branches are joined with UNION ALL, the DISTINCT after the candidates removes repeats: a UNION
 *   there made its rows distinct on the imported lists of issuers too, holding them once per row
 *   (PROFILE "ha noi": 204 MiB of transaction memory for 4,876 directives).
 * Words are matched at the start of a word there (prefix clauses), a word inside another word
 * ("ong" in "phong") only by the exact check on these candidates. Stop words are left to the
 * exact check (fulltext.ts).
 */
const SEARCH_CANDIDATES = `CALL () {
    CALL db.index.fulltext.queryNodes('directive_search', $allWords) YIELD node
    RETURN node AS d
    UNION
    CALL db.index.fulltext.queryNodes('issuer_search', $anyWord) YIELD node AS o
    WITH o, ${orgSearchText('o')} AS hay
    WITH o, [i IN range(0, size($words) - 1) WHERE NOT hay CONTAINS $words[i] | $clauses[i]] AS rest
    WITH collect(CASE WHEN size(rest) = 0 THEN o END) AS whole, collect(CASE WHEN size(rest) > 0 THEN o END) AS partial,
      collect(DISTINCT CASE WHEN size(rest) > 0 THEN rest END) AS restLists
    WITH whole, partial, [r IN restLists WHERE none(s IN restLists WHERE size(s) < size(r) AND all(c IN s WHERE c IN r)) |
      '(' + reduce(q = head(r), c IN tail(r) | q + ' AND ' + c) + ')'] AS rests
    CALL (whole, partial, rests) {
      UNWIND whole AS o
      MATCH (d:Directive)-[:ISSUED_BY]->(o)
      RETURN d
      UNION ALL
      UNWIND CASE WHEN size(rests) > 0 THEN ['(' + reduce(q = head(rests), c IN tail(rests) | q + ' OR ' + c) + ') AND NOT (' + $allWords + ')'] ELSE [] END AS q
      CALL db.index.fulltext.queryNodes('directive_search', q) YIELD node
      WITH node AS d, partial
      WHERE EXISTS { MATCH (d)-[:ISSUED_BY]->(o) WHERE o IN partial }
      RETURN d
    }
    RETURN d
  }
  WITH DISTINCT d`;

/** The page after the keyset cursor, newest first, undated last (their sort date is ''), ties by key. */
const page = (lean: boolean) => `WITH d, coalesce(toString(d.issuedOn), '') AS sortDate
  WHERE $afterKey IS NULL OR sortDate < $afterDate OR (sortDate = $afterDate AND d.key > $afterKey)
  WITH d, sortDate
  ORDER BY sortDate DESC, d.key ASC
  LIMIT toInteger($limit)
  RETURN collect({ sortDate: sortDate, directive: ${directiveMap('d', lean)} }) AS page`;

/**
 * Newest first, undated last (their sort date is ''), ties by key: the keyset is (sortDate, key).
 * Count and page come back in one row.
 *
 * With search words the directives come from the full-text candidates, found and checked once: the
 * matches (node references, as many as the count) are collected for their count and unwound at once
 * into the page, whose rows carry the count, not the list (a subquery that imported the list held it
 * once per row its sort kept). The directives before the cursor sort last and are dropped from the
 * page, rather than filtered out, so that a page past the last match still has a row to carry the
 * count. Finding the matches twice, once for the count and once for the page, made each request run
 * every full-text query twice (5 of them for "chi thi 226": about 5 ms each on the 10,000-document
 * corpus). Without words the label is scanned twice instead, for the count and for the page: a list
 * would hold every directive the filters let through.
 */
export function searchDirectivesQuery(f: DirectiveFilter): Query {
  const [afterDate, afterKey] = f.after ? decodeCursor('directives', f.after, 2) : [null, null];
  const tokens = searchTokens(f.search);
  const { words, clauses } = prefixClauses(tokens);
  const lean = f.lean === true;
  const cypher = words.length > 0
    ? `CALL () {
  ${SEARCH_CANDIDATES}
  WHERE ${DIRECTIVE_FILTER}
  WITH collect(d) AS matches
  UNWIND matches AS d
  WITH size(matches) AS total, d, coalesce(toString(d.issuedOn), '') AS sortDate
  WITH total, d, sortDate, ($afterKey IS NULL OR sortDate < $afterDate OR (sortDate = $afterDate AND d.key > $afterKey)) AS afterCursor
  ORDER BY afterCursor DESC, sortDate DESC, d.key ASC
  LIMIT toInteger($limit)
  RETURN total, collect(CASE WHEN afterCursor THEN { sortDate: sortDate, directive: ${directiveMap('d', lean)} } END) AS page
}
RETURN total, page`
    : `CALL () {
  MATCH (d:Directive)
  WHERE ${DIRECTIVE_FILTER}
  RETURN count(d) AS total
}
CALL () {
  MATCH (d:Directive)
  WHERE ${DIRECTIVE_FILTER}
  ${page(lean)}
}
RETURN total, page`;
  return {
    cypher,
    params: {
      docType: f.docType ?? null,
      level: f.level ?? null,
      issuedFrom: f.issuedFrom ?? null,
      issuedTo: f.issuedTo ?? null,
      tokens,
      ...(words.length > 0 ? { words, clauses, allWords: allOf(clauses), anyWord: anyOf(clauses) } : {}),
      ...issuerParams(f.issuer),
      ...foldParams,
      afterDate,
      afterKey,
      limit: f.first + 1,
    },
  };
}

interface SearchRecord { total: number; page: { sortDate: string; directive: DirectiveRow }[] }

/** A lean page with the fields its maps left out null, as the runner decodes it (RunOptions.shape). */
function leanSearch(r: SearchRecord): SearchRecord {
  for (const p of r.page) p.directive = leanDirectiveRow(p.directive);
  return r;
}

export async function searchDirectives(runner: ReadRunner, f: DirectiveFilter): Promise<Page<DirectiveRow>> {
  const rows = await runner.run<SearchRecord>(searchDirectivesQuery(f), 'listing directives', f.lean ? { shape: leanSearch } : undefined);
  const row = rows[0] ?? { total: 0, page: [] };
  return {
    totalCount: row.total,
    items: row.page.slice(0, f.first).map((p) => ({
      cursor: encodeCursor('directives', [p.sortDate, p.directive.key]), node: p.directive,
    })),
    hasNextPage: row.page.length > f.first,
    hasPreviousPage: Boolean(f.after),
  };
}
