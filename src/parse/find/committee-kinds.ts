import type { Token } from '../tokens.js';
import type { UnitMention } from './unit-mention.js';

/**
 * "Ban Tuyên giáo tỉnh ủy, thành ủy": committees written by their kind alone, in lower case, with no name or place, as a
 * central letter addresses every province's. The organ before them is each kind's, as it is each committee's in "Ban
 * Tuyên giáo các huyện ủy, thị ủy"; read alone, the later kinds were committees of their own.
 */
export function committeeKindWord(tokens: readonly Token[], m: UnitMention): boolean {
  return m.head.shape === 'committee' && !tokens[m.from]!.upper && !m.name && m.areas.length === 0 && !m.owner && !m.office && !m.subward;
}
