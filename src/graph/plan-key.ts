import neo4j from 'neo4j-driver';
import type { Query } from './query.js';

/**
 * The key under which Neo4j 5 caches a query's plan: the query text and, for each parameter, its
 * type as the planner sees it (the Cypher planner's `ParameterTypeMap`). A statement whose text is
 * cached but whose parameter signature is not is planned again, as if it were new. The types:
 * - a JS number goes over Bolt as a Float, which the cache keys as ANY, the same as null;
 *   an Integer (neo4j.int, bigint) is INTEGER;
 * - a string is STRING with a size hint: the power of ten at or above its length in code points
 *   (exact for 0 and 1), so `'ward'` (10) and a 40-character key (100) differ;
 * - a list is LIST<STRING> when all its items are strings, else LIST<ANY>, with the same size
 *   hint: `['IMPLEMENTS']` (exactly 1) and `['IMPLEMENTS', 'CITES']` (10) are two plans;
 * - booleans, maps and temporal values by their type alone.
 * The warm-up (read/warm.ts) uses this to warm the signatures requests send, not only their texts.
 */
export function sizeBucket(size: number): string {
  if (size <= 1) return `=${size}`;
  return `~${10 ** Math.ceil(Math.log10(size))}`;
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export function parameterType(value: unknown): string {
  if (value === null || value === undefined) return 'ANY';
  if (typeof value === 'number') return 'ANY';
  if (typeof value === 'bigint' || neo4j.isInt(value)) return 'INTEGER';
  if (typeof value === 'boolean') return 'BOOLEAN';
  if (typeof value === 'string') return `STRING${sizeBucket(codePoints(value))}`;
  if (Array.isArray(value)) {
    const items = value.length > 0 && value.every((v) => typeof v === 'string') ? 'STRING' : 'ANY';
    return `LIST<${items}>${sizeBucket(value.length)}`;
  }
  if (neo4j.isDate(value)) return 'DATE';
  if (neo4j.isDateTime(value)) return 'DATE_TIME';
  if (neo4j.isLocalDateTime(value)) return 'LOCAL_DATE_TIME';
  if (neo4j.isTime(value)) return 'TIME';
  if (neo4j.isLocalTime(value)) return 'LOCAL_TIME';
  if (neo4j.isDuration(value)) return 'DURATION';
  if (neo4j.isPoint(value)) return 'POINT';
  return 'MAP';
}

/** The parameters' signature: `name:TYPE` sorted by name (the cache compares them as a map). */
export function parameterSignature(params: Record<string, unknown>): string {
  return Object.keys(params).sort().map((k) => `${k}:${parameterType(params[k])}`).join(' ');
}

/** Text and signature: two queries with the same plan key share one cached plan. */
export function planKey(query: Query): string {
  return `${query.cypher}\n-- ${parameterSignature(query.params)}`;
}
