/**
 * Style 6: Party Hướng dẫn of an advisory body of a Tỉnh ủy (Ban Tuyên giáo Tỉnh ủy Nghệ An):
 * "TỈNH ỦY NGHỆ AN / BAN TUYÊN GIÁO / *", "Số: 15-HD/BTGTU" (with colon), dates inside the title
 * "(19/5/1890 - 19/5/2024)" that are not the issue date, two implemented documents (a Central
 * Hướng dẫn, a Tỉnh ủy Kế hoạch), a parenthesised mention "(Chỉ thị số 05-CT/TW ...)", item
 * headings followed by a paragraph, "căn cứ Hướng dẫn này" (self, lower case), K/T TRƯỞNG BAN.
 * Conventions: see harness.ts.
 */
import { describeStyle } from './harness.js';

const NGHE_AN = { province: 'Nghệ An', provinceCode: '40', district: null, ward: null };
const BTG_HUYEN = { surfaceHas: 'Ban Tuyên giáo các huyện ủy', collective: true, level: 'district' } as const;
// "Ban Tuyên giáo các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy": "Ban Tuyên giáo"
// applies to every committee listed (the committees themselves are not assigned), all one level
// below the Tỉnh ủy; the Tỉnh ủy is a qualifier, not an assignee.
const BTG_EVERY = { collective: true, level: 'district', nameHas: 'Ban Tuyên giáo' } as const;
const NOT_TINH_UY = [{ name: 'Tỉnh ủy Nghệ An' }];

describeStyle({
  file: '06-party-huong-dan-ban-tuyen-giao.txt',
  family: 'party',
  number: '15-HD/BTGTU',
  docType: 'Hướng dẫn',
  // body not asserted: whether the organisation of a Ban Tuyên giáo document is the Ban itself
  // (it keeps its own number series) or the Tỉnh ủy is a modelling choice.
  issuer: { name: 'Ban Tuyên giáo Tỉnh ủy Nghệ An', level: 'province', area: NGHE_AN },
  issuedOn: '2024-04-02',
  place: 'Nghệ An',
  title: 'tuyên truyền kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024)',
  citations: [
    { number: '128-HD/BTGTW', docType: 'Hướng dẫn', relation: 'implements', issuedOn: '2024-03-15', issuer: { name: 'Ban Tuyên giáo Trung ương', level: 'central' } },
    // "của Ban Thường vụ Tỉnh ủy" in a Nghệ An document.
    { number: '320-KH/TU', docType: 'Kế hoạch', relation: 'implements', issuedOn: '2024-03-20', issuer: { name: 'Ban Thường vụ Tỉnh ủy Nghệ An', level: 'province' } },
    // Named in parentheses as the frame of the models to present: a mention.
    { number: '05-CT/TW', docType: 'Chỉ thị', relation: 'cites', issuedOn: '2016-05-15', issuer: { name: 'Bộ Chính trị', level: 'central' } },
  ],
  assignments: [
    // "từ ngày 01/5/2024 đến ngày 20/5/2024" is a period, not a deadline: not asserted.
    // "Báo Nghệ An" already carries its province; "Đài ... tỉnh" must be resolved to Nghệ An.
    { clause: 'III.1', units: [{ surfaceHas: 'Báo Nghệ An' }, { name: 'Đài Phát thanh và Truyền hình tỉnh Nghệ An', level: 'province' }] },
    {
      clause: 'III.2',
      units: [
        { name: 'Sở Văn hóa và Thể thao tỉnh Nghệ An', level: 'province', role: 'lead' },
        { name: 'Ủy ban nhân dân thành phố Vinh', level: 'district', role: 'support', area: { province: 'Nghệ An', districtCode: '412' } },
      ],
    },
    { clause: 'III.3', unitsInclude: [BTG_HUYEN], everyUnit: BTG_EVERY, unitsExclude: NOT_TINH_UY },
    { clause: 'IV.1', unitsInclude: [BTG_HUYEN], everyUnit: BTG_EVERY, unitsExclude: NOT_TINH_UY, deadline: '2024-05-25' },
    { clause: 'IV.2', unitsInclude: [{ name: 'Ủy ban Mặt trận Tổ quốc tỉnh Nghệ An', level: 'province' }] },
  ],
  noAssignmentsUnder: ['I', 'II'],
  signer: { name: 'Hồ Thị Lan', capacity: 'K/T TRƯỞNG BAN', position: 'PHÓ TRƯỞNG BAN' },
});
