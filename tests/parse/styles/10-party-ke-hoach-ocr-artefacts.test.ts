/**
 * Style 10: OCR / export artefacts on a Party Kế hoạch of a Huyện ủy (Thủy Nguyên, Hải Phòng):
 * markdown debris ("**...**", "#", "##", "###", "*...*" around the date line), old tone-mark
 * placement throughout ("HUYỆN UỶ THUỶ NGUYÊN", "Hoà Bình", "Thuỷ Đường"; the gazetteer itself
 * spells them the old way), one word in decomposed Unicode (NFD "Thuỷ" in "Thuỷ Đường"),
 * spaces inside numbers ("Số 05 - KH/HU", "10 - CT/TU", "44 /2005/QĐ-UBND"), a page number "2"
 * alone between blank lines in the middle of the sentence of item II.2 (its deadline is after
 * the break), "căn cứ Kế hoạch này" (self). Conventions: see harness.ts.
 */
import { describeStyle } from './harness.js';

const THUY_NGUYEN = { province: 'Hải Phòng', provinceCode: '31', district: 'Thủy Nguyên', districtCode: '311', ward: null };

describeStyle({
  file: '10-party-ke-hoach-ocr-artefacts.txt',
  family: 'party',
  number: '05-KH/HU',
  docType: 'Kế hoạch',
  issuer: { name: 'Ban Thường vụ Huyện ủy Thủy Nguyên', body: 'Huyện ủy Thủy Nguyên', level: 'district', area: THUY_NGUYEN },
  issuedOn: '2019-01-06',
  place: 'Thủy Nguyên',
  title: 'Triển khai công tác quản lý đất đai, trật tự xây dựng năm 2019',
  citations: [
    { number: '44/2005/QĐ-UBND', docType: 'Quyết định', relation: 'basis', issuedOn: '2005-01-10', issuer: { name: 'Ủy ban nhân dân thành phố Hải Phòng', level: 'province' } },
    { number: '10-CT/TU', docType: 'Chỉ thị', relation: 'implements', issuedOn: '2018-12-25', issuer: { name: 'Ban Thường vụ Thành ủy Hải Phòng', level: 'province' } },
  ],
  assignments: [
    {
      clause: 'II.1',
      // "Uỷ ban nhân dân huyện chỉ đạo Phòng Tài nguyên và Môi trường chủ trì, …": the task is the
      // UBND's; the offices it is to direct are not units of the Huyện ủy's plan.
      units: [{ name: 'Ủy ban nhân dân huyện Thủy Nguyên', level: 'district' }],
      deadline: '2019-06-30',
    },
    {
      // The sentence continues after the page number: "báo cáo kết quả [2] về ... trước ngày 15/4/2019".
      clause: 'II.2',
      units: [
        { name: 'Đảng ủy xã Hòa Bình', level: 'ward', area: { districtCode: '311', wardCode: '11527' } },
        { name: 'Đảng ủy xã Thủy Đường', level: 'ward', area: { districtCode: '311', wardCode: '11563' } },
      ],
      deadline: '2019-04-15',
    },
    {
      clause: 'II.3',
      units: [
        { name: 'Ủy ban Kiểm tra Huyện ủy Thủy Nguyên', level: 'district' },
        { name: 'Văn phòng Huyện ủy Thủy Nguyên', level: 'district', role: 'support' },
      ],
    },
    {
      // "Văn phòng Huyện uỷ theo dõi, ..., báo cáo Ban Thường vụ Huyện uỷ": the Ban Thường vụ
      // receives the report; it is not assigned (the "Các chi bộ, đảng bộ" task shares the clause).
      clause: 'III',
      unitsInclude: [{ name: 'Văn phòng Huyện ủy Thủy Nguyên' }],
      unitsExclude: [{ name: 'Ban Thường vụ Huyện ủy Thủy Nguyên' }],
    },
  ],
  noAssignmentsUnder: ['I'],
  // The lone "2" is a page number, not an item: every task is in section II or III.
  allClausesUnder: ['II', 'III'],
  signer: { name: 'Đỗ Mạnh Hiến', capacity: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ' },
});
