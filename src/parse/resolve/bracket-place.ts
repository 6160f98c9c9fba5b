import type { Place, PlaceLevel } from '../gazetteer.js';
import type { UnitMention } from '../find/units.js';
import { findPlace, type DocContext } from './orgs.js';

/**
 * "Đảng ủy xã Tân Phú (huyện Đồng Phú) vừa ban hành …", "Chủ tịch UBND huyện Chư Sê (Gia Lai) …", "UBND xã Tân
 * Thành (thành phố Ngã Bảy, tỉnh Hậu Giang)": a news report names the issuer's district or province (or both) in
 * brackets right after it, the way it places any small body for readers elsewhere. With no header to give the province, that bracket says which
 * of the issuer's namesakes is meant; only the bracket right after the issuer is read (a bracket
 * elsewhere may place another body).
 */
const BRACKET = /^[ ]{0,2}\((?:(huyện|quận|thị xã|thành phố|tỉnh)[ ]{1,2})?((?:\p{Lu}[\p{L}\p{M}]*[ ]?){1,4})(?:,[ ]{1,2}(?:tỉnh|thành phố)[ ]{1,2}((?:\p{Lu}[\p{L}\p{M}]*[ ]?){1,4}))?\)/u;

/** The levels a bracketed place may be at, by its word (none: a district, else a province). */
function levelsOf(word: string | undefined): PlaceLevel[] {
  if (word === 'tỉnh') return ['province'];
  if (word === 'thành phố') return ['district', 'province'];
  return word ? ['district'] : ['district', 'province'];
}

export function bracketedPlace(text: string, issuer: UnitMention | null, ctx: DocContext): Place | null {
  if (!issuer) return null;
  const b = BRACKET.exec(text.slice(issuer.end, issuer.end + 60));
  if (!b) return null;
  // "(thành phố Ngã Bảy, tỉnh Hậu Giang)": the district read in the province the bracket names after it.
  const province = b[3] ? findPlace(b[3].trim(), 'province', [], ctx, null)?.place ?? null : null;
  const inProvince = province ? { ...ctx, province, district: null, ward: null } : ctx;
  for (const level of levelsOf(b[1])) {
    const found = findPlace(b[2]!.trim(), level, [], inProvince, null);
    if (found) return found.place;
  }
  return null;
}
