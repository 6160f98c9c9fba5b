import type { Token } from '../tokens.js';
import { capsRun } from './name-shape.js';
import { HEADS } from './unit-words.js';

/**
 * "Các đồn Biên phòng Y Tý, A Mú Sung, Si Ma Cai", "Các bệnh viện Đa khoa Bắc Hà, Sa Pa": bodies of one kind made plural
 * over the first one's name, then the others by their bare names. Read apart, the first name became a place and the
 * others were lost; the list is one unit printed whole (the labels' convention for a collective), as the schools' is
 * (find/named-schools.ts). From `j`, after the first name: where the last name ends, `j` when none follows. A name that
 * opens a unit's head ("…, Ban Chỉ huy Quân sự") is another unit.
 */
export function namedBodiesEnd(tokens: readonly Token[], j: number, limit: number): number {
  let k = j;
  for (;;) {
    const t = tokens[k];
    const glue = t !== undefined && k < limit && (t.text === ',' || t.norm === 'và') ? k + 1 : -1;
    if (glue < 0 || glue >= limit || HEADS.has(tokens, glue, limit)) break;
    const named = capsRun(tokens, glue, limit, 4);
    if (named === glue) break;
    k = named;
  }
  return k;
}
