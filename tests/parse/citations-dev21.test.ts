import { describe, expect, it } from 'vitest';
import { citedWithIssuers as cited, headed } from './docs.js';

/**
 * Citation relations from the misses of batch 31's portal pages, news reports and headless fragments moved to tune
 * (2026-12-07 afternoon; /work/wt/notes/rel32-section.md), on short documents written for this test, each with a
 * variant in another province or another kind of body.
 */

describe('a wrapped line before "và chỉ đạo của <body> tại <document>" keeps the item in the list of the trigger', () => {
  it('a news report: "nhằm thực hiện Kế hoạch số … của Bộ Tư lệnh BĐBP⏎và chỉ đạo của UBND tỉnh tại Công văn số …"', () => {
    expect(cited(`Kế hoạch được xây dựng nhằm thực hiện Kế hoạch số 210/KH-BTL ngày 12/10/2024 của Bộ Tư lệnh BĐBP
và chỉ đạo của UBND tỉnh tại Công văn số 1180/UBND-KT ngày 15/10/2024 về kiểm soát hàng hóa qua biên giới.`)).toEqual([
      ['1180/UBND-KT', 'implements', 'UBND tỉnh'],
      ['210/KH-BTL', 'implements', 'Bộ Tư lệnh Bộ đội Biên phòng'],
    ]);
  });

  it('a health office\'s page: "Kế hoạch được ban hành nhằm triển khai Hướng dẫn số … của Sở Y tế⏎và ý kiến chỉ đạo của UBND huyện … tại …"', () => {
    expect(cited(`Kế hoạch được ban hành nhằm triển khai Hướng dẫn số 63/HD-SYT ngày 04/3/2025 của Sở Y tế tỉnh Hà Tĩnh
và ý kiến chỉ đạo của UBND huyện Kỳ Anh tại Công văn số 412/UBND-YT ngày 10/3/2025 về phòng, chống sốt xuất huyết.`)).toEqual([
      ['412/UBND-YT', 'implements', 'UBND huyện Kỳ Anh'],
      ['63/HD-SYT', 'implements', 'Sở Y tế tỉnh Hà Tĩnh'],
    ]);
  });
});

describe('"và góp phần thực hiện <document>" joined to the document\'s own purpose is a second purpose, carried out', () => {
  it('a youth union\'s news report: "Chiến dịch được tổ chức nhằm thực hiện Kế hoạch số … và góp phần thực hiện Nghị quyết Đại hội …"', () => {
    expect(cited(`Chiến dịch được tổ chức nhằm thực hiện Kế hoạch số 55-KH/TWĐTN-PTTN ngày 02/3/2024 của Ban Bí thư Trung ương Đoàn và góp phần thực hiện Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII.`)).toEqual([
      ['55-KH/TWĐTN-PTTN', 'implements', 'Ban Bí thư Trung ương Đoàn'],
      ['Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII', 'implements', null],
    ]);
  });

  it('a women\'s union, wrapped: "Hội thi được tổ chức để triển khai Hướng dẫn số … và góp phần⏎thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh …"', () => {
    expect(cited(`Hội thi được tổ chức để triển khai Hướng dẫn số 14-HD/TWHLHPN ngày 02/3/2024 của Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam và góp phần
thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Quảng Trị lần thứ XVI.`)).toEqual([
      ['14-HD/TWHLHPN', 'implements', 'Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam'],
      ['Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Quảng Trị lần thứ XVI', 'implements', null],
    ]);
  });

  it('after a unit\'s work there is no purpose to join: "Các chi đoàn ra quân … và góp phần thực hiện …" stays cited', () => {
    expect(cited(`Các chi đoàn tổ chức ra quân làm sạch đường làng và góp phần thực hiện Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII.`)).toEqual([
      ['Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII', 'cites', null],
    ]);
  });

  it('a purpose in the sentence before stays there: "… nhằm thực hiện Kế hoạch số …. Các hội viên … và góp phần thực hiện …" stays cited', () => {
    expect(cited(`Kế hoạch nhằm thực hiện Kế hoạch số 21-KH/HNDT ngày 06/2/2024 của Ban Thường vụ Hội Nông dân tỉnh Bắc Giang. Các chi hội tham gia dọn vệ sinh và góp phần thực hiện Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh Bắc Giang lần thứ XII.`)).toEqual([
      ['21-KH/HNDT', 'implements', 'Ban Thường vụ Hội Nông dân tỉnh Bắc Giang'],
      ['Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh Bắc Giang lần thứ XII', 'cites', 'Hội Nông dân tỉnh Bắc Giang'],
    ]);
  });
});

const forestryPlan = headed({
  issuer: 'UBND TỈNH QUẢNG NAM\nSỞ NÔNG NGHIỆP VÀ PTNT',
  number: '88/KH-SNN',
  placeDate: 'Quảng Nam, ngày 20 tháng 8 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Phòng cháy, chữa cháy rừng mùa khô năm 2024',
});

describe('the head of a sub-department or a ranger station signs for it: "của Chi cục trưởng Chi cục … tại Tờ trình số …"', () => {
  it('a department\'s plan: "Theo đề nghị của Chi cục trưởng Chi cục Kiểm lâm tại Tờ trình số …" is the sub-department\'s', () => {
    expect(cited(forestryPlan(`Theo đề nghị của Chi cục trưởng Chi cục Kiểm lâm tại Tờ trình số 41/TTr-CCKL ngày 03/7/2024, Sở Nông nghiệp và PTNT xây dựng Kế hoạch như sau:

1. Các đơn vị chủ rừng làm đường băng cản lửa.`))).toEqual([
      ['41/TTr-CCKL', 'cites', 'Chi cục Kiểm lâm tỉnh Quảng Nam'],
    ]);
  });

  it('a commune\'s fragment in another province: "Thực hiện Công văn số … của Hạt trưởng Hạt Kiểm lâm huyện Con Cuông, …"', () => {
    expect(cited(`Thực hiện Công văn số 25/HKL ngày 02/3/2024 của Hạt trưởng Hạt Kiểm lâm huyện Con Cuông, UBND xã Môn Sơn yêu cầu các thôn tổ chức trực chữa cháy rừng.`)).toEqual([
      ['25/HKL', 'implements', 'Hạt Kiểm lâm huyện Con Cuông'],
    ]);
  });
});

describe('a commander signs for his command: "của Tư lệnh <command>" is the Bộ Tư lệnh\'s document', () => {
  it('a border guard news report, wrapped before the post: "… Chỉ thị số … của⏎Tư lệnh Bộ đội Biên phòng và Kế hoạch số …"', () => {
    expect(cited(`Kế hoạch số 52/KH-BCH được xây dựng nhằm thực hiện Chỉ thị số 03/CT-BTL ngày 10/01/2025 của
Tư lệnh Bộ đội Biên phòng và Kế hoạch số 17/KH-UBND ngày 02/3/2025 của UBND tỉnh Nghệ An về phòng, chống tội phạm.`)).toEqual([
      ['03/CT-BTL', 'implements', 'Bộ Tư lệnh Bộ đội Biên phòng'],
      ['17/KH-UBND', 'implements', 'UBND tỉnh Nghệ An'],
    ]);
  });

  it('a military region: "Thực hiện Mệnh lệnh số … của Tư lệnh Quân khu 4, Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh …"', () => {
    expect(cited(`Thực hiện Mệnh lệnh số 12/ML-BTL ngày 04/5/2024 của Tư lệnh Quân khu 4, Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh yêu cầu các đơn vị thực hiện.`)).toEqual([
      ['12/ML-BTL', 'implements', 'Bộ Tư lệnh Quân khu 4'],
    ]);
  });
});
