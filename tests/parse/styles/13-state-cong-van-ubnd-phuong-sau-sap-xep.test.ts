/**
 * Style 13 (written after a held-out probe): a post-2025 WARD (phường Hoàn Kiếm, Hà Nội) whose
 * name is that of a pre-2025 DISTRICT in the gazetteer (quận Hoàn Kiếm), which must not become
 * its district. The header is compact: the one-line "V/v ..." is followed directly by the date
 * line, with no blank line between them. A post-2025 ward unit whose name holds a comma
 * ("Phòng Kinh tế, Hạ tầng và Đô thị phường"). Conventions: see harness.ts.
 */
import { describeStyle } from './harness.js';

const HOAN_KIEM = { province: 'Hà Nội', district: null, districtCode: null, ward: 'Hoàn Kiếm' };
const CONG_AN = { name: 'Công an phường Hoàn Kiếm', level: 'ward' } as const;
const TO_DAN_PHO = { surfaceHas: 'tổ dân phố', collective: true } as const;

describeStyle({
  file: '13-state-cong-van-ubnd-phuong-sau-sap-xep.txt',
  family: 'state',
  number: '312/UBND-VP',
  docType: 'Công văn',
  issuer: { name: 'Ủy ban nhân dân phường Hoàn Kiếm', body: 'Ủy ban nhân dân phường Hoàn Kiếm', level: 'ward', area: HOAN_KIEM },
  issuedOn: '2025-08-20',
  place: 'Hoàn Kiếm',
  title: 'V/v triển khai thu gom rác thải sinh hoạt',
  kinhGui: [CONG_AN, TO_DAN_PHO],
  citations: [
    { number: '4521/UBND-ĐT', docType: 'Công văn', relation: 'implements', issuedOn: '2025-08-05', issuer: { name: 'Ủy ban nhân dân thành phố Hà Nội', level: 'province' } },
  ],
  assignments: [
    { clause: '1', units: [{ ...CONG_AN, role: 'assigned' }] },
    {
      // The level of tổ dân phố (below the ward) is a convention: not asserted.
      clause: '2',
      units: [{ name: 'Phòng Kinh tế, Hạ tầng và Đô thị phường Hoàn Kiếm', level: 'ward', role: 'lead' }, { ...TO_DAN_PHO, role: 'support' }],
      deadline: '2025-09-10',
    },
  ],
  signer: { name: 'Vũ Đăng Định', capacity: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' },
});
