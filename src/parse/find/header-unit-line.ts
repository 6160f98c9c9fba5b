import { scanTokens } from '../token-scan.js';
import { parseUnitAt } from './units.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_CAPITAL = /^\p{Lu}/u;

/** A header cell is short; a line longer than this is the body's. */
const MAX_CHARS = 90;

/**
 * A header's issuer cell that a web page printed in mixed case ("Ủy ban nhân dân huyện Đức Thọ |
 * CỘNG HÒA …", "Phòng Giáo dục và Đào tạo"): the whole line is one unit's name, with no stop, colon
 * or comma at its end. Page chrome above a header (a breadcrumb, "Cập nhật: …") is not.
 */
export function isMixedCaseUnitLine(line: string): boolean {
  const s = line.trim();
  if (s.length === 0 || s.length > MAX_CHARS || !OPENS_CAPITAL.test(s) || /[.:;,|]$/.test(s)) return false;
  const tokens = scanTokens(s, 0, s.length);
  const m = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
  return m !== null && m.to === tokens.length && !m.plural;
}
