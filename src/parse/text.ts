import { fold } from '../model/keys.js';

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
    .replace(/[\p{L}\p{M}]+/gu, (syllable) => syllable.replace(OLD_OA_OE, '$1$3$2').replace(OLD_UY, '$1$2$4$3'))
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
 * True when squash would give `s` back: no white space but single spaces between other characters.
 * Most strings squashed are already so, and the check costs a fraction of the regex and the copy.
 */
function isSquashed(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || isWhite(s.charCodeAt(i + 1))) return false;
    } else if (isWhite(c)) {
      return false;
    }
  }
  return true;
}

/** What /\s/ matches (and String.prototype.trim strips). */
function isWhite(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when the letters of `s` are all capitals (and there is at least one letter). */
export function isAllCaps(s: string): boolean {
  // The small letter first: in most text it comes at once, where a capital may come late or never.
  return !/\p{Ll}/u.test(s) && /\p{Lu}/u.test(s);
}
