import type { ParseWarning } from '../../model/record.js';
import type { Warnings } from '../warnings.js';
import { mapFor, REFORM_DATE, withMap, type MapId } from './maps.js';

/** Warnings that say a name found no place: the fewer, the better a map fits a document. */
const MISSES: ReadonlySet<ParseWarning['code']> = new Set(['UNIT_UNRESOLVED', 'ISSUER_AREA_UNKNOWN', 'ISSUER_UNKNOWN', 'NAME_MISSPELLED']);

const misses = (w: Warnings) => w.all().filter((x) => MISSES.has(x.code)).length;

const LABEL: Record<MapId, string> = { 'before-2025': 'the map before 1 July 2025', '2025': 'the map from 1 July 2025' };

/**
 * Resolves a document against the map in force on its date: on or after 1 July 2025 the two-tier
 * map, before it the three-tier one. An undated document is resolved against both; the map where
 * fewer names go unresolved wins (the older one on a tie: most documents held are older). When the
 * two readings differ (`keys` gives what a reading resolved to), a MAP_CHOSEN warning says which
 * map was chosen, so that a reader can check it; when they agree, the choice did not matter.
 */
export function resolveOnMap<R extends { warnings: Warnings }>(date: string | null, run: () => R, keys: (r: R) => readonly string[]): R {
  const map = mapFor(date);
  if (map) return withMap(map, run);
  const before = withMap('before-2025', run);
  const after = withMap('2025', run);
  if (keys(before).join('\n') === keys(after).join('\n')) return before;
  const [chosen, id, other] = misses(after.warnings) < misses(before.warnings)
    ? [after, '2025' as const, before] : [before, 'before-2025' as const, after];
  chosen.warnings.add({
    code: 'MAP_CHOSEN',
    message: `undated: read against ${LABEL[id]} (${misses(chosen.warnings)} unresolved names, against ${misses(other.warnings)} on the other map; the reform took effect on ${REFORM_DATE})`,
    span: null,
    details: { map: id },
  });
  return chosen;
}
