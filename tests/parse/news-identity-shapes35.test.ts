import { describe, expect, it } from 'vitest';
import { newsArticle, ownIdentity } from './docs.js';

/**
 * News reports and headless fragments whose identity the text gives only by its structure (session 35), one short text
 * per shape, written for this test before any tune note was read: the issuer named by its head or office, or by a
 * short name whose place is in the masthead, the dateline, a later paragraph or a quote's attribution; the date only
 * relative to the article; a meeting's conclusion; a body announcing another's document; a headless fragment whose
 * issuer stands in its signature's place line, behind `chúng tôi`, or in its closing making sentence. Null where the
 * text ties no body to the document.
 */

const article = newsArticle('Minh Khang');

/** A page with its masthead line over the headline, as a paper's site prints it. */
const paged = (masthead: string) => (headline: string, dateline: string, ...paragraphs: string[]) =>
  `${masthead}\n\n${article(headline, dateline, ...paragraphs)}`;

describe('the issuer named by its head or office', () => {
  it('"Chủ tịch UBND tỉnh vừa ký …" under a provincial masthead', () => {
    const text = paged('BÁO QUẢNG TRỊ | Thời sự')('Tăng cường phòng cháy, chữa cháy rừng mùa khô', 'Thứ Năm, 18/4/2024 - 07:30',
      '(QTO) - Chủ tịch UBND tỉnh vừa ký Công điện số 05/CĐ-UBND ngày 17/4/2024 yêu cầu các địa phương tăng cường phòng cháy, chữa cháy rừng trong mùa khô.',
      'Công điện giao Chi cục Kiểm lâm bố trí lực lượng trực 24/24 giờ tại các vùng rừng trọng điểm.');
    expect(ownIdentity(text)).toEqual({ number: '05/CĐ-UBND', docType: 'Công điện', issuedOn: '2024-04-17', issuer: 'UBND tỉnh Quảng Trị' });
  });

  it('"Bí thư Huyện ủy … ký ban hành Chỉ thị số …": the standing board the secretary signs for', () => {
    const text = article('Mộc Châu siết chặt phòng, chống ma túy', 'Thứ Sáu, 10/5/2024 - 09:10',
      'Đồng chí Hà Văn Tuấn, Bí thư Huyện ủy Mộc Châu vừa ký ban hành Chỉ thị số 12-CT/HU ngày 7/5/2024 về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống ma túy.',
      'Chỉ thị yêu cầu các chi bộ, đảng bộ cơ sở rà soát, lập danh sách người nghiện trên địa bàn trước ngày 30/6.');
    expect(ownIdentity(text)).toEqual({ number: '12-CT/HU', docType: 'Chỉ thị', issuedOn: '2024-05-07', issuer: 'Huyện ủy Mộc Châu' });
  });

  it('"Thường trực Tỉnh ủy vừa có Thông báo …" under a "(Hà Tĩnh) -" dateline', () => {
    const text = article('Tập trung giải ngân vốn đầu tư công những tháng cuối năm', 'Thứ Hai, 14/10/2024 | 15:20',
      '(Hà Tĩnh) - Thường trực Tỉnh ủy vừa có Thông báo số 1820-TB/TU ngày 11/10/2024 về đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024.',
      'Thông báo yêu cầu các sở, ngành, địa phương hoàn thành giải ngân trước ngày 31/12.');
    expect(ownIdentity(text)).toEqual({ number: '1820-TB/TU', docType: 'Thông báo', issuedOn: '2024-10-11', issuer: 'Thường trực Tỉnh ủy Hà Tĩnh' });
  });
});

describe('a short name whose place stands elsewhere', () => {
  it('"Huyện ủy vừa ban hành …" on a district\'s portal', () => {
    const text = paged('Cổng thông tin điện tử huyện Đức Trọng')('Đức Trọng ra nghị quyết chuyên đề về phát triển nông nghiệp công nghệ cao', 'Thứ Ba, 05/3/2024',
      'Huyện ủy vừa ban hành Nghị quyết số 08-NQ/HU ngày 1/3/2024 về phát triển nông nghiệp ứng dụng công nghệ cao giai đoạn 2024 - 2030.',
      'Nghị quyết đặt mục tiêu đến năm 2030 diện tích sản xuất nông nghiệp công nghệ cao đạt 12.000 ha.');
    expect(ownIdentity(text)).toEqual({ number: '08-NQ/HU', docType: 'Nghị quyết', issuedOn: '2024-03-01', issuer: 'Huyện ủy Đức Trọng' });
  });

  it('"(Quảng Trị) - UBND tỉnh vừa ban hành …": the place in the dateline\'s bracket', () => {
    const text = article('Chuyển đổi số trong quản lý đất đai', 'Thứ Tư, 20/11/2024 - 10:00',
      '(Quảng Trị) - UBND tỉnh vừa ban hành Kế hoạch số 210/KH-UBND ngày 18/11/2024 về chuyển đổi số trong lĩnh vực đất đai.',
      'Kế hoạch giao Sở Tài nguyên và Môi trường hoàn thành cơ sở dữ liệu đất đai trong năm 2025.');
    expect(ownIdentity(text)).toEqual({ number: '210/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-11-18', issuer: 'UBND tỉnh Quảng Trị' });
  });

  it('"Ban Thường vụ Tỉnh ủy vừa ban hành …", the province named in a later paragraph', () => {
    const text = article('Nâng cao chất lượng sinh hoạt chi bộ', 'Thứ Bảy, 08/6/2024 - 06:45',
      'Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị số 25-CT/TU ngày 5/6/2024 về nâng cao chất lượng sinh hoạt chi bộ.',
      'Theo Chỉ thị, thời gian qua, công tác sinh hoạt chi bộ trong Đảng bộ tỉnh Tuyên Quang có chuyển biến nhưng còn hình thức ở một số nơi.',
      'Các cấp ủy đảng tổ chức quán triệt Chỉ thị đến cán bộ, đảng viên trong tháng 7/2024.');
    expect(ownIdentity(text)).toEqual({ number: '25-CT/TU', docType: 'Chỉ thị', issuedOn: '2024-06-05', issuer: 'Ban Thường vụ Tỉnh ủy Tuyên Quang' });
  });

  it('"Sở Y tế vừa ban hành …", the province in a quote\'s attribution', () => {
    const text = article('Chủ động phòng chống sốt xuất huyết', 'Thứ Hai, 15/7/2024 - 14:00',
      'Sở Y tế vừa ban hành Kế hoạch số 1432/KH-SYT ngày 12/7/2024 về phòng, chống sốt xuất huyết năm 2024.',
      '"Kế hoạch đặt mục tiêu giảm 10% số ca mắc so với trung bình 5 năm", ông Trần Văn Hải, Giám đốc Sở Y tế tỉnh Thái Bình cho biết.');
    expect(ownIdentity(text)).toEqual({ number: '1432/KH-SYT', docType: 'Kế hoạch', issuedOn: '2024-07-12', issuer: 'Sở Y tế tỉnh Thái Bình' });
  });
});

describe('the date only relative to the article', () => {
  it('"Hôm qua (…)" under the article\'s dateline: the day before', () => {
    const text = article('Nghệ An phê duyệt phương án ứng phó thiên tai', 'Thứ Tư, 13/3/2024 - 08:00',
      'Hôm qua, UBND tỉnh Nghệ An ban hành Quyết định số 702/QĐ-UBND phê duyệt phương án ứng phó thiên tai theo cấp độ rủi ro năm 2024.',
      'Quyết định giao UBND các huyện rà soát khu dân cư có nguy cơ sạt lở.');
    expect(ownIdentity(text)).toEqual({ number: '702/QĐ-UBND', docType: 'Quyết định', issuedOn: '2024-03-12', issuer: 'UBND tỉnh Nghệ An' });
  });

  it('"Hôm 8/3, …": the lead\'s day after "hôm", the year the dateline\'s', () => {
    const text = article('Hà Tĩnh phê duyệt quy hoạch vùng nguyên liệu', 'Thứ Tư, 13/3/2024 - 08:00',
      'Hôm 8/3, UBND tỉnh Hà Tĩnh ban hành Quyết định số 612/QĐ-UBND phê duyệt quy hoạch vùng nguyên liệu cam.',
      'Quyết định có hiệu lực từ ngày ký.');
    expect(ownIdentity(text)).toEqual({ number: '612/QĐ-UBND', docType: 'Quyết định', issuedOn: '2024-03-08', issuer: 'UBND tỉnh Hà Tĩnh' });
  });

  it('"Ngày 11 tháng 3 năm 2024, …": the lead\'s day in words', () => {
    const text = article('Phú Thọ chủ động phòng cháy rừng', 'Thứ Tư, 13/3/2024 - 08:00',
      'Ngày 11 tháng 3 năm 2024, UBND tỉnh Phú Thọ ban hành Kế hoạch số 845/KH-UBND về phòng, chống cháy rừng.',
      'Kế hoạch yêu cầu các huyện lập phương án trước ngày 30/3.');
    expect(ownIdentity(text)).toEqual({ number: '845/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-03-11', issuer: 'UBND tỉnh Phú Thọ' });
  });

  it('"ký ngày 5 tháng này": the month and year the dateline\'s', () => {
    const text = article('Phù Cát quyết liệt thu hồi nợ đọng thuế', 'Thứ Sáu, 20/9/2024 - 16:30',
      'UBND huyện Phù Cát (Bình Định) vừa ban hành Công văn số 1580/UBND-TC yêu cầu các xã, thị trấn phối hợp thu hồi nợ đọng thuế.',
      'Công văn do Chủ tịch UBND huyện ký ngày 5 tháng này, yêu cầu hoàn thành thu hồi nợ trước ngày 30/11.');
    expect(ownIdentity(text)).toEqual({ number: '1580/UBND-TC', docType: 'Công văn', issuedOn: '2024-09-05', issuer: 'UBND huyện Phù Cát' });
  });

  it('"Sáng 12/3, … ký": the lead\'s day, the year the dateline\'s', () => {
    const text = article('Thanh Hóa chỉ đạo phòng chống hạn hán', 'Thứ Ba, 12/3/2024 - 11:20',
      'Sáng 12/3, Phó Chủ tịch UBND tỉnh Thanh Hóa ký Công văn số 3390/UBND-NN về chủ động phòng, chống hạn hán, xâm nhập mặn.',
      'Công văn yêu cầu các huyện ven biển bảo đảm nước tưới cho vụ Chiêm Xuân.');
    expect(ownIdentity(text)).toEqual({ number: '3390/UBND-NN', docType: 'Công văn', issuedOn: '2024-03-12', issuer: 'UBND tỉnh Thanh Hóa' });
  });

  it('"(ngày 8/4)" in a bracket after the number, the year the dateline\'s', () => {
    const text = article('Yên Bái phát triển du lịch cộng đồng', 'Thứ Năm, 11/4/2024 - 09:00',
      'UBND tỉnh Yên Bái vừa ban hành Kế hoạch số 95/KH-UBND (ngày 8/4) về phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới.',
      'Kế hoạch giao UBND huyện Mù Căng Chải, Trạm Tấu xây dựng mỗi huyện ít nhất 2 điểm du lịch cộng đồng.');
    expect(ownIdentity(text)).toEqual({ number: '95/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-04-08', issuer: 'UBND tỉnh Yên Bái' });
  });

  it('the meeting\'s day is not the document\'s: "Ngày 20/5, … họp …; ngày 24/5 ban hành Thông báo kết luận"', () => {
    const text = article('Kết luận về công tác chuẩn bị đại hội đảng bộ các cấp', 'Thứ Hai, 27/5/2024 - 07:15',
      'Ngày 20/5, Ban Thường vụ Huyện ủy Can Lộc họp nghe báo cáo công tác chuẩn bị đại hội đảng bộ cơ sở nhiệm kỳ 2025 - 2030.',
      'Ngày 24/5, Ban Thường vụ Huyện ủy ban hành Thông báo kết luận số 315-TB/HU về nội dung cuộc họp, yêu cầu các đảng bộ xã hoàn thành văn kiện trước ngày 30/6.');
    expect(ownIdentity(text)).toEqual({ number: '315-TB/HU', docType: 'Thông báo kết luận', issuedOn: '2024-05-24', issuer: 'Ban Thường vụ Huyện ủy Can Lộc' });
  });

  it('only the meeting\'s day and "vừa có": no date for the document', () => {
    const text = article('Tháo gỡ vướng mắc giải phóng mặt bằng', 'Thứ Ba, 02/7/2024 - 10:30',
      'Sáng 28/6, Chủ tịch UBND tỉnh Quảng Ngãi chủ trì buổi làm việc với các sở, ngành về giải phóng mặt bằng dự án cao tốc.',
      'Văn phòng UBND tỉnh vừa có Thông báo số 310/TB-VP kết luận của Chủ tịch UBND tỉnh tại buổi làm việc, yêu cầu UBND huyện Bình Sơn hoàn thành bàn giao mặt bằng trước ngày 31/7.');
    expect(ownIdentity(text)).toEqual({ number: '310/TB-VP', docType: 'Thông báo kết luận', issuedOn: null, issuer: 'Văn phòng UBND tỉnh Quảng Ngãi' });
  });
});

describe('one body announces another\'s document', () => {
  it('"Sở … cho biết, UBND tỉnh vừa ban hành …": the province\'s plan, not the department\'s', () => {
    const text = article('Bến Tre ứng phó xâm nhập mặn mùa khô', 'Thứ Sáu, 01/12/2023 - 15:00',
      'Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre cho biết, UBND tỉnh vừa ban hành Kế hoạch số 7021/KH-UBND ngày 28/11/2023 về phòng, chống hạn hán, xâm nhập mặn mùa khô 2023 - 2024.',
      'Theo kế hoạch, các huyện ven biển trữ nước ngọt trong các ao, hồ trước tháng 1/2024.');
    expect(ownIdentity(text)).toEqual({ number: '7021/KH-UBND', docType: 'Kế hoạch', issuedOn: '2023-11-28', issuer: 'UBND tỉnh Bến Tre' });
  });

  it('a conference reported, its conclusion the document', () => {
    const text = article('Đánh giá 3 năm thực hiện nghị quyết về phát triển cà phê', 'Thứ Tư, 16/10/2024 - 08:40',
      'Ngày 9/10, Ban Thường vụ Tỉnh ủy Đắk Lắk tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 05-NQ/TU về phát triển cây cà phê bền vững.',
      'Sau hội nghị, Ban Thường vụ Tỉnh ủy đã ban hành Kết luận số 620-KL/TU ngày 14/10/2024, yêu cầu các cấp ủy tiếp tục tái canh cà phê già cỗi.');
    expect(ownIdentity(text)).toEqual({ number: '620-KL/TU', docType: 'Kết luận', issuedOn: '2024-10-14', issuer: 'Ban Thường vụ Tỉnh ủy Đắk Lắk' });
  });
});

describe('a headless fragment', () => {
  it('the issuer only in the signature: its place line and its TM line', () => {
    const text = `Để bảo đảm an toàn cho học sinh trong mùa mưa lũ, UBND huyện yêu cầu:

1. Phòng Giáo dục và Đào tạo chỉ đạo các trường rà soát phòng học xuống cấp.

2. UBND các xã, thị trấn bố trí người đưa đón học sinh qua ngầm, tràn.

Sơn Dương, ngày 3 tháng 9 năm 2024
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Thành
`;
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Khác', issuedOn: '2024-09-03', issuer: 'UBND huyện Sơn Dương' });
  });

  it('"TM. ỦY BAN NHÂN DÂN" alone: its level and place from the place-date line, over or under the signature', () => {
    const body = `Để phòng, chống dịch sốt xuất huyết, đề nghị:

1. Trạm Y tế các xã, thị trấn phun hóa chất diệt muỗi tại các ổ dịch.

2. Phòng Giáo dục và Đào tạo chỉ đạo các trường tổng vệ sinh.
`;
    const over = `${body}\nTriệu Phong, ngày 12 tháng 8 năm 2024\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hùng\n`;
    expect(ownIdentity(over)).toEqual({ number: null, docType: 'Khác', issuedOn: '2024-08-12', issuer: 'UBND huyện Triệu Phong' });
    const under = `${body}\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hùng\n\nTriệu Long, ngày 12 tháng 8 năm 2024\n`;
    expect(ownIdentity(under).issuer).toBe('UBND xã Triệu Long');
  });

  it('"chúng tôi": the body is named once with its place elsewhere', () => {
    const text = `Kính gửi: Sở Kế hoạch và Đầu tư tỉnh Lâm Đồng

Phòng Tài chính - Kế hoạch huyện Lâm Hà nhận được văn bản đề nghị góp ý dự thảo kế hoạch đầu tư công trung hạn.

Sau khi nghiên cứu, chúng tôi thống nhất với nội dung dự thảo và đề nghị bổ sung dự án đường giao thông liên xã Tân Hà - Đan Phượng.

Trân trọng./.
`;
    expect(ownIdentity(text).issuer).toBe('Phòng Tài chính - Kế hoạch huyện Lâm Hà');
  });

  it('the making sentence in the last paragraph: "Ban Thường vụ … yêu cầu … thực hiện Kết luận này"', () => {
    const text = `1. Đảng ủy các xã tiếp tục lãnh đạo thực hiện chuyển đổi cơ cấu cây trồng.

2. UBND huyện bố trí nguồn vốn hỗ trợ các hợp tác xã nông nghiệp.

3. Ủy ban Mặt trận Tổ quốc và các đoàn thể huyện tuyên truyền, vận động nhân dân.

Ban Thường vụ Huyện ủy Hải Lăng yêu cầu các cấp ủy, tổ chức đảng nghiêm túc thực hiện Kết luận này.
`;
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kết luận', issuedOn: null, issuer: 'Ban Thường vụ Huyện ủy Hải Lăng' });
  });
});

describe('no body tied to the document: null, not a guess', () => {
  it('a guide issued in the passive, no agent: the masthead\'s province makes no issuer', () => {
    const text = paged('BÁO NGHỆ AN | Xã hội')('Hướng dẫn mới về hồ sơ nhập học đầu cấp', 'Thứ Hai, 01/7/2024 - 08:00',
      'Hướng dẫn tuyển sinh vào lớp 6 năm học 2024 - 2025 vừa được ban hành, theo đó hồ sơ nhập học được giản lược.',
      'Nhiều phụ huynh cho biết, thủ tục nộp trực tuyến giúp tiết kiệm thời gian.');
    expect(ownIdentity(text).issuer).toBeNull();
  });
});

/*
 * Shapes met in tune news reports (batch 33, moved), written again in my own words after reading their notes: each
 * failed on the starting parser.
 */
describe('tune shapes, rewritten', () => {
  it('the fronted document\'s owner placed in brackets with its district and province', () => {
    const text = paged('BÁO CẦN THƠ - CƠ QUAN CỦA ĐẢNG BỘ THÀNH PHỐ CẦN THƠ')('Xã ven đô làm đường giao thông nông thôn', 'Xã hội | Cập nhật: 12/04/2024 10:20 | Cần Thơ',
      'Kế hoạch số 51/KH-UBND ngày 09/4/2024 của UBND xã Tân Thành (thành phố Ngã Bảy, tỉnh Hậu Giang) đặt mục tiêu bê tông hóa 4 km đường giao thông nông thôn trong năm.',
      'Ban Nhân dân các ấp vận động người dân hiến đất làm đường.');
    expect(ownIdentity(text)).toEqual({ number: '51/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-04-09', issuer: 'UBND xã Tân Thành' });
  });

  it('a headless conclusion: "Kết luận này" in its last item, "Trên đây là Thông báo kết luận của …" under it', () => {
    const text = `Sau khi nghe báo cáo tình hình sạt lở bờ sông đoạn qua thôn 3, đồng chí Bí thư Đảng ủy xã kết luận như sau:

1. UBND xã khẩn trương di dời 5 hộ dân ra khỏi vùng sạt lở trước ngày 15/10.

2. Giao Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Kết luận này.

Trên đây là Thông báo kết luận của Ban Thường vụ Đảng ủy xã Quỳnh Hồng tại cuộc họp ngày 2/10/2024./.
`;
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Thông báo kết luận', issuedOn: null, issuer: 'Đảng ủy xã Quỳnh Hồng' });
  });

  it('"vừa được <body>, <district> (<province>) ban hành", then "Văn bản này, tức Nghị quyết số …"', () => {
    const text = article('Xã vùng cao phát triển chè shan tuyết', 'Thứ Năm, 16/5/2024 - 10:00',
      '(DTPT) - Nghị quyết chuyên đề về phát triển cây chè shan tuyết giai đoạn 2024 - 2026 vừa được Đảng ủy xã Nậm Có, huyện Mù Căng Chải (Yên Bái) ban hành.',
      'Văn bản này, tức Nghị quyết số 14-NQ/ĐU ngày 10/5/2024, đặt mục tiêu trồng mới 50 ha chè mỗi năm.');
    expect(ownIdentity(text)).toEqual({ number: '14-NQ/ĐU', docType: 'Nghị quyết', issuedOn: '2024-05-10', issuer: 'Đảng ủy xã Nậm Có' });
  });

  it('"Ngày 7/6, phóng viên … cho biết, <body> đã ban hành kế hoạch …, ký ngày 03/6": the signing day, not the reporting day', () => {
    const text = article('Thị xã gấp rút phòng chống sạt lở', 'Thứ Sáu, 07/06/2024 16:40',
      'Đà Nẵng (TTXVN) - Ngày 7/6, phóng viên TTXVN cho biết, UBND thị xã Hoài Nhơn (tỉnh Bình Định) đã ban hành kế hoạch ứng phó sạt lở bờ biển năm 2024, ký ngày 03/6/2024, tập trung vào các phường ven biển.',
      'Kế hoạch giao Phòng Kinh tế thị xã khảo sát các điểm xung yếu.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: '2024-06-03', issuer: 'UBND thị xã Hoài Nhơn' });
  });

  it('the lead\'s subject issues the letter, not a body a later paragraph names as another document\'s maker', () => {
    const text = article('Lấy nước đổ ải vụ Đông Xuân', 'Nông nghiệp | Thứ Hai, 06/01/2025 15:20',
      'Ngày 03/01/2025, Bộ Nông nghiệp và Phát triển nông thôn có công văn gửi UBND các tỉnh vùng Đồng bằng Bắc Bộ về việc chủ động lấy nước gieo cấy lúa.',
      'Công văn nêu rõ, việc lấy nước thực hiện theo Quy trình vận hành liên hồ chứa do Thủ tướng Chính phủ ban hành tại Quyết định số 740/QĐ-TTg ngày 17/6/2019.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Công văn', issuedOn: '2025-01-03', issuer: 'Bộ Nông nghiệp và Phát triển nông thôn' });
  });
});
