import type { AreaRef, UnitMention } from '../find/units.js';
import type { Place, PlaceLevel } from '../gazetteer.js';
import type { OrgKind } from '../vocabulary/units.js';

/**
 * "CÔNG AN TỈNH QUẢNG NAM / PHÒNG CẢNH SÁT GIAO THÔNG": a department of a police or military
 * command names no area of its own in the header; it is the command's, at the command's level. Read
 * on its own it took the place of the date line ("Tam Kỳ, ngày …", the provincial seat) and came out
 * as a city's department. A State department under a people's committee ("UBND TỈNH … / SỞ Y TẾ")
 * is left to its own level, which the vocabulary knows.
 */
const COMMANDS: ReadonlySet<OrgKind> = new Set(['police', 'military']);

/** The issuer line's unit as an organ of the command line above it, when it is one; else unchanged. */
export function asCommandUnit(issuer: UnitMention, superior: UnitMention | undefined): UnitMention {
  if (!superior || !COMMANDS.has(superior.head.kind) || superior.plural) return issuer;
  const named = superior.name !== null || superior.areas.some((a) => a.name !== null);
  if (!named || issuer.head.shape !== 'body' || issuer.head.kind === superior.head.kind) return issuer;
  if (issuer.name !== null || issuer.areas.length > 0 || issuer.plural || issuer.owner) return issuer;
  return { ...issuer, head: { ...issuer.head, shape: 'part' }, owner: superior };
}

/**
 * "HĐND TỈNH KON TUM / BAN KINH TẾ - NGÂN SÁCH": a committee of a people's council (its Ban Pháp chế, Ban Văn hóa - Xã
 * hội …) is the council's organ, named with it ("Ban Kinh tế - Ngân sách HĐND tỉnh Kon Tum") as the body names it;
 * read alone it was a Ban of the province.
 */
export function asCouncilCommittee(issuer: UnitMention, superior: UnitMention | undefined): UnitMention {
  if (!superior || superior.head.kind !== 'people-council' || superior.plural) return issuer;
  if (superior.name === null && !superior.areas.some((a) => a.name !== null)) return issuer;
  if (issuer.head.canonical !== 'Ban' || issuer.head.shape !== 'body' || !issuer.tail) return issuer;
  if (issuer.name !== null || issuer.areas.length > 0 || issuer.plural || issuer.owner) return issuer;
  return { ...issuer, head: { ...issuer.head, shape: 'part' }, owner: superior };
}

/**
 * "TỈNH ỦY BẮC KẠN / BAN CHỈ ĐẠO 35": a board of no level under a Party committee's line is the committee's own
 * board, named with it ("Ban Chỉ đạo 35 Tỉnh ủy Bắc Kạn"), as its organs are; under a people's committee's line
 * ("UBND HUYỆN CAN LỘC / BAN CHỈ ĐẠO 389") a board is the area's, named by its place (below).
 */
export function asCommitteeBoard(issuer: UnitMention, superior: UnitMention | undefined): UnitMention {
  if (!superior || superior.head.kind !== 'party-committee' || superior.head.shape !== 'committee' || superior.plural) return issuer;
  if (superior.name === null && !superior.areas.some((a) => a.name !== null)) return issuer;
  if (issuer.head.shape !== 'body' || issuer.head.kind !== 'agency' || issuer.head.level !== undefined) return issuer;
  if (issuer.name !== null || issuer.areas.length > 0 || issuer.plural || issuer.owner) return issuer;
  return { ...issuer, head: { ...issuer.head, shape: 'part' }, owner: superior };
}

/**
 * "UBND HUYỆN CAN LỘC / BAN CHỈ ĐẠO 389", "TỈNH ỦY HÀ TĨNH / BAN CHỈ ĐẠO 35", "SỞ Y TẾ HÀ TĨNH / TRUNG
 * TÂM KIỂM SOÁT BỆNH TẬT": the issuer line names a body of no level of its own and no area; the line
 * above names the place it sits in. Read alone it fell to a guessed district ("Ban Chỉ đạo 389
 * quận"). True when the issuer takes the superior's place.
 */
export function atSuperiorPlace(issuer: UnitMention, superiorPlace: Place | null): boolean {
  // A body of the superior's own level too ("UBND HUYỆN CAN LỘC / PHÒNG Y TẾ", dated "Nghèn, ngày …"):
  // the line above says where it is better than the date line's town does.
  return !!superiorPlace && atSuperiorLevel(issuer, superiorPlace.level);
}

/** True when the issuer line's body, of no area of its own, may sit at the superior line's level. */
export function atSuperiorLevel(issuer: UnitMention, level: PlaceLevel): boolean {
  if (issuer.head.shape !== 'body') return false;
  if (issuer.head.level !== undefined && issuer.head.level !== level) return false;
  return issuer.name === null && issuer.areas.length === 0 && !issuer.plural && !issuer.owner && issuer.head.collective !== true;
}

/**
 * "UBND HUYỆN ĐẠI LỘC / BAN CHỈ ĐẠO …" on a document dated after 1 July 2025: the district is on no map of that
 * date, so the line above gives no place, and the board fell to a guessed "quận" with no name. The area the line
 * prints is kept instead, as the superior's own name is kept (docs/domain.md §7: a district issuer after the
 * reform is read as printed, with a warning). Null when the line names no single area.
 */
export function printedSuperiorArea(superior: UnitMention): AreaRef | null {
  if (superior.plural) return null;
  return superior.areas.find((a) => a.name !== null && !a.plural && !a.range) ?? null;
}
