import { QueryError } from '../../errors.js';
import type { ApiLimits } from '../limits.js';

/** `first` of a list: default when absent, BAD_USER_INPUT when negative, LIMIT_EXCEEDED over the cap. */
export function pageSize(first: number | null | undefined, limits: ApiLimits, fallback: number, argument = 'first'): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 0) {
    throw new QueryError('DG_BAD_INPUT', `${argument} must be a whole number from 0 to ${limits.maxFirst}, got ${first}`, { details: { argument } });
  }
  if (first > limits.maxFirst) {
    throw new QueryError('DG_LIMIT_EXCEEDED', `${argument} ${first} is over the limit of ${limits.maxFirst} (first)`, {
      details: { limit: 'first', max: limits.maxFirst, got: first },
    });
  }
  return first;
}

/** maxDepth: LIMIT_EXCEEDED over the cap (the graph layer checks it again before building Cypher). */
export function depth(maxDepth: number | null | undefined, limits: ApiLimits): number {
  const d = maxDepth ?? 10;
  if (Number.isInteger(d) && d > limits.maxDepth) {
    throw new QueryError('DG_LIMIT_EXCEEDED', `maxDepth ${d} is over the limit of ${limits.maxDepth} (maxDepth)`, {
      details: { limit: 'maxDepth', max: limits.maxDepth, got: d },
    });
  }
  return d;
}
