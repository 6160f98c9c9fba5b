import { describe, expect, it } from 'vitest';
import { parentOf } from '../../src/ingest/hierarchy.js';

const onNewMap = (key: string, collective = false) =>
  parentOf({ key, collective, area: { province: 'Đà Nẵng', provinceCode: '48', district: null, districtCode: null, ward: null, wardCode: null, map: '2025' } })?.key ?? null;

describe('PART_OF on the map after the reform', () => {
  it('puts a new phường’s head bodies under their province’s, with no district between', () => {
    expect(['org:dang-uy@2025.w20200', 'org:ubnd@2025.w20200', 'org:cong-an@2025.w20200'].map((k) => onNewMap(k)))
      .toEqual(['org:thanh-uy@2025.p48', 'org:ubnd@2025.p48', 'org:cong-an@2025.p48']);
  });

  it('keeps the key of a province the reform left unchanged (Hà Nội) and marks a merged one', () => {
    expect([onNewMap('org:dang-uy@2025.w00004'), onNewMap('org:dang-uy@2025.w20194')]).toEqual(['org:thanh-uy@p01', 'org:thanh-uy@2025.p48']);
  });

  it('puts a department under its head body of the same area, and a collective under the province', () => {
    expect([onNewMap('org:tram-y-te@2025.w20305'), onNewMap('org:van-phong-dang-uy@2025.w20305'), onNewMap('org:ubnd-cac-xa-phuong@2025.p48', true)])
      .toEqual(['org:ubnd@2025.w20305', 'org:dang-uy@2025.w20305', 'org:ubnd@2025.p48']);
  });

  it('gives a province’s own head body no parent, and an unknown code none', () => {
    expect([onNewMap('org:thanh-uy@2025.p48'), onNewMap('org:dang-uy@2025.w99999')]).toEqual([null, null]);
  });
});
