/**
 * Style 11: dates in other shapes, on a Party Thông báo kết luận of a Tỉnh ủy (Hà Tĩnh, 2025):
 * hyphenated Party dates in citations ("ngày 01-10-1997", "ngày 03-4-2018", "ngày 08-11-2019")
 * and in a deadline ("trước ngày 31-12-2025"), the meeting date only as a parenthesised line
 * under the title "(Ngày 11 tháng 9 năm 2025)", decimal sub-items "2.1." "2.2.", a Party "QĐ"
 * that is a Quyết định by its words, "Đảng ủy Ủy ban nhân dân tỉnh" (a 2025 body), T/L BAN
 * THƯỜNG VỤ / CHÁNH VĂN PHÒNG. Conventions: see harness.ts.
 */
import { describeStyle } from './harness.js';

const HA_TINH = { province: 'Hà Tĩnh', provinceCode: '42', district: null, ward: null };

describeStyle({
  file: '11-party-thong-bao-ket-luan-dates.txt',
  family: 'party',
  number: '512-TB/TU',
  docType: 'Thông báo kết luận',
  issuer: { name: 'Ban Thường vụ Tỉnh ủy Hà Tĩnh', body: 'Tỉnh ủy Hà Tĩnh', level: 'province', area: HA_TINH },
  issuedOn: '2025-09-15',
  meetingOn: '2025-09-11',
  place: 'Hà Tĩnh',
  // title not asserted, for the same reason as style 8 (which lines of the block form the trích yếu).
  citations: [
    // "so với yêu cầu tại Kết luận số 12-KL/TU ...": measured against, not carried out by this notice.
    { number: '12-KL/TU', docType: 'Kết luận', relation: 'cites', issuedOn: '2019-11-08', issuer: { name: 'Ban Thường vụ Tỉnh ủy Hà Tĩnh', level: 'province' } },
    // Relations of the two standing rules in task 2.1 ("tiếp tục thực hiện nghiêm") are not asserted.
    { number: '31-QĐ/TW', docType: 'Quyết định', issuedOn: '1997-10-01', issuer: { name: 'Bộ Chính trị', level: 'central' } },
    { number: '36-HD/VPTW', docType: 'Hướng dẫn', issuedOn: '2018-04-03', issuer: { name: 'Văn phòng Trung ương Đảng', level: 'central' } },
  ],
  assignments: [
    // "Các cấp ủy, tổ chức đảng trực thuộc Tỉnh ủy": collective; the Tỉnh ủy is the qualifier.
    { clause: '2.1', everyUnit: { collective: true }, unitsExclude: [{ name: 'Tỉnh ủy Hà Tĩnh' }] },
    {
      clause: '2.2',
      units: [
        { name: 'Văn phòng Tỉnh ủy Hà Tĩnh', level: 'province', role: 'lead' },
        { name: 'Sở Nội vụ tỉnh Hà Tĩnh', level: 'province', role: 'support' },
      ],
      deadline: '2025-12-31',
    },
    { clause: '2.3', units: [{ name: 'Đảng ủy Ủy ban nhân dân tỉnh Hà Tĩnh', level: 'province', role: 'assigned' }] },
  ],
  // Item 1 is the evaluation.
  noAssignmentsUnder: ['1'],
  signer: { name: 'Nguyễn Văn Bình', capacity: 'T/L BAN THƯỜNG VỤ', position: 'CHÁNH VĂN PHÒNG' },
});
