/**
 * Global regexes that must start a match at the start of a word. Written as `(?<![\p{L}])X`, V8
 * checks the lookbehind at every position of the text, and a case-insensitive Unicode alternation
 * cannot skip ahead then: over a seed document the two citation scans cost three times what `X`
 * alone costs. So `X` runs alone and a match after a letter is passed over; the engine then tries
 * the next position, as it would have with the lookbehind, so the matches are the same ones.
 */
const AFTER_LETTER = /(?<=\p{L})/uy;

/** The next match of the global regex `re` in `s` that no letter precedes, as `(?<![\p{L}])re` would find it. */
export function execAtWordStart(re: RegExp, s: string): RegExpExecArray | null {
  for (let m = re.exec(s); m; m = re.exec(s)) {
    AFTER_LETTER.lastIndex = m.index;
    if (!AFTER_LETTER.test(s)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

interface CharNode { next: Map<number, CharNode>; word: boolean }

/** A code unit in lower case (one code unit for every letter the vocabulary's words hold), remembered. */
const lowerTable = new Int32Array(0x10000).fill(-1);

function lowerUnit(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c | 0x20 : c;
  let v = lowerTable[c]!;
  if (v === -1) {
    const l = String.fromCharCode(c).toLowerCase();
    v = l.length === 1 ? l.charCodeAt(0) : c;
    lowerTable[c] = v;
  }
  return v;
}

/**
 * Where any of a set of vocabulary words begins in a text, found in one pass with a trie over
 * lower-case code units, built once from the data tables. Several case-insensitive regexes that all
 * open with one of those words (the citation scans: short forms, back-references) then run sticky
 * at these positions only, instead of each scanning the whole text: a regex can match only where its
 * first word is written, so the positions are a superset of its matches, and the matches found
 * there are the ones a scan finds (see `matchesAt`). The words compare as the regexes' `iu` flags
 * compare them: for their letters, lower case and Unicode case folding agree (checked over every
 * code unit when the table was written).
 */
export class WordStarts {
  private readonly root: CharNode = { next: new Map(), word: false };
  /** 1 for a code unit some word begins with, in either case: most characters are ruled out by one array read. */
  private readonly first = new Uint8Array(0x10000);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      for (const c of new Set([w.charAt(0), w.charAt(0).toLowerCase(), w.charAt(0).toUpperCase()])) this.first[c.charCodeAt(0)] = 1;
      let node = this.root;
      for (let i = 0; i < w.length; i++) {
        const c = lowerUnit(w.charCodeAt(i));
        let child = node.next.get(c);
        if (!child) { child = { next: new Map(), word: false }; node.next.set(c, child); }
        node = child;
      }
      node.word = true;
    }
  }

  /** Every offset of `s` where one of the words begins (not after an ASCII letter: the regexes' own check decides the rest). */
  in(s: string): number[] {
    const out: number[] = [];
    const { root, first } = this;
    const n = s.length;
    for (let p = 0; p < n; p++) {
      const c = s.charCodeAt(p);
      if (first[c] === 0) continue;
      if (p > 0) {
        const b = s.charCodeAt(p - 1);
        if ((b >= 97 && b <= 122) || (b >= 65 && b <= 90)) continue;
      }
      let node = root.next.get(lowerUnit(c));
      if (node === undefined) continue;
      for (let q = p + 1; !node.word && q < n; q++) {
        const next: CharNode | undefined = node.next.get(lowerUnit(s.charCodeAt(q)));
        if (next === undefined) break;
        node = next;
      }
      if (node.word) out.push(p);
    }
    return out;
  }
}

/**
 * The matches of the sticky regex `re` in `s` that no letter precedes, tried at `starts` (ascending)
 * only: what `execAtWordStart` over the same regex made global gives, when every match begins at one
 * of `starts`. A scan goes on after a match's end, so matches do not overlap.
 */
export function matchesAt(re: RegExp, s: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = 0;
  for (const p of starts) {
    if (p < after) continue;
    re.lastIndex = p;
    const m = re.exec(s);
    if (!m) continue;
    AFTER_LETTER.lastIndex = p;
    if (AFTER_LETTER.test(s)) continue;
    out.push(m);
    after = p + m[0].length;
  }
  return out;
}
