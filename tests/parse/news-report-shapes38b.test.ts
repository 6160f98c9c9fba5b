import { describe, expect, it } from 'vitest';
import { ownIdentity } from './docs.js';

/**
 * News reports as batch 38's fresh articles write them (session 38b), one short article per shape in my own words, with
 * real places and made-up numbers: the lead opens on its place and the article's full date in brackets (`KON TUM
 * (10/7/2023) - …`), with no dateline line above it; a resolution's number only in a later paragraph, adopted (`được …
 * thông qua ngày …`) rather than signed.
 */


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

