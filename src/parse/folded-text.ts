import { fold, foldEach } from '../model/keys.js';
import { squash } from './text.js';

/**
 * A text folded once, from which the fold of any stretch is cut. The task reader tests folded
 * vocabulary on every clause of a document (a conditional liability, reported speech, a whole
 * body's target): folding each clause's slice anew folded most of the text several times over.
 *
 * Why a cut is exact: when every character of the text folds to exactly one character (foldEach;
 * Vietnamese always does), the fold keeps offsets, so a slice of it is the fold of the same slice.
 * Otherwise each stretch is folded on its own, as before.
 */
export class FoldedText {
  private readonly folded: string | null;

  constructor(private readonly text: string) {
    this.folded = foldEach(text);
  }

  /** fold(text.slice(start, end)). */
  slice(start: number, end: number): string {
    return this.folded === null ? fold(this.text.slice(start, end)) : this.folded.slice(start, end);
  }

  /**
   * fold(squash(text.slice(start, end))). A character that folds to one keeps its being white space or not
   * (tests/parse/folded-text.test.ts checks every one), so squashing the cut fold is the same.
   */
  squashed(start: number, end: number): string {
    return this.folded === null ? fold(squash(this.text.slice(start, end))) : squash(this.folded.slice(start, end));
  }
}
