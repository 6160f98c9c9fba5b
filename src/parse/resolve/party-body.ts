import type { AreaRef, UnitMention } from '../find/units.js';
import { UNIT_HEADS, type UnitHead } from '../vocabulary/units.js';

/**
 * "Đảng bộ huyện Hương Sơn", "ĐẢNG BỘ TỈNH QUẢNG TRỊ": the Party organisation of a district or a
 * province is led by its committee, and where a document names it as its own issuer or as the owner
 * of an organ ("Ban Chấp hành Đảng bộ huyện …", "ĐẢNG BỘ TỈNH … / BAN TUYÊN GIÁO") it means that
 * committee: the Huyện ủy, the Tỉnh ủy. One body, one node: the committee's, as "Huyện ủy Hương Sơn"
 * is written elsewhere. The vocabulary's "Đảng bộ" is a ward-level head; as the issuer its place was
 * found and then read at ward level ("Đảng bộ các xã huyện …"). A cited "Đảng bộ tỉnh …" on its own
 * (the congress's resolution, "Nghị quyết Đại hội Đảng bộ tỉnh") stays the Đảng bộ: the congress
 * is not the committee.
 */

/** The committee head that carries an area type's own name ("huyen" → Huyện ủy). */
const COMMITTEE_OF_TYPE = new Map<string, UnitHead>();
for (const h of UNIT_HEADS) {
  if (h.kind !== 'party-committee' || h.shape !== 'committee' || h.level === 'ward') continue;
  for (const t of h.areaTypes ?? []) if (!COMMITTEE_OF_TYPE.has(t)) COMMITTEE_OF_TYPE.set(t, h);
}

/** The heads read this way: the Party organisation itself, not its committee. */
const PARTY_ORGANISATION = 'Đảng bộ';
/**
 * A ward's or commune's committee: "ĐẢNG BỘ PHƯỜNG HƯNG DŨNG" over a letter the Đảng ủy signs, "Ban
 * Chấp hành Đảng bộ phường … xác định" are the Đảng ủy phường, as at the district's and province's
 * level: one body, one node, whichever of the two names a document prints.
 */
const WARD_COMMITTEE = UNIT_HEADS.find((h) => h.kind === 'party-committee' && h.shape === 'committee' && h.level === 'ward' && h.canonical !== PARTY_ORGANISATION)!;

/** An area's "Đảng bộ" as that area's committee; any other mention unchanged. */
export function asAreaCommittee(m: UnitMention): UnitMention {
  if (m.head.canonical !== PARTY_ORGANISATION || m.name || m.plural || m.areas.length !== 1) return m;
  const ref: AreaRef = m.areas[0]!;
  if (ref.plural || ref.grassroots || ref.range || ref.bare || ref.levelWord) return m;
  // "tỉnh" alone names one type; "thành phố" is a province or a city inside one, as its committee is.
  const head = ref.level === 'ward' ? WARD_COMMITTEE : COMMITTEE_OF_TYPE.get(ref.level === 'province' && ref.types.includes('thanh-pho') && ref.types.length === 1 ? 'thanh-pho' : ref.types[0] ?? '');
  if (!head) return m;
  return ref.name ? { ...m, head, name: ref.name, nameSpan: ref.nameSpan, areas: [] } : { ...m, head, areas: [] };
}

/** The word a committee's area takes in "Đảng bộ <word> <name>": Huyện ủy → huyện. */
const ORGANISATION_WORD: Readonly<Record<string, string>> = {
  'Tỉnh ủy': 'tỉnh', 'Thành ủy': 'thành phố', 'Huyện ủy': 'huyện', 'Quận ủy': 'quận', 'Thị ủy': 'thị xã',
};

/**
 * The name of a committee acting as its Ban Chấp hành: "Ban Chấp hành Đảng bộ huyện Hương Sơn", as
 * it signs, not "Ban Chấp hành Huyện ủy …" (the Huyện ủy is that Ban Chấp hành). Null for any
 * other organ or body.
 */
export function executiveName(part: string, bodyName: string): string | null {
  if (part !== 'Ban Chấp hành') return null;
  const m = /^(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy) (.+)$/u.exec(bodyName);
  if (m) return `Ban Chấp hành Đảng bộ ${ORGANISATION_WORD[m[1]!]!} ${m[2]!}`;
  // A ward's or commune's committee carries its area's word: "Đảng ủy phường Trung Đô".
  const w = /^Đảng ủy ((?:phường|xã|thị trấn) .+)$/u.exec(bodyName);
  return w ? `Ban Chấp hành Đảng bộ ${w[1]!}` : null;
}
