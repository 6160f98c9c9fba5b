import { phraseAlternation } from './phrase-alternation.js';
import { PORTAL_NAME_ENDINGS, PORTAL_NAME_OPENERS } from './vocabulary/page-chrome.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const LETTERS_FROM_CAPITAL = /^\p{Lu}[\p{L} ]*$/u;
const SMALL_LETTER = /\p{Ll}/u;

/**
 * A portal's section line under its name, above the document's own header: "CỔNG THÔNG TIN ĐIỆN TỬ
 * HUYỆN MÈO VẠC" / "Văn bản Huyện ủy" / "ĐẢNG BỘ TỈNH HÀ GIANG" …. Short, in mixed case, letters and
 * spaces only, no stop: a heading of the page. The capitals above it were the page's name, not the
 * header's issuer cells (layout.ts, where a header's number or motto must follow within a few lines).
 */
const MAX_CHARS = 60;
/** A portal's name: "CỔNG THÔNG TIN ĐIỆN TỬ …", "TRANG THÔNG TIN ĐIỆN TỬ …", "BÁO … ĐIỆN TỬ". */
const PORTAL_NAME = new RegExp(`^(?:${phraseAlternation(PORTAL_NAME_OPENERS)})|(?:${phraseAlternation(PORTAL_NAME_ENDINGS)})$`, 'u');

export function isPortalName(trimmed: string): boolean {
  return PORTAL_NAME.test(trimmed);
}

export function isSectionLine(trimmed: string): boolean {
  return trimmed.length > 0 && trimmed.length <= MAX_CHARS && LETTERS_FROM_CAPITAL.test(trimmed) && SMALL_LETTER.test(trimmed);
}
