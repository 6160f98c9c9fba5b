import { fold } from '../../model/keys.js';
import type { UnitMention } from '../find/units.js';
import { ISSUER_ORGANS } from '../vocabulary/relations.js';

/**
 * A portal's property table beside a document's own header ("Cơ quan ban hành: Ban Thường vụ Thành đoàn Hà
 * Nội" over "BCH ĐOÀN TP HÀ NỘI / Số: 318-KH/TĐTN-PT"). The header is the document's own word and stays the
 * issuer wherever it names one body plainly; the row is the portal's, and portals sometimes file a document
 * under its parent body (a ward Party committee's notice under the city's Thành ủy). The row is read only where
 * the header leaves the question open:
 *
 * - the header names no body the map knows: the row names it (buildContext asks again with the row first);
 * - the header names a body without the place the row gives ("BAN CHỈ HUY PHÒNG THỦ DÂN SỰ XÃ", "Ban Chỉ huy
 *   Phòng thủ dân sự xã Hòa Vang"): the row's, which is the same body placed;
 * - the header names a body and the row one of its departments ("TỈNH ỦY …" read alone, "Ban Tuyên giáo Tỉnh
 *   ủy"): the department, which a header read short had lost. Not the organs through which the body itself acts
 *   (Ban Thường vụ, Thường trực): those issue as the body does, and the header's reading of them stands.
 *
 * A row naming another body than the header's, or the header's parent, changes nothing.
 */

/** How buildContext takes `spoken`: not a row; a row beside the header; a row read before the header (asked again). */
export type RowUse = 'none' | 'beside' | 'first';

function placeName(m: UnitMention): string | null {
  const n = m.name ?? m.areas.find((a) => a.name)?.name ?? null;
  return n ? fold(n) : null;
}

/** Two mentions name no two different places: one of them names none, or both the same. */
function placesAgree(a: UnitMention, b: UnitMention): boolean {
  const x = placeName(a);
  const y = placeName(b);
  return !x || !y || x === y;
}

/** The row names a department of the body the header names, at the same place or none. */
export function rowNamesDepartment(row: UnitMention, header: UnitMention): boolean {
  if (row.head.shape !== 'part' || ISSUER_ORGANS.has(row.head.canonical) || !row.owner || row.plural) return false;
  if (header.head.shape === 'part') return false;
  return row.owner.head.canonical === header.head.canonical && placesAgree(row.owner, header);
}

/** The row names the header's body (or an organ of it) with a place the header's mention lacks. */
export function rowPlacesBody(row: UnitMention, header: UnitMention): boolean {
  const body = row.head.shape === 'part' && row.owner ? row.owner : row;
  return !row.plural && body.head.canonical === header.head.canonical && placeName(header) === null && placeName(body) !== null;
}
