import { describe, expect, it } from 'vitest';
import { parentOf } from '../../src/ingest/hierarchy.js';
import { orgKey } from '../../src/model/keys.js';
import type { Area } from '../../src/model/record.js';
import { AREAS, area } from './factories.js';

/** PART_OF targets, one row per kind of unit (real gazetteer codes). */
describe('parentOf', () => {
  it.each([
    // departments of a UBND, same area
    ['phòng văn hóa và thông tin', AREAS.thanhXuan, false, 'org:ubnd@d009', 'gazetteer'],
    ['trung tâm y tế', AREAS.thanhXuan, false, 'org:ubnd@d009', 'gazetteer'],
    ['trạm y tế', AREAS.hoaMinh, false, 'org:ubnd@w20200', 'gazetteer'],
    // advisory bodies of a party committee: the committee of that kind of district
    ['văn phòng quận ủy', AREAS.haiBaTrung, false, 'org:quan-uy@d007', 'gazetteer'],
    ['ban tuyên giáo', AREAS.haiBaTrung, false, 'org:quan-uy@d007', 'gazetteer'],
    ['thường trực quận ủy', AREAS.haiBaTrung, false, 'org:quan-uy@d007', 'gazetteer'],
    ['ban thường vụ đảng ủy', AREAS.hoaMinh, false, 'org:dang-uy@w20200', 'gazetteer'],
    ['các chi bộ trực thuộc đảng ủy', AREAS.hoaMinh, true, 'org:dang-uy@w20200', 'gazetteer'],
    ['thường trực thành ủy', AREAS.hanoi, false, 'org:thanh-uy@p01', 'gazetteer'],
    ['trung tâm chính trị', AREAS.haiBaTrung, false, 'org:quan-uy@d007', 'gazetteer'],
    ['thường trực hđnd', AREAS.thanhXuan, false, 'org:hdnd@d009', 'gazetteer'],
    // a ward's head bodies sit in the district's; a district's in the city's
    ['ubnd', AREAS.hoaMinh, false, 'org:ubnd@d490', 'gazetteer'],
    ['đảng ủy', AREAS.hoaMinh, false, 'org:quan-uy@d490', 'gazetteer'],
    ['công an', AREAS.hoaMinh, false, 'org:cong-an@d490', 'gazetteer'],
    ['ubnd', AREAS.haiBaTrung, false, 'org:ubnd@p01', 'gazetteer'],
    ['quận ủy', AREAS.haiBaTrung, false, 'org:thanh-uy@p01', 'gazetteer'],
    // a rural district has a Huyện ủy; a province (not a city) a Tỉnh ủy
    ['đảng ủy', area('Thành phố Hà Nội', '01', 'Huyện Sóc Sơn', '016', 'Xã Bắc Sơn', '00376'), false, 'org:huyen-uy@d016', 'gazetteer'],
    ['huyện ủy', area('Tỉnh Quảng Ninh', '22', 'Huyện Vân Đồn', '203'), false, 'org:tinh-uy@p22', 'gazetteer'],
    // "UBND 11 phường": the wards' committees as one collective unit of the district
    ['ubnd phường', AREAS.thanhXuan, true, 'org:ubnd@d009', 'gazetteer'],
    ['đảng ủy các phường', AREAS.thanhXuan, true, 'org:quan-uy@d009', 'gazetteer'],
    ['công an các phường', AREAS.haiBaTrung, true, 'org:cong-an@d007', 'gazetteer'],
  ])('%s in %j -> %s', (kind, where, collective, key, rule) => {
    expect(parentOf({ key: orgKey(kind, where), area: where, collective })).toEqual({ key, rule });
  });

  it.each<[string, Area | null, string]>([
    ['ubnd', AREAS.hanoi, 'a province is the top of the local tree'],
    ['quận ủy', null, 'an unknown area has no parent'],
    ['hội đồng thi đua khen thưởng', null, 'nor does a department of unknown area'],
    ['chính phủ', null, 'central bodies have no area'],
  ])('%s in %j has no parent (%s)', (kind, where) => {
    expect(parentOf({ key: orgKey(kind, where, 'doc-1'), area: where, collective: false })).toBeNull();
  });
});
