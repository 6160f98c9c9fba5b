import { citation, recipient, task, unit } from '../factories.js';
import { HAI_BA_TRUNG } from './areas.js';
import type { SeedExpectation } from './types.js';

/**
 * 924-CV/QU, Công văn of the Quận ủy Hai Bà Trưng, 25/4/2022, signed "T/L BAN THƯỜNG VỤ": the
 * capacity line names who signs. Its header "QUẬN ỦY HAI BÀ TRUNG" lost a diacritic; the
 * Kính gửi list wraps ("... Văn phòng Quận ủy,\nTrung tâm Chính trị quận,").
 */
const Q = 'quận Hai Bà Trưng';
const ubndQuan = unit(`UBND ${Q}`, 'org:ubnd@d007', 'district');
const mttqQuan = unit(`Ủy ban MTTQ ${Q}`, 'org:uy-ban-mttq@d007', 'district');
const ctxhQuan = unit(`Các tổ chức chính trị - xã hội ${Q}`, 'org:cac-to-chuc-chinh-tri-xa-hoi@d007', 'district', true);
const forThem = 'để thực hiện';

export const seed004: SeedExpectation = {
  file: '004_d8026a3a8832f7a7.txt',
  key: 'doc:924-CV/QU|org:quan-uy@d007|2022',
  number: '924-CV/QU',
  numberText: '924-CV/QU',
  family: 'party',
  docType: 'Công văn',
  issuer: {
    name: 'Ban Thường vụ Quận ủy Hai Bà Trưng', body: 'Quận ủy Hai Bà Trưng', key: 'org:quan-uy@d007', kind: 'party-committee',
    level: 'district', area: HAI_BA_TRUNG, resolvedBy: 'gazetteer:fuzzy', evidence: ['QUẬN ỦY HAI BÀ TRUNG'],
  },
  issuedOn: '2022-04-25',
  issuedOnText: 'ngày 25 tháng 4 năm 2022',
  place: 'Q. Hai Bà Trưng',
  meetingOn: null,
  meetingOnText: null,
  title: 'V/v thực hiện Thông báo số 739-TB/TU, ngày 20/4/2022 của Thường trực Thành ủy về công tác phòng, chống dịch bệnh Covid-19 trên địa bàn thành phố Hà Nội',
  signer: { name: 'Trịnh Xuân Cường', capacity: 'T/L BAN THƯỜNG VỤ', position: 'CHÁNH VĂN PHÒNG' },
  recipients: [
    recipient('kinhGui', unit(`Thường trực HĐND ${Q}`, 'org:thuong-truc-hdnd@d007', 'district'), forThem),
    recipient('kinhGui', ubndQuan, forThem),
    recipient('kinhGui', mttqQuan, forThem),
    recipient('kinhGui', ctxhQuan, forThem),
    recipient('kinhGui', unit('Các ban xây dựng Đảng Quận ủy Hai Bà Trưng', 'org:cac-ban-xay-dung-dang-quan-uy@d007', 'district', true), forThem),
    recipient('kinhGui', unit('Văn phòng Quận ủy Hai Bà Trưng', 'org:van-phong-quan-uy@d007', 'district'), forThem),
    recipient('kinhGui', unit(`Trung tâm Chính trị ${Q}`, 'org:trung-tam-chinh-tri@d007', 'district'), forThem),
    recipient('kinhGui', unit(`Đảng ủy các phường ${Q}`, 'org:dang-uy-cac-phuong@d007', 'ward', true), forThem),
    recipient('kinhGui', unit(`UBND các phường ${Q}`, 'org:ubnd-cac-phuong@d007', 'ward', true), forThem),
    recipient('kinhGui', unit('Các tổ chức cơ sở đảng trực thuộc Quận ủy Hai Bà Trưng', 'org:cac-to-chuc-co-so-dang-truc-thuoc-quan-uy@d007', 'ward', true), forThem),
    recipient('noiNhan', unit('Thường trực Thành ủy Hà Nội', 'org:thuong-truc-thanh-uy@p01', 'province')),
    recipient('noiNhan', unit('Văn phòng Thành ủy Hà Nội', 'org:van-phong-thanh-uy@p01', 'province'), 'để báo cáo'),
    recipient('noiNhan', unit('Thường trực Quận ủy Hai Bà Trưng', 'org:thuong-truc-quan-uy@d007', 'district')),
    recipient('noiNhan', unit('Ban Thường vụ Quận ủy Hai Bà Trưng', 'org:ban-thuong-vu-quan-uy@d007', 'district')),
  ],
  citations: [
    citation({
      number: '739-TB/TU', docType: 'Thông báo', issuedOn: '2022-04-20',
      issuer: { name: 'Thường trực Thành ủy Hà Nội', key: 'org:thanh-uy@p01', level: 'province' }, relation: 'implements', citedBy: null,
      title: 'Về công tác phòng, chống dịch bệnh Covid-19 trên địa bàn thành phố Hà Nội', mentions: 2, key: 'doc:739-TB/TU|org:thanh-uy@p01|2022',
    }),
  ],
  assignments: [
    task('1', 'lead-in', [
      unit(`Các cấp ủy đảng ${Q}`, 'org:cac-cap-uy-dang@d007', 'district', true), unit(`Các tổ chức đảng ${Q}`, 'org:cac-to-chuc-dang@d007', 'district', true),
      unit(`Chính quyền ${Q}`, 'org:chinh-quyen@d007', 'district'), mttqQuan, ctxhQuan,
    ], 'Tiếp tục đẩy mạnh công tác thông tin', 'Đông Nam Á - SEA Games 31.'),
    task('2', 'subject', [unit(`Ban Chỉ đạo phòng, chống dịch ${Q}`, 'org:ban-chi-dao-phong-chong-dich@d007', 'district')],
      'Ban Chỉ đạo phòng, chống dịch Quận rà soát', 'bảo đảm phù hợp, đúng quy định.'),
    task('3', 'subject', [ubndQuan], 'UBND Quận chỉ đạo, phối hợp', 'phù hợp trong tình hình mới.'),
  ],
  warnings: ['NAME_MISSPELLED'],
};
