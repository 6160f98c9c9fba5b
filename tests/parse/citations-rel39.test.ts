import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations by the structure that decides them, third set (rel39, 2026-12-07 night): short passages written
 * for this test (real places, made-up numbers) in the forms that blind batch 39 read wrong: a web copy's `Thực hiện:`
 * list whose items wrap before a capital or inside a date, a title line wrapped inside `về tiếp tục thực hiện`, a
 * `trên cơ sở` subject closed by `và thực hiện …`, a web copy whose title runs on into the body's prose. Every
 * citation of each passage with its exact relation.
 */
/** Each citation by number or name with its relation; a nested entry (`citedBy`) is listed as `nested in <parent>`. */
const relations = (text: string): Record<string, string> =>
  Object.fromEntries(parseDocument(text).citations.map((c) => [`${c.number ?? c.name ?? '?'}${c.citedBy ? ` in ${c.citedBy}` : ''}`, c.relation]));

describe('a web copy\'s "Thực hiện:" list: an item wrapped before a capital or inside its date stays in the list', () => {
  it('1. "… về chuyển đổi số tỉnh" / "Thái Bình đến năm 2025;" then a last item wrapped inside its date', () => {
    const text = `HUYỆN ỦY QUỲNH PHỤ
Số 214-CV/HU
Quỳnh Phụ, ngày 12 tháng 9 năm 2022
V/v đẩy mạnh chuyển đổi số cấp xã
Thực hiện:
- Nghị quyết số 11-NQ/TU ngày 14/6/2021 của Ban Chấp hành Đảng bộ tỉnh Thái Bình về chuyển đổi số tỉnh
Thái Bình đến năm 2025, định hướng đến năm 2030;
- Công văn số 1402-CV/TU ngày 18/
8/2022 của Ban Thường vụ Tỉnh ủy về sử dụng chữ ký số trong các cơ quan đảng,
Ban Thường vụ Huyện ủy đề nghị các đảng ủy xã, thị trấn tập trung lãnh đạo thực hiện tốt một số nội dung sau:
1. Các đảng ủy xã, thị trấn sử dụng phần mềm quản lý văn bản.
`;
    expect(relations(text)).toEqual({ '11-NQ/TU': 'implements', '1402-CV/TU': 'implements' });
  });

  it('2. an item whose issuer wraps onto a line of its own: "… của" / "Ủy ban nhân dân tỉnh Hưng Yên về …,"', () => {
    const text = `ĐẢNG BỘ TỈNH HƯNG YÊN
HUYỆN ỦY KHOÁI CHÂU
Số 88-KH/HU
Khoái Châu, ngày 20 tháng 3 năm 2022
KẾ HOẠCH
lãnh đạo thực hiện chuyển đổi số giai đoạn 2022 - 2025
Thực hiện:
- Chỉ thị số 14-CT/TU ngày 10/01/2022 của Ban Thường vụ Tỉnh ủy Hưng Yên về chuyển đổi số;
- Kế hoạch số 31/KH-UBND ngày 02/3/2022 của
Ủy ban nhân dân tỉnh Hưng Yên về chuyển đổi số năm 2022,
Ban Thường vụ Huyện ủy xây dựng Kế hoạch lãnh đạo thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức về chuyển đổi số.
`;
    expect(relations(text)).toEqual({ '14-CT/TU': 'implements', '31/KH-UBND': 'implements' });
  });

  it('3. the main clause after an item closed by a comma is no item: a document it names reads by its own trigger', () => {
    const text = `HUYỆN ỦY KHOÁI CHÂU
Số 90-KH/HU
Khoái Châu, ngày 22 tháng 3 năm 2022
KẾ HOẠCH
tuyên truyền chuyển đổi số
Thực hiện:
- Chỉ thị số 14-CT/TU ngày 10/01/2022 của Ban Thường vụ Tỉnh ủy Hưng Yên về chuyển đổi số,
Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:
I. NHIỆM VỤ
1. Ban Tuyên giáo Huyện ủy tuyên truyền theo Hướng dẫn số 05-HD/BTGTU ngày 02/02/2022 của Ban Tuyên giáo Tỉnh ủy.
`;
    expect(relations(text)).toEqual({ '14-CT/TU': 'implements', '05-HD/BTGTU': 'cites' });
  });
});

describe('a title wrapped inside "về tiếp tục thực hiện": the inner document is named in the outer one\'s subject', () => {
  it('4. "thực hiện Kết luận số … của Ban Bí thư về tiếp tục" / "thực hiện Chỉ thị số … giai đoạn …" (cites, and nested)', () => {
    const text = `ĐẢNG BỘ HUYỆN THANH OAI
ĐẢNG ỦY XÃ BÌNH MINH
Số 21-CTr/ĐU
Bình Minh, ngày 10 tháng 6 năm 2021
CHƯƠNG TRÌNH
thực hiện Kết luận số 07-KL/TW của Ban Bí thư về tiếp tục
thực hiện Chỉ thị số 33-CT/TW giai đoạn 2021 - 2025
Thực hiện Kết luận số 07-KL/TW, ngày 16/5/2021 của Ban Bí thư, Ban Chấp hành Đảng bộ xã xây dựng Chương trình như sau:
I. MỤC TIÊU
Nâng cao chất lượng công tác.
`;
    expect(relations(text)).toEqual({ '07-KL/TW': 'implements', '33-CT/TW': 'cites', '33-CT/TW in 07-KL/TW': 'implements' });
  });
});

describe('"và thực hiện …" closing another document\'s subject opens the citing one\'s own clause', () => {
  it('5. news: "Kế hoạch được ban hành trên cơ sở Quyết định số … về … và thực hiện Chỉ thị số …"', () => {
    const text = `Huyện Vĩnh Thuận triển khai phòng, chống sạt lở bờ sông

KIÊN GIANG - Ngày 12/6/2024, UBND huyện Vĩnh Thuận ban hành Kế hoạch số 141/KH-UBND về phòng, chống sạt lở bờ sông năm 2024.

Kế hoạch được ban hành trên cơ sở Quyết định số 1410/QĐ-UBND ngày 20/5/2024 của UBND tỉnh Kiên Giang về công bố tình huống khẩn cấp sạt lở bờ sông và thực hiện Chỉ thị số 07/CT-UBND ngày 28/3/2024 của Chủ tịch UBND tỉnh Kiên Giang về công tác phòng, chống thiên tai năm 2024.

Theo kế hoạch, Phòng Nông nghiệp và Phát triển nông thôn huyện khảo sát các điểm sạt lở trong tháng 6.
`;
    const r = relations(text);
    expect(r['1410/QĐ-UBND']).toBe('basis');
    expect(r['07/CT-UBND']).toBe('implements');
  });

  it('6. "về giao chỉ tiêu thực hiện Kế hoạch số …" inside a ground\'s subject, with no "và", is still a list of bases', () => {
    const text = `ỦY BAN NHÂN DÂN
HUYỆN VĨNH THUẬN
Số: 150/KH-UBND
Vĩnh Thuận, ngày 15 tháng 6 năm 2024
KẾ HOẠCH
Phát triển sản xuất nông nghiệp năm 2024
Căn cứ Quyết định số 1502/QĐ-UBND ngày 02/3/2024 của UBND tỉnh Kiên Giang về giao chỉ tiêu thực hiện Kế hoạch số 45/KH-UBND ngày 01/02/2024 của UBND tỉnh;
UBND huyện Vĩnh Thuận ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
Phát triển sản xuất.
`;
    const r = relations(text);
    expect(r['1502/QĐ-UBND']).toBe('basis');
    expect(r['45/KH-UBND']).toBe('basis');
  });
});

describe('a web copy whose title runs on into the body\'s prose with no blank line', () => {
  it('7. "Về tăng cường …" / prose with a stop / "Để triển khai Chỉ thị số … về tăng cường các" / "… rừng và Công văn số …"', () => {
    const text = `ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH CÀ MAU
Độc lập - Tự do - Hạnh phúc
Số:  05 /CT-UBND
Cà Mau, ngày 12 tháng 01 năm 2022
CHỈ THỊ
Về tăng cường phòng cháy, chữa cháy rừng mùa khô năm 2021 - 2022
Mùa khô năm 2021 - 2022 được dự báo kéo dài, mực nước tại Vườn quốc gia U Minh
Hạ đã xuống thấp hơn cùng kỳ 20 - 25 cm. Toàn tỉnh hiện có trên 94.000 ha rừng, trong đó
diện tích rừng tràm và rừng ngập mặn ở huyện Ngọc Hiển có nguy cơ cháy
cao.
Để triển khai Chỉ thị số 12/CT-TTg ngày 03/5/2019 của Thủ tướng Chính phủ về tăng cường các
biện pháp cấp bách phòng cháy, chữa cháy rừng và Công văn số 4120/BNN-TCLN ngày 20/12/2021 của
Bộ Nông nghiệp và Phát triển nông thôn, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:
1. Sở Nông nghiệp và Phát triển nông thôn tổ chức trực cháy 24/24 giờ.
`;
    expect(relations(text)).toEqual({ '12/CT-TTg': 'implements', '4120/BNN-TCLN': 'implements' });
  });
});

describe('a web copy wrapped right after a date\'s second slash: the year and the issuer after it belong to the citation', () => {
  it('8. "Căn cứ Quyết định số … ngày 12/4/" / "2024 của Ủy ban nhân dân thành phố Hải Phòng …": the city, not the district', () => {
    const text = `ỦY BAN NHÂN DÂN
HUYỆN VĨNH BẢO
Số: 188/KH-UBND
Vĩnh Bảo, ngày 20 tháng 4 năm 2024
KẾ HOẠCH
Phòng, chống hạn hán vụ Mùa năm 2024
Căn cứ Quyết định số 1190/QĐ-UBND ngày 12/4/
2024 của Ủy ban nhân dân thành phố Hải Phòng về phương án chống hạn năm 2024;
Ủy ban nhân dân huyện Vĩnh Bảo ban hành Kế hoạch như sau:
1. Phòng Nông nghiệp và Phát triển nông thôn huyện theo dõi độ mặn tại các cống.
`;
    const c = parseDocument(text).citations.find((x) => x.number === '1190/QĐ-UBND');
    expect(c?.relation).toBe('basis');
    expect(c?.issuedOn).toBe('2024-04-12');
    expect(c?.issuer?.name).toBe('UBND Thành phố Hải Phòng');
  });
});
