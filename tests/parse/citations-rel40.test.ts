import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations by the structure that decides them, fourth set (rel40, 2026-12-08 night): short passages written
 * for this test (real places, made-up numbers) in the forms the tune notes still read wrong after batch 40. Every
 * citation of each passage with its exact relation.
 */
const relations = (text: string): Record<string, string> =>
  Object.fromEntries(parseDocument(text).citations.map((c) => [`${c.number ?? c.name ?? '?'}${c.citedBy ? ` in ${c.citedBy}` : ''}`, c.relation]));

const HEAD = `ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
Số 214/KH-UBND
Trà Vinh, ngày 12 tháng 9 năm 2023
KẾ HOẠCH
phòng, chống hạn hán, xâm nhập mặn mùa khô 2023 - 2024
`;
const TAIL = `1. Sở Nông nghiệp và Phát triển nông thôn theo dõi diễn biến độ mặn.
`;

describe('a Law joined by "và" after a numbered subject, with words of its own between, is a second document', () => {
  it('1. "… và bám sát các quy định của Luật Thủy lợi về …": the Law is cited (bám sát cites), the order implemented', () => {
    const text = `${HEAD}Kế hoạch được xây dựng để thực hiện Công điện số 1204/CĐ-TTg ngày 20/10/2023 của Thủ tướng Chính phủ về ứng phó hạn hán, thiếu nước, xâm nhập mặn và bám sát các quy định của Luật Thủy lợi về vận hành công trình.
${TAIL}`;
    expect(relations(text)).toEqual({ '1204/CĐ-TTg': 'implements', 'Luật Thủy lợi': 'cites' });
  });

  it('2. "… và các quy định về … của Luật Bảo vệ môi trường năm 2020": the rules of the Law share the verb of the first', () => {
    const text = `${HEAD}Kế hoạch nhằm triển khai Kế hoạch số 512/KH-UBND ngày 02/8/2023 của UBND tỉnh Trà Vinh về quản lý chất thải rắn sinh hoạt và các quy định về phân loại rác tại nguồn của Luật Bảo vệ môi trường năm 2020.
${TAIL}`;
    expect(relations(text)).toEqual({ '512/KH-UBND': 'implements', 'Luật Bảo vệ môi trường năm 2020': 'implements' });
  });

  it('3. "… và bảo đảm thực hiện nghiêm Luật Khoáng sản trên địa bàn" in the purpose: implements', () => {
    const text = `${HEAD}Kế hoạch được ban hành nhằm triển khai Chỉ thị số 09/CT-UBND ngày 25/3/2023 của Chủ tịch UBND tỉnh về chấn chỉnh hoạt động khai thác khoáng sản và bảo đảm thực hiện nghiêm Luật Khoáng sản trên địa bàn.
${TAIL}`;
    expect(relations(text)).toEqual({ '09/CT-UBND': 'implements', 'Luật Khoáng sản': 'implements' });
  });
});

const PARTY_HEAD = `ĐẢNG ỦY XÃ TÂN PHÚ
Số 41-KH/ĐU
Tân Phú, ngày 05 tháng 3 năm 2023
KẾ HOẠCH
học tập chuyên đề năm 2023
Thực hiện Kế hoạch số 96-KH/HU ngày 20/02/2023 của Ban Thường vụ Huyện ủy về học tập chuyên đề năm 2023, Đảng ủy xã xây dựng Kế hoạch như sau:
`;

describe('a group of people as the subject of a duty ("Mỗi đảng viên …", "Mỗi hội viên phải …"): the document it keeps is cited', () => {
  it('4. an item "2- Mỗi đảng viên viết bản cam kết …, thực hiện nghiêm Quy định số …": cites', () => {
    const text = `${PARTY_HEAD}1- Các chi bộ tổ chức học tập chuyên đề.
2- Mỗi đảng viên viết bản cam kết tu dưỡng, rèn luyện, thực hiện nghiêm Quy định số 37-QĐi/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về những điều đảng viên không được làm.
`;
    expect(relations(text)).toEqual({ '96-KH/HU': 'implements', '37-QĐi/TW': 'cites' });
  });

  it('5. a sentence after a stop "Mỗi hội viên phải gương mẫu thực hiện Luật …": cites; the plan before it implements', () => {
    const text = `HỘI CỰU CHIẾN BINH HUYỆN PHÙ MỸ
Số 18-KH/HCCB
Phù Mỹ, ngày 10 tháng 3 năm 2024
KẾ HOẠCH
bảo vệ môi trường năm 2024
Kế hoạch được xây dựng để thực hiện Hướng dẫn số 21-HD/CCB ngày 20/02/2024 của Hội Cựu chiến binh tỉnh Bình Định. Mỗi hội viên phải gương mẫu thực hiện Luật Bảo vệ môi trường năm 2020 từ chính gia đình mình.
1. Các chi hội tổ chức ra quân dọn vệ sinh.
`;
    expect(relations(text)).toEqual({ '21-HD/CCB': 'implements', 'Luật Bảo vệ môi trường năm 2020': 'cites' });
  });

  it('6. guard: "Mỗi" that opens no subject of people ("Mỗi năm, Đảng ủy xã thực hiện …") changes nothing', () => {
    const text = `${PARTY_HEAD}Mỗi năm, Đảng ủy xã thực hiện Quy định số 37-QĐi/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.
`;
    expect(relations(text)).toEqual({ '96-KH/HU': 'implements', '37-QĐi/TW': 'implements' });
  });
});

describe('a purpose\'s second `thực hiện` joined by "đồng thời" takes the rules of a Law as its own object', () => {
  it('7. "… nhằm thực hiện Chỉ thị số …, đồng thời thực hiện nghiêm các quy định của Luật Lâm nghiệp.": implements', () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
Số 07/CT-UBND
Lai Châu, ngày 15 tháng 01 năm 2024
CHỈ THỊ
về tăng cường phòng cháy, chữa cháy rừng mùa khô
Chỉ thị được ban hành nhằm thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý rừng, đồng thời thực hiện nghiêm các quy định của Luật Lâm nghiệp.
1. Sở Nông nghiệp và Phát triển nông thôn chỉ đạo lực lượng kiểm lâm tuần tra rừng.
`;
    expect(relations(text)).toEqual({ '13-CT/TW': 'implements', 'Luật Lâm nghiệp': 'implements' });
  });

  it('8. guard: a unit\'s "thực hiện nghiêm các quy định của Luật …" in a task still cites', () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
Số 08/CT-UBND
Lai Châu, ngày 16 tháng 01 năm 2024
CHỈ THỊ
về quản lý rừng
Thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư, Chủ tịch UBND tỉnh yêu cầu:
1. Các chủ rừng thực hiện nghiêm các quy định của Luật Lâm nghiệp, đồng thời thực hiện nghiêm các quy định của Luật Đất đai.
`;
    expect(relations(text)).toEqual({ '13-CT/TW': 'implements', 'Luật Lâm nghiệp': 'cites', 'Luật Đất đai': 'cites' });
  });
});

const GIO_LINH = `ỦY BAN NHÂN DÂN HUYỆN GIO LINH
Số 96/KH-UBND
Gio Linh, ngày 17 tháng 5 năm 2023
KẾ HOẠCH
phòng, chống đuối nước trẻ em năm 2023
`;

describe('a programme carried out in the opening or the purpose, named first, then "được phê duyệt tại Quyết định số …"', () => {
  it('9. "Triển khai Chương trình … được phê duyệt tại Quyết định số …, UBND huyện ban hành …": the decision implements', () => {
    const text = `${GIO_LINH}Triển khai Chương trình phòng, chống tai nạn, thương tích trẻ em giai đoạn 2021 - 2030 được phê duyệt tại Quyết định số 1248/QĐ-TTg ngày 19/7/2021 của Thủ tướng Chính phủ, UBND huyện ban hành Kế hoạch như sau:
1. Phòng Giáo dục và Đào tạo hướng dẫn các trường dạy bơi.
`;
    expect(relations(text)).toEqual({ '1248/QĐ-TTg': 'implements' });
  });

  it('10. guard: a unit\'s work "thực hiện Dự án 1 …, được phê duyệt tại Quyết định số …" in a task cites', () => {
    const text = `${GIO_LINH}Thực hiện Kế hoạch số 72/KH-UBND ngày 20/4/2023 của UBND tỉnh Quảng Trị, UBND huyện ban hành Kế hoạch như sau:
1. Phòng Lao động - Thương binh và Xã hội thực hiện Dự án 1 hỗ trợ trẻ em được phê duyệt tại Quyết định số 1248/QĐ-TTg ngày 19/7/2021 của Thủ tướng Chính phủ.
`;
    expect(relations(text)).toEqual({ '72/KH-UBND': 'implements', '1248/QĐ-TTg': 'cites' });
  });
});

describe('a programme joined by "và" to a carried-out document\'s subject, then "được phê duyệt tại Quyết định số …"', () => {
  it('11. "… để triển khai Kế hoạch số … về … và Chương trình … được phê duyệt tại Quyết định số …": both implement', () => {
    const text = `${GIO_LINH}Kế hoạch được xây dựng để triển khai Kế hoạch số 72/KH-UBND ngày 20/4/2023 của UBND tỉnh Quảng Trị về phòng, chống đuối nước trẻ em năm 2023 và Chương trình phòng, chống tai nạn, thương tích trẻ em giai đoạn 2021 - 2030 được phê duyệt tại Quyết định số 1248/QĐ-TTg ngày 19/7/2021 của Thủ tướng Chính phủ.
1. Phòng Giáo dục và Đào tạo hướng dẫn các trường dạy bơi.
`;
    expect(relations(text)).toEqual({ '72/KH-UBND': 'implements', '1248/QĐ-TTg': 'implements' });
  });

  it('12. guard: a programme inside the subject, with no "và" ("… về triển khai Chương trình … được phê duyệt tại …"), cites', () => {
    const text = `${GIO_LINH}Thực hiện Kế hoạch số 72/KH-UBND ngày 20/4/2023 của UBND tỉnh Quảng Trị về triển khai Chương trình phòng, chống tai nạn, thương tích trẻ em được phê duyệt tại Quyết định số 1248/QĐ-TTg ngày 19/7/2021 của Thủ tướng Chính phủ, UBND huyện ban hành Kế hoạch như sau:
1. Phòng Giáo dục và Đào tạo hướng dẫn các trường dạy bơi.
`;
    expect(relations(text)).toEqual({ '72/KH-UBND': 'implements', '1248/QĐ-TTg': 'cites' });
  });
});

describe('a charter\'s name ends before "trong việc …" (what is done under it)', () => {
  it('13. "… thực hiện đúng Điều lệ Đoàn TNCS Hồ Chí Minh trong việc kết nạp đoàn viên mới": the name is the charter\'s', () => {
    const text = `ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ TÂN AN
Số 12-KH/ĐTN
Tân An, ngày 10 tháng 3 năm 2024
KẾ HOẠCH
phát triển đoàn viên năm 2024
1. Các chi đoàn rà soát thanh niên ưu tú; thực hiện đúng Điều lệ Đoàn TNCS Hồ Chí Minh trong việc kết nạp đoàn viên mới.
2. Các chi đoàn báo cáo kết quả về Ban Chấp hành Đoàn xã.
`;
    expect(relations(text)).toEqual({ 'Điều lệ Đoàn TNCS Hồ Chí Minh': 'cites' });
  });
});
