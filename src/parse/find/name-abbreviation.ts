import type { Token } from '../token-scan.js';

/** The level words an area opens on: what follows a body's name once its bracketed abbreviation is passed. */
const AREA_OPENERS = new Set(['tỉnh', 'thành', 'huyện', 'quận', 'thị', 'xã', 'phường', 'việt']);

/** Marks an abbreviation may hold between its capitals: "LĐ-TB&XH", "VH-TT&DL". */
const JOINERS = new Set(['-', '&', '/', '.']);
/** How many tokens a bracketed abbreviation may take, brackets included. */
const MAX_TOKENS = 7;

/** The index of the ")" closing a bracket at i that holds only an abbreviation, or -1. */
function abbreviationEnd(tokens: readonly Token[], i: number): number {
  let caps = 0;
  for (let k = i + 1; k < tokens.length && k < i + MAX_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.text === ')') return caps > 0 ? k : -1;
    if (t.word ? !t.caps || t.text.length < 2 : !JOINERS.has(t.text)) return -1;
    if (t.word) caps++;
  }
  return -1;
}

/**
 * "Ban Thường vụ Hội Liên hiệp Phụ nữ (LHPN) huyện Thoại Sơn vừa ban hành …", "Sở Lao động - Thương
 * binh và Xã hội (LĐ-TB&XH) tỉnh …": a news lead (or any first sentence) introduces the abbreviation it
 * will use right after the body's name, before its place. The brackets part the name from its area
 * for the unit grammar; the tokens are returned without them, so the name reads whole (offsets stay
 * the text's own). Only a bracket of capitals (joined by "-", "&"), after a word and before an area's
 * level word, is passed over.
 */
export function withoutNameAbbreviations(tokens: readonly Token[]): readonly Token[] {
  let skip: Set<number> | null = null;
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (tokens[i]!.text !== '(' || !tokens[i - 1]!.word) continue;
    const close = abbreviationEnd(tokens, i);
    const after = close > 0 ? tokens[close + 1] : undefined;
    if (!after?.word || !AREA_OPENERS.has(after.norm)) continue;
    skip ??= new Set();
    for (let k = i; k <= close; k++) skip.add(k);
    i = close;
  }
  return skip ? tokens.filter((_, k) => !skip.has(k)) : tokens;
}
