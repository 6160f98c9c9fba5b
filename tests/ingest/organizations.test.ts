import { describe, expect, it } from 'vitest';
import type { OrganizationRow } from '../../src/graph/write/rows.js';
import { mergeOrganization } from '../../src/ingest/organizations.js';

const row = (over: Partial<OrganizationRow>): OrganizationRow => ({
  key: 'org:quan-uy@d007', name: 'Quận ủy Hai Bà Trưng', kind: 'party-committee', level: 'district', area: 'Hai Bà Trưng, Hà Nội',
  provinceCode: '01', districtCode: '007', wardCode: null, collective: false, resolvedBy: null, parentKey: 'org:thanh-uy@p01',
  parentRule: 'gazetteer', issuer: false, unit: true, ...over,
});

function merged(rows: OrganizationRow[]): OrganizationRow {
  const map = new Map<string, OrganizationRow>();
  for (const r of rows) mergeOrganization(map, r);
  return map.get('org:quan-uy@d007')!;
}

describe('mergeOrganization', () => {
  const asUnit = row({ name: 'Quận ủy quận Hai Bà Trưng', resolvedBy: 'context:document' });
  const asIssuer = row({ name: 'Quận ủy Hai Bà Trưng', issuer: true, unit: false, resolvedBy: 'gazetteer:fuzzy' });

  it('gives the name it has as an issuer, whichever row comes first', () => {
    for (const rows of [[asUnit, asIssuer], [asIssuer, asUnit]]) {
      expect(merged(rows)).toMatchObject({ name: 'Quận ủy Hai Bà Trưng', issuer: true, unit: true, resolvedBy: 'gazetteer:fuzzy' });
    }
  });

  it('is confirmed by a literal mention in any row', () => {
    const literal = row({ name: 'Quận ủy quận Hai Bà Trưng', resolvedBy: null });
    expect(merged([asIssuer, literal]).resolvedBy).toBeNull();
    expect(merged([literal, asIssuer]).resolvedBy).toBeNull();
  });

  it('picks between two issuer names by a fixed order, not by arrival', () => {
    const a = row({ name: 'Ban Thường vụ Quận ủy Hai Bà Trưng', issuer: true, resolvedBy: 'context:document' });
    const b = row({ name: 'Thường trực Quận ủy Hai Bà Trưng', issuer: true, resolvedBy: 'context:document' });
    expect(merged([a, b]).name).toBe('Ban Thường vụ Quận ủy Hai Bà Trưng');
    expect(merged([b, a]).name).toBe('Ban Thường vụ Quận ủy Hai Bà Trưng');
  });
});
