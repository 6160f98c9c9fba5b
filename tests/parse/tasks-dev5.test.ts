import { describe, expect, it } from 'vitest';
import { taskTexts, unitsOf } from './helpers/task-units.js';

/**
 * Which sentences are tasks, ninth round (issue 9): the mechanisms behind the task misses of the web copies, clean
 * files and portal pages of blind batch 13, each in a document written for the test in the same pattern, not in the
 * words of the one that missed.
 */

// A provincial chairman's directive: its numbered duties, then its closing paragraph.
const chiThi = (items: string, closing: string) => `ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
-------
Số: 14/CT-UBND
Hà Giang, ngày 03 tháng 10 năm 2024

CHỈ THỊ
Về tăng cường quản lý vật liệu nổ công nghiệp

Thời gian qua, trên địa bàn tỉnh xảy ra một số vụ mất an toàn trong sử dụng vật liệu nổ công nghiệp. Để chấn chỉnh tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:

${items}

${closing}

Nơi nhận:
- Như trên;
- Lưu: VT.
`;

const items = `1. Sở Công Thương kiểm tra việc sử dụng vật liệu nổ tại các mỏ đá trong quý IV/2024.
2. Công an tỉnh xử lý nghiêm các trường hợp tàng trữ, vận chuyển vật liệu nổ trái phép.`;

describe('tasks, ninth round', () => {
  it('reads "… nghiêm túc thực hiện Chỉ thị này./." as the closing formula, whoever asks and whoever is named', () => {
    const withAsker = chiThi(items, `Chỉ thị này thay thế Chỉ thị số 05/CT-UBND ngày 12/4/2021 của Chủ tịch UBND tỉnh. Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các huyện, thành phố nghiêm túc thực hiện Chỉ thị này./.`);
    const unitsOnly = chiThi(items, `Giám đốc các Sở, Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các huyện, thành phố thực hiện nghiêm túc Chỉ thị này./.`);
    for (const doc of [withAsker, unitsOnly]) {
      expect(unitsOf(doc)).toEqual([['Sở Công Thương tỉnh Hà Giang [assigned]'], ['Công an tỉnh Hà Giang [assigned]']]);
    }
  });

  it('keeps a duty that only mentions the directive ("theo dõi việc thực hiện Chỉ thị này, báo cáo …") a task', () => {
    const doc = chiThi(items, `Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này, báo cáo Chủ tịch UBND tỉnh trước ngày 15/12/2024./.`);
    expect(unitsOf(doc)).toEqual([
      ['Sở Công Thương tỉnh Hà Giang [assigned]'], ['Công an tỉnh Hà Giang [assigned]'], ['Văn phòng UBND tỉnh Hà Giang [assigned]'],
    ]);
  });
});

describe('tasks, ninth round: the closing paragraph', () => {
  it('reads where to turn with "có gì vướng mắc" and the polite "trân trọng đề nghị … quan tâm chỉ đạo và báo cáo …" as closing formulas', () => {
    const turn = chiThi(items, `Trong quá trình thực hiện, có gì vướng mắc, đề nghị các cơ quan phản ánh về Sở Công Thương (qua Phòng Kỹ thuật an toàn) để được hướng dẫn.`);
    const polite = chiThi(items, `Ủy ban nhân dân tỉnh trân trọng đề nghị Ủy ban nhân dân các huyện, thành phố quan tâm chỉ đạo và báo cáo kết quả về Sở Công Thương trước ngày 20/12/2024./.`);
    for (const doc of [turn, polite]) {
      expect(taskTexts(doc)).toEqual([
        'Sở Công Thương kiểm tra việc sử dụng vật liệu nổ tại các mỏ đá trong quý IV/2024.',
        'Công an tỉnh xử lý nghiêm các trường hợp tàng trữ, vận chuyển vật liệu nổ trái phép.',
      ]);
    }
  });

  it('keeps "đề nghị … quan tâm" with a duty of its own after it a task', () => {
    const doc = chiThi(items, `Đề nghị Ủy ban nhân dân các huyện quan tâm bố trí kinh phí cho lực lượng kiểm tra liên ngành.`);
    expect(unitsOf(doc)[2]).toEqual(['UBND các huyện tỉnh Hà Giang [assigned]']);
  });
});

// A district's plan: its duties by unit, each unit a heading over bullets.
const bcd = (body: string) => `ỦY BAN NHÂN DÂN
HUYỆN MƯỜNG TÈ
-------
Số: 12/KH-UBND
Mường Tè, ngày 06 tháng 5 năm 2024

KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2024

III. TỔ CHỨC THỰC HIỆN
${body}
`;

describe('tasks, ninth round: headings', () => {
  it('reads a unit heading with the part it plays in brackets ("(cơ quan thường trực …)") as a heading over its bullets', () => {
    const doc = bcd(`1. Trung tâm Y tế huyện (cơ quan thường trực Ban Chỉ đạo huyện)
- Chủ trì, phối hợp với Phòng Giáo dục và Đào tạo huyện tổ chức ra quân diệt lăng quăng tại các trường học.
- Thành lập 03 đội phản ứng nhanh; báo cáo kết quả về Ban Chỉ đạo trước ngày 30/6/2024.
2. Phòng Văn hóa và Thông tin huyện (đơn vị đầu mối về truyền thông)
- Đưa tin về các hoạt động phòng, chống dịch trên trang thông tin điện tử huyện.`);
    expect(unitsOf(doc)).toEqual([
      ['Trung tâm Y tế huyện Mường Tè [lead]', 'Phòng Giáo dục và Đào tạo huyện Mường Tè [support]'],
      ['Trung tâm Y tế huyện Mường Tè [assigned]'],
      ['Phòng Văn hóa và Thông tin huyện Mường Tè [assigned]'],
    ]);
  });
});

// A district military command's plan that counts its forces before it gives their duties.
const forces = (counted: string) => `BỘ CHQS TỈNH YÊN BÁI
BAN CHQS HUYỆN TRẠM TẤU
Số: 41/KH-BCH
Trạm Tấu, ngày 10 tháng 6 năm 2024

KẾ HOẠCH
Ứng phó sự cố cháy rừng năm 2024

Ban Chỉ huy Quân sự huyện xây dựng Kế hoạch như sau:

I. LỰC LƯỢNG
${counted}

II. NHIỆM VỤ
1. Trung đội dân quân cơ động huyện sẵn sàng cơ động đến các điểm cháy khi có lệnh.
`;

describe('tasks, ninth round: figures', () => {
  it('reads a unit with how many people it has ("… 28 đồng chí; …") as a figure, not a task', () => {
    for (const counted of [
      'Lực lượng thường trực của Ban CHQS huyện 20 đồng chí; Trung đội dân quân cơ động huyện 28 đồng chí; dân quân các xã 410 đồng chí.',
      'Trung đội dân quân cơ động huyện 28 cán bộ, chiến sĩ; Đội dân phòng các xã 160 người.',
    ]) {
      expect(unitsOf(forces(counted))).toEqual([['Trung đội dân quân cơ động huyện Trạm Tấu [assigned]']]);
    }
  });

  it('keeps a unit that musters people with its verb a task ("Công an huyện bố trí 12 cán bộ, chiến sĩ")', () => {
    expect(unitsOf(forces('Công an huyện bố trí 12 cán bộ, chiến sĩ trực tại các chốt.'))).toEqual([
      ['Công an huyện Trạm Tấu [assigned]'], ['Trung đội dân quân cơ động huyện Trạm Tấu [assigned]'],
    ]);
  });
});

// A provincial association's scheme, its duties under one heading per unit.
const hoi = (body: string) => `HỘI NÔNG DÂN TỈNH PHÚ THỌ
BAN THƯỜNG VỤ
-------
Số: 45-ĐA/HNDT
Phú Thọ, ngày 15 tháng 3 năm 2024

ĐỀ ÁN
Hỗ trợ nông dân liên kết sản xuất giai đoạn 2024 - 2026

IV. TỔ CHỨC THỰC HIỆN
${body}
`;

describe('tasks, tenth round (blind batch 12)', () => {
  it('reads the items under a heading that names a unit and then, in a parenthesis, its short form', () => {
    const doc = hoi(`1. Ban Kinh tế - Xã hội và Môi trường (Ban KT-XH&MT)
- Tham mưu Ban Thường vụ xây dựng kế hoạch hằng năm.
- Tổ chức hội nghị sơ kết Đề án vào quý IV/2025.
2. Văn phòng Hội Nông dân tỉnh: Bố trí kinh phí thực hiện Đề án.`);
    expect(taskTexts(doc).map((t) => t.slice(0, 20))).toEqual(['Tham mưu Ban Thường ', 'Tổ chức hội nghị sơ ', 'Văn phòng Hội Nông d']);
    expect(unitsOf(doc).slice(0, 2)).toEqual([['Ban Kinh tế - Xã hội và Môi trường tỉnh Phú Thọ [assigned]'], ['Ban Kinh tế - Xã hội và Môi trường tỉnh Phú Thọ [assigned]']]);
  });

  it('reads them when the parenthesis says what the unit is ("cơ quan thường trực …")', () => {
    const doc = hoi(`1. Ban Tổ chức (cơ quan thường trực Ban Chỉ đạo thực hiện Đề án của tỉnh)
- Chủ trì, phối hợp với Ban Tuyên huấn hướng dẫn các huyện lựa chọn mô hình điểm.
- Tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 15/12 hằng năm.`);
    expect(unitsOf(doc)).toEqual([
      ['Ban Tổ chức Hội Nông dân tỉnh Phú Thọ [lead]', 'Ban Tuyên huấn tỉnh Phú Thọ [support]'],
      ['Ban Tổ chức Hội Nông dân tỉnh Phú Thọ [assigned]'],
    ]);
  });

  it('reads them when a colon follows the parenthesis ("(Ban KT-XH&MT):")', () => {
    const doc = hoi(`1. Ban Kinh tế - Xã hội và Môi trường (Ban KT-XH&MT):
- Hướng dẫn các huyện lựa chọn tổ hợp tác điểm.
2. Ban Tổ chức (cơ quan thường trực (Ban Chỉ đạo) của Đề án):
- Tổng hợp kết quả, báo cáo Ban Thường vụ.`);
    expect(unitsOf(doc)).toEqual([
      ['Ban Kinh tế - Xã hội và Môi trường tỉnh Phú Thọ [assigned]'],
      ['Ban Tổ chức Hội Nông dân tỉnh Phú Thọ [assigned]'],
    ]);
  });

  it('keeps a heading that goes on past its parenthesis no heading of units alone', () => {
    const doc = hoi(`1. Ban Tổ chức (cơ quan thường trực) và các huyện thực hiện thí điểm
- Lựa chọn mô hình điểm.`);
    // The heading is a sentence of its own; the item under it names no unit and takes none from it.
    expect(taskTexts(doc)).toEqual(['Ban Tổ chức (cơ quan thường trực) và các huyện thực hiện thí điểm']);
  });
});
