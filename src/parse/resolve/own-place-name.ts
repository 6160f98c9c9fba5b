import { fold } from '../../model/keys.js';

/**
 * "Cảng vụ Hàng hải Quảng Ngãi" in a Quảng Ngãi plan: a body whose own name already ends in the place it serves is
 * written that way by a reader, the place once; adding "tỉnh Quảng Ngãi" after it again names nothing new. Only the
 * very place the unit resolved to (a port of Nha Trang in a Khánh Hòa plan keeps its province), and only as the name's
 * last words, whole. The place's name as the gazetteer or the document's header gives it.
 */
export function endsInOwnPlace(base: string, placeName: string): boolean {
  const name = fold(placeName);
  const folded = fold(base);
  if (name.length === 0 || folded.length <= name.length || !folded.endsWith(name)) return false;
  return folded[folded.length - name.length - 1] === ' ';
}
