import { INITIALS, RHYMES, STOP_FINALS, STOP_TONES, TONE_MARKS } from './phonology.js';

const RHYME_SET: ReadonlySet<string> = new Set(RHYMES);

/**
 * True when `word` is spelt like one Vietnamese syllable: initial + rhyme + at most one tone,
 * a stop final only with sắc or nặng. Case and tone-mark placement (hoà / hòa) do not matter.
 */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  let tone = '';
  let bare = '';
  for (const ch of decomposed) {
    if (TONE_MARKS.has(ch)) {
      if (tone) return false;
      tone = ch;
    } else {
      bare += ch;
    }
  }
  const base = bare.normalize('NFC');
  for (const initial of INITIALS) {
    if (base.startsWith(initial) && fits(base.slice(initial.length), tone)) return true;
  }
  return fits(base, tone);
}

function fits(rhyme: string, tone: string): boolean {
  if (!RHYME_SET.has(rhyme)) return false;
  if (STOP_FINALS.some((f) => rhyme.endsWith(f)) && !STOP_TONES.has(tone)) return false;
  return true;
}

export interface SyllableScore {
  /** Tokens with a non-ASCII character that are Vietnamese syllables. */
  valid: number;
  /** Tokens with a non-ASCII character that are not. */
  invalid: number;
  /** valid / (valid + invalid); 0 when no token has a non-ASCII character. */
  score: number;
}

/**
 * Tokens: runs between white space and punctuation. Legacy bytes shown through the wrong
 * table turn into symbols inside words (©, ¸, µ), so those symbols must NOT split tokens.
 */
const TOKEN = /[^\s\-‐–—/.,;:!?()[\]{}"'“”‘’«»…*+=<>|\\_]+/gu;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/u;

/**
 * Share of Vietnamese syllables among the tokens of `text` that hold a non-ASCII character.
 * Pure-ASCII tokens are left out: every candidate decoding agrees on them, so they only dilute.
 * Reads at most `maxChars` characters (a sample is enough to choose an encoding).
 */
export function scoreVietnamese(text: string, maxChars = 65_536): SyllableScore {
  const sample = text.length > maxChars ? text.slice(0, maxChars) : text;
  let valid = 0;
  let invalid = 0;
  for (const m of sample.matchAll(TOKEN)) {
    const token = m[0];
    if (!NON_ASCII.test(token)) continue;
    if (isVietnameseSyllable(token)) valid++;
    else invalid++;
  }
  const total = valid + invalid;
  return { valid, invalid, score: total === 0 ? 0 : valid / total };
}
