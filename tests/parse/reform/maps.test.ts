import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.js';
import { byCode, lookup, mapFor, withMap } from '../../../src/parse/gazetteer.js';
import { predecessorsOfWard, successorsOfWard, provinceUnchanged } from '../../../src/parse/gazetteer/map-2025.js';
import { cityOrder2026, districtAfterReform, undatedWardLetter, wardLetter2021, wardLetter2026, wardPlan2026 } from './docs.js';

const parse = (text: string) => parseDocument(text, { path: 'reform.txt' });
const unitsOf = (r: ReturnType<typeof parse>) => r.assignments.map((a) => a.units.map((u) => [u.key, u.name]));
const codes = (r: ReturnType<typeof parse>) => r.warnings.map((w) => w.code);

describe('the two maps', () => {
  it('chooses the map by date: the two-tier one from 1 July 2025', () => {
    expect([mapFor('2025-06-30'), mapFor('2025-07-01'), mapFor('2026-03-16'), mapFor(null)]).toEqual(['before-2025', '2025', '2025', null]);
  });

  it('tells the new phường Hòa Khánh from the old phường Hòa Minh, which had its code', () => {
    expect(byCode('ward', '20200')).toMatchObject({ name: 'Hòa Minh', type: 'phuong', parentCode: '490' });
    expect(withMap('2025', () => byCode('ward', '20200'))).toMatchObject({ name: 'Hòa Khánh', type: 'phuong', parentCode: '48', map: '2025' });
    expect(withMap('2025', () => lookup('Hòa Minh', 'ward', { provinceCode: '48' }).places)).toEqual([]);
    expect(withMap('2025', () => lookup('Liên Chiểu', 'district').places)).toEqual([]);
  });

  it('knows where an old ward went: Hòa Minh was split between Hòa Khánh and Thanh Khê', () => {
    expect(successorsOfWard('20200')).toEqual([{ from: '20200', to: '20200', share: null }, { from: '20200', to: '20209', share: null }]);
    expect(predecessorsOfWard('20200').map((s) => s.from)).toEqual(['20198', '20200', '20302']);
    expect([provinceUnchanged('01'), provinceUnchanged('48')]).toEqual([true, false]);
  });
});

describe('documents after the reform', () => {
  it('resolves a 2026 Chỉ thị of the merged Thành ủy Đà Nẵng and the new phường it tasks', () => {
    const r = parse(cityOrder2026);
    expect(r.key).toBe('doc:12-CT/TU|org:thanh-uy@2025.p48|2026');
    expect(r.issuer).toMatchObject({ key: 'org:thanh-uy@2025.p48', name: 'Thành ủy Đà Nẵng', level: 'province' });
    expect(r.issuer!.area).toEqual({ province: 'Đà Nẵng', provinceCode: '48', district: null, districtCode: null, ward: null, wardCode: null, map: '2025' });
    expect(unitsOf(r)).toEqual([
      [['org:dang-uy@2025.w20305', 'Đảng ủy phường An Khê'], ['org:dang-uy@2025.w20200', 'Đảng ủy phường Hòa Khánh']],
      [['org:ubnd@2025.w20200', 'UBND phường Hòa Khánh'], ['org:cong-an@2025.w20200', 'Công an phường Hòa Khánh']],
      [['org:ubnd-cac-xa-phuong@2025.p48', 'UBND các xã, phường Thành phố Đà Nẵng']],
    ]);
    expect(codes(r)).not.toContain('UNIT_UNRESOLVED');
  });

  it('resolves the Đảng ủy of a new phường directly under the city, and its own units', () => {
    const r = parse(wardLetter2026);
    expect(r.key).toBe('doc:45-CV/DDU|org:dang-uy@2025.w20200|2026');
    expect(r.issuer).toMatchObject({ key: 'org:dang-uy@2025.w20200', name: 'Ban Thường vụ Đảng ủy phường Hòa Khánh', level: 'ward' });
    expect(r.issuer!.area).toMatchObject({ ward: 'Hòa Khánh', wardCode: '20200', provinceCode: '48', districtCode: null, map: '2025' });
    expect(unitsOf(r)).toEqual([
      [['org:ubnd@2025.w20200', 'UBND phường Hòa Khánh']],
      [['org:cac-chi-bo-truc-thuoc-dang-uy@2025.w20200', 'Các chi bộ trực thuộc Đảng ủy phường Hòa Khánh']],
    ]);
    expect(r.citations.map((c) => c.key)).toEqual(['doc:12-CT/TU|org:thanh-uy@2025.p48|2026']);
  });

  it('resolves the UBND of a merged phường and its Kế hoạch', () => {
    const r = parse(wardPlan2026);
    expect(r.key).toBe('doc:30/KH-UBND|org:ubnd@2025.w20305|2026');
    expect(r.issuer).toMatchObject({ key: 'org:ubnd@2025.w20305', name: 'UBND phường An Khê', level: 'ward' });
    expect(unitsOf(r)).toEqual([
      [['org:cong-an@2025.w20305', 'Công an phường An Khê']],
      [['org:tram-y-te@2025.w20305', 'Trạm y tế phường An Khê']],
    ]);
  });

  it('reads the same name on a 2021 document against the old map', () => {
    const r = parse(wardLetter2021);
    expect(r.issuer).toMatchObject({ key: 'org:dang-uy@w20224', name: 'Ban Thường vụ Đảng ủy phường An Khê' });
    expect(r.issuer!.area).toEqual({ province: 'Đà Nẵng', provinceCode: '48', district: 'Thanh Khê', districtCode: '491', ward: 'An Khê', wardCode: '20224' });
    expect(unitsOf(r)).toEqual([[['org:ubnd@w20224', 'UBND phường An Khê']]]);
  });

  it('tries both maps on an undated document and says which it chose', () => {
    const r = parse(undatedWardLetter);
    expect(r.issuer?.key).toBe('org:dang-uy@2025.w20200');
    const w = r.warnings.find((x) => x.code === 'MAP_CHOSEN');
    expect(w?.details).toEqual({ map: '2025' });
    expect(w?.message).toBe('undated: read against the map from 1 July 2025 (0 unresolved names, against 1 on the other map; the reform took effect on 2025-07-01)');
  });

  it('keeps an undated document of the old map on the old map', () => {
    const r = parse(wardLetter2021.replace('An Khê, ngày 12 tháng 4 năm 2021\n', ''));
    expect(r.issuer?.key).toBe('org:dang-uy@w20224');
    expect(r.warnings.find((x) => x.code === 'MAP_CHOSEN')?.details).toEqual({ map: 'before-2025' });
  });

  it('does not guess a district issuer after the reform: its key stays with the document, with a warning', () => {
    const r = parse(districtAfterReform);
    expect(r.issuer!.key).toMatch(/^org:quan-uy-lien-chieu@\?doc-/u);
    expect(codes(r)).toEqual(expect.arrayContaining(['UNIT_UNRESOLVED', 'DISTRICT_AFTER_REFORM']));
  });
});
