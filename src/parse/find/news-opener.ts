import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { AGENT_ISSUING_VERBS, MAKER_RELATIVES } from '../vocabulary/news-identity.js';

const RELATIVE = phraseSet(MAKER_RELATIVES);
const ISSUING = phraseSet(AGENT_ISSUING_VERBS);

/**
 * "Theo kế hoạch phục vụ mùa du lịch hè năm 2023 mà UBND thị xã Sa Pa ban hành ngày 24/4/2023, thị xã …": after a news
 * report's opener (`Theo kế hoạch`), the document's title and its maker in a relative clause (`mà X ban hành`, `do X ký`)
 * before the first comma. The maker is no subject of the sentence, which starts after the comma.
 */
export function makerAfterOpener(tokens: readonly Token[], from: number): boolean {
  let relative = false;
  for (let k = from; k < tokens.length && tokens[k]!.text !== ','; k++) {
    if (!relative && RELATIVE.has(tokens, k)) relative = true;
    else if (relative && ISSUING.has(tokens, k)) return true;
  }
  return false;
}
