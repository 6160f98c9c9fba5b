/**
 * "Cảng vụ Hàng hải Quảng Ngãi" in a Quảng Ngãi plan: a body whose own name already ends in the place it serves is
 * written that way by a reader, the place once; adding "tỉnh Quảng Ngãi" after it again names nothing new. Only the
 * very place the unit resolved to (a port of Nha Trang in a Khánh Hòa plan keeps its province), and only as the name's
 * last words, whole. The place's name as the gazetteer or the document's header gives it; case aside (a name from a
 * header in capitals), compared as written: this runs for every body resolved to a place.
 */
export function endsInOwnPlace(base: string, placeName: string): boolean {
  const n = placeName.length;
  if (n === 0 || base.length <= n || base.charCodeAt(base.length - n - 1) !== 32) return false;
  const end = base.slice(base.length - n);
  return end === placeName || end.toLowerCase() === placeName.toLowerCase();
}
