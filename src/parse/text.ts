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
  return toneNormalize(s.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Folded form with single spaces and one apostrophe ("M’gar" = "M'gar"), for matching text that may have lost diacritics. */
export function foldKey(s: string): string {
  return fold(s).replace(/[’ʼ‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Upper-case the first letter only ("về công tác" -> "Về công tác"). */
export function capitalizeFirst(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** Collapse runs of white space (line breaks included) to one space. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** True when the letters of `s` are all capitals (and there is at least one letter). */
export function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}
