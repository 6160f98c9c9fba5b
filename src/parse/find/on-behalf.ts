import { phraseAlternation } from '../phrase-alternation.js';
import { ON_BEHALF_OPENERS } from '../vocabulary/identity.js';
import { isIssuerLike, unitAt } from './text-identity.js';
import type { UnitMention } from './units.js';

/**
 * "Thay mặt Ban Thường vụ Tỉnh ủy Bến Tre, Phó Bí thư Thường trực Tỉnh ủy … vừa ký ban hành Chỉ thị số …": the
 * office holder signs for the body the sentence opens on, as "T/M BAN THƯỜNG VỤ" above a signature says; that
 * body, not the signer's own office, issues the document.
 */
const OPENER = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(ON_BEHALF_OPENERS, { gap: '[ \\n]{1,2}' })})[ \n]{1,2}`, 'iu');

/** The body a clause opening `[from, to)` signs for, closed by its comma before `to`; null when none. */
export function onBehalfOf(text: string, from: number, to: number): UnitMention | null {
  const m = OPENER.exec(text.slice(from, to));
  if (!m) return null;
  const at = from + m.index + m[0].length;
  const u = unitAt(text, at, to);
  return u && isIssuerLike(u) && /^[ ]{0,2},/u.test(text.slice(u.end, u.end + 3)) ? u : null;
}
