/**
 * Style 5: Party Kế hoạch of a Tỉnh ủy (Quảng Ninh): "TỈNH ỦY QUẢNG NINH / *", "Số 86-KH/TU"
 * (no colon), month with a leading zero ("tháng 02"), the implemented Central resolution in the
 * title and in the opening "Thực hiện Nghị quyết số 30-NQ/TW ... của Bộ Chính trị (sau đây gọi
 * tắt là Nghị quyết 30)", later short forms "Nghị quyết 30" and bare "Nghị quyết", Party
 * markers "I-" / "1-", T/M BAN THƯỜNG VỤ / BÍ THƯ. Conventions: see harness.ts.
 */
import { describeStyle } from './harness.js';

const QUANG_NINH = { province: 'Quảng Ninh', provinceCode: '22', district: null, ward: null };

describeStyle({
  file: '05-party-ke-hoach-tinh-uy.txt',
  family: 'party',
  number: '86-KH/TU',
  docType: 'Kế hoạch',
  issuer: { name: 'Ban Thường vụ Tỉnh ủy Quảng Ninh', body: 'Tỉnh ủy Quảng Ninh', level: 'province', area: QUANG_NINH },
  issuedOn: '2023-02-15',
  place: 'Quảng Ninh',
  title:
    'thực hiện Nghị quyết số 30-NQ/TW, ngày 23/11/2022 của Bộ Chính trị về phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng đồng bằng sông Hồng đến năm 2030, tầm nhìn đến năm 2045',
  citations: [
    // One entry: the title, the opening sentence and every "Nghị quyết 30" are the same document.
    { number: '30-NQ/TW', docType: 'Nghị quyết', relation: 'implements', issuedOn: '2022-11-23', issuer: { name: 'Bộ Chính trị', level: 'central' } },
  ],
  assignments: [
    {
      // "hoàn thành trong quý II năm 2023" is a quarter, not a day: deadline not asserted.
      clause: 'II.1',
      units: [
        { name: 'Ban Tuyên giáo Tỉnh ủy Quảng Ninh', level: 'province', role: 'lead' },
        { name: 'Ban Tổ chức Tỉnh ủy Quảng Ninh', level: 'province', role: 'support' },
        // A proper name (the province's political school): whether an area is appended is a convention.
        { surfaceHas: 'Trường Chính trị Nguyễn Văn Cừ', role: 'support' },
      ],
    },
    { clause: 'II.2', units: [{ name: 'Ban cán sự đảng Ủy ban nhân dân tỉnh Quảng Ninh', level: 'province', role: 'assigned' }] },
    { clause: 'II.3', units: [{ name: 'Đảng đoàn Hội đồng nhân dân tỉnh Quảng Ninh', level: 'province', role: 'assigned' }] },
    {
      // "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy": one collective or four; either way collective.
      clause: 'II.4',
      unitsInclude: [{ surfaceHas: 'huyện ủy', collective: true, level: 'district' }],
      // All are committees one level below the Tỉnh ủy; "trực thuộc Tỉnh ủy" qualifies them and
      // does not make the Tỉnh ủy itself an assignee.
      everyUnit: { collective: true, level: 'district' },
      unitsExclude: [{ name: 'Tỉnh ủy Quảng Ninh' }],
      deadline: '2023-06-30',
    },
    { clause: 'III.1', units: [{ name: 'Văn phòng Tỉnh ủy Quảng Ninh', level: 'province', role: 'assigned' }] },
    {
      clause: 'III.2',
      units: [
        { name: 'Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh', level: 'province', role: 'lead' },
        { surfaceHas: 'ban xây dựng Đảng', collective: true, role: 'support' },
      ],
    },
  ],
  noAssignmentsUnder: ['I'],
  signer: { name: 'Phạm Đức Thành', capacity: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ' },
});
