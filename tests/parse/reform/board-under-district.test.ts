import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.js';

/**
 * A board under a district people's committee's header ("UBND HUYỆN NGHI LỘC / BAN CHỈ ĐẠO …") on a document
 * dated after 1 July 2025, when districts no longer exist: the district is on no map of that date, and the board
 * came out as "Ban Chỉ đạo … quận" with no place (webhead34). It is read as the committee above it is: the district
 * as printed, its key kept with the document, with a warning (docs/domain.md §7). Texts written for this test.
 */

const board = (district: string, town: string, boardLine: string, date: string) => [
  'ỦY BAN NHÂN DÂN', `HUYỆN ${district}`, boardLine, '-------', 'Số: 27/KH-BCĐ',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', `${town}, ${date}`, '',
  'KẾ HOẠCH', 'Ra quân vệ sinh môi trường sau mưa lũ', '', 'Các xã, thị trấn huy động lực lượng dọn bùn đất tại trường học và trạm y tế.',
].join('\n');

const issuerOf = (text: string) => {
  const r = parseDocument(text);
  return { name: r.issuer?.name ?? null, level: r.issuer?.level ?? null, key: r.issuer?.key ?? null, area: r.issuer?.area ?? null, warnings: r.warnings.map((w) => w.code) };
};

describe('a board under a district header after the 2025 reform', () => {
  it('keeps the printed huyện: "UBND HUYỆN NGHI LỘC / BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI", dated September 2025', () => {
    const r = issuerOf(board('NGHI LỘC', 'Nghi Lộc', 'BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI', 'ngày 22 tháng 9 năm 2025'));
    expect(r).toEqual({
      name: 'Ban Chỉ đạo phòng, chống thiên tai huyện Nghi Lộc', level: 'district', key: expect.stringMatching(/^org:ban-chi-dao-phong-chong-thien-tai-huyen-nghi-loc@\?doc-[0-9a-f]{16}$/u),
      area: { province: null, provinceCode: null, district: 'Nghi Lộc', districtCode: null, ward: null, wardCode: null },
      warnings: ['UNIT_UNRESOLVED', 'DISTRICT_AFTER_REFORM'],
    });
  });

  it('a board named by a number, under another district: "UBND HUYỆN THẠCH HÀ / BAN CHỈ ĐẠO 389", dated 2026', () => {
    const r = issuerOf(board('THẠCH HÀ', 'Thạch Hà', 'BAN CHỈ ĐẠO 389', 'ngày 05 tháng 01 năm 2026'));
    expect([r.name, r.level, r.area?.district, r.warnings]).toEqual(['Ban Chỉ đạo 389 huyện Thạch Hà', 'district', 'Thạch Hà', ['UNIT_UNRESOLVED', 'DISTRICT_AFTER_REFORM']]);
  });

  it('is unchanged before the reform: the same board dated June 2025 is placed on the old map', () => {
    const r = issuerOf(board('NGHI LỘC', 'Nghi Lộc', 'BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI', 'ngày 16 tháng 6 năm 2025'));
    expect([r.name, r.key, r.area?.province, r.warnings]).toEqual(['Ban Chỉ đạo phòng, chống thiên tai huyện Nghi Lộc', expect.stringMatching(/^org:ban-chi-dao-phong-chong-thien-tai@d\d{3}$/u), 'Nghệ An', []]);
  });
});
