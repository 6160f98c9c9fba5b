import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { COUNTRY_REGIONS } from '../vocabulary/units.js';

const REGIONS = phraseSet(COUNTRY_REGIONS);

/**
 * "Đồng bằng sông Cửu Long" inside a name: where the region ends, or -1. Read as capitalised groups, its first syllable
 * took no lower-case words after the one before it ("Viện Lúa Đồng"), and the region's rest was lost.
 */
export function countryRegionEnd(tokens: readonly Token[], k: number, limit: number): number {
  const t = tokens[k];
  // t.upper is /^\p{Lu}/u on its text, already worked out (a \p{…} literal here was a RegExp built per call under tsx).
  if (!t || !t.upper) return -1;
  return REGIONS.match(tokens, k, limit)?.end ?? -1;
}
