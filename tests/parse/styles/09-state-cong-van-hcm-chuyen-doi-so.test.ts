/**
 * Style 9: another province and topic (Quận 3, Thành phố Hồ Chí Minh; digital transformation):
 * a district named by a number ("QUẬN 3", place "Quận 3"), a citation whose date and issuer come
 * BEFORE it ("Ngày 02 tháng 6 năm 2023, Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành Chỉ thị
 * số 05/CT-UBND ..."; that date is neither the issue date nor a meeting), "Tiếp theo Công văn số
 * 1580 ... về triển khai văn bản nêu trên" (back-reference inside a cited subject), "Kế hoạch
 * 3410/KH-UBND" without "số" and without date, a later short form "Chỉ thị 05", "Phúc đáp Công
 * văn số 3345/STTTT-CĐS ...". Conventions: see harness.ts.
 */
import { describeStyle } from './harness.js';

const QUAN_3 = { province: 'Hồ Chí Minh', provinceCode: '79', district: 'Quận 3', districtCode: '770', ward: null };
const UBND_HCM = { name: 'Ủy ban nhân dân Thành phố Hồ Chí Minh', level: 'province' } as const;
const PHONG_VHTT = { name: 'Phòng Văn hóa và Thông tin Quận 3', level: 'district' } as const;

describeStyle({
  file: '09-state-cong-van-hcm-chuyen-doi-so.txt',
  family: 'state',
  number: '2105/UBND-VP',
  docType: 'Công văn',
  issuer: { name: 'Ủy ban nhân dân Quận 3', body: 'Ủy ban nhân dân Quận 3', level: 'district', area: QUAN_3 },
  issuedOn: '2023-09-26',
  meetingOn: null,
  place: 'Quận 3',
  title: 'V/v tiếp tục triển khai Chỉ thị số 05/CT-UBND của Ủy ban nhân dân Thành phố về đẩy mạnh chuyển đổi số trong cơ quan nhà nước',
  citations: [
    // Implemented: the subject line says "tiếp tục triển khai Chỉ thị số 05/CT-UBND"; "Chỉ thị 05" later is the same.
    { number: '05/CT-UBND', docType: 'Chỉ thị', relation: 'implements', issuedOn: '2023-06-02', issuer: UBND_HCM },
    // "Tiếp theo" this district's own earlier letter: a follow-up, not an implementation.
    { number: '1580/UBND-VP', docType: 'Công văn', relation: 'cites', issuedOn: '2023-07-14', issuer: { name: 'Ủy ban nhân dân Quận 3', level: 'district' } },
    // "văn bản nêu trên" in 1580's subject is Chỉ thị 05 (the only document named before it).
    { number: '05/CT-UBND', citedBy: '1580/UBND-VP', relation: 'implements' },
    { number: '3410/KH-UBND', docType: 'Kế hoạch', relation: 'implements', issuedOn: null, issuer: UBND_HCM },
    // Relation of a "Phúc đáp" (reply) is not asserted; the Sở is the city's.
    { number: '3345/STTTT-CĐS', docType: 'Công văn', issuedOn: '2023-09-20', issuer: { name: 'Sở Thông tin và Truyền thông Thành phố Hồ Chí Minh', level: 'province' } },
  ],
  assignments: [
    { clause: '1', units: [{ ...PHONG_VHTT, role: 'lead' }, { name: 'Văn phòng Ủy ban nhân dân Quận 3', level: 'district', role: 'support' }] },
    { clause: '2', units: [{ name: 'Phòng Nội vụ Quận 3', level: 'district', role: 'assigned' }] },
    { clause: '3', units: [{ surfaceHas: 'Ủy ban nhân dân 12 phường', collective: true, level: 'ward', area: { districtCode: '770' } }] },
    { clause: '4', units: [{ ...PHONG_VHTT, role: 'assigned' }], deadline: '2023-10-10' },
  ],
  signer: { name: 'Trương Minh Tuấn', capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH' },
});
