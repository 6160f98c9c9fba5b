import { phraseSet } from '../phrases.js';
import { capitalizeFirst } from '../text.js';
import type { Token } from '../tokens.js';
import { BOARD_RUN_PLACES, UNIT_HEADS, VILLAGE_BOARD_WORDS } from '../vocabulary/units.js';
import { type UnitMention, syntheticMention } from './unit-mention.js';
import { printed } from './unit-words.js';

const BOARD_WORDS = phraseSet(VILLAGE_BOARD_WORDS);
const RUN_PLACES = phraseSet(BOARD_RUN_PLACES);
const BOARD = UNIT_HEADS.find((h) => h.canonical === 'Ban' && h.generic)!;

/** A capitalised "Ban" and the board's words in lower case at j: where the words end, or -1. */
export function boardWordsEnd(tokens: readonly Token[], j: number, limit: number): number {
  const ban = tokens[j];
  if (!ban || ban.text !== 'Ban' || j + 1 >= limit) return -1;
  return BOARD_WORDS.match(tokens, j + 1, limit)?.end ?? -1;
}

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
  // "Ban quản lý các chợ": the board of the markets (or fishing ports) made plural, one unit named as printed.
  const places = RUN_PLACES.match(tokens, words.end, limit);
  if (places) {
    const head = { ...BOARD, canonical: capitalizeFirst(printed(tokens, j, places.end)), tail: undefined, generic: false, collective: false };
    return { ...syntheticMention(head), from: j, to: places.end, start: ban.start, end: tokens[places.end - 1]!.end };
  }
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
