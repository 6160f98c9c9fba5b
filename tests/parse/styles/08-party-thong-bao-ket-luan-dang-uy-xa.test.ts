/**
 * Style 8: Party Thông báo kết luận of a commune Đảng ủy (xã Hiệp Thạnh, huyện Đức Trọng, Lâm
 * Đồng): "ĐẢNG BỘ HUYỆN ĐỨC TRỌNG / ĐẢNG ỦY XÃ HIỆP THẠNH / *", "Số 45-TB/ĐU", a meeting date
 * in the body, commune units named with "xã" (not "phường"), tasks opened by "Giao", "Đề nghị",
 * "Yêu cầu", a "Thực hiện Kế hoạch ... của Ban Thường vụ Huyện ủy" inside an item, T/M BAN
 * THƯỜNG VỤ / PHÓ BÍ THƯ. Conventions: see harness.ts.
 */
import { describeStyle } from './harness.js';

const HIEP_THANH = {
  province: 'Lâm Đồng', provinceCode: '68', district: 'Đức Trọng', districtCode: '678', ward: 'Hiệp Thạnh', wardCode: '24967',
};
const CONG_AN_XA = { name: 'Công an xã Hiệp Thạnh', level: 'ward' } as const;

describeStyle({
  file: '08-party-thong-bao-ket-luan-dang-uy-xa.txt',
  family: 'party',
  number: '45-TB/ĐU',
  docType: 'Thông báo kết luận',
  issuer: { name: 'Ban Thường vụ Đảng ủy xã Hiệp Thạnh', body: 'Đảng ủy xã Hiệp Thạnh', level: 'ward', area: HIEP_THANH },
  issuedOn: '2023-06-08',
  meetingOn: '2023-06-05',
  place: 'Hiệp Thạnh',
  // title not asserted: whether the trích yếu of a "THÔNG BÁO / KẾT LUẬN CỦA ... / tại ..." block
  // includes the "Kết luận của Ban Thường vụ Đảng ủy xã" line is a convention of the seeds' goldens.
  citations: [
    // "của Ban Thường vụ Huyện ủy": Đức Trọng, the superior header line.
    { number: '112-KH/HU', docType: 'Kế hoạch', relation: 'implements', issuedOn: '2023-04-20', issuer: { name: 'Ban Thường vụ Huyện ủy Đức Trọng', level: 'district' } },
  ],
  assignments: [
    {
      clause: 'II.1',
      units: [{ name: 'Ủy ban nhân dân xã Hiệp Thạnh', level: 'ward', role: 'assigned', area: { wardCode: '24967' } }],
      deadline: '2023-06-30',
    },
    {
      clause: 'II.2',
      units: [
        { name: 'Ủy ban Mặt trận Tổ quốc xã Hiệp Thạnh', level: 'ward', role: 'lead' },
        { surfaceHas: 'đoàn thể chính trị - xã hội', collective: true, role: 'support' },
      ],
    },
    // "phối hợp với lực lượng Cảnh sát giao thông huyện": a support unit may or may not be listed.
    { clause: 'II.3', unitsInclude: [CONG_AN_XA] },
    { clause: 'II.4', units: [{ name: 'Ban Chỉ huy Quân sự xã Hiệp Thạnh', level: 'ward', role: 'lead' }, { ...CONG_AN_XA, role: 'support' }] },
    { clause: 'II.5', unitsInclude: [{ name: 'Văn phòng Đảng ủy xã Hiệp Thạnh' }], deadline: '2023-06-20' },
  ],
  noAssignmentsUnder: ['I'],
  signer: { name: 'Nguyễn Thị Mai', capacity: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ' },
});
