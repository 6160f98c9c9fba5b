import type { Token } from '../tokens.js';
import { whichPlacesEnd } from './which-places.js';

/**
 * "Trưởng các thôn, khu phố", "Chi hội trưởng phụ nữ các ấp, khóm", "Trưởng các thôn ven biển": the villages of an
 * area made plural go on over the other kinds of village listed with them and over the words that say which of them.
 * Cut at the first kind, the unit lost the wards' quarters; cut before "ven biển", it became every village.
 * `kindAt` gives the end of another village kind at a token, or -1. Where the list and its qualifier end: `kinds`
 * after the last kind, `end` after the qualifier (both `j` when there is neither).
 */
export function residentialListEnd(
  tokens: readonly Token[], j: number, limit: number, kindAt: (k: number) => number,
): { kinds: number; end: number } {
  let k = j;
  for (;;) {
    const t = tokens[k];
    const glue = t !== undefined && k < limit && (t.text === ',' || t.norm === 'và') ? k + 1 : -1;
    const e = glue > 0 && glue < limit && !tokens[glue]!.upper ? kindAt(glue) : -1;
    if (e <= glue) break;
    k = e;
  }
  return { kinds: k, end: whichPlacesEnd(tokens, k, limit) ?? k };
}
