import { citation, recipient, task, unit } from '../factories.js';
import { THANH_XUAN } from './areas.js';
import type { SeedExpectation } from './types.js';

/**
 * 01-TB/QU, Thông báo kết luận of the Ban Thường vụ Quận ủy Thanh Xuân (Hà Nội), 14/8/2020.
 * No header issuer line: the issuer comes from the heading ("KẾT LUẬN CỦA BAN THƯỜNG VỤ QUẬN
 * ỦY"), the symbol (QU) and the place of the date line (Thanh Xuân).
 */
const TX = 'quận Thanh Xuân';
const ubndQuan = unit(`UBND ${TX}`, 'org:ubnd@d009', 'district');

export const seed000: SeedExpectation = {
  file: '000_536973292510776d.txt',
  key: 'doc:01-TB/QU|org:quan-uy@d009|2020',
  number: '01-TB/QU',
  numberText: '01 - TB/QU',
  family: 'party',
  docType: 'Thông báo kết luận',
  issuer: {
    name: 'Ban Thường vụ Quận ủy Thanh Xuân', body: 'Quận ủy Thanh Xuân', key: 'org:quan-uy@d009', kind: 'party-committee',
    level: 'district', area: THANH_XUAN, resolvedBy: 'context:place', evidence: ['BAN THƯỜNG VỤ QUẬN ỦY'],
  },
  issuedOn: '2020-08-14',
  issuedOnText: 'ngày 14 tháng 8 năm 2020',
  place: 'Thanh Xuân',
  meetingOn: '2020-08-12',
  meetingOnText: 'Ngày 12/8/2020',
  title: 'Về công tác phòng, chống dịch bệnh Covid-19 trên địa bàn quận Thanh Xuân',
  signer: { name: 'Nguyễn Sỹ Đoàn', capacity: 'T/L BAN THƯỜNG VỤ', position: 'CHÁNH VĂN PHÒNG' },
  recipients: [
    recipient('noiNhan', unit('Thường trực Quận ủy Thanh Xuân', 'org:thuong-truc-quan-uy@d009', 'district')),
    recipient('noiNhan', unit(`Thường trực HĐND ${TX}`, 'org:thuong-truc-hdnd@d009', 'district')),
    recipient('noiNhan', ubndQuan),
    // "Các đồng chí Ủy viên Thường vụ Quận ủy": members stand for their body.
    recipient('noiNhan', unit('Ban Thường vụ Quận ủy Thanh Xuân', 'org:ban-thuong-vu-quan-uy@d009', 'district')),
    recipient('noiNhan', unit('Các ban xây dựng Đảng Quận ủy Thanh Xuân', 'org:cac-ban-xay-dung-dang-quan-uy@d009', 'district', true)),
    recipient('noiNhan', unit('Văn phòng Quận ủy Thanh Xuân', 'org:van-phong-quan-uy@d009', 'district')),
    recipient('noiNhan', unit(`Các phòng, ban, ngành ${TX}`, 'org:cac-phong-ban-nganh@d009', 'district', true)),
    recipient('noiNhan', unit(`Các đoàn thể ${TX}`, 'org:cac-doan-the@d009', 'district', true)),
    recipient('noiNhan', unit(`Công an ${TX}`, 'org:cong-an@d009', 'district')),
    recipient('noiNhan', unit(`Ban Chỉ huy Quân sự ${TX}`, 'org:ban-chi-huy-quan-su@d009', 'district')),
    // "Đảng ủy – HĐND – UBND – UB MTTQ 11 phường": the wards' bodies, collectively.
    recipient('noiNhan', unit(`Đảng ủy các phường ${TX}`, 'org:dang-uy-cac-phuong@d009', 'ward', true)),
    recipient('noiNhan', unit(`HĐND các phường ${TX}`, 'org:hdnd-cac-phuong@d009', 'ward', true)),
    recipient('noiNhan', unit(`UBND các phường ${TX}`, 'org:ubnd-cac-phuong@d009', 'ward', true)),
    recipient('noiNhan', unit(`Ủy ban MTTQ các phường ${TX}`, 'org:uy-ban-mttq-cac-phuong@d009', 'ward', true)),
  ],
  citations: [
    citation({
      number: '361/BC-UBND', docType: 'Báo cáo', issuedOn: '2020-08-12',
      issuer: { name: `UBND ${TX}`, key: 'org:ubnd@d009', level: 'district' },
      // "thống nhất các nhiệm vụ theo Báo cáo số 361/BC-UBND": a report is cited, not carried out.
      relation: 'cites', citedBy: null, title: null, mentions: 1, key: 'doc:361/BC-UBND|org:ubnd@d009|2020',
    }),
  ],
  assignments: [
    // "1. Giao UBND quận chỉ đạo các nội dung:" leads in its bullets; a bullet naming no unit is UBND quận's.
    task('II.1.-1', 'lead-in', [ubndQuan], 'Căn cứ Quyết định về công tác cán bộ', 'dịch bệnh Covid-19.'),
    task('II.1.-2', 'subject', [unit(`Trung tâm Y tế ${TX}`, 'org:trung-tam-y-te@d009', 'district'), unit(`Các đơn vị chuyên môn ${TX}`, 'org:cac-don-vi-chuyen-mon@d009', 'district', true)],
      'Trung tâm Y tế quận và các đơn vị chuyên môn', 'vật tư y tế cần thiết.'),
    task('II.1.-3', 'subject', [unit(`Phòng Văn hóa và Thông tin ${TX}`, 'org:phong-van-hoa-va-thong-tin@d009', 'district')],
      'Phòng Văn hóa và Thông tin quận tiếp tục', 'các đơn vị liên quan tổ chức thực hiện.'),
    task('II.1.-4', 'subject', [unit(`Phòng Giáo dục và Đào tạo ${TX}`, 'org:phong-giao-duc-va-dao-tao@d009', 'district')],
      'Phòng Giáo dục và Đào tạo quận xây dựng', 'tối thiểu 01 phòng cách ly y tế.'),
    // The units "trên cơ sở đề xuất của ..." propose; the Hội đồng acts.
    task('II.1.-5', 'subject', [unit(`Hội đồng Thi đua – Khen thưởng ${TX}`, 'org:hoi-dong-thi-dua-khen-thuong@d009', 'district')],
      'Hàng tuần, trên cơ sở đề xuất', 'phòng, chống dịch bệnh Covid-19.'),
    task('II.1.-6', 'subject', [unit(`UBND các phường ${TX}`, 'org:ubnd-cac-phuong@d009', 'ward', true)],
      'UBND 11 phường tổ chức', 'tổ dân phố trên địa bàn.'),
    task('II.2', 'subject', [unit('Văn phòng Quận ủy Thanh Xuân', 'org:van-phong-quan-uy@d009', 'district')],
      'Văn phòng Quận ủy tham mưu', 'cấp ủy một số đơn vị liên quan.'),
    task('II.3', 'subject', [unit(`Công an ${TX}`, 'org:cong-an@d009', 'district')],
      'Công an quận tăng cường', 'đang cư trú trên địa bàn.'),
    task('II.4', 'subject', [unit(`Các cơ quan, đơn vị ${TX}`, 'org:cac-co-quan-don-vi@d009', 'district', true)],
      'Các cơ quan, đơn vị thuộc Quận duy trì', 'phòng, chống dịch Covid-19.'),
  ],
  warnings: [],
};
