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

describe('a board\'s field in capitals before its place is its field, and its signature may run over more lines', () => {
  it('a district Ban Chỉ đạo signing by a Phó Chủ tịch, its place wrapped under the capacity', () => {
    expect(issuer(`3. Phòng Tài chính - Kế hoạch huyện bố trí kinh phí cho các nhiệm vụ chuyển đổi số năm 2025.

4. Ủy ban nhân dân các xã rà soát danh sách hộ kinh doanh chưa dùng thanh toán điện tử.

Trong quá trình thực hiện Kế hoạch này, nếu có vướng mắc, các đơn vị báo cáo về cơ quan thường trực để tổng hợp./.

                              TM. BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ
                                    HUYỆN CAN LỘC
                                      TRƯỞNG BAN

                               PHÓ CHỦ TỊCH UBND HUYỆN
                                    Trần Văn Lâm
`)).toBe('Ban Chỉ đạo Chuyển đổi số huyện Can Lộc');
  });

  it('another kind of board of a town in another province, with no blank line in its signature', () => {
    expect(issuer(`- Các trường mầm non, tiểu học rà soát số trẻ trong độ tuổi ra lớp trước ngày 15/8/2024.

- Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên mở lớp xóa mù chữ cho người lớn.

Yêu cầu các thành viên Ban Chỉ đạo triển khai thực hiện nghiêm túc Kế hoạch này./.

TM. BAN CHỈ ĐẠO PHỔ CẬP GIÁO DỤC
THỊ XÃ HƯƠNG TRÀ
TRƯỞNG BAN
CHỦ TỊCH UBND THỊ XÃ
Hồ Thị Ngọc Hà
`)).toBe('Ban Chỉ đạo Phổ cập giáo dục thị xã Hương Trà');
  });

  it('a provincial board in a header, its field and place on one line', () => {
    expect(issuer(plan(['UBND TỈNH QUẢNG TRỊ', 'BAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI TỈNH QUẢNG TRỊ'], 'Quảng Trị', '14/KH-BCĐ')))
      .toBe('Ban Chỉ đạo Phòng chống thiên tai tỉnh Quảng Trị');
  });

  it('guard: the nation\'s name before a chapter\'s place is no field: a farmers\' union of a province', () => {
    expect(issuer(plan(['UBND TỈNH BÌNH ĐỊNH', 'HỘI NÔNG DÂN VIỆT NAM TỈNH BÌNH ĐỊNH'], 'Quy Nhơn', '75-KH/HNDT')))
      .toBe('Hội Nông dân tỉnh Bình Định');
  });

  it('guard: the same for a women\'s union', () => {
    expect(issuer(plan(['UBND TỈNH BÌNH ĐỊNH', 'HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM TỈNH BÌNH ĐỊNH'], 'Quy Nhơn', '40/KH-HLHPN')))
      .toBe('Hội Liên hiệp Phụ nữ tỉnh Bình Định');
  });
});
