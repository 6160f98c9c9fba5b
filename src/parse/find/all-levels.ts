import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import type { UnitHead } from '../vocabulary/units.js';

const ALL_LEVELS = phraseSet(['các cấp']);

/**
 * "Hội Cựu chiến binh các cấp", "Công đoàn các cấp": an association or union at every level of its system, one
 * collective named so. Read as the bare association, it became the issuer's (or the nation's) one. Only a mass
 * organisation: "cấp ủy các cấp" and "chính quyền các cấp" are read as collectives of their own. Where the words end,
 * or j.
 */
export function allLevelsEnd(head: UnitHead, tokens: readonly Token[], j: number, limit: number): number {
  if (head.kind !== 'mass-organization') return j;
  return ALL_LEVELS.match(tokens, j, limit)?.end ?? j;
}

