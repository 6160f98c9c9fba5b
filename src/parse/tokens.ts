import { toneNormalize } from './text.js';

/**
 * Tokens: syllables, numbers and punctuation of a stretch of the cleaned text, with offsets.
 * A token keeps internal slashes and hyphens ("17/CT-UBND", "Covid-19", "T/L", "CT-XH"), but
 * a hyphen between two lower-case syllables is split off ("chính trị-xã hội"), so that the
 * phrase tables see the same words however the dash is spaced.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Tone-normalised lower case: the form phrase tables compare. */
  norm: string;
  /** A word (letters or digits) rather than punctuation. */
  word: boolean;
  /** Every letter is a capital ("UBND", "HAI"). */
  caps: boolean;
  /** The first character is a capital letter ("Hai", "UBND"). */
  upper: boolean;
}

/**
 * An apostrophe is part of a word in names of the Central Highlands ("Cư M'gar", "Đắk R'Lấp"),
 * also after a lone capital before the next syllable ("Ia H' Drai", "K' Dang").
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[/-]|\.(?=\p{N})|['’](?=\p{L}))[\p{L}\p{M}\p{N}]+)*(?:(?<=(?:^|[^\p{L}])\p{Lu})['’](?=[ ]\p{Lu}))?/uy;
const OLD_TONE = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/u;
const LOWER_HYPHEN = /^\p{Ll}+(?:-\p{Ll}+)+$/u;

function makeToken(text: string, start: number, word: boolean): Token {
  const lower = text.toLowerCase();
  const norm = OLD_TONE.test(text) ? toneNormalize(lower) : lower;
  const upper = /^\p{Lu}/u.test(text);
  const caps = word && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  return { text, start, end: start + text.length, norm, word, caps, upper };
}

/** Tokenize `text` between `from` and `to` (offsets stay those of `text`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) { i++; continue; }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      let w = m[0];
      if (i + w.length > to) w = w.slice(0, to - i);
      if (LOWER_HYPHEN.test(w)) {
        let at = i;
        for (const part of w.split('-')) {
          if (at > i) { tokens.push(makeToken('-', at - 1, false)); }
          tokens.push(makeToken(part, at, true));
          at += part.length + 1;
        }
      } else {
        tokens.push(makeToken(w, i, true));
      }
      i += w.length;
      continue;
    }
    // One punctuation character (a surrogate pair stays whole).
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    tokens.push(makeToken(ch, i, false));
    i += ch.length;
  }
  return tokens;
}

const DASHES = new Set(['-', '–', '—']);

export function isDash(t: Token | undefined): boolean {
  return !!t && !t.word && DASHES.has(t.text);
}
