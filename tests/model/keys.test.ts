import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directiveKey, isUnknownAreaOrgKey, numberKey, orgKey, orgNameKey, parseDirectiveKey, UNKNOWN_ISSUER } from '../../src/model/keys.js';
import type { Area } from '../../src/model/record.js';

describe('parseDirectiveKey reads back what directiveKey writes', () => {
  it.each([
    // a dated Party document
    [directiveKey('308-TB/QU', 'org:quan-uy@d007', 2021), { series: 'doc:308-TB/QU|org:quan-uy@d007', numberKey: '308-TB/QU', issuerKey: 'org:quan-uy@d007', year: 2021 }],
    // no date printed (seed 001): no year
    [directiveKey('308-TB/QU', 'org:quan-uy@d007', null), { series: 'doc:308-TB/QU|org:quan-uy@d007', numberKey: '308-TB/QU', issuerKey: 'org:quan-uy@d007', year: null }],
    // Đ is kept apart from D in the number
    [directiveKey('100- CV/ĐU', 'org:dang-uy@w20200', 2021), { series: 'doc:100-CV/DDU|org:dang-uy@w20200', numberKey: '100-CV/DDU', issuerKey: 'org:dang-uy@w20200', year: 2021 }],
    // a citation whose issuer is unknown
    [directiveKey('428-TB/TU', null, 2021), { series: 'doc:428-TB/TU|org:?', numberKey: '428-TB/TU', issuerKey: null, year: 2021 }],
    // an issuer of unknown area, scoped to its document
    [directiveKey('5-CV/QU', 'org:quan-uy@?seed-003', null), { series: 'doc:5-CV/QU|org:quan-uy@?seed-003', numberKey: '5-CV/QU', issuerKey: 'org:quan-uy@?seed-003', year: null }],
  ])('%s', (key, parts) => {
    expect(parseDirectiveKey(key)).toEqual(parts);
  });

  it.each([
    ['doc:seed-003'], // unnumbered: no series
    ['org:quan-uy@d007'], // not a directive
    ['doc:1-CV/QU|org:x|20211'], // not a year
    ['doc:|org:x'], // no number
  ])('%s has no series', (key) => {
    expect(parseDirectiveKey(key)).toBeNull();
  });
});

describe('directive keys round-trip', () => {
  const symbol = fc.constantFrom('CT-UBND', 'TB/TU', 'CV/ĐU', 'QĐ-UBND', 'KH/QU', 'NQ-CP', 'CV/VPQU');
  const number = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('/', '-', '- '), symbol).map(([n, sep, s]) => `${n}${sep}${s}`);
  const code = (digits: number) => fc.integer({ min: 1, max: 10 ** digits - 1 }).map((n) => String(n).padStart(digits, '0'));
  const area = fc.record({ provinceCode: fc.option(code(2)), districtCode: fc.option(code(3)), wardCode: fc.option(code(5)) })
    .map((c): Area => ({ province: null, district: null, ward: null, ...c }));
  const kind = fc.constantFrom('Quận ủy', 'UBND', 'Đảng ủy', 'Công an', 'Phòng Văn hóa và Thông tin');
  const issuer = fc.option(fc.tuple(kind, area, fc.constantFrom('seed-003', 'doc-1f2e')).map(([k, a, scope]) => orgKey(k, a, scope)));
  const year = fc.option(fc.integer({ min: 1945, max: 2100 }));

  it('parseDirectiveKey gives back the number key, issuer and year directiveKey was given', () => {
    fc.assert(fc.property(number, issuer, year, (n, i, y) => {
      const parts = parseDirectiveKey(directiveKey(n, i, y));
      expect(parts).toEqual({ series: `doc:${numberKey(n)}|${i ?? UNKNOWN_ISSUER}`, numberKey: numberKey(n), issuerKey: i, year: y });
    }));
  });

  it('writes the unknown issuer as org:? and reads it back as null', () => {
    expect(directiveKey('428-TB/TU', null, 2021)).toBe('doc:428-TB/TU|org:?|2021');
    expect(parseDirectiveKey('doc:428-TB/TU|org:?|2021')?.issuerKey).toBeNull();
  });
});

describe('orgNameKey and isUnknownAreaOrgKey', () => {
  it('folds the body, not who signs for it', () => {
    expect(orgNameKey({ name: 'Ban Thường vụ Huyện ủy An Lão', body: 'Huyện ủy An Lão' })).toBe('huyen-uy-an-lao');
    expect(orgNameKey({ name: 'Huyện ủy An Lão' })).toBe('huyen-uy-an-lao');
    expect(orgNameKey({ name: 'Đảng ủy thị trấn An Lão', body: null })).toBe('dang-uy-thi-tran-an-lao');
  });

  it('is the name part of the key of a body of unknown area', () => {
    const key = orgKey('Huyện ủy An Lão', null, 'doc-aad6f9fcc09c6565');
    expect(key).toBe('org:huyen-uy-an-lao@?doc-aad6f9fcc09c6565');
    expect(isUnknownAreaOrgKey(key)).toBe(true);
    expect(isUnknownAreaOrgKey('org:huyen-uy@d313')).toBe(false);
    expect(isUnknownAreaOrgKey('org:ubnd@2025.w20200')).toBe(false);
    expect(isUnknownAreaOrgKey('org:bo-chinh-tri')).toBe(false);
  });
});
