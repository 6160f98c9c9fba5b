import type { Token } from '../tokens.js';
import type { UnitHead } from '../vocabulary/units.js';

/**
 * "Đoàn kiểm tra số 1", "Tổ công tác số 3": a team written with a capital and its number is one team, named with the
 * number, where its kind alone (a collective head, "đoàn kiểm tra") was read as every team of the issuer. Only a
 * collective head with no name of its own, not made plural, and "số" with a small number right after it. Where the
 * number ends, or j.
 */
export function numberedTeamEnd(tokens: readonly Token[], headAt: number, j: number, limit: number, head: UnitHead, tail: string | null, plural: boolean): number {
  if (!head.collective || tail || plural || !tokens[headAt]!.upper || j + 1 >= limit) return j;
  if (tokens[j]!.norm !== 'số' || !/^\d{1,2}$/.test(tokens[j + 1]!.text)) return j;
  return j + 2;
}
