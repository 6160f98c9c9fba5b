import type { Token } from '../tokens.js';
import { phraseSet } from '../phrases.js';
import { ISSUER_KIND_WORDS } from '../vocabulary/units.js';

/**
 * "Văn phòng Ban", "Thanh tra Sở", "Văn phòng Bộ": an organ named with the bare kind word of the body that
 * issues the document, which is its owner ("Văn phòng Ban" in a Ban Dân vận's guide is that Ban's office,
 * not the office of the Tỉnh ủy above it). The grammar reads the organ with its kind word and no owner; the
 * tasks' resolution gives it the issuer as owner when the issuer is of that kind.
 */
const KIND_WORDS = phraseSet(ISSUER_KIND_WORDS);
const ENDS_IN_KIND = new RegExp(`[ \\t](${ISSUER_KIND_WORDS.join('|')})$`, 'u');

/** The kind word an organ was named with when it refers back to the issuer ("Ban"), else null. */
export function issuerOrganWord(m: { head: { canonical: string; generic?: boolean }; owner: unknown; areas: readonly unknown[]; name: string | null; tail: string | null; start: number; end: number }, text: string): string | null {
  // A board named by its fields ("Ban Tổ chức - Kiểm tra Hội", units.ts) has them as its tail.
  const board = m.head.canonical === 'Ban' && m.head.generic === true && m.tail !== null && !ENDS_IN_KIND.test(` ${m.tail}`);
  if (m.owner || m.areas.length > 0 || m.name || (m.tail && !board)) return null;
  return ENDS_IN_KIND.exec(text.slice(m.start, m.end))?.[1] ?? null;
}

/** The end of a capitalised bare kind word at j (nothing named after it: no capital, number or area word), else -1. */
export function issuerKindEnd(tokens: readonly Token[], j: number, limit: number, isArea: (k: number) => boolean): number {
  const t = tokens[j];
  if (!t || !t.upper) return -1;
  const w = KIND_WORDS.match(tokens, j, limit);
  if (!w) return -1;
  const next = tokens[w.end];
  // "Văn phòng Sở Y tế", "Văn phòng Ban Dân vận": a name follows, the organ of that body; "Ban huyện": an area's.
  if (w.end < limit && next && next.word && (next.upper || /^\d/.test(next.text) || isArea(w.end))) return -1;
  return w.end;
}
