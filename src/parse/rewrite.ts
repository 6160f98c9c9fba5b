/**
 * Rewriting a text pass by pass while keeping the way back: each pass copies or replaces stretches
 * of its input and records, for every output run, the input run it came from (src/parse/clean.ts
 * composes the maps of all passes so that spans point into the original text).
 */

/** A run of output characters that came from a run of input characters. */
interface Run {
  out: number;
  outLen: number;
  src: number;
  srcLen: number;
}

/** The output of one pass and how its characters map to the pass's input. */
export class PassMap {
  constructor(private readonly runs: Run[]) {}

  private find(i: number): Run | undefined {
    const runs = this.runs;
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = runs[mid]!;
      if (i < r.out) hi = mid - 1;
      else if (i >= r.out + r.outLen) lo = mid + 1;
      else return r;
    }
    return undefined;
  }

  /** Input offset where output character `i` starts. */
  start(i: number): number {
    const r = this.find(i);
    if (!r) return this.endOfInput(i);
    return r.outLen === r.srcLen ? r.src + (i - r.out) : r.src;
  }

  /** Input offset just after output character `i - 1` (an exclusive end). */
  end(i: number): number {
    if (i <= 0) return this.start(0);
    const r = this.find(i - 1);
    if (!r) return this.endOfInput(i);
    return r.outLen === r.srcLen ? r.src + (i - r.out) : r.src + r.srcLen;
  }

  private endOfInput(i: number): number {
    const last = this.runs[this.runs.length - 1];
    if (!last) return 0;
    return i >= last.out + last.outLen ? last.src + last.srcLen : 0;
  }
}

/** Builds one pass: copy input unchanged or replace a stretch of it, recording runs. */
export class Rewriter {
  private readonly parts: string[] = [];
  private readonly runs: Run[] = [];
  private outLen = 0;
  // The input kept since the last replacement, copied out in one slice when a replacement or the end comes: a
  // pass keeps line by line (and each line's break apart), and a slice and a part for each was 3% of a parse.
  private keptFrom = 0;
  private keptTo = 0;

  constructor(private readonly input: string) {}

  keep(from: number, to: number): void {
    if (to <= from) return;
    if (this.keptTo > this.keptFrom && this.keptTo === from) { this.keptTo = to; return; }
    this.flush();
    this.keptFrom = from;
    this.keptTo = to;
  }

  replace(from: number, to: number, text: string): void {
    if (text.length === 0) return;
    this.flush();
    this.push(text, from, to);
  }

  private flush(): void {
    if (this.keptTo <= this.keptFrom) return;
    this.push(this.input.slice(this.keptFrom, this.keptTo), this.keptFrom, this.keptTo);
    this.keptFrom = this.keptTo = 0;
  }

  private push(text: string, from: number, to: number): void {
    const last = this.runs[this.runs.length - 1];
    const oneToOne = text.length === to - from;
    // Merge adjacent one-to-one runs so that an unchanged text is a single run.
    if (last && oneToOne && last.outLen === last.srcLen && last.src + last.srcLen === from && last.out + last.outLen === this.outLen) {
      last.outLen += text.length;
      last.srcLen += text.length;
    } else {
      this.runs.push({ out: this.outLen, outLen: text.length, src: from, srcLen: to - from });
    }
    this.parts.push(text);
    this.outLen += text.length;
  }

  finish(): { text: string; map: PassMap } {
    this.flush();
    return { text: this.parts.join(''), map: new PassMap(this.runs) };
  }
}
