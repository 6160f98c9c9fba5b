/**
 * A number for each word the phrase tables know (a token norm: "ủy", "ban", "nhân", "ubnd"), 0 for
 * every other word. The tokenizer gives each token the number of its norm once per distinct word
 * (token-scan.ts's shape memo), and a table asks "can a phrase start here" by indexing an array
 * with it, instead of a map look-up of the norm in every table at every token: the finders ask
 * thousands of times per document, and almost always the answer is no.
 *
 * Numbers are handed out as the tables are built (module constants, before any text is parsed)
 * and never change. A word that becomes known after tokens were made would leave those tokens
 * with 0, so each growth tells the tokenizer's memos to forget what they hold.
 */
const ids = new Map<string, number>();
const norms: string[] = [''];
const onGrow: Array<() => void> = [];

/** The number of a norm, 0 when no table knows it. */
export function vocabularyId(norm: string): number {
  return ids.get(norm) ?? 0;
}

/** The number of a norm a table is built with, handed out the first time. */
export function registerVocabulary(norm: string): number {
  let id = ids.get(norm);
  if (id === undefined) {
    id = norms.length;
    norms.push(norm);
    ids.set(norm, id);
    for (const forget of onGrow) forget();
  }
  return id;
}

export function normOf(id: number): string {
  return norms[id]!;
}

/** Run `forget` whenever a new word is numbered (a memo of tokens made before would be stale). */
export function onVocabularyGrowth(forget: () => void): void {
  onGrow.push(forget);
}
