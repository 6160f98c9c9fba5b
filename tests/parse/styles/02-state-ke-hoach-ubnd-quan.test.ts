/**
 * Style 2: State Kế hoạch of a district UBND (quận Ninh Kiều, Cần Thơ) implementing a city Chỉ
 * thị ("Thực hiện Chỉ thị số 15/CT-UBND ... của UBND thành phố Cần Thơ"); sections I. II. III.,
 * items "1. <unit>" as headings whose points a) ... đ) (Vietnamese alphabet) are that unit's
 * tasks; a purpose section with no tasks; a cited plan of the district itself ("của Ủy ban nhân
 * dân quận"); KT. CHỦ TỊCH / PHÓ CHỦ TỊCH. Conventions: see harness.ts.
 */
import { describeStyle } from './harness.js';

const NINH_KIEU = { province: 'Cần Thơ', provinceCode: '92', district: 'Ninh Kiều', districtCode: '916', ward: null };
const PHONG_Y_TE = { name: 'Phòng Y tế quận Ninh Kiều', level: 'district' } as const;
const TTYT = { name: 'Trung tâm Y tế quận Ninh Kiều', level: 'district' } as const;
const UBND_CAC_PHUONG = { surfaceHas: 'Ủy ban nhân dân các phường', collective: true, level: 'ward' } as const;

describeStyle({
  file: '02-state-ke-hoach-ubnd-quan.txt',
  family: 'state',
  number: '120/KH-UBND',
  docType: 'Kế hoạch',
  issuer: {
    name: 'Ủy ban nhân dân quận Ninh Kiều',
    body: 'Ủy ban nhân dân quận Ninh Kiều',
    level: 'district',
    area: NINH_KIEU,
  },
  issuedOn: '2021-03-18',
  place: 'Ninh Kiều',
  title: 'Phòng, chống bệnh sốt xuất huyết trên địa bàn quận Ninh Kiều năm 2021',
  citations: [
    { number: '15/CT-UBND', docType: 'Chỉ thị', relation: 'implements', issuedOn: '2021-03-10', issuer: { name: 'Ủy ban nhân dân thành phố Cần Thơ', level: 'province' } },
    // "lồng ghép với Kế hoạch số 35/KH-UBND ... của Ủy ban nhân dân quận": a mention, and "quận" is Ninh Kiều.
    { number: '35/KH-UBND', docType: 'Kế hoạch', relation: 'cites', issuedOn: '2021-03-01', issuer: { name: 'Ủy ban nhân dân quận Ninh Kiều', level: 'district' } },
  ],
  assignments: [
    { clause: 'II.1.a', units: [{ ...PHONG_Y_TE, role: 'lead' }, { ...TTYT, role: 'support' }] },
    { clause: 'II.1.b', units: [PHONG_Y_TE] },
    { clause: 'II.2.a', units: [TTYT] },
    // "Phối hợp với Ủy ban nhân dân các phường ..." under the TTYT heading.
    { clause: 'II.2.b', units: [TTYT, { ...UBND_CAC_PHUONG, role: 'support' }] },
    // đ) is the letter after d) in the Vietnamese alphabet; "trước ngày 25 hằng tháng" recurs: no date.
    { clause: 'II.2.đ', units: [TTYT], deadline: null },
    { clause: 'II.3', units: [{ name: 'Phòng Văn hóa và Thông tin quận Ninh Kiều', level: 'district' }, { ...TTYT, role: 'support' }] },
    { clause: 'II.4.a', units: [UBND_CAC_PHUONG] },
    // "Chỉ đạo Trạm Y tế phường phối hợp với cộng tác viên ...": whether the trạm is listed is debatable.
    { clause: 'II.4.c', unitsInclude: [UBND_CAC_PHUONG] },
    { clause: 'III', units: [{ ...PHONG_Y_TE, role: 'lead' }], deadline: '2021-12-15' },
  ],
  noAssignmentsUnder: ['I'],
  signer: { name: 'Nguyễn Thị Thu Hà', capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH' },
});
