import type { OrganizationRow, PeriodRow, SuccessionRow } from '../graph/write/rows.js';
import { orgKeyArea } from '../model/keys.js';
import { byCode, placeLabel, REFORM_DATE, withMap } from '../parse/gazetteer.js';
import {
  map2025, predecessorsOfProvince, predecessorsOfWard, provinceUnchanged, successorOfProvince, successorsOfWard,
} from '../parse/gazetteer/map-2025.js';

/**
 * The administrative reform of 1 July 2025 in the graph, derived from organisation keys and the
 * two maps: the period each organisation existed (`validFrom`, `validTo`) and `SUCCEEDED_BY` from a
 * body of an old ward to the same body of each new commune that absorbed the ward (the Đảng ủy of
 * phường Hòa Minh to those of phường Hòa Khánh and phường Thanh Khê), and from a body of a merged
 * province to that of the new one. Districts were abolished: their bodies end on 30 June 2025 and
 * have no successor of their own.
 */

const LAST_DAY_BEFORE = '2025-06-30';

/**
 * The bodies whose successors are created before a document names them: the commune's Party
 * committee and people's committee, which take over an old ward's work. Other bodies (its Trạm y tế,
 * its chi bộ) are linked only when both ends are in the graph, so a ward with twenty units does not
 * add forty nodes no document speaks of.
 */
const HEAD_BODIES: ReadonlySet<string> = new Set(['dang-uy', 'ubnd']);

function legalBasis(): string {
  return map2025().legalBasis;
}

function source(): string {
  const s = map2025().source;
  return `${s.package}@${s.version}`;
}

/** The body of a province's Party committee follows the province's type: Tỉnh ủy Quảng Nam -> Thành ủy Đà Nẵng. */
function provinceBody(body: string, newType: string): string {
  if (body === 'tinh-uy' || body === 'thanh-uy') return newType === 'thanh-pho' ? 'thanh-uy' : 'tinh-uy';
  return body;
}

export function periodOf(key: string): PeriodRow | null {
  const a = orgKeyArea(key);
  if (!a) return null;
  if (a.map === '2025') return { key, validFrom: REFORM_DATE, validTo: null, map: '2025' };
  if (a.level === 'd') return { key, validFrom: null, validTo: LAST_DAY_BEFORE, map: null };
  if (a.level === 'w' && successorsOfWard(a.code).length > 0) return { key, validFrom: null, validTo: LAST_DAY_BEFORE, map: null };
  if (a.level === 'p') {
    const next = successorOfProvince(a.code);
    if (next && !provinceUnchanged(next)) return { key, validFrom: null, validTo: LAST_DAY_BEFORE, map: null };
  }
  return null;
}

/** A successor's name: the predecessor's with its place replaced ("Đảng ủy phường Hòa Minh" -> "Đảng ủy phường Hòa Khánh"). */
function successorName(name: string, oldLabel: string, newLabel: string): string | null {
  const at = name.toLocaleLowerCase('vi').lastIndexOf(oldLabel.toLocaleLowerCase('vi'));
  return at < 0 ? null : `${name.slice(0, at)}${newLabel}${name.slice(at + oldLabel.length)}`;
}

function wardSuccessors(org: OrganizationRow, body: string, code: string): SuccessionRow[] {
  const old = byCode('ward', code);
  return successorsOfWard(code).map((s) => {
    const next = withMap('2025', () => byCode('ward', s.to));
    const province = next ? withMap('2025', () => byCode('province', next.provinceCode)) : null;
    const name = old && next ? successorName(org.name, placeLabel(old), placeLabel(next)) : null;
    return {
      from: org.key, to: `org:${body}@2025.w${s.to}`, share: s.share, date: REFORM_DATE, legalBasis: legalBasis(), source: source(),
      stub: next && name && HEAD_BODIES.has(body) ? {
        name, kind: org.kind, level: 'ward', area: [placeLabel(next), province ? placeLabel(province) : null].filter(Boolean).join(', '),
        provinceCode: next.provinceCode, wardCode: next.code, collective: org.collective, resolvedBy: 'gazetteer:succession',
      } : null,
    };
  });
}

/**
 * The succession rows for the organisations of a batch. Forward (an old ward's body to its new
 * communes) the successor is created when missing, so that an old ward shows where it went before
 * any document of the new commune is read; backward (a new commune's body from the old wards it
 * absorbed) only predecessors already in the graph are linked (the writer matches both ends).
 */
export function successionRows(orgs: readonly OrganizationRow[]): { periods: PeriodRow[]; successions: SuccessionRow[] } {
  const successions: SuccessionRow[] = [];
  const periods = new Map<string, PeriodRow>();
  for (const org of orgs) {
    const a = orgKeyArea(org.key);
    if (!a) continue;
    const p = periodOf(org.key);
    if (p) periods.set(p.key, p);
    if (a.map === null && a.level === 'w') successions.push(...wardSuccessors(org, a.body, a.code));
    if (a.map === '2025' && a.level === 'w') {
      for (const s of predecessorsOfWard(a.code)) {
        successions.push({ from: `org:${a.body}@w${s.from}`, to: org.key, share: s.share, date: REFORM_DATE, legalBasis: legalBasis(), source: source(), stub: null });
      }
    }
    if (a.level === 'p') {
      if (a.map === null) {
        const next = successorOfProvince(a.code);
        const type = next ? withMap('2025', () => byCode('province', next)?.type) : undefined;
        if (next && type && !provinceUnchanged(next)) {
          successions.push({ from: org.key, to: `org:${provinceBody(a.body, type)}@2025.p${next}`, share: null, date: REFORM_DATE, legalBasis: legalBasis(), source: source(), stub: null });
        }
      } else {
        for (const prev of predecessorsOfProvince(a.code)) {
          const type = byCode('province', prev)?.type ?? 'tinh';
          successions.push({ from: `org:${provinceBody(a.body, type)}@p${prev}`, to: org.key, share: null, date: REFORM_DATE, legalBasis: legalBasis(), source: source(), stub: null });
        }
      }
    }
  }
  for (const s of successions) {
    if (s.stub) {
      const p = periodOf(s.to);
      if (p) periods.set(p.key, p);
    }
  }
  const seen = new Set<string>();
  const unique = successions.filter((s) => {
    const k = `${s.from}>${s.to}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0));
  return { periods: [...periods.values()].sort((x, y) => (x.key < y.key ? -1 : 1)), successions: unique };
}
