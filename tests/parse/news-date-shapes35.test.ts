import { describe, expect, it } from 'vitest';
import { newsArticle, ownIdentity } from './docs.js';

/**
 * News reports dated only by the article (session 35, newsdate35), one short text per shape, written for this test
 * before any tune note was read: the article's date in a `Cập nhật` line, a headline's weekday line or under the
 * author's name; a lead's day without a year, whose year is the article's; `Trong <type> số … vừa ban hành ngày …`;
 * the number in a bracket after a later mention, or in the headline only. The article's date is the reference for a
 * relative or year-less day, never the document's own date unless the text ties them (`vừa ký hôm nay`).
 */

const article = newsArticle('Minh Khang');

describe('the article dated only in its byline or headline', () => {
  it('"Cập nhật: 08:15, 12/3/2024" over "… vừa ban hành Kế hoạch số … ngày 8/3": the year is the article\'s', () => {
    const text = article('Nghệ An đẩy mạnh tiêm chủng mở rộng', 'Cập nhật: 08:15, 12/3/2024',
      'UBND tỉnh Nghệ An vừa ban hành Kế hoạch số 95/KH-UBND ngày 8/3 về tiêm chủng mở rộng năm 2024 trên địa bàn tỉnh.',
      'Kế hoạch giao Sở Y tế bảo đảm cung ứng đủ vắc xin cho các huyện, thị xã, thành phố.');
    expect(ownIdentity(text)).toEqual({ number: '95/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-03-08', issuer: 'UBND tỉnh Nghệ An' });
  });

  it('"Cập nhật: …" over "… vừa ký Quyết định số …" with no day: the article\'s date is not the document\'s', () => {
    const text = article('Nghệ An điều chỉnh bảng giá đất', 'Cập nhật: 08:15, 12/3/2024',
      'UBND tỉnh Nghệ An vừa ký Quyết định số 700/QĐ-UBND điều chỉnh bảng giá đất giai đoạn 2020 - 2024.',
      'Quyết định có hiệu lực kể từ ngày ký.');
    expect(ownIdentity(text)).toEqual({ number: '700/QĐ-UBND', docType: 'Quyết định', issuedOn: null, issuer: 'UBND tỉnh Nghệ An' });
  });

  it('"Thứ Ba, 12/03/2024 09:30" over "Chủ tịch UBND tỉnh … vừa ký Quyết định số … ngày 11/3"', () => {
    const text = article('Phê duyệt phương án phòng, chống hạn mặn', 'Thứ Ba, 12/03/2024 09:30',
      'Chủ tịch UBND tỉnh Bến Tre vừa ký Quyết định số 512/QĐ-UBND ngày 11/3 phê duyệt phương án phòng, chống hạn hán, xâm nhập mặn mùa khô 2023 - 2024.',
      'Theo phương án, các huyện ven biển phải trữ nước ngọt cho sinh hoạt của người dân.');
    expect(ownIdentity(text)).toEqual({ number: '512/QĐ-UBND', docType: 'Quyết định', issuedOn: '2024-03-11', issuer: 'UBND tỉnh Bến Tre' });
  });

  it('"Thứ Ba, 12/03/2024 09:30" over "… vừa ký …" with no day: no date', () => {
    const text = article('Quảng Nam rà soát đất công', 'Thứ Ba, 12/03/2024 09:30',
      'Chủ tịch UBND tỉnh Quảng Nam vừa ký Chỉ thị số 04/CT-UBND về tăng cường quản lý đất công trên địa bàn tỉnh.',
      'Chỉ thị yêu cầu các địa phương hoàn thành rà soát trước ngày 30/6.');
    expect(ownIdentity(text)).toEqual({ number: '04/CT-UBND', docType: 'Chỉ thị', issuedOn: null, issuer: 'UBND tỉnh Quảng Nam' });
  });

  it('the date under the author\'s name, a lead "Ngày 13/5, …"', () => {
    const text = newsArticle('Hoàng Lan\n15/05/2024 10:20')('Đắk Lắk siết chặt quản lý khai thác cát', 'Thời sự',
      'Ngày 13/5, UBND tỉnh Đắk Lắk ban hành Chỉ thị số 07/CT-UBND về tăng cường quản lý hoạt động khai thác cát, sỏi lòng sông.',
      'Chỉ thị yêu cầu UBND các huyện kiểm tra, xử lý nghiêm các trường hợp khai thác trái phép.');
    expect(ownIdentity(text)).toEqual({ number: '07/CT-UBND', docType: 'Chỉ thị', issuedOn: '2024-05-13', issuer: 'UBND tỉnh Đắk Lắk' });
  });
});

describe('a lead\'s day without a year', () => {
  it('"Trong Kế hoạch số … vừa ban hành ngày 20/2, UBND huyện … yêu cầu …"', () => {
    const text = article('Quế Sơn phát động trồng cây đầu xuân', 'Thứ Hai, 26/02/2024 - 08:00',
      'Trong Kế hoạch số 48/KH-UBND vừa ban hành ngày 20/2, UBND huyện Quế Sơn yêu cầu các xã, thị trấn tổ chức Tết trồng cây đời đời nhớ ơn Bác Hồ.',
      'Toàn huyện phấn đấu trồng mới 50.000 cây xanh phân tán.');
    expect(ownIdentity(text)).toEqual({ number: '48/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-02-20', issuer: 'UBND huyện Quế Sơn' });
  });

  it('"tối 08/9, Chủ tịch UBND tỉnh đã ký công điện …": the article\'s year', () => {
    const text = article('Quảng Ninh khẩn trương khắc phục hậu quả bão số 3', 'Thứ Hai, 09/9/2024 - 06:30',
      'Tối 08/9, Chủ tịch UBND tỉnh Quảng Ninh đã ký Công điện số 12/CĐ-UBND về tập trung khắc phục hậu quả bão số 3.',
      'Công điện yêu cầu các địa phương khẩn trương khôi phục điện, nước cho người dân.');
    expect(ownIdentity(text)).toEqual({ number: '12/CĐ-UBND', docType: 'Công điện', issuedOn: '2024-09-08', issuer: 'UBND tỉnh Quảng Ninh' });
  });

  it('a December day in a January article is last year\'s', () => {
    const text = article('An Giang triển khai cao điểm phòng, chống buôn lậu dịp Tết', 'Thứ Năm, 02/01/2025 - 07:00',
      'Ngày 30/12, UBND tỉnh An Giang ban hành Kế hoạch số 850/KH-UBND về cao điểm đấu tranh phòng, chống buôn lậu, gian lận thương mại dịp Tết Nguyên đán.',
      'Kế hoạch thực hiện từ ngày 01/01/2025 đến hết ngày 28/02/2025.');
    expect(ownIdentity(text)).toEqual({ number: '850/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-12-30', issuer: 'UBND tỉnh An Giang' });
  });

  it('"Chiều 20/6, …" under a "Cập nhật" line of the next day', () => {
    const text = article('Nâng cao hiệu quả công tác dân vận', 'Cập nhật: 16:40, 21/6/2024',
      'Chiều 20/6, Ban Thường vụ Tỉnh ủy Bắc Giang ban hành Chỉ thị số 28-CT/TU về nâng cao hiệu quả công tác dân vận trong tình hình mới.',
      'Chỉ thị yêu cầu các cấp ủy, tổ chức đảng đưa công tác dân vận vào nghị quyết hằng năm.');
    expect(ownIdentity(text)).toEqual({ number: '28-CT/TU', docType: 'Chỉ thị', issuedOn: '2024-06-20', issuer: 'Ban Thường vụ Tỉnh ủy Bắc Giang' });
  });

  it('"… vừa ký hôm nay" ties the document to the article\'s day', () => {
    const text = article('Hà Tĩnh chủ động ứng phó mưa lũ', 'Thứ Sáu, 27/9/2024 - 17:05',
      'Chủ tịch UBND tỉnh Hà Tĩnh vừa ký Công điện số 08/CĐ-UBND hôm nay về chủ động ứng phó mưa lớn, lũ quét, sạt lở đất.',
      'Công điện yêu cầu các huyện ven sông sơ tán người dân khỏi vùng nguy hiểm.');
    expect(ownIdentity(text)).toEqual({ number: '08/CĐ-UBND', docType: 'Công điện', issuedOn: '2024-09-27', issuer: 'UBND tỉnh Hà Tĩnh' });
  });
});

describe('the number elsewhere than the lead', () => {
  it('"Kế hoạch (số 176/KH-UBND)" in a later paragraph', () => {
    const text = article('Bình Định phát triển du lịch cộng đồng', 'Thứ Tư, 15/5/2024 - 14:00',
      'UBND tỉnh Bình Định vừa ban hành kế hoạch phát triển du lịch cộng đồng giai đoạn 2024 - 2025.',
      'Theo Kế hoạch (số 176/KH-UBND), tỉnh chọn 5 làng nghề để xây dựng điểm du lịch cộng đồng kiểu mẫu.');
    expect(ownIdentity(text)).toEqual({ number: '176/KH-UBND', docType: 'Kế hoạch', issuedOn: null, issuer: 'UBND tỉnh Bình Định' });
  });

  it('the number in the headline only', () => {
    const text = article('Thanh Hóa ban hành Kế hoạch 210/KH-UBND về phát triển du lịch năm 2024', 'Thứ Sáu, 19/01/2024 - 10:15',
      'UBND tỉnh Thanh Hóa vừa ban hành kế hoạch phát triển du lịch năm 2024, đặt mục tiêu đón 15 triệu lượt khách.',
      'Kế hoạch giao Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức các sự kiện du lịch lớn trong năm.');
    expect(ownIdentity(text)).toEqual({ number: '210/KH-UBND', docType: 'Kế hoạch', issuedOn: null, issuer: 'UBND tỉnh Thanh Hóa' });
  });

  it('"Kế hoạch (số 33/KH-UBND ngày 2/4)": bracketed number and year-less day', () => {
    const text = article('Lâm Đồng kiểm soát giá dịch vụ du lịch', 'Thứ Bảy, 06/4/2024 - 09:00',
      'UBND tỉnh Lâm Đồng vừa ban hành kế hoạch kiểm tra giá dịch vụ lưu trú, ăn uống trong mùa du lịch hè.',
      'Kế hoạch (số 33/KH-UBND ngày 2/4) giao Sở Tài chính chủ trì kiểm tra tại thành phố Đà Lạt.');
    expect(ownIdentity(text)).toEqual({ number: '33/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-04-02', issuer: 'UBND tỉnh Lâm Đồng' });
  });
});

describe('probes added while working', () => {
  it('the author and the date on one line at the end: "Minh Khang - 12/03/2024"', () => {
    const text = newsArticle('Minh Khang - 12/03/2024')('Nghệ An đẩy mạnh tiêm chủng mở rộng', 'Sức khỏe',
      'Ngày 8/3, UBND tỉnh Nghệ An ban hành Kế hoạch số 95/KH-UBND về tiêm chủng mở rộng năm 2024.',
      'Kế hoạch giao Sở Y tế chủ trì, phối hợp với các địa phương triển khai thực hiện.');
    expect(ownIdentity(text)).toEqual({ number: '95/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-03-08', issuer: 'UBND tỉnh Nghệ An' });
  });

  it('"Ngày 12/03/2024" under the author\'s name', () => {
    const text = newsArticle('Minh Khang\nNgày 12/03/2024')('Nghệ An đẩy mạnh tiêm chủng mở rộng', 'Sức khỏe',
      'Chiều 8/3, UBND tỉnh Nghệ An ban hành Kế hoạch số 95/KH-UBND về tiêm chủng mở rộng năm 2024.',
      'Kế hoạch giao Sở Y tế chủ trì, phối hợp với các địa phương triển khai thực hiện.');
    expect(ownIdentity(text)).toEqual({ number: '95/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-03-08', issuer: 'UBND tỉnh Nghệ An' });
  });

  it('"… kế hoạch … (ký ngày 8/3)": the signing day in brackets after the title', () => {
    const text = article('Nghệ An đẩy mạnh tiêm chủng mở rộng', 'Thứ Ba, 12/03/2024 09:30',
      'UBND tỉnh Nghệ An vừa ban hành Kế hoạch tiêm chủng mở rộng năm 2024 (ký ngày 8/3).',
      'Kế hoạch giao Sở Y tế chủ trì, phối hợp với các địa phương triển khai thực hiện.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: '2024-03-08', issuer: 'UBND tỉnh Nghệ An' });
  });

  it('"Trong Kế hoạch (số …) vừa ban hành ngày 8/3, …": the day after the bracket', () => {
    const text = article('Nghệ An đẩy mạnh tiêm chủng mở rộng', 'Thứ Ba, 12/03/2024 09:30',
      'Trong Kế hoạch (số 95/KH-UBND) vừa ban hành ngày 8/3, UBND tỉnh Nghệ An yêu cầu các địa phương đẩy mạnh tiêm chủng.',
      'Kế hoạch giao Sở Y tế chủ trì, phối hợp với các địa phương triển khai thực hiện.');
    expect(ownIdentity(text)).toEqual({ number: '95/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-03-08', issuer: 'UBND tỉnh Nghệ An' });
  });

  const plan = (dateline: string, lead: string) => article('Nghệ An đẩy mạnh tiêm chủng mở rộng', dateline, lead,
    'Kế hoạch giao Sở Y tế chủ trì, phối hợp với các địa phương triển khai thực hiện.');
  const planned = { number: '95/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-03-08', issuer: 'UBND tỉnh Nghệ An' };

  it('days written with dots: "12.3.2024 | 09:30" over "Ngày 8.3, …"', () => {
    expect(ownIdentity(plan('12.3.2024 | 09:30', 'Ngày 8.3, UBND tỉnh Nghệ An ban hành Kế hoạch số 95/KH-UBND về tiêm chủng mở rộng năm 2024.'))).toEqual(planned);
  });

  it('"Ngày 8/3 vừa qua, …"', () => {
    expect(ownIdentity(plan('Thứ Ba, 12/03/2024 09:30', 'Ngày 8/3 vừa qua, UBND tỉnh Nghệ An ban hành Kế hoạch số 95/KH-UBND về tiêm chủng mở rộng năm 2024.'))).toEqual(planned);
  });

  it('a year-less day after the number as "ngày 8 tháng 3", "ngày 8-3", "vào ngày 8/3", "ký vào ngày 8/3"', () => {
    for (const day of ['ngày 8 tháng 3', 'ngày 8-3', 'ngày 8.3', 'vào ngày 8/3', ', ký vào ngày 8/3']) {
      expect(ownIdentity(plan('Thứ Ba, 12/03/2024 09:30', `UBND tỉnh Nghệ An vừa ban hành Kế hoạch số 95/KH-UBND ${day} về tiêm chủng mở rộng năm 2024.`.replace(' ,', ',')))).toEqual(planned);
    }
  });

  it('an agency\'s tag opening the text, the date under the author\'s name at the end', () => {
    const text = '(Baonghean.vn) - Ngày 8/3, UBND tỉnh Nghệ An ban hành Kế hoạch số 95/KH-UBND về tiêm chủng mở rộng năm 2024.\n\n'
      + 'Kế hoạch giao Sở Y tế chủ trì.\n\nMinh Khang\n12/03/2024\n';
    expect(ownIdentity(text)).toEqual(planned);
  });

  it('"Thứ Ba, ngày 12 tháng 3 năm 2024": a dateline in words is the article\'s, not a header\'s date line', () => {
    expect(ownIdentity(plan('Thứ Ba, ngày 12 tháng 3 năm 2024', 'Ngày 8/3, UBND tỉnh Nghệ An ban hành Kế hoạch số 95/KH-UBND về tiêm chủng mở rộng năm 2024.'))).toEqual(planned);
  });

  it('"Tại Kế hoạch số …, …" in a later paragraph numbers the document the lead announced', () => {
    expect(ownIdentity(plan('Thứ Ba, 12/03/2024 09:30', 'UBND tỉnh Nghệ An vừa ban hành kế hoạch về tiêm chủng mở rộng năm 2024.')
      .replace('Kế hoạch giao Sở Y tế', 'Tại Kế hoạch số 95/KH-UBND, tỉnh giao Sở Y tế'))).toEqual({ ...planned, issuedOn: null });
  });
});
