import { describe, expect, it } from 'vitest';
import type { OrganizationRow, ReferencedRow } from '../../src/graph/write/rows.js';
import { mergeOrganization, mergeReferenced, statedBy } from '../../src/ingest/organizations.js';

const row = (over: Partial<OrganizationRow>): OrganizationRow => ({
  key: 'org:quan-uy@d007', name: 'Quận ủy Hai Bà Trưng', nameKey: 'quan-uy-hai-ba-trung', kind: 'party-committee', level: 'district', area: 'Hai Bà Trưng, Hà Nội',
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

describe('mergeReferenced: what several citing documents of one batch say of a cited document', () => {
  const key = 'doc:17/CT-UBND|org:ubnd@p01|2021';
  const cited = (over: Partial<Omit<ReferencedRow, 'statedIn'>>, citing: string): ReferencedRow => statedBy({
    key, series: 'doc:17/CT-UBND|org:ubnd@p01', numberKey: '17/CT-UBND', number: '17/CT-UBND', docType: 'Chỉ thị',
    title: null, issuedOn: null, level: null, issuerKey: 'org:ubnd@p01', resolvedBy: null, searchText: null, ...over,
  }, citing);
  // Three letters citing the order: the ward's (largest key) says the most, the city's (smallest) the least.
  const city = cited({ docType: 'Khác', issuedOn: '2021-07-23' }, 'doc:12/UBND-VX|org:ubnd@p01|2021');
  const district = cited({ number: '17/CT-UBND ', title: 'về giữ gìn vệ sinh', searchText: 've giu gin ve sinh' }, 'doc:308-TB/QU|org:quan-uy@d007|2021');
  const ward = cited({ title: 'về tổng vệ sinh', searchText: 've tong ve sinh', issuedOn: '2021-07-22', level: 'province' }, 'doc:55-KH/DU|org:dang-uy@w00001|2021');

  it('takes each field from the smallest citing key that states it, in every order of the rows', () => {
    const orders = [[city, district, ward], [city, ward, district], [district, city, ward], [district, ward, city], [ward, city, district], [ward, district, city]];
    for (const order of orders) {
      const map = new Map<string, ReferencedRow>();
      for (const r of order) mergeReferenced(map, r);
      expect(map.get(key)).toEqual({
        key, series: 'doc:17/CT-UBND|org:ubnd@p01', numberKey: '17/CT-UBND', number: '17/CT-UBND', docType: 'Chỉ thị',
        title: 'về giữ gìn vệ sinh', searchText: 've giu gin ve sinh', issuedOn: '2021-07-23', level: 'province',
        issuerKey: 'org:ubnd@p01', resolvedBy: null,
        statedIn: {
          number: 'doc:12/UBND-VX|org:ubnd@p01|2021', docType: 'doc:308-TB/QU|org:quan-uy@d007|2021',
          title: 'doc:308-TB/QU|org:quan-uy@d007|2021', issuedOn: 'doc:12/UBND-VX|org:ubnd@p01|2021',
          level: 'doc:55-KH/DU|org:dang-uy@w00001|2021',
        },
      });
    }
  });
});
