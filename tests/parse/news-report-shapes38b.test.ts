import { describe, expect, it } from 'vitest';
import { ownIdentity, parse } from './docs.js';

/**
 * News reports as batch 38's fresh articles write them (session 38b), one short article per shape in my own words, with
 * real places and made-up numbers: the lead opens on its place and the article's full date in brackets (`KON TUM
 * (10/7/2023) - …`), with no dateline line above it; a resolution's number only in a later paragraph, adopted (`được …
 * thông qua ngày …`) rather than signed. In the tasks: the plan named with its maker in the opener (`Theo kế hoạch do
 * Ban Thường vụ … ký ban hành ngày …, …`), whose maker is no assignee, and a target told of the whole body (`toàn Hội
 * hỗ trợ ít nhất 30.000 …`), which is no task.
 */

/** The tasks as the scorer pairs them: each task's text and its units with their roles. */
const tasksOf = (text: string) => parse(text).assignments.map((a) => [a.text.slice(0, 20), a.units.map((u) => [u.name, u.role])]);

/** A paper's page: masthead, section, headline, then the paragraphs, the first one opening on place and date. */
const page = (headline: string, ...paragraphs: string[]) =>
  `BÁO NÔNG THÔN NGÀY NAY\nChuyên mục: Nông thôn mới\n\n${headline}\n\n${paragraphs.join('\n\n')}\n\nHoài Nam\n`;

describe('the lead opening on its place and the article\'s date in brackets', () => {
  it('a commune resolution numbered and dated only where a later paragraph says it was adopted', () => {
    const text = page('Xã biên giới Hướng Phùng ra nghị quyết phát triển cây cà phê',
      'QUẢNG TRỊ (12/9/2024) - Ban Chấp hành Đảng bộ xã Hướng Phùng, huyện Hướng Hóa vừa ban hành nghị quyết chuyên đề về phát triển cây cà phê bền vững giai đoạn 2024 - 2026.',
      'Hướng Phùng có hơn 1.200 ha cà phê, phần lớn do đồng bào Vân Kiều trồng từ những năm 1990.',
      'Nghị quyết số 15-NQ/ĐU được Đảng ủy xã thông qua ngày 5/9/2024, nhằm thực hiện Nghị quyết số 07-NQ/HU ngày 20/4/2023 của Ban Chấp hành Đảng bộ huyện Hướng Hóa về phát triển nông nghiệp hàng hóa.');
    expect(ownIdentity(text)).toEqual({ number: '15-NQ/ĐU', docType: 'Nghị quyết', issuedOn: '2024-09-05', issuer: 'Ban Chấp hành Đảng bộ xã Hướng Phùng' });
  });

  it('a district plan whose number follows in its own sentence, the bracketed date with dashes', () => {
    const text = page('Cam Lộ đẩy mạnh chuyển đổi số trong nông nghiệp',
      'Quảng Trị (3-10-2024) – UBND huyện Cam Lộ vừa ban hành kế hoạch đẩy mạnh chuyển đổi số trong sản xuất nông nghiệp năm 2024.',
      'Kế hoạch số 212/KH-UBND ký ngày 30/9/2024 đặt mục tiêu có 20 sản phẩm nông nghiệp được bán trên sàn thương mại điện tử.');
    expect(ownIdentity(text)).toEqual({ number: '212/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-09-30', issuer: 'UBND huyện Cam Lộ' });
  });
});

describe('what the opener of a reported plan and its targets are not', () => {
  it('the maker in "Theo kế hoạch do … ký ban hành …," is no assignee; the unit after the comma is', () => {
    const text = page('Hội Cựu chiến binh Gia Lai giúp hội viên thoát nghèo',
      'GIA LAI - Hội Cựu chiến binh tỉnh Gia Lai vừa ban hành kế hoạch giúp hội viên thoát nghèo bền vững năm 2024.',
      'Theo kế hoạch do Ban Thường vụ Hội Cựu chiến binh tỉnh ký ban hành ngày 4/3/2024, việc triển khai nhằm thực hiện chương trình giảm nghèo của tỉnh.',
      'Theo kế hoạch do Ban Thường vụ Hội ký ngày 4/3/2024, Hội Cựu chiến binh các huyện rà soát danh sách hội viên nghèo trước tháng 5.');
    expect(tasksOf(text)).toEqual([['Hội Cựu chiến binh c', [['Hội Cựu chiến binh các huyện tỉnh Gia Lai', 'assigned']]]]);
  });

  it('a target of the whole body with its figure is no task; a named unit\'s duty beside it is', () => {
    const text = page('Hội Nông dân Sóc Trăng đưa nông sản lên sàn',
      'SÓC TRĂNG - Hội Nông dân tỉnh Sóc Trăng vừa ban hành kế hoạch hỗ trợ hội viên tiêu thụ nông sản trên nền tảng số năm 2025.',
      'Theo kế hoạch, trong năm 2025 toàn Hội giúp ít nhất 2.000 hội viên mở gian hàng trực tuyến; toàn tỉnh đạt 150 sản phẩm có mã truy xuất.',
      'Trung tâm Hỗ trợ nông dân tỉnh tổ chức các lớp tập huấn bán hàng trực tuyến cho hội viên.');
    expect(tasksOf(text)).toEqual([['Trung tâm Hỗ trợ nôn', [['Trung tâm Hỗ trợ nông dân tỉnh Sóc Trăng', 'assigned']]]]);
  });
});
