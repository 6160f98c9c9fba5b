import { describe, expect, it } from 'vitest';
import { citedWithIssuers as cited, headed } from './docs.js';

/**
 * Citations and their relations from the misses of batch 27's 28 documents moved to tune (2026-12-07;
 * docs/extraction-rounds.md, "Citations of batch 27's moved documents"), on short documents written for
 * this test, each with a variant in another province or another kind of body.
 */

const farmers = headed({
  issuer: 'HỘI NÔNG DÂN TỈNH NINH BÌNH\nBAN THƯỜNG VỤ HỘI NÔNG DÂN HUYỆN GIA VIỄN',
  number: '31-KH/HND',
  placeDate: 'Gia Viễn, ngày 11 tháng 3 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Phát triển chi hội nông dân nghề nghiệp năm 2024',
  rule: '*',
});

const partyDistrict = headed({
  issuer: 'ĐẢNG BỘ TỈNH LẠNG SƠN\nHUYỆN ỦY BÌNH GIA',
  number: '88-KH/HU',
  placeDate: 'Bình Gia, ngày 04 tháng 7 năm 2023',
  kind: 'KẾ HOẠCH',
  title: 'Phát triển cây hồi, cây quế giai đoạn 2023 - 2025',
  rule: '*',
});

describe('a document named without a number, joined by "và" or a comma to a numbered one, is the next item of the list', () => {
  it('a congress\'s resolution after "và" ends the cited plan\'s issuer: "tỉnh Ninh Bình và Nghị" is no pair of places', () => {
    expect(cited(farmers(`Thực hiện Kế hoạch số 12-KH/HNDT ngày 20/02/2024 của Ban Thường vụ Hội Nông dân tỉnh Ninh Bình và Nghị quyết Đại hội đại biểu Hội Nông dân huyện Gia Viễn lần thứ X, Ban Thường vụ Hội Nông dân huyện xây dựng Kế hoạch như sau:

1. Các cơ sở Hội thành lập mới ít nhất 05 chi hội nghề nghiệp.`))).toEqual([
      ['12-KH/HNDT', 'implements', 'Ban Thường vụ Hội Nông dân tỉnh Ninh Bình'],
      ['Nghị quyết Đại hội đại biểu Hội Nông dân huyện Gia Viễn lần thứ X', 'implements', 'Hội Nông dân huyện Gia Viễn'],
    ]);
  });

  it('a congress\'s resolution named "Đại hội đại biểu" after "và" ends the cited resolution\'s subject', () => {
    expect(cited(partyDistrict(`Thực hiện Nghị quyết số 07-NQ/TU ngày 15/5/2022 của Ban Chấp hành Đảng bộ tỉnh về phát triển lâm nghiệp đến năm 2030 và Nghị quyết Đại hội đại biểu Đảng bộ huyện Bình Gia lần thứ XXIV, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:

1. Ban cán sự đảng Ủy ban nhân dân huyện lãnh đạo xây dựng vùng nguyên liệu hồi.`))).toEqual([
      ['07-NQ/TU', 'implements', 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn'],
      ['Nghị quyết Đại hội đại biểu Đảng bộ huyện Bình Gia lần thứ XXIV', 'implements', 'Đảng bộ huyện Bình Gia'],
    ]);
  });

  it('a Law after a comma at the end of a directive\'s subject shares its trigger', () => {
    expect(cited(partyDistrict(`Quán triệt Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng, Luật Lâm nghiệp năm 2017 và trên cơ sở Báo cáo số 215-BC/HU ngày 20/6/2023 của Huyện ủy, Ban Thường vụ Huyện ủy yêu cầu các cấp ủy thực hiện tốt các nội dung sau:

1. Ủy ban nhân dân huyện rà soát quy hoạch ba loại rừng.`))).toEqual([
      ['13-CT/TW', 'implements', 'Ban Bí thư'],
      ['215-BC/HU', 'cites', 'Huyện ủy Bình Gia'],
      ['Luật Lâm nghiệp năm 2017', 'implements', null],
    ]);
  });

  it('a joint issuer after "và" is still read whole (guard)', () => {
    expect(cited(farmers(`Thực hiện Chương trình phối hợp số 05/CTrPH-HND-NHCS ngày 10/01/2024 của Hội Nông dân tỉnh và Ngân hàng Chính sách xã hội tỉnh Ninh Bình, Ban Thường vụ Hội Nông dân huyện xây dựng Kế hoạch như sau:

1. Các cơ sở Hội rà soát hộ vay vốn.`)).map((c) => c.slice(0, 2))).toEqual([['05/CTrPH-HND-NHCS', 'implements']]);
  });
});

const communeParty = headed({
  issuer: 'ĐẢNG BỘ HUYỆN KỲ ANH\nĐẢNG ỦY XÃ KỲ TIẾN',
  number: '14-KH/ĐU',
  placeDate: 'Kỳ Tiến, ngày 20 tháng 9 năm 2023',
  kind: 'KẾ HOẠCH',
  title: 'Xây dựng xã nông thôn mới nâng cao',
  section: 'III. TỔ CHỨC THỰC HIỆN',
  rule: '*',
});

const womenDistrict = headed({
  issuer: 'HỘI LHPN TỈNH ĐẮK NÔNG\nBAN THƯỜNG VỤ HỘI LHPN HUYỆN CƯ JÚT',
  number: '09/CTr-HPN',
  placeDate: 'Cư Jút, ngày 06 tháng 02 năm 2024',
  kind: 'CHƯƠNG TRÌNH',
  title: 'Phụ nữ khởi nghiệp năm 2024',
});

describe('the document itself as the subject of a carrying-out verb carries a congress\'s resolution out', () => {
  it('"Kế hoạch này cụ thể hóa Nghị quyết Đại hội …" in a commune Party plan\'s closing section', () => {
    expect(cited(communeParty(`Kế hoạch này cụ thể hóa Nghị quyết Đại hội đại biểu Đảng bộ xã Kỳ Tiến lần thứ XXIV, nhiệm kỳ 2020 - 2025. Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Đảng ủy.`))).toEqual([
      ['Nghị quyết Đại hội đại biểu Đảng bộ xã Kỳ Tiến lần thứ XXIV', 'implements', 'Đảng bộ xã Kỳ Tiến'],
    ]);
  });

  it('"Chương trình này triển khai Nghị quyết Đại hội …" in a district Women\'s Union programme', () => {
    expect(cited(womenDistrict(`Chương trình này triển khai Nghị quyết Đại hội đại biểu Phụ nữ huyện Cư Jút lần thứ XII trong năm 2024.

1. Các cơ sở Hội hỗ trợ ít nhất 10 hội viên khởi nghiệp.`)).map((c) => c.slice(0, 2))).toEqual([
      ['Nghị quyết Đại hội đại biểu Phụ nữ huyện Cư Jút lần thứ XII', 'implements'],
    ]);
  });

  it('a resolution tied to other work after other words of the clause is still its aim (guard)', () => {
    expect(cited(communeParty(`Các chi bộ tổ chức sinh hoạt chuyên đề, gắn với thi đua thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Kỳ Tiến lần thứ XXIV.`)).map((c) => c.slice(0, 2))).toEqual([
      ['Nghị quyết Đại hội đại biểu Đảng bộ xã Kỳ Tiến lần thứ XXIV', 'cites'],
    ]);
  });
});

describe('a number wrapped right after its slash (a web copy\'s hard line break)', () => {
  it('a province\'s letter "4512/" / "UBND-KT" after the ministry\'s', () => {
    expect(cited(headed({
      issuer: 'UBND TỈNH NGHỆ AN\nSỞ CÔNG THƯƠNG',
      number: '1880/SCT-QLTM',
      placeDate: 'Nghệ An, ngày 15 tháng 10 năm 2024',
      kind: 'V/v bình ổn thị trường cuối năm',
      title: '',
    })(`Thực hiện Công văn số 7021/BCT-TTTN ngày 02/10/2024 của Bộ Công Thương và chỉ đạo của Ủy ban nhân dân tỉnh tại Công văn số 4512/
UBND-KT ngày 08/10/2024, Sở Công Thương đề nghị các đơn vị thực hiện một số nội dung sau:

1. Các doanh nghiệp phân phối dự trữ đủ hàng hóa thiết yếu.`))).toEqual([
      ['4512/UBND-KT', 'implements', 'UBND tỉnh Nghệ An'],
      ['7021/BCT-TTTN', 'implements', 'Bộ Công Thương'],
    ]);
  });

  it('a Party plan "15-KH/" / "TU" wrapped the same way', () => {
    expect(cited(partyDistrict(`Thực hiện Kế hoạch số 15-KH/
TU ngày 02/6/2023 của Ban Thường vụ Tỉnh ủy về phát triển cây dược liệu, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:

1. Ủy ban nhân dân huyện quy hoạch vùng trồng hồi.`))).toEqual([['15-KH/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Lạng Sơn']]);
  });
});

describe('a document named by the year it is for takes its owner from the "của" after the year', () => {
  it('a provincial Women\'s Union\'s yearly programme, its body named by its level', () => {
    expect(cited(headed({
      issuer: 'HỘI LHPN VIỆT NAM\nBAN THƯỜNG VỤ HỘI LHPN TỈNH QUẢNG TRỊ',
      number: '21/KH-HPN',
      placeDate: 'Quảng Trị, ngày 12 tháng 3 năm 2024',
      kind: 'KẾ HOẠCH',
      title: 'Hỗ trợ phụ nữ làm kinh tế tập thể năm 2024',
    })(`Thực hiện Chương trình công tác năm 2024 của Ban Chấp hành Hội LHPN tỉnh, Ban Thường vụ Hội LHPN tỉnh ban hành Kế hoạch như sau:

1. Hội LHPN các huyện hỗ trợ thành lập mới 05 tổ hợp tác.`))).toEqual([
      ['Chương trình công tác năm 2024', 'implements', 'Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Quảng Trị'],
    ]);
  });

  it('a provincial Youth Union\'s yearly programme, "của Ban Chấp hành Tỉnh Đoàn"', () => {
    expect(cited(headed({
      issuer: 'BCH ĐOÀN TỈNH BÌNH PHƯỚC\n***',
      number: '33-KH/TĐTN-PT',
      placeDate: 'Bình Phước, ngày 02 tháng 4 năm 2024',
      kind: 'KẾ HOẠCH',
      title: 'Chiến dịch tình nguyện mùa hè năm 2024',
    })(`Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024 của Ban Chấp hành Tỉnh Đoàn; Ban Thường vụ Tỉnh Đoàn ban hành Kế hoạch như sau:

1. Các huyện đoàn ra quân chiến dịch trong tháng 6.`))).toEqual([
      ['Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024', 'basis', 'Ban Chấp hành Tỉnh đoàn Bình Phước'],
    ]);
  });

  it('"của Ban Chấp hành" alone names no owner (guard)', () => {
    expect(cited(communeParty(`Căn cứ Chương trình công tác năm 2023 của Ban Chấp hành, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:`))).toEqual([
      ['Chương trình công tác năm 2023', 'basis', null],
    ]);
  });
});

const districtCommittee = headed({
  issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG TÈ',
  number: '45/KH-UBND',
  placeDate: 'Mường Tè, ngày 14 tháng 5 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Phòng, chống dịch bệnh truyền nhiễm năm 2024',
});

describe('the carrying out of a document as the subject of an assessment reported is reviewed, not carried out', () => {
  it('a news report: "Thông báo … nêu rõ, việc thực hiện Kế hoạch số … còn hình thức"', () => {
    expect(cited(`Mường Tè chấn chỉnh công tác giảm nghèo

(LC) - Thông báo số 212-TB/HU ngày 05/6/2024 của Ban Thường vụ Huyện ủy Mường Tè nêu rõ, việc thực hiện Kế hoạch số 88/KH-UBND ngày 12/3/2023 của UBND huyện Mường Tè về giảm nghèo bền vững còn chậm, một số xã chưa quyết liệt.

Ban Thường vụ Huyện ủy giao Ủy ban nhân dân huyện chỉ đạo rà soát hộ nghèo.
`).filter((c) => c[0] === '88/KH-UBND')).toEqual([['88/KH-UBND', 'cites', 'UBND huyện Mường Tè']]);
  });

  it('a plan\'s situation: "Đoàn giám sát đánh giá, việc triển khai Chỉ thị số … chưa đồng đều"', () => {
    expect(cited(districtCommittee(`I. TÌNH HÌNH

Năm 2023, Đoàn giám sát của Hội đồng nhân dân huyện đánh giá, việc triển khai Chỉ thị số 07/CT-UBND ngày 02/3/2023 của Ủy ban nhân dân tỉnh Lai Châu ở các xã chưa đồng đều.`))).toEqual([
      ['07/CT-UBND', 'cites', 'UBND tỉnh Lai Châu'],
    ]);
  });

  it('a purpose over the carrying out still carries it out (guard)', () => {
    expect(cited(districtCommittee(`Để việc thực hiện Chỉ thị số 07/CT-UBND ngày 02/3/2023 của Ủy ban nhân dân tỉnh Lai Châu đạt hiệu quả, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:`)).map((c) => c.slice(0, 2))).toEqual([
      ['07/CT-UBND', 'implements'],
    ]);
  });
});

describe('a bare "theo" after a comma, closing a sentence other words opened, names the measure', () => {
  it('the funding paragraph of a ward\'s plan: "Kinh phí …, theo Kế hoạch số … của UBND thành phố …."', () => {
    expect(cited(headed({
      issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG QUANG TRUNG',
      number: '61/KH-UBND',
      placeDate: 'Quang Trung, ngày 10 tháng 5 năm 2024',
      kind: 'KẾ HOẠCH',
      title: 'Phòng, chống sốt xuất huyết năm 2024',
    })(`IV. KINH PHÍ

Kinh phí thực hiện lấy từ dự toán ngân sách phường năm 2024 dành cho công tác y tế, theo Kế hoạch số 98/KH-UBND ngày 02/4/2024 của UBND thành phố Uông Bí về phòng, chống dịch bệnh năm 2024.`))).toEqual([
      ['98/KH-UBND', 'cites', 'UBND thành phố Uông Bí'],
    ]);
  });

  it('a commune Party resolution: the budget line accords with a district plan', () => {
    expect(cited(communeParty(`Nguồn lực thực hiện do ngân sách xã bảo đảm và huy động xã hội hóa, theo Kế hoạch số 77-KH/HU ngày 05/5/2023 của Ban Thường vụ Huyện ủy Kỳ Anh.`))).toEqual([
      ['77-KH/HU', 'cites', 'Ban Thường vụ Huyện ủy Kỳ Anh'],
    ]);
  });

  it('"Theo Kế hoạch số …," opening its sentence is read as before (guard)', () => {
    expect(cited(communeParty(`Theo Kế hoạch số 77-KH/HU ngày 05/5/2023 của Ban Thường vụ Huyện ủy Kỳ Anh, Ban Thường vụ Đảng ủy xã triển khai các nội dung sau:`)).map((c) => c.slice(0, 2))).toEqual([
      ['77-KH/HU', 'implements'],
    ]);
  });
});

describe('"của Sở." after a document of the writer\'s own code, with no body of that head named before, is the writer', () => {
  const letter = (issuer: string, number: string, body: string) => headed({
    issuer, number, placeDate: 'ngày 03 tháng 9 năm 2024', kind: 'V/v triển khai nhiệm vụ', title: '',
  })(body);

  it('a provincial Sở\'s letter citing its own plan', () => {
    expect(cited(letter('UBND TỈNH PHÚ YÊN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO', '1450/SGDĐT-CTTT', `Đề nghị Trường Cao đẳng Sư phạm tỉnh tổ chức tập huấn kỹ năng sơ cứu cho giáo viên theo Kế hoạch số 61/KH-SGDĐT ngày 10/6/2024 của Sở.`))).toEqual([
      ['61/KH-SGDĐT', 'cites', 'Sở Giáo dục và đào tạo tỉnh Phú Yên'],
    ]);
  });

  it('a Chi cục\'s letter citing its own plan', () => {
    expect(cited(letter('SỞ NÔNG NGHIỆP VÀ PTNT TỈNH BẾN TRE\nCHI CỤC THỦY SẢN', '215/CCTS-KT', `Các trạm thủy sản kiểm tra tàu cá theo Kế hoạch số 34/KH-CCTS ngày 02/4/2024 của Chi cục.`))[0]).toEqual(
      ['34/KH-CCTS', 'cites', 'Chi cục Thủy sản tỉnh Bến Tre'],
    );
  });

  it('another body\'s code is not read as the writer\'s (guard)', () => {
    expect(cited(letter('UBND TỈNH PHÚ YÊN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO', '1450/SGDĐT-CTTT', `Đề nghị các trường thực hiện theo Kế hoạch số 88/KH-SYT ngày 10/6/2024 của Sở.`))).toEqual([
      ['88/KH-SYT', 'cites', null],
    ]);
  });
});

describe('one Law named with its year and again without it is one citation', () => {
  it('a commune\'s plan: the Law under "Căn cứ" with its year, then in a task without', () => {
    expect(cited(headed({
      issuer: 'ỦY BAN NHÂN DÂN\nXÃ CẨM NHƯỢNG',
      number: '52/KH-UBND',
      placeDate: 'Cẩm Nhượng, ngày 08 tháng 5 năm 2024',
      kind: 'KẾ HOẠCH',
      title: 'Phòng, chống thiên tai năm 2024',
    })(`Căn cứ Luật Phòng, chống thiên tai năm 2013;

Ủy ban nhân dân xã ban hành Kế hoạch như sau:

1. Ban Chỉ huy xã kiện toàn lực lượng xung kích theo quy định của Luật Phòng, chống thiên tai.`))).toEqual([
      ['Luật Phòng, chống thiên tai năm 2013', 'basis', null],
    ]);
  });

  it('a district Party plan: a task names the Law without its year first', () => {
    expect(cited(partyDistrict(`1. Các chi bộ tuyên truyền Luật Lâm nghiệp đến từng hộ nhận khoán.

2. Ủy ban nhân dân huyện xử lý nghiêm vi phạm theo quy định của Luật Lâm nghiệp năm 2017.`))).toEqual([
      ['Luật Lâm nghiệp', 'cites', null],
    ]);
  });
});

describe('a Law named after "theo quy định của" ends a cited document\'s subject, and is cited', () => {
  it('a news report: a provincial command\'s notice given under a Law', () => {
    expect(cited(`Quảng Trị chủ động ứng phó bão số 4

(QT) - Chiều 18/9, Ủy ban nhân dân tỉnh Quảng Trị đã có văn bản chỉ đạo các địa phương sẵn sàng sơ tán dân.

Trước đó, ngày 17/9, Ban Chỉ huy Phòng thủ dân sự tỉnh đã có Thông báo số 92/TB-BCH về diễn biến bão số 4 theo quy định của Luật Phòng thủ dân sự.
`).filter((c) => c[0] !== null && String(c[0]).startsWith('Luật'))).toEqual([['Luật Phòng thủ dân sự', 'cites', null]]);
  });

  it('a commune\'s plan: a decision on compensation "theo quy định tại Luật Đất đai năm 2024"', () => {
    expect(cited(headed({
      issuer: 'ỦY BAN NHÂN DÂN\nXÃ GIO MỸ',
      number: '17/KH-UBND',
      placeDate: 'Gio Mỹ, ngày 02 tháng 10 năm 2024',
      kind: 'KẾ HOẠCH',
      title: 'Giải phóng mặt bằng đường ven biển',
    })(`Ban Bồi thường xã lập phương án theo Quyết định số 88/QĐ-UBND ngày 20/8/2024 của UBND huyện Gio Linh về bồi thường, hỗ trợ theo quy định tại Luật Đất đai năm 2024.`))).toEqual([
      ['88/QĐ-UBND', 'cites', 'UBND huyện Gio Linh'],
      ['Luật Đất đai năm 2024', 'cites', null],
    ]);
  });
});

describe('a plural back-reference ("các văn bản này") names every document told in its paragraph just before', () => {
  it('a news report: a conclusion and a plan recalled, then the notice "nhằm cụ thể hóa các văn bản này"', () => {
    expect(cited(`Yên Mỹ đẩy nhanh giải phóng mặt bằng khu công nghiệp

(HY) - Ngày 20/5, Thường trực Huyện ủy Yên Mỹ đã ban hành Thông báo số 215-TB/HU kết luận về giải phóng mặt bằng khu công nghiệp Yên Mỹ II.

Trước đó, ngày 12/4, Ban Thường vụ Tỉnh ủy đã có Kết luận số 141-KL/TU về tiến độ các dự án trọng điểm, đồng thời UBND tỉnh ban hành Kế hoạch số 66/KH-UBND về giải phóng mặt bằng năm 2024. Thông báo của Huyện ủy Yên Mỹ nhằm cụ thể hóa các văn bản này.
`).filter((c) => c[0] === '141-KL/TU' || c[0] === '66/KH-UBND').map((c) => c.slice(0, 2))).toEqual([
      ['141-KL/TU', 'implements'],
      ['66/KH-UBND', 'implements'],
    ]);
  });

  it('a commune plan: two documents of the district told, then "Để triển khai các văn bản trên, …"', () => {
    expect(cited(communeParty(`Ngày 05/3/2024, Ban Thường vụ Huyện ủy ban hành Chỉ thị số 09-CT/HU về phòng, chống cháy rừng và Ủy ban nhân dân huyện có Công văn số 412/UBND-NN về trực cháy rừng mùa khô. Để triển khai các văn bản trên, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:`)).map((c) => c.slice(0, 2))).toEqual([
      ['09-CT/HU', 'implements'],
      ['412/UBND-NN', 'implements'],
    ]);
  });

  it('documents of an earlier paragraph are not reached (guard)', () => {
    expect(cited(communeParty(`Năm 2023, Ban Thường vụ Huyện ủy ban hành Chỉ thị số 09-CT/HU về phòng, chống cháy rừng.

Ngày 05/3/2024, Ủy ban nhân dân huyện có Công văn số 412/UBND-NN về trực cháy rừng mùa khô. Để triển khai các văn bản trên, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:`)).map((c) => c.slice(0, 2))).toEqual([
      ['09-CT/HU', 'cites'],
      ['412/UBND-NN', 'implements'],
    ]);
  });
});
