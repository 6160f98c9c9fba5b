import { phraseSet } from '../phrases.js';
import { type Token, tokenize } from '../tokens.js';
import { SPEAKING_DOCUMENTS } from '../vocabulary/assignment.js';

const DOCUMENTS = phraseSet(SPEAKING_DOCUMENTS);
/** The last syllable of each kind: asked first, at every token of a clause with no subject, it rules out almost all. */
const LAST_SYLLABLES: ReadonlySet<string> = new Set(SPEAKING_DOCUMENTS.map((d) => tokenize(d).at(-1)!.norm));

/**
 * A document's kind ends right before token k, opening the clause or after its adverbial's comma ("Thông báo giao …", "Để
 * …, Thông báo giao …", "Triển khai …, kế hoạch giao …"): the asking verb at k is the document's, and the units after it are asked, as after "Đề nghị".
 */
export function documentSpeaksBefore(tokens: readonly Token[], k: number): boolean {
  if (k < 1 || !LAST_SYLLABLES.has(tokens[k - 1]!.norm)) return false;
  for (const from of [k - 2, k - 1]) {
    if (from < 0) continue;
    // After the adverbial's comma a news report writes the kind in small letters ("Triển khai …, kế hoạch giao …").
    const opens = from === 0 ? tokens[from]!.upper : tokens[from - 1]!.text === ',';
    if (opens && DOCUMENTS.match(tokens, from)?.end === k) return true;
  }
  return false;
}
