/**
 * The bytes a run has handled and the graph cannot answer for yet, so that the same file twice in
 * one run is written once. Each batch's look-up sees every batch committed before it (bookmarks), and
 * when batch N is looked up, batch N-2 has committed (the pipeline holds two batches at most): only
 * the shas of the batch being written and of the batch being prepared need remembering, so a run of
 * any length keeps at most two batches' worth. A `--force` run asks the graph too, about what it
 * wrote itself (directives written since it started), so it keeps no more.
 */
export class SeenShas {
  private previous = new Set<string>();
  private current = new Set<string>();

  has(sha: string): boolean {
    return this.current.has(sha) || this.previous.has(sha);
  }

  add(sha: string): void {
    this.current.add(sha);
  }

  /** A new batch is being prepared: the batch before the one in flight is in the graph by now. */
  nextBatch(): void {
    this.previous = this.current;
    this.current = new Set();
  }

  /** Shas remembered now. */
  get size(): number {
    return this.current.size + this.previous.size;
  }
}
