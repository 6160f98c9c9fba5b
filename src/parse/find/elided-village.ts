import type { Token } from '../tokens.js';
import type { UnitMention } from './unit-mention.js';
import { printed } from './unit-words.js';
import { villageNameEnd, villageWordAt } from './villages.js';

/*
 * One village's unit, then more villages of its kind with the unit left unwritten: "Ban Nhân dân ấp Phú Hòa, ấp Phú
 * Thạnh", "Chi hội Phụ nữ thôn 1, thôn 2". Each village written after the first is the same unit of that village; read
 * alone, the type word and name opened no unit and were lost. Apart from the grammar (units.ts), which reads one
 * village after a head (villages.ts); here the list after it, as the subject scan meets it.
 */

/** The unit of the village written at i after `last`, one village's unit ("…, ấp Phú Thạnh"); else null. */
export function elidedVillageAt(tokens: readonly Token[], i: number, limit: number, last: UnitMention): UnitMention | null {
  const { village, subward } = last;
  if (!village || !subward || last.plural || last.owner || !village.endsWith(subward)) return null;
  const kind = villageWordAt(tokens, i, limit);
  if (!kind) return null;
  const type = printed(tokens, i, kind.end);
  if (!subward.toLowerCase().startsWith(`${type.toLowerCase()} `)) return null;
  const named = villageNameEnd(tokens, kind.end, limit);
  if (named === kind.end) return null;
  const own = printed(tokens, i, named);
  return {
    ...last, subward: own, village: `${village.slice(0, village.length - subward.length)}${own}`,
    from: i, to: named, start: tokens[i]!.start, end: tokens[named - 1]!.end,
  };
}
