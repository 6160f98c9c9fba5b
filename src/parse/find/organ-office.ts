import type { Token } from '../tokens.js';
import type { UnitHead } from '../vocabulary/units.js';
import type { UnitMention } from './unit-mention.js';

/**
 * "Văn phòng Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng Ban Dân vận Huyện ủy": an organ of a Party committee that keeps an
 * office of its own, named with the organ and its committee. Read as owners only committees and bodies, the office
 * became the committee's own ("Văn phòng Tỉnh ủy") and the organ a second unit beside it.
 */
export function organOfCommittee(head: UnitHead, owner: UnitMention): boolean {
  return head.canonical === 'Văn phòng' && owner.head.shape === 'part' && !owner.plural && !owner.office
    && owner.owner !== null && owner.owner.head.shape === 'committee' && !owner.owner.plural;
}

/**
 * "Văn phòng cơ quan Ủy ban Trung ương MTTQ Việt Nam": "cơ quan" between an office and a capitalised body is that body's
 * agency, whose office it is; read alone it was "các cơ quan, đơn vị" and the body a unit of its own. Where the word
 * ends, or 0.
 */
export function agencyWordEnd(head: UnitHead, tokens: readonly Token[], k: number, limit: number): number {
  if (head.canonical !== 'Văn phòng' || k + 2 >= limit) return 0;
  const a = tokens[k]!;
  const b = tokens[k + 1]!;
  return a.norm === 'cơ' && b.norm === 'quan' && !a.upper && tokens[k + 2]!.upper ? k + 2 : 0;
}
