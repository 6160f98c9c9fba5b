import type { Token } from '../tokens.js';

const BOARD_WORDS: ReadonlySet<string> = new Set(['ban', 'tổ', 'đoàn']);

/** What the holder's own reading must give back: an office of a body, and where it ends. */
interface Holder { office: string | null; to: number }

/**
 * "Tổ trưởng (Chủ tịch UBND phường) phụ trách chung …", "Trưởng ban (Chủ tịch UBND xã): …": a post of a board, named
 * by the office its holder has in brackets right after it. The office in brackets is the unit, as "Trưởng Công an
 * phường (Tổ phó thường trực)" is by its office before them; read apart, the post was no unit and the clause's subject
 * was lost (the members it directs took its place). The holder read from the bracket, or null.
 */
export function bracketedHolder<T extends Holder>(tokens: readonly Token[], j: number, limit: number, read: (k: number) => T | null): T | null {
  // "Trưởng ban (…)", "Phó Trưởng ban (…)": the board's own word between the post and the bracket.
  const at = BOARD_WORDS.has(tokens[j]?.norm ?? '') && tokens[j + 1]?.text === '(' ? j + 1 : j;
  if (tokens[at]?.text !== '(' || at + 1 >= limit) return null;
  const inner = read(at + 1);
  return inner?.office && tokens[inner.to]?.text === ')' ? inner : null;
}
