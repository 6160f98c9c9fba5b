import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Own and cited issuers from the misses of batch 26's 28 documents moved to tune (2026-12-07 night;
 * docs/extraction-rounds.md, "Round on batch 26's moved documents"), on short documents written for
 * this test, with a variant in another province or another kind of body.
 */
const read = (text: string) => {
  const r = parseDocument(text);
  return { issuer: r.issuer?.name ?? null, cited: r.citations.map((c) => [c.number, c.issuer?.name ?? null]) };
};

describe('a steering board named by its whole topic: "xã hội" is no commune, the movement after "và xây dựng" is part of it', () => {
  it('a district board carrying out its province\'s plan, both named in full', () => {
    expect(read(`Để thực hiện Kế hoạch số 41/KH-BCĐ ngày 03/9/2024 của Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc tỉnh Gia Lai về tấn công tội phạm cuối năm, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc huyện Chư Sê yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:

1. Công an huyện mở đợt cao điểm tấn công tội phạm ma túy.
`)).toEqual({
      issuer: 'Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc huyện Chư Sê',
      cited: [['41/KH-BCĐ', 'Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc tỉnh Gia Lai']],
    });
  });

  it('a town\'s board on social evils alone, its place after "xã hội"', () => {
    expect(read(`Ban Chỉ đạo phòng, chống tệ nạn xã hội thị xã An Nhơn yêu cầu các phường thực hiện các nội dung sau:

1. Công an các phường rà soát các cơ sở kinh doanh karaoke.
`).issuer).toBe('Ban Chỉ đạo phòng, chống tệ nạn xã hội thị xã An Nhơn');
  });
});
