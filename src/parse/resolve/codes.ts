import type { DocNumber } from '../find/number.js';
import { PARTY_COMMITTEE_CODES, PARTY_PART_CODES, STATE_DEPARTMENT_CODES, STATE_ISSUER_CODES } from '../vocabulary/issuer-codes.js';
import { UNIT_HEADS, type UnitHead } from '../vocabulary/units.js';
import { syntheticMention, type UnitMention } from '../find/unit-mention.js';

/**
 * What a symbol's issuer code says about the issuer: "QU" a Quận ủy, "BTGTU" the Ban Tuyên
 * giáo of a Tỉnh ủy (a part code before a committee code), "UBND" a people's committee.
 */
export interface CodeBody {
  /** Canonical head of the committee or body. */
  committee: string;
  /** Canonical head of the organ, when the code names one ("Ban Tuyên giáo"). */
  part: string | null;
}

const COMMITTEES = Object.entries(PARTY_COMMITTEE_CODES).sort((a, b) => b[0].length - a[0].length);

export function codeBody(num: DocNumber | null): CodeBody | null {
  const code = num?.issuerCode?.toUpperCase();
  if (!code) return null;
  if (num!.family === 'state') {
    const entry = STATE_ISSUER_CODES[code];
    return entry ? { committee: entry.body, part: entry.part ?? null } : null;
  }
  for (const [c, entry] of COMMITTEES) {
    if (!code.endsWith(c)) continue;
    const prefix = code.slice(0, code.length - c.length);
    const committee = entry.body === 'Trung ương' ? 'Trung ương' : entry.body;
    if (prefix === '') return { committee, part: null };
    const part = PARTY_PART_CODES[prefix];
    if (part) return { committee, part };
  }
  // A committee code followed by its own qualifier (ĐUKCCQ: Đảng ủy Khối các cơ quan; ĐUQS): the
  // committee is known, the rest names which one; the header or the text says the rest.
  for (const [c, entry] of COMMITTEES) {
    if (code.startsWith(c) && code.length - c.length >= 2 && c.length >= 2) return { committee: entry.body, part: null };
  }
  return null;
}

/** The unit head of a canonical name (a body or committee, or an organ when `part`). */
export function headNamed(canonical: string, part = false): UnitHead | null {
  return UNIT_HEADS.find((h) => h.canonical === canonical && (part ? h.shape === 'part' : h.shape !== 'part')) ?? null;
}

/**
 * The department a State symbol's code names ("312/PGDĐT-TH": Phòng Giáo dục và Đào tạo), as a mention of no
 * place: the committee over it places it. Null for any other code.
 */
export function codeDepartment(num: DocNumber | null): UnitMention | null {
  if (num?.family !== 'state' || !num.issuerCode) return null;
  const entry = STATE_DEPARTMENT_CODES[num.issuerCode.toUpperCase().replace(/&/gu, '')];
  const head = entry ? headNamed(entry.head) : null;
  return entry && head ? { ...syntheticMention(head), tail: entry.name } : null;
}
