import { tokenize, type Token } from '../tokens.js';
import { parseUnitAt, type UnitMention } from './units.js';

/**
 * A commander signs for his command: "Chỉ thị số 01/CT-BTL … của Tư lệnh Bộ đội Biên phòng" is a directive of the
 * Bộ Tư lệnh Bộ đội Biên phòng, as a minister's decision is the ministry's. The unit grammar knows the command
 * ("Bộ Tư lệnh …") but not the post, which is no office word: "Tư lệnh" is the command's name without its "Bộ".
 * The words are read as if the "Bộ" were written, an empty token where the post starts.
 */
const COMMANDER = /^Tư[ \t\n]{1,2}lệnh[ \t\n]{1,2}\p{Lu}/u;
const BO = 'Bộ ';

export function commanderIssuer(text: string, from: number, to: number): { mention: UnitMention; tokens: Token[] } | null {
  if (!COMMANDER.test(text.slice(from, from + 16)) || /Bộ[ \t\n]{1,2}$/u.test(text.slice(Math.max(0, from - 4), from))) return null;
  const shift = from - BO.length;
  const tokens = tokenize(BO + text.slice(from, to)).map((t, k) =>
    k === 0 ? { ...t, start: from, end: from } : { ...t, start: t.start + shift, end: t.end + shift });
  const mention = parseUnitAt(tokens, 0);
  return mention && mention.to > 2 ? { mention, tokens } : null;
}
