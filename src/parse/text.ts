import { fold } from '../model/keys.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const SYLLABLE = /[\p{L}\p{M}]+/gu;

export { fold };

/**
 * Comparison helpers for Vietnamese text. Two placements of the tone mark are in use: the old
 * one on the second vowel of an open "oa, oe, uy" ("hoà, thuỷ, uỷ") and the new one on the
 * first ("hòa, thủy, ủy"). They are different code points, so NFC alone does not unify them;
 * the seeds mix both inside one document (header "Hoà Minh", body "Hòa Minh").
 */

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
const OLD_OA_OE = new RegExp(`([oO])([aAeE])([${TONE_MARKS}])$`, 'u');
const OLD_UY = new RegExp(`(^|[^qQ])([uU])([yY])([${TONE_MARKS}])$`, 'u');

/** Move an old-style tone mark to the new place, syllable by syllable. Same length in NFC. */
export function toneNormalize(s: string): string {
  return s
    .normalize('NFD')
    .replace(SYLLABLE, (syllable) => syllable.replace(OLD_OA_OE, '$1$3$2').replace(OLD_UY, '$1$2$4$3'))
    .normalize('NFC');
}

/** The form names are compared in when diacritics count: NFC, new tone placement, lower case, single spaces. */
export function nameKey(s: string): string {
  const nfc = s.normalize('NFC');
  // Most names have no old-style placement; toneNormalize's two normalisations would give them back unchanged.
  return squash((OLD_TONE.test(nfc) ? toneNormalize(nfc) : nfc).toLowerCase());
}

/**
 * A vowel pair that may carry the old tone placement, in NFC: a superset of what toneNormalize moves
 * (it also checks the syllable ends there), so a text without one is its own tone-normal form.
 */
export const OLD_TONE = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/u;

/** Folded form with single spaces and one apostrophe ("M’gar" = "M'gar"), for matching text that may have lost diacritics. */
export function foldKey(s: string): string {
  return fold(s).replace(/[’ʼ‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Upper-case the first letter only ("về công tác" -> "Về công tác"). */
/** The Vietnamese capital of a first character, remembered: a locale's case mapping is slow, names start with few letters. */
const capitals = new Map<string, string>();

export function capitalizeFirst(s: string): string {
  if (s.length === 0) return s;
  const first = s.charAt(0);
  let upper = capitals.get(first);
  if (upper === undefined) {
    upper = first.toLocaleUpperCase('vi');
    // Bounded by the code units there are; cleared long before that.
    if (capitals.size >= 4096) capitals.clear();
    capitals.set(first, upper);
  }
  return upper + s.slice(1);
}

/** Collapse runs of white space (line breaks included) to one space. */
export function squash(s: string): string {
  return isSquashed(s) ? s : s.replace(/\s+/g, ' ').trim();
}

/**
 * Something squash changes: white space other than a single space (/\s/ and String.prototype.trim
 * agree on what white space is), a space at either end, or two in a row. Most strings squashed are
 * already so, and one test of this regex (native code) costs less than the replace and the copy,
 * and less than a check written as a loop over the characters (0.6x its CPU time on the seeds).
 */
const NOT_SQUASHED = /[^\S ]|^ | $| {2}/;

function isSquashed(s: string): boolean {
  return !NOT_SQUASHED.test(s);
}

// Out of the function: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const SMALL_LETTER = /\p{Ll}/u;
const CAPITAL_LETTER = /\p{Lu}/u;

/** True when the letters of `s` are all capitals (and there is at least one letter). */
export function isAllCaps(s: string): boolean {
  // The small letter first: in most text it comes at once, where a capital may come late or never.
  return !SMALL_LETTER.test(s) && CAPITAL_LETTER.test(s);
}
