import type { Token } from '../tokens.js';
import { capsRun } from './name-shape.js';
import type { UnitHead } from '../vocabulary/units.js';
import type { AreaRef } from './unit-mention.js';
import { HEADS, SUBWARD } from './unit-words.js';

/*
 * Villages after a unit's head: another kind of village in a list ("các thôn, khu phố") and a village's
 * own name or number ("thôn Thành Lợi", "xóm 5"). Apart from the grammar (units.ts) as words of places
 * below the ward, read the same wherever the grammar meets them.
 */

/** Another kind of village at k ("khu phố" after "các thôn, "): where it ends, or -1. */
export function villageKindAt(tokens: readonly Token[], k: number, limit: number): number {
  const h = HEADS.match(tokens, k, limit);
  const v = h?.values[0];
  if (!h || !v || v.shape !== 'subward' || !v.collective) return -1;
  return v.notBefore && h.end < limit && v.notBefore.includes(tokens[h.end]!.norm) ? -1 : h.end;
}

const NUMBER = /^\d{1,3}[A-Za-z]?$/;

/**
 * A village's type word at k ("thôn", "khu dân cư"), or Nghệ An's "khối" before a number ("Chi bộ khối 4", "Chi đoàn
 * các khối 1, 2, 3"): where it ends, else null. "khối" alone is also a bloc ("khối cơ quan", "khối Đảng") and a school
 * year ("khối 12", harmless: the unit keeps its name), so only a number after it makes it a village.
 */
export function villageWordAt(tokens: readonly Token[], k: number, limit: number): { end: number } | null {
  const m = SUBWARD.match(tokens, k, limit);
  if (m) return m;
  return tokens[k]?.norm === 'khối' && k + 1 < limit && NUMBER.test(tokens[k + 1]!.text) ? { end: k + 1 } : null;
}

/**
 * After "các" and a village's type word, the villages by number ("các khối 4, 5, 7", "các thôn 2, 3 và 5"): where the
 * last ends, j when fewer than two. Names are left out: after a comma a capitalised word may as well open the next unit.
 */
export function villageNumbersEnd(tokens: readonly Token[], j: number, limit: number): number {
  if (j >= limit || !NUMBER.test(tokens[j]!.text)) return j;
  let k = j + 1;
  let count = 1;
  while (k + 1 < limit && (tokens[k]!.text === ',' || tokens[k]!.norm === 'và') && NUMBER.test(tokens[k + 1]!.text)) {
    k += 2;
    count++;
  }
  return count >= 2 ? k : j;
}

/** After a village's type word: its name ("Thành Lợi", "Đông 2") or number ("5", "3A"), where it ends; j when none. */
export function villageNameEnd(tokens: readonly Token[], j: number, limit: number): number {
  const t = tokens[j];
  if (t && /^\d{1,3}[A-Za-z]?$/.test(t.text)) return j + 1;
  return capsRun(tokens, j, limit, 4);
}

/**
 * After a plural unit's first named village ("Các chi bộ thôn Tân Bồi"), the other villages named with it (", Hải Linh,
 * Trường Xuân", ", 3 và 4"): each a name or a number, joined by a comma or "và". Read apart, the next name opened a unit
 * of its own ("Trường Xuân" a school). Where the last ends; `e` when none follows.
 */
export function moreVillageNamesEnd(tokens: readonly Token[], e: number, limit: number): number {
  let k = e;
  for (;;) {
    const glue = tokens[k]?.text === ',' ? k + 1 : tokens[k]?.norm === 'và' ? k + 1 : -1;
    if (glue < 0 || glue >= limit) return k;
    const t = tokens[glue]!;
    const named = /^\d{1,3}[A-Za-z]?$/.test(t.text) ? glue + 1 : HEADS.has(tokens, glue, limit) && !tokens[glue + 1]?.upper ? glue : capsRun(tokens, glue, limit, 3);
    if (named === glue) return k;
    k = named;
  }
}

/** A committee's place written right after it, from a to b ("Tuy Đức" after "huyện ủy"): an area of the committee's level. */
export function committeePlace(head: UnitHead, tokens: readonly Token[], a: number, b: number): AreaRef {
  return {
    level: head.level === 'province' || head.level === 'district' ? head.level : 'ward', types: head.areaTypes ?? [], name: tokens.slice(a, b).map((t) => t.text).join(' '), nameSpan: [tokens[a]!.start, tokens[b - 1]!.end],
    plural: false, count: null, grassroots: false, range: false, words: [],
  };
}

/**
 * After a plural committee's first place ("Các huyện ủy Tuy Đức"), the other places named with it (", Đắk Glong và
 * Krông Nô"): capitalised names joined by a comma or "và", none a unit's head ("…, Ban Tuyên giáo" is another unit).
 * Cut at the first, the committees of the others were lost. Their places and where the last ends; null when none follows.
 */
export function committeePlaces(head: UnitHead, tokens: readonly Token[], e: number, limit: number): { refs: AreaRef[]; end: number } | null {
  if (head.level !== 'province' && head.level !== 'district' && head.level !== 'ward') return null;
  const refs: AreaRef[] = [];
  let k = e;
  for (;;) {
    const glue = tokens[k]?.text === ',' ? k + 1 : tokens[k]?.norm === 'và' ? k + 1 : -1;
    if (glue < 0 || glue >= limit || HEADS.has(tokens, glue, limit)) break;
    const named = capsRun(tokens, glue, limit, 3);
    if (named === glue) break;
    refs.push(committeePlace(head, tokens, glue, named));
    k = named;
  }
  return refs.length > 0 ? { refs, end: k } : null;
}
