import type { Token } from '../tokens.js';
import { UNIT_HEADS, type UnitHead } from '../vocabulary/units.js';
import type { UnitMention } from './unit-mention.js';
import { HEADS, glueAt, isCapWord } from './unit-words.js';

/*
 * Committees and the boards they own: "các huyện, thị, thành đoàn" (committees whose common syllable is
 * written once) and the owner written right after "Ban <name>" ("Ban Phong trào Tỉnh đoàn"). Apart from
 * the grammar (units.ts), which passes in how to read the owner (the grammar itself, one level deeper).
 */

/** The first syllable of a committee named like an area ("huyện" of "Huyện đoàn", "thị" of "Thị ủy"). */
const COMMITTEE_FIRST = new Map<string, string>([['huyện', 'Huyện'], ['quận', 'Quận'], ['thị', 'Thị'], ['thành', 'Thành'], ['tỉnh', 'Tỉnh']]);
const COMMITTEE_BY_NAME = new Map(UNIT_HEADS.filter((h) => h.shape === 'committee').map((h) => [h.canonical, h] as const));

/**
 * "huyện, thị, thành đoàn", "huyện, thị, thành ủy" after "các": the first syllables of committees listed,
 * the second written once with the last. The last committee's head, every committee's canonical name in
 * order, and where the list ends; null when the words are not such a list.
 */
export function elidedCommittees(tokens: readonly Token[], j: number, limit: number): { head: UnitHead; heads: string[]; end: number } | null {
  const firsts: string[] = [];
  let k = j;
  for (;;) {
    const first = COMMITTEE_FIRST.get(tokens[k]?.norm ?? '');
    if (!first || !tokens[k]!.word) return null;
    const glue = glueAt(tokens, k + 1, limit);
    if (!glue || (glue.word !== ',' && glue.word !== 'và')) break;
    firsts.push(first);
    k = glue.end;
  }
  const h = firsts.length > 0 ? HEADS.match(tokens, k, limit) : null;
  const last = h?.values[0];
  if (!h || !last || last.shape !== 'committee' || h.end !== k + 2) return null;
  const second = tokens[k + 1]!.norm;
  const heads = [...firsts.map((f) => `${f} ${second}`), last.canonical];
  if (!heads.every((c) => COMMITTEE_BY_NAME.has(c))) return null;
  return { head: last, heads, end: h.end };
}

const BAN = UNIT_HEADS.find((h) => h.canonical === 'Ban')!;
const BOARD_OF_PARTY: UnitHead = { ...BAN, kind: 'party-organ', shape: 'part' };
const BOARD_OF_MASS: UnitHead = { ...BAN, kind: 'mass-organization', shape: 'part' };
const BOARD_OF_FRONT: UnitHead = { ...BAN, kind: 'front', shape: 'part' };

/**
 * After "Ban <name>": a committee (a Party one, the Youth Union's "Tỉnh đoàn") or a mass organisation's
 * central committee ("Trung ương Hội") written at once, one of them, with no office: the board's owner,
 * and the head the board takes as its organ.
 */
export function boardOwner(tokens: readonly Token[], j: number, parse: (k: number) => UnitMention | null): { owner: UnitMention; head: UnitHead } | null {
  if (!isCapWord(tokens[j])) return null;
  const o = parse(j);
  if (!o || o.office || o.plural || o.from !== j) return null;
  // "Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh": the Front's committee has boards of its own.
  const front = o.head.canonical === 'Ủy ban MTTQ';
  // "Ban Tuyên huấn Hội Nông dân tỉnh", "Ban Tổ chức - Kiểm tra Hội Cựu chiến binh huyện": a mass
  // organisation of an area has boards of its own too (read apart, the board became the province's).
  const association = o.head.kind === 'mass-organization' && o.head.shape === 'body' && !o.head.collective && !o.head.generic
    && (o.areas.length > 0 || !!o.name);
  const committee = o.head.shape === 'committee' || (o.head.shape === 'central' && o.head.kind === 'mass-organization') || front || association;
  if (!committee) return null;
  return { owner: o, head: o.head.kind === 'party-committee' ? BOARD_OF_PARTY : front ? BOARD_OF_FRONT : BOARD_OF_MASS };
}
