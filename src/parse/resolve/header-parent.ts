import type { UnitMention } from '../find/units.js';
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
