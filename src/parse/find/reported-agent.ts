import type { UnitMention } from './units.js';
import { unitIssuing } from './issued-by-after.js';

/**
 * A news lead whose subject is the document it reports may name the issuer as the agent of the
 * passive that ends its first clause: "Vừa qua, Kế hoạch số 27-KH/CCB ngày 03/4/2024 về việc … đã
 * được Ban Thường vụ Hội Cựu chiến binh tỉnh … ban hành, đặt chỉ tiêu …" (batch 25, n145). The agent
 * is the unit written right after "được", its issuing verb right after the name; the subject line
 * ("về việc …") between the date and the passive holds no full stop and no line break.
 */
const PASSIVE = /[ ](?:vừa|mới|đã)[ ]{1,3}được[ ]{1,3}(?=\p{Lu})/u;
const ISSUING = /^[ ]{1,3}(?:ký[ ]{1,3})?ban hành(?![\p{L}])/u;
/** How far after the number (and its date) the passive may stand: a subject line's length. */
const REACH = 260;

/** `at`: after the lead's number and date; `to`: the end of its line. */
export function reportedAgent(text: string, at: number, to: number): UnitMention | null {
  const clause = text.slice(at, Math.min(to, at + REACH));
  const stop = /[.;](?:\s|$)/u.exec(clause);
  const m = PASSIVE.exec(stop ? clause.slice(0, stop.index) : clause);
  if (!m) return null;
  return unitIssuing(text, at + m.index + m[0].length, 160, ISSUING)?.mention ?? null;
}
