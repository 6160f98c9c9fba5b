import { nameKey } from '../text.js';
import type { Token } from '../tokens.js';
import { NATION_NAMES } from '../vocabulary/units.js';
import { parseAreaRefs } from './area-refs.js';
import type { AreaRef } from './unit-mention.js';
import { provinceNameEnd } from './place-names.js';

const NATIONS = NATION_NAMES.map((n) => nameKey(n));

/**
 * "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ HUYỆN DẦU TIẾNG": in capitals a body's field reads as a place name straight after its
 * head, and its own place after it was lost. Words in capitals `[from, to)` followed by the body's place, one named
 * area, are its field: a place is not followed by another. Not a province's name ("SỞ Y TẾ HÀ TĨNH"), nor one
 * ending in the nation's, whose chapter the place after it names ("HỘI NÔNG DÂN VIỆT NAM TỈNH …").
 */
export function capsFieldBeforePlace(tokens: readonly Token[], from: number, to: number, limit: number): { areas: AreaRef[]; end: number } | null {
  if (to <= from) return null;
  for (let k = from; k < to; k++) if (!tokens[k]!.caps) return null;
  if (provinceNameEnd(tokens, from, limit) > 0) return null;
  const run = nameKey(tokens.slice(from, to).map((t) => t.text).join(' '));
  if (NATIONS.some((n) => run === n || run.endsWith(` ${n}`))) return null;
  const refs = parseAreaRefs(tokens, to, limit);
  if (!refs || refs.refs.length !== 1 || !refs.refs[0]!.name || refs.refs[0]!.plural) return null;
  return { areas: refs.refs, end: refs.end };
}
