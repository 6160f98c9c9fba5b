import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations in web copies (wraprel35, 2026-12-07 evening): short openings written for this test before
 * any tune note was read (real places, made-up numbers), copied the ways a web page copies them: the header
 * flattened with `|` or one cell a line, hard wraps between a trigger and its document, inside a number, before
 * `ngày`, after `của`, inside a list; `Thực hiện:` on its own line with the items under it. Every citation of each
 * opening with its exact relation: the small fresh measure of the round.
 */
const relations = (text: string): Record<string, string> =>
  Object.fromEntries(parseDocument(text).citations.map((c) => [c.number ?? c.name ?? '?', c.citedBy ? `nested in ${c.citedBy}` : c.relation]));

/** A header flattened with `|`, as a web page's table copies. */
const piped = (issuer: string, number: string, type: string, title: string, body: string) => `${issuer} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: ${number} | Độc lập - Tự do - Hạnh phúc
| Nghĩa Hành, ngày 12 tháng 4 năm 2024
${type}
${title}
${body}
`;

/** A header one cell a line, as another page copies it. */
const celled = (issuer: string, number: string, type: string, title: string, body: string) => `${issuer}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: ${number}
Tư Nghĩa, ngày 3 tháng 5 năm 2024
${type}
${title}
${body}
`;

describe('web copies: a hard wrap inside an opening does not cut the trigger\'s reach', () => {
  it('1. a wrap between "Thực hiện" and the type', () => {
    const text = piped('UBND XÃ HÀNH THỊNH', '45/KH-UBND', 'KẾ HOẠCH', 'Tổ chức Ngày hội đại đoàn kết năm 2024', `Thực hiện
Kế hoạch số 112/KH-UBND ngày 02/4/2024 của UBND huyện Nghĩa Hành về tổ chức Ngày hội đại đoàn kết toàn dân tộc năm 2024, UBND xã
ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Phát huy sức mạnh khối đại đoàn kết.`);
    expect(relations(text)).toEqual({ '112/KH-UBND': 'implements' });
  });

  it('2. a wrap inside the number, and before "ngày"', () => {
    const text = piped('UBND XÃ HÀNH THUẬN', '31/KH-UBND', 'KẾ HOẠCH', 'Phòng, chống dịch bệnh trên đàn gia súc', `Thực hiện Kế hoạch số 123/KH-
UBND
ngày 20/3/2024 của UBND huyện Nghĩa Hành về phòng, chống dịch bệnh trên đàn gia súc, gia cầm năm 2024; Công văn số 56/SNN-CNTY
ngày 01/4/2024 của Sở Nông nghiệp và PTNT tỉnh Quảng Ngãi về tăng cường phòng, chống dịch tả lợn châu Phi, UBND xã ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
Chủ động phòng, chống dịch bệnh.`);
    expect(relations(text)).toEqual({ '123/KH-UBND': 'implements', '56/SNN-CNTY': 'implements' });
  });

  it('3. a wrap after "của"', () => {
    const text = celled('UBND XÃ NGHĨA KỲ', '18/KH-UBND', 'KẾ HOẠCH', 'Thực hiện công tác chuyển đổi số năm 2024', `Thực hiện Kế hoạch số 77/KH-UBND ngày 15/3/2024 của
UBND huyện Tư Nghĩa về chuyển đổi số năm 2024; căn cứ Quyết định số 210/QĐ-UBND ngày 10/01/2024 của
UBND xã Nghĩa Kỳ về giao chỉ tiêu kinh tế - xã hội năm 2024, UBND xã ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Đẩy mạnh chuyển đổi số.`);
    expect(relations(text)).toEqual({ '77/KH-UBND': 'implements', '210/QĐ-UBND': 'basis' });
  });

  it('4. a list of three documents joined by "," and "và", wrapped inside', () => {
    const text = piped('UBND XÃ HÀNH TÍN ĐÔNG', '52/KH-UBND', 'KẾ HOẠCH', 'Tuyên truyền phổ biến giáo dục pháp luật năm 2024', `Thực hiện Chỉ thị số 08/CT-UBND ngày 05/02/2024 của Chủ tịch UBND tỉnh Quảng Ngãi, Kế hoạch số
99/KH-UBND ngày 12/3/2024 của UBND huyện Nghĩa Hành và Hướng dẫn số 14/HD-PTP
ngày 20/3/2024 của Phòng Tư pháp huyện về công tác phổ biến, giáo dục pháp luật năm 2024, UBND xã ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức chấp hành pháp luật.`);
    expect(relations(text)).toEqual({ '08/CT-UBND': 'implements', '99/KH-UBND': 'implements', '14/HD-PTP': 'implements' });
  });

  it('5. "Thực hiện:" on its own line, dashed items under it, wrapped', () => {
    const text = celled('UBND XÃ NGHĨA HÀ', '27/KH-UBND', 'KẾ HOẠCH', 'Tổ chức các hoạt động hè năm 2024', `Thực hiện:
- Kế hoạch số 140/KH-UBND ngày 10/4/2024 của UBND thành phố Quảng Ngãi về tổ chức các hoạt động hè cho thiếu nhi
năm 2024;
- Hướng dẫn số 22/HD-PGDĐT ngày 15/4/2024 của Phòng Giáo dục và Đào tạo thành phố về hoạt động hè năm 2024;
- Công văn số 305/UBND ngày 18/4/2024 của UBND thành phố
về bảo đảm an toàn cho trẻ em dịp hè.
UBND xã Nghĩa Hà xây dựng Kế hoạch tổ chức các hoạt động hè năm 2024 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tạo sân chơi lành mạnh cho thiếu nhi.`);
    expect(relations(text)).toEqual({ '140/KH-UBND': 'implements', '22/HD-PGDĐT': 'implements', '305/UBND': 'implements' });
  });

  it('6. "Thực hiện:" on its own line, items with no dash, each starting on a new line', () => {
    const text = piped('UBND PHƯỜNG TRẦN PHÚ', '64/KH-UBND', 'KẾ HOẠCH', 'Ra quân làm sạch môi trường năm 2024', `Thực hiện:
Kế hoạch số 88/KH-UBND ngày 01/3/2024 của UBND thành phố Quảng Ngãi về bảo vệ môi trường năm 2024;
Công văn số 412/UBND-TNMT ngày 07/3/2024 của UBND thành phố về ra quân làm sạch môi trường;
Hướng dẫn số 05/HD-MTTQ ngày 10/3/2024 của Ủy ban MTTQ Việt Nam thành phố về cuộc vận động toàn dân đoàn kết xây dựng đô thị văn minh.
UBND phường Trần Phú ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức bảo vệ môi trường.`);
    expect(relations(text)).toEqual({ '88/KH-UBND': 'implements', '412/UBND-TNMT': 'implements', '05/HD-MTTQ': 'implements' });
  });

  it('7. a "Căn cứ" block whose items wrap, then "Thực hiện" after it', () => {
    const text = celled('ỦY BAN NHÂN DÂN XÃ NGHĨA THUẬN', '102/QĐ-UBND', 'QUYẾT ĐỊNH', 'Về việc thành lập Ban Chỉ đạo phổ cập giáo dục xã', `CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGHĨA THUẬN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm
2015;
Căn cứ Nghị định số 20/2014/NĐ-CP ngày 24/3/2014 của Chính phủ về phổ cập giáo dục, xóa mù
chữ;
Căn cứ Quyết định số 1515/QĐ-UBND ngày 02/5/2024 của UBND
huyện Tư Nghĩa về kiện toàn Ban Chỉ đạo phổ cập giáo dục huyện;
Theo đề nghị của Công chức Văn hóa - Xã hội xã.
QUYẾT ĐỊNH:
Điều 1. Thành lập Ban Chỉ đạo phổ cập giáo dục xã Nghĩa Thuận.`);
    expect(relations(text)).toEqual({
      'Luật Tổ chức chính quyền địa phương': 'basis',
      '20/2014/NĐ-CP': 'basis',
      '1515/QĐ-UBND': 'basis',
    });
  });

  it('8. "Theo chỉ đạo của … tại Công văn số …" wrapped after "của" and after "tại"', () => {
    const text = piped('UBND XÃ HÀNH PHƯỚC', '39/KH-UBND', 'KẾ HOẠCH', 'Kiểm tra an toàn thực phẩm Tết Trung thu năm 2024', `Theo chỉ đạo của
UBND huyện Nghĩa Hành tại
Công văn số 1850/UBND-YT ngày 28/8/2024 về tăng cường bảo đảm an toàn thực phẩm dịp Tết Trung thu; căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2024 của UBND xã về bảo đảm an toàn thực phẩm năm 2024, UBND xã ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
Bảo đảm an toàn thực phẩm.`);
    expect(relations(text)).toEqual({ '1850/UBND-YT': 'implements', '15/KH-UBND': 'basis' });
  });

  it('9. a list joined by ";" and ",", one item opening a new line after a wrap', () => {
    const text = celled('ĐẢNG ỦY XÃ NGHĨA PHƯƠNG', '21-KH/ĐU', 'KẾ HOẠCH', 'Học tập, quán triệt Nghị quyết Hội nghị Trung ương', `Thực hiện Kế hoạch số 150-KH/HU ngày 20/2/2024 của Ban Thường vụ Huyện ủy Tư Nghĩa về học tập, quán triệt các nghị quyết;
Hướng dẫn số 12-HD/BTGHU ngày 25/2/2024 của Ban Tuyên giáo Huyện ủy, Công văn số 301-CV/HU ngày
01/3/2024 của Huyện ủy về tổ chức hội nghị, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nắm vững nội dung nghị quyết.`);
    expect(relations(text)).toEqual({ '150-KH/HU': 'implements', '12-HD/BTGHU': 'implements', '301-CV/HU': 'implements' });
  });

  it('10. "Thực hiện" wrapped before its type, then a "cites" after "theo quy định của"', () => {
    const text = piped('UBND XÃ ĐỨC TÂN', '73/KH-UBND', 'KẾ HOẠCH', 'Kiểm tra, rà soát hộ nghèo năm 2024', `Thực
hiện Quyết định số 1450/QĐ-UBND ngày 05/9/2024 của UBND huyện Mộ Đức về rà soát hộ nghèo, hộ cận nghèo năm 2024, UBND xã ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Rà soát đúng quy trình theo quy định của Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ.`);
    expect(relations(text)).toEqual({ '1450/QĐ-UBND': 'implements', '07/2021/NĐ-CP': 'cites' });
  });

  it('11. "Căn cứ:" on its own line with wrapped items under it', () => {
    const text = celled('UBND XÃ ĐỨC CHÁNH', '90/QĐ-UBND', 'QUYẾT ĐỊNH', 'Về việc ban hành Quy chế làm việc của UBND xã', `CHỦ TỊCH UBND XÃ ĐỨC CHÁNH
Căn cứ:
- Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
- Quyết định số 45/2021/QĐ-UBND ngày 10/8/2021 của UBND tỉnh Quảng Ngãi ban hành Quy chế làm việc mẫu
của UBND xã, phường, thị trấn;
Xét đề nghị của Văn phòng - Thống kê xã.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của UBND xã.`);
    // Left (no relation at stake): "Quy chế làm việc mẫu của UBND xã", named in the cited decision's subject written
    // without "về", is read as a citation of its own (basis); with "về việc ban hành" it is not.
    expect(relations(text)).toMatchObject({ 'Luật Tổ chức chính quyền địa phương': 'basis', '45/2021/QĐ-UBND': 'basis' });
  });

  // The title in small letters with no stop ("Phòng chống thiên tai năm 2024") was read as the subject of the
  // "Thực hiện" line under it (a "Phòng" is an office): both documents cited, before the fix.
  it('12. "Thực hiện chỉ đạo của … tại" wrapped, a second document after "và" on a new line', () => {
    const text = piped('UBND XÃ PHỔ CƯỜNG', '58/KH-UBND', 'KẾ HOẠCH', 'Phòng chống thiên tai năm 2024', `Thực hiện chỉ đạo của UBND thị xã Đức Phổ tại Công văn số
2201/UBND-NN ngày 15/9/2024 về chủ động ứng phó mùa mưa bão năm 2024
và Kế hoạch số 180/KH-BCH ngày 20/9/2024 của Ban Chỉ huy PCTT và TKCN thị xã, UBND xã ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng, chống thiên tai.`);
    expect(relations(text)).toEqual({ '2201/UBND-NN': 'implements', '180/KH-BCH': 'implements' });
  });

  // Written after the first run (not part of the fresh measure): the same title over a purpose opening.
  it('13. a title in small letters with no stop, then "Để triển khai thực hiện …" and "Nhằm cụ thể hóa …"', () => {
    const text = celled('UBND XÃ NGHĨA ĐIỀN', '66/KH-UBND', 'KẾ HOẠCH', 'Phòng ngừa đuối nước cho trẻ em năm 2024', `Để triển khai thực hiện có hiệu quả Kế hoạch số 91/KH-UBND ngày 10/5/2024 của UBND huyện Tư Nghĩa về phòng,
chống đuối nước trẻ em, UBND xã ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Giảm số trẻ em bị đuối nước.`);
    expect(relations(text)).toEqual({ '91/KH-UBND': 'implements' });
    const purpose = celled('UBND XÃ NGHĨA ĐIỀN', '67/KH-UBND', 'KẾ HOẠCH', 'Phòng chống tác hại của thuốc lá năm 2024', `Nhằm cụ thể hóa Kế hoạch số 95/KH-UBND ngày 12/5/2024 của UBND huyện Tư Nghĩa, UBND xã ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.`);
    expect(relations(purpose)).toEqual({ '95/KH-UBND': 'implements' });
  });
});
