import { DOC_TYPES } from '../vocabulary/doc-types.js';
import { DOCUMENT_WORD_FOLLOWERS } from '../vocabulary/relations.js';
import { phraseAlternation } from '../phrase-alternation.js';

/**
 * A mandate word that is also a type of document ("hướng dẫn") names the document itself where a
 * noun's words follow it: "Hướng dẫn nhằm triển khai Kết luận số …" (a news report's sentence on the
 * guidance it reports), "Ban Thường trực … ban hành hướng dẫn căn cứ Hướng dẫn số … và thực hiện Kế
 * hoạch số …" (a quote). The carrying out is the document's own, not a task it hands to someone.
 */
const TYPE_WORDS = new Set(DOC_TYPES.flatMap((d) => d.words.map((w) => w.toLowerCase())));
const FOLLOWER = new RegExp(
  String.raw`^[ \t]{1,2}(?:${phraseAlternation(DOCUMENT_WORD_FOLLOWERS, { gap: '[ \\t]{1,2}' })})(?![\p{L}])`, 'iu');

/** True when the mandate word `word` at text[at - word.length, at) is a document's type followed by a noun's words. */
export function documentWordAt(text: string, word: string, end: number): boolean {
  return TYPE_WORDS.has(word.toLowerCase().replace(/\s+/g, ' ')) && FOLLOWER.test(text.slice(end, end + 20));
}
