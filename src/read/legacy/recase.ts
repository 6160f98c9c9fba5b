/**
 * Guessing back the toned capitals that TCVN3 cannot encode (see tcvn3.ts). After decoding,
 * "Ủy ban" reads "ủy ban" and "QUẬN ỦY" reads "QUậN ủY". Letters without a tone mark keep
 * their case in TCVN3 (ASCII, Ă Â Ê Ô Ơ Ư Đ), so they are the evidence:
 *
 * 1. a word whose reliable letters are all capitals, at least two of them, is all capitals
 *    ("QUậN" -> "QUẬN", "ĐốC" -> "ĐỐC");
 * 2. a word whose first letter is toned and whose other reliable letters are capitals is too
 *    ("ủY" -> "ỦY");
 * 3. a word with a single capital (or none) is upper-cased when its line is set in capitals
 *    ("Bộ" in "ĐảNG Bộ THàNH PHố") and otherwise left alone ("Uỷ ban" stays);
 * 4. a toned first letter is capitalised at the start of a sentence: after . ! ? on the line,
 *    after a list marker, or at the start of a line whose previous line ended a sentence;
 * 5. and inside a sentence when it begins a name listed in capitalised-phrases.ts ("Ủy ban").
 * Line context (rule 3) ignores words with no lower-case evidence at all (UBND, 308-TB/QU):
 * codes and acronyms are capitals in any line, so "Số 308-TB/QU" stays "Số".
 *
 * What stays wrong: other capitals inside a sentence ("Đông Nam Á" -> "Đông Nam á"), and
 * text typed entirely in the capitals font, whose bytes are all lower-case.
 */

import { CAPITALISED_PHRASES } from './capitalised-phrases.js';

/** Lower-case vowels carrying a tone mark: the letters whose case TCVN3 loses. */
const AMBIGUOUS_LETTERS = 'àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';
const LIST_MARKER = /^[\s\-‐–—+*•·>#]*(?:(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)/-]\s*)?["“‘'([]*$/u;
const ENDS_SENTENCE = /[.!?:…]["”’')\]]*\s*$/u;
const HAS_MARKER = /^\s*(?:[-‐–—+*•·>]|(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)])\s/u;
const OPENERS = new Set('"“‘\'([');
const CLOSERS = new Set('"”’\')]');
const SENTENCE_ENDS = new Set('.!?…');

/** Character classes, by UTF-16 code unit; Latin and Vietnamese ranges filled up front, the rest on first sight. */
const AMBIGUOUS = 1, UPPER = 2, LOWER = 3, CASELESS_LETTER = 4, NOT_LETTER = 5;
const kinds = new Uint8Array(0x10000);
function classify(unit: number): number {
  const ch = String.fromCharCode(unit);
  let k: number;
  if (AMBIGUOUS_LETTERS.includes(ch)) k = AMBIGUOUS;
  else if (!/[\p{L}\p{M}]/u.test(ch)) k = NOT_LETTER;
  else if (ch !== ch.toLowerCase()) k = UPPER;
  else if (ch !== ch.toUpperCase()) k = LOWER;
  else k = CASELESS_LETTER;
  kinds[unit] = k;
  return k;
}
for (let u = 0; u < 0x300; u++) classify(u);
for (let u = 0x1ea0; u < 0x1f00; u++) classify(u);
const kind = (unit: number): number => kinds[unit] || classify(unit);
const isLetter = (unit: number) => kind(unit) !== NOT_LETTER;
const isSpace = (unit: number) => unit === 0x20 || unit === 0x09 || unit === 0x0d || unit === 0xa0 || unit === 0x0b || unit === 0x0c;

export interface RecaseResult {
  text: string;
  /** How many letters were turned into capitals. */
  changed: number;
}

export function restoreTcvn3Capitals(text: string): RecaseResult {
  let changed = 0;
  let previousEndsSentence = true;
  const lines = text.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as string;
    if (line.trim() === '') continue;
    if (hasAmbiguous(line, 0, line.length)) {
      const recased = recaseLine(line, previousEndsSentence || HAS_MARKER.test(line));
      changed += recased.changed;
      lines[li] = recased.text;
    }
    previousEndsSentence = ENDS_SENTENCE.test(line);
  }
  return { text: changed === 0 ? text : lines.join('\n'), changed };
}

function recaseLine(line: string, lineStartIsSentence: boolean): RecaseResult {
  const context = lineContext(line);
  const lineInCapitals = context.upper >= 3 && context.upper >= 9 * context.lower;
  let out = '';
  let copied = 0;
  let changed = 0;
  for (let i = 0; i < line.length;) {
    if (!isLetter(line.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < line.length && isLetter(line.charCodeAt(i))) i++;
    if (!hasAmbiguous(line, start, i)) continue;
    const word = line.slice(start, i);
    const { upper, lower } = countReliable(line, start, i);
    const firstAmbiguous = kind(line.charCodeAt(start)) === AMBIGUOUS;
    let recased = word;
    if (lower === 0 && (upper >= 2 || (upper === 1 && firstAmbiguous) || lineInCapitals)) {
      recased = word.toUpperCase();
    } else if (firstAmbiguous) {
      const sentenceStart = start < 24 && LIST_MARKER.test(line.slice(0, start)) ? lineStartIsSentence : followsSentenceEnd(line, start);
      if (sentenceStart || startsCapitalisedPhrase(line, start)) recased = (word[0] as string).toUpperCase() + word.slice(1);
    }
    if (recased !== word) {
      for (let k = 0; k < word.length; k++) if (word[k] !== recased[k]) changed++;
      out += line.slice(copied, start) + recased;
      copied = i;
    }
  }
  return { text: changed === 0 ? line : out + line.slice(copied), changed };
}

function hasAmbiguous(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (kind(s.charCodeAt(i)) === AMBIGUOUS) return true;
  return false;
}

/** Capital and small letters in s[from, to) whose case TCVN3 keeps. */
function countReliable(s: string, from: number, to: number): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (let i = from; i < to; i++) {
    const k = kind(s.charCodeAt(i));
    if (k === UPPER) upper++;
    else if (k === LOWER) lower++;
  }
  return { upper, lower };
}

/** Reliable capitals and small letters of the line's words that carry some lower-case evidence. */
function lineContext(line: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < line.length;) {
    if (isSpace(line.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < line.length && !isSpace(line.charCodeAt(i))) i++;
    const c = countReliable(line, start, i);
    if (c.lower === 0 && !hasAmbiguous(line, start, i)) continue;
    upper += c.upper;
    lower += c.lower;
  }
  return { upper, lower };
}

/** True after ". ", "! ", "? ", "… " (closing quotes before the space, opening ones after it allowed). */
function followsSentenceEnd(line: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && OPENERS.has(line[i] as string)) i--;
  const spaceEnd = i;
  while (i >= 0 && isSpace(line.charCodeAt(i))) i--;
  if (i === spaceEnd) return false;
  while (i >= 0 && CLOSERS.has(line[i] as string)) i--;
  return i >= 0 && SENTENCE_ENDS.has(line[i] as string);
}

function startsCapitalisedPhrase(line: string, at: number): boolean {
  const rest = line.slice(at, at + 16).toLowerCase();
  let end = at - 1;
  while (end >= 0 && isSpace(line.charCodeAt(end))) end--;
  let begin = end;
  while (begin >= 0 && isLetter(line.charCodeAt(begin))) begin--;
  const previous = end > begin ? line.slice(begin + 1, end + 1).toLowerCase() : undefined;
  return CAPITALISED_PHRASES.some(({ phrase, notAfter }) =>
    rest.startsWith(phrase) && !/[\p{L}\p{M}]/u.test(rest.charAt(phrase.length)) && !(previous && notAfter.includes(previous)));
}
