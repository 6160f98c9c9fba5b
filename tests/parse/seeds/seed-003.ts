import { citation, recipient, task, unit } from '../factories.js';
import { HA_NOI } from './areas.js';
import type { SeedExpectation } from './types.js';

/**
 * Thông báo kết luận of the Thường trực of a Quận ủy, with no number, no date and no district
 * name. Its province is Hà Nội (it "quán triệt" the Thành ủy Hà Nội and UBND thành phố Hà Nội
 * and implements their Chỉ thị 17): we record the province, not a district. Its units are of
 * an unknown district, keyed to this document (`@?doc-<sha256 prefix>`), so that they are never
 * merged with another district's on a guess. `S` is that scope.
 */
export function seed003(scope: string): SeedExpectation {
  const S = `@?${scope}`;
  const ubndQuan = unit('UBND quận', `org:ubnd-quan${S}`, 'district');
  const ubndPhuong = unit('UBND các phường', `org:ubnd-cac-phuong${S}`, 'ward', true);
  const dangUyPhuong = unit('Đảng ủy các phường', `org:dang-uy-cac-phuong${S}`, 'ward', true);
  const mttqQuan = unit('Ủy ban MTTQ quận', `org:uy-ban-mttq-quan${S}`, 'district');
  const ctxhQuan = unit('Các tổ chức chính trị - xã hội quận', `org:cac-to-chuc-chinh-tri-xa-hoi-quan${S}`, 'district', true);
  return {
    file: '003_c09e61e9c2e10806.txt',
    key: `doc:unnumbered-${scope.slice(4)}`,
    number: null,
    numberText: null,
    family: 'party',
    docType: 'Thông báo kết luận',
    issuer: {
      name: 'Thường trực Quận ủy', body: 'Quận ủy', key: `org:quan-uy${S}`, kind: 'party-committee',
      level: 'district', area: HA_NOI, resolvedBy: 'context:superior', evidence: ['THƯỜNG TRỰC QUẬN ỦY'],
    },
    issuedOn: null,
    issuedOnText: null,
    place: null,
    meetingOn: null,
    meetingOnText: null,
    title: 'Về việc thực hiện Chỉ thị số 17/CT-UBND ngày 23/7/2021 của UBND Thành phố Hà Nội',
    signer: { name: 'Lê Đức Toàn', capacity: null, position: null },
    recipients: [
      recipient('noiNhan', unit('Ban Thường vụ Quận ủy', `org:ban-thuong-vu-quan-uy${S}`, 'district'), 'để b/c'),
      recipient('noiNhan', unit('Thường trực HĐND quận', `org:thuong-truc-hdnd-quan${S}`, 'district')),
      recipient('noiNhan', ubndQuan),
      recipient('noiNhan', unit('Các phòng, ban, ngành quận', `org:cac-phong-ban-nganh-quan${S}`, 'district', true)),
      recipient('noiNhan', dangUyPhuong),
      recipient('noiNhan', ubndPhuong),
      recipient('noiNhan', unit('Các chi, đảng bộ trực thuộc Quận ủy', `org:cac-chi-dang-bo-truc-thuoc-quan-uy${S}`, 'ward', true)),
    ],
    citations: [
      citation({
        number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23',
        issuer: { name: 'UBND Thành phố Hà Nội', key: 'org:ubnd@p01', level: 'province' }, relation: 'implements', citedBy: null,
        title: 'Về thực hiện giãn cách xã hội trên địa bàn Thành phố để phòng, chống dịch Covid-19',
        // The title, the opening "Thực hiện ...", items 1, 1 (continued), 2 and 5.
        mentions: 6, key: 'doc:17/CT-UBND|org:ubnd@p01|2021',
      }),
    ],
    assignments: [
      task('1', 'subject', [unit('Các cấp ủy đảng trực thuộc Quận ủy', `org:cac-cap-uy-dang-truc-thuoc-quan-uy${S}`, 'ward', true), ubndQuan, mttqQuan, ctxhQuan, ubndPhuong],
        'Các cấp ủy đảng trực thuộc Quận ủy, UBND Quận', 'để phòng chống dịch COVID -19.'),
      task('1', 'subject', [unit('Chính quyền quận', `org:chinh-quyen-quan${S}`, 'district'), unit('Chính quyền các phường', `org:chinh-quyen-cac-phuong${S}`, 'ward', true)],
        'Toàn hệ thống chính trị và chính quyền Quận, phường', 'ngày 23/7/2021 của UBND Thành phố Hà Nội.'),
      task('1', 'assign:giao', [unit('Ban Tuyên giáo Quận ủy', `org:ban-tuyen-giao-quan-uy${S}`, 'district')],
        'Giao Ban Tuyên giáo Quận ủy:', 'khu dân cư, điểm công cộng.'),
      task('2', 'subject', [ubndQuan], 'Ủy ban nhân dân Quận khẩn trương', 'theo chỉ đạo của Thành phố.'),
      task('2', 'subject', [ubndQuan, ubndPhuong], 'Ủy ban nhân dân Quận, phường tiếp tục', 'cấp bách trong mọi tình huống.'),
      // Members in charge of grassroots organisations, and the inspection teams, who must direct the
      // wards: the wards they direct ("chỉ đạo Đảng ủy, UBND các phường") are not units of this task.
      task('3', 'subject+directed', [
        unit('Ban Thường vụ Quận ủy', `org:ban-thuong-vu-quan-uy${S}`, 'district'),
        unit('Các đoàn kiểm tra Quận ủy', `org:cac-doan-kiem-tra-quan-uy${S}`, 'district', true),
      ], 'Các đồng chí Ủy viên Ban Thường vụ Quận ủy phụ trách', 'phòng, chống dịch bệnh Covid-19.'),
      // "Đối với X (...): ..." — X is the subject; "Người đứng đầu đơn vị ..." continues the item.
      task('4', 'subject', [
        unit('Các cơ quan, đơn vị quận', `org:cac-co-quan-don-vi-quan${S}`, 'district', true),
        dangUyPhuong, ubndPhuong, unit('Ủy ban MTTQ các phường', `org:uy-ban-mttq-cac-phuong${S}`, 'ward', true),
        unit('Các đoàn thể các phường', `org:cac-doan-the-cac-phuong${S}`, 'ward', true),
      ], 'Đối với các cơ quan, đơn vị thuộc Quận', 'quy định phòng, chống dịch bệnh Covid-19.'),
      task('5', 'assign:giao', [mttqQuan, ctxhQuan], 'Giao Ủy ban MTTQ và các Đoàn thể CT-XH Quận:', 'các lực lượng tham gia công tác phòng, chống dịch bệnh Covid-19.'),
    ],
    warnings: ['NO_NUMBER', 'ISSUER_AREA_UNKNOWN', 'AREA_CANDIDATES', 'NO_DATE'],
  };
}
