import type { ParseWarning } from '../model/record.js';

/** Warnings collected while parsing one document; spans are in the cleaned text until the end. */
export class Warnings {
  private readonly list: ParseWarning[] = [];
  private readonly seen = new Set<string>();

  /** Add a warning once per code + dedupe key (the same misspelling is reported once). */
  add(w: ParseWarning, dedupe?: string): void {
    const k = `${w.code}|${dedupe ?? w.message}`;
    if (this.seen.has(k)) return;
    this.seen.add(k);
    this.list.push(w);
  }

  all(): readonly ParseWarning[] {
    return this.list;
  }
}
