import { describe, expect, it } from 'vitest';
import { newsArticle, ownIdentity } from './docs.js';

/**
 * More shapes of fresh news reports (session 33), written before they were run: a later paragraph giving the day the
 * document was issued in the passive, the lead's day with "ban hành", a number in brackets after a title without "số",
 * a number given by "Kế hoạch này" mid-sentence.
 */

const article = newsArticle('Thu Hà');

describe('more fresh shapes', () => {
  it('"Kế hoạch được ban hành ngày …" in a later paragraph gives the date the lead left out', () => {
    const text = article('Ninh Thuận phòng chống hạn hán', 'Thứ Năm, 14/3/2024 - 10:00',
      'UBND tỉnh Ninh Thuận vừa ban hành kế hoạch phòng, chống hạn hán, thiếu nước sinh hoạt mùa khô năm 2024.',
      'Kế hoạch được ban hành ngày 11/3/2024, giao các huyện rà soát nguồn nước tại các hồ chứa.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: '2024-03-11', issuer: 'UBND tỉnh Ninh Thuận' });
  });

  it('"Chiều 5/3, <body> ban hành chỉ thị …" then "Chỉ thị số … yêu cầu …"', () => {
    const text = article('Tuyên Quang siết chặt an toàn giao thông mùa lễ hội', 'Thứ Tư, 06/3/2024 | 08:20',
      'Chiều 5/3, UBND tỉnh Tuyên Quang ban hành chỉ thị về tăng cường bảo đảm trật tự, an toàn giao thông mùa lễ hội.',
      'Chỉ thị số 03/CT-UBND yêu cầu Công an tỉnh tăng cường tuần tra, xử lý vi phạm nồng độ cồn.');
    expect(ownIdentity(text)).toEqual({ number: '03/CT-UBND', docType: 'Chỉ thị', issuedOn: '2024-03-05', issuer: 'UBND tỉnh Tuyên Quang' });
  });

  it('a quoted title, then its number in brackets without "số"', () => {
    const text = article('Sóc Trăng phát động thi đua', 'Thứ Hai, 22/4/2024 - 15:00',
      'Ban Thường vụ Tỉnh đoàn Sóc Trăng vừa ban hành kế hoạch "Tuổi trẻ Sóc Trăng chung tay xây dựng nông thôn mới" (Kế hoạch 41-KH/TĐTN ngày 18/4/2024).',
      'Theo đó, mỗi cơ sở đoàn đăng ký ít nhất một công trình thanh niên.');
    expect(ownIdentity(text)).toEqual({ number: '41-KH/TĐTN', docType: 'Kế hoạch', issuedOn: '2024-04-18', issuer: 'Ban Thường vụ Tỉnh đoàn Sóc Trăng' });
  });

  it('"… thực hiện kế hoạch này (số …)": the demonstrative mid-sentence', () => {
    const text = article('Vĩnh Long chăm lo Tết cho người nghèo', 'Thứ Sáu, 10/01/2025 - 09:45',
      'UBND tỉnh Vĩnh Long vừa ban hành kế hoạch chăm lo Tết Nguyên đán Ất Tỵ cho hộ nghèo, hộ cận nghèo.',
      'Sở Lao động - Thương binh và Xã hội được giao chủ trì thực hiện kế hoạch này (số 12/KH-UBND ngày 8/01/2025).');
    expect(ownIdentity(text)).toEqual({ number: '12/KH-UBND', docType: 'Kế hoạch', issuedOn: '2025-01-08', issuer: 'UBND tỉnh Vĩnh Long' });
  });

  it('the lead\'s subject names its document after "yêu cầu": "… vừa có công văn yêu cầu …", numbered with "Công văn số … nêu rõ"', () => {
    const text = article('Cao Bằng chủ động phòng chống sạt lở', 'Thứ Ba, 09/7/2024 - 07:30',
      'UBND tỉnh Cao Bằng vừa có công văn yêu cầu các huyện sơ tán người dân khỏi vùng nguy cơ sạt lở đất.',
      'Công văn số 1534/UBND-NN ngày 8/7/2024 nêu rõ, các địa phương không để người dân ở lại khu vực nguy hiểm.');
    expect(ownIdentity(text)).toEqual({ number: '1534/UBND-NN', docType: 'Công văn', issuedOn: '2024-07-08', issuer: 'UBND tỉnh Cao Bằng' });
  });

  it('another province\'s plan of the same type numbered first in a later paragraph, "của" its owner, is not the lead\'s', () => {
    const text = article('Hà Giang phối hợp phòng chống buôn lậu', 'Thứ Năm, 18/7/2024 - 14:10',
      'UBND tỉnh Hà Giang vừa ban hành kế hoạch phối hợp phòng, chống buôn lậu qua biên giới năm 2024.',
      'Kế hoạch số 88/KH-UBND ngày 2/7/2024 của UBND tỉnh Tuyên Quang cũng đề ra việc lập chốt liên ngành.',
      'Theo kế hoạch, Công an tỉnh chủ trì tuần tra trên các tuyến đường mòn.');
    expect(ownIdentity(text)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: null, issuer: 'UBND tỉnh Hà Giang' });
  });
});
