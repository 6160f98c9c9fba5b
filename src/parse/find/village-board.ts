import { phraseSet } from '../phrases.js';
import { capitalizeFirst } from '../text.js';
import type { Token } from '../tokens.js';
import { VILLAGE_BOARD_WORDS } from '../vocabulary/units.js';
import type { UnitMention } from './unit-mention.js';
import { printed } from './unit-words.js';

const BOARD_WORDS = phraseSet(VILLAGE_BOARD_WORDS);

/**
 * "Ban điều hành các tổ dân phố", "Ban quản lý các khu dân cư", "Ban tự quản thôn Đông": the board that runs the
 * villages, one unit named as printed, where the board's words in lower case made no name of "Ban" and the villages
 * alone were read. Only "Ban" with a capital, one of the board words, and right after them a village named or a plural
 * of villages, with no area of its own (`parse` reads the unit from a token on); null otherwise.
 */
export function villageBoardAt(tokens: readonly Token[], j: number, limit: number, parse: (k: number) => UnitMention | null): UnitMention | null {
  const ban = tokens[j];
  if (!ban || ban.text !== 'Ban' || j + 1 >= limit) return null;
  const words = BOARD_WORDS.match(tokens, j + 1, limit);
  if (!words) return null;
  const villages = parse(words.end);
  if (!villages || villages.from !== words.end || villages.office || villages.owner || villages.areas.length > 0 || villages.tails) return null;
  const name = capitalizeFirst(printed(tokens, j, villages.to));
  if (villages.village && !villages.plural) return { ...villages, village: name, from: j, start: ban.start };
  // A bare "tổ dân phố" after the board may be the boards of all or of one not named: left as it was read.
  if (!villages.plural || villages.head.shape !== 'subward' || villages.head.kind !== 'residential') return null;
  return {
    ...villages, head: { ...villages.head, canonical: name, collective: false, keyKind: undefined }, tail: null, plural: false,
    from: j, start: ban.start,
  };
}
