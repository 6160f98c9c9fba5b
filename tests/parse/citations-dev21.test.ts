import { describe, expect, it } from 'vitest';
import { citedWithIssuers as cited } from './docs.js';

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
