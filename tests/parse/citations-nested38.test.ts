import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The two conventions labels38 settled (docs/extraction-quality.md, "Settled on the night of 2026-12-07"), as short
 * passages written for this test before any tune note was read (real places, made-up numbers), every citation of
 * each with its exact relation:
 * - `Quán triệt` / `Triển khai` before a document implements it in the opening, at the head of a section stating the
 *   document's mandate, or joined to its own purpose; in a task given to units (by its subject or a lead-in) it cites;
 * - a numbered document named only inside the subject of another cited document is cited by the citing document,
 *   whatever that other's relation; the record keeps the other's own act on it too, as a nested entry (`citedBy`).
 */
/** The citing document's own citations (no `citedBy`), by number or name, with their relation. */
const own = (text: string): Record<string, string> =>
  Object.fromEntries(parseDocument(text).citations.filter((c) => c.citedBy === null).map((c) => [c.number ?? c.name ?? '?', c.relation]));
/** The entries nested in another cited document's subject: that document's act on them (the graph's edge). */
const nested = (text: string): Record<string, string> =>
  Object.fromEntries(parseDocument(text).citations.filter((c) => c.citedBy !== null && !c.rule.startsWith('collective')).map((c) => [c.number ?? c.name ?? '?', `${c.relation} by ${c.citedBy}`]));

const plan = (issuer: string, number: string, place: string, body: string) => `${issuer}
Số: ${number}
${place}, ngày 12 tháng 4 năm 2024
KẾ HOẠCH
Tổ chức thực hiện nhiệm vụ năm 2024
${body}
`;

describe('Quán triệt / Triển khai in the opening, a mandate section\'s head, or the purpose: implements', () => {
  it('1. an opening "Quán triệt Nghị quyết số …, Ban Thường vụ … ban hành Kế hoạch"', () => {
    const text = plan('HUYỆN ỦY HƯƠNG SƠN', '41-KH/HU', 'Hương Sơn', `Quán triệt Nghị quyết số 07-NQ/TU ngày 05/01/2024 của Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh về phát triển kinh tế nông nghiệp, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tạo chuyển biến trong nhận thức của cán bộ, đảng viên.`);
    expect(own(text)).toEqual({ '07-NQ/TU': 'implements' });
  });

  it('2. an opening "Triển khai thực hiện Kế hoạch số … và Kế hoạch số …"', () => {
    const text = plan('ĐẢNG ỦY PHƯỜNG ĐÔNG VĨNH', '22-KH/ĐU', 'Vinh', `Triển khai thực hiện Kế hoạch số 115-KH/TU ngày 02/02/2024 của Ban Thường vụ Tỉnh ủy Nghệ An về chuyển đổi số và Kế hoạch số 30-KH/TU ngày 20/02/2024 của Ban Thường vụ Thành ủy Vinh về cải cách hành chính, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả công tác.`);
    expect(own(text)).toEqual({ '115-KH/TU': 'implements', '30-KH/TU': 'implements' });
  });

  it('3. a lower-case "triển khai …, quán triệt …" joined to the document\'s own purpose', () => {
    const text = plan('ỦY BAN NHÂN DÂN XÃ DÂN HÓA', '18/KH-UBND', 'Dân Hóa', `I. MỤC ĐÍCH, YÊU CẦU
1. Kế hoạch được xây dựng nhằm triển khai Kế hoạch số 75/KH-UBND ngày 08/3/2024 của UBND huyện Minh Hóa về phòng, chống thiên tai, quán triệt Chỉ thị số 12-CT/HU ngày 01/3/2024 của Ban Thường vụ Huyện ủy Minh Hóa về công tác phòng, chống lụt bão.
2. Chủ động phòng ngừa, ứng phó kịp thời.`);
    expect(own(text)).toEqual({ '75/KH-UBND': 'implements', '12-CT/HU': 'implements' });
  });

  it('4. at the head of a section stating the document\'s own mandate in a headless fragment', () => {
    const text = `- Kết quả năm 2023: toàn xã có 12 mô hình sản xuất hiệu quả.
II. NHIỆM VỤ TRỌNG TÂM
Triển khai Kế hoạch số 64-KH/HU ngày 10/01/2024 của Ban Thường vụ Huyện ủy Tuyên Hóa về xây dựng nông thôn mới, Đảng ủy xã Kim Hóa đề ra các nhiệm vụ sau:
1. Rà soát các tiêu chí còn thiếu.
2. Huy động nguồn lực xây dựng đường giao thông nông thôn.`;
    expect(own(text)).toEqual({ '64-KH/HU': 'implements' });
  });
});

describe('Quán triệt / Triển khai in a task given to units: cites', () => {
  it('5. by its subject: "Các chi bộ trực thuộc quán triệt Chỉ thị số …"', () => {
    const text = plan('ĐẢNG ỦY PHƯỜNG HÀM RỒNG', '09-KH/ĐU', 'Thanh Hóa', `Thực hiện Kế hoạch số 51-KH/TU ngày 15/3/2024 của Ban Thường vụ Thành ủy Thanh Hóa về công tác tuyên truyền, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
II. NHIỆM VỤ
1. Các chi bộ trực thuộc quán triệt Chỉ thị số 21-CT/TU ngày 10/3/2024 của Ban Thường vụ Tỉnh ủy Thanh Hóa đến toàn thể đảng viên.
2. Hội Cựu chiến binh phường tổ chức triển khai Kế hoạch số 37-KH/CCB ngày 12/3/2024 của Hội Cựu chiến binh thành phố tới các chi hội.`);
    expect(own(text)).toEqual({ '51-KH/TU': 'implements', '21-CT/TU': 'cites', '37-KH/CCB': 'cites' });
  });

  it('6. by a lead-in with a colon: "… yêu cầu các chi bộ …: 1. Quán triệt Chỉ thị số … 2. Triển khai Kế hoạch số …"', () => {
    const text = `- Kết quả quý I: 15/18 chi bộ hoàn thành chỉ tiêu.
Thường trực Đảng ủy thị trấn Phố Châu yêu cầu các chi bộ, đảng bộ trực thuộc thực hiện tốt các nội dung sau:
1. Quán triệt Chỉ thị số 24-CT/TU ngày 20/3/2024 của Ban Thường vụ Tỉnh ủy Hà Tĩnh đến cán bộ, đảng viên.
2. Triển khai Kế hoạch số 88-KH/HU ngày 25/3/2024 của Ban Thường vụ Huyện ủy Hương Sơn gắn với nhiệm vụ của đơn vị.`;
    expect(own(text)).toEqual({ '24-CT/TU': 'cites', '88-KH/HU': 'cites' });
  });
});

describe('the issuer\'s organ that directs the carrying out, or an item of the issuer\'s own Nhiệm vụ section', () => {
  it('13. "1. Thường trực Hội … huyện chỉ đạo quán triệt Kế hoạch số …" is a task that unit is given: cites (labels38, f208)', () => {
    const text = plan('HỘI CỰU CHIẾN BINH HUYỆN TUYÊN HÓA', '12-KH/CCB', 'Tuyên Hóa', `Ban Thường vụ Hội Cựu chiến binh huyện xây dựng Kế hoạch như sau:
II. NHIỆM VỤ, GIẢI PHÁP
1. Thường trực Hội Cựu chiến binh huyện chỉ đạo quán triệt Kế hoạch số 26-KH/CCB ngày 04/3/2024 của Ban Thường vụ Hội Cựu chiến binh tỉnh Quảng Bình đến 100% chi hội.
2. Ban cán sự đảng UBND huyện lãnh đạo triển khai Kế hoạch số 40-KH/TU ngày 11/3/2024 của Ban Thường vụ Tỉnh ủy Quảng Bình trong các cơ quan chuyên môn.`);
    expect(own(text)).toEqual({ '26-KH/CCB': 'cites', '40-KH/TU': 'cites' });
  });

  it('14. "2. Nhiệm vụ thời gian tới: Quán triệt và triển khai nghiêm Kế hoạch số …" with no unit: the issuer acts, implements', () => {
    const text = `1. Kết quả thực hiện: các chi bộ đã tổ chức sinh hoạt chuyên đề đúng kế hoạch.
2. Nhiệm vụ thời gian tới: Quán triệt và triển khai nghiêm Kế hoạch số 19-KH/TU ngày 10/4/2024 của Ban Thường vụ Thị ủy Bỉm Sơn về công tác cán bộ.`;
    expect(own(text)).toEqual({ '19-KH/TU': 'implements' });
  });
});

describe('a task item whose first line is its heading: the subject opens the sentence under it', () => {
  it('15. "1. Nâng cao nhận thức …" / "Các cấp ủy, tổ chức đảng quán triệt Nghị quyết số …": cites', () => {
    const text = plan('HUYỆN ỦY MINH HÓA', '61-CTr/HU', 'Minh Hóa', `Thực hiện Kế hoạch số 98-KH/TU ngày 02/4/2024 của Ban Thường vụ Tỉnh ủy Quảng Bình về kinh tế tập thể, Ban Thường vụ Huyện ủy xây dựng Chương trình như sau:
III. NHIỆM VỤ, GIẢI PHÁP
1. Nâng cao nhận thức về kinh tế tập thể
Các cấp ủy, tổ chức đảng quán triệt sâu rộng Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương đến cán bộ, đảng viên.
2. Hoàn thiện cơ chế, chính sách
Ủy ban nhân dân huyện triển khai Kế hoạch số 35/KH-UBND ngày 10/4/2024 của UBND tỉnh Quảng Bình về hỗ trợ hợp tác xã.`);
    expect(own(text)).toEqual({ '98-KH/TU': 'implements', '20-NQ/TW': 'cites', '35/KH-UBND': 'cites' });
  });
});

describe('a numbered document named only inside another cited document\'s subject: cites', () => {
  it('7. "Thực hiện Kết luận số … về tiếp tục thực hiện Chỉ thị số …": the outer implements, the inner cites', () => {
    const text = plan('HUYỆN ỦY MINH HÓA', '56-KH/HU', 'Minh Hóa', `Thực hiện Kết luận số 15-KL/TU ngày 02/02/2024 của Ban Thường vụ Tỉnh ủy Quảng Bình về tiếp tục thực hiện Chỉ thị số 08-CT/TU ngày 10/5/2021 của Ban Thường vụ Tỉnh ủy về công tác dân vận, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng công tác dân vận.`);
    expect(own(text)).toEqual({ '15-KL/TU': 'implements', '08-CT/TU': 'cites' });
    expect(nested(text)).toEqual({ '08-CT/TU': 'implements by 15-KL/TU' });
  });

  it('8. "Thực hiện Công văn số … về việc triển khai Kế hoạch số …"', () => {
    const text = plan('ĐẢNG ỦY XÃ SƠN HỒNG', '14-KH/ĐU', 'Hương Sơn', `Thực hiện Công văn số 1245-CV/HU ngày 05/4/2024 của Ban Thường vụ Huyện ủy Hương Sơn về việc triển khai Kế hoạch số 210-KH/TU ngày 28/3/2024 của Ban Thường vụ Tỉnh ủy Hà Tĩnh, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Triển khai đồng bộ, hiệu quả.`);
    expect(own(text)).toEqual({ '1245-CV/HU': 'implements', '210-KH/TU': 'cites' });
    expect(nested(text)).toEqual({ '210-KH/TU': 'implements by 1245-CV/HU' });
  });

  it('9. the outer a basis: "Căn cứ Kết luận số … về tiếp tục thực hiện Chỉ thị số …;"', () => {
    const text = plan('HỘI NÔNG DÂN TỈNH THANH HÓA', '33-KH/HND', 'Thanh Hóa', `Căn cứ Kết luận số 61-KL/TW ngày 17/8/2023 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 59-CT/TW ngày 09/12/2020 của Ban Bí thư về vai trò của Hội Nông dân;
Thực hiện Chương trình số 12-CTr/HNDTW ngày 05/01/2024 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam, Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Phát huy vai trò của Hội.`);
    expect(own(text)).toEqual({ '61-KL/TW': 'basis', '59-CT/TW': 'cites', '12-CTr/HNDTW': 'implements' });
  });

  it('10. the outer cited in a unit\'s task: "Các xã thực hiện Kế hoạch số … về triển khai Nghị quyết số …"', () => {
    const text = plan('ỦY BAN NHÂN DÂN HUYỆN TUYÊN HÓA', '92/KH-UBND', 'Tuyên Hóa', `Thực hiện Quyết định số 410/QĐ-UBND ngày 01/3/2024 của UBND tỉnh Quảng Bình về phát triển du lịch, UBND huyện xây dựng Kế hoạch như sau:
II. NHIỆM VỤ
1. UBND các xã, thị trấn thực hiện Kế hoạch số 77/KH-UBND ngày 15/3/2024 của UBND tỉnh về triển khai Nghị quyết số 31/NQ-HĐND ngày 10/12/2023 của HĐND tỉnh Quảng Bình trên địa bàn.`);
    expect(own(text)).toEqual({ '410/QĐ-UBND': 'implements', '77/KH-UBND': 'cites', '31/NQ-HĐND': 'cites' });
  });

  it('11. in an opening "Để triển khai …" the inner of "về thực hiện" cites, the outer implements', () => {
    const text = plan('ĐẢNG ỦY PHƯỜNG NAM HỒNG', '27-KH/ĐU', 'Hồng Lĩnh', `Để triển khai thực hiện Kế hoạch số 45-KH/TU ngày 04/4/2024 của Ban Thường vụ Thị ủy Hồng Lĩnh về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2023 của Bộ Chính trị về chuyển đổi số, Ban Thường vụ Đảng ủy phường ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Đẩy mạnh chuyển đổi số.`);
    expect(own(text)).toEqual({ '45-KH/TU': 'implements', '57-NQ/TW': 'cites' });
  });

  it('12. a news report: "Công văn số … về việc tiếp tục triển khai thực hiện Chỉ thị số …", the outer cites', () => {
    const text = `Tuyên Hóa chủ động phòng cháy rừng năm 2024
(Báo Quảng Bình) - Ngày 15/4, Hạt Kiểm lâm huyện Tuyên Hóa cho biết, đơn vị đã nhận Công văn số 512/UBND-NN ngày 10/4/2024 của UBND huyện về việc tiếp tục triển khai thực hiện Chỉ thị số 05/CT-UBND ngày 20/3/2024 của UBND tỉnh về tăng cường công tác phòng cháy, chữa cháy rừng. Các xã đã tổ chức lực lượng trực 24/24 giờ.`;
    expect(own(text)).toEqual({ '512/UBND-NN': 'cites', '05/CT-UBND': 'cites' });
  });
});
