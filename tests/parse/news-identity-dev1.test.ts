import { describe, expect, it } from 'vitest';
import { ownIdentity, citedNumbers, newsArticle } from './docs.js';

/**
 * A news report's identity read over the whole article (src/parse/find/news-identity.ts), from the news
 * reports of blind batch 30 (docs/extraction-rounds.md, "News reports' identity"): the lead tells which
 * document the article is about, and its number, date and issuer are taken wherever the article states
 * them about that document. Each shape in two variants (another province, another kind of body), on short
 * articles written for this test. A chairman's document is his committee's (the resolver's name for it).
 */

const article = newsArticle('Thanh Bình');

describe('the number and date in brackets after the lead\'s bare type word', () => {
  it('a provincial border guard command\'s plan, the brackets wrapped over two lines', () => {
    const text = article('Biên phòng Cà Mau ra quân chống khai thác hải sản trái phép', 'Thứ Hai, 09/12/2024 - 08:15 | Quốc phòng',
      '(BCM) - Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau vừa ban hành kế hoạch (số 1874/KH-BCH\nngày 05/12/2024) mở đợt tuần tra trên các cửa biển trước mùa gió chướng.',
      'Theo kế hoạch, Đồn Biên phòng Khánh Hội chủ trì tuần tra tại cửa biển Khánh Hội.');
    expect(ownIdentity(text)).toEqual({ number: '1874/KH-BCH', docType: 'Kế hoạch', issuedOn: '2024-12-05', issuer: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau' });
    expect(citedNumbers(text)).toEqual([]);
  });

  it('a district people\'s committee\'s directive, the date with a comma inside the brackets', () => {
    const text = article('Huyện Đức Trọng siết chặt quản lý đất rừng', 'Cập nhật lúc 14:30, 20/3/2025',
      'UBND huyện Đức Trọng đã ban hành chỉ thị (số 03/CT-UBND, ngày 18/3/2025) về tăng cường quản lý đất lâm nghiệp.',
      'Chỉ thị yêu cầu các xã rà soát diện tích rừng bị lấn chiếm.');
    expect(ownIdentity(text)).toEqual({ number: '03/CT-UBND', docType: 'Chỉ thị', issuedOn: '2025-03-18', issuer: 'UBND huyện Đức Trọng' });
    expect(citedNumbers(text)).toEqual([]);
  });
});

describe('the number and date only in a later sentence about the document', () => {
  it('"Kế hoạch do Chủ tịch Hội … ký ngày …, mang số …" under a lead that reports a meeting carrying it out', () => {
    const text = article('Nông dân Tam Nông chung sức làm giàu', 'Cập nhật lúc 09:10, 22/4/2024',
      'Sáng 20/4, Hội Nông dân huyện Tam Nông tổ chức hội nghị triển khai kế hoạch phát triển hợp tác xã kiểu mới giai đoạn 2024 - 2026.',
      'Kế hoạch do Chủ tịch Hội Nông dân huyện ký ngày 12/4/2024, mang số 31-KH/HND, được xây dựng nhằm thực hiện Nghị quyết số 05-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện Tam Nông.',
      'Theo kế hoạch, Hội Nông dân các xã rà soát hộ hội viên có nhu cầu vào hợp tác xã.');
    expect(ownIdentity(text)).toEqual({ number: '31-KH/HND', docType: 'Kế hoạch', issuedOn: '2024-04-12', issuer: 'Hội Nông dân huyện Tam Nông' });
    expect(citedNumbers(text)).toEqual(['05-NQ/HU']);
  });

  it('"Kế hoạch số … do … ký ngày …" after a lead that quotes the plan\'s title without its number', () => {
    const text = article('Phụ nữ Bình Định giữ sạch bờ biển', 'Thứ Ba, 16/4/2024 - 10:20',
      '(BBĐ) - Không để rác thải nhựa trên bãi biển là mục tiêu Hội Liên hiệp Phụ nữ tỉnh Bình Định đặt ra trong kế hoạch "Phụ nữ chung tay vì biển sạch giai đoạn 2024 - 2026".',
      'Kế hoạch số 44/KH-HPN do Chủ tịch Hội Liên hiệp Phụ nữ tỉnh ký ngày 10/4/2024, triển khai Kế hoạch số 12/KH-ĐCT của Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam.',
      'Theo kế hoạch, Hội Liên hiệp Phụ nữ các huyện ven biển tổ chức ra quân nhặt rác mỗi tháng một lần.');
    expect(ownIdentity(text)).toEqual({ number: '44/KH-HPN', docType: 'Kế hoạch', issuedOn: '2024-04-10', issuer: 'Hội Liên hiệp Phụ nữ tỉnh Bình Định' });
    expect(citedNumbers(text)).toEqual(['12/KH-ĐCT']);
  });
});

describe('a lead that signs an unnumbered document, its number in brackets later and its day from the lead', () => {
  it('"Chiều 3/11, … Chủ tịch UBND tỉnh … đã ký ban hành công điện khẩn …" then "Công điện (số …) được ban hành …"', () => {
    // The page's name and dateline above the headline.
    const text = article('BÁO QUẢNG TRỊ ĐIỆN TỬ', 'Thời sự | Thứ Hai, 03/11/2025 19:05', 'Quảng Trị ra công điện khẩn: sơ tán dân vùng trũng trước 20 giờ',
      '(QT) - Chiều 3/11, trước diễn biến mưa lớn, Chủ tịch UBND tỉnh Quảng Trị đã ký ban hành công điện khẩn yêu cầu các địa phương sơ tán người dân vùng trũng.',
      'Mực nước sông Thạch Hãn đã lên trên báo động II.',
      'Công điện (số 21/CĐ-UBND) được ban hành nhằm triển khai Công điện số 210/CĐ-TTg ngày 02/11/2025 của Thủ tướng Chính phủ.',
      'Trước đó, ngày 31/10, UBND tỉnh đã có Công văn số 5120/UBND-NN về chủ động ứng phó mưa lớn.');
    expect(ownIdentity(text)).toEqual({ number: '21/CĐ-UBND', docType: 'Công điện', issuedOn: '2025-11-03', issuer: 'UBND tỉnh Quảng Trị' });
    expect(citedNumbers(text)).toEqual(['210/CĐ-TTg', '5120/UBND-NN']);
  });

  it('"tối 14/9, Chủ tịch UBND thành phố đã ký công điện khẩn" then "…, Công điện số … yêu cầu …" after the one it carries out', () => {
    const text = article('Đà Nẵng cấm biển từ trưa mai', 'Cập nhật: 14/09/2025 21:40 | Thời sự',
      '(ĐN) - Trước diễn biến của bão số 8, tối 14/9, Chủ tịch UBND thành phố Đà Nẵng đã ký công điện khẩn yêu cầu các sở, ngành triển khai ứng phó.',
      'Thực hiện Công điện số 150/CĐ-TTg ngày 13/9/2025 của Thủ tướng Chính phủ, Công điện số 09/CĐ-UBND yêu cầu các phường ven biển sơ tán người dân.',
      'Sở Giáo dục và Đào tạo thực hiện theo Chỉ thị số 05/CT-UBND ngày 10/8/2025 của UBND thành phố về phòng, chống thiên tai.');
    expect(ownIdentity(text)).toEqual({ number: '09/CĐ-UBND', docType: 'Công điện', issuedOn: '2025-09-14', issuer: 'UBND Thành phố Đà Nẵng' });
    expect(citedNumbers(text)).not.toContain('09/CĐ-UBND');
  });
});

describe('the generic word in the lead, its type and number in brackets, its issuer in the next paragraph', () => {
  it('a ministry\'s letter: "văn bản hỏa tốc (Công văn số … ngày …) đã được gửi tới …", then "Văn bản do Bộ … ban hành …"', () => {
    const text = article('Rà soát hồ chứa trước mùa mưa', 'Thứ Tư, 11/6/2025 - 16:00',
      '(BTH) - Trước dự báo mưa lớn, văn bản hỏa tốc (Công văn số 2988/BNNMT-TL ngày 10/6/2025) đã được gửi tới UBND các tỉnh Bắc Trung Bộ, yêu cầu bảo đảm an toàn hồ chứa.',
      'Văn bản do Bộ Nông nghiệp và Môi trường ban hành nhằm triển khai Chỉ thị số 19/CT-TTg ngày 24/4/2025 của Thủ tướng Chính phủ.',
      'Sau đó, UBND tỉnh đã ban hành Công văn số 330/UBND-NN ngày 11/6/2025 chỉ đạo các huyện.');
    expect(ownIdentity(text)).toEqual({ number: '2988/BNNMT-TL', docType: 'Công văn', issuedOn: '2025-06-10', issuer: 'Bộ Nông nghiệp và Môi trường' });
    expect(citedNumbers(text)).not.toContain('2988/BNNMT-TL');
  });

  it('a provincial department\'s letter, the same shape', () => {
    const text = article('Khẩn trương tiêm phòng cho đàn gia súc', 'Thứ Sáu, 18/10/2024 - 08:05',
      '(BYB) - Trước đợt rét sớm, văn bản (Công văn số 1502/SNN-CNTY ngày 16/10/2024) đã được gửi tới UBND các huyện, yêu cầu tiêm phòng cho đàn trâu, bò.',
      'Văn bản do Sở Nông nghiệp và Phát triển nông thôn tỉnh Yên Bái ban hành.');
    expect(ownIdentity(text)).toEqual({ number: '1502/SNN-CNTY', docType: 'Công văn', issuedOn: '2024-10-16', issuer: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Yên Bái' });
  });
});

describe('a day without its year takes the article\'s; a month alone is no date', () => {
  it('"Kế hoạch, ký ngày 14/5, nhằm …": the year of the article\'s dateline', () => {
    const text = article('Mặt trận tỉnh vận động xây nhà cho hộ nghèo', 'Thứ Năm, 16/05/2024 - 09:12',
      'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Bình vừa ban hành kế hoạch vận động ủng hộ xóa nhà tạm năm 2024.',
      'Kế hoạch, ký ngày 14/5, nhằm cụ thể hóa Kế hoạch số 246-KH/TU ngày 26/4/2024 của Ban Thường vụ Tỉnh ủy.');
    expect(ownIdentity(text)).toMatchObject({ number: null, docType: 'Kế hoạch', issuedOn: '2024-05-14' });
  });

  it('"Kế hoạch … do Ban Thường vụ Huyện đoàn … ban hành trong tháng 5/2024": the type and the issuer, no date', () => {
    const text = article('Tuổi trẻ Hải Hậu ra quân tình nguyện hè', 'Ngày đăng: 06/6/2024 | Lượt xem: 321',
      'Sáng 05/6, hơn 500 đoàn viên đã tham dự lễ ra quân chiến dịch tình nguyện hè năm 2024.',
      'Kế hoạch tổ chức chiến dịch do Ban Thường vụ Huyện đoàn Hải Hậu ban hành trong tháng 5/2024, nhằm triển khai Kế hoạch số 08-KH/HU ngày 20/02/2024 của Ban Thường vụ Huyện ủy Hải Hậu.');
    expect(ownIdentity(text)).toMatchObject({ number: null, docType: 'Kế hoạch', issuedOn: null });
  });
});

describe('the lead\'s own numbered document over one the article recalls', () => {
  it('"… vừa ký\\nban hành Chỉ thị số … ngày …" and "Chỉ thị này thay thế Chỉ thị số … của Tỉnh ủy": the lead\'s', () => {
    const text = article('Tỉnh ủy chỉ thị bảo vệ rừng phòng hộ', 'Thứ Sáu, 12/07/2024 - 09:40',
      '(TV) - Thay mặt Ban Thường vụ Tỉnh ủy Trà Vinh, Phó Bí thư Thường trực Tỉnh ủy vừa ký\nban hành Chỉ thị số 37-CT/TU ngày 10/7/2024 về bảo vệ rừng phòng hộ ven biển.',
      'Chỉ thị yêu cầu các huyện ủy ven biển lãnh đạo giao khoán bảo vệ rừng.',
      'Được biết, Chỉ thị này thay thế Chỉ thị số 15-CT/TU ngày 05/3/2018 của Tỉnh ủy về cùng nội dung.');
    expect(ownIdentity(text)).toMatchObject({ number: '37-CT/TU', docType: 'Chỉ thị', issuedOn: '2024-07-10' });
    expect(citedNumbers(text)).toEqual(['15-CT/TU']);
  });

  it('guard: a council\'s sitting day is not its resolution\'s date', () => {
    const text = article('HĐND tỉnh thông qua nghị quyết hỗ trợ học phí', 'Cập nhật: 16:40 | 12/7/2024',
      '(BKT) - Chiều 11/7, tại kỳ họp thứ 20, Hội đồng nhân dân tỉnh Kon Tum khóa XII đã thông qua Nghị quyết số 21/2024/NQ-HĐND quy định mức hỗ trợ học phí năm học 2024 - 2025.');
    expect(ownIdentity(text)).toMatchObject({ number: '21/2024/NQ-HĐND', docType: 'Nghị quyết', issuedOn: null });
  });
});

describe('the number in brackets after the document\'s title, not its type word', () => {
  it('a quoted title, then "(số …, ngày …)"', () => {
    const text = article('Cựu chiến binh Hà Giang trồng rừng đầu nguồn', 'Thứ Hai, 22/4/2024 - 15:10',
      '(BHG) - Hội Cựu chiến binh tỉnh Hà Giang vừa ban hành kế hoạch "Cựu chiến binh chung tay phủ xanh đồi trọc giai đoạn 2024 - 2026" (số 19/KH-CCB, ngày 18/4/2024).',
      'Theo kế hoạch, Hội Cựu chiến binh các huyện vùng cao nhận trồng mới 200 ha rừng mỗi năm.');
    expect(ownIdentity(text)).toEqual({ number: '19/KH-CCB', docType: 'Kế hoạch', issuedOn: '2024-04-18', issuer: 'Hội Cựu chiến binh tỉnh Hà Giang' });
    expect(citedNumbers(text)).toEqual([]);
  });

  it('a title in words, then "(Kế hoạch số …)", in a district Youth Union\'s report', () => {
    const text = article('Thanh niên Mường Tè làm đường giao thông nông thôn', 'Cập nhật lúc 08:00, 10/6/2024',
      'Ban Thường vụ Huyện đoàn Mường Tè đã ban hành kế hoạch ra quân làm đường bê tông liên bản hè năm 2024 (Kế hoạch số 15-KH/HĐT ngày 05/6/2024).',
      'Theo kế hoạch, Đoàn các xã tổ chức mỗi tháng hai buổi lao động tình nguyện.');
    expect(ownIdentity(text)).toEqual({ number: '15-KH/HĐT', docType: 'Kế hoạch', issuedOn: '2024-06-05', issuer: 'Ban Thường vụ Huyện đoàn Mường Tè' });
  });
});

describe('the issuer named only as the source of what the article says of the document', () => {
  it('"Theo Ban Thường vụ Hội LHPN tỉnh …, kế hoạch …" in a later paragraph, past a source of figures; the lead a passive', () => {
    const text = article('Hỗ trợ phụ nữ vùng biên khởi nghiệp', 'Thứ Tư, 15/5/2024 - 10:00',
      'Một kế hoạch hỗ trợ 500 phụ nữ dân tộc thiểu số khởi nghiệp giai đoạn 2024 - 2026 vừa được ban hành ngày 10/5.',
      'Theo Đài Khí tượng thủy văn tỉnh, mùa khô năm nay kéo dài hơn mọi năm.',
      'Theo Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Lai Châu, kế hoạch ưu tiên các xã biên giới.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: '2024-05-10', issuer: 'Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Lai Châu' });
  });

  it('"<issuer> cho biết, kế hoạch …", a district farmers\' association', () => {
    const text = article('Nông dân Hòa Vang làm rau sạch', 'Thứ Năm, 16/5/2024 - 09:00',
      'Một kế hoạch phát triển 50 ha rau an toàn trong hai năm tới vừa được ban hành ngày 12/5.',
      'Hội Nông dân huyện Hòa Vang cho biết, kế hoạch tập trung ở các xã Hòa Phong, Hòa Tiến.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: '2024-05-12', issuer: 'Hội Nông dân huyện Hòa Vang' });
  });
});
