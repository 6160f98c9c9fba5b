import { fold } from '../../model/keys.js';
import type { AreaRef } from '../find/unit-mention.js';
import type { Place } from '../gazetteer.js';

/**
 * "Chủ tịch UBND các huyện, thành phố Nam Định" in a document of Nam Định province: the province's districts and its
 * city, one collective named with the province, where the city bears the province's name. Read ref by ref, the last
 * became a unit of its own (the city). True when the areas are plural kinds first and then one kind named as the
 * document's province is.
 */
export function provinceNamedList(areas: readonly AreaRef[], province: Place | null): boolean {
  if (!province || areas.length < 2) return false;
  const last = areas[areas.length - 1]!;
  const before = areas.slice(0, -1);
  return !!last.name && !last.plural && fold(last.name) === fold(province.name) && before[0]!.plural
    && before.every((r) => !r.name && !r.range && !r.grassroots);
}
