import type { Token } from '../tokens.js';
import type { UnitHead } from '../vocabulary/units.js';
import { parseAreaRefs } from './area-refs.js';

/**
 * "Viện Pasteur Thành phố Hồ Chí Minh", "Viện Vệ sinh dịch tễ Tỉnh Đắk Lắk": a national institute named by the city it
 * sits in, its area word capitalised as a name's words are. A national body takes no area, so the name stopped before
 * "Thành phố" and the city was lost (its sister "Viện Pasteur Nha Trang", no area word, kept hers). Where the place
 * ends, or j when none follows.
 */
export function centralPlaceEnd(head: UnitHead, tokens: readonly Token[], j: number, limit: number): number {
  if (head.shape !== 'central' || head.tail !== 'caps' || !tokens[j]?.upper) return j;
  const refs = parseAreaRefs(tokens, j, limit);
  const ref = refs?.refs.length === 1 ? refs.refs[0]! : null;
  return ref && ref.name && !ref.plural && !ref.bare ? refs!.end : j;
}
