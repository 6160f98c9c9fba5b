import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { UNION_SECTOR_WORDS, UNION_ZONES } from '../vocabulary/units.js';
import { capsTail } from './name-shape.js';

const SECTOR = phraseSet(UNION_SECTOR_WORDS);
const ZONES = phraseSet(UNION_ZONES);

/**
 * "Công đoàn ngành Giáo dục Hà Nội", "Công đoàn các Khu công nghiệp Đồng Nai": a trade union of a sector, named by it,
 * or of the industrial zones of a province. Cut at the head, the union read as the province's federation of labour
 * ("Công đoàn" alone) and the sector was lost. After the head at j: where the sector's or the zones' words end, `j`
 * when none; the place after them is read as after any body.
 */
export function unionSectorEnd(tokens: readonly Token[], j: number, limit: number): number {
  const sector = SECTOR.match(tokens, j, limit);
  if (sector) {
    const e = capsTail(tokens, sector.end, limit, true);
    return e > sector.end ? e : j;
  }
  const zones = ZONES.match(tokens, j, limit);
  return zones ? zones.end : j;
}
