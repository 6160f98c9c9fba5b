import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations by the structure that decides them, second set (rel38, 2026-12-07 night): short passages written
 * for this test before any tune note was read (real places, made-up numbers), in forms rel35 and wraprel35 did not
 * write: `Thực hiện (ý kiến) chỉ đạo của … tại …` with a `căn cứ` after it, `Theo / Xét đề nghị … tại Tờ trình số …` in a
 * plan's opening and a resolution's, a `;`-list after `Thực hiện` whose titles hold `thực hiện`, a purpose after the
 * making verb, `trên cơ sở` a resolution and a report, `bám sát` two documents, tasks, situations, `thay thế`, a later
 * short mention, and named citations (Law, congress resolution, Quy chế, Điều lệ) in those places; headless fragments
 * and web copies among them. Every citation of each passage with its exact relation.
 */
/** Each citation by number or name with its relation; a nested entry (`citedBy`) is listed as `nested in <parent>`. */
const relations = (text: string): Record<string, string> =>
  Object.fromEntries(parseDocument(text).citations.map((c) => [c.number ?? c.name ?? '?', c.citedBy ? `nested in ${c.citedBy}` : c.relation]));

const plan = (issuer: string, number: string, place: string, body: string) => `${issuer}
Số: ${number}
${place}, ngày 18 tháng 4 năm 2024
KẾ HOẠCH
Triển khai nhiệm vụ trọng tâm năm 2024
${body}
`;

describe('"Thực hiện (ý kiến) chỉ đạo của … tại …" implements; a "căn cứ" after it is a basis', () => {
  it('1. "Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số …; căn cứ Kế hoạch số … của UBND tỉnh, UBND huyện …"', () => {
    const text = plan('ỦY BAN NHÂN DÂN\nHUYỆN NGHI LỘC', '118/KH-UBND', 'Nghi Lộc', `Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 1250-CV/TU ngày 05/3/2024 về tăng cường công tác phòng, chống rác thải nhựa; căn cứ Kế hoạch số 40/KH-UBND ngày 10/3/2024 của UBND tỉnh Nghệ An về bảo vệ môi trường năm 2024, UBND huyện Nghi Lộc ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Giảm thiểu rác thải nhựa.`);
    expect(relations(text)).toEqual({ '1250-CV/TU': 'implements', '40/KH-UBND': 'basis' });
  });

  it('2. headless: "Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Thông báo số … và của Thường trực Huyện ủy tại Kết luận số …"', () => {
    const text = `Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh Hà Tĩnh tại Thông báo số 88/TB-UBND ngày 12/3/2024 và chỉ đạo của Thường trực Huyện ủy Can Lộc tại Kết luận số 15-KL/HU ngày 20/3/2024, UBND huyện Can Lộc xây dựng Kế hoạch giải phóng mặt bằng các dự án trọng điểm như sau:
I. MỤC ĐÍCH, YÊU CẦU
Hoàn thành giải phóng mặt bằng đúng tiến độ.
II. NHIỆM VỤ
1. Phòng Tài nguyên và Môi trường thực hiện thu hồi đất theo đúng Luật Đất đai năm 2024.
`;
    expect(relations(text)).toEqual({ '88/TB-UBND': 'implements', '15-KL/HU': 'implements', 'Luật Đất đai năm 2024': 'cites' });
  });
});

describe('a submission after "Theo đề nghị … tại" or "Xét" cites, in a plan\'s opening as in a decision\'s', () => {
  it('3. a plan: "Căn cứ Quyết định số …; Theo đề nghị của Phòng … tại Tờ trình số …, UBND huyện ban hành"', () => {
    const text = plan('ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG', '64/KH-UBND', 'Đức Trọng', `Căn cứ Quyết định số 512/QĐ-UBND ngày 02/3/2024 của UBND tỉnh Lâm Đồng về phát triển du lịch cộng đồng;
Theo đề nghị của Phòng Văn hóa và Thông tin huyện tại Tờ trình số 18/TTr-VHTT ngày 10/4/2024, UBND huyện Đức Trọng ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Phát triển du lịch bền vững.`);
    expect(relations(text)).toEqual({ '512/QĐ-UBND': 'basis', '18/TTr-VHTT': 'cites' });
  });

  it('4. a resolution: "Căn cứ Luật …; Xét Tờ trình số … của UBND huyện; Báo cáo thẩm tra số … của Ban …"', () => {
    const text = `HỘI ĐỒNG NHÂN DÂN
HUYỆN CƯ M'GAR
Số: 12/NQ-HĐND
Cư M'gar, ngày 18 tháng 4 năm 2024
NGHỊ QUYẾT
Về việc điều chỉnh kế hoạch đầu tư công năm 2024
HỘI ĐỒNG NHÂN DÂN HUYỆN CƯ M'GAR
KHÓA XII, KỲ HỌP THỨ MƯỜI
Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;
Căn cứ Nghị định số 40/2020/NĐ-CP ngày 06 tháng 4 năm 2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đầu tư công;
Xét Tờ trình số 77/TTr-UBND ngày 05 tháng 4 năm 2024 của UBND huyện về việc điều chỉnh kế hoạch đầu tư công năm 2024; Báo cáo thẩm tra số 09/BC-KTXH ngày 10 tháng 4 năm 2024 của Ban Kinh tế - Xã hội HĐND huyện; ý kiến thảo luận của đại biểu HĐND huyện tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Điều chỉnh kế hoạch đầu tư công năm 2024.
`;
    expect(relations(text)).toEqual({
      'Luật Đầu tư công': 'basis',
      '40/2020/NĐ-CP': 'basis',
      '77/TTr-UBND': 'cites',
      '09/BC-KTXH': 'cites',
    });
  });
});

describe('a "Thực hiện" list joined by ";" whose titles hold "thực hiện": every listed document implements', () => {
  it('5. three documents, titles "về việc thực hiện …", "về đẩy mạnh thực hiện …", "thực hiện …" with a charter in one', () => {
    const text = plan('HỘI LIÊN HIỆP PHỤ NỮ\nHUYỆN LẠNG GIANG', '22/KH-HLHPN', 'Lạng Giang', `Thực hiện Kế hoạch số 31/KH-HPN ngày 15/01/2024 của Ban Thường vụ Hội LHPN tỉnh Bắc Giang về việc thực hiện cuộc vận động xây dựng gia đình 5 không 3 sạch;
Thực hiện Hướng dẫn số 05/HD-HPN ngày 20/01/2024 của Ban Thường vụ Hội LHPN tỉnh về đẩy mạnh thực hiện phong trào phụ nữ tích cực học tập, lao động sáng tạo;
Thực hiện Công văn số 112/HPN-TG ngày 01/02/2024 của Hội LHPN tỉnh về thực hiện Điều lệ Hội Liên hiệp Phụ nữ Việt Nam trong sinh hoạt chi hội,
Ban Thường vụ Hội LHPN huyện xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng hoạt động hội.`);
    expect(relations(text)).toEqual({ '31/KH-HPN': 'implements', '05/HD-HPN': 'implements', '112/HPN-TG': 'implements' });
  });

  it('6. web copy with "|" header: "Thực hiện Chương trình hành động số … thực hiện Nghị quyết số …; Kế hoạch số … về tổ chức thực hiện …"', () => {
    const text = `ĐẢNG BỘ TỈNH PHÚ THỌ | ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY THANH SƠN | Thanh Sơn, ngày 18 tháng 4 năm 2024
Số 95-KH/HU |
KẾ HOẠCH
Phát triển kinh tế lâm nghiệp giai đoạn 2024 - 2025
Thực hiện Chương trình hành động số 35-CTr/TU ngày 10/11/2023 của Tỉnh ủy Phú Thọ về thực hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Hội nghị Trung ương 6 khóa XIII; Kế hoạch số 210/KH-UBND ngày 02/12/2023 của UBND tỉnh về tổ chức thực hiện Đề án phát triển lâm nghiệp bền vững, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao giá trị rừng trồng.
`;
    expect(relations(text)).toEqual({ '35-CTr/TU': 'implements', '29-NQ/TW': 'nested in 35-CTr/TU', '210/KH-UBND': 'implements' });
  });
});

describe('a purpose joined to the making sentence implements, a Law and a Quy chế in it too', () => {
  it('7. after the making verb: "Căn cứ Quyết định số …, UBND xã xây dựng Kế hoạch để triển khai thực hiện Nghị quyết số …"', () => {
    const text = plan('ỦY BAN NHÂN DÂN\nXÃ HÒA PHÚ', '30/KH-UBND', 'Hòa Phú', `Căn cứ Quyết định số 220/QĐ-UBND ngày 01/02/2024 của UBND huyện Hòa Vang về giao chỉ tiêu kinh tế - xã hội năm 2024, UBND xã xây dựng Kế hoạch để triển khai thực hiện Nghị quyết số 08-NQ/ĐU ngày 10/01/2024 của Đảng ủy xã Hòa Phú về phát triển nông nghiệp đô thị, cụ thể như sau:
I. MỤC ĐÍCH, YÊU CẦU
Phát triển nông nghiệp sạch.`);
    expect(relations(text)).toEqual({ '220/QĐ-UBND': 'basis', '08-NQ/ĐU': 'implements' });
  });

  it('8. "Nhằm tổ chức thực hiện có hiệu quả Chỉ thị số …; đồng thời cụ thể hóa Quy chế làm việc của Ban Chấp hành …, Ban Thường vụ … ban hành"', () => {
    const text = plan('ĐẢNG BỘ TỈNH THÁI NGUYÊN\nHUYỆN ỦY ĐẠI TỪ', '77-KH/HU', 'Đại Từ', `Nhằm tổ chức thực hiện có hiệu quả Chỉ thị số 18-CT/TU ngày 22/02/2024 của Ban Thường vụ Tỉnh ủy Thái Nguyên về nâng cao chất lượng sinh hoạt chi bộ, đồng thời cụ thể hóa Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXV, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng sinh hoạt chi bộ.`);
    expect(relations(text)).toEqual({
      '18-CT/TU': 'implements',
      'Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXV': 'implements',
    });
  });

  it('9. after the making verb: "… xây dựng Kế hoạch tuyển quân năm 2025 nhằm thực hiện Luật Nghĩa vụ quân sự năm 2015 và Nghị định số …"', () => {
    const text = plan('ỦY BAN NHÂN DÂN\nHUYỆN U MINH', '45/KH-UBND', 'U Minh', `UBND huyện U Minh xây dựng Kế hoạch tuyển chọn và gọi công dân nhập ngũ năm 2025 nhằm thực hiện Luật Nghĩa vụ quân sự năm 2015 và Nghị định số 13/2016/NĐ-CP ngày 19/02/2016 của Chính phủ quy định trình tự, thủ tục đăng ký nghĩa vụ quân sự, cụ thể như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tuyển đủ chỉ tiêu.`);
    expect(relations(text)).toEqual({ 'Luật Nghĩa vụ quân sự năm 2015': 'implements', '13/2016/NĐ-CP': 'implements' });
  });

  it('10. "Để thực hiện Điều lệ Hội …, Ban Thường vụ … ban hành"; the charter in a unit\'s task cites', () => {
    const text = plan('HỘI CỰU CHIẾN BINH\nTHÀNH PHỐ RẠCH GIÁ', '11-KH/CCB', 'Rạch Giá', `Để thực hiện Điều lệ Hội Cựu chiến binh Việt Nam và Nghị quyết số 04-NQ/CCB ngày 05/01/2024 của Ban Chấp hành Hội Cựu chiến binh thành phố, Ban Thường vụ Hội ban hành Kế hoạch như sau:
II. NHIỆM VỤ
1. Các chi hội sinh hoạt đúng quy định của Điều lệ Hội Cựu chiến binh Việt Nam.`);
    expect(relations(text)).toEqual({ 'Điều lệ Hội Cựu chiến binh Việt Nam': 'implements', '04-NQ/CCB': 'implements' });
  });
});

describe('"trên cơ sở" a resolution is a basis, a report after it cites; "bám sát" cites every document after it', () => {
  it('11. "Trên cơ sở Nghị quyết số … và Báo cáo số … kết quả …, Ban Thường vụ Huyện ủy kết luận"', () => {
    const text = `HUYỆN ỦY ĐỨC HÒA
Số 41-TB/HU
Đức Hòa, ngày 18 tháng 4 năm 2024
THÔNG BÁO
Kết luận của Ban Thường vụ Huyện ủy về phát triển công nghiệp
Trên cơ sở Nghị quyết số 45-NQ/HU ngày 10/12/2023 của Ban Chấp hành Đảng bộ huyện về nhiệm vụ năm 2024 và Báo cáo số 120-BC/HU ngày 05/4/2024 của Ban Thường vụ Huyện ủy về kết quả quý I, Ban Thường vụ Huyện ủy kết luận như sau:
1. UBND huyện tập trung thu hút đầu tư.
`;
    expect(relations(text)).toEqual({ '45-NQ/HU': 'basis', '120-BC/HU': 'cites' });
  });

  it('12. "Bám sát Nghị quyết Đại hội … lần thứ … và Kế hoạch số …, căn cứ …, UBND huyện ban hành"', () => {
    const text = plan('ỦY BAN NHÂN DÂN\nHUYỆN PHÚ TÂN', '52/KH-UBND', 'Phú Tân', `Bám sát Nghị quyết Đại hội đại biểu Đảng bộ huyện Phú Tân lần thứ XII, nhiệm kỳ 2020 - 2025 và Kế hoạch số 88/KH-UBND ngày 03/01/2024 của UBND tỉnh An Giang về phát triển nông nghiệp, căn cứ tình hình thực tế, UBND huyện ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Phát triển nông nghiệp công nghệ cao.`);
    expect(relations(text)).toEqual({
      'Nghị quyết Đại hội đại biểu Đảng bộ huyện Phú Tân lần thứ XII': 'cites',
      '88/KH-UBND': 'cites',
    });
  });
});

describe('a document inside a unit\'s task is what the unit does: it cites', () => {
  it('13. "thực hiện nghiêm Chỉ thị số …", "theo Hướng dẫn số …", "gắn với việc thực hiện Quy định số …", "cụ thể hóa … thành"', () => {
    const text = plan('ĐẢNG ỦY XÃ TÂN LẬP', '25-KH/ĐU', 'Tân Lập', `Thực hiện Kế hoạch số 60-KH/HU ngày 01/3/2024 của Ban Thường vụ Huyện ủy Đồng Phú về công tác kiểm tra, giám sát năm 2024, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
II. NHIỆM VỤ
1. Các chi bộ thực hiện nghiêm Chỉ thị số 09-CT/TU ngày 12/10/2023 của Ban Thường vụ Tỉnh ủy Bình Phước về kỷ luật phát ngôn.
2. Ủy ban kiểm tra Đảng ủy kiểm tra theo Hướng dẫn số 02-HD/UBKTTW ngày 10/3/2022 của Ủy ban Kiểm tra Trung ương.
3. Các chi bộ tổ chức sinh hoạt chuyên đề gắn với việc thực hiện Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị.
4. Đoàn Thanh niên xã cụ thể hóa Kế hoạch này và Nghị quyết số 10-NQ/ĐTN ngày 05/01/2024 của Huyện đoàn thành chương trình của Đoàn.`);
    expect(relations(text)).toEqual({
      '60-KH/HU': 'implements',
      '09-CT/TU': 'cites',
      '02-HD/UBKTTW': 'cites',
      '144-QĐ/TW': 'cites',
      '10-NQ/ĐTN': 'cites',
    });
  });

  it('14. headless: tasks that name a Law and a Quy chế named without a number ("theo Quy chế …", "đúng Luật …")', () => {
    const text = `Thực hiện Quyết định số 315/QĐ-UBND ngày 01/4/2024 của UBND tỉnh Cà Mau về kiện toàn Ban Chỉ đạo, UBND huyện Trần Văn Thời ban hành Kế hoạch như sau:
II. NHIỆM VỤ
1. Các thành viên Ban Chỉ đạo làm việc theo Quy chế hoạt động của Ban Chỉ đạo huyện.
2. Phòng Tài chính - Kế hoạch quản lý kinh phí đúng Luật Ngân sách nhà nước năm 2015.
`;
    expect(relations(text)).toEqual({
      '315/QĐ-UBND': 'implements',
      'Quy chế hoạt động của Ban Chỉ đạo huyện': 'cites',
      'Luật Ngân sách nhà nước năm 2015': 'cites',
    });
  });
});

describe('a document looked back on in a situation paragraph cites', () => {
  it('15. "Qua 2 năm triển khai Kế hoạch số …", "Nghị quyết số … được các cấp ủy quán triệt …", a congress resolution\'s targets', () => {
    const text = plan('ỦY BAN NHÂN DÂN\nHUYỆN VĨNH LINH', '70/KH-UBND', 'Vĩnh Linh', `Căn cứ Kế hoạch số 33/KH-UBND ngày 20/02/2024 của UBND tỉnh Quảng Trị về chuyển đổi số năm 2024, UBND huyện xây dựng Kế hoạch như sau:
I. ĐÁNH GIÁ TÌNH HÌNH
Qua 2 năm triển khai Kế hoạch số 56/KH-UBND ngày 10/3/2022 của UBND huyện, chuyển đổi số có bước tiến rõ nét. Nghị quyết số 05-NQ/HU ngày 01/6/2022 của Huyện ủy được các cấp ủy quán triệt sâu rộng; nhiều chỉ tiêu Nghị quyết Đại hội đại biểu Đảng bộ huyện Vĩnh Linh lần thứ XXI đã đạt và vượt.
II. NHIỆM VỤ
1. Phòng Văn hóa và Thông tin chủ trì.`);
    expect(relations(text)).toEqual({
      '33/KH-UBND': 'basis',
      '56/KH-UBND': 'cites',
      '05-NQ/HU': 'cites',
      'Nghị quyết Đại hội đại biểu Đảng bộ huyện Vĩnh Linh lần thứ XXI': 'cites',
    });
  });
});

describe('a replaced document cites, a Quy chế replaced with it too; one named in a cited decision\'s title is its', () => {
  it('16. "Căn cứ Quyết định số … về việc ban hành Quy chế …"; "Quyết định này thay thế Quyết định số … ban hành Quy chế …"', () => {
    const text = `ỦY BAN NHÂN DÂN
THỊ XÃ HƯƠNG TRÀ
Số: 880/QĐ-UBND
Hương Trà, ngày 18 tháng 4 năm 2024
QUYẾT ĐỊNH
Về việc ban hành Quy chế làm việc của UBND thị xã
CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Quyết định số 25/2023/QĐ-UBND ngày 12/5/2023 của UBND tỉnh Thừa Thiên Huế về việc ban hành Quy chế làm việc mẫu của UBND cấp huyện;
Theo đề nghị của Chánh Văn phòng HĐND và UBND thị xã.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của UBND thị xã.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký, thay thế Quyết định số 1020/QĐ-UBND ngày 05/8/2021 của UBND thị xã ban hành Quy chế làm việc nhiệm kỳ 2021 - 2026.
Điều 3. Chánh Văn phòng HĐND và UBND thị xã, Thủ trưởng các cơ quan chịu trách nhiệm thi hành Quyết định này.
`;
    expect(relations(text)).toEqual({
      'Luật Tổ chức chính quyền địa phương': 'basis',
      '25/2023/QĐ-UBND': 'basis',
      '1020/QĐ-UBND': 'cites',
    });
  });
});

describe('a later short mention joins the earlier full one', () => {
  it('17. "(sau đây gọi tắt là Nghị quyết 09)" then "Nghị quyết 09" and "Nghị quyết số 09" in tasks: one citation, implements', () => {
    const text = plan('ĐẢNG ỦY XÃ ĐẠ ĐỜN', '31-KH/ĐU', 'Đạ Đờn', `Thực hiện Nghị quyết số 09-NQ/TU ngày 20/12/2023 của Ban Chấp hành Đảng bộ tỉnh Lâm Đồng về phát triển cà phê bền vững (sau đây gọi tắt là Nghị quyết 09), Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
II. NHIỆM VỤ
1. Các chi bộ tuyên truyền Nghị quyết 09 đến đảng viên.
2. Hội Nông dân xã hướng dẫn nông dân tái canh theo Nghị quyết số 09.`);
    expect(relations(text)).toEqual({ '09-NQ/TU': 'implements' });
  });

  it('18. web copy: a Law named in full under "Căn cứ" and by its short name in a task: one citation, basis', () => {
    const text = `UBND HUYỆN TAM NÔNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 140/KH-UBND | Tam Nông, ngày 18 tháng 4 năm 2024
KẾ HOẠCH
Tuyên truyền phổ biến pháp luật năm 2024
Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;
Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2024 của UBND tỉnh Đồng Tháp về phổ biến, giáo dục pháp luật năm 2024;
UBND huyện Tam Nông ban hành Kế hoạch như sau:
II. NHIỆM VỤ
1. Phòng Tư pháp tham mưu thực hiện Luật Phổ biến, giáo dục pháp luật trên địa bàn.
`;
    expect(relations(text)).toEqual({ 'Luật Phổ biến, giáo dục pháp luật': 'basis', '15/KH-UBND': 'basis' });
  });
});

describe('a named citation in the opening, by its trigger', () => {
  it('19. "Thực hiện Nghị quyết Đại hội … lần thứ …; căn cứ Luật …; theo Quy chế …"', () => {
    const text = plan('ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN HUYỆN KRÔNG PẮC', '40-KH/HĐTN', 'Krông Pắc', `Thực hiện Nghị quyết Đại hội đại biểu Đoàn TNCS Hồ Chí Minh huyện Krông Pắc lần thứ IX, nhiệm kỳ 2022 - 2027; căn cứ Luật Thanh niên năm 2020, Ban Thường vụ Huyện đoàn xây dựng Kế hoạch như sau:
II. NHIỆM VỤ
1. Các cơ sở Đoàn tổ chức hoạt động theo Điều lệ Đoàn TNCS Hồ Chí Minh.`);
    expect(relations(text)).toEqual({
      'Nghị quyết Đại hội đại biểu Đoàn TNCS Hồ Chí Minh huyện Krông Pắc lần thứ IX': 'implements',
      'Luật Thanh niên năm 2020': 'basis',
      'Điều lệ Đoàn TNCS Hồ Chí Minh': 'cites',
    });
  });
});

/**
 * Written after the first run and the tune notes (rel38): the structures behind the fixes beyond the first nineteen,
 * each in words of this round's own.
 */
describe('structures found after the first run', () => {
  it('20. "…, đồng thời triển khai các quy định của Luật …" in the document\'s purpose implements the Law', () => {
    const text = plan('ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA', '19/KH-UBND', 'Tân Hòa', `Kế hoạch được xây dựng nhằm thực hiện Kế hoạch số 71/KH-UBND ngày 05/3/2024 của UBND huyện Phú Giáo, đồng thời triển khai các quy định của Luật Phòng, chống ma túy năm 2021 tại địa phương.
I. MỤC ĐÍCH, YÊU CẦU
Kiềm chế tệ nạn ma túy.`);
    expect(relations(text)).toEqual({ '71/KH-UBND': 'implements', 'Luật Phòng, chống ma túy năm 2021': 'implements' });
  });

  it('21. "Việc … thực hiện đúng Quy chế …": an activity as the subject states a rule of conduct; the document cites', () => {
    const text = plan('ỦY BAN MẶT TRẬN TỔ QUỐC\nXÃ HÒA HIỆP', '07/KH-MTTQ', 'Hòa Hiệp', `Thực hiện Hướng dẫn số 20/HD-MTTQ-BTT ngày 01/4/2024 của Ban Thường trực Ủy ban MTTQ huyện Đông Hòa, Ban Thường trực Ủy ban MTTQ xã xây dựng Kế hoạch như sau:
II. NỘI DUNG
1. Vận động ủng hộ Quỹ.
2. Việc tiếp nhận, phân bổ tiền ủng hộ thực hiện đúng Quyết định số 12/QĐ-MTTQ-BTT ngày 10/01/2024 của Ban Thường trực Ủy ban MTTQ tỉnh Phú Yên.`);
    expect(relations(text)).toEqual({ '20/HD-MTTQ-BTT': 'implements', '12/QĐ-MTTQ-BTT': 'cites' });
  });

  it('22. a mandate word in the subject of a cited document ("về giao chỉ tiêu …") asks nothing of anyone', () => {
    const text = plan('ỦY BAN NHÂN DÂN\nXÃ ĐIỆN THẮNG', '41/KH-UBND', 'Điện Thắng', `Căn cứ Quyết định số 95/QĐ-UBND ngày 08/01/2024 của UBND thị xã Điện Bàn về việc giao dự toán ngân sách năm 2024, UBND xã ban hành Kế hoạch nhằm triển khai Chỉ thị số 03-CT/ĐU ngày 20/01/2024 của Đảng ủy xã về thu ngân sách, cụ thể như sau:
I. MỤC ĐÍCH, YÊU CẦU
Hoàn thành dự toán.`);
    expect(relations(text)).toEqual({ '95/QĐ-UBND': 'basis', '03-CT/ĐU': 'implements' });
  });

  it('23. a sentence under a sentence-case section heading ("2. Nhiệm vụ") is its own clause: a unit\'s duty cites', () => {
    const text = `Thực hiện Kế hoạch số 14/KH-UBND ngày 05/01/2024 của UBND huyện Ea Súp về phòng, chống sốt xuất huyết, UBND xã Ia Lốp xây dựng kế hoạch như sau:
1. Mục đích
Chủ động phòng bệnh.
2. Nhiệm vụ
Trạm Y tế xã thực hiện nghiêm Quyết định số 2760/QĐ-BYT ngày 04/7/2023 của Bộ Y tế về hướng dẫn chẩn đoán, điều trị sốt xuất huyết.
`;
    expect(relations(text)).toEqual({ '14/KH-UBND': 'implements', '2760/QĐ-BYT': 'cites' });
  });

  it('24. a lead-in whose main clause, after the opening\'s comma, names plural units hands its items to them', () => {
    const text = `Tiếp tục thực hiện Chỉ thị số 11-CT/TU ngày 02/8/2022 của Ban Thường vụ Tỉnh ủy Tây Ninh về chuyển đổi số, năm 2024 các cơ quan, đơn vị thực hiện tốt các nội dung sau:
- Tuyên truyền Chỉ thị số 11-CT/TU và Kế hoạch số 140/KH-UBND ngày 20/9/2022 của UBND tỉnh.
- Thực hiện đúng Luật Giao dịch điện tử năm 2023.
`;
    expect(relations(text)).toEqual({ '11-CT/TU': 'implements', '140/KH-UBND': 'cites', 'Luật Giao dịch điện tử năm 2023': 'cites' });
  });

  it('25. a trigger in a short numbered heading ("1. Công tác quán triệt") is no trigger of the sentence under it', () => {
    const text = `BÁO CÁO
Kết quả công tác năm 2023
I. KẾT QUẢ
1. Công tác quán triệt
Đầu năm, Chi bộ đã ban hành Kế hoạch số 02-KH/CB ngày 10/01/2023 về công tác năm 2023.
`;
    expect(relations(text)).toEqual({ '02-KH/CB': 'cites' });
  });

  it('26. a sentence inside a paragraph whose subject is plural tells what those units did: cites', () => {
    const text = plan('ĐẢNG ỦY XÃ KIM SƠN', '18-BC/ĐU', 'Kim Sơn', `Thực hiện Hướng dẫn số 06-HD/BTGHU ngày 02/4/2024 của Ban Tuyên giáo Huyện ủy, Đảng ủy xã báo cáo như sau:
Đảng ủy xã đã xây dựng kế hoạch triển khai ngay từ đầu năm. Các chi bộ đã tổ chức quán triệt Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị đến toàn thể đảng viên.`);
    expect(relations(text)).toEqual({ '06-HD/BTGHU': 'implements', '01-KL/TW': 'cites' });
  });
});

describe('named citations joined by "và", and a charter named by itself', () => {
  it('27. "theo Luật … và Quy chế thi đua, khen thưởng của …", "Pháp lệnh … và Điều lệ Hội …": two documents each', () => {
    const text = plan('HỘI CỰU CHIẾN BINH\nHUYỆN MỘ ĐỨC', '15-KH/CCB', 'Mộ Đức', `Thực hiện Kế hoạch số 40-KH/CCB ngày 02/3/2024 của Ban Thường vụ Hội Cựu chiến binh tỉnh Quảng Ngãi, Ban Thường vụ Hội xây dựng Kế hoạch như sau:
II. NHIỆM VỤ
1. Các chi hội tuyên truyền Pháp lệnh Cựu chiến binh và Điều lệ Hội Cựu chiến binh Việt Nam.
2. Văn phòng Hội xét khen thưởng theo Luật Thi đua, khen thưởng và Quy chế thi đua, khen thưởng của Hội Cựu chiến binh tỉnh.`);
    expect(relations(text)).toEqual({
      '40-KH/CCB': 'implements',
      'Pháp lệnh Cựu chiến binh': 'cites',
      'Điều lệ Hội Cựu chiến binh Việt Nam': 'cites',
      'Luật Thi đua, khen thưởng': 'cites',
      'Quy chế thi đua, khen thưởng của Hội Cựu chiến binh tỉnh': 'cites',
    });
  });

  it('28. a charter in a list of contents with no trigger is cited; one in a numbered document\'s subject is not', () => {
    const text = plan('HỘI NÔNG DÂN\nHUYỆN CHỢ MỚI', '21-KH/HND', 'Chợ Mới', `Căn cứ Quy định số 232-QĐ/TW ngày 20/01/2025 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng;
Ban Thường vụ Hội Nông dân huyện tổ chức Hội thi như sau:
II. NỘI DUNG
Phần thi kiến thức gồm: chính sách hỗ trợ nông nghiệp, Điều lệ Hội Nông dân Việt Nam; phần thi năng khiếu.`);
    expect(relations(text)).toEqual({ '232-QĐ/TW': 'basis', 'Điều lệ Hội Nông dân Việt Nam': 'cites' });
  });

  it('29. a conclusion named by its owner ends at a purpose word: the congress resolution after "nhằm cụ thể hóa" is its own', () => {
    const text = `Sáng 05/9, Ban Thường vụ Đảng ủy xã Cam Thành ban hành kết luận về phát triển cây ăn quả.
Kết luận của Ban Thường vụ nhằm cụ thể hóa Nghị quyết Đại hội đại biểu Đảng bộ xã Cam Thành lần thứ XVI, nhiệm kỳ 2025 - 2030 và Kết luận số 12-KL/HU ngày 20/8/2025 của Ban Thường vụ Huyện ủy Cam Lộ.
`;
    expect(relations(text)).toEqual({
      '12-KL/HU': 'implements',
      'Nghị quyết Đại hội đại biểu Đảng bộ xã Cam Thành lần thứ XVI': 'implements',
    });
  });

  it('30. "… trên cơ sở Nghị quyết số … về … và nhằm thực hiện thắng lợi Nghị quyết Đại hội …": the resolution is no part of the subject', () => {
    const text = `Đề án được xây dựng trên cơ sở Nghị quyết số 14-NQ/TU ngày 10/10/2023 của Ban Thường vụ Tỉnh ủy Lào Cai về phát triển cây quế và nhằm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ huyện Văn Bàn lần thứ XXIII.
`;
    expect(relations(text)).toEqual({ '14-NQ/TU': 'basis', 'Nghị quyết Đại hội Đảng bộ huyện Văn Bàn lần thứ XXIII': 'implements' });
  });

  it('31. "Để Nghị quyết số … sớm đi vào cuộc sống, Ban Thường vụ … ban hành Kế hoạch": the document as the purpose\'s subject implements', () => {
    const text = plan('ĐẢNG BỘ TỈNH HÒA BÌNH\nHUYỆN ỦY LẠC THỦY', '61-KH/HU', 'Lạc Thủy', `Để Nghị quyết số 08-NQ/HU ngày 15/01/2024 của Ban Chấp hành Đảng bộ huyện Lạc Thủy về phát triển du lịch sớm đi vào cuộc sống, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Phát triển du lịch.`);
    expect(relations(text)).toEqual({ '08-NQ/HU': 'implements' });
  });
});
