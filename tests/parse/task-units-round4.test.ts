import { describe, expect, it } from 'vitest';
import { ocrSpellings } from '../../src/parse/find/ocr-spellings.js';
import { parse } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units, fourth round (issue 9): role words an OCR'd page prints without their marks, the
 * supporting units after a semicolon, "chủ trì, cùng Y". Documents written for the test.
 */
const units = unitsOf;

const huyen = (body: string) => `ỦY BAN NHÂN DÂN
HUYỆN NGHI LỘC
Số: 58/KH-UBND
Nghi Lộc, ngày 14 tháng 3 năm 2024

KẾ HOẠCH
Ra quân tổng vệ sinh môi trường năm 2024

III. TỔ CHỨC THỰC HIỆN
${body}
`;

describe('task units, fourth round', () => {
  it('spells a role word with its tone lost or bare, and nothing else', () => {
    expect(ocrSpellings('chủ trì', new Set(['chủ', 'trì']))).toEqual(['chủ trì', 'chủ tri', 'chu trì', 'chu tri']);
    expect(ocrSpellings('phối hợp cùng', new Set(['phối', 'hợp']))).toEqual([
      'phối hợp cùng', 'phối hơp cùng', 'phối hop cùng', 'phôi hợp cùng', 'phôi hơp cùng', 'phôi hop cùng', 'phoi hợp cùng', 'phoi hơp cùng', 'phoi hop cùng',
    ]);
  });

  it('reads the roles of an OCR\'d page whose role words lost their marks ("chủ tri", "phoi hợp với", "phoi hop voi")', () => {
    expect(units(huyen(`1. Phòng Tài nguyên và Môi trường chủ tri, phoi hợp với Phòng Y tế kiểm tra vệ sinh tại các chợ.
2. Ủy ban nhân dân các xã, thị trấn chủ trì, phoi hop voi Ủy ban MTTQ huyện vận động nhân dân ra quân.
3. Phòng Văn hóa và Thông tin chu tri tuyên truyền trên hệ thống truyền thanh.`))).toEqual([
      ['Phòng Tài nguyên và Môi trường huyện Nghi Lộc [lead]', 'Phòng Y tế huyện Nghi Lộc [support]'],
      ['UBND các xã, thị trấn huyện Nghi Lộc [lead]', 'Ủy ban MTTQ huyện Nghi Lộc [support]'],
      ['Phòng Văn hóa và Thông tin huyện Nghi Lộc [lead]'],
    ]);
  });

  it('reads the supporting units after a semicolon: "X chủ trì …; phối hợp với Y …"', () => {
    expect(units(huyen(`1. Phòng Kinh tế và Hạ tầng chủ trì hướng dẫn thu gom rác thải; phối hợp với Phòng Tài chính - Kế hoạch bố trí kinh phí.
2. Phòng Y tế kiểm tra an toàn thực phẩm tại các bếp ăn tập thể; phối hợp chặt chẽ với Công an huyện xử lý vi phạm.
3. Giao Trung tâm Văn hóa, Thông tin và Thể thao huyện xây dựng phóng sự; phoi hợp với Ủy ban nhân dân các xã đưa tin.
4. Phòng Nội vụ tổng hợp kết quả; báo cáo Ủy ban nhân dân huyện trước ngày 30/4/2024.`))).toEqual([
      ['Phòng Kinh tế và Hạ tầng huyện Nghi Lộc [lead]', 'Phòng Tài chính - Kế hoạch huyện Nghi Lộc [support]'],
      ['Phòng Y tế huyện Nghi Lộc [lead]', 'Công an huyện Nghi Lộc [support]'],
      ['Trung tâm Văn hóa, Thông tin và Thể thao huyện Nghi Lộc [lead]', 'UBND các xã huyện Nghi Lộc [support]'],
      ['Phòng Nội vụ huyện Nghi Lộc [assigned]'],
    ]);
  });

  it('reads "X chủ trì, cùng Y …" as Y supporting, and "X cùng Y …" as both assigned', () => {
    expect(units(huyen(`1. Công an huyện chủ trì, cùng Ban Chỉ huy Quân sự huyện bảo đảm an ninh trật tự trong ngày ra quân.
2. Phòng Giáo dục và Đào tạo cùng Huyện đoàn tổ chức cho học sinh ra quân.
3. Phòng Tài chính - Kế hoạch chủ trì, cung cấp kinh phí cho các xã.`))).toEqual([
      ['Công an huyện Nghi Lộc [lead]', 'Ban Chỉ huy Quân sự huyện Nghi Lộc [support]'],
      ['Phòng Giáo dục và Đào tạo huyện Nghi Lộc [assigned]', 'Huyện đoàn Nghi Lộc [assigned]'],
      ['Phòng Tài chính - Kế hoạch huyện Nghi Lộc [lead]'],
    ]);
  });

  it('reads a task table copied from a word processor with its cells split by tabs, one task per row', () => {
    const doc = huyen(['II. PHÂN CÔNG NHIỆM VỤ',
      'TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian',
      '1\tKiểm tra vệ sinh tại các chợ\tPhòng Y tế\tCông an huyện\tTháng 5/2024',
      '2\tTuyên truyền trên hệ thống truyền thanh\tTrung tâm Văn hóa, Thông tin và Thể thao huyện\t\tHằng tuần'].join('\n'));
    const record = parse(doc);
    expect(record.assignments.map((a) => [a.clause, a.units.map((u) => `${u.name} [${u.role}]`)])).toEqual([
      ['1', ['Phòng Y tế huyện Nghi Lộc [lead]', 'Công an huyện Nghi Lộc [support]']],
      ['2', ['Trung tâm Văn hóa, Thông tin và Thể thao huyện Nghi Lộc [lead]']],
    ]);
    // Spans still point into the text as given, tabs and all.
    const first = record.assignments[0]!;
    expect(first.text).toBe('Kiểm tra vệ sinh tại các chợ');
    expect(doc.slice(first.span[0], first.span[1])).toBe('Kiểm tra vệ sinh tại các chợ');
  });

  it('reads over what the subject is before its role: "X - cơ quan thường trực, chủ trì …", "X là cơ quan thường trực của …, chủ trì …"', () => {
    expect(units(huyen(`1. Phòng Văn hóa và Thông tin - cơ quan thường trực, chủ trì, phối hợp với Phòng Y tế tổ chức ra quân.
2. Phòng Nội vụ là cơ quan thường trực của Hội đồng Thi đua - Khen thưởng huyện, chủ trì tham mưu tổ chức hội nghị.
3. Phòng Tư pháp là cơ quan đầu mối, phối hợp với Công an huyện tuyên truyền pháp luật.
4. Phòng Y tế là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện tổ chức hội nghị.`))).toEqual([
      ['Phòng Văn hóa và Thông tin huyện Nghi Lộc [lead]', 'Phòng Y tế huyện Nghi Lộc [support]'],
      ['Phòng Nội vụ huyện Nghi Lộc [lead]'],
      ['Phòng Tư pháp huyện Nghi Lộc [lead]', 'Công an huyện Nghi Lộc [support]'],
      ['Phòng Y tế huyện Nghi Lộc [assigned]'],
    ]);
  });

  it('reads a lower-case "thường trực" with no owner after it as a word, not as the issuer\'s standing committee', () => {
    expect(units(huyen(`1. Phòng Văn hóa và Thông tin:
- Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện triển khai Kế hoạch.
2. Giao Thường trực Ủy ban nhân dân huyện theo dõi, đôn đốc việc thực hiện.`))).toEqual([
      ['Phòng Văn hóa và Thông tin huyện Nghi Lộc [assigned]'],
      ['Thường trực UBND huyện Nghi Lộc [assigned]'],
    ]);
  });

  it('reads the new-countryside coordination office as one unit, not as "Văn phòng"', () => {
    expect(units(huyen(`1. Giao Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Văn phòng Điều phối nông thôn mới huyện, Phòng Kinh tế và Hạ tầng rà soát tiêu chí.`))).toEqual([
      ['Phòng Nông nghiệp và Phát triển nông thôn huyện Nghi Lộc [lead]', 'Văn phòng Điều phối nông thôn mới huyện Nghi Lộc [support]', 'Phòng Kinh tế và Hạ tầng huyện Nghi Lộc [support]'],
    ]);
  });

  it('reads a target that opens with a share ("- 85% thôn, tổ dân phố đạt …") as no task', () => {
    const record = parse(huyen(`1. Chỉ tiêu:
- 90% hộ gia đình đạt danh hiệu "Gia đình văn hóa".
- 85% thôn, tổ dân phố đạt danh hiệu văn hóa.
2. Ủy ban nhân dân các xã, thị trấn tổ chức bình xét danh hiệu văn hóa.`));
    expect(record.assignments.map((a) => a.units.map((u) => u.name))).toEqual([['UBND các xã, thị trấn huyện Nghi Lộc']]);
  });

  it('names the units of a fragment copied from a commune plan after that commune, not every commune of a district', () => {
    expect(units(`IV. TỔ CHỨC THỰC HIỆN
1. Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã, các thôn kiểm tra các điểm nguy hiểm.
2. Trường Mầm non, Trường Tiểu học tổ chức dạy kỹ năng an toàn cho học sinh; báo cáo Ủy ban nhân dân xã trước ngày 31/5/2024.
3. Các ban, ngành, đoàn thể tuyên truyền đến hội viên.`)).toEqual([
      ['Công an xã [lead]', 'Ban Chỉ huy Quân sự xã [support]', 'Các thôn xã [support]'],
      ['Trường mầm non xã [assigned]', 'Trường tiểu học xã [assigned]'],
      ['Các ban, ngành, đoàn thể xã [assigned]'],
    ]);
    // A fragment of a district plan, which speaks of "các xã", keeps them plural.
    expect(units(`IV. TỔ CHỨC THỰC HIỆN
1. Công an huyện chủ trì, phối hợp với Công an xã kiểm tra các điểm nguy hiểm.
2. Ủy ban nhân dân các xã, thị trấn tổ chức ra quân.`)).toEqual([
      ['Công an huyện [lead]', 'Công an các xã [support]'],
      ['UBND các xã, thị trấn [assigned]'],
    ]);
  });

  it('ends the last item at a closing formula written on the next line, with no blank line between', () => {
    expect(units(huyen(`1. Phòng Y tế kiểm tra vệ sinh tại các chợ.
2. Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện vận động hội viên tham gia.
Trên đây là Kế hoạch ra quân tổng vệ sinh, yêu cầu các cơ quan, đơn vị và Ủy ban nhân dân các xã nghiêm túc triển khai thực hiện./.`))).toEqual([
      ['Phòng Y tế huyện Nghi Lộc [assigned]'],
      ['Hội Liên hiệp Phụ nữ huyện Nghi Lộc [assigned]', 'Hội Nông dân huyện Nghi Lộc [assigned]'],
    ]);
  });

  it('reads the Party committee of the military command and "các đảng ủy, chi bộ trực thuộc" in a district Party plan', () => {
    expect(units(`ĐẢNG BỘ TỈNH NGHỆ AN
HUYỆN ỦY YÊN THÀNH
*
Số 120-KH/HU

Yên Thành, ngày 22 tháng 4 năm 2024

KẾ HOẠCH
thực hiện Nghị quyết của Tỉnh ủy

III. TỔ CHỨC THỰC HIỆN
1. Đảng ủy Công an huyện, Đảng ủy Quân sự huyện lãnh đạo lực lượng vũ trang bảo đảm an ninh chính trị.
2. Các đảng ủy, chi bộ trực thuộc Huyện ủy triển khai thực hiện nghiêm túc Kế hoạch này.
`)).toEqual([
      ['Đảng ủy Công an huyện Yên Thành [assigned]', 'Đảng ủy Quân sự huyện Yên Thành [assigned]'],
      ['Các đảng ủy, chi bộ trực thuộc Huyện ủy Yên Thành [assigned]'],
    ]);
  });

  it('reads a commune plan: the new-countryside board whole, "X: Chủ trì …" as leading, "Trưởng các xóm họp dân" as a task', () => {
    expect(units(`ỦY BAN NHÂN DÂN
XÃ MÃ THÀNH
Số: 45/KH-UBND
Mã Thành, ngày 03 tháng 5 năm 2024

KẾ HOẠCH
Ra quân làm đường giao thông nông thôn năm 2024

III. TỔ CHỨC THỰC HIỆN
1. Ban Quản lý xây dựng nông thôn mới xã: Chủ trì tham mưu Ủy ban nhân dân xã tổ chức ra quân.
2. Công chức Địa chính - Xây dựng: phối hợp với Ban Chỉ huy Quân sự xã khảo sát hiện trạng các tuyến đường.
3. Trưởng các xóm họp dân thống nhất phương án, chuẩn bị nhân lực, vật liệu.
`)).toEqual([
      ['Ban Quản lý xây dựng nông thôn mới xã Mã Thành [lead]'],
      ['Công chức Địa chính - Xây dựng xã Mã Thành [lead]', 'Ban Chỉ huy Quân sự xã Mã Thành [support]'],
      ['Các xóm xã Mã Thành [assigned]'],
    ]);
  });

  it('reads a unit heading whose name holds "Giao" ("4. Sở Giao thông vận tải:") over its points, and a paper\'s name up to its verb', () => {
    const record = parse(`ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 12/CT-UBND
Hà Tĩnh, ngày 15 tháng 5 năm 2024

CHỈ THỊ
Về tăng cường công tác bảo đảm trật tự an toàn giao thông

Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Sở Giao thông vận tải:
a) Rà soát, xử lý các điểm đen về tai nạn giao thông.
b) Phối hợp với Sở Tài chính bố trí kinh phí khắc phục.
2. Đài Phát thanh - Truyền hình tỉnh, Báo Hà Tĩnh mở chuyên mục về an toàn giao thông.
`);
    expect(record.assignments.map((a) => [a.clause, a.units.map((u) => `${u.surface ?? u.name} [${u.role}]`)])).toEqual([
      ['1.a', ['Sở Giao thông vận tải [assigned]']],
      ['1.b', ['Sở Giao thông vận tải [lead]', 'Sở Tài chính [support]']],
      ['2', ['Đài Phát thanh - Truyền hình tỉnh [assigned]', 'Báo Hà Tĩnh [assigned]']],
    ]);
  });

  it('ends a board\'s name before what it is to do ("Ban Chỉ đạo … có nhiệm vụ giúp UBND huyện …")', () => {
    expect(units(`ỦY BAN NHÂN DÂN
HUYỆN KIM BẢNG
Số: 820/QĐ-UBND
Kim Bảng, ngày 12 tháng 6 năm 2024

QUYẾT ĐỊNH
Về việc kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh huyện

QUYẾT ĐỊNH:
Điều 1. Kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh huyện gồm các thành viên có tên tại danh sách kèm theo.
Điều 2. Ban Chỉ đạo phòng, chống dịch bệnh huyện có nhiệm vụ giúp Ủy ban nhân dân huyện chỉ đạo công tác phòng, chống dịch.
`)).toEqual([['Ban Chỉ đạo phòng, chống dịch bệnh huyện Kim Bảng [assigned]']]);
  });

  it('keeps "cơ quan, đơn vị" in a list that opened plural ("Các cấp ủy, tổ chức đảng, cơ quan, đơn vị …")', () => {
    expect(units(`ĐẢNG BỘ TỈNH NGHỆ AN
HUYỆN ỦY YÊN THÀNH
*
Số 121-KH/HU

Yên Thành, ngày 22 tháng 4 năm 2024

KẾ HOẠCH
thực hiện Nghị quyết của Tỉnh ủy

III. TỔ CHỨC THỰC HIỆN
1. Các cấp ủy, tổ chức đảng, cơ quan, đơn vị xây dựng kế hoạch thực hiện.
2. Người đứng đầu đơn vị chịu trách nhiệm trước Ban Thường vụ Huyện ủy.
`)).toEqual([
      ['Các cấp ủy đảng huyện Yên Thành [assigned]', 'Các tổ chức đảng huyện Yên Thành [assigned]', 'Các cơ quan, đơn vị huyện Yên Thành [assigned]'],
    ]);
  });
});
