import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The own issuer of batch 31's portal pages and fragments (docs/extraction-rounds.md, "Own issuer of batch 31's
 * portal pages and fragments, moved"): each mechanism on short documents written for this test, in two variants
 * (another province, another kind of body), with guards where it must not act.
 */
const issuer = (text: string) => parseDocument(text).issuer?.name ?? null;

/** A header of `lines` above a short plan, so that only the header's reading differs between the cases. */
function plan(lines: string[], place: string, number: string): string {
  return `${lines.join('\n')}
Số: ${number}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
${place}, ngày 14 tháng 2 năm 2024

KẾ HOẠCH
Kiểm tra công tác phòng cháy tại các cơ sở năm 2024

1. Các đơn vị trực thuộc rà soát phương án phòng cháy trước ngày 30/3/2024.

2. Văn phòng tổng hợp kết quả, báo cáo trước ngày 15/4/2024.

Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC
Trịnh Công Minh
`;
}

describe('a header name cut after its connective goes on to the line below', () => {
  it('a provincial Sở: "SỞ TÀI NGUYÊN VÀ" / "MÔI TRƯỜNG"', () => {
    expect(issuer(plan(['UBND TỈNH HÀ TĨNH', 'SỞ TÀI NGUYÊN VÀ', 'MÔI TRƯỜNG'], 'Hà Tĩnh', '356/KH-STNMT')))
      .toBe('Sở Tài nguyên và môi trường tỉnh Hà Tĩnh');
  });

  it('another province and a Sở of three words before the cut', () => {
    expect(issuer(plan(['UBND TỈNH QUẢNG BÌNH', 'SỞ VĂN HÓA, THỂ THAO VÀ', 'DU LỊCH'], 'Quảng Bình', '640/KH-SVHTTDL')))
      .toBe('Sở Văn hóa, thể thao và du lịch tỉnh Quảng Bình');
  });

  it('a ministry with no superior line', () => {
    expect(issuer(plan(['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ', 'XÃ HỘI'], 'Hà Nội', '1520/KH-LĐTBXH')))
      .toBe('Bộ Lao động - thương binh và xã hội');
  });

  it('guard: a connective inside the line, not at its end, leaves the line a name of its own', () => {
    expect(issuer(plan(['UBND TỈNH PHÚ YÊN', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'], 'Tuy Hòa', '15/KH-SGDĐT')))
      .toBe('Sở Giáo dục và đào tạo tỉnh Phú Yên');
  });
});

describe('a board\'s head cut in two is read over both lines when the vocabulary knows the longer head', () => {
  it('a district Ban Chỉ huy Phòng thủ dân sự, whose second line alone would be a Phòng', () => {
    expect(issuer(plan(['UBND HUYỆN CAN LỘC', 'BAN CHỈ HUY', 'PHÒNG THỦ DÂN SỰ'], 'Can Lộc', '05/KH-BCH')))
      .toBe('Ban Chỉ huy Phòng thủ dân sự huyện Can Lộc');
  });

  it('the same board of another province', () => {
    expect(issuer(plan(['UBND TỈNH QUẢNG NGÃI', 'BAN CHỈ HUY', 'PHÒNG THỦ DÂN SỰ'], 'Quảng Ngãi', '11/KH-BCH')))
      .toBe('Ban Chỉ huy Phòng thủ dân sự tỉnh Quảng Ngãi');
  });

  it('another kind of board: a provincial Ban Quản lý các khu công nghiệp', () => {
    expect(issuer(plan(['UBND TỈNH BẮC NINH', 'BAN QUẢN LÝ', 'CÁC KHU CÔNG NGHIỆP'], 'Bắc Ninh', '77/KH-BQL')))
      .toBe('Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh');
  });

  it('guard: a board\'s short head on the last header line stays short', () => {
    expect(issuer(plan(['UBND TỈNH LÀO CAI', 'BAN CHỈ ĐẠO'], 'Lào Cai', '21/KH-BCĐ'))).toBe('Ban Chỉ đạo tỉnh Lào Cai');
  });
});
