/**
 * Building Lucene queries for the full-text indexes of schema/030_search.cypher. Search words come
 * from `searchTokens` (folded, letters and digits only), but each is escaped all the same: a query
 * string is Lucene syntax, and a word must never become an operator.
 */

/**
 * The English stop words the `standard-folding` analyzer drops when it indexes (Lucene's
 * EnglishAnalyzer set; tests/integration check it against the server's own list). Several are
 * folded Vietnamese words: "tổ" and "tờ" fold to "to", "thể" to "the", "An" (Long An) to "an",
 * "nợ" to "no". Such a word is never in the index, so a Lucene clause for it would find nothing:
 * the queries leave it out of the Lucene query and check it with the exact fold afterwards.
 */
export const LUCENE_STOP_WORDS: readonly string[] = [
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of',
  'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
];
const STOP = new Set(LUCENE_STOP_WORDS);

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A literal for a Lucene query string: every character of Lucene's syntax backslash-escaped. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * The search words the index can answer, each as a prefix clause (`word*`, a word that starts with
 * it: "chieu" finds "chiêu" and "chiều", "17" finds "17" and "170", as the exact check does), and
 * the words they stand for. Stop words are left out (see LUCENE_STOP_WORDS).
 */
export function prefixClauses(tokens: readonly string[]): { words: string[]; clauses: string[] } {
  const words = tokens.filter((t) => t.length > 0 && !STOP.has(t));
  return { words, clauses: words.map((w) => `${escapeLucene(w)}*`) };
}

/** Every clause must match: `a* AND b*`. */
export function allOf(clauses: readonly string[]): string {
  return clauses.join(' AND ');
}

/** Any clause may match: `a* OR b*`. */
export function anyOf(clauses: readonly string[]): string {
  return clauses.join(' OR ');
}

/**
 * A printed number as a phrase on the `number` field: the analyzer splits and folds it the way it
 * split and folded the stored numbers ("100-CV/DU" and "100- CV/ĐU" are both "100 cv du"). Null
 * when the number has no letter or digit (nothing to look up).
 */
export function numberPhrase(number: string): string | null {
  if (!/[\p{L}\p{N}]/u.test(number)) return null;
  return `number:"${number.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
