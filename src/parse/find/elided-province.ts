import type { Token } from '../tokens.js';
import { provinceNameEnd } from './place-names.js';
import type { UnitMention } from './unit-mention.js';
import { printed } from './unit-words.js';

/*
 * One province's committee, then more provinces with the committee left unwritten: "Ban Thường vụ Tỉnh đoàn Thanh Hóa,
 * Nghệ An, Hà Tĩnh", "Tỉnh ủy Quảng Trị, Thừa Thiên Huế". Each province written after the first is the same committee
 * of that province; read alone, a bare province's name opened no unit and was lost. As elided-village.ts does for
 * villages, here as the subject scan meets the list.
 */

/** The committee whose own name is a province's and closes the mention (the mention itself or its owner), else null. */
function namedByProvince(tokens: readonly Token[], m: UnitMention, limit: number): UnitMention | null {
  const named = m.name && m.nameSpan ? m : m.owner?.name && m.owner.nameSpan && m.owner.to === m.to && !m.name ? m.owner : null;
  if (!named || named.plural || named.to !== m.to) return null;
  let at = named.from;
  while (at < named.to && tokens[at]!.start !== named.nameSpan![0]) at++;
  return at < named.to && provinceNameEnd(tokens, at, limit) === named.to ? named : null;
}

/** The unit of the province written at i after `last` ("…, Nghệ An"), its committee unwritten; else null. */
export function elidedProvinceAt(tokens: readonly Token[], i: number, limit: number, last: UnitMention): UnitMention | null {
  if (last.plural || last.office || last.tails) return null;
  const named = namedByProvince(tokens, last, limit);
  if (!named) return null;
  const end = provinceNameEnd(tokens, i, limit);
  if (end < 0) return null;
  const own = printed(tokens, i, end);
  const span: [number, number] = [tokens[i]!.start, tokens[end - 1]!.end];
  const renamed = { ...named, name: own, nameSpan: span };
  const span2 = { from: i, to: end, start: tokens[i]!.start, end: tokens[end - 1]!.end };
  return named === last ? { ...renamed, ...span2 } : { ...last, owner: { ...renamed, ...span2 }, ...span2 };
}
