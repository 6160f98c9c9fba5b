import { OLD_TONE, toneNormalize } from './text.js';
import { onVocabularyGrowth, vocabularyId } from './vocabulary-ids.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const CAPITAL_LETTER = /\p{Lu}/u;
const SMALL_LETTER = /\p{Ll}/u;
const OPENS_CAPITAL = /^\p{Lu}/u;

/**
 * The tokenizer's scan, without the per-document cache of `tokens.ts`. A token keeps internal
 * slashes and hyphens ("17/CT-UBND", "Covid-19", "T/L", "CT-XH"), but a hyphen between two
 * lower-case syllables is split off ("chính trị-xã hội"), so that the phrase tables see the same
 * words however the dash is spaced.
 */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Tone-normalised lower case: the form phrase tables compare. */
  readonly norm: string;
  /** A word (letters or digits) rather than punctuation. */
  readonly word: boolean;
  /** Every letter is a capital ("UBND", "HAI"). */
  readonly caps: boolean;
  /** The first character is a capital letter ("Hai", "UBND"). */
  readonly upper: boolean;
  /** The number of `norm` among the phrase tables' words, 0 when no table knows it (vocabulary-ids.ts). */
  readonly vocab: number;
}

/**
 * An apostrophe is part of a word in names of the Central Highlands ("Cư M'gar", "Đắk R'Lấp"),
 * also after a lone capital before the next syllable ("Ia H' Drai", "K' Dang").
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[/-]|\.(?=\p{N})|['’](?=\p{L}))[\p{L}\p{M}\p{N}]+)*(?:(?<=(?:^|[^\p{L}])\p{Lu})['’](?=[ ]\p{Lu}))?/uy;
const LOWER_HYPHEN = /^\p{Ll}+(?:-\p{Ll}+)+$/u;

interface Shape { norm: string; caps: boolean; upper: boolean; vocab: number }

/**
 * What a token's text says of it (norm, caps, upper) depends on the text alone, and documents
 * repeat a few thousand words: remembered, it costs one map look-up instead of a lower-casing
 * and three regexes per token. Cleared when full, so that a stream of distinct words cannot grow it.
 */
const MEMO_LIMIT = 50_000;
const wordShapes = new Map<string, Shape>();
const markShapes = new Map<string, Shape>();
onVocabularyGrowth(() => { wordShapes.clear(); markShapes.clear(); });

function shapeOf(text: string, word: boolean): Shape {
  const memo = word ? wordShapes : markShapes;
  let shape = memo.get(text);
  if (shape === undefined) {
    const lower = text.toLowerCase();
    const norm = OLD_TONE.test(text) ? toneNormalize(lower) : lower;
    shape = {
      norm,
      caps: word && CAPITAL_LETTER.test(text) && !SMALL_LETTER.test(text),
      upper: OPENS_CAPITAL.test(text),
      vocab: vocabularyId(norm),
    };
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, shape);
  }
  return shape;
}

/**
 * Plain words (letters and digits, most tokens) found by their characters in the text, without cutting them
 * out first: the cut was a string per token, made to be looked up and, when the word was known, kept only
 * as the token's text. A known word's token takes the text kept with its shape (equal, one string per
 * word). Open addressing on an FNV-1a hash of the code units; cleared with the shape memos, and when full.
 */
const PLAIN_SLOTS = 1 << 17;
const PLAIN_MAX = PLAIN_SLOTS >> 1;
interface PlainWord { readonly hash: number; readonly text: string; readonly shape: Shape }
// Made on first use, then emptied in place, never made again: the tables grow the vocabulary word by word as they
// are built, and a new 1 MB table at each first use after a growth left ~18 MB of garbage in a parse worker's
// heap when it measured what it holds idle (heap-room.ts), which then refused every file under a 64 MB limit on
// Node 24. A growth marks the table full (it must be emptied before its next use) when it holds anything.
let plainWords: Array<PlainWord | undefined> | null = null;
let plainCount = 0;
onVocabularyGrowth(() => { if (plainCount > 0) plainCount = PLAIN_MAX; });

function plainWordToken(text: string, i: number, end: number): Token {
  let hash = 0x811c9dc5;
  for (let k = i; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  const length = end - i;
  if (plainWords === null) plainWords = new Array<PlainWord | undefined>(PLAIN_SLOTS);
  else if (plainCount >= PLAIN_MAX) { plainWords.fill(undefined); plainCount = 0; }
  const table = plainWords;
  let slot = hash & (PLAIN_SLOTS - 1);
  for (let known = table[slot]; known !== undefined; known = table[slot]) {
    if (known.hash === hash && known.text.length === length && sameCodeUnits(known.text, text, i)) {
      return { text: known.text, start: i, end, norm: known.shape.norm, word: true, caps: known.shape.caps, upper: known.shape.upper, vocab: known.shape.vocab };
    }
    slot = (slot + 1) & (PLAIN_SLOTS - 1);
  }
  const word = text.slice(i, end);
  const shape = shapeOf(word, true);
  table[slot] = { hash, text: word, shape };
  plainCount++;
  return { text: word, start: i, end, norm: shape.norm, word: true, caps: shape.caps, upper: shape.upper, vocab: shape.vocab };
}

function sameCodeUnits(word: string, text: string, at: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(at + k)) return false;
  return true;
}

function makeToken(text: string, start: number, word: boolean): Token {
  const { norm, caps, upper, vocab } = shapeOf(text, word);
  return { text, start, end: start + text.length, norm, word, caps, upper, vocab };
}

/**
 * Scan the one word or punctuation mark at `i` (not white space), push its tokens, and return where
 * the scan goes on. What it finds depends only on `text` and `i`, except that a word crossing `to`
 * is cut there: the cache in tokens.ts relies on it.
 */
export function scanUnit(text: string, i: number, to: number, tokens: Token[]): number {
  const plain = plainWordEnd(text, i, to);
  if (plain > i) {
    tokens.push(plainWordToken(text, i, plain));
    return plain;
  }
  // A character that cannot open a word is one mark: WORD, which opens with one, need not be asked.
  const c = text.charCodeAt(i);
  if ((c < 0xd800 || c > 0xdfff) && !isLmn(c)) {
    tokens.push(makeToken(text.charAt(i), i, false));
    return i + 1;
  }
  WORD.lastIndex = i;
  const m = WORD.exec(text);
  if (m && m.index === i) {
    let w = m[0];
    if (i + w.length > to) w = w.slice(0, to - i);
    if (w.includes('-') && LOWER_HYPHEN.test(w)) {
      let at = i;
      for (const part of w.split('-')) {
        if (at > i) { tokens.push(makeToken('-', at - 1, false)); }
        tokens.push(makeToken(part, at, true));
        at += part.length + 1;
      }
    } else {
      tokens.push(makeToken(w, i, true));
    }
    return i + w.length;
  }
  // One punctuation character (a surrogate pair stays whole).
  const cp = text.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  tokens.push(makeToken(ch, i, false));
  return i + ch.length;
}

/** Whether each UTF-16 code unit is a letter, mark or digit (WORD's runs): 1 yes, 0 no, -1 not yet known. */
const LMN = /[\p{L}\p{M}\p{N}]/u;
const lmnTable = new Int8Array(0x10000).fill(-1);

function isLmn(c: number): boolean {
  let v = lmnTable[c]!;
  if (v === -1) { v = LMN.test(String.fromCharCode(c)) ? 1 : 0; lmnTable[c] = v; }
  return v === 1;
}

/**
 * Where WORD's match at `i` ends, cut at `to`, when it is a plain run of letters and digits (most
 * words): the run stops at a character that is neither and cannot join a word either ("/-.'’" can,
 * and are left to the regex); i when the fast path does not apply (then the regex decides). A run
 * that reaches `to` is cut there, as the regex's match would be. Such a run has no hyphen to split.
 */
function plainWordEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) { j++; continue; }
      return c === 47 || c === 45 || c === 46 || c === 39 ? i : j;
    }
    // A surrogate pair may be a letter (the regex reads code points): the regex decides.
    if (c === 0x2019 || (c >= 0xd800 && c <= 0xdfff)) return i;
    if (isLmn(c)) { j++; continue; }
    return j;
  }
  return j;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Tokenize `text` between `from` and `to` by scanning it (offsets stay those of `text`). */
export function scanTokens(text: string, from = 0, to = text.length, tokens: Token[] = []): Token[] {
  let i = from;
  while (i < to) {
    if (isSpace(text.charCodeAt(i))) { i++; continue; }
    i = scanUnit(text, i, to, tokens);
  }
  return tokens;
}
