import { citation, recipient, task, unit } from '../factories.js';
import { HOA_MINH } from './areas.js';
import type { SeedExpectation } from './types.js';

/**
 * 100-CV/ĐU, Công văn of the Ban Thường vụ Đảng ủy phường Hòa Minh (quận Liên Chiểu, Đà Nẵng),
 * 19/7/2021. The header writes "Hoà Minh" (old tone placement), the body "Hòa Minh"; "Quận ủy
 * Liên Chiêu" is a misspelling of Liên Chiểu. Every unit written with a bare "phường" is Hòa
 * Minh's own.
 */
const P = 'phường Hòa Minh';
const ubnd = unit(`UBND ${P}`, 'org:ubnd@w20200', 'ward');
const mttq = unit(`Ủy ban MTTQ ${P}`, 'org:uy-ban-mttq@w20200', 'ward');
const ctxh = unit(`Các tổ chức chính trị - xã hội ${P}`, 'org:cac-to-chuc-chinh-tri-xa-hoi@w20200', 'ward', true);
const chiBo = unit(`Các chi bộ trực thuộc Đảng ủy ${P}`, 'org:cac-chi-bo-truc-thuoc-dang-uy@w20200', 'internal', true);

export const seed002: SeedExpectation = {
  file: '002_78fb6ff3a99b7859.txt',
  key: 'doc:100-CV/DDU|org:dang-uy@w20200|2021',
  number: '100-CV/ĐU',
  numberText: '100- CV/ĐU',
  family: 'party',
  docType: 'Công văn',
  issuer: {
    name: `Ban Thường vụ Đảng ủy ${P}`, body: `Đảng ủy ${P}`, key: 'org:dang-uy@w20200', kind: 'party-committee',
    level: 'ward', area: HOA_MINH, resolvedBy: 'context:place', evidence: [`Ban Thường vụ Đảng ủy ${P}`],
  },
  issuedOn: '2021-07-19',
  issuedOnText: 'ngày 19 tháng 7 năm 2021',
  place: 'Hoà Minh',
  meetingOn: null,
  meetingOnText: null,
  title: 'Khẩn trương thực hiện công tác phòng, chống dịch COVID-19',
  signer: { name: 'Đặng Công Chúng', capacity: null, position: null },
  recipients: [
    // "Như kính gửi (t/hiện)" in the Nơi nhận gives the addressees their purpose.
    recipient('kinhGui', unit(`HĐND ${P}`, 'org:hdnd@w20200', 'ward'), 't/hiện'),
    recipient('kinhGui', ubnd, 't/hiện'),
    recipient('kinhGui', mttq, 't/hiện'),
    recipient('kinhGui', unit(`Các đoàn thể ${P}`, 'org:cac-doan-the@w20200', 'ward', true), 't/hiện'),
    recipient('kinhGui', unit(`Các cấp ủy chi bộ trực thuộc Đảng ủy ${P}`, 'org:cac-cap-uy-chi-bo-truc-thuoc-dang-uy@w20200', 'internal', true), 't/hiện'),
  ],
  citations: [
    citation({
      number: '180-CV/QU', docType: 'Công văn', issuedOn: '2021-07-16',
      issuer: { name: 'Quận ủy Liên Chiểu', key: 'org:quan-uy@d490', level: 'district' }, relation: 'implements', citedBy: null,
      title: 'Về khẩn trương thực hiện công tác phòng, chống dịch bệnh Covid-19', mentions: 1, key: 'doc:180-CV/QU|org:quan-uy@d490|2021',
    }),
  ],
  assignments: [
    // "Cả hệ thống chính trị" names no unit: the lead-in's ("yêu cầu UBND, UBMTTQVN, các đoàn thể ... và các chi bộ trực thuộc").
    task('1', 'lead-in', [ubnd, mttq, ctxh, chiBo], 'Cả hệ thống chính trị', 'về công tác phòng chống dịch.'),
    // One subject over a semicolon: "Ủy viên BCH ..., lãnh đạo UBND phường; lãnh đạo các cơ quan, đơn vị và ... bí thư chi bộ trực tiếp ...".
    task('1', 'subject', [
      unit(`Ban Thường vụ Đảng ủy ${P}`, 'org:ban-thuong-vu-dang-uy@w20200', 'ward'),
      // Named as it signs, "Ban Chấp hành Đảng bộ phường …", as a district's is (identity, fourth round); same node.
      unit(`Ban Chấp hành Đảng bộ ${P}`, 'org:ban-chap-hanh-dang-uy@w20200', 'ward'),
      chiBo, ubnd, unit(`Các cơ quan, đơn vị ${P}`, 'org:cac-co-quan-don-vi@w20200', 'ward', true),
    ], 'Các đồng chí Ủy viên Ban Thường vụ Đảng ủy, Ủy viên BCH', 'trên địa bàn quản lý.'),
    // "UBND phường chỉ đạo cho Trạm y tế phường và các lực lượng chức năng khẩn trương ...".
    task('2', 'subject+directed', [ubnd, unit(`Trạm y tế ${P}`, 'org:tram-y-te@w20200', 'ward'), unit(`Các lực lượng chức năng ${P}`, 'org:cac-luc-luong-chuc-nang@w20200', 'ward', true)],
      'UBND phường chỉ đạo cho Trạm y tế phường', 'Tổ covid cộng đồng trong khu dân cư.'),
    task('3', 'assign:đề nghị', [
      unit(`Công an ${P}`, 'org:cong-an@w20200', 'ward'), unit(`Ban Chỉ huy Quân sự ${P}`, 'org:ban-chi-huy-quan-su@w20200', 'ward'),
      unit(`Các ngành, đoàn thể ${P}`, 'org:cac-nganh-doan-the@w20200', 'ward', true),
    ], 'Đề nghị Công an phường', 'các khu vực cách ly...'),
    task('4', 'subject', [unit(`Ban Tuyên giáo và Dân vận Đảng ủy ${P}`, 'org:ban-tuyen-giao-va-dan-van-dang-uy@w20200', 'ward'), ubnd, mttq, ctxh],
      'Ban Tuyên giáo – Dân vận Đảng ủy, UBND, UBMTTQVN', 'của các cơ quan chức năng.'),
    task('5', 'subject', [unit(`Ủy ban Kiểm tra Đảng ủy ${P}`, 'org:uy-ban-kiem-tra-dang-uy@w20200', 'ward')],
      'Ủy ban Kiểm tra Đảng ủy triển khai', 'chủ quan, lơ là.'),
    task('6', 'subject+directed', [
      chiBo,
      unit(`Các Ban Công tác Mặt trận khu dân cư ${P}`, 'org:cac-ban-cong-tac-mat-tran-khu-dan-cu@w20200', 'internal', true),
      unit(`Các tổ dân phố ${P}`, 'org:cac-to-dan-pho@w20200', 'internal', true),
      unit(`Các đoàn thể khu dân cư ${P}`, 'org:cac-doan-the-khu-dan-cu@w20200', 'internal', true),
    ], 'Bí thư các chi bộ cần tiếp tục chỉ đạo', 'không chểnh mảng tại khu dân cư.'),
  ],
  warnings: ['NAME_MISSPELLED'],
};
