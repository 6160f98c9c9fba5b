/**
 * Style 12: after the 2025 reform (two-tier local government from 1/7/2025): a State Kế hoạch of
 * a commune UBND of a merged province (xã Tam Nông, tỉnh Phú Thọ, 2025-09-12). The header names
 * only "XÃ TAM NÔNG"; the province comes from the body ("Ủy ban nhân dân tỉnh Phú Thọ"). There is
 * no district: the pre-2025 gazetteer has a HUYỆN Tam Nông in Phú Thọ (and one in Đồng Tháp),
 * which must not be taken as this commune's district. New commune bodies: "Văn phòng Hội đồng
 * nhân dân và Ủy ban nhân dân xã", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội". No area codes are
 * expected (the gazetteer predates the commune). Conventions: see harness.ts.
 */
import { describeStyle } from './harness.js';

const TAM_NONG = { province: 'Phú Thọ', district: null, districtCode: null, ward: 'Tam Nông' };
const VAN_PHONG = { name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Tam Nông', level: 'ward' } as const;
const CONG_AN_XA = { name: 'Công an xã Tam Nông', level: 'ward' } as const;

describeStyle({
  file: '12-state-ke-hoach-ubnd-xa-sau-sap-xep.txt',
  family: 'state',
  number: '85/KH-UBND',
  docType: 'Kế hoạch',
  issuer: { name: 'Ủy ban nhân dân xã Tam Nông', body: 'Ủy ban nhân dân xã Tam Nông', level: 'ward', area: TAM_NONG },
  issuedOn: '2025-09-12',
  place: 'Tam Nông',
  title: 'Đẩy mạnh cung cấp dịch vụ công trực tuyến và chuyển đổi số trên địa bàn xã Tam Nông năm 2025',
  citations: [
    { number: '215/KH-UBND', docType: 'Kế hoạch', relation: 'implements', issuedOn: '2025-08-25', issuer: { name: 'Ủy ban nhân dân tỉnh Phú Thọ', level: 'province' } },
  ],
  assignments: [
    { clause: 'II.1', units: [{ ...VAN_PHONG, role: 'lead' }, { ...CONG_AN_XA, role: 'support' }], deadline: '2025-11-30' },
    {
      clause: 'II.2',
      units: [
        { name: 'Phòng Kinh tế xã Tam Nông', level: 'ward', role: 'lead' },
        { name: 'Phòng Văn hóa - Xã hội xã Tam Nông', level: 'ward', role: 'support' },
      ],
    },
    { clause: 'II.3', units: [{ ...CONG_AN_XA, role: 'assigned' }] },
    { clause: 'III', units: [{ ...VAN_PHONG, role: 'assigned' }], deadline: '2025-12-15' },
  ],
  noAssignmentsUnder: ['I'],
  signer: { name: 'Hà Văn Thắng', capacity: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' },
});
