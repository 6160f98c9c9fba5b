import type { Token } from '../token-scan.js';

/** The level words an area opens on: what follows a body's name once its bracketed abbreviation is passed. */
const AREA_OPENERS = new Set(['tỉnh', 'thành', 'huyện', 'quận', 'thị', 'xã', 'phường', 'việt']);

/**
 * "Ban Thường vụ Hội Liên hiệp Phụ nữ (LHPN) huyện Thoại Sơn vừa ban hành …": a news lead (or any
 * first sentence) introduces the abbreviation it will use right after the body's name, before its
 * place. The brackets part the name from its area for the unit grammar; the tokens are returned
 * without them, so the name reads whole (offsets stay the text's own). Only a bracket of one word in
 * capitals, after a word and before an area's level word, is passed over.
 */
export function withoutNameAbbreviations(tokens: readonly Token[]): readonly Token[] {
  let skip: Set<number> | null = null;
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')') continue;
    const abbr = tokens[i + 1]!;
    const before = tokens[i - 1]!;
    const after = tokens[i + 3]!;
    if (!abbr.word || !abbr.caps || abbr.text.length < 2 || !before.word) continue;
    if (!after.word || !AREA_OPENERS.has(after.norm)) continue;
    skip ??= new Set();
    skip.add(i).add(i + 1).add(i + 2);
  }
  return skip ? tokens.filter((_, k) => !skip.has(k)) : tokens;
}
