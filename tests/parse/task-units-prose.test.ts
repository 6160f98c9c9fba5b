import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units as documents met outside clean files write them (issue 9): agencies whose names are
 * also common words, known department names followed by a verb, a bullet whose only unit is an
 * object, "X chỉ đạo Y …", and tasks reported in the prose of a news article. Documents written
 * for the test.
 */
const huyen = (body: string) => `ỦY BAN NHÂN DÂN
HUYỆN KIM BẢNG
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Kim Bảng, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Kiểm tra việc chấp hành pháp luật về đất đai năm 2024

${body}

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Hòa
`;

const huyenUy = (body: string) => `ĐẢNG BỘ TỈNH HÀ NAM
HUYỆN ỦY KIM BẢNG
*
Số 140-CV/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Kim Bảng, ngày 02 tháng 7 năm 2024

CÔNG VĂN
về việc phòng, chống lụt bão năm 2024

${body}

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
`;

const units = unitsOf;

describe('units of tasks, as documents met outside clean files write them', () => {
  it('reads Thanh tra, Bảo hiểm xã hội, Kho bạc Nhà nước and Ngân hàng Chính sách xã hội of a district as units', () => {
    expect(units(huyen(`II. NHIỆM VỤ
1. Thanh tra huyện phối hợp với Phòng Tài nguyên và Môi trường kiểm tra các dự án chậm tiến độ.
2. Kho bạc Nhà nước huyện, Ngân hàng Chính sách xã hội huyện và Bảo hiểm xã hội huyện cung cấp số liệu khi được yêu cầu.`))).toEqual([
      ['Thanh tra huyện Kim Bảng [lead]', 'Phòng Tài nguyên và Môi trường huyện Kim Bảng [support]'],
      ['Kho bạc Nhà nước huyện Kim Bảng [assigned]', 'Ngân hàng Chính sách xã hội huyện Kim Bảng [assigned]', 'Bảo hiểm xã hội huyện Kim Bảng [assigned]'],
    ]);
  });

  it('reads "thanh tra" and "bảo hiểm xã hội" written as common words as no unit', () => {
    expect(units(huyen(`II. NHIỆM VỤ
1. Phòng Nội vụ tăng cường thanh tra huyện lỵ về công vụ và vận động người lao động tham gia bảo hiểm xã hội tự nguyện.`))).toEqual([
      ['Phòng Nội vụ huyện Kim Bảng [assigned]'],
    ]);
  });

  it('ends a known department name before the verb that follows it', () => {
    expect(units(huyen(`II. NHIỆM VỤ
1. Phòng Tài chính - Kế hoạch cân đối, bố trí kinh phí cho đoàn kiểm tra.
2. Phòng Y tế chỉ định cơ sở xét nghiệm mẫu đất.`))).toEqual([
      ['Phòng Tài chính - Kế hoạch huyện Kim Bảng [assigned]'],
      ['Phòng Y tế huyện Kim Bảng [assigned]'],
    ]);
  });

  it('gives a bullet whose only unit is an object the units of the heading above it', () => {
    const r = parse(huyen(`II. NHIỆM VỤ
1. Phòng Tài nguyên và Môi trường:
- Chủ trì thẩm định hồ sơ giao đất.
- Công khai danh sách các trường hợp vi phạm trên Đài Truyền thanh huyện.
2. Thanh tra huyện:
- Kiểm tra các dự án chậm tiến độ.`));
    expect(r.assignments.map((a) => [a.text, a.units.map((u) => `${u.name} [${u.role}]`)])).toEqual([
      ['Chủ trì thẩm định hồ sơ giao đất.', ['Phòng Tài nguyên và Môi trường huyện Kim Bảng [lead]']],
      ['Công khai danh sách các trường hợp vi phạm trên Đài Truyền thanh huyện.', ['Phòng Tài nguyên và Môi trường huyện Kim Bảng [assigned]']],
      ['Kiểm tra các dự án chậm tiến độ.', ['Thanh tra huyện Kim Bảng [assigned]']],
    ]);
  });

  it('gives "X chỉ đạo Y …" to X and to Y, Y with the roles written for it', () => {
    expect(units(huyenUy(`Ban Thường vụ Huyện ủy yêu cầu:
1. Ủy ban nhân dân huyện chỉ đạo Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Công an huyện rà soát các điểm xung yếu.
2. Huyện ủy chỉ đạo Ban Chỉ huy Quân sự huyện sẵn sàng lực lượng ứng cứu.`))).toEqual([
      ['UBND huyện Kim Bảng [assigned]', 'Phòng Nông nghiệp và Phát triển nông thôn huyện Kim Bảng [lead]', 'Công an huyện Kim Bảng [support]'],
      ['Huyện ủy Kim Bảng [assigned]', 'Ban Chỉ huy Quân sự huyện Kim Bảng [assigned]'],
    ]);
  });

  it('reads the closing "Yêu cầu … thực hiện nghiêm túc Kế hoạch này" as no task', () => {
    expect(units(huyen(`II. NHIỆM VỤ
1. Thanh tra huyện kiểm tra hồ sơ cấp phép.

III. TỔ CHỨC THỰC HIỆN
Yêu cầu Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, thị trấn tổ chức thực hiện nghiêm túc Kế hoạch này./.`))).toEqual([
      ['Thanh tra huyện Kim Bảng [assigned]'],
    ]);
  });
});

describe('names and roles as web copies abbreviate and vary them', () => {
  it('keeps abbreviated names joined by "&" whole ("GD&ĐT", "LĐ-TB&XH", "VH&TT"), with no Thường trực read from "TT"', () => {
    expect(units(huyen(`II. NHIỆM VỤ
1. Phòng LĐ-TB&XH chủ trì, phối hợp Phòng GD&ĐT huyện tổ chức các hoạt động vui chơi cho trẻ em.
2. Phòng VH&TT phối hợp chặt chẽ với Trung tâm VH-TT&TT huyện tuyên truyền trên hệ thống loa.`))).toEqual([
      ['Phòng LĐ-TB&XH huyện Kim Bảng [lead]', 'Phòng GD&ĐT huyện Kim Bảng [support]'],
      ['Phòng VH&TT huyện Kim Bảng [lead]', 'Trung tâm VH-TT&TT huyện Kim Bảng [support]'],
    ]);
  });

  it('reads "phối hợp cùng", "có trách nhiệm phối hợp với" and a bare "phối hợp" before a unit as support', () => {
    expect(units(huyen(`II. NHIỆM VỤ
1. Huyện đoàn chủ trì, phối hợp cùng Hội LHPN huyện tổ chức diễn đàn trẻ em.
2. Phòng Tư pháp có trách nhiệm phối hợp với UBND các xã, thị trấn rà soát hương ước.
3. Văn phòng Đăng ký đất đai chi nhánh Kim Bảng cập nhật hồ sơ đất cho các điểm vui chơi.`))).toEqual([
      ['Huyện đoàn Kim Bảng [lead]', 'Hội Liên hiệp Phụ nữ huyện Kim Bảng [support]'],
      ['Phòng Tư pháp huyện Kim Bảng [lead]', 'UBND các xã, thị trấn huyện Kim Bảng [support]'],
      ['Văn phòng Đăng ký đất đai huyện Kim Bảng [assigned]'],
    ]);
  });

  it('reads "Giám đốc các sở", "các tổ chức thành viên" and "Công ty Điện lực …" as units, and "các trường hợp" as none', () => {
    const tinh = (body: string) => huyen(body).replace('HUYỆN KIM BẢNG', 'TỈNH HÀ NAM').replace('Kim Bảng, ngày', 'Hà Nam, ngày');
    expect(units(tinh(`II. NHIỆM VỤ
1. Giám đốc các sở, Chủ tịch UBND các huyện tự kiểm tra an toàn phòng cháy tại cơ quan.
2. Sở Công Thương chủ trì, phối hợp với Công ty Điện lực Hà Nam kiểm tra an toàn điện tại các chợ.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên vận động Nhân dân tham gia.
4. Công an tỉnh xử lý các trường hợp vi phạm.`))).toEqual([
      ['Các Sở tỉnh Hà Nam [assigned]', 'UBND các huyện tỉnh Hà Nam [assigned]'],
      ['Sở Công Thương tỉnh Hà Nam [lead]', 'Công ty Điện lực Hà Nam [support]'],
      ['Ủy ban MTTQ tỉnh Hà Nam [assigned]', 'Các tổ chức thành viên tỉnh Hà Nam [assigned]'],
      ['Công an tỉnh Hà Nam [assigned]'],
    ]);
  });

  it('reads "toàn huyện đoàn kết" as no Huyện đoàn', () => {
    expect(units(huyen(`II. NHIỆM VỤ
1. Phòng Nội vụ vận động để toàn huyện đoàn kết thực hiện phong trào thi đua.`))).toEqual([['Phòng Nội vụ huyện Kim Bảng [assigned]']]);
  });
});

describe('tasks written as a table', () => {
  it('reads each row under "Nội dung | Đơn vị chủ trì | Đơn vị phối hợp" as a task, the row\'s units leading and supporting', () => {
    const r = parse(huyen(`II. NHIỆM VỤ CỤ THỂ

TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian
1 | Phun hóa chất diệt muỗi tại các ổ dịch | Trung tâm Y tế huyện | UBND các xã, thị trấn | Tháng 7/2024
2 | Tuyên truyền trên hệ thống loa truyền thanh | Phòng Văn hóa và Thông tin | | Thường xuyên`));
    expect(r.assignments.map((a) => [a.clause, a.rule, a.text, a.units.map((u) => `${u.name} [${u.role}]`)])).toEqual([
      ['1', 'table', 'Phun hóa chất diệt muỗi tại các ổ dịch', ['Trung tâm Y tế huyện Kim Bảng [lead]', 'UBND các xã, thị trấn huyện Kim Bảng [support]']],
      ['2', 'table', 'Tuyên truyền trên hệ thống loa truyền thanh', ['Phòng Văn hóa và Thông tin huyện Kim Bảng [lead]']],
    ]);
  });

  it('keeps the two-column header of a web copy a header, whatever table follows', () => {
    const r = parse(`ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN KIM BẢNG | Độc lập - Tự do - Hạnh phúc
Số: 95/KH-UBND | Kim Bảng, ngày 12 tháng 6 năm 2024

KẾ HOẠCH
Phòng chống dịch sốt xuất huyết năm 2024

II. NHIỆM VỤ CỤ THỂ
TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian
1 | Phun hóa chất diệt muỗi | Trung tâm Y tế huyện | UBND các xã, thị trấn | Tháng 7/2024

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Hòa
`);
    expect([r.number, r.issuedOn, r.issuer?.name, r.assignments.map((a) => a.units.map((u) => u.name))]).toEqual([
      '95/KH-UBND', '2024-06-12', 'UBND huyện Kim Bảng', [['Trung tâm Y tế huyện Kim Bảng', 'UBND các xã, thị trấn huyện Kim Bảng']],
    ]);
  });
});

describe('tasks reported in the prose of a news article', () => {
  const article = `Hà Nam: chủ động phòng, chống thiên tai năm 2024

Thứ Hai, 13/05/2024 - 08:00

(Báo Hà Nam) - UBND tỉnh Hà Nam vừa ban hành Kế hoạch số 88/KH-UBND ngày 08/5/2024 về phòng, chống thiên tai năm 2024.

Năm 2023, mưa lớn làm ngập hơn 300 ha lúa của tỉnh.

Kế hoạch giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh rà soát phương án sơ tán dân.

Chi cục Thủy lợi được giao kiểm tra các tuyến đê trước mùa mưa bão.

Đối với UBND các huyện, thị xã, thành phố, kế hoạch yêu cầu chuẩn bị vật tư tại chỗ.

Sở Tài chính cân đối nguồn dự phòng cho công tác khắc phục hậu quả.

Phó Chủ tịch UBND tỉnh đề nghị người dân theo dõi bản tin thời tiết.

Minh Châu
`;

  it('reads "Kế hoạch giao …", "… được giao …", "Đối với X, kế hoạch yêu cầu …" and the unit sentences after them as tasks', () => {
    expect(units(article)).toEqual([
      ['Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Nam [lead]', 'Bộ Chỉ huy Quân sự tỉnh Hà Nam [support]'],
      ['Chi cục Thủy lợi tỉnh Hà Nam [assigned]'],
      ['UBND các huyện, thị xã, thành phố tỉnh Hà Nam [assigned]'],
      ['Sở Tài chính tỉnh Hà Nam [assigned]'],
    ]);
  });

  it('reads no task where the statistics come before any assignment', () => {
    const before = article.split('\n').filter((l) => !/Kế hoạch giao|được giao|Đối với|Sở Tài chính/.test(l)).join('\n');
    expect(units(before)).toEqual([]);
  });
});
