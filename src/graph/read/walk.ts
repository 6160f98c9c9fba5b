import { QueryError } from '../../errors.js';
import { READ_LIMITS } from './limits.js';
import { RELATION_TYPES, type RelationType } from './types.js';

/**
 * The arguments every walk shares, checked once: a depth within the cap and known relation types.
 * The walks' Cypher has the cap (20) as its literal upper bound and filters by `$maxDepth` and
 * `$types`, so the text never depends on a request value.
 */
export interface WalkArgs {
  maxDepth: number;
  relations: readonly RelationType[];
}

export function checkWalk(args: WalkArgs): { maxDepth: number; types: RelationType[] } {
  if (!Number.isInteger(args.maxDepth) || args.maxDepth < 1) {
    throw new QueryError('DG_BAD_INPUT', `maxDepth must be a whole number from 1 to ${READ_LIMITS.maxDepth}, got ${args.maxDepth}`, {
      details: { argument: 'maxDepth' },
    });
  }
  if (args.maxDepth > READ_LIMITS.maxDepth) {
    throw new QueryError('DG_LIMIT_EXCEEDED', `maxDepth ${args.maxDepth} is over the limit of ${READ_LIMITS.maxDepth} (maxDepth)`, {
      details: { limit: 'maxDepth', max: READ_LIMITS.maxDepth, got: args.maxDepth },
    });
  }
  const types = [...new Set(args.relations)];
  if (types.length === 0) {
    throw new QueryError('DG_BAD_INPUT', `relations must name at least one of ${RELATION_TYPES.join(', ')}`, { details: { argument: 'relations' } });
  }
  const unknown = types.filter((t) => !RELATION_TYPES.includes(t));
  if (unknown.length > 0) {
    throw new QueryError('DG_BAD_INPUT', `relations: unknown ${unknown.join(', ')}; use ${RELATION_TYPES.join(', ')}`, { details: { argument: 'relations' } });
  }
  return { maxDepth: args.maxDepth, types };
}

/** One hop down (to a directive that implements / cites the current one), filtered by `$types`. */
export const HOP_DOWN = `(()<-[r:IMPLEMENTS|BASED_ON|CITES]-() WHERE type(r) IN $types)`;
/** One hop up (to a directive the current one implements / cites). */
export const HOP_UP = `(()-[r:IMPLEMENTS|BASED_ON|CITES]->() WHERE type(r) IN $types)`;
