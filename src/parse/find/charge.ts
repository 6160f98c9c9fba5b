import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { CHARGE_BLOCS, CHARGE_WORK_VERBS } from '../vocabulary/units.js';
import { PREDICATE_WORDS } from '../vocabulary/assignment.js';

const IN_CHARGE = phraseSet(['phụ trách', 'trực tiếp phụ trách']);
const WORK = phraseSet([...PREDICATE_WORDS, ...CHARGE_WORK_VERBS]);
const BLOCS = phraseSet(CHARGE_BLOCS);

/**
 * "Đồng chí Phó Chủ tịch Ủy ban MTTQ xã phụ trách tiếp nhận, quản lý nguồn vận động …": "phụ trách" before a verb of
 * work is the clause's predicate (the deputy is in charge of doing it), not a field that names a post of its own
 * ("Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội"). Read as a field, the work was glued into the unit's name.
 */
export function chargeIsWork(tokens: readonly Token[], j: number, limit: number): boolean {
  const c = IN_CHARGE.match(tokens, j, limit);
  return !!c && WORK.has(tokens, c.end, limit);
}

/**
 * "Đảng ủy viên phụ trách khối chính quyền": the bloc of an area's bodies a committee member is in charge of, which
 * names the member's post as a village or a cell does. Where it ends, or null.
 */
export function chargedBloc(tokens: readonly Token[], k: number, limit: number): { end: number } | null {
  return BLOCS.match(tokens, k, limit);
}
