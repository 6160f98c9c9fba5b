import { citation, recipient, task, unit } from '../factories.js';
import { HAI_BA_TRUNG } from './areas.js';
import type { SeedExpectation } from './types.js';

/**
 * 308-TB/QU, Thông báo kết luận of the Ban Thường vụ Quận ủy Hai Bà Trưng; no date line (the
 * meeting was on 28/7/2021). Markdown headings; two items numbered "3."; a quoted "Quy chế làm
 * việc ..." cited by name (kind named); 177-CV/TU quoted inside 500-CV/QU's title.
 *
 * Every citation's relation, read by hand:
 * - "Thực hiện “Quy chế làm việc …”": implements (named, no number). Read as a basis (the working rules the
 *   meeting follows) until blind batch 13; design.md makes "Thực hiện …" IMPLEMENTS, the labelling convention
 *   gives a named document the relation of its trigger, and the blind writers of c104, f47 and f48 read it so.
 * - 17/CT-UBND: "nhất là việc triển khai tổ chức thực hiện Chỉ thị 17/CT-UBND …": implements.
 * - 500-CV/QU: listed with it ("… và Công văn số 500-CV/QU"): implements.
 * - 177-CV/TU inside 500-CV/QU's quoted title ("thực hiện Công văn số 177-CV/TU"): 500 implements it.
 * - 420-TB/TU and 177-CV/TU in "Quận ủy, UBND Quận đã … ban hành các văn bản triển khai thực hiện …":
 *   what other documents did, not this one: cites.
 * - 428-TB/TU: "Đề nghị UBND Quận, … nghiêm túc triển khai thực hiện Thông báo số 428-TB/TU": a task
 *   for others: cites.
 * - 68/NQ-CP and 3642/QĐ-UBND: "UBND Quận tiếp tục chỉ đạo thực hiện …": a task for others: cites.
 */
const Q = 'quận Hai Bà Trưng';
const ubndQuan = unit(`UBND ${Q}`, 'org:ubnd@d007', 'district');
const mttqQuan = unit(`Ủy ban MTTQ ${Q}`, 'org:uy-ban-mttq@d007', 'district');
const ctxhQuan = unit(`Các tổ chức chính trị - xã hội ${Q}`, 'org:cac-to-chuc-chinh-tri-xa-hoi@d007', 'district', true);
const capUy = unit(`Các cấp ủy đảng ${Q}`, 'org:cac-cap-uy-dang@d007', 'district', true);
const chinhQuyen = unit(`Chính quyền ${Q}`, 'org:chinh-quyen@d007', 'district');
const tpHaNoi = { name: 'UBND Thành phố Hà Nội', key: 'org:ubnd@p01', level: 'province' as const };

export const seed001: SeedExpectation = {
  file: '001_6e391b9519626a64.txt',
  // No date line: the key carries no year (the graph matches it to a dated one as an inference).
  key: 'doc:308-TB/QU|org:quan-uy@d007',
  number: '308-TB/QU',
  numberText: '308-TB/QU',
  family: 'party',
  docType: 'Thông báo kết luận',
  issuer: {
    name: 'Ban Thường vụ Quận ủy Hai Bà Trưng', body: 'Quận ủy Hai Bà Trưng', key: 'org:quan-uy@d007', kind: 'party-committee',
    level: 'district', area: HAI_BA_TRUNG, resolvedBy: 'context:body', evidence: ['Ban Thường vụ Quận ủy'],
  },
  issuedOn: null,
  issuedOnText: null,
  place: null,
  meetingOn: '2021-07-28',
  meetingOnText: 'ngày 28/7/2021',
  title: 'Về công tác phòng, chống dịch Covid-19 trên địa bàn quận Hai Bà Trưng',
  signer: { name: 'Trịnh Xuân Cường', capacity: null, position: null },
  recipients: [
    recipient('noiNhan', unit('Thường trực Quận ủy Hai Bà Trưng', 'org:thuong-truc-quan-uy@d007', 'district'), 'để báo cáo'),
    recipient('noiNhan', unit('Ban Thường vụ Quận ủy Hai Bà Trưng', 'org:ban-thuong-vu-quan-uy@d007', 'district')),
    recipient('noiNhan', ubndQuan),
    recipient('noiNhan', unit(`Đảng ủy các phường ${Q}`, 'org:dang-uy-cac-phuong@d007', 'ward', true)),
    recipient('noiNhan', unit(`UBND các phường ${Q}`, 'org:ubnd-cac-phuong@d007', 'ward', true)),
  ],
  citations: [
    citation({
      number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', issuer: tpHaNoi, relation: 'implements', citedBy: null,
      title: 'Về thực hiện giãn cách xã hội trên địa bàn Thành phố để phòng chống dịch Covid-19', mentions: 5,
      key: 'doc:17/CT-UBND|org:ubnd@p01|2021',
    }),
    citation({
      // "của Quận ủy" first, "của Thường trực Quận ủy" later: the same Quận ủy Hai Bà Trưng.
      number: '500-CV/QU', docType: 'Công văn', issuedOn: '2021-07-24',
      issuer: { name: 'Quận ủy Hai Bà Trưng', key: 'org:quan-uy@d007', level: 'district' }, relation: 'implements', citedBy: null,
      title: 'Thực hiện Công văn số 177-CV/TU, ngày 23/7/2021 của Ban Thường vụ Thành ủy về tiếp tục tăng cường các biện pháp phòng, chống dịch bệnh Covid-19 trên địa bàn Thành phố Hà Nội',
      mentions: 2, key: 'doc:500-CV/QU|org:quan-uy@d007|2021',
    }),
    citation({
      number: '177-CV/TU', docType: 'Công văn', issuedOn: '2021-07-23',
      issuer: { name: 'Ban Thường vụ Thành ủy Hà Nội', key: 'org:thanh-uy@p01', level: 'province' }, relation: 'implements', citedBy: '500-CV/QU',
      title: 'Về tiếp tục tăng cường các biện pháp phòng, chống dịch bệnh Covid-19 trên địa bàn Thành phố Hà Nội',
      mentions: 1, key: 'doc:177-CV/TU|org:thanh-uy@p01|2021',
    }),
    citation({
      // "Thông báo kết luận số 420-TB/TU, ngày 23/7/2021, Công văn số 177-CV/TU, ... của Ban Thường vụ Thành ủy": one issuer for the list.
      number: '420-TB/TU', docType: 'Thông báo kết luận', issuedOn: '2021-07-23',
      issuer: { name: 'Ban Thường vụ Thành ủy Hà Nội', key: 'org:thanh-uy@p01', level: 'province' }, relation: 'cites', citedBy: null,
      title: null, mentions: 1, key: 'doc:420-TB/TU|org:thanh-uy@p01|2021',
    }),
    citation({
      // The same document named directly ("các văn bản triển khai thực hiện ... Công văn số 177-CV/TU"):
      // a second entry, cited by this document (what others carried out, not this one).
      number: '177-CV/TU', docType: 'Công văn', issuedOn: '2021-07-23',
      issuer: { name: 'Ban Thường vụ Thành ủy Hà Nội', key: 'org:thanh-uy@p01', level: 'province' }, relation: 'cites', citedBy: null,
      title: 'Về tiếp tục tăng cường các biện pháp phòng, chống dịch bệnh Covid-19 trên địa bàn Thành phố Hà Nội',
      mentions: 1, key: 'doc:177-CV/TU|org:thanh-uy@p01|2021',
    }),
    citation({
      number: '428-TB/TU', docType: 'Thông báo', issuedOn: '2021-07-27',
      issuer: { name: 'Thường trực Thành ủy Hà Nội', key: 'org:thanh-uy@p01', level: 'province' }, relation: 'cites', citedBy: null,
      title: 'Về công tác phòng, chống dịch bệnh Covid-19 trên địa bàn Thành phố', mentions: 1, key: 'doc:428-TB/TU|org:thanh-uy@p01|2021',
    }),
    citation({
      number: '68/NQ-CP', docType: 'Nghị quyết', issuedOn: '2021-07-01',
      issuer: { name: 'Chính phủ', key: 'org:chinh-phu', level: 'central' }, relation: 'cites', citedBy: null,
      title: null, mentions: 1, key: 'doc:68/NQ-CP|org:chinh-phu|2021',
    }),
    citation({
      number: '3642/QĐ-UBND', docType: 'Quyết định', issuedOn: '2021-02-21', issuer: tpHaNoi, relation: 'cites', citedBy: null,
      title: 'Về việc thực hiện một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch Covid-19',
      mentions: 1, key: 'doc:3642/QDD-UBND|org:ubnd@p01|2021',
    }),
    // "Quận ủy, UBND Quận đã kịp thời, khẩn trương ban hành các văn bản triển khai thực hiện Thông
    // báo kết luận số 420-TB/TU, ..., Công văn số 177-CV/TU, ..., Chỉ thị số 17/CT-UBND": the Quận
    // ủy's documents of those days carry out all three. 500-CV/QU (Quận ủy, 24/7/2021, after all
    // three, and carrying out 177-CV/TU by its own title) is one of them: it implements the other two
    // as well, by inference from that sentence (rule collective-statement), not by name.
    citation({
      number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', issuer: tpHaNoi, relation: 'implements', citedBy: '500-CV/QU',
      title: 'Về thực hiện giãn cách xã hội trên địa bàn Thành phố để phòng chống dịch Covid-19', mentions: 1,
      key: 'doc:17/CT-UBND|org:ubnd@p01|2021',
    }),
    citation({
      number: '420-TB/TU', docType: 'Thông báo kết luận', issuedOn: '2021-07-23',
      issuer: { name: 'Ban Thường vụ Thành ủy Hà Nội', key: 'org:thanh-uy@p01', level: 'province' }, relation: 'implements', citedBy: '500-CV/QU',
      title: null, mentions: 1, key: 'doc:420-TB/TU|org:thanh-uy@p01|2021',
    }),
    // Cited by name only: no number, no issuer, no key (nothing is linked to a node by guess).
    citation({
      number: '', docType: 'Quy chế', issuedOn: null, issuer: null, relation: 'implements', citedBy: null,
      title: 'Quy chế làm việc của Ban Chấp hành Đảng bộ, Ban Thường vụ và Thường trực Quận ủy Hai Bà Trưng khóa XXVI, nhiệm kỳ 2020 - 2025',
      mentions: 1, key: '',
    }),
  ],
  assignments: [
    task('1', 'assign:đề nghị', [
      ubndQuan,
      unit(`Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 ${Q}`, 'org:ban-chi-dao-phong-chong-dich@d007', 'district'),
      unit(`Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 các phường ${Q}`, 'org:ban-chi-dao-phong-chong-dich-cac-phuong@d007', 'ward', true),
      mttqQuan, ctxhQuan,
      unit(`Các cơ quan, đơn vị ${Q}`, 'org:cac-co-quan-don-vi@d007', 'district', true),
    ], 'Đề nghị UBND Quận, Ban Chỉ đạo', 'sẵn sàng ứng phó trong mọi tình huống dịch.'),
    // Item 2 opens with no unit: the lead-in's units ("Ban Thường vụ Quận ủy đề nghị các cấp ủy đảng, ... sau:").
    task('2', 'lead-in', [capUy, chinhQuyen, mttqQuan, ctxhQuan], 'Chỉ đạo làm tốt hơn nữa', 'liên quan tới các ca F0;'),
    task('2', 'subject', [unit(`Các lực lượng chức năng ${Q}`, 'org:cac-luc-luong-chuc-nang@d007', 'district', true)],
      'các lực lượng chức năng tăng cường', 'răn đe, phòng ngừa vi phạm;'),
    task('2', 'subject', [unit(`Công an ${Q}`, 'org:cong-an@d007', 'district'), unit(`Công an các phường ${Q}`, 'org:cong-an-cac-phuong@d007', 'ward', true)],
      'Công an Quận và các phường', 'theo Chỉ thị 17/CT-UBND của UBND Thành phố.'),
    task('3', 'subject', [capUy, chinhQuyen, unit(`Các phòng, ban, ngành ${Q}`, 'org:cac-phong-ban-nganh@d007', 'district', true), mttqQuan, ctxhQuan],
      'Các cấp ủy đảng, chính quyền, các phòng, ban, ngành', 'diện rộng trên địa bàn Quận.'),
    // "Đồng chí Bí thư Đảng ủy, Chủ tịch UBND phường": office holders stand for their bodies.
    task('3', 'subject', [unit(`Đảng ủy các phường ${Q}`, 'org:dang-uy-cac-phuong@d007', 'ward', true), unit(`UBND các phường ${Q}`, 'org:ubnd-cac-phuong@d007', 'ward', true)],
      'Đồng chí Bí thư Đảng ủy, Chủ tịch UBND phường', 'kết hợp với các chốt trực.'),
    task('3(2)', 'subject', [ubndQuan], 'UBND Quận chỉ đạo tổ chức', 'trên địa bàn Quận và Thành phố.'),
    task('4', 'subject', [ubndQuan], 'UBND Quận tiếp tục chỉ đạo', 'do đại dịch Covid-19.'),
    task('4.-1', 'subject', [
      mttqQuan, unit(`Ủy ban MTTQ các phường ${Q}`, 'org:uy-ban-mttq-cac-phuong@d007', 'ward', true),
      ctxhQuan, unit(`Các tổ chức chính trị - xã hội các phường ${Q}`, 'org:cac-to-chuc-chinh-tri-xa-hoi-cac-phuong@d007', 'ward', true),
    ], 'Ủy ban MTTQ, các tổ chức chính trị - xã hội Quận và các phường', 'trong các khu vực phong tỏa, cách ly.'),
    task('5', 'subject', [unit('Ban Thường vụ Quận ủy Hai Bà Trưng', 'org:ban-thuong-vu-quan-uy@d007', 'district')],
      'Các đồng chí Ủy viên Ban Thường vụ Quận ủy tham gia', 'được phân công phụ trách.'),
  ],
  // Undated: read against both maps; the one before the reform resolves every name (MAP_CHOSEN says so).
  warnings: ['NO_DATE', 'MAP_CHOSEN'],
};
