import { z } from 'zod';
import { FIELDS, metrics, type Tallies } from './score.js';

/**
 * Floors: the least F1 each field may score, overall and per style, set a little under a
 * measurement so that a regression fails the guard and an improvement is recorded by raising them.
 */
const FieldFloors = z.partialRecord(z.enum(FIELDS), z.number().min(0).max(1));
export const Floors = z.object({
  measuredOn: z.string().min(1),
  all: FieldFloors,
  byStyle: z.record(z.string(), FieldFloors),
}).strict();
export type Floors = z.infer<typeof Floors>;

export interface Breach {
  scope: string;
  field: string;
  floor: number;
  f1: number;
}

export function breaches(floors: Floors, all: Tallies, byStyle: ReadonlyMap<string, Tallies>): Breach[] {
  const out: Breach[] = [];
  const check = (scope: string, fl: Partial<Record<string, number>>, t: Tallies | undefined) => {
    for (const [field, floor] of Object.entries(fl)) {
      if (floor === undefined) continue;
      const f1 = t ? metrics(t[field as keyof Tallies]).f1 ?? 0 : 0;
      if (f1 < floor) out.push({ scope, field, floor, f1 });
    }
  };
  check('all', floors.all, all);
  for (const [style, fl] of Object.entries(floors.byStyle)) check(style, fl, byStyle.get(style));
  return out;
}

/**
 * OCR output depends on the Tesseract build and its model, which differ between machines: scanned
 * pages get a wider margin so that a new Tesseract is not taken for a regression of the parser.
 */
export const STYLE_MARGINS: Readonly<Record<string, number>> = { scan: 0.1 };

/** Floors from a measurement: each F1 less a margin, rounded down to two places. */
export function floorsFrom(all: Tallies, byStyle: ReadonlyMap<string, Tallies>, measuredOn: string, margin = 0.03): Floors {
  const of = (t: Tallies, m: number) => Object.fromEntries(FIELDS.flatMap((f) => {
    const f1 = metrics(t[f]).f1;
    return f1 === null ? [] : [[f, Math.max(0, Math.floor((f1 - m) * 100 + 1e-9) / 100)]];
  }));
  return {
    measuredOn,
    all: of(all, margin),
    byStyle: Object.fromEntries([...byStyle].map(([k, t]) => [k, of(t, STYLE_MARGINS[k] ?? margin)])),
  };
}
