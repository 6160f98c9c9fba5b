import { describe, expect, it } from 'vitest';
import { fold, foldEach } from '../../src/model/keys.js';
import { FoldedText } from '../../src/parse/folded-text.js';
import { squash } from '../../src/parse/text.js';
import { CONDITIONAL_LIABILITY, REPORTED_SPEECH, WHOLE_TARGET } from '../../src/parse/vocabulary/assignment.js';
import { CONDITIONAL_LIABILITY_KEYS, REPORTED_SPEECH_KEYS, WHOLE_TARGET_KEYS } from '../../src/parse/vocabulary/assignment-keys.js';

/** The parts of `source` split on `|` outside any group or class. */
function alternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { parts.push(source.slice(from, i)); from = i + 1; }
  }
  parts.push(source.slice(from));
  return parts;
}

/**
 * The words one alternative of a pattern cannot match without: its leading plain words, or, when it opens
 * on a group of plain words ("\b(?:cho biet|chia se)…"), each of them. Null when it opens on anything
 * else: then no word is known to be needed, and the pattern's key list cannot be checked (nor kept).
 */
function leadingWords(alternative: string): string[] | null {
  const rest = alternative.replace(/^(?:\^|\\b)+/, '');
  if (rest.startsWith('(?:')) {
    let depth = 0;
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === '\\') { i++; continue; }
      if (rest[i] === '(') depth++;
      else if (rest[i] === ')' && --depth === 0) {
        // A group made optional or repeated after all is needed by nothing.
        if (/^[?*{]/.test(rest.slice(i + 1))) return null;
        const words = alternatives(rest.slice(3, i));
        return words.every((w) => /^[a-z ]+$/.test(w)) ? words : null;
      }
    }
    return null;
  }
  const run = /^[a-z ]+/.exec(rest)?.[0] ?? '';
  // A quantifier after the run makes its last letter optional.
  const needed = /^[?*{]/.test(rest.slice(run.length)) ? run.slice(0, -1) : run;
  return needed === '' ? null : [needed];
}

describe('assignment keys: each list is a necessary condition of its pattern', () => {
  it.each<[string, RegExp, readonly string[]]>([
    ['CONDITIONAL_LIABILITY', CONDITIONAL_LIABILITY, CONDITIONAL_LIABILITY_KEYS],
    ['REPORTED_SPEECH', REPORTED_SPEECH, REPORTED_SPEECH_KEYS],
    ['WHOLE_TARGET', WHOLE_TARGET, WHOLE_TARGET_KEYS],
  ])('%s: every alternative needs a word that holds a key', (_name, pattern, keys) => {
    // A case-blind pattern could match none of the (lower-case) keys as written; a global or sticky one would make test() carry state.
    expect(pattern.flags).not.toMatch(/[igy]/);
    for (const alternative of alternatives(pattern.source)) {
      const words = leadingWords(alternative);
      expect(words, `no plain leading word in ${alternative}`).not.toBeNull();
      for (const w of words!) expect(keys.some((k) => w.includes(k)), `${w} (of ${alternative}) holds no key`).toBe(true);
    }
  });

  it('reads the alternatives it checks', () => {
    expect(alternatives(REPORTED_SPEECH.source).map(leadingWords)).toEqual([
      ['cho biet', 'chia se', 'trao doi voi phong vien'], ['nhan manh', 'khang dinh', 'phat bieu', 'bay to', 'luu y']]);
    expect(leadingWords('\\bnao de (?:xay ra|phat sinh)\\b')).toEqual(['nao de ']);
    expect(leadingWords('^toan \\S+')).toEqual(['toan ']);
    expect(leadingWords('(?:ab|cd)?x')).toBeNull();
    expect(leadingWords('toans?')).toEqual(['toan']);
    expect(leadingWords('\\d+ nam')).toBeNull();
  });
});

describe('FoldedText', () => {
  const text = 'Xã nào để phát sinh điểm ma túy thì người đứng đầu cấp ủy phải kiểm điểm trách nhiệm. Toàn Hội phấn đấu đạt 100%.';

  it('cuts the fold of a stretch from the fold of the text', () => {
    const folded = new FoldedText(text);
    for (const [s, e] of [[0, text.length], [3, 19], [text.indexOf('Toàn'), text.length], [5, 5]] as const) {
      expect(folded.slice(s, e)).toBe(fold(text.slice(s, e)));
    }
    expect(folded.mayHoldAny(CONDITIONAL_LIABILITY_KEYS)).toBe(true);
    expect(folded.mayHoldAny(REPORTED_SPEECH_KEYS)).toBe(false);
  });

  it('squashes the cut fold as the fold of the squashed stretch', () => {
    // Why it may: no character that folds to one gains or loses being white space.
    const changed: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const f = foldEach(ch);
      if (f !== null && /\s/.test(f) !== /\s/.test(ch)) changed.push(c);
    }
    expect(changed).toEqual([]);
    const spaced = ' Trên  đây\u00a0là Kế hoạch\t thực hiện\n ';
    const folded = new FoldedText(spaced);
    for (const [s, e] of [[0, spaced.length], [1, 11], [5, 20]] as const) expect(folded.squashed(s, e)).toBe(fold(squash(spaced.slice(s, e))));
  });

  it('folds stretch by stretch a text whose fold does not keep offsets', () => {
    // A combining mark folds to nothing, and a character outside the table takes the definition.
    const odd = 'Toa\u0300n tỉnh ①, ông A cho biết';
    const folded = new FoldedText(odd);
    for (const [s, e] of [[0, odd.length], [0, 6], [7, odd.length]] as const) {
      expect(folded.slice(s, e)).toBe(fold(odd.slice(s, e)));
      expect(folded.squashed(s, e)).toBe(fold(squash(odd.slice(s, e))));
    }
    expect(folded.mayHoldAny(['no such words'])).toBe(true);
  });
});
