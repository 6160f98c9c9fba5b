/**
 * Style 7: Party Công văn of a Huyện ủy (Như Thanh, Thanh Hóa): "ĐẢNG BỘ TỈNH THANH HÓA / HUYỆN
 * ỦY NHƯ THANH / *", "Số 234-CV/HU" with the "V/v ..." block under it (two lines) and the date
 * line after it, Kính gửi, a cited "Ban Thường vụ Tỉnh ủy" that is Thanh Hóa's (from the superior
 * header line), "cấp IV, cấp V" (Roman numerals inside a sentence, not sections), a shared
 * "các xã, thị trấn" distributed over "Đảng ủy, Ủy ban nhân dân", K/T BÍ THƯ / PHÓ BÍ THƯ.
 * Conventions: see harness.ts.
 */
import { describeStyle } from './harness.js';

const NHU_THANH = { province: 'Thanh Hóa', provinceCode: '38', district: 'Như Thanh', districtCode: '403', ward: null };

describeStyle({
  file: '07-party-cong-van-huyen-uy.txt',
  family: 'party',
  number: '234-CV/HU',
  docType: 'Công văn',
  // name not asserted: signed "K/T BÍ THƯ" while the text says "Thường trực Huyện ủy yêu cầu";
  // whether the signing name is "Thường trực Huyện ủy Như Thanh" or the Huyện ủy is a convention.
  issuer: { body: 'Huyện ủy Như Thanh', level: 'district', area: NHU_THANH },
  issuedOn: '2022-04-20',
  place: 'Như Thanh',
  title: 'V/v triển khai công tác phòng cháy, chữa cháy rừng mùa khô năm 2022',
  citations: [
    { number: '1056-CV/TU', docType: 'Công văn', relation: 'implements', issuedOn: '2022-04-12', issuer: { name: 'Ban Thường vụ Tỉnh ủy Thanh Hóa', level: 'province' } },
  ],
  assignments: [
    {
      // The addressee directs; the forest rangers lead; police and military support.
      clause: '2',
      // "Ủy ban nhân dân huyện chỉ đạo Hạt Kiểm lâm huyện chủ trì, phối hợp với …": the Huyện ủy
      // assigns the task to the UBND, whom it tells to direct its agencies; they are not its units.
      units: [{ name: 'Ủy ban nhân dân huyện Như Thanh', level: 'district' }],
    },
    {
      clause: '3',
      unitsInclude: [
        { surfaceHas: 'Đảng ủy', collective: true, level: 'ward', area: { districtCode: '403' } },
        { surfaceHas: 'Ủy ban nhân dân', collective: true, level: 'ward', area: { districtCode: '403' } },
      ],
    },
    {
      clause: '4',
      unitsInclude: [
        { name: 'Ủy ban Mặt trận Tổ quốc huyện Như Thanh', level: 'district' },
        { surfaceHas: 'đoàn thể chính trị - xã hội', collective: true },
      ],
    },
  ],
  signer: { name: 'Lê Văn Hải', capacity: 'K/T BÍ THƯ', position: 'PHÓ BÍ THƯ' },
});
