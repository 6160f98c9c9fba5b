import { PhraseTable, phraseSet } from '../phrases.js';
import { type Token, isDash } from '../tokens.js';
import { PREDICATE_WORDS } from '../vocabulary/assignment.js';
import { AREA_WORDS, type AreaWord, GRASSROOTS_WORDS, LIST_GLUE, NAME_STOPWORDS, NON_UNITS, OFFICE_WORDS, PLURAL_WORDS, SUBWARD_QUALIFIERS, UNIT_HEADS, type UnitHead } from '../vocabulary/units.js';

/*
 * The phrase tables of the unit grammar and the word tests every part of it asks: built once here so
 * that the grammar (units.ts) and the modules it calls for names, area refs, enterprises and posts in
 * charge match the same phrases.
 */

export const HEADS = new PhraseTable<UnitHead>(UNIT_HEADS.flatMap((h) => h.phrases.map((p) => [p, h] as const)));

export const AREAS = new PhraseTable<AreaWord>(AREA_WORDS.flatMap((a) => a.phrases.map((p) => [p, a] as const)));
export const OFFICES = phraseSet([...OFFICE_WORDS, 'thành ủy viên', 'tỉnh ủy viên', 'quận ủy viên', 'huyện ủy viên', 'đảng ủy viên']);
export const PLURALS = phraseSet(PLURAL_WORDS);
export const GLUE = phraseSet(LIST_GLUE);
export const SUBWARD = phraseSet(SUBWARD_QUALIFIERS);
export const NONUNITS = phraseSet(NON_UNITS);
export const GRASSROOTS = phraseSet(GRASSROOTS_WORDS);
export const BELONGS = phraseSet(['thuộc', 'trực thuộc']);
export const CENTRE = phraseSet(['trung ương', 'TW']);
export const REF_LEADS = phraseSet(['trực thuộc', 'thuộc', 'của', 'ở', 'tại', 'trên địa bàn']);
export const NAME_STOPS = phraseSet([...NAME_STOPWORDS, ...PREDICATE_WORDS]);
export const PREDICATE_STOPS = phraseSet(PREDICATE_WORDS);
export const GENERIC_HEADS = new Set(UNIT_HEADS.filter((h) => h.generic).map((h) => h.canonical));
export const FIELD_WORDS = phraseSet(['xã hội']);

/** List glue at token i ("," "và" "–" ...): the glue word and the index after it. */
export function glueAt(tokens: readonly Token[], i: number, limit: number): { word: string; end: number } | null {
  if (i >= limit) return null;
  if (isDash(tokens[i])) return { word: '–', end: i + 1 };
  const g = GLUE.match(tokens, i, limit);
  return g ? { word: g.values[0]!, end: g.end } : null;
}

export function isCapWord(t: Token | undefined): boolean {
  return !!t && t.word && (t.upper || /^\d/.test(t.text));
}

// Out of the function: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_SMALL = /^\p{Ll}/u;

export function isLowerWord(t: Token | undefined): boolean {
  return !!t && t.word && OPENS_SMALL.test(t.text);
}

/** Printed words of tokens [a, b), spaced as printed ("GD&ĐT" stays one word). */
export function printed(tokens: readonly Token[], a: number, b: number): string {
  return tokens.slice(a, b).map((t, n) => (n > 0 && t.start === tokens[a + n - 1]!.end ? '' : ' ') + t.text).join('').trim().replace(/ ,/g, ',');
}

