/**
 * Style 14: a commune UBND's Phương án (PA, one of NĐ 30/2020's types) under a two-line header
 * (district UBND above the commune's), standing on a district Đề án (ĐA) and implementing a
 * district plan; xã Bình Hải, huyện Thăng Bình, Quảng Nam. Both types are record types of their
 * own: a user filtering `docType` asks for them by name. Conventions: see harness.ts.
 */
import { describeStyle } from './harness.js';

const BINH_HAI = { province: 'Quảng Nam', provinceCode: '49', district: 'Thăng Bình', districtCode: '513', ward: 'Bình Hải' };
const UBND_HUYEN = { name: 'Ủy ban nhân dân huyện Thăng Bình', level: 'district' } as const;

describeStyle({
  file: '14-state-phuong-an-ubnd-xa.txt',
  family: 'state',
  number: '14/PA-UBND',
  docType: 'Phương án',
  issuer: { name: 'Ủy ban nhân dân xã Bình Hải', body: 'Ủy ban nhân dân xã Bình Hải', level: 'ward', area: BINH_HAI },
  issuedOn: '2024-09-09',
  place: 'Bình Hải',
  title: 'Sơ tán dân ven biển khi có bão mạnh, siêu bão năm 2024',
  citations: [
    { number: '03/ĐA-UBND', docType: 'Đề án', relation: 'basis', issuedOn: '2024-03-15', issuer: UBND_HUYEN },
    { number: '126/KH-UBND', docType: 'Kế hoạch', relation: 'implements', issuedOn: '2024-08-20', issuer: UBND_HUYEN },
  ],
  assignments: [
    {
      clause: 'II.1',
      units: [
        { name: 'Công an xã Bình Hải', level: 'ward', role: 'lead' },
        { name: 'Ban Chỉ huy Quân sự xã Bình Hải', level: 'ward', role: 'support' },
      ],
    },
    { clause: 'II.2', units: [{ name: 'Trạm Y tế xã Bình Hải', level: 'ward' }] },
    { clause: 'III', units: [{ name: 'Văn phòng - Thống kê xã Bình Hải', level: 'ward' }], deadline: '2024-09-30' },
  ],
  noAssignmentsUnder: ['I'],
  signer: { name: 'Phan Văn Lộc', capacity: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' },
});
