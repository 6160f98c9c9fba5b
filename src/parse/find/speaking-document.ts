import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { SPEAKING_DOCUMENTS } from '../vocabulary/assignment.js';

const DOCUMENTS = phraseSet(SPEAKING_DOCUMENTS);

/**
 * A document's kind ends right before token k, opening the clause or after its adverbial's comma ("Thông báo giao …", "Để
 * …, Thông báo giao …"): the asking verb at k is the document's, and the units after it are asked, as after "Đề nghị".
 */
export function documentSpeaksBefore(tokens: readonly Token[], k: number): boolean {
  for (const from of [k - 2, k - 1]) {
    if (from < 0 || !tokens[from]!.upper) continue;
    if ((from === 0 || tokens[from - 1]!.text === ',') && DOCUMENTS.match(tokens, from)?.end === k) return true;
  }
  return false;
}
