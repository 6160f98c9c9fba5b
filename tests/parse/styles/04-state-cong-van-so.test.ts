/**
 * Style 4: State Công văn of a province department (Sở Y tế Khánh Hòa): "Số: 1234/SYT-NVY"
 * (công văn: no type code), "V/v ..." under the number and before the date line, a Kính gửi
 * list of province units and collective district units, two implemented documents chained by
 * ";" after one "Thực hiện", tasks by sentence subject and by "Đề nghị", KT. GIÁM ĐỐC.
 * Conventions: see harness.ts.
 */
import { describeStyle } from './harness.js';

const KHANH_HOA = { province: 'Khánh Hòa', provinceCode: '56', district: null, ward: null };
const CDC = { name: 'Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa', level: 'province' } as const;
const BVDK = { name: 'Bệnh viện Đa khoa tỉnh Khánh Hòa', level: 'province' } as const;
const TTYT_HUYEN = { surfaceHas: 'Trung tâm Y tế các huyện', collective: true, level: 'district' } as const;
const PYT_HUYEN = { surfaceHas: 'Phòng Y tế các huyện', collective: true, level: 'district' } as const;

describeStyle({
  file: '04-state-cong-van-so.txt',
  family: 'state',
  number: '1234/SYT-NVY',
  docType: 'Công văn',
  issuer: { name: 'Sở Y tế tỉnh Khánh Hòa', body: 'Sở Y tế tỉnh Khánh Hòa', level: 'province', area: KHANH_HOA },
  issuedOn: '2024-09-09',
  place: 'Khánh Hòa',
  title: 'V/v triển khai chiến dịch tiêm vắc xin phòng bệnh sởi năm 2024',
  kinhGui: [CDC, BVDK, TTYT_HUYEN, PYT_HUYEN],
  citations: [
    { number: '4817/BYT-DP', docType: 'Công văn', relation: 'implements', issuedOn: '2024-08-30', issuer: { name: 'Bộ Y tế', level: 'central' } },
    // Second object of the same "Thực hiện", after ";"; "Ủy ban nhân dân tỉnh" is Khánh Hòa's.
    { number: '2550/KH-UBND', docType: 'Kế hoạch', relation: 'implements', issuedOn: '2024-09-05', issuer: { name: 'Ủy ban nhân dân tỉnh Khánh Hòa', level: 'province' } },
  ],
  assignments: [
    { clause: '1', units: [{ ...CDC, role: 'lead' }, { ...TTYT_HUYEN, role: 'support' }], deadline: '2024-09-30' },
    { clause: '2', units: [{ ...BVDK, role: 'assigned' }] },
    // "... tham mưu UBND cấp huyện chỉ đạo UBND cấp xã phối hợp ...": the further levels are debatable.
    { clause: '3', unitsInclude: [PYT_HUYEN] },
  ],
  signer: { name: 'Lê Văn Thành', capacity: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC' },
});
