import { NAME_COMMA_CONTINUATIONS } from '../vocabulary/relations.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { lineWrapsAt } from '../wrapped-line.js';

/**
 * Where the clause holding a trigger opens: after the nearest line break, comma, semicolon, colon,
 * full stop or opening bracket before it. A comma inside a name or a phrase ("Luật Phòng, chống thiên
 * tai", "quản lý, sử dụng Quỹ …") breaks no clause. The readers of a clause's first words (a bare
 * "theo", a congress's resolution as an aim) look from here.
 */
const BOUNDARY = '\n,;:.(';
/** Between a phrase's words in the text. */
const WORD_GAP = '[ \\t]{1,2}';

/** ", chống", ", chữa cháy", ", bổ sung": a comma inside a name or a phrase ("phòng, chống thiên tai"), no clause break. */
const NAME_COMMA = new RegExp(String.raw`^,[ \t]{1,2}(?:${phraseAlternation(NAME_COMMA_CONTINUATIONS, { gap: WORD_GAP })})(?![\p{L}])`, 'u');

/** A comma before a lower-case word (replace resets lastIndex of a global pattern). */
const COMMA_BEFORE_SMALL = /,(?=[ \t]{1,2}\p{Ll})/gu;

export function nameComma(text: string, at: number): boolean {
  return text[at] === ',' && NAME_COMMA.test(text.slice(at, at + 16));
}

/** text[a, b) with its name commas ("phòng, chống") blanked: what is left of it holds only clause breaks. */
export function withoutNameCommas(text: string, a: number, b: number): string {
  const s = text.slice(a, b);
  return s.includes(',') ? s.replace(COMMA_BEFORE_SMALL, (c, i: number) => (nameComma(text, a + i) ? ' ' : c)) : s;
}

/**
 * Where the clause of the trigger at `at` opens: right after its clause break, looked for no further
 * back than `floor`. `floor` itself when there is none in text[floor, at), which the caller reads as it
 * needs (the clause runs on beyond its reach, or opens there).
 */
export function clauseStart(text: string, at: number, floor: number): number {
  let k = at - 1;
  while (k >= floor && (!BOUNDARY.includes(text[k]!) || nameComma(text, k) || lineWrapsAt(text, k))) k--;
  return k + 1;
}

