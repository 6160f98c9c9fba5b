import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { GROUP_JOINED_KINDS, GROUP_KIND_CLOSERS } from '../vocabulary/units.js';
import { capsTail } from './name-shape.js';
import { AREAS, NAME_STOPS, PLURALS, glueAt, isLowerWord } from './unit-words.js';

/** How many lower-case syllables a group's kind of business may run to ("khai thác công trình thủy lợi" is 6). */
const KIND_WORDS = 8;
/** A zone the group works in, named after `trong` / `tại` ("các doanh nghiệp trong Khu công nghiệp Vân Trung"). */
const ZONE_LEADS = new Set(['trong', 'tại']);
const ZONE_WORDS = new Set(['khu', 'cụm']);
const CLOSERS = phraseSet(GROUP_KIND_CLOSERS);
const JOINED = phraseSet(GROUP_JOINED_KINDS);

/**
 * "Các công ty khai thác công trình thủy lợi phải …", "các doanh nghiệp chế biến thủy sản được yêu cầu …": after a
 * group's head (a pluralOnly head with tail 'kind'), its kind of business in lower case, up to KIND_WORDS syllables,
 * then the zone it works in. The words count only where something the grammar knows closes them (a predicate or name
 * stop, a verb of GROUP_KIND_CLOSERS, an area word, list glue, punctuation or the end): a verb it does not know ("các
 * doanh nghiệp tiêu thụ …") would be taken into the name and the clause lose its verb, so then the group is its head
 * alone. Where the kind ends.
 */
export function groupKindEnd(tokens: readonly Token[], j: number, limit: number): number {
  // "Các doanh nghiệp, cơ sở …", "các doanh nghiệp và hợp tác xã …": more kinds of owner, one group.
  for (let n = 0; n < 3; n++) {
    const glue = glueAt(tokens, j, limit);
    const kind = glue && !tokens[glue.end]?.upper ? JOINED.match(tokens, glue.end, limit) : null;
    if (!kind) break;
    j = kind.end;
  }
  let closed = closes(tokens, j, limit) ? j : -1;
  for (let k = j; k < limit && k - j < KIND_WORDS && kindWord(tokens, k, limit); k++) if (closes(tokens, k + 1, limit)) closed = k + 1;
  if (closed < 0) return j;
  // "… trong Khu công nghiệp Vân Trung": the zone's capitalised name after its lead.
  if (ZONE_LEADS.has(tokens[closed]?.norm ?? '') && ZONE_WORDS.has(tokens[closed + 1]?.norm ?? '') && tokens[closed + 1]!.upper) {
    const zone = capsTail(tokens, closed + 1, limit);
    if (zone > closed + 2) return zone;
  }
  return closed;
}

function kindWord(tokens: readonly Token[], k: number, limit: number): boolean {
  return isLowerWord(tokens[k]) && !NAME_STOPS.has(tokens, k, limit) && !CLOSERS.has(tokens, k, limit) && !AREAS.has(tokens, k, limit) && !glueAt(tokens, k, limit)
    && !PLURALS.has(tokens, k, limit);
}

function closes(tokens: readonly Token[], k: number, limit: number): boolean {
  if (k >= limit) return true;
  const t = tokens[k]!;
  return !/[\p{L}\p{N}]/u.test(t.text) || NAME_STOPS.has(tokens, k, limit) || CLOSERS.has(tokens, k, limit) || AREAS.has(tokens, k, limit) || !!glueAt(tokens, k, limit);
}
