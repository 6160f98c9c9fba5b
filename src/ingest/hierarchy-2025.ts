import { onMap2025 } from '../model/keys.js';
import { byCode, withMap } from '../parse/gazetteer.js';
import { COLLECTIVE_TRACK, DEPARTMENT_OF, TRACK_HEADS, TRACK_OF_HEAD, type Track } from './vocabulary/hierarchy.js';

/**
 * PART_OF on the map after the 1 July 2025 reform, which has two tiers: a commune's or ward's head
 * body (its Đảng ủy, its UBND, its Công an) belongs to the same track's body of its province (the
 * Đảng ủy of the new phường Hòa Khánh to Thành ủy Đà Nẵng), with no district between; a department
 * to its head body of the same area, as before the reform. The province comes from the 2025 map
 * (data/map-2025.json); a province the reform left unchanged (Hà Nội) keeps its key of the old map,
 * a merged one is marked `2025.` (src/model/keys.ts).
 */

const ORG_KEY_2025 = /^org:([a-z0-9-]+)@2025\.([pw])(\d+)$/;

function match<T>(table: ReadonlyArray<readonly [RegExp, T]>, s: string): T | undefined {
  return table.find(([re]) => re.test(s))?.[1];
}

/** The key of a track's head body of a province of the 2025 map, or null when the map lacks it. */
function provinceHead(track: Track, provinceCode: string): string | null {
  const p = withMap('2025', () => byCode('province', provinceCode));
  if (!p) return null;
  return `org:${TRACK_HEADS[track](p.type, 'province')}@${p.map ? '2025.' : ''}p${provinceCode}`;
}

function sameAreaHead(track: Track, level: 'p' | 'w', code: string): string | null {
  if (level === 'w') return `org:${TRACK_HEADS[track]('phuong', 'ward')}@2025.w${code}`;
  return provinceHead(track, code);
}

/** The parent of an organisation of the 2025 map (null for any other key, or when the data does not give it). */
export function parentOn2025Map(org: { key: string; collective?: boolean | undefined }): { key: string; rule: 'gazetteer' } | null {
  if (!onMap2025(org.key)) return null;
  const m = ORG_KEY_2025.exec(org.key);
  if (!m) return null;
  const [, body, level, code] = m as unknown as [string, string, 'p' | 'w', string];
  const parent = (key: string | null) => (key && key !== org.key ? { key, rule: 'gazetteer' as const } : null);

  const dept = match(DEPARTMENT_OF, body);
  if (dept) return parent(sameAreaHead(dept, level, code));
  const head = match(TRACK_OF_HEAD, body);
  if (head) {
    if (level !== 'w') return null;
    const ward = withMap('2025', () => byCode('ward', code));
    return ward ? parent(provinceHead(head, ward.provinceCode)) : null;
  }
  if (org.collective && level === 'p') {
    const track = match(COLLECTIVE_TRACK, body);
    if (track) return parent(provinceHead(track, code));
  }
  return null;
}
