import type { Token } from '../tokens.js';
import { capsRun } from './name-shape.js';
import { AREAS } from './unit-words.js';

const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|X{1,2}|XI{1,3})$/;

/**
 * "Đội Cảnh sát PCCC và CNCH khu vực Thạch Thành", "Chi cục Kiểm lâm vùng IV": a body serving a region named apart from
 * the administrative map. The region is the name's: without it the body was read as the issuer's district one. Only a
 * capitalised place after "khu vực" ("tại khu vực giáp ranh" is a clause's) and a numeral after "vùng". Where the region
 * ends, or j when none follows.
 */
export function regionEnd(tokens: readonly Token[], j: number, limit: number): number {
  const t = tokens[j];
  if (!t || j + 1 >= limit) return j;
  if (t.norm === 'vùng') {
    const n = tokens[j + 1]!.text;
    return ROMAN.test(n) || /^\d{1,2}$/.test(n) ? j + 2 : j;
  }
  if (t.norm !== 'khu' || tokens[j + 1]!.norm !== 'vực' || j + 2 >= limit) return j;
  // "khu vực Thành phố Huế" is an area of the map, the area resolver's.
  if (AREAS.has(tokens, j + 2, limit)) return j;
  const end = capsRun(tokens, j + 2, limit, 4);
  return end > j + 2 ? end : j;
}

const REGION_TAIL = /(?:^| )(?:khu vực \p{Lu}|vùng (?:[IVX]+|\d{1,2})$)/u;

/** A name that ends in its region ("… khu vực Thạch Thành") is whole as written: the document's area is no part of it. */
export function namedByRegion(tail: string): boolean {
  return REGION_TAIL.test(tail);
}
